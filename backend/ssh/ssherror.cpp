// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssh/ssherror.h"

#include "ssh/sshtr.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ipcscope {

Error connectError(const QString& target, const QString& libsshMessage) {
    const QString m = libsshMessage;
    if (m.contains(u"resolve hostname"_s) || m.contains(u"Name or service not known"_s) ||
        m.contains(u"not known"_s) || m.contains(u"No address associated"_s))
        return {Error::Kind::HostNotFound,
                Tr::tr("The server %1 was not found. Check the host name, or add it to "
                       "~/.ssh/config.")
                    .arg(target),
                m};
    if (m.contains(u"Connection refused"_s))
        return {Error::Kind::ConnectionRefused,
                Tr::tr("%1 refused the connection. Check that the SSH server runs there and that "
                       "the port is right.")
                    .arg(target),
                m};
    if (m.contains(u"imeout"_s) || m.contains(u"timed out"_s))
        return {
            Error::Kind::Timeout,
            Tr::tr("The connection to %1 timed out. Check the address and the network, or allow "
                   "more time in the connection settings.")
                .arg(target),
            m};
    if (m.contains(u"No route to host"_s) || m.contains(u"Network is unreachable"_s))
        return {Error::Kind::HostNotFound,
                Tr::tr("%1 cannot be reached from here (no route to the host). Check the network.")
                    .arg(target),
                m};
    if (m.contains(u"Socket error"_s) || m.contains(u"disconnected"_s) ||
        m.contains(u"Connection reset"_s) || m.contains(u"closed"_s))
        return connectionLost(target, m);
    return {Error::Kind::Generic,
            Tr::tr("Could not connect to %1. The technical detail says why.").arg(target), m};
}

Error connectionLost(const QString& target, const QString& detail) {
    return {Error::Kind::ConnectionLost,
            Tr::tr("The connection to %1 was lost. The last result stays shown; connect again to "
                   "refresh it.")
                .arg(target),
            detail};
}

Error cancelledError() {
    return {Error::Kind::Cancelled, Tr::tr("Cancelled."), {}};
}

Error timeoutError(const QString& target, int seconds, const QString& detail) {
    return {Error::Kind::Timeout,
            Tr::tr("The connection to %1 timed out after %n second(s). "
                   "Check the address and the network, or allow more time "
                   "in the connection settings.",
                   nullptr, seconds)
                .arg(target),
            detail};
}

} // namespace ipcscope
