// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshoptions.h"

#include "clitr.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ipcscope::cli {

SshOptions::SshOptions()
    : identity(u"identity"_s, Tr::tr("SSH private key to log in with."), u"FILE"_s)
    , knownHosts(u"known-hosts"_s, Tr::tr("known_hosts file (default ~/.ssh/known_hosts)."),
                 u"FILE"_s)
    , acceptNew(
          u"accept-new-host-key"_s,
          Tr::tr("Accept and save an unknown host key without asking (a changed key is always "
                 "refused)."))
    , sudo(u"sudo"_s, Tr::tr("Run the helper as root through sudo (full view; asks for the sudo "
                             "password on the terminal when needed)."))
    , agentless(u"agentless"_s, Tr::tr("Do not run the helper on the server: read /proc with plain "
                                       "commands (reduced detail)."))
    , timeout(u"connect-timeout"_s, Tr::tr("Seconds to wait for the connection."), u"S"_s,
              u"10"_s) {}

QList<QCommandLineOption> SshOptions::all() const {
    return {identity, knownHosts, acceptNew, sudo, agentless, timeout};
}

std::optional<QString> SshOptions::apply(const QCommandLineParser& p, HostConfig& host) const {
    const bool remote = host.kind == HostConfig::Kind::Ssh;
    for (const QCommandLineOption* sshOnly : {&identity, &knownHosts, &acceptNew, &agentless}) {
        if (p.isSet(*sshOnly) && !remote)
            return Tr::tr("--%1 only applies to a server reached over SSH.")
                .arg(sshOnly->names().constFirst());
    }
    host.identityFile = p.value(identity);
    host.knownHostsFile = p.value(knownHosts);
    host.acceptNewHostKey = p.isSet(acceptNew);
    host.sudo = p.isSet(sudo);
    host.agentless = p.isSet(agentless);
    if (p.isSet(timeout)) {
        bool ok = false;
        const int seconds = p.value(timeout).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return Tr::tr("--connect-timeout needs seconds from 1 to 3600, not \"%1\".")
                .arg(p.value(timeout));
        host.connectTimeoutSeconds = seconds;
    }
    return std::nullopt;
}

} // namespace ipcscope::cli
