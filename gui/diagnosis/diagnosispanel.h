// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnosis view of one host: what went wrong and why (diagnoses from the log symptoms
// linked to the report, each with "Clean up…" for exactly the objects that free the limit),
// logs that could not be read, a box to paste an error message into, "What is this?" help, and
// the HTML/PDF report export. Fed with values; asks the owner to start the cleanup wizard
// through cleanupRequested().
#pragma once

#include "analysis/report.h"
#include "diagnosis/diagnoser.h"
#include "diagnosis/symptoms.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace ipcscope {

class HelpViewer;

class DiagnosisPanel : public QWidget {
    Q_OBJECT

public:
    explicit DiagnosisPanel(QWidget* parent = nullptr);

    void setReport(const Report& report);
    void setSymptoms(const SymptomScan& symptoms);
    // The logs could not be searched (no helper on the host, the helper failed): says why, in
    // place of the diagnoses, and forgets earlier symptoms of another host.
    void setSymptomsUnavailable(const QString& reason);

    const QList<Diagnosis>& diagnoses() const { return m_diagnoses; }
    const PasteAnalysis& pasteAnalysis() const { return m_paste; }
    // The text of the HTML report for the current report and symptoms.
    QString reportHtml() const;
    // Write the report without asking for a file name (the buttons ask, then call these).
    bool exportHtml(const QString& file, QString* error = nullptr) const;
    bool exportPdf(const QString& file, QString* error = nullptr) const;

public slots:
    void showHelp(const QString& code);

signals:
    // The person chose "Clean up…" for these objects of the current report.
    void cleanupRequested(const QList<ipcscope::ObjectRef>& objects, quint64 ns);

private:
    void rebuildDiagnoses();
    void addCurrentProblems();
    void analyzePaste();
    void askExportHtml();
    void askExportPdf();

    Report m_report;
    bool m_hasReport = false;
    SymptomScan m_symptoms;
    QString m_symptomsUnavailable;
    QList<Diagnosis> m_diagnoses;
    PasteAnalysis m_paste;

    QWidget* m_diagnosesBox = nullptr;
    QVBoxLayout* m_diagnosesLayout = nullptr;
    QLabel* m_unreadable = nullptr;
    QPlainTextEdit* m_pasteEdit = nullptr;
    QLabel* m_pasteResult = nullptr;
    QPushButton* m_pasteClean = nullptr;
    QPushButton* m_pasteHelp = nullptr;
    HelpViewer* m_help = nullptr;
};

} // namespace ipcscope
