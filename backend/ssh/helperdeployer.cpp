// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssh/helperdeployer.h"

#include "core/logging.h"
#include "ssh/sftpupload.h"
#include "ssh/ssherror.h"
#include "ssh/sshexec.h"
#include "ssh/sshsession.h"
#include "ssh/sshtr.h"
#include "transport/helperlocator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

// The directory as a shell word: "~/x" becomes "$HOME"/'x' so that the server expands it.
QByteArray dirExpression(const QString& dir) {
    if (dir == u"~"_s)
        return "\"$HOME\"";
    if (dir.startsWith(u"~/"_s))
        return "\"$HOME\"/" + shellQuote(dir.mid(2).toUtf8());
    return shellQuote(dir.toUtf8());
}

QHash<QByteArray, QByteArray> keyValues(const QByteArray& text) {
    QHash<QByteArray, QByteArray> values;
    for (const QByteArray& line : text.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            values.insert(line.left(eq), line.mid(eq + 1).trimmed());
    }
    return values;
}

Result<QByteArray> sha256Of(const QString& path) {
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return Error{
            Error::Kind::HelperFailed,
            Tr::tr("The helper program of this installation (%1) cannot be read. Reinstall "
                   "IPC Scope.")
                .arg(path),
            file.errorString()};
    return hash.result().toHex();
}

// The helpers' hashes, remembered per file (size and modification time) for the life of the
// process: every connect would otherwise hash all four helpers (about 6 MB).
Result<QByteArray> cachedSha256Of(const QString& path) {
    static QMutex mutex;
    static QHash<QString, std::pair<QString, QByteArray>> cache;
    const QFileInfo info(path);
    const QString stamp = QString::number(info.size()) + u'/' +
                          QString::number(info.lastModified().toMSecsSinceEpoch());
    {
        const QMutexLocker lock(&mutex);
        const auto it = cache.constFind(path);
        if (it != cache.cend() && it->first == stamp)
            return it->second;
    }
    auto hash = sha256Of(path);
    if (hash) {
        const QMutexLocker lock(&mutex);
        cache.insert(path, {stamp, hash.value()});
    }
    return hash;
}

// Why a server of architecture `arch` gets no helper from this installation.
QString missingHelperReason(const QString& arch, const QString& ownHelper) {
    const QString name = arch == u"arm64"_s ? u"aarch64"_s : arch;
    if (leftOutHelperArchitectures().contains(name))
        return QStringLiteral("no helper for %1 was built into this copy of IPC Scope; reading "
                              "with standard tools instead")
            .arg(name);
    if (builtHelperArchitectures().contains(name))
        return QStringLiteral("the helper for %1 is missing from this installation (looked for "
                              "%2); reading with standard tools instead")
            .arg(name, QFileInfo(ownHelper).absoluteDir().filePath(crossHelperFileName(name)));
    return QStringLiteral("IPC Scope has no helper for the server's processor (%1); reading with "
                          "standard tools instead")
        .arg(arch.isEmpty() ? u"unknown"_s : arch);
}

// Exit status 126 is the shell's "found but cannot execute": a noexec mount or missing x bit.
constexpr int kCannotExecute = 126;

} // namespace

HelperDeployer::HelperDeployer(QString remoteCacheDir)
    : m_remoteCacheDir(std::move(remoteCacheDir))
    , m_localHelper(locateHelper()) {
    if (m_remoteCacheDir.isEmpty())
        m_remoteCacheDir = qEnvironmentVariable("IPCSCOPE_REMOTE_CACHE");
    if (m_remoteCacheDir.isEmpty())
        m_remoteCacheDir = u"~/.cache/ipcscope"_s;
}

QString HelperDeployer::elfArchitecture(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray h = file.read(20);
    if (h.size() < 20 || !h.startsWith("\x7f"
                                       "ELF"))
        return {};
    const bool little = h.at(5) == 1;
    const auto b = [&](int i) {
        return unsigned(uchar(h.at(i)));
    };
    const unsigned machine = little ? (b(18) | b(19) << 8) : (b(19) | b(18) << 8);
    const bool is64 = h.at(4) == 2;
    switch (machine) {
    case 3:
        return u"i686"_s;
    case 8:
        return is64 ? u"mips64"_s : u"mips"_s;
    case 20:
        return u"ppc"_s;
    case 21:
        return little ? u"ppc64le"_s : u"ppc64"_s;
    case 22:
        return u"s390x"_s;
    case 40:
        return u"arm"_s;
    case 62:
        return u"x86_64"_s;
    case 183:
        return u"aarch64"_s;
    case 243:
        return is64 ? u"riscv64"_s : u"riscv32"_s;
    case 258:
        return u"loongarch64"_s;
    }
    return {};
}

bool HelperDeployer::architectureMatches(const QString& helperArch, const QString& serverArch) {
    if (helperArch.isEmpty() || serverArch.isEmpty())
        return false;
    if (helperArch == serverArch)
        return true;
    if (helperArch == u"aarch64"_s)
        return serverArch == u"arm64"_s;
    if (helperArch == u"i686"_s) // a 32-bit x86 helper on any x86 kernel name
        return serverArch.size() == 4 && serverArch.startsWith(u'i') &&
               serverArch.endsWith(u"86"_s);
    if (helperArch == u"arm"_s)
        return serverArch.startsWith(u"armv"_s);
    return false;
}

QByteArray HelperDeployer::unamePattern(const QString& helperArch) {
    if (helperArch == u"aarch64"_s)
        return "aarch64|arm64";
    if (helperArch == u"i686"_s)
        return "i[3456]86";
    if (helperArch == u"arm"_s)
        return "armv*";
    return shellQuote(helperArch.toUtf8());
}

Result<QList<HelperDeployer::LocalHelper>> HelperDeployer::localHelpers() const {
    QList<LocalHelper> helpers;
    if (m_localHelper.isEmpty())
        return helpers;
    const QFileInfo own(m_localHelper);
    QStringList paths{own.absoluteFilePath()};
    const QDir dir = own.absoluteDir();
    for (const QFileInfo& other :
         dir.entryInfoList({crossHelperFileName(u"*"_s)}, QDir::Files | QDir::Executable))
        if (other.fileName() != own.fileName())
            paths << other.absoluteFilePath();
    for (const QString& path : std::as_const(paths)) {
        const QString arch = elfArchitecture(path);
        // The file name must agree with what it is; the own helper's name says nothing.
        if (arch.isEmpty() ||
            (path != paths.first() && QFileInfo(path).fileName() != crossHelperFileName(arch)))
            continue;
        if (std::any_of(helpers.cbegin(), helpers.cend(),
                        [&](const LocalHelper& h) { return h.arch == arch; }))
            continue;
        auto hash = cachedSha256Of(path);
        if (!hash)
            return hash.error();
        helpers.append({arch, path, hash.value()});
    }
    return helpers;
}

Result<Deployment> HelperDeployer::deploy(SshSession& session, bool forceAgentless,
                                          const CancelToken& cancel) {
    const QString target = session.config().target();
    Deployment d;
    QList<LocalHelper> helpers;
    if (!forceAgentless) {
        auto found = localHelpers();
        if (!found)
            return found.error();
        helpers = found.value();
    }

    // One round trip answers everything: OS, architecture, uid, the cache directory, the hash of
    // the helper for that architecture already there and whether it can be executed.
    QByteArray probe = "LC_ALL=C; export LC_ALL; echo \"os=$(uname -s)\"; M=$(uname -m); "
                       "echo \"arch=$M\"; echo \"uid=$(id -u)\"; ";
    if (!helpers.isEmpty()) {
        probe += "case \"$M\" in ";
        for (const LocalHelper& h : std::as_const(helpers))
            probe += unamePattern(h.arch) + ") F=" +
                     shellQuote((u"helper-"_s + QString::fromLatin1(h.sha256.left(16))).toUtf8()) +
                     " S='" + h.sha256 + "';; ";
        probe += "*) F=;; esac; if [ -n \"$F\" ]; then D=" + dirExpression(m_remoteCacheDir) + "; ";
        probe +=
            "if mkdir -p \"$D\" 2>/dev/null && chmod 700 \"$D\" 2>/dev/null && cd \"$D\" "
            "&& [ -w . ]; then echo \"dir=$(pwd)\"; "
            "if [ -f \"$F\" ]; then H=$(sha256sum \"$F\" 2>/dev/null); echo \"hash=${H%% *}\"; "
            "if [ \"${H%% *}\" = \"$S\" ]; then \"./$F\" --version >/dev/null "
            "2>&1; echo \"run=$?\"; fi; fi; else echo nodir=1; fi; fi";
    }
    auto probed = execCommand(session, probe, {}, cancel);
    if (!probed)
        return probed.error();
    const auto v = keyValues(probed.value().out);
    d.os = QString::fromUtf8(v.value("os"));
    d.arch = QString::fromUtf8(v.value("arch"));
    d.uid = v.value("uid").toUInt();
    qCDebug(lcSsh) << "probe" << probed.value().out;
    if (d.os.isEmpty())
        return Error{
            Error::Kind::NotSupported,
            Tr::tr("%1 did not answer like a Unix server (uname failed). IPC Scope supports "
                   "Linux servers only.")
                .arg(target),
            QString::fromUtf8(probed.value().err)};
    if (d.os != u"Linux"_s)
        return Error{
            Error::Kind::NotSupported,
            Tr::tr("%1 runs %2, which is not Linux; IPC Scope supports Linux servers only.")
                .arg(target, d.os),
            {}};
    if (forceAgentless) {
        d.fallbackReason = QStringLiteral("the helper was switched off for this server");
        return d;
    }
    if (m_localHelper.isEmpty()) {
        d.fallbackReason = QStringLiteral("this installation has no helper program (looked in %1)")
                               .arg(helperSearchPaths().join(u", "_s));
        return d;
    }
    const auto own = std::find_if(helpers.cbegin(), helpers.cend(), [&](const LocalHelper& h) {
        return architectureMatches(h.arch, d.arch);
    });
    if (own == helpers.cend()) {
        d.fallbackReason = missingHelperReason(d.arch, m_localHelper);
        return d;
    }
    d.localPath = own->path;
    d.sha256 = own->sha256;
    d.remoteName = u"helper-"_s + QString::fromLatin1(d.sha256.left(16));
    if (v.contains("nodir") || !v.contains("dir")) {
        d.fallbackReason =
            QStringLiteral("the directory %1 cannot be written").arg(m_remoteCacheDir);
        return d;
    }
    d.remoteDir = QString::fromUtf8(v.value("dir"));
    if (v.value("hash") != d.sha256) {
        if (v.contains("hash"))
            qCInfo(lcSsh) << "remote helper differs from ours, replacing it" << d.remotePath();
        auto uploaded = upload(session, d, cancel);
        if (!uploaded)
            return uploaded.error();
        if (!d.useHelper)
            return d;
    } else if (v.value("run").toInt() == kCannotExecute) {
        d.fallbackReason =
            QStringLiteral("programs cannot be started from %1 (mounted noexec?)").arg(d.remoteDir);
        return d;
    }
    d.useHelper = true;
    return d;
}

// Without SFTP (servers whose sshd has no sftp subsystem): the file through a shell command's
// standard input, into a .part file of its own renamed when complete. The caller checks its hash as
// after an SFTP copy.
Result<bool> HelperDeployer::uploadByShell(SshSession& session, const Deployment& d,
                                           const CancelToken& cancel) {
    QFile local(d.localPath);
    if (!local.open(QIODevice::ReadOnly))
        return Error{Error::Kind::HelperFailed, local.errorString(), local.errorString()};
    const QByteArray name = shellQuote(d.remoteName.toUtf8());
    const QByteArray part =
        shellQuote((d.remoteName + u".part-"_s + uniquePartSuffix()).toUtf8()); // as over SFTP
    const QByteArray command = "cd " + shellQuote(d.remoteDir.toUtf8()) +
                               " && umask 077 && cat > " + part + " && chmod 700 " + part +
                               " && mv -f " + part + " " + name;
    auto copied =
        execCommand(session, command, {local.readAll(), 0, kDefaultHelperOutputLimit}, cancel);
    if (!copied)
        return copied.error();
    if (copied.value().exitCode != 0)
        return Error{Error::Kind::PermissionDenied, QString::fromUtf8(copied.value().err),
                     QString::fromUtf8(copied.value().err)};
    return true;
}

Result<bool> HelperDeployer::upload(SshSession& session, Deployment& d, const CancelToken& cancel) {
    auto copied = uploadFile(session, d.localPath, d.remoteDir, d.remoteName, 0700, cancel);
    if (!copied && copied.error().kind != Error::Kind::ConnectionLost &&
        copied.error().kind != Error::Kind::Cancelled) {
        qCInfo(lcSsh) << "SFTP copy failed, copying through the shell:" << copied.error().detail;
        auto byShell = uploadByShell(session, d, cancel);
        if (byShell)
            copied = byShell;
        else if (byShell.error().kind == Error::Kind::ConnectionLost ||
                 byShell.error().kind == Error::Kind::Cancelled)
            copied = byShell;
        else
            copied =
                Error{copied.error().kind, copied.error().message,
                      copied.error().detail + u"; through the shell: "_s + byShell.error().detail};
    }
    if (!copied) {
        // A broken connection or a cancel ends open(); anything else (no SFTP subsystem, a full
        // disk, no permission) only means the helper cannot be used here.
        const Error::Kind kind = copied.error().kind;
        if (kind == Error::Kind::ConnectionLost || kind == Error::Kind::Cancelled)
            return copied.error();
        d.fallbackReason = QStringLiteral("the helper could not be copied to %1: %2")
                               .arg(d.remoteDir, copied.error().detail);
        return true;
    }
    d.uploaded = true;
    // Check what arrived, and that it can run there.
    const QByteArray check = "cd " + shellQuote(d.remoteDir.toUtf8()) +
                             " && F=" + shellQuote(d.remoteName.toUtf8()) +
                             " && H=$(sha256sum \"$F\") && echo \"hash=${H%% *}\" && "
                             "{ \"./$F\" --version >/dev/null 2>&1; echo \"run=$?\"; }";
    auto checked = execCommand(session, check, {}, cancel);
    if (!checked)
        return checked.error();
    const auto v = keyValues(checked.value().out);
    if (v.value("hash") != d.sha256)
        return Error{Error::Kind::HelperFailed,
                     Tr::tr("The helper copied to %1 arrived damaged. Connect again; if it happens "
                            "again, check the free space on the server.")
                         .arg(session.config().target()),
                     QString::fromUtf8(checked.value().out + checked.value().err)};
    if (v.value("run").toInt() == kCannotExecute) {
        d.fallbackReason =
            QStringLiteral("programs cannot be started from %1 (mounted noexec?)").arg(d.remoteDir);
        return true;
    }
    d.useHelper = true;
    return true;
}

QByteArray HelperDeployer::helperCommand(const Deployment& d, const QStringList& args,
                                         Elevation elevation) {
    QByteArray words;
    for (const QString& arg : args)
        words += ' ' + shellQuote(arg.toUtf8());
    const QByteArray path = shellQuote(d.remotePath().toUtf8());
    if (elevation == Elevation::None)
        return "exec " + path + words;
    // Verified and started in one command: nothing can swap the file between a separate check
    // and the run (short of the login user's own account, which owns the 0700 directory).
    QByteArray command = "cd " + shellQuote(d.remoteDir.toUtf8()) + " && { echo '" + d.sha256 +
                         "  '" + shellQuote(d.remoteName.toUtf8()) +
                         " | sha256sum -c --status || { echo 'ipcscope: the helper on the "
                         "server does not match its checksum' >&2; exit " +
                         QByteArray::number(kHashMismatchExit) + "; }; } && exec ";
    switch (elevation) {
    case Elevation::None:
    case Elevation::AlreadyRoot:
        break;
    case Elevation::Sudo:
        command += "sudo -n ";
        break;
    case Elevation::SudoPassword:
        command += "sudo -S -p '' ";
        break;
    }
    return command + path + words;
}

} // namespace ipcscope
