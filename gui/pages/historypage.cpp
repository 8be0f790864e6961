// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/historypage.h"

#include "util/appsettings.h"
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
    connect(m_interval, &QComboBox::currentIndexChanged, this, [this] {
        settings::setRefreshIntervalSeconds(m_interval->currentData().toInt());
        emit refreshIntervalChanged();
    });
}

void HistoryPage::showRefreshInterval(int seconds) {
    QSignalBlocker block(m_interval);
    m_interval->setCurrentIndex(qMax(0, m_interval->findData(seconds)));
}

} // namespace ipcscope
// TEMP-H5: replaced once backend/history lands
namespace ipcscope {
class HistoryStore {};
void HistoryPage::record(const QString&, const Report&) {}
void HistoryPage::setHost(const QString& hostId, const QString&) {
    m_hostId = hostId;
}
void HistoryPage::applyRetention() {}
void HistoryPage::reload() {}
} // namespace ipcscope
namespace ipcscope {
HistoryPage::~HistoryPage() = default;
}
