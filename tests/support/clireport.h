// SPDX-License-Identifier: GPL-3.0-or-later
// The real ipcscope-cli (and the helper it runs) inside a test's private namespace: `report --json`
// and `clean --orphans --yes --json`, with their JSON read back and the verdict of one object
// looked up by its id or name. Needs IPCSCOPE_CLI_PATH and IPCSCOPE_HELPER_PATH.
#pragma once

#include "privatenamespace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace testns {

struct CliJson {
    Run run;
    QJsonObject root;
    QString error; // empty when the CLI succeeded and printed JSON
};

inline CliJson cliJson(const PrivateNamespace& ns, const QStringList& args,
                       const QString& auditLog = QString()) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IPCSCOPE_HELPER"), QStringLiteral(IPCSCOPE_HELPER_PATH));
    if (!auditLog.isEmpty())
        env.insert(QStringLiteral("IPCSCOPE_AUDIT_LOG"), auditLog);
    CliJson c;
    c.run = ns.run(QStringLiteral(IPCSCOPE_CLI_PATH), args, env);
    QJsonParseError parse;
    c.root = QJsonDocument::fromJson(c.run.out, &parse).object();
    if (c.run.exitCode != 0 && c.run.exitCode != 3)
        c.error = QStringLiteral("ipcscope-cli %1 exited with %2: %3")
                      .arg(args.join(u' '))
                      .arg(c.run.exitCode)
                      .arg(QString::fromLocal8Bit(c.run.err));
    else if (parse.error != QJsonParseError::NoError)
        c.error = QStringLiteral("ipcscope-cli %1 printed no JSON: ").arg(args.join(u' ')) +
                  parse.errorString();
    return c;
}

inline CliJson reportIn(const PrivateNamespace& ns) {
    return cliJson(ns, {QStringLiteral("report"), QStringLiteral("--json")});
}

inline CliJson cleanOrphansIn(const PrivateNamespace& ns, const QString& auditLog) {
    return cliJson(ns,
                   {QStringLiteral("clean"), QStringLiteral("--orphans"), QStringLiteral("--yes"),
                    QStringLiteral("--json")},
                   auditLog);
}

// The report's object of this type ("sem", "shm", "posix_shm" …) with this System V id.
inline QJsonObject objectWithId(const QJsonObject& report, const QString& type, qint64 id) {
    for (const QJsonValue& v : report.value(QLatin1String("objects")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("type")).toString() == type &&
            o.value(QLatin1String("id")).toInteger(-1) == id)
            return o;
    }
    return {};
}

// The report's POSIX object of this type with this name (without the leading '/').
inline QJsonObject objectWithName(const QJsonObject& report, const QString& type,
                                  const QString& name) {
    for (const QJsonValue& v : report.value(QLatin1String("objects")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("type")).toString() == type &&
            o.value(QLatin1String("name")).toString() == name)
            return o;
    }
    return {};
}

inline QStringList reasonCodes(const QJsonObject& object) {
    QStringList out;
    for (const QJsonValue& r : object.value(QLatin1String("reasons")).toArray())
        out << r.toObject().value(QLatin1String("code")).toString();
    return out;
}

// "sem 3: orphaned (process_exited, software_not_running)" — for failure messages.
inline QString describe(const QJsonObject& object) {
    const QJsonValue id = object.value(QLatin1String("id"));
    return object.value(QLatin1String("type")).toString() + u' ' +
           (id.isNull() ? object.value(QLatin1String("name")).toString()
                        : QString::number(id.toInteger())) +
           QStringLiteral(": ") + object.value(QLatin1String("verdict")).toString() +
           QStringLiteral(" (") + reasonCodes(object).join(QStringLiteral(", ")) + u')';
}

} // namespace testns
