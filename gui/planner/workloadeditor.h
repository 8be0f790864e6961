// SPDX-License-Identifier: GPL-3.0-or-later
// The parameters of one workload as spin boxes (and a slider for the instances), showing only
// the rows of its kind. Every change is emitted at once, so the proposal follows as one types.
#pragma once

#include "planner/workload.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QVBoxLayout;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;

namespace ipcscope {

class WorkloadEditor : public QWidget {
    Q_OBJECT
public:
    explicit WorkloadEditor(QWidget* parent = nullptr);
    void setWorkload(const planner::Workload& workload);
    planner::Workload workload() const { return m_workload; }

signals:
    void workloadChanged(const ipcscope::planner::Workload& workload);

private:
    QSpinBox* spin(const QString& objectName, int min, int max, const QString& suffix = {});
    void showRowsOf(planner::WorkloadKind kind);
    void read(); // widgets -> m_workload, then emit

    planner::Workload m_workload;
    bool m_loading = false;
    QVBoxLayout* m_layout = nullptr;
    QFormLayout* m_form = nullptr; // formula, name, instances
    // The fields of each kind (RAM: Oracle and Db2), one of them shown.
    QWidget* m_postgresFields = nullptr;
    QWidget* m_apacheFields = nullptr;
    QWidget* m_oracleFields = nullptr;
    QWidget* m_ramFields = nullptr;
    QWidget* m_customFields = nullptr;
    QLabel* m_formula = nullptr;
    QLineEdit* m_label = nullptr;
    QSpinBox* m_instances = nullptr;
    QSlider* m_instancesSlider = nullptr;
    QSpinBox *m_pgVersion, *m_maxConnections, *m_autovacuum, *m_walSenders, *m_workers;
    QComboBox* m_mpm = nullptr;
    QCheckBox* m_sysvsem = nullptr;
    QSpinBox *m_mutexes, *m_leaked, *m_processes, *m_sgaMiB, *m_ramGiB;
    QSpinBox *m_semSets, *m_semsPerSet, *m_segments, *m_segmentKiB, *m_queues, *m_queueBytes;
};

} // namespace ipcscope
