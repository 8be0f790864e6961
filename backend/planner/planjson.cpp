// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/planjson.h"

#include "analysis/context.h"
#include "planner/hostfiles.h"
#include "planner/plannertr.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ipcscope::planner {

namespace {

const QString kSchema = u"ipcscope.plan/1"_s;

// Byte sizes can pass 2^53: they are written as decimal strings.
QJsonValue bytes(quint64 v) {
    return QString::number(v);
}

bool readBytes(const QJsonObject& o, const QString& key, quint64& out) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    bool ok = false;
    if (v.isString())
        out = v.toString().toULongLong(&ok);
    else if (v.isDouble() && v.toDouble() >= 0) {
        out = quint64(v.toDouble());
        ok = true;
    }
    return ok;
}

bool readInt(const QJsonObject& o, const QString& key, int& out) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1e9 ||
        v.toDouble() != double(qint64(v.toDouble())))
        return false;
    out = v.toInt();
    return true;
}

} // namespace

QJsonObject planToJson(const Plan& plan) {
    QJsonArray workloads;
    for (const Workload& w : plan.workloads) {
        QJsonObject o{{u"kind"_s, workloadCode(w.kind)}, {u"instances"_s, w.instances}};
        if (!w.label.isEmpty())
            o.insert(u"label"_s, w.label);
        switch (w.kind) {
        case WorkloadKind::PostgreSql:
            o.insert(u"version"_s, w.postgresVersion);
            o.insert(u"max_connections"_s, w.postgres.maxConnections);
            o.insert(u"autovacuum_max_workers"_s, w.postgres.autovacuumMaxWorkers);
            o.insert(u"max_wal_senders"_s, w.postgres.maxWalSenders);
            o.insert(u"max_worker_processes"_s, w.postgres.maxWorkerProcesses);
            break;
        case WorkloadKind::Apache:
            o.insert(u"mpm"_s, apacheMpmCode(w.apacheMpm));
            o.insert(u"mutex"_s, w.apacheSysvsem ? u"sysvsem"_s : u"other"_s);
            o.insert(u"mutexes"_s, w.apacheMutexes);
            o.insert(u"leaked_restarts"_s, w.apacheLeakedRestarts);
            break;
        case WorkloadKind::Oracle:
            o.insert(u"processes"_s, w.oracleProcesses);
            o.insert(u"sga_bytes"_s, bytes(w.oracleSgaBytes));
            o.insert(u"ram_bytes"_s, bytes(w.ramBytes));
            break;
        case WorkloadKind::Db2:
            o.insert(u"ram_bytes"_s, bytes(w.ramBytes));
            break;
        case WorkloadKind::Sap:
            break;
        case WorkloadKind::Custom:
            o.insert(u"semaphore_sets"_s, w.customSemSets);
            o.insert(u"semaphores_per_set"_s, w.customSemsPerSet);
            o.insert(u"segments"_s, w.customSegments);
            o.insert(u"segment_bytes"_s, bytes(w.customSegmentBytes));
            o.insert(u"queues"_s, w.customQueues);
            o.insert(u"queue_bytes"_s, bytes(w.customQueueBytes));
            break;
        }
        workloads.append(o);
    }
    return {{u"schema"_s, kSchema}, {u"host"_s, plan.host}, {u"workloads"_s, workloads}};
}

bool planFromJson(const QJsonObject& json, Plan& plan, QString& error) {
    if (json.value(u"schema"_s).toString() != kSchema) {
        error = Tr::tr("This is not a plan of IPC Scope (schema %1 expected).").arg(kSchema);
        return false;
    }
    Plan out;
    out.host = json.value(u"host"_s).toString();
    const QJsonArray list = json.value(u"workloads"_s).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const auto kind = workloadFromCode(o.value(u"kind"_s).toString());
        auto bad = [&](const QString& what) {
            error = Tr::tr("Workload %1 of the plan has an invalid %2.").arg(i + 1).arg(what);
            return false;
        };
        if (!kind)
            return bad(u"kind"_s);
        Workload w;
        w.kind = *kind;
        w.label = o.value(u"label"_s).toString();
        bool ok = readInt(o, u"instances"_s, w.instances) &&
                  readInt(o, u"version"_s, w.postgresVersion) &&
                  readInt(o, u"max_connections"_s, w.postgres.maxConnections) &&
                  readInt(o, u"autovacuum_max_workers"_s, w.postgres.autovacuumMaxWorkers) &&
                  readInt(o, u"max_wal_senders"_s, w.postgres.maxWalSenders) &&
                  readInt(o, u"max_worker_processes"_s, w.postgres.maxWorkerProcesses) &&
                  readInt(o, u"mutexes"_s, w.apacheMutexes) &&
                  readInt(o, u"leaked_restarts"_s, w.apacheLeakedRestarts) &&
                  readInt(o, u"processes"_s, w.oracleProcesses) &&
                  readBytes(o, u"sga_bytes"_s, w.oracleSgaBytes) &&
                  readBytes(o, u"ram_bytes"_s, w.ramBytes) &&
                  readInt(o, u"semaphore_sets"_s, w.customSemSets) &&
                  readInt(o, u"semaphores_per_set"_s, w.customSemsPerSet) &&
                  readInt(o, u"segments"_s, w.customSegments) &&
                  readBytes(o, u"segment_bytes"_s, w.customSegmentBytes) &&
                  readInt(o, u"queues"_s, w.customQueues) &&
                  readBytes(o, u"queue_bytes"_s, w.customQueueBytes);
        if (!ok)
            return bad(Tr::tr("number"));
        if (o.contains(u"mpm"_s)) {
            const auto mpm = apacheMpmFromCode(o.value(u"mpm"_s).toString());
            if (!mpm)
                return bad(u"mpm"_s);
            w.apacheMpm = *mpm;
        }
        w.apacheSysvsem = o.value(u"mutex"_s).toString() == u"sysvsem";
        out.workloads.append(w);
    }
    plan = out;
    return true;
}

bool readPlanFile(const QString& path, Plan& plan, QString& error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        error = Tr::tr("The plan %1 could not be read: %2.").arg(path, f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        error = Tr::tr("The plan %1 is not valid JSON: %2.").arg(path, pe.errorString());
        return false;
    }
    return planFromJson(doc.object(), plan, error);
}

bool writePlanFile(const QString& path, const Plan& plan, QString& error) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path); // temporary file and rename: a crash never leaves half a plan
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(planToJson(plan)).toJson()) < 0 ||
        !f.commit()) {
        error = Tr::tr("The plan could not be saved to %1: %2.").arg(path, f.errorString());
        return false;
    }
    return true;
}

PlanStore::PlanStore(const QString& directory)
    : m_dir(storeDirectory(directory, u"plans"_s)) {}

QString PlanStore::pathFor(const QString& host) const {
    return hostFilePath(m_dir, host);
}

bool PlanStore::load(const QString& host, Plan& plan, QString& error) const {
    const QString path = pathFor(host);
    if (!QFile::exists(path)) {
        plan = Plan{host, {}};
        return true;
    }
    return readPlanFile(path, plan, error);
}

bool PlanStore::save(const Plan& plan, QString& error) const {
    return writePlanFile(pathFor(plan.host), plan, error);
}

} // namespace ipcscope::planner
