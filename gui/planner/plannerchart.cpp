// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/plannerchart.h"

#include "planner/proposalmodel.h"
#include "widgets/limitchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipcscope {

PlannerChart::PlannerChart(QWidget* parent)
    : QChartView(parent) {
    setObjectName(u"plannerChart"_s);
    setAccessibleName(tr("Planned load per kernel limit"));
    setRenderHint(QPainter::Antialiasing);
    // One bar per limit (11): below about 18 pixels a bar, the axis elides every name. No more,
    // so that the table below keeps its rows on a 1024×700 screen.
    setMinimumHeight(280);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void PlannerChart::setModel(QAbstractItemModel* model) {
    m_model = model;
    connect(model, &QAbstractItemModel::modelReset, this, &PlannerChart::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &PlannerChart::rebuild);
    rebuild();
}

void PlannerChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QChartView::changeEvent(event);
}

void PlannerChart::rebuild() {
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes())
        c->removeAxis(axis);
    m_values.clear();
    m_categories.clear();
    if (!m_model)
        return;
    auto* used = new QBarSet(tr("In use"));
    auto* extra = new QBarSet(tr("Planned extra"));
    auto* free = new QBarSet(tr("Room up to the limit"));
    auto* beyond = new QBarSet(tr("Needed beyond the limit"));
    used->setColor(QColor(0x3b, 0x82, 0xc4));
    extra->setColor(QColor(0xe6, 0x9f, 0x00));
    free->setColor(QColor(0xc8, 0xd3, 0xdc));
    beyond->setColor(QColor(0xc6, 0x28, 0x28));
    // Bottom to top in the chart means last to first row: reverse so the table order reads down.
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        auto raw = [&](int column) {
            return m_model->index(row, column).data(ProposalModel::SortRole).toULongLong();
        };
        const QVariant limitValue =
            m_model->index(row, ProposalModel::Limit).data(ProposalModel::SortRole);
        const double u = double(raw(ProposalModel::Used)), e = double(raw(ProposalModel::Extra));
        const double required = double(raw(ProposalModel::Required));
        const double limit = limitValue.isValid() ? double(limitValue.toULongLong()) : required;
        // Up to the limit: what is in use, the planned extra that still fits, the room left.
        // Above it, in its own colour: what the plan needs beyond the limit (the use and
        // extra above it, or a published minimum above both).
        const double need = std::max(u + e, required);
        const double scale = std::max({limit, need, 1.0});
        const double inUse = std::min(u, limit);
        const double extraFits = std::min(u + e, limit) - inUse;
        const double room = std::max(0.0, limit - (u + e));
        const double beyondLimit = std::max(0.0, need - limit);
        const double pu = 100.0 * inUse / scale, pe = 100.0 * extraFits / scale;
        const double pf = 100.0 * room / scale, pb = 100.0 * beyondLimit / scale;
        *used << pu;
        *extra << pe;
        *free << pf;
        *beyond << pb;
        m_values.prepend({pu, pe, pf, pb});
        m_categories.prepend(m_model->index(row, ProposalModel::Field).data().toString());
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append({used, extra, free, beyond});
    c->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    QStringList reversed = m_categories;
    std::reverse(reversed.begin(), reversed.end());
    axisY->append(reversed);
    // The names are short ("SEMMNI"); Qt Charts elides them to "…" whenever it underestimates the
    // axis width, so never truncate.
    axisY->setTruncateLabels(false);
    c->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setLabelFormat(u"%d %"_s);
    c->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    applyPalette(c, palette());
}

} // namespace ipcscope
