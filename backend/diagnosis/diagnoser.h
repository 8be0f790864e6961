// SPDX-License-Identifier: GPL-3.0-or-later
// Links what went wrong (symptoms from the logs, or a pasted error message) to what the report
// shows on the host (full limits, objects left behind), in sentences with the objects to clean.
// Pure: no I/O, like the Analyzer.
#pragma once

#include "analysis/report.h"
#include "diagnosis/symptoms.h"

#include <QList>
#include <QString>

namespace ipcscope {

struct Diagnosis {
    Level level = Level::Warning; // Critical: the cause is still there
    QString code;                 // "limit_full", "limit_not_full", "removed_while_running", …
    QString signature;            // the symptom's signature code
    QString text;                 // the sentence: symptom, time, cause
    QString remedy;               // what to do, translated
    QList<Symptom> evidence;      // the log lines, newest last
    QString limitField;           // "SEMMNI", … when a limit is the cause
    QList<ObjectRef> objects;     // objects to clean (judged orphaned) that free the limit
};

// One diagnosis per signature seen in the logs, most urgent first.
QList<Diagnosis> diagnose(const Report& report, const SymptomScan& scan);

// The diagnoses as findings for the overview, to go before the report's own findings: the
// sentence with the remedy, "Clean up…" for the objects when there are any, else "Explain".
// Codes are "diagnosis_" + the diagnosis code + "_" + the signature.
QList<Finding> diagnosisFindings(const QList<Diagnosis>& diagnoses);
// `report` with diagnosisFindings(diagnose(report, scan)) put first among its findings.
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
