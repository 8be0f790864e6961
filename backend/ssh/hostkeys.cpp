// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssh/hostkeys.h"

#include "core/logging.h"
#include "ssh/ssherror.h"
#include "ssh/sshsession.h"
#include "ssh/sshtr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <libssh/libssh.h>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

Error changedKeyError(const SshSession& session, const HostKeyInfo& key, bool otherType) {
    const QString target = session.config().target();
    const QString host = session.port() == 22
                             ? session.hostName()
                             : u"[%1]:%2"_s.arg(session.hostName()).arg(session.port());
    const QString message =
        otherType
            ? Tr::tr("%1 presented a host key of a different type than the one recorded in %2. "
                     "This can mean that someone intercepts the connection. IPC Scope does not "
                     "connect. If the server was really reinstalled, verify the new key with its "
                     "administrator, remove the old entry with \"ssh-keygen -R %3 -f %2\" and "
                     "connect again.")
            : Tr::tr(
                  "The host key of %1 has changed since the last connection. This can mean that "
                  "someone intercepts the connection, or that the server was reinstalled. IPC "
                  "Scope does not connect. If the change is expected, verify the new key with the "
                  "server's administrator, remove the old entry with \"ssh-keygen -R %3 -f %2\" "
                  "and connect again.");
    return {Error::Kind::HostKeyChanged, message.arg(target, key.knownHostsFile, host),
            u"new key: %1 %2"_s.arg(key.keyType, key.fingerprint)};
}

Result<bool> saveKey(SshSession& session, const HostKeyInfo& key) {
    // OpenSSH creates ~/.ssh with 0700; libssh only writes the file.
    const QFileInfo file(key.knownHostsFile);
    QDir().mkpath(file.absolutePath());
    if (file.absolutePath() == sshUserDir())
        QFile::setPermissions(sshUserDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (ssh_session_update_known_hosts(session.handle()) != SSH_OK)
        return Error{Error::Kind::PermissionDenied,
                     Tr::tr("The host key of %1 could not be saved in %2. Check that the file is "
                            "writable.")
                         .arg(session.config().target(), key.knownHostsFile),
                     QString::fromUtf8(ssh_get_error(session.handle()))};
    qCInfo(lcSsh) << "host key saved for" << key.host << key.port << key.fingerprint;
    return true;
}

} // namespace

HostKeyInfo serverHostKey(const SshSession& session) {
    HostKeyInfo info;
    info.host = session.config().host;
    info.port = session.port();
    info.knownHostsFile = session.knownHostsFile();
    info.entryName = session.config().name;
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(session.handle(), &key) != SSH_OK)
        return info;
    info.keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    unsigned char* hash = nullptr;
    size_t len = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &len) == SSH_OK) {
        char* text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, len);
        info.fingerprint = QString::fromLatin1(text); // "SHA256:…", as ssh-keygen -l shows it
        ssh_string_free_char(text);
        ssh_clean_pubkey_hash(&hash);
    }
    ssh_key_free(key);
    return info;
}

Result<bool> verifyHostKey(SshSession& session, Prompter* prompter, const CancelToken& cancel) {
    const QString target = session.config().target();
    const HostKeyInfo key = serverHostKey(session);
    const ssh_known_hosts_e state = ssh_session_is_known_server(session.handle());
    qCDebug(lcSsh) << "host key check" << int(state) << key.keyType << key.fingerprint;
    switch (state) {
    case SSH_KNOWN_HOSTS_OK:
        return true;
    case SSH_KNOWN_HOSTS_CHANGED:
        qCWarning(lcSsh) << "host key changed for" << key.host << key.port << key.fingerprint;
        return changedKeyError(session, key, false);
    case SSH_KNOWN_HOSTS_OTHER:
        // OpenSSH treats a key of another type than the recorded one as a possible attack too.
        qCWarning(lcSsh) << "host key of another type for" << key.host << key.port;
        return changedKeyError(session, key, true);
    case SSH_KNOWN_HOSTS_ERROR:
        return Error{Error::Kind::Generic,
                     Tr::tr("The host key of %1 could not be checked against %2. Check that the "
                            "file is readable and well-formed.")
                         .arg(target, key.knownHostsFile),
                     QString::fromUtf8(ssh_get_error(session.handle()))};
    case SSH_KNOWN_HOSTS_NOT_FOUND: // no known_hosts file yet: every key is unknown
    case SSH_KNOWN_HOSTS_UNKNOWN:
        break;
    }

    if (session.config().acceptNewHostKey) {
        qCInfo(lcSsh) << "accepting new host key as configured" << key.fingerprint;
        return saveKey(session, key);
    }
    if (!prompter)
        return Error{Error::Kind::HostKeyUnknown,
                     Tr::tr("%1 is not a known host and nobody can be asked to check its key (%2 "
                            "%3). Connect once interactively, or accept new host keys explicitly.")
                         .arg(target, key.keyType, key.fingerprint),
                     {}};
    if (cancel.isCancelled())
        return cancelledError();
    switch (prompter->unknownHostKey(key)) {
    case Prompter::HostKeyAnswer::AcceptAndSave:
        return saveKey(session, key);
    case Prompter::HostKeyAnswer::AcceptOnce:
        return true;
    case Prompter::HostKeyAnswer::Reject:
        break;
    }
    return Error{
        Error::Kind::HostKeyUnknown,
        Tr::tr("The host key of %1 was not accepted, so IPC Scope did not connect.").arg(target),
        u"%1 %2"_s.arg(key.keyType, key.fingerprint)};
}

} // namespace ipcscope
