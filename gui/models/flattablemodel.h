// SPDX-License-Identifier: GPL-3.0-or-later
// Base of the small tables that are not object tables (owners, semaphore values, suggestions, the
// planner's proposal): a flat table with the fixed columns of its Column enum. Row and column
// counts are answered once here (none under a parent, as a table must); a subclass says how many
// rows it has and fills data() and headerData().
#pragma once

#include <QAbstractTableModel>

namespace ipcscope {

class FlatTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;

protected:
    FlatTableModel(int columnCount, QObject* parent);
    virtual int rows() const = 0;

private:
    int m_columnCount;
};

} // namespace ipcscope
