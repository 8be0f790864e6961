// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/flattablemodel.h"

namespace ipcscope {

FlatTableModel::FlatTableModel(int columnCount, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount) {}

int FlatTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : rows();
}

int FlatTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_columnCount;
}

} // namespace ipcscope
