// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/historypage.h"

#include "history/historyservice.h"
#include "util/appsettings.h"
#include "util/format.h"
#include "util/verdictstyle.h"
#include "widgets/limitchart.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QSplitter>
#include <QVBoxLayout>

#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipcscope {

HistoryPage::HistoryPage(QWidget* parent)
    : QWidget(parent)
    , m_range(new QComboBox)
    , m_interval(new QComboBox)
    , m_status(new QLabel)
    , m_objectsChart(new QChartView)
    , m_limitsChart(new QChartView) {
    setObjectName(u"historyPage"_s);
    m_range->setObjectName(u"historyRangeCombo"_s);
    m_range->setAccessibleName(tr("Time range"));
    m_range->addItem(tr("Last hour"), 3600);
    m_range->addItem(tr("Last 24 hours"), 86400);
    m_range->addItem(tr("Last 7 days"), 7 * 86400);
    m_range->addItem(tr("Last 30 days"), 30 * 86400);
    m_range->addItem(tr("Everything"), 0);
    m_range->setCurrentIndex(1);
    m_interval->setObjectName(u"autoRefreshCombo"_s);
    m_interval->setAccessibleName(tr("Automatic refresh"));
    m_interval->addItem(tr("Off"), 0);
    m_interval->addItem(tr("Every 10 seconds"), 10);
    m_interval->addItem(tr("Every minute"), 60);
    showRefreshInterval(settings::refreshIntervalSeconds());
    m_status->setObjectName(u"historyStatus"_s);
    m_status->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    auto* rangeLabel = new QLabel(tr("&Show:"));
    rangeLabel->setBuddy(m_range);
    bar->addWidget(rangeLabel);
    bar->addWidget(m_range);
    bar->addSpacing(16);
    auto* intervalLabel = new QLabel(tr("&Automatic refresh:"));
    intervalLabel->setBuddy(m_interval);
    bar->addWidget(intervalLabel);
    bar->addWidget(m_interval);
    bar->addStretch(1);

    for (QChartView* view : {m_objectsChart, m_limitsChart}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(200);
        view->chart()->legend()->setAlignment(Qt::AlignRight);
    }
    m_objectsChart->setObjectName(u"historyObjectsChart"_s);
    m_objectsChart->setAccessibleName(tr("Objects over time"));
    m_limitsChart->setObjectName(u"historyLimitsChart"_s);
    m_limitsChart->setAccessibleName(tr("Limit usage over time"));
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_objectsChart);
    splitter->addWidget(m_limitsChart);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, &HistoryPage::reload);
    m_status->setText(tr("History is kept on this computer for every refresh."));
    connect(m_interval, &QComboBox::currentIndexChanged, this, [this] {
        settings::setRefreshIntervalSeconds(m_interval->currentData().toInt());
        emit refreshIntervalChanged();
    });
}

void HistoryPage::showRefreshInterval(int seconds) {
    QSignalBlocker block(m_interval);
    m_interval->setCurrentIndex(qMax(0, m_interval->findData(seconds)));
}

HistoryPage::~HistoryPage() = default;

void HistoryPage::setHistory(HistoryService* history) {
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    m_load.reset();
    if (!history)
        return;
    connect(history, &HistoryService::failed, this, &HistoryPage::showError);
    connect(history, &HistoryService::recorded, this, [this](const QString& hostId) {
        if (hostId == m_hostId)
            reload();
    });
    reload();
}

void HistoryPage::setHost(const QString& hostId, const QString& displayName) {
    m_hostId = hostId;
    m_hostName = displayName;
    reload();
}

void HistoryPage::reload() {
    if (m_hostId.isEmpty() || !m_history)
        return;
    const int range = m_range->currentData().toInt();
    const qint64 from = range > 0 ? QDateTime::currentSecsSinceEpoch() - range : 0;
    m_load = m_history->load(m_hostId, from);
    connect(m_load.get(), &HistoryLoad::finished, this, &HistoryPage::show);
    connect(m_load.get(), &HistoryLoad::failed, this, &HistoryPage::showError);
}

void HistoryPage::showError(const Error& error) {
    m_status->setText(tr("The history is not available: %1").arg(error.message));
    m_status->setToolTip(error.detail);
}

namespace {
QLineSeries* line(const QString& name, const QList<QPointF>& points, const QColor& color = {}) {
    auto* series = new QLineSeries;
    series->setName(name);
    series->append(points);
    series->setPointsVisible(points.size() < 40);
    series->setMarkerSize(7); // a single snapshot is a point, and must be seen
    if (color.isValid())
        series->setColor(color);
    return series;
}

// Each line its own colour: hues spread evenly from yellow-green to purple, away from the red and
// orange of the verdicts, with two lightnesses alternating so neighbours differ more.
QColor seriesColor(int i, int count, const QPalette& palette) {
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const int hue = 70 + 260 * i / qMax(1, count);
    const int value = (i % 2 == 0) ? (dark ? 240 : 190) : (dark ? 190 : 140);
    return QColor::fromHsv(hue, 200, value);
}

// `percent`: the axis ends at 100 % at most, or at the highest value when that is higher.
void fill(QChart* chart, const QList<QLineSeries*>& lines, const QString& yTitle, double yMax,
          qint64 fromMs, qint64 toMs, const QPalette& palette, bool percent = false) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    auto* x = new QDateTimeAxis;
    const qint64 span = toMs - fromMs;
    x->setFormat(span > 2 * 86400000LL ? u"MMM d"_s : span < 900000LL ? u"HH:mm:ss"_s : u"HH:mm"_s);
    x->setRange(QDateTime::fromMSecsSinceEpoch(fromMs),
                QDateTime::fromMSecsSinceEpoch(qMax(toMs, fromMs + 60000)));
    x->setTickCount(6);
    auto* y = new QValueAxis;
    y->setRange(0, yMax <= 0 ? 1 : yMax * 1.1);
    // Round the range and ticks to nice values: with a range such as 0..16.5 the ticks fall on
    // 4.125, 8.25, … and "%d" labels would sit below the points they name.
    y->applyNiceNumbers();
    if (percent && y->max() > qMax(100.0, yMax)) {
        y->setRange(0, qMax(100.0, yMax));
        y->setTickCount(6);
    }
    y->setTitleText(yTitle);
    y->setLabelFormat(yMax < 10 ? u"%.1f"_s : u"%d"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : lines) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    applyPalette(chart, palette);
}
} // namespace

void HistoryPage::show(const HistorySeries& series) {
    m_points = int(series.samples.size());
    if (series.samples.isEmpty()) {
        m_status->setText(tr("No history for %1 in this range yet. Every refresh adds a point; "
                             "switch on automatic refresh to collect it.")
                              .arg(m_hostName));
    } else {
        m_status->setText(tr("%n snapshot(s) of %1 from %2 to %3.", nullptr, m_points)
                              .arg(m_hostName, format::absoluteTime(series.samples.first().time),
                                   format::absoluteTime(series.samples.last().time)));
    }
    const QPalette pal = palette();
    const int range = m_range->currentData().toInt();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 fromMs = range > 0 ? now - qint64(range) * 1000 : 0;
    qint64 toMs = now;
    if (!series.samples.isEmpty()) {
        // Fit the axis to the data when it covers less than the chosen range.
        const qint64 first = series.samples.first().time * 1000;
        const qint64 last = series.samples.last().time * 1000;
        const qint64 pad = qMax<qint64>(30000, (last - first) / 20);
        fromMs = qMax(fromMs, first - pad);
        toMs = qMax(last + pad, fromMs + 60000);
    } else if (fromMs == 0) {
        fromMs = now - 3600000;
    }
    // Objects per type, and the problems among them.
    QList<QPointF> posix;
    double objectsMax = 0;
    for (const HistorySample& s : series.samples) {
        posix.append(
            QPointF(double(s.time) * 1000.0, s.posixShm + s.posixSemaphores + s.posixMqueues));
        objectsMax =
            qMax<double>(objectsMax, std::max({s.semaphoreSets, s.segments, s.queues,
                                               s.posixShm + s.posixSemaphores + s.posixMqueues,
                                               s.orphaned + s.possiblyOrphaned}));
    }
    QList<QLineSeries*> objects = {
        line(tr("Semaphore sets"), series.countLine(ObjectType::Semaphore), seriesColor(0, 4, pal)),
        line(tr("Shared memory"), series.countLine(ObjectType::SharedMemory),
             seriesColor(1, 4, pal)),
        line(tr("Message queues"), series.countLine(ObjectType::MessageQueue),
             seriesColor(2, 4, pal)),
        line(tr("POSIX"), posix, seriesColor(3, 4, pal)),
        line(verdictName(Verdict::Orphaned), series.verdictLine(Verdict::Orphaned),
             style::verdictColor(Verdict::Orphaned, pal)),
        line(verdictName(Verdict::PossiblyOrphaned), series.verdictLine(Verdict::PossiblyOrphaned),
             style::verdictColor(Verdict::PossiblyOrphaned, pal)),
    };
    // Orphan lines are dashed so they differ by more than colour.
    for (int i = 4; i < 6; ++i) {
        QPen pen = objects[i]->pen();
        pen.setStyle(Qt::DashLine);
        pen.setWidth(2);
        objects[i]->setPen(pen);
    }
    m_objectsChart->chart()->setTitle(tr("Objects"));
    fill(m_objectsChart->chart(), objects, tr("objects"), objectsMax, fromMs, toMs, pal);

    QList<QLineSeries*> limits;
    double limitMax = 0;
    const QStringList fields = series.limitFields();
    for (int i = 0; i < fields.size(); ++i) {
        const QList<QPointF> points = series.limitPercentLine(fields.at(i));
        for (const QPointF& p : points)
            limitMax = qMax(limitMax, p.y());
        limits.append(line(fields.at(i), points, seriesColor(i, int(fields.size()), pal)));
    }
    m_limitsChart->chart()->setTitle(tr("Kernel limit usage"));
    fill(m_limitsChart->chart(), limits, tr("% of limit"), qMax(limitMax, 1.0), fromMs, toMs, pal,
         true);
    emit seriesShown();
}

} // namespace ipcscope
