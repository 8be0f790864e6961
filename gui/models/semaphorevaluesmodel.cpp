// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/semaphorevaluesmodel.h"

#include "util/format.h"

#include <QHash>

namespace ipcscope {

SemaphoreValuesModel::SemaphoreValuesModel(QObject* parent)
    : FlatTableModel(ColumnCount, parent) {}

void SemaphoreValuesModel::setSet(const Report& report, int index) {
    beginResetModel();
    m_sems.clear();
    m_processes.clear();
    if (index >= 0 && index < report.snapshot.semaphores.size()) {
        m_sems = report.snapshot.semaphores.at(index).sems;
        QHash<qint64, const Process*> processes;
        for (const Process& p : report.snapshot.processes)
            processes.insert(p.pid, &p);
        for (const Semaphore& sem : std::as_const(m_sems)) {
            QString label;
            if (sem.pid <= 0) {
                label = tr("none");
            } else {
                label = QString::number(sem.pid);
                if (const Process* p = processes.value(sem.pid)) {
                    label = p->alive ? tr("%1 (%2, running)").arg(sem.pid).arg(p->comm)
                                     : tr("%1 (%2, exited)")
                                           .arg(sem.pid)
                                           .arg(p->comm.isEmpty() ? tr("unknown") : p->comm);
                }
            }
            m_processes.append(label);
        }
    }
    endResetModel();
}

int SemaphoreValuesModel::rows() const {
    return int(m_sems.size());
}

QVariant SemaphoreValuesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole && index.column() != LastPid)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const Semaphore& sem = m_sems.at(index.row());
    switch (Column(index.column())) {
    case Number:
        return index.row();
    case Value:
        return sem.value;
    case LastPid:
        return m_processes.at(index.row());
    case WaitingIncrease:
        return sem.ncnt;
    case WaitingZero:
        return sem.zcnt;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SemaphoreValuesModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case WaitingIncrease:
            return tr("Processes waiting for the value to increase (semncnt)");
        case WaitingZero:
            return tr("Processes waiting for the value to become zero (semzcnt)");
        case LastPid:
            return tr("The process that did the last operation (sempid)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("#");
    case Value:
        return tr("Value");
    case LastPid:
        return tr("Last process");
    case WaitingIncrease:
        return tr("Waiting for +");
    case WaitingZero:
        return tr("Waiting for 0");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ipcscope
