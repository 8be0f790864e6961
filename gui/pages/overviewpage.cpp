// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/overviewpage.h"

#include "models/limitmodel.h"
#include "util/format.h"
#include "util/richtext.h"
#include "util/verdictstyle.h"
#include "widgets/limitchart.h"

#include <QCommandLinkButton>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {
constexpr ObjectType kTypes[] = {ObjectType::Semaphore, ObjectType::SharedMemory,
                                 ObjectType::MessageQueue};
constexpr Verdict kVerdicts[] = {Verdict::Orphaned, Verdict::PossiblyOrphaned, Verdict::Unknown,
                                 Verdict::InUse};
} // namespace

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_findings(new QVBoxLayout)
    , m_limitModel(new LimitModel(this))
    , m_chart(new LimitChart(this))
    , m_limitTable(new QTableView(this)) {
    setObjectName(u"overviewPage"_s);
    m_header->setObjectName(u"overviewHeader"_s);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setObjectName(u"overviewNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();

    auto* findingsBox = new QGroupBox(tr("Findings"), this);
    findingsBox->setObjectName(u"findingsBox"_s);
    findingsBox->setLayout(m_findings);
    m_findings->setSpacing(6);

    // Counts by type and by verdict; each verdict is a button that opens the filtered tables.
    auto* countsBox = new QGroupBox(tr("Objects"), this);
    m_countsBox = countsBox;
    countsBox->setObjectName(u"countsBox"_s);
    auto* counts = new QGridLayout(countsBox);
    const QStringList typeNames = {tr("Semaphore sets"), tr("Shared memory segments"),
                                   tr("Message queues"), tr("POSIX objects")};
    for (int i = 0; i < typeNames.size(); ++i) {
        auto* name = new QLabel(typeNames.at(i), countsBox);
        auto* value = new QLabel(countsBox);
        value->setObjectName(u"typeCount%1"_s.arg(i));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont f = value->font();
        f.setBold(true);
        value->setFont(f);
        counts->addWidget(name, i, 0);
        counts->addWidget(value, i, 1);
        m_typeCounts.append(value);
    }
    counts->setColumnMinimumWidth(2, 24);
    for (int i = 0; i < 4; ++i) {
        const Verdict v = kVerdicts[i];
        auto* button = new QPushButton(style::verdictIcon(v), verdictName(v), countsBox);
        button->setFlat(true);
        button->setObjectName(u"verdictButton_%1"_s.arg(verdictCode(v)));
        button->setToolTip(tr("Show the objects with this verdict"));
        button->setStyleSheet(u"text-align: left; padding: 2px 4px;"_s);
        connect(button, &QPushButton::clicked, this, [this, v] { emit showVerdict(v); });
        auto* value = new QLabel(countsBox);
        value->setObjectName(u"verdictCount_%1"_s.arg(verdictCode(v)));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont f = value->font();
        f.setBold(true);
        value->setFont(f);
        QPalette pal = value->palette();
        pal.setColor(QPalette::WindowText, style::verdictColor(v, pal));
        value->setPalette(pal);
        counts->addWidget(button, i, 3);
        counts->addWidget(value, i, 4);
        m_verdictCounts.append(value);
    }
    counts->setColumnStretch(5, 1);
    m_containerCounts = new QLabel(countsBox);
    m_containerCounts->setObjectName(u"containerCounts"_s);
    m_containerCounts->setWordWrap(true);
    m_containerCounts->hide();
    counts->addWidget(m_containerCounts, 4, 0, 1, 6);

    auto* limitsBox = new QGroupBox(tr("Kernel limits"), this);
    auto* limits = new QVBoxLayout(limitsBox);
    m_chart->setModel(m_limitModel);
    m_limitTable->setObjectName(u"limitTable"_s);
    m_limitTable->setModel(m_limitModel);
    m_limitTable->setAccessibleName(tr("Kernel limits"));
    m_limitTable->verticalHeader()->hide();
    m_limitTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_limitTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_limitTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_limitTable->horizontalHeader()->setStretchLastSection(true);
    m_limitTable->setAlternatingRowColors(true);
    m_limitTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_limitTable->verticalHeader()->setDefaultSectionSize(m_limitTable->fontMetrics().height() + 8);
    m_limitTable->setColumnHidden(LimitModel::Parameter, true); // in the tooltip instead
    m_limitTable->setWordWrap(false);
    // At least as wide as its columns: on a small screen the chart beside it gives way, not the
    // Status column.
    // (Every column sized to its contents, none stretched: the header's length is what they need.)
    m_limitTable->horizontalHeader()->setStretchLastSection(false);
    connect(m_limitTable->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        m_limitTable->setMinimumWidth(m_limitTable->horizontalHeader()->length() +
                                      2 * m_limitTable->frameWidth());
    });
    limits->addWidget(m_chart);
    limits->addStretch(1);
    auto* tableBox = new QGroupBox(tr("Limits in numbers"), this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->addWidget(m_limitTable);
    auto* suggestionsButton = new QPushButton(tr("Suggestions for the limits…"), tableBox);
    suggestionsButton->setObjectName(u"openSuggestionsButton"_s);
    connect(suggestionsButton, &QPushButton::clicked, this, [this] {
        // The limit chosen in the table, if any.
        const QModelIndex current = m_limitTable->currentIndex();
        emit showSuggestions(current.isValid()
                                 ? m_limitModel->index(current.row(), LimitModel::Limit)
                                       .data(LimitModel::SortRole)
                                       .toString()
                                 : QString());
    });
    tableLayout->addWidget(suggestionsButton, 0, Qt::AlignRight);

    auto* left = new QVBoxLayout;
    left->addWidget(findingsBox);
    left->addWidget(countsBox);
    left->addWidget(tableBox);
    left->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(limitsBox, 1);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_header);
    contentLayout->addWidget(m_notice);
    contentLayout->addLayout(columns, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_header->setText(tr("No data yet."));
}

void OverviewPage::setReport(const Report& report) {
    const HostInfo& host = report.snapshot.host;
    const QString shownName =
        m_entryName.isEmpty() || m_entryName == host.hostname || host.hostname.isEmpty()
            ? (host.hostname.isEmpty() ? m_entryName : host.hostname)
            : tr("%1 (%2)").arg(m_entryName, host.hostname);
    m_header->setText(tr("<b style='font-size:large'>%1</b><br>%2 %3 on %4 · snapshot taken %5 · "
                         "%n object(s)",
                         nullptr, report.snapshot.objectCount())
                          .arg(shownName.toHtmlEscaped(), host.os.toHtmlEscaped(),
                               host.kernel.toHtmlEscaped(), host.arch.toHtmlEscaped(),
                               format::absoluteTime(host.time)));
    QStringList notices;
    if (report.snapshot.mode == SnapshotMode::Agentless)
        notices.append(tr("Reduced view: the helper could not run on this host, so IPC Scope read "
                          "/proc directly. Per-semaphore detail and cleanup are not available."));
    if (!host.fullView && host.euid != 0)
        notices.append(tr("Not everything was visible to user %1. Verdicts marked Unknown need "
                          "more rights; turn on administrator mode (sudo) in Host → Edit host… "
                          "to see everything.")
                           .arg(host.user.toHtmlEscaped()));
    for (const Warning& w : report.snapshot.warnings)
        notices.append(w.message.toHtmlEscaped());
    m_notice->setText(notices.join(u"<br>"_s));
    m_notice->setVisible(!notices.isEmpty());

    for (int i = 0; i < 3; ++i)
        m_typeCounts[i]->setText(format::number(quint64(report.count(kTypes[i]))));
    m_typeCounts[3]->setText(format::number(quint64(report.count(ObjectType::PosixShm) +
                                                    report.count(ObjectType::PosixSemaphore) +
                                                    report.count(ObjectType::PosixMqueue))));
    for (int i = 0; i < 4; ++i)
        m_verdictCounts[i]->setText(format::number(quint64(report.count(kVerdicts[i]))));
    int inContainers = 0;
    for (const NamespaceReport& c : report.containers)
        inContainers += c.report ? c.report->snapshot.objectCount() : 0;
    m_countsBox->setTitle(report.containers.isEmpty() ? tr("Objects") : tr("Objects on the host"));
    m_containerCounts->setText(tr("The %n container(s) hold %1 more, on the Objects page.", nullptr,
                                  int(report.containers.size()))
                                   .arg(format::number(quint64(inContainers))));
    m_containerCounts->setVisible(!report.containers.isEmpty());

    m_limitModel->setReport(report);
    m_limitTable->setFixedHeight(m_limitTable->horizontalHeader()->height() +
                                 m_limitTable->verticalHeader()->length() + 4);
    rebuildFindings(report);
}

void OverviewPage::rebuildFindings(const Report& report) {
    while (QLayoutItem* item = m_findings->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (report.findings.isEmpty()) {
        auto* ok = new QLabel(tr("Nothing to worry about: no orphaned objects were found and every "
                                 "kernel limit has room."));
        ok->setWordWrap(true);
        ok->setObjectName(u"noFindingsLabel"_s);
        m_findings->addWidget(ok);
        return;
    }
    // The most important first; the analyzer orders them, we only cap the list.
    const int shown = int(qMin<qsizetype>(report.findings.size(), 8));
    // Two findings about the same objects (the full limit, and the software that left them
    // behind) get one "Clean up…" button: the first; the other shows the objects instead.
    QList<std::pair<quint64, QList<std::pair<int, int>>>> cleanable;
    for (int i = 0; i < shown; ++i) {
        Finding finding = report.findings.at(i);
        if (finding.action == Finding::Action::Clean) {
            QList<std::pair<int, int>> key;
            for (const ObjectRef& ref : std::as_const(finding.objects))
                key.append({int(ref.type), ref.index});
            std::sort(key.begin(), key.end());
            if (cleanable.contains(std::pair{finding.ns, key}))
                finding.action = Finding::Action::ShowObjects;
            else
                cleanable.append({finding.ns, key});
        }
        m_findings->addWidget(findingRow(finding));
    }
    if (report.findings.size() > shown) {
        m_findings->addWidget(new QLabel(tr("%n more finding(s) in the object tables.", nullptr,
                                            int(report.findings.size() - shown))));
    }
}

QWidget* OverviewPage::findingRow(const Finding& finding) {
    auto* row = new QWidget;
    row->setObjectName(u"finding_%1"_s.arg(finding.code));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 2, 0, 2);
    auto* icon = new QLabel(row);
    icon->setPixmap(style::levelIcon(finding.level).pixmap(20, 20));
    icon->setToolTip(style::levelName(finding.level));
    icon->setAccessibleName(style::levelName(finding.level));
    icon->setAlignment(Qt::AlignTop);
    auto* text = new QLabel(richtext::keepPathsTogether(finding.text), row);
    text->setObjectName(u"findingText"_s);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(icon);
    layout->addWidget(text, 1);

    QPushButton* button = nullptr;
    const QList<ObjectRef> objects = finding.objects;
    switch (finding.action) {
    case Finding::Action::Clean:
        // The guided cleanup: re-checked by the helper, confirmed, audited.
        // The count in the label: two buttons never look alike while doing different things.
        button = new QPushButton(tr("Clean up %n object(s)…", nullptr, int(objects.size())), row);
        button->setToolTip(tr("Review these objects and remove them safely"));
        connect(button, &QPushButton::clicked, this,
                [this, objects, ns = finding.ns] { emit cleanUp(objects, ns); });
        break;
    case Finding::Action::ShowObjects:
        button = new QPushButton(tr("Show objects"), row);
        connect(button, &QPushButton::clicked, this,
                [this, objects, ns = finding.ns, text = finding.text] {
                    emit showObjects(objects, text, ns);
                });
        break;
    case Finding::Action::Explain:
        button = new QPushButton(tr("Explain"), row);
        button->setToolTip(tr("Open the suggestions with their reasons and references"));
        connect(button, &QPushButton::clicked, this,
                [this, field = finding.field] { emit showSuggestions(field); });
        break;
    case Finding::Action::None:
        break;
    }
    if (button) {
        button->setObjectName(u"findingAction"_s);
        button->setAccessibleDescription(finding.text);
        layout->addWidget(button, 0, Qt::AlignTop);
    }
    return row;
}

} // namespace ipcscope
