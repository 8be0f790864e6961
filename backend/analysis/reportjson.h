// SPDX-License-Identifier: GPL-3.0-or-later
// The report as JSON, schema "ipcscope.report/1" (docs/report-schema.md), for `ipcscope-cli
// report --json` and `tune --json`, and for scripts.
#pragma once

#include "analysis/report.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

namespace ipcscope {

namespace analysis {
class JsonWriter;
}

inline constexpr char kReportSchema[] = "ipcscope.report/1";

QString levelCode(Level level);               // "ok", "warning", "critical"
QString findingActionCode(Finding::Action a); // "none", "clean", "show_objects", "explain"

// The whole report.
QByteArray reportToJson(const Report& report, bool pretty = false);
// The whole report, handed to sink piece by piece as it is written (in order): a report of tens
// of thousands of objects goes out without ever being held in memory whole.
using ReportSink = std::function<void(QByteArrayView)>;
void reportToJson(const Report& report, bool pretty, const ReportSink& sink);
// The same, with fields written by a higher layer (the diagnosis) right after "summary".
using ReportSection = std::function<void(analysis::JsonWriter&)>;
void reportToJson(const Report& report, bool pretty, const ReportSink& sink,
                  const ReportSection& afterSummary);
// One `{ "type", "id", "name" }` object reference, as in findings.
void writeObjectRef(analysis::JsonWriter& w, const ObjectRef& ref);
// `tune --json`: schema, host, limits and suggestions (with the sysctl snippet) only.
QByteArray tuneToJson(const Report& report, bool pretty = false);

} // namespace ipcscope
