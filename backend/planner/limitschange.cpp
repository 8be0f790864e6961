// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/limitschange.h"

#include "analysis/advisor.h"
#include "analysis/context.h"
#include "planner/hostfiles.h"
#include "planner/plannertr.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ipcscope::planner {

namespace {

// Values near 2^64 (SHMMAX, SHMALL) do not survive a double: the document is written by hand.
void appendValue(QByteArray& out, const QString& parameter, const QList<quint64>& values) {
    out += "\"" + parameter.toLatin1() + "\":";
    if (values.size() == 1) {
        out += QByteArray::number(values.first());
        return;
    }
    out += '[';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        out += QByteArray::number(values.at(i));
    }
    out += ']';
}

} // namespace

QByteArray limitsChangeDocument(const Limits& values, const QStringList& parameters, bool writeFile,
                                std::optional<quint64> ns) {
    QByteArray out = "{\"schema\":\"ipcscope.limits-change/1\",\"write_file\":";
    out += writeFile && !ns ? "true" : "false";
    if (ns)
        out += ",\"ns\":" + QByteArray::number(*ns);
    out += ",\"limits\":{";
    bool first = true;
    QStringList done;
    for (const LimitField& f : limitFields()) {
        const QString parameter(f.parameter);
        if (!parameters.contains(parameter) || done.contains(parameter))
            continue;
        done.append(parameter);
        QList<quint64> v;
        for (const LimitField& g : limitFields())
            if (g.parameter == f.parameter)
                v.append((values.*(g.member)).value_or(g.floor));
        if (!first)
            out += ',';
        first = false;
        appendValue(out, parameter, v);
    }
    out += "}}\n";
    return out;
}

QString containerLimitsNote(const IpcNamespace& ns, const QStringList& settings) {
    QString flags;
    for (const QString& s : settings)
        flags += u" --sysctl "_s + s;
    return Tr::tr("These are the limits of container %1 (IPC namespace %2), set at runtime only: "
                  "they are lost when the container restarts, and /etc/sysctl.d on the host does "
                  "not set them. To keep them, start the container with them:")
               .arg(ns.name)
               .arg(ns.id) +
           u"\n  docker run%1 …\n  podman run%1 …\n"_s.arg(flags) +
           Tr::tr("  Kubernetes: the pod's securityContext.sysctls (IPC sysctls other than "
                  "kernel.shm_rmid_forced must be allowed with the kubelet's "
                  "--allowed-unsafe-sysctls).") +
           u'\n';
}

bool parseLimitsResult(const QByteArray& json, LimitsResult& result, QString& error) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    const QJsonObject o = doc.object();
    if (!doc.isObject() || o.value(u"schema"_s).toString() != u"ipcscope.limits-result/1") {
        error = Tr::tr("The helper did not answer with a limits result (%1).")
                    .arg(pe.error ? pe.errorString() : u"schema"_s);
        return false;
    }
    LimitsResult r;
    r.applied = o.value(u"applied"_s).toBool();
    r.restored = o.value(u"restored"_s).toBool();
    r.file = o.value(u"file"_s).toString();
    result = limitsResultFromJson(o);
    return true;
}

LimitsResult limitsResultFromJson(const QJsonObject& o) {
    LimitsResult r;
    r.applied = o.value(u"applied"_s).toBool();
    r.restored = o.value(u"restored"_s).toBool();
    r.file = o.value(u"file"_s).toString();
    r.fileRemoved = o.value(u"file_removed"_s).toBool();
    r.reportsFileBefore = o.contains(u"file_removed"_s);
    if (o.value(u"file_before"_s).isString())
        r.fileBefore = o.value(u"file_before"_s).toString();
    r.rejectedParameter = o.value(u"rejected_parameter"_s).toString();
    r.message = o.value(u"message"_s).toString();
    if (o.value(u"ns"_s).isDouble())
        r.ns = quint64(o.value(u"ns"_s).toInteger());
    r.code = o.value(u"code"_s).toString();
    for (const QJsonValue& v : o.value(u"changes"_s).toArray()) {
        const QJsonObject c = v.toObject();
        r.changes.append({c.value(u"parameter"_s).toString(), c.value(u"old"_s).toString(),
                          c.value(u"new"_s).toString(), c.value(u"read_back"_s).toString()});
    }
    return r;
}

QJsonObject limitsResultToJson(const LimitsResult& r) {
    QJsonArray changes;
    for (const LimitChange& c : r.changes)
        changes.append(QJsonObject{{u"parameter"_s, c.parameter},
                                   {u"old"_s, c.oldValue},
                                   {u"new"_s, c.newValue},
                                   {u"read_back"_s, c.readBack}});
    QJsonObject o{{u"applied"_s, r.applied},
                  {u"restored"_s, r.restored},
                  {u"file"_s, r.file},
                  {u"changes"_s, changes},
                  {u"rejected_parameter"_s, r.rejectedParameter},
                  {u"message"_s, r.message}};
    // As the helper wrote it: without file_removed from a helper that did not report the file.
    if (r.reportsFileBefore)
        o.insert(u"file_removed"_s, r.fileRemoved);
    if (r.fileBefore)
        o.insert(u"file_before"_s, *r.fileBefore);
    if (r.ns) {
        o.insert(u"ns"_s, qint64(*r.ns));
        o.insert(u"code"_s, r.code.isEmpty() ? QJsonValue() : QJsonValue(r.code));
    }
    return o;
}

QByteArray restoreDocument(const LimitsResult& result) {
    const bool writeFile = !result.file.isEmpty() && !result.ns;
    QByteArray out = "{\"schema\":\"ipcscope.limits-change/1\",\"write_file\":";
    out += writeFile ? "true" : "false";
    if (result.ns) // put back in the same container's namespace
        out += ",\"ns\":" + QByteArray::number(*result.ns);
    if (writeFile && result.fileBefore) {
        // A JSON string by Qt's writer: the array's brackets are cut off.
        const QByteArray array =
            QJsonDocument(QJsonArray{*result.fileBefore}).toJson(QJsonDocument::Compact);
        out += ",\"file_content\":" + array.mid(1, array.size() - 2);
    } else if (writeFile && result.reportsFileBefore) {
        out += ",\"remove_file\":true";
    }
    out += ",\"limits\":{";
    bool first = true;
    for (const LimitChange& c : result.changes) {
        QList<quint64> v;
        for (const QString& part : c.oldValue.split(u' ', Qt::SkipEmptyParts))
            v.append(part.toULongLong());
        if (v.isEmpty())
            continue;
        if (!first)
            out += ',';
        first = false;
        appendValue(out, c.parameter, v);
    }
    out += "}}\n";
    return out;
}

} // namespace ipcscope::planner

namespace ipcscope::planner {

RestoreStore::RestoreStore(const QString& directory)
    : m_dir(storeDirectory(directory, u"restore"_s)) {}

QString RestoreStore::pathFor(const QString& host) const {
    return hostFilePath(m_dir, host);
}

bool RestoreStore::save(const QString& host, const LimitsResult& applied, QString& error) const {
    const QString path = pathFor(host);
    QDir().mkpath(m_dir);
    QJsonObject o{{u"schema"_s, u"ipcscope.restore-point/1"_s},
                  {u"host"_s, host},
                  {u"time"_s, QDateTime::currentSecsSinceEpoch()},
                  {u"result"_s, limitsResultToJson(applied)}};
    QSaveFile f(path); // temporary file and rename: never half a restore point
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit()) {
        error =
            Tr::tr("The previous values could not be kept in %1: %2.").arg(path, f.errorString());
        return false;
    }
    return true;
}

std::optional<LimitsResult> RestoreStore::load(const QString& host) const {
    QFile f(pathFor(host));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.value(u"schema"_s).toString() != u"ipcscope.restore-point/1")
        return std::nullopt;
    LimitsResult r = limitsResultFromJson(o.value(u"result"_s).toObject());
    if (!r.applied || r.changes.isEmpty())
        return std::nullopt;
    return r;
}

bool RestoreStore::remove(const QString& host, QString& error) const {
    QFile f(pathFor(host));
    if (f.exists() && !f.remove()) {
        error = Tr::tr("%1 could not be removed: %2.").arg(f.fileName(), f.errorString());
        return false;
    }
    return true;
}

} // namespace ipcscope::planner
