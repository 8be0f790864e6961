// SPDX-License-Identifier: GPL-3.0-or-later
// Findings first: sentences with one action each, then counts, then the kernel limits.
#pragma once

#include "analysis/report.h"

#include <QWidget>

class QGridLayout;
class QGroupBox;
class QLabel;
class QTableView;
class QVBoxLayout;

namespace ipcscope {

class LimitChart;
class LimitModel;

class OverviewPage : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);
    void setReport(const Report& report);
    // The name of the host entry ("Local machine", "web1"), shown beside the host's own name
    // when they differ.
    void setEntryName(const QString& name) { m_entryName = name; }
    LimitModel* limitModel() const { return m_limitModel; }

signals:
    // Show these objects on the objects page, with the finding's text as the note.
    void showObjects(const QList<ipcscope::ObjectRef>& objects, const QString& note, quint64 ns);
    void showVerdict(ipcscope::Verdict verdict);
    // Open the suggestions at the row of this limit ("SEMMNI"; empty: at the top).
    void showSuggestions(const QString& field);
    // Open the guided cleanup with these objects ticked.
    void cleanUp(const QList<ipcscope::ObjectRef>& objects, quint64 ns);

private:
    void rebuildFindings(const Report& report);
    QWidget* findingRow(const Finding& finding);

    QLabel* m_header;
    QLabel* m_notice;
    QVBoxLayout* m_findings;
    QList<QLabel*> m_typeCounts;
    QList<QLabel*> m_verdictCounts;
    QString m_entryName;
    // The counts are the host's own; with containers the box says so, and how many they hold.
    QGroupBox* m_countsBox = nullptr;
    QLabel* m_containerCounts = nullptr;
    LimitModel* m_limitModel;
    LimitChart* m_chart;
    QTableView* m_limitTable;
};

} // namespace ipcscope
