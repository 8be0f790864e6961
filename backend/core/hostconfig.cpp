// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hostconfig.h"

#include "core/coretr.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

std::optional<HostConfig> fail(QString* error, const QString& message) {
    if (error)
        *error = message;
    return std::nullopt;
}

// Names that could be read as options by ssh tools, or that hold characters no host or user
// name has, are refused rather than passed on.
bool plainName(QStringView name) {
    if (name.isEmpty() || name.startsWith(u'-'))
        return false;
    for (const QChar c : name) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == u'@' || c == u'/' ||
            c == u'\\' || c == u'[' || c == u']' || c == u':' || c == u'"' || c == u'\'' ||
            c == u'`' || c == u'$' || c == u';' || c == u'|' || c == u'&')
            return false;
    }
    return true;
}

bool ipv6Address(QStringView text) {
    if (text.isEmpty() || !text.contains(u':'))
        return false;
    for (const QChar c : text) {
        // Hex digits, colons, dots (embedded IPv4) and a zone after '%' ("fe80::1%eth0").
        if (!(c.isLetterOrNumber() || c == u':' || c == u'.' || c == u'%' || c == u'_' ||
              c == u'-'))
            return false;
    }
    return true;
}

} // namespace

std::optional<HostConfig> HostConfig::fromTarget(const QString& target, QString* error) {
    const QString text = target.trimmed();
    if (text.isEmpty())
        return fail(error, Tr::tr("No host given. Type \"local\" or [user@]host[:port]."));
    if (text.compare("local"_L1, Qt::CaseInsensitive) == 0)
        return HostConfig{};

    HostConfig config;
    config.kind = Kind::Ssh;
    QStringView rest(text);
    if (const qsizetype at = rest.lastIndexOf(u'@'); at >= 0) {
        const QStringView user = rest.left(at);
        if (!plainName(user)) {
            return fail(error, Tr::tr("\"%1\" is not a valid user name. Use [user@]host[:port].")
                                   .arg(user.toString()));
        }
        config.user = user.toString();
        rest = rest.mid(at + 1);
    }

    QStringView port;
    bool hasPort = false;
    if (rest.startsWith(u'[')) {
        // [IPv6 address] or [IPv6 address]:port
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return fail(error, Tr::tr("\"%1\" lacks the closing \"]\" of its address.").arg(text));
        const QStringView address = rest.mid(1, close - 1);
        if (!ipv6Address(address)) {
            return fail(error,
                        Tr::tr("\"%1\" is not a valid IPv6 address.").arg(address.toString()));
        }
        config.host = address.toString();
        const QStringView after = rest.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(u':')) {
                return fail(error, Tr::tr("Unexpected \"%1\" after the address in \"%2\".")
                                       .arg(after.toString(), text));
            }
            port = after.mid(1);
            hasPort = true;
        }
    } else if (rest.count(u':') > 1) {
        // A bare IPv6 address: no port possible without brackets.
        if (!ipv6Address(rest))
            return fail(error, Tr::tr("\"%1\" is not a valid host name.").arg(rest.toString()));
        config.host = rest.toString();
    } else {
        const qsizetype colon = rest.indexOf(u':');
        const QStringView host = colon < 0 ? rest : rest.left(colon);
        if (host.isEmpty())
            return fail(error,
                        Tr::tr("\"%1\" has no host name. Use [user@]host[:port].").arg(text));
        if (!plainName(host))
            return fail(error, Tr::tr("\"%1\" is not a valid host name.").arg(host.toString()));
        config.host = host.toString();
        if (colon >= 0) {
            port = rest.mid(colon + 1);
            hasPort = true;
        }
    }

    if (hasPort) {
        bool ok = false;
        const int number = port.toInt(&ok);
        const bool digitsOnly =
            !port.isEmpty() &&
            std::all_of(port.begin(), port.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (!ok || !digitsOnly || number < 1 || number > 65535) {
            return fail(error, Tr::tr("\"%1\" is not a valid port; use a number from 1 to 65535.")
                                   .arg(port.toString()));
        }
        config.port = number;
    }
    return config;
}

QString HostConfig::target() const {
    if (kind == Kind::Local)
        return u"local"_s;
    QString text;
    if (!user.isEmpty())
        text += user + u'@';
    if (host.contains(u':'))
        text += u'[' + host + u']';
    else
        text += host;
    if (port > 0)
        text += u':' + QString::number(port);
    return text;
}

QString HostConfig::address() const {
    HostConfig server = *this;
    server.user.clear();
    return server.target();
}

QString HostConfig::displayName() const {
    if (!name.isEmpty())
        return name;
    if (kind == Kind::Local)
        return Tr::tr("Local machine");
    return target();
}

} // namespace ipcscope
