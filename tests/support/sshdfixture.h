// SPDX-License-Identifier: GPL-3.0-or-later
// A private OpenSSH server for tests: /usr/sbin/sshd -D on 127.0.0.1 on a free port, with a
// generated host key, its own authorized_keys holding a generated client key, and everything in
// a temporary directory that goes away with the fixture. The server is stopped by its own pid.
// Used by the SSH transport tests, the SSH benchmark and the GUI's connection tests.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace testssh {

class SshdFixture {
public:
    struct Options {
        bool passwordAuthentication = false;
        QStringList extraConfig; // sshd_config lines; they win over the fixture's defaults
        bool sftp = true;        // offer the SFTP subsystem
        // Start sshd in an IPC namespace of its own (root): its sessions see only the objects
        // made there (nsenter --ipc --target pid()), which vanish with the server.
        bool privateIpc = false;
    };

    SshdFixture();
    explicit SshdFixture(Options options);
    ~SshdFixture(); // stops sshd, restores HOME when usePrivateHome() changed it
    SshdFixture(const SshdFixture&) = delete;
    SshdFixture& operator=(const SshdFixture&) = delete;

    // Generates keys (first time), writes the config and starts sshd; waits until it listens.
    bool start();
    void stop();
    bool isRunning() const { return m_pid > 0; }
    QString errorString() const { return m_error; }

    int port() const { return m_port; }
    qint64 pid() const { return m_pid; }
    QString dir() const { return m_dir.path(); }
    QString clientKeyPath() const;      // private key (ed25519, no passphrase) in authorized_keys
    QString knownHostsPath() const;     // a known_hosts file for the client; empty at first
    QString hostKeyFingerprint() const; // "SHA256:…" of the current host key
    QString hostKeyType() const { return QStringLiteral("ssh-ed25519"); }
    QString logPath() const;
    QString logTail(int lines = 10) const; // the end of sshd's log, for failure messages

    // A new host key under the same name and port (sshd is restarted): the server now looks
    // like a reinstalled or impersonated host.
    bool regenerateHostKey();
    // Writes the current host key into knownHostsPath(), as a previous accepted connection would.
    bool trustHostKey();
    // Generates another client key that is *not* authorized; returns its path.
    QString generateUnauthorizedKey();
    // Generates a client key `name` protected by `passphrase` and adds it to authorized_keys;
    // returns the private key's path (empty on failure).
    QString generateAuthorizedKey(const QString& name, const QString& passphrase);

    // Points HOME at a private directory of the fixture (and unsets SSH_AUTH_SOCK), so that
    // ~/.ssh and ~/.cache of the code under test are the test's own. The *server* side still
    // uses the login's real home, so this also sets IPCSCOPE_REMOTE_CACHE to remoteCacheDir():
    // helpers deployed by transports made in this process land in the fixture, not in
    // /root/.cache/ipcscope. Everything is restored in the destructor.
    QString usePrivateHome();
    QString remoteCacheDir() const;

    // sshd processes serving connections right now (children of our listener).
    QList<qint64> sessionPids() const;
    // SIGKILLs every process below our listener (connections and the commands they run): the
    // network connection breaks the way it does when a server dies. Returns how many were killed.
    int killSessions();

private:
    bool generateKey(const QString& path, const QString& type,
                     const QString& passphrase = QString());
    bool writeConfig();
    bool launch();

    Options m_options;
    QTemporaryDir m_dir;
    int m_port = 0;
    qint64 m_pid = 0;
    QString m_error;
    bool m_homeChanged = false;
    QByteArray m_oldHome;
    QByteArray m_oldAuthSock;
    bool m_hadAuthSock = false;
    QByteArray m_oldRemoteCache;
    bool m_hadRemoteCache = false;
};

} // namespace testssh
