// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/limitchart.h"

#include "models/limitmodel.h"
#include "util/verdictstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace ipcscope {

void applyPalette(QChart* chart, const QPalette& palette) {
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.color(QPalette::Text));
        QColor grid = palette.color(QPalette::Text);
        grid.setAlpha(40);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

LimitChart::LimitChart(QWidget* parent)
    : QChartView(parent) {
    setObjectName(u"limitChart"_s);
    setAccessibleName(tr("Kernel limit usage chart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void LimitChart::setModel(QAbstractItemModel* model) {
    m_model = model;
    connect(model, &QAbstractItemModel::modelReset, this, &LimitChart::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &LimitChart::rebuild);
    connect(model, &QAbstractItemModel::rowsInserted, this, &LimitChart::rebuild);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &LimitChart::rebuild);
    rebuild();
}

void LimitChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QChartView::changeEvent(event);
}

void LimitChart::rebuild() {
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes())
        c->removeAxis(axis);
    if (!m_model)
        return;

    const QPalette pal = palette();
    auto* ok = new QBarSet(style::levelName(Level::Ok));
    auto* warning = new QBarSet(style::levelName(Level::Warning));
    auto* critical = new QBarSet(style::levelName(Level::Critical));
    auto* free = new QBarSet(tr("Free"));
    ok->setColor(style::levelColor(Level::Ok, pal));
    warning->setColor(style::levelColor(Level::Warning, pal));
    critical->setColor(style::levelColor(Level::Critical, pal));
    QColor freeColor = pal.color(QPalette::Text);
    freeColor.setAlpha(28);
    free->setColor(freeColor);
    for (QBarSet* set : {ok, warning, critical, free})
        set->setBorderColor(Qt::transparent);

    QStringList categories;
    // Bottom to top in a horizontal chart: reverse so the first limit is on top.
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        const QModelIndex idx = m_model->index(row, 0);
        const double pct =
            qBound(0.0, m_model->data(idx, LimitModel::RatioRole).toDouble() * 100.0, 100.0);
        const auto level = Level(m_model->data(idx, LimitModel::LevelRole).toInt());
        categories.append(m_model->data(idx).toString());
        // A sliver stays visible for tiny but non-zero usage.
        const double shown = pct > 0 && pct < 0.5 ? 0.5 : pct;
        *ok << (level == Level::Ok ? shown : 0.0);
        *warning << (level == Level::Warning ? shown : 0.0);
        *critical << (level == Level::Critical ? shown : 0.0);
        *free << 100.0 - shown;
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append({ok, warning, critical, free});
    series->setBarWidth(0.7);
    c->addSeries(series);

    auto* y = new QBarCategoryAxis;
    y->append(categories);
    auto* x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(u"%d %%"_s);
    x->setTickCount(6);
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    applyPalette(c, pal);
    // The "Free" set needs no legend entry.
    const auto markers = c->legend()->markers(series);
    if (!markers.isEmpty())
        markers.last()->setVisible(false);
    const int h = qMax(200, 36 * int(categories.size()) + 80);
    setMinimumHeight(h);
    setMaximumHeight(h);
}

} // namespace ipcscope
