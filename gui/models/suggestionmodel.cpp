// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/suggestionmodel.h"

#include "util/format.h"

namespace ipcscope {

SuggestionModel::SuggestionModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void SuggestionModel::setReport(const Report& report) {
    beginResetModel();
    m_suggestions = report.suggestions;
    endResetModel();
}

int SuggestionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_suggestions.size());
}

int SuggestionModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
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
        return text || role == SortRole ? QVariant(s.field) : QVariant();
    case Current:
    case Suggested: {
        const quint64 v = index.column() == Current ? s.current : s.suggested;
        if (text)
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
