// SPDX-License-Identifier: GPL-3.0-or-later
// Makes sure this build's helper is on the server and can run there, or says why not so that the
// session falls back to the agentless read.
//  - uname -sm: a non-Linux server is refused (NotSupported); the helper of the architecture
//    uname -m names is deployed (this installation's own, or ipcscope-helper-<arch> beside it);
//    an architecture without a helper here → agentless, saying which.
//  - ~/.cache/ipcscope (0700) holds helper-<first 16 hex of its SHA-256>; a file whose hash
//    matches is reused, anything else is replaced through SFTP (.part, rename, chmod 0700).
//  - a cache directory that cannot be written, or a noexec mount → agentless.
//  - elevated runs verify the hash in the same shell command that starts sudo.
#pragma once

#include "core/cancel.h"
#include "core/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ipcscope {

class SshSession;

struct Deployment {
    QString os;   // uname -s
    QString arch; // uname -m
    uint uid = 0; // of the login
    bool useHelper = false;
    QString fallbackReason; // English (it becomes a snapshot warning), set when !useHelper
    QString remoteDir;      // absolute
    QString remoteName;     // helper-<16 hex>
    QByteArray sha256;      // lowercase hex of the whole helper
    QString localPath;      // the local helper deployed (of the server's architecture)
    bool uploaded = false;  // this deploy() copied the helper

    QString remotePath() const { return remoteDir + u'/' + remoteName; }
};

enum class Elevation {
    None,         // as the login user
    AlreadyRoot,  // the login is root: no sudo, but the hash is verified like for sudo
    Sudo,         // sudo -n: passwordless sudo
    SudoPassword, // sudo -S -p '': the password is the first line of stdin
};

class HelperDeployer {
public:
    // remoteCacheDir: "~/…" or absolute; empty means $IPCSCOPE_REMOTE_CACHE if set (tests keep
    // their helpers apart from the real cache), else "~/.cache/ipcscope".
    explicit HelperDeployer(QString remoteCacheDir = {});

    // The local helper to deploy; default: locateHelper().
    void setLocalHelper(const QString& path) { m_localHelper = path; }
    QString localHelper() const { return m_localHelper; }
    QString remoteCacheDir() const { return m_remoteCacheDir; }

    // Probes the server and uploads when needed. forceAgentless only checks the OS.
    Result<Deployment> deploy(SshSession& session, bool forceAgentless, const CancelToken& cancel);

    // The command that runs the deployed helper with args. For every elevated form the same
    // command first checks the file's SHA-256 and exits with kHashMismatchExit when it differs.
    static QByteArray helperCommand(const Deployment& deployment, const QStringList& args,
                                    Elevation elevation);
    static constexpr int kHashMismatchExit = 125;

    // The machine name of an ELF executable as uname -m prints it ("x86_64"), or empty.
    static QString elfArchitecture(const QString& path);
    static bool architectureMatches(const QString& helperArch, const QString& serverArch);
    // The uname -m names architectureMatches() accepts for a helper, as a shell case pattern.
    static QByteArray unamePattern(const QString& helperArch);

    struct LocalHelper {
        QString arch; // from its ELF header
        QString path;
        QByteArray sha256;
    };
    // This installation's helpers: the local helper and every ipcscope-helper-<arch> beside it.
    Result<QList<LocalHelper>> localHelpers() const;

private:
    // SFTP first, then through a shell command's standard input (no SFTP subsystem there).
    Result<bool> upload(SshSession& session, Deployment& deployment, const CancelToken& cancel);
    Result<bool> uploadByShell(SshSession& session, const Deployment& deployment,
                               const CancelToken& cancel);

    QString m_remoteCacheDir;
    QString m_localHelper;
};

} // namespace ipcscope
