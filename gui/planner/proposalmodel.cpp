// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/proposalmodel.h"

#include "analysis/limits.h"
#include "util/format.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace ipcscope {

ProposalModel::ProposalModel(QObject* parent)
    : FlatTableModel(ColumnCount, parent) {}

void ProposalModel::setProposal(const planner::Proposal& proposal) {
    // Same rows every time (one per limit field): only the values change, so the view keeps its
    // selection and scroll position.
    if (proposal.fields.size() == m_proposal.fields.size() && !m_proposal.fields.isEmpty()) {
        m_proposal = proposal;
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_proposal = proposal;
    endResetModel();
}

int ProposalModel::rows() const {
    return int(m_proposal.fields.size());
}

QVariant ProposalModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const planner::FieldPlan& f = m_proposal.fields.at(index.row());
    if (role == ChangedRole)
        return f.changed;
    if (role == CappedRole)
        return f.capped;
    if (role == Qt::FontRole && f.changed && index.column() == Proposed) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Field && index.column() != Reason)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return f.reasons.isEmpty() ? f.sentence
                                   : f.reasons.join(u'\n') + u"\n\n"_s + f.references.join(u'\n');
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool raw = role == SortRole;
    // "unlimited" for the kernel's no-limit values, sizes in exact units (the raw number sorts).
    auto number = [&](quint64 v) -> QVariant {
        return raw ? QVariant(v) : QVariant(format::limitValue(f.field, v, m_proposal.pageSize));
    };
    switch (Column(index.column())) {
    case Field:
        return f.field;
    case Used:
        return number(f.used);
    case Extra:
        return number(f.extra);
    case Required:
        return number(f.required);
    case Limit:
        return f.limit ? number(*f.limit) : QVariant(raw ? QVariant() : QVariant(tr("unknown")));
    case Proposed:
        return number(f.proposed);
    case Reason:
        if (f.changed || f.capped)
            return f.sentence;
        if (isFullNow(f))
            return tr("Full now: nothing more fits. Clean up what was left behind (see the "
                      "overview and Suggestions), or raise it.");
        return f.required ? tr("Enough.") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

bool ProposalModel::isFullNow(const planner::FieldPlan& f) {
    return f.limit && *f.limit > 0 && f.used >= *f.limit && analysis::limitsTheTotal(f.field);
}

QVariant ProposalModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Field:
        return tr("Limit");
    case Used:
        return tr("In use");
    case Extra:
        return tr("Planned extra");
    case Required:
        return tr("Required");
    case Limit:
        return tr("Current value");
    case Proposed:
        return tr("Proposed");
    case Reason:
        return tr("Why");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ipcscope
