// SPDX-License-Identifier: GPL-3.0-or-later
// The document `ipcscope-helper apply-limits` reads (ipcscope.limits-change/1) and the result it
// prints (ipcscope.limits-result/1), see docs/limits-schema.md. The result's old values are what
// "Restore previous values" sends back.
#pragma once

#include "model/snapshot.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace ipcscope::planner {

// The parameters (sysctl names) to set, with their values taken from `values`; kernel.sem is
// always written with its four fields. `writeFile`: also write /etc/sysctl.d/90-ipcscope.conf.
// `ns`: the IPC namespace (inode) of a container whose limits to set instead of the host's; its
// values are runtime only (the file is the host's, so `writeFile` is ignored).
QByteArray limitsChangeDocument(const Limits& values, const QStringList& parameters,
                                bool writeFile = true, std::optional<quint64> ns = {});

// The words for limits set in a container (`settings`: "kernel.sem='…'" as after sysctl -w):
// where they were set, that they do not last, and the runtime's own persistent way (docker or
// podman run --sysctl, a Kubernetes pod's securityContext.sysctls).
QString containerLimitsNote(const IpcNamespace& ns, const QStringList& settings);

struct LimitChange {
    QString parameter; // "kernel.sem"
    QString oldValue;  // as /proc/sys shows it: "32000 1024000000 500 32000"
    QString newValue;  // what was asked
    QString readBack;  // what /proc/sys shows afterwards
    friend bool operator==(const LimitChange&, const LimitChange&) = default;
};

struct LimitsResult {
    bool applied = false;
    bool restored = false;             // a rejection happened and the runtime values were put back
    QString file;                      // the sysctl.d file written (empty when not written)
    bool fileRemoved = false;          // a restore removed the file (there was none before)
    std::optional<QString> fileBefore; // the file as it was before; none when there was none
    // The helper says what the file held (helpers before `file_before` did not: their absence
    // of it does not mean there was no file).
    bool reportsFileBefore = false;
    QList<LimitChange> changes;
    QString rejectedParameter;
    QString message;           // the helper's reason when not applied
    std::optional<quint64> ns; // the container's IPC namespace the values are of; none: the host
    QString code; // with ns: why it was not entered ("namespace_gone", "permission_denied", …)
    friend bool operator==(const LimitsResult&, const LimitsResult&) = default;
};

bool parseLimitsResult(const QByteArray& json, LimitsResult& result, QString& error);

// The document that puts back what an applied result changed: the old runtime values, and the
// file as it was before (its old content, or removed when there was none). A result that did
// not write the file leaves the file alone; one from a helper that does not report the file's
// old text merges the old values into the file, as those helpers did.
QByteArray restoreDocument(const LimitsResult& result);

// The result as JSON (the audit log, the restore point, `tune --json`); the inverse of
// limitsResultFromJson.
QJsonObject limitsResultToJson(const LimitsResult& result);
LimitsResult limitsResultFromJson(const QJsonObject& json);

// What "Restore previous values" puts back, one file per host in
// <AppDataLocation>/restore/<host>.json: the result of the last Apply, kept on disk so that a
// restart of the application does not forget it; removed after a restore.
class RestoreStore {
public:
    explicit RestoreStore(const QString& directory = {});
    QString pathFor(const QString& host) const;
    bool save(const QString& host, const LimitsResult& applied, QString& error) const;
    std::optional<LimitsResult> load(const QString& host) const;
    bool remove(const QString& host, QString& error) const;

private:
    QString m_dir;
};

} // namespace ipcscope::planner

Q_DECLARE_METATYPE(ipcscope::planner::LimitsResult)
