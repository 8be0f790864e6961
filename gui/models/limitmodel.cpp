// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/limitmodel.h"

#include "analysis/context.h"
#include "util/format.h"
#include "util/verdictstyle.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace ipcscope {

LimitModel::LimitModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void LimitModel::setReport(const Report& report) {
    m_pageSize = report.snapshot.host.pageSize ? report.snapshot.host.pageSize : 4096;
    bool same = report.limits.size() == m_limits.size();
    for (int i = 0; same && i < m_limits.size(); ++i)
        same = report.limits.at(i).field == m_limits.at(i).field;
    if (same) {
        m_limits = report.limits;
        if (!m_limits.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_limits = report.limits;
    endResetModel();
}

int LimitModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_limits.size());
}

int LimitModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString LimitModel::amount(const LimitUsage& limit, quint64 value, quint64 pageSize) {
    if (limit.unit == u"bytes")
        return format::bytes(value);
    if (limit.unit == u"pages")
        return format::bytes(value > UINT64_MAX / pageSize ? UINT64_MAX : value * pageSize);
    return format::number(value);
}

QVariant LimitModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LimitUsage& l = m_limits.at(index.row());
    if (role == RatioRole)
        return l.ratio();
    if (role == LevelRole)
        return int(l.level);
    if (role == Qt::ToolTipRole && index.column() != Used && index.column() != Maximum)
        return l.explanation.isEmpty() ? l.parameter : u"%1 (%2)"_s.arg(l.explanation, l.parameter);
    switch (Column(index.column())) {
    case Limit:
        if (role == Qt::DisplayRole || role == SortRole || role == ExportRole)
            return l.field;
        return {};
    case Parameter:
        if (role == Qt::DisplayRole || role == SortRole || role == ExportRole)
            return l.parameter;
        return {};
    case Used:
    case Maximum: {
        const bool used = index.column() == Used;
        if (!used && !l.limit)
            return role == Qt::DisplayRole ? QVariant(tr("unknown")) : QVariant();
        const quint64 value = used ? l.used : *l.limit;
        switch (role) {
        case Qt::DisplayRole:
            return amount(l, value, m_pageSize);
        case Qt::ToolTipRole:
            return l.unit == u"pages"
                       ? tr("%1 page(s) of %2", nullptr, format::pluralCount(value))
                             .arg(format::number(value), format::exactBytes(m_pageSize))
                       : tr("%1 %2").arg(format::number(value), analysis::unitName(l.unit, value));
        case SortRole:
        case ExportRole:
            return value;
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    case Usage:
        if (role == Qt::DisplayRole)
            return l.limit ? format::percent(l.ratio()) : QString();
        if (role == SortRole || role == ExportRole)
            return l.ratio();
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Status:
        if (role == Qt::DisplayRole || role == ExportRole)
            return style::levelName(l.level);
        if (role == Qt::DecorationRole)
            return style::levelIcon(l.level);
        if (role == Qt::ForegroundRole)
            return style::levelColor(l.level, QApplication::palette());
        if (role == SortRole)
            return int(l.level);
        return {};
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LimitModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Limit:
        return tr("Limit");
    case Parameter:
        return tr("sysctl");
    case Used:
        return tr("Used");
    case Maximum:
        return tr("Maximum");
    case Usage:
        return tr("Usage");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ipcscope
