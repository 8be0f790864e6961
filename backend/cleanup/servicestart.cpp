// SPDX-License-Identifier: GPL-3.0-or-later
#include "cleanup/servicestart.h"

#include "cleanup/cleanuptr.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

QString helperReason(const QByteArray& err) {
    QString text = QString::fromUtf8(err).trimmed();
    // The helper's lines start with its name; the person needs only the reason.
    const QString prefix = u"ipcscope-helper: "_s;
    if (text.startsWith(prefix))
        text = text.mid(prefix.size());
    return text.section(u'\n', 0, 0);
}

} // namespace

QStringList serviceStartArguments(const QString& service) {
    return {u"start-service"_s, service};
}

QString serviceStartCommand(const QString& service) {
    return u"systemctl start "_s + service;
}

Result<ServiceStartResult> parseServiceStart(const HelperOutput& output, const QString& service) {
    const QString detail = QString::fromUtf8(output.err).trimmed();
    if (output.exitCode == 2)
        return Error{Error::Kind::NotSupported,
                     Tr::tr("IPC Scope does not start %1: the helper only starts the services it "
                            "recognises. Start it on the server yourself.")
                         .arg(service),
                     detail};
    if (output.exitCode != 0) {
        const QString reason = helperReason(output.err);
        if (reason.startsWith("systemd is not available"_L1))
            return Error{Error::Kind::NotSupported,
                         Tr::tr("This server does not use systemd, so IPC "
                                "Scope cannot start %1. Start it the way "
                                "your system does.")
                             .arg(service),
                         detail};
        return Error{Error::Kind::HelperFailed,
                     Tr::tr("%1 could not be started through the helper: %2")
                         .arg(service, reason.isEmpty() ? Tr::tr("no reason was given.") : reason),
                     detail};
    }
    const auto bad = [&](const QString& why) {
        return Error{Error::Kind::BadData,
                     Tr::tr("The helper's answer could not be read, so it is "
                            "not known whether %1 is running now. Refresh to "
                            "see the current state.")
                         .arg(service),
                     why};
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(output.out, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return bad(parseError.errorString());
    const QJsonObject root = doc.object();
    if (root.value("schema"_L1).toString() != "ipcscope.service-start/1"_L1)
        return bad(u"unexpected schema: "_s + root.value("schema"_L1).toString());
    ServiceStartResult r;
    r.service = root.value("service"_L1).toString();
    if (r.service != service)
        return bad(u"answer for service '%1', asked for '%2'"_s.arg(r.service, service));
    r.command = root.value("command"_L1).toString(serviceStartCommand(service));
    const QJsonValue code = root.value("exit_code"_L1);
    if (!code.isNull() && !code.isDouble())
        return bad(u"exit_code is neither a number nor null"_s);
    r.exitCode = code.isNull() ? -1 : code.toInt(-1);
    r.timedOut = root.value("timed_out"_L1).toBool();
    if (!root.value("output"_L1).isString())
        return bad(u"output missing"_s);
    r.output = root.value("output"_L1).toString();
    r.outputTruncated = root.value("output_truncated"_L1).toBool();
    if (!root.value("active"_L1).isBool())
        return bad(u"active missing"_s);
    r.active = root.value("active"_L1).toBool();
    r.state = root.value("state"_L1).toString();
    return r;
}

} // namespace ipcscope
