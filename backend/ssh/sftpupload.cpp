// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssh/sftpupload.h"

#include "core/logging.h"
#include "ssh/ssherror.h"
#include "ssh/sshsession.h"
#include "ssh/sshtr.h"

#include <QCoreApplication>
#include <QFile>
#include <QUuid>

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <fcntl.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

struct SftpDeleter {
    void operator()(sftp_session_struct* s) const { sftp_free(s); }
};

QString sftpErrorText(sftp_session sftp, ssh_session session) {
    static const char* const names[] = {
        "ok",          "end of file",   "no such file",    "permission denied",    "failure",
        "bad message", "no connection", "connection lost", "operation unsupported"};
    const int code = sftp_get_error(sftp);
    const QString name = code >= 0 && code < int(std::size(names))
                             ? QString::fromLatin1(names[code])
                             : QString::number(code);
    return u"sftp: %1; %2"_s.arg(name, QString::fromUtf8(ssh_get_error(session)));
}

} // namespace

QString uniquePartSuffix() {
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

Result<bool> uploadFile(SshSession& session, const QString& localPath, const QString& remoteDir,
                        const QString& remoteName, unsigned mode, const CancelToken& cancel) {
    const QString target = session.config().target();
    QFile local(localPath);
    if (!local.open(QIODevice::ReadOnly))
        return Error{Error::Kind::HelperFailed,
                     Tr::tr("The helper program of this installation (%1) cannot be read, so it "
                            "cannot be copied to %2. Reinstall IPC Scope.")
                         .arg(localPath, target),
                     local.errorString()};

    std::unique_ptr<sftp_session_struct, SftpDeleter> sftp(sftp_new(session.handle()));
    if (!sftp || sftp_init(sftp.get()) != SSH_OK)
        return Error{
            Error::Kind::HelperFailed,
            Tr::tr("%1 does not offer file transfer (SFTP), so the helper cannot be copied "
                   "there.")
                .arg(target),
            QString::fromUtf8(ssh_get_error(session.handle()))};

    const QString finalPath = remoteDir + u'/' + remoteName;
    // A .part name of this upload's own: several sessions of one account may copy the same file
    // at once (the Fleet page refreshing entries of one server), and one must never truncate or
    // rename away what another is writing. The final name is the content's hash, so whichever
    // rename comes last leaves the same file.
    const QByteArray part = (finalPath + u".part-"_s + uniquePartSuffix()).toUtf8();
    const QByteArray final = finalPath.toUtf8();
    const auto failed = [&](const QString& step) -> Error {
        const QString detail = step + u": "_s + sftpErrorText(sftp.get(), session.handle());
        sftp_unlink(sftp.get(), part.constData()); // best effort: leave no .part behind
        if (!session.isConnected())
            return connectionLost(target, detail);
        return {Error::Kind::PermissionDenied,
                Tr::tr("The helper could not be copied to %1 on %2. Check the free space and the "
                       "permissions of that directory.")
                    .arg(remoteDir, target),
                detail};
    };

    sftp_file file = sftp_open(sftp.get(), part.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0700);
    if (!file)
        return failed(u"open "_s + QString::fromUtf8(part));
    QByteArray buffer;
    for (;;) {
        if (cancel.isCancelled()) {
            sftp_close(file);
            sftp_unlink(sftp.get(), part.constData());
            return cancelledError();
        }
        buffer = local.read(128 * 1024);
        if (buffer.isEmpty())
            break;
        if (sftp_write(file, buffer.constData(), size_t(buffer.size())) != buffer.size()) {
            sftp_close(file);
            return failed(u"write"_s);
        }
    }
    if (sftp_close(file) != SSH_OK)
        return failed(u"close"_s);
    // posix-rename@openssh.com (used by libssh when offered) replaces an existing file atomically.
    if (sftp_rename(sftp.get(), part.constData(), final.constData()) != SSH_OK) {
        sftp_unlink(sftp.get(), final.constData());
        if (sftp_rename(sftp.get(), part.constData(), final.constData()) != SSH_OK)
            return failed(u"rename"_s);
    }
    if (sftp_chmod(sftp.get(), final.constData(), mode) != SSH_OK)
        return failed(u"chmod"_s);
    qCDebug(lcSsh) << "uploaded" << localPath << "to" << finalPath;
    return true;
}

} // namespace ipcscope
