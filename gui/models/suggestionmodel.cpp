// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/suggestionmodel.h"

#include "util/format.h"
#include "util/verdictstyle.h"

namespace ipcscope {

SuggestionModel::SuggestionModel(QObject* parent)
    : FlatTableModel(ColumnCount, parent) {}

void SuggestionModel::setReport(const Report& report) {
    beginResetModel();
    m_suggestions = report.suggestions;
    m_pageSize = report.snapshot.host.pageSize ? report.snapshot.host.pageSize : 4096;
    endResetModel();
}

int SuggestionModel::rowOf(const QString& field) const {
    for (qsizetype i = 0; i < m_suggestions.size(); ++i)
        if (m_suggestions.at(i).field == field)
            return int(i);
    return -1;
}

int SuggestionModel::rows() const {
    return int(m_suggestions.size());
}

QVariant SuggestionModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Suggestion& s = m_suggestions.at(index.row());
    const bool text = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    switch (Column(index.column())) {
    case Parameter:
        return text || role == SortRole ? QVariant(s.parameter) : QVariant();
    case Field:
        // A full limit carries its level: icon and word, never colour alone.
        if (role == Qt::DecorationRole && s.level != Level::Ok)
            return style::levelIcon(s.level);
        if (role == Qt::ToolTipRole && s.level != Level::Ok)
            return tr("%1: %2").arg(s.field, style::levelName(s.level));
        return text || role == SortRole ? QVariant(s.field) : QVariant();
    case Current:
    case Suggested: {
        const quint64 v = index.column() == Current ? s.current : s.suggested;
        if (index.column() == Suggested && s.kind == Suggestion::Kind::CleanUpFirst) {
            if (role == Qt::DisplayRole)
                return tr("Clean up first");
            if (role == Qt::ToolTipRole)
                return tr("After the cleanup %1 is enough; %2 if the same leak recurs.")
                    .arg(format::number(s.enoughAfterCleanup), format::number(s.suggested));
        }
        if (role == Qt::DisplayRole)
            return format::limitValue(s.field, v, m_pageSize);
        if (role == Qt::ToolTipRole)
            return format::number(v);
        if (role == SortRole)
            return v;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    case Reason:
        return text || role == SortRole ? QVariant(s.reason) : QVariant();
    case Reference:
        return text || role == SortRole ? QVariant(s.reference) : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Parameter:
        return tr("sysctl");
    case Field:
        return tr("Limit");
    case Current:
        return tr("Current");
    case Suggested:
        return tr("Suggested");
    case Reason:
        return tr("Why");
    case Reference:
        return tr("Reference");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ipcscope
