// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnosis for the terminal and for scripts (`ipcscope-cli report`, text and JSON): the same
// diagnoses, in the same order, as the window and the HTML report show.
#pragma once

#include "diagnosis/diagnoser.h"

#include <QList>
#include <QString>

namespace ipcscope {

namespace analysis {
class JsonWriter;
}

// "What went wrong: …" with what to do and the log, one paragraph per current diagnosis; empty
// when there is none. For the top of the text report.
QString currentDiagnosesText(const QList<Diagnosis>& diagnoses);
// "Earlier problems, recovered since" with one line per history diagnosis; empty when there is
// none. For below the findings.
QString historyDiagnosesText(const QList<Diagnosis>& diagnoses);
// The `diagnosis` array of ipcscope.report/1 (docs/report-schema.md), current ones first.
void writeDiagnosisJson(analysis::JsonWriter& w, const QList<Diagnosis>& diagnoses);
// One warning per log that could not be read (code "log_unreadable"), to go with the report's
// own warnings: a partial search is said, never hidden.
QList<Warning> logWarnings(const SymptomScan& scan);

} // namespace ipcscope
