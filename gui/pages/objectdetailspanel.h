// SPDX-License-Identifier: GPL-3.0-or-later
// Everything about one object: verdict and reasons, facts, per-semaphore values, processes, and
// the equivalent ipcs / ipcrm commands to copy.
#pragma once

#include "analysis/report.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QTableView;

namespace ipcscope {

class SemaphoreValuesModel;

class ObjectDetailsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ObjectDetailsPanel(QWidget* parent = nullptr);
    // objectIndex into report.objects; -1 shows the hint.
    void setObject(const Report& report, int objectIndex, bool remote);
    QString inspectCommand() const;
    QString removeCommand() const;
    SemaphoreValuesModel* semaphoreModel() const { return m_semModel; }

private:
    void addFact(const QString& label, const QString& value, const QString& tip = {});
    QString processLine(const Report& report, qint64 pid) const;

    QLabel* m_title;
    QLabel* m_verdict;
    QLabel* m_reasons;
    QWidget* m_factsBox;
    QFormLayout* m_facts;
    QLabel* m_semTitle;
    QTableView* m_semTable;
    SemaphoreValuesModel* m_semModel;
    QLabel* m_processes;
    QLabel* m_commandsNote;
    QLineEdit* m_inspect;
    QLineEdit* m_remove;
    QWidget* m_body;
    QLabel* m_empty;
};

} // namespace ipcscope
