// SPDX-License-Identifier: GPL-3.0-or-later
// Sidebar entries: badge icon, host name, and a second line with status and last refresh.
#pragma once

#include <QStyledItemDelegate>

namespace ipcscope {

class HostItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace ipcscope
