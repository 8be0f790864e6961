// SPDX-License-Identifier: GPL-3.0-or-later
// The planner's proposal, one row per kernel limit field: current use, planned extra, what is
// required, the current limit, the proposed value and the sentence why. Feeds the table and the
// stacked bar chart (one copy of the data).
#pragma once

#include "models/flattablemodel.h"
#include "planner/plan.h"

namespace ipcscope {

class ProposalModel : public FlatTableModel {
    Q_OBJECT
public:
    // The current and proposed values first: on a small screen they are what is on screen.
    enum Column { Field, Limit, Proposed, Used, Extra, Required, Reason, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // raw numbers
        ChangedRole,             // bool
        CappedRole               // bool
    };

    explicit ProposalModel(QObject* parent = nullptr);
    void setProposal(const planner::Proposal& proposal);
    const planner::Proposal& proposal() const { return m_proposal; }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A limit on how many objects exist at once that is used up now: the next object fails,
    // whatever the plan adds.
    static bool isFullNow(const planner::FieldPlan& field);

private:
    int rows() const override;
    planner::Proposal m_proposal;
};

} // namespace ipcscope
