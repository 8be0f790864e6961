// SPDX-License-Identifier: GPL-3.0-or-later
// Links what went wrong (symptoms from the logs, or a pasted error message) to what the report
// shows on the host (full limits, objects left behind), in sentences with the objects to clean.
// Pure: no I/O, like the Analyzer.
#pragma once

#include "analysis/report.h"
#include "diagnosis/symptoms.h"

#include <QList>
#include <QString>

#include <optional>

namespace ipcscope {

struct Diagnosis {
    Level level = Level::Warning; // Critical: the cause is still there; Ok: history
    // "limit_full", "limit_full_in_container", "limit_not_full", "removed_while_running",
    // "history"
    QString code;
    QString signature;        // the symptom's signature code
    QString text;             // the sentence: symptom, time, cause
    QString remedy;           // what to do, translated
    QList<Symptom> evidence;  // the log lines, newest last
    QString limitField;       // "SEMMNI", … when a limit is the cause
    QList<ObjectRef> objects; // objects to clean (judged orphaned) that free the limit
    // History: the same program started successfully after the failure (a start line in the
    // logs, or its oldest running process started later). Then `code` is "history", `level` Ok,
    // there are no objects, and `startedAgain` says when.
    bool history = false;
    std::optional<qint64> startedAgain; // Unix seconds
    bool runningNow = false;            // the program runs in the snapshot
};

// One diagnosis per signature seen in the logs: current ones first (critical, then newest),
// history last (newest first).
QList<Diagnosis> diagnose(const Report& report, const SymptomScan& scan);

// The diagnoses as findings for the overview: the sentence with the remedy, "Clean up…" for the
// objects when there are any, "Explain" otherwise, nothing for history.
// Codes are "diagnosis_" + the diagnosis code + "_" + the signature.
QList<Finding> diagnosisFindings(const QList<Diagnosis>& diagnoses);
// `report` with the current diagnoses put first among its findings and the history ones last.
Report withDiagnoses(Report report, const SymptomScan& scan);

struct PasteAnalysis {
    bool recognised = false;
    QString signature;
    QString title;
    QString explanation;
    QString message;      // the error message found in the text
    Diagnosis onThisHost; // what this host's report says about the matching cause
};

// Recognises the signature in pasted text (a log excerpt, an email, a browser page), explains
// it and checks `report` for the cause. Several matching lines: the first recognised one.
PasteAnalysis analyzePaste(const QString& text, const Report& report);

} // namespace ipcscope
