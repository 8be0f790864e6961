// SPDX-License-Identifier: GPL-3.0-or-later
// The document `ipcscope-helper apply-limits` reads (ipcscope.limits-change/1) and the result it
// prints (ipcscope.limits-result/1), see docs/limits-schema.md. The result's old values are what
// "Restore previous values" sends back.
#pragma once

#include "model/snapshot.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace ipcscope::planner {

// The parameters (sysctl names) to set, with their values taken from `values`; kernel.sem is
// always written with its four fields. `writeFile`: also write /etc/sysctl.d/90-ipcscope.conf.
QByteArray limitsChangeDocument(const Limits& values, const QStringList& parameters,
                                bool writeFile = true);

struct LimitChange {
    QString parameter; // "kernel.sem"
    QString oldValue;  // as /proc/sys shows it: "32000 1024000000 500 32000"
    QString newValue;  // what was asked
    QString readBack;  // what /proc/sys shows afterwards
    friend bool operator==(const LimitChange&, const LimitChange&) = default;
};

struct LimitsResult {
    bool applied = false;
    bool restored = false; // a rejection happened and the runtime values were put back
    QString file;          // the sysctl.d file written (empty when not written)
    QList<LimitChange> changes;
    QString rejectedParameter;
    QString message; // the helper's reason when not applied
    friend bool operator==(const LimitsResult&, const LimitsResult&) = default;
};

bool parseLimitsResult(const QByteArray& json, LimitsResult& result, QString& error);

// The document that puts the old values of a result back (runtime and file).
QByteArray restoreDocument(const LimitsResult& result, bool writeFile = true);

} // namespace ipcscope::planner

Q_DECLARE_METATYPE(ipcscope::planner::LimitsResult)
