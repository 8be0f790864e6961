// SPDX-License-Identifier: GPL-3.0-or-later
// The pages of the main window agree with each other and fit a small screen, driven offscreen
// through their real widgets with analysed fixture snapshots: a chosen owner lands on a tab that
// shows that owner's objects; the Objects page hands its selection to the cleanup; the history
// gives every line its own colour, ends the usage axis at 100 % and refreshes every minute
// unless told otherwise; the overview has one "Clean up…" per set of objects and never breaks a
// path or variable; the diagnosis names what the overview calls critical; the Objects page shows
// the Software column and roomy details in the space it has on a 1024×700 screen.
#include "analysis/analyzer.h"
#include "diagnosis/diagnosispanel.h"
#include "guisettings.h"
#include "history/historyservice.h"
#include "model/snapshotparser.h"
#include "models/objectfilterproxy.h"
#include "models/objecttablemodel.h"
#include "models/ownermodel.h"
#include "pages/historypage.h"
#include "pages/objectdetailspanel.h"
#include "pages/objectspage.h"
#include "pages/overviewpage.h"
#include "pages/ownerspage.h"
#include "reportfixtures.h"
#include "util/appsettings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QValueAxis>
#include <QtTest>

using namespace Qt::StringLiterals;
using testgui::settingsDir;
using namespace ipcscope;
using testsupport::reportFixture;

namespace {

QList<QColor> colours(QChartView* view) {
    QList<QColor> out;
    for (QAbstractSeries* s : view->chart()->series()) {
        if (auto* line = qobject_cast<QLineSeries*>(s))
            out.append(line->color());
    }
    return out;
}

// The lines `html` breaks into in a label of `width` pixels, as QLabel lays out rich text.
QStringList linesOf(const QString& html, int width) {
    QTextDocument doc;
    doc.setHtml(html);
    doc.setTextWidth(width);
    (void)doc.size(); // lays the text out
    QStringList lines;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        QTextLayout* layout = b.layout();
        for (int i = 0; i < layout->lineCount(); ++i)
            lines.append(
                b.text().mid(layout->lineAt(i).textStart(), layout->lineAt(i).textLength()));
    }
    return lines;
}

} // namespace

class TestPages : public QObject {
    Q_OBJECT
public:
    static void initMain() { testgui::useOwnSettings(); }

private slots:
    void initTestCase() { QVERIFY(settingsDir()->isValid()); }
    void init() { QSettings().clear(); } // no test sees what the one before saved
    void aChosenOwnerLandsOnATabWithTheirObjects_data();
    void aChosenOwnerLandsOnATabWithTheirObjects();
    void anOwnerBarNamesItsOwner();
    void theSelectedObjectsGoToTheCleanup();
    void aFindingsObjectsAreCountedAgainAfterARefresh();
    void eachContainersObjectsOnTheirOwn();
    void historyLinesDifferAndTheUsageAxisEndsAtAHundred();
    void overviewHasOneCleanUpPerSetOfObjects();
    void pathsAndVariablesNeverBreak_data();
    void pathsAndVariablesNeverBreak();
    void diagnosisNamesTheCriticalLimitWhenTheLogsSayNothing_data();
    void diagnosisNamesTheCriticalLimitWhenTheLogsSayNothing();
    void objectsPageFitsASmallScreen();
    void ownersShowTheirVerdictsOnASmallScreen();
};

void TestPages::aChosenOwnerLandsOnATabWithTheirObjects_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<int>("tab");
    QTest::addColumn<int>("verdictBefore"); // a verdict filter that hides all their objects
    QTest::newRow("bob has only message queues, so the queue tab opens")
        << u"analysis/pid-reused.json"_s << u"bob"_s << int(ObjectsPage::MessageQueuesTab) << -1;
    QTest::newRow("alice has only shared memory, so the shared memory tab opens")
        << u"analysis/segment-attached.json"_s << u"alice"_s << int(ObjectsPage::SharedMemoryTab)
        << -1;
    QTest::newRow("a verdict filter that would hide all of bob's objects is dropped")
        << u"analysis/pid-reused.json"_s << u"bob"_s << int(ObjectsPage::MessageQueuesTab)
        << int(Verdict::Unknown);
}

void TestPages::aChosenOwnerLandsOnATabWithTheirObjects() {
    QFETCH(QString, fixture);
    QFETCH(QString, owner);
    QFETCH(int, tab);
    QFETCH(int, verdictBefore);
    const Report report = reportFixture(fixture);
    ObjectsPage page;
    page.setReport(report, false);
    for (int t = 0; t < ObjectsPage::TabCount; ++t)
        QAbstractItemModelTester tester(page.proxy(t));
    page.setCurrentTab(ObjectsPage::SemaphoresTab);
    bool hidesAll = verdictBefore >= 0;
    if (verdictBefore >= 0) {
        page.setVerdictFilter(Verdict(verdictBefore));
        for (const ObjectVerdict& v : report.objects)
            hidesAll = hidesAll && !(v.owner == owner && int(v.verdict) == verdictBefore);
        QVERIFY(hidesAll);
    }
    // What the main window does when a bar or a row of the Owners page is chosen.
    page.clearObjectRestriction();
    page.setOwnerFilter(owner);
    QCOMPARE(page.currentTab(), tab);
    QVERIFY(page.proxy(tab)->rowCount() > 0);
    for (int r = 0; r < page.proxy(tab)->rowCount(); ++r)
        QCOMPARE(page.proxy(tab)->index(r, 0).data(ObjectTableModel::OwnerRole).toString(), owner);
    QCOMPARE(page.findChild<QComboBox*>(u"ownerFilter"_s)->currentData().toString(), owner);
}

// Each bar of the Owners chart stands for one owner; a click on any of its segments names that
// owner (the chart's categories and the owner signal come from the same rows).
void TestPages::anOwnerBarNamesItsOwner() {
    OwnersPage page;
    page.setReport(reportFixture(u"analysis/non-root-partial-view.json"_s));
    auto* chart = page.findChild<QChartView*>(u"ownerChart"_s);
    QVERIFY(chart);
    auto* series = qobject_cast<QHorizontalStackedBarSeries*>(chart->chart()->series().first());
    QVERIFY(series);
    auto* axis = qobject_cast<QBarCategoryAxis*>(chart->chart()->axes(Qt::Vertical).first());
    QVERIFY(axis);
    QSignalSpy chosen(&page, &OwnersPage::ownerChosen);
    for (int i = 0; i < axis->count(); ++i) {
        emit series->barSets().first()->clicked(i);
        QCOMPARE(chosen.last().first().toString(), axis->at(i));
    }
    QCOMPARE(chosen.count(), axis->count());
}

// A host with containers: the Namespace box lists the host first, then each container (an
// unreadable one named so); a container shows its own objects (the same ids as the host's), its
// commands run inside it, and the guided cleanup gets them with the container's namespace.
void TestPages::eachContainersObjectsOnTheirOwn() {
    const Report report = reportFixture(u"analysis/containers.json"_s);
    ObjectsPage page;
    page.resize(1100, 700);
    page.show();
    page.setReport(report, false);
    auto* box = page.findChild<QComboBox*>(u"namespaceFilter"_s);
    QVERIFY(box && box->isVisible());
    QStringList items;
    for (int i = 0; i < box->count(); ++i)
        items << box->itemText(i);
    QCOMPARE(items, (QStringList{u"Host (2 objects)"_s, u"Container web-1 (2 objects)"_s,
                                 u"Container db (not readable)"_s}));
    QTableView* view = page.view(ObjectsPage::SemaphoresTab);
    const auto keys = [&] {
        QStringList out;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            out << view->model()->index(r, 1).data().toString(); // Key
        out.sort();
        return out;
    };
    QCOMPARE(keys(), (QStringList{u"0x00001000"_s, u"0x00001001"_s}));

    box->setCurrentIndex(1);
    QCOMPARE(page.currentNamespace(), quint64(4026532200));
    QCOMPARE(keys(), (QStringList{u"0x00002000"_s, u"0x00002001"_s}));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, 1)).center());
    QCOMPARE(page.selectedObjects().size(), 1);
    QVERIFY(page.details()->removeCommand().startsWith(u"nsenter --target 4242 --ipc ipcrm -s "_s));
    // The guided cleanup is offered for them, naming the container's namespace.
    auto* button = page.findChild<QPushButton*>(u"cleanSelectedButton"_s);
    QVERIFY(button->isEnabled());
    QSignalSpy cleanUp(&page, &ObjectsPage::cleanUp);
    button->click();
    QCOMPARE(cleanUp.size(), 1);
    QCOMPARE(cleanUp[0][1].value<quint64>(), quint64(4026532200));
    const auto refs = cleanUp[0][0].value<QList<ObjectRef>>();
    QCOMPARE(refs.size(), 1);
    const QList<ObjectVerdict>& inWeb = report.reportFor(4026532200)->objects;
    const auto chosen = std::find_if(inWeb.begin(), inWeb.end(), [&](const ObjectVerdict& o) {
        return o.ref.type == refs[0].type && o.ref.index == refs[0].index;
    });
    QVERIFY(chosen != inWeb.end());
    QVERIFY2(chosen->key == 0x2000 || chosen->key == 0x2001,
             "a container's object, not the host's");

    box->setCurrentIndex(2);
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(!button->isEnabled());
    // A finding's objects are in the namespace it names: the host's, or a container's.
    page.showObjects({report.objects.first().ref}, u"note"_s, 0);
    QCOMPARE(page.currentNamespace(), quint64(0));
    page.showObjects({report.reportFor(4026532200)->objects.first().ref}, u"note"_s, 4026532200);
    QCOMPARE(page.currentNamespace(), quint64(4026532200));

    // The overview's counts are the host's, and it says so, with what the containers hold.
    OverviewPage overview;
    overview.setEntryName(u"Local machine"_s); // the entry's name beside the host's own
    overview.setReport(report);
    QVERIFY(overview.findChild<QLabel*>(u"overviewHeader"_s)
                ->text()
                .contains(u">Local machine (app2)</b>"_s));
    QCOMPARE(overview.findChild<QGroupBox*>(u"countsBox"_s)->title(), u"Objects on the host"_s);
    QCOMPARE(overview.findChild<QLabel*>(u"containerCounts"_s)->text(),
             u"The 2 containers hold 2 more, on the Objects page."_s);
    overview.setReport(reportFixture(u"analysis/apache-restart-loop.json"_s));
    QCOMPARE(overview.findChild<QGroupBox*>(u"countsBox"_s)->title(), u"Objects"_s);
    QVERIFY(overview.findChild<QLabel*>(u"containerCounts"_s)->isHidden());

    // The owners page counts each namespace's owners apart.
    OwnersPage owners;
    owners.show();
    owners.setReport(report);
    auto* ownersBox = owners.findChild<QComboBox*>(u"ownersNamespace"_s);
    QVERIFY(ownersBox && ownersBox->isVisible());
    QCOMPARE(ownersBox->count(), 2); // the host and web-1 (db could not be read)
    QCOMPARE(ownersBox->itemText(1), u"Container web-1"_s);
    QCOMPARE(owners.model()->rowCount(), 1);
    QCOMPARE(owners.model()->ownerAt(0).semaphoreSets, 2);
    QCOMPARE(owners.model()->ownerAt(0).inUse, 1); // host: set 0, by pid 3000
    ownersBox->setCurrentIndex(1);
    QCOMPARE(owners.currentNamespace(), quint64(4026532200));
    QCOMPARE(owners.model()->ownerAt(0).semaphoreSets, 2);
    QCOMPARE(owners.model()->ownerAt(0).inUse, 0);
    QCOMPARE(owners.model()->ownerAt(0).possiblyOrphaned, 2);
}

void TestPages::theSelectedObjectsGoToTheCleanup() {
    const Report report = reportFixture(u"analysis/apache-restart-loop.json"_s);
    ObjectsPage page;
    page.resize(1100, 700);
    page.show();
    page.setReport(report, false);
    QTableView* view = page.view(ObjectsPage::SemaphoresTab);
    QVERIFY(view->model()->rowCount() >= 2);
    auto* button = page.findChild<QPushButton*>(u"cleanSelectedButton"_s);
    auto* action = page.findChild<QAction*>(u"cleanSelectedAction"_s);
    QVERIFY(button && action);
    QVERIFY(button->isVisible());
    // The context menu of every table offers it.
    for (int t = 0; t < ObjectsPage::TabCount; ++t) {
        QCOMPARE(page.view(t)->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(page.view(t)->actions().contains(action));
    }
    view->clearSelection();
    QVERIFY(!button->isEnabled());
    // Two rows: a click, then Ctrl+click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, 1)).center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      view->visualRect(view->model()->index(1, 1)).center());
    QCOMPARE(page.selectedObjects().size(), 2);
    QVERIFY(button->isEnabled());
    QSignalSpy cleanUp(&page, &ObjectsPage::cleanUp);
    action->trigger();
    QCOMPARE(cleanUp.count(), 1);
    const auto objects = cleanUp.first().first().value<QList<ObjectRef>>();
    QCOMPARE(objects.size(), 2);
    for (int r = 0; r < 2; ++r) {
        const int i = view->model()->index(r, 0).data(ObjectTableModel::ObjectIndexRole).toInt();
        const ObjectRef& expected = report.objects.at(i).ref;
        QVERIFY(std::any_of(objects.begin(), objects.end(), [&](const ObjectRef& o) {
            return o.type == expected.type && o.index == expected.index;
        }));
    }
    button->click();
    QCOMPARE(cleanUp.count(), 2);
}

// "Show objects" of a finding: the note is the finding's text, and a later refresh that finds
// fewer of its objects (some were removed) says so instead of the first count.
void TestPages::aFindingsObjectsAreCountedAgainAfterARefresh() {
    Report report = reportFixture(u"analysis/apache-restart-loop.json"_s);
    ObjectsPage page;
    page.resize(1100, 700);
    page.show();
    page.setReport(report, false);
    QList<ObjectRef> refs;
    for (const ObjectVerdict& o : std::as_const(report.objects))
        if (o.ref.type == ObjectType::Semaphore && refs.size() < 3)
            refs.append(o.ref);
    QCOMPARE(refs.size(), 3);
    page.showObjects(refs, u"3 orphaned semaphore sets of Apache."_s);
    auto* text = page.findChild<QLabel*>(u"restrictionText"_s);
    QVERIFY(text && text->isVisible());
    QCOMPARE(text->text(), u"The 3 objects of the finding: 3 orphaned semaphore sets of Apache."_s);
    QCOMPARE(page.view(ObjectsPage::SemaphoresTab)->model()->rowCount(), 3);

    // Two of them were removed: the next report no longer has them.
    const auto removed = [&](const ObjectVerdict& o) {
        return o.ref.type == refs[0].type &&
               (o.ref.index == refs[0].index || o.ref.index == refs[1].index);
    };
    report.objects.erase(std::remove_if(report.objects.begin(), report.objects.end(), removed),
                         report.objects.end());
    page.setReport(report, false);
    QCOMPARE(page.view(ObjectsPage::SemaphoresTab)->model()->rowCount(), 1);
    QCOMPARE(text->text(), u"Still here: 1 of the finding's 3 objects, the others are gone. "
                           "3 orphaned semaphore sets of Apache."_s);
    report.objects.erase(std::remove_if(report.objects.begin(), report.objects.end(),
                                        [&](const ObjectVerdict& o) {
                                            return o.ref.type == refs[2].type &&
                                                   o.ref.index == refs[2].index;
                                        }),
                         report.objects.end());
    page.setReport(report, false);
    QCOMPARE(text->text(),
             u"None of the finding's 3 objects is left: 3 orphaned semaphore sets of Apache."_s);
}

void TestPages::historyLinesDifferAndTheUsageAxisEndsAtAHundred() {
    // Fresh settings: automatic refresh every minute.
    QCOMPARE(settings::refreshIntervalSeconds(), 60);
    HistoryPage page;
    QCOMPARE(page.findChild<QComboBox*>(u"autoRefreshCombo"_s)->currentData().toInt(), 60);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HistoryService history;
    history.open(dir.filePath(u"history.sqlite"_s), 90);
    QSignalSpy recorded(&history, &HistoryService::recorded);
    // Three snapshots in the last hour; SEMMNI is full in the last one.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QStringList fixtures = {u"analysis/apache-restart-loop.json"_s,
                                  u"analysis/segment-attached.json"_s,
                                  u"analysis/limits-at-100-percent.json"_s};
    double highest = 0;
    for (int i = 0; i < fixtures.size(); ++i) {
        Report report = reportFixture(fixtures.at(i));
        report.snapshot.host.time = now - 1800 + 600 * i;
        for (const LimitUsage& l : report.limits)
            highest = qMax(highest, l.ratio() * 100.0);
        history.record(u"testhost"_s, report);
    }
    QVERIFY(highest > 99.0);
    QTRY_COMPARE_WITH_TIMEOUT(recorded.count(), 3, 20000);
    QSignalSpy shown(&page, &HistoryPage::seriesShown);
    page.setHost(u"testhost"_s, u"testhost"_s);
    page.setHistory(&history);
    QTRY_VERIFY_WITH_TIMEOUT(page.pointCount() == 3, 20000);

    for (const QString& name : {u"historyObjectsChart"_s, u"historyLimitsChart"_s}) {
        const QList<QColor> lines = colours(page.findChild<QChartView*>(name));
        QVERIFY(lines.size() >= 4);
        for (int a = 0; a < lines.size(); ++a)
            for (int b = a + 1; b < lines.size(); ++b)
                QVERIFY2(lines.at(a) != lines.at(b),
                         qPrintable(u"%1: lines %2 and %3 share %4"_s.arg(name).arg(a).arg(b).arg(
                             lines.at(a).name())));
    }
    auto* limits = page.findChild<QChartView*>(u"historyLimitsChart"_s);
    auto* y = qobject_cast<QValueAxis*>(limits->chart()->axes(Qt::Vertical).first());
    QVERIFY(y);
    QVERIFY2(y->max() <= qMax(100.0, highest) + 1e-9, qPrintable(QString::number(y->max())));
    QVERIFY(y->max() >= highest - 1e-9);
}

void TestPages::overviewHasOneCleanUpPerSetOfObjects() {
    const Report report = reportFixture(u"diagnosis/apache-semmni-full.json"_s);
    OverviewPage page;
    page.resize(1000, 700);
    page.setReport(report);
    QStringList texts;
    for (QPushButton* b : page.findChildren<QPushButton*>(u"findingAction"_s)) {
        if (b->text().startsWith(u"Clean up"_s))
            texts.append(b->text());
    }
    QList<qsizetype> cleanable;
    for (const Finding& f : report.findings) {
        if (f.action == Finding::Action::Clean)
            cleanable.append(f.objects.size());
    }
    QVERIFY2(cleanable.size() >= 2, "the fixture has two findings about the same objects");
    QCOMPARE(texts.size(), 1);
    // The button says how many objects it cleans up.
    QVERIFY2(texts.first().contains(QString::number(cleanable.first())), qPrintable(texts.first()));
}

void TestPages::pathsAndVariablesNeverBreak_data() {
    QTest::addColumn<int>("width");
    // From the narrowest label the whole variable fits in (a wider word must break somewhere).
    for (int w : {220, 260, 300, 340, 380, 420, 480})
        QTest::newRow(qPrintable(u"in a label %1 pixels wide"_s.arg(w))) << w;
}

void TestPages::pathsAndVariablesNeverBreak() {
    QFETCH(int, width);
    const Report report = reportFixture(u"diagnosis/apache-semmni-full.json"_s);
    OverviewPage page;
    page.setReport(report);
    QString hint;
    for (QLabel* label : page.findChildren<QLabel*>(u"findingText"_s)) {
        if (label->text().contains(u"APACHE_LOCK_DIR"_s))
            hint = label->text();
    }
    QVERIFY2(!hint.isEmpty(), "the Apache root cause is among the findings");
    const QStringList lines = linesOf(hint, width);
    const QString wordJoiner(QChar(0x2060));
    for (const QString& line : lines) {
        const QString visible = QString(line).remove(wordJoiner).trimmed();
        QVERIFY2(!visible.endsWith(u'$') && !visible.startsWith(u'{') &&
                     !(visible.contains(u"${"_s) && !visible.contains(u"}"_s)),
                 qPrintable(lines.join(u" | "_s)));
    }
    QVERIFY(lines.join(QString()).remove(wordJoiner).contains(u"fcntl:${APACHE_LOCK_DIR}"_s));
}

void TestPages::diagnosisNamesTheCriticalLimitWhenTheLogsSayNothing_data() {
    QTest::addColumn<bool>("searched");
    QTest::newRow("the logs were searched and showed nothing") << true;
    QTest::newRow("the logs could not be searched") << false;
}

void TestPages::diagnosisNamesTheCriticalLimitWhenTheLogsSayNothing() {
    QFETCH(bool, searched);
    const Report report = reportFixture(u"diagnosis/apache-semmni-full.json"_s);
    bool critical = false;
    for (const Finding& f : report.findings)
        critical = critical || f.level == Level::Critical;
    QVERIFY2(critical, "the overview calls the host critical");
    DiagnosisPanel panel;
    panel.setReport(report);
    if (searched)
        panel.setSymptoms({});
    else
        panel.setSymptomsUnavailable(u"no helper"_s);
    QVERIFY(panel.diagnoses().isEmpty());
    auto* first = panel.findChild<QWidget*>(u"currentProblem0"_s);
    QVERIFY(first);
    const QString text = first->findChild<QLabel*>(u"diagnosisText"_s)->text();
    QVERIFY2(text.contains(u"Critical"_s) && text.contains(u"SEMMNI"_s), qPrintable(text));
    // The orphans that fill the limit can be cleaned up from here, as from the overview.
    QSignalSpy requested(&panel, &DiagnosisPanel::cleanupRequested);
    first->findChild<QPushButton*>(u"cleanButton"_s)->click();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().value<QList<ObjectRef>>().size(),
             report.count(Verdict::Orphaned));
    // The same objects are not offered twice.
    QVERIFY(!panel.findChild<QWidget*>(u"currentProblem1"_s) ||
            !panel.findChild<QWidget*>(u"currentProblem1"_s)
                 ->findChild<QPushButton*>(u"cleanButton"_s));
}

// On a 1024×700 screen the Objects page gets about 800×540 pixels.
void TestPages::objectsPageFitsASmallScreen() {
    ObjectsPage page;
    page.resize(800, 540);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setReport(reportFixture(u"analysis/apache-restart-loop.json"_s), false);
    QTableView* view = page.view(ObjectsPage::SemaphoresTab);
    QHeaderView* header = view->horizontalHeader();
    const int software = view->model()->columnCount() - 1;
    QCOMPARE(view->model()->headerData(software, Qt::Horizontal).toString(), u"Software"_s);
    QVERIFY2(header->sectionViewportPosition(software) + header->sectionSize(software) <=
                 view->viewport()->width(),
             "the Software column is on screen");
    // The details are below the tables, as wide as the page.
    QCOMPARE(page.splitter()->orientation(), Qt::Vertical);
    QVERIFY(page.details()->width() >= 700);
    QVERIFY(page.details()->height() >= 160);
    // Every tab title readable without scrolling the tab bar.
    auto* tabs = page.findChild<QTabWidget*>(u"objectTabs"_s);
    QVERIFY(tabs->tabBar()->sizeHint().width() <= tabs->width());
    // Wide enough: side by side again.
    page.resize(1200, 700);
    QTRY_COMPARE(page.splitter()->orientation(), Qt::Horizontal);
    QVERIFY(page.details()->width() >= 300);
}

// The Owners table in the same 800 pixels: the verdict counts, as in the chart, are on screen.
void TestPages::ownersShowTheirVerdictsOnASmallScreen() {
    OwnersPage page;
    page.resize(800, 540);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setReport(reportFixture(u"analysis/non-root-partial-view.json"_s));
    auto* view = page.findChild<QTableView*>(u"ownerTable"_s);
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model());
    QHeaderView* header = view->horizontalHeader();
    for (int column :
         {int(OwnerModel::Owner), int(OwnerModel::Orphaned), int(OwnerModel::PossiblyOrphaned),
          int(OwnerModel::Unknown), int(OwnerModel::InUse)})
        QVERIFY2(header->sectionViewportPosition(column) + header->sectionSize(column) <=
                     view->viewport()->width(),
                 qPrintable(view->model()->headerData(column, Qt::Horizontal).toString()));
}

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
