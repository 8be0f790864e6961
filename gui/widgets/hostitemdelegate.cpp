// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/hostitemdelegate.h"

#include "models/hostlistmodel.h"

#include <QApplication>
#include <QPainter>

namespace ipcscope {

void HostItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect r = opt.rect.adjusted(8, 6, -6, -6);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const int iconSize = 20;
    icon.paint(painter, QRect(r.left(), r.top() + (r.height() - iconSize) / 2, iconSize, iconSize));
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QRect text = r.adjusted(iconSize + 8, 0, 0, 0);
    QFont bold = opt.font;
    bold.setBold(true);
    painter->save();
    painter->setFont(bold);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const int line = QFontMetrics(bold).height();
    painter->drawText(QRect(text.left(), text.top(), text.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(name, Qt::ElideRight, text.width()));
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter->setFont(small);
    QColor dim = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    dim.setAlphaF(0.7f);
    painter->setPen(dim);
    const QString status = index.data(HostListModel::StatusTextRole).toString();
    painter->drawText(
        QRect(text.left(), text.top() + line + 1, text.width(), QFontMetrics(small).height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(small).elidedText(status, Qt::ElideRight, text.width()));
    painter->restore();
}

QSize HostItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    const int h = option.fontMetrics.height();
    return {180, int(h * 2.1) + 14};
}

} // namespace ipcscope
