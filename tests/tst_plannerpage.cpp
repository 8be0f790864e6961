// SPDX-License-Identifier: GPL-3.0-or-later
// The planner page driven offscreen like a person: workloads added, what-if controls changing
// the proposal and the chart at once, the plan saved per host, the sysctl file exported, and
// Apply / Restore through the real helper. As root the test runs itself inside a private IPC
// namespace with a private tmpfs on /etc/sysctl.d (see main()), so the machine's own limits and
// sysctl files are never changed.
#include "dialogs/dialoghook.h"
#include "host/hostpages.h"
#include "planner/plannerchart.h"
#include "planner/plannerpage.h"
#include "planner/proposalmodel.h"
#include "session/hostcontroller.h"
#include "session/hostsession.h"

#include "ipcnsholder.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <linux/magic.h>
#include <sys/vfs.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ipcscope;
using namespace ipcscope::planner;

namespace {

constexpr const char* PrivateEnv = "IPCSCOPE_TEST_PRIVATE_IPC";

QByteArray ipcNamespace() {
    char link[64] = {};
    return ::readlink("/proc/self/ns/ipc", link, sizeof link - 1) > 0 ? QByteArray(link)
                                                                      : QByteArray();
}

// True when this process has left the IPC namespace it started in (main() puts that one in the
// environment) and /etc/sysctl.d is a private tmpfs.
bool isolated() {
    const QByteArray original = qgetenv(PrivateEnv);
    const QByteArray now = ipcNamespace();
    if (original.isEmpty() || now.isEmpty() || now == original)
        return false;
    struct statfs fs {};
    return ::statfs("/etc/sysctl.d", &fs) == 0 && fs.f_type == TMPFS_MAGIC;
}

QString readProc(const char* path) {
    QFile f(QString::fromLatin1(path));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).simplified() : QString();
}

Report smallHost() {
    Report r;
    r.snapshot.host.hostname = u"db1"_s;
    r.snapshot.host.memTotal = 16ull << 30;
    Limits& l = r.snapshot.limits;
    l.semmsl = 250, l.semmns = 32000, l.semopm = 32, l.semmni = 128;
    l.shmmax = 18446744073692774399ull, l.shmall = 18446744073692774399ull, l.shmmni = 4096;
    l.msgmax = 8192, l.msgmnb = 16384, l.msgmni = 32000, l.mqQueuesMax = 256;
    LimitUsage sets;
    sets.parameter = u"kernel.sem"_s, sets.field = u"SEMMNI"_s, sets.unit = u"sets"_s;
    sets.used = 100, sets.limit = 128;
    r.limits = {sets};
    return r;
}

int rowOf(const ProposalModel* m, const QString& field) {
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, ProposalModel::Field).data().toString() == field)
            return r;
    return -1;
}

quint64 cell(const ProposalModel* m, const QString& field, int column) {
    return m->index(rowOf(m, field), column).data(ProposalModel::SortRole).toULongLong();
}

} // namespace

class TestPlannerPage : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addingAWorkloadUpdatesTheProposalAndChartAtOnce();
    void theInstancesSliderIsAWhatIfControl();
    void postgresVersionDecidesWhetherSystemVSetsAreNeeded();
    void thePlanIsSavedPerHost();
    void aFullLimitIsNotCalledEnough();
    void exportWritesTheSysctlFile();
    void removingTheLastWorkloadLeavesNothingToChange();
    void hugeLimitsShowAsUnlimitedAndSizesInExactUnits();
    void applyAndRestoreThroughTheHelper_data();
    void applyAndRestoreThroughTheHelper();
    void applyRefreshesTheHostThroughItsController();
    void aContainersLimitsAreAppliedInItsNamespaceOnly();

private:
    PlannerPage* newPage();
    void add(PlannerPage* page, WorkloadKind kind);
    std::unique_ptr<QTemporaryDir> m_plans;
    std::vector<std::unique_ptr<PlannerPage>> m_pages;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

PlannerPage* TestPlannerPage::newPage() {
    m_pages.push_back(std::make_unique<PlannerPage>());
    PlannerPage* page = m_pages.back().get();
    page->setPlanStore(PlanStore(m_plans->path()));
    page->resize(1200, 800);
    page->show();
    return page;
}

void TestPlannerPage::add(PlannerPage* page, WorkloadKind kind) {
    auto* combo = page->findChild<QComboBox*>(u"workloadKindCombo"_s);
    combo->setCurrentIndex(combo->findData(int(kind)));
    QTest::mouseClick(page->findChild<QPushButton*>(u"addWorkloadButton"_s), Qt::LeftButton);
}

void TestPlannerPage::init() {
    m_plans = std::make_unique<QTemporaryDir>();
}

void TestPlannerPage::cleanup() {
    DialogRunner::testHook = nullptr;
    DialogRunner::fileHook = nullptr;
    m_tester.reset();
    m_pages.clear();
}

void TestPlannerPage::addingAWorkloadUpdatesTheProposalAndChartAtOnce() {
    PlannerPage* page = newPage();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        page->proposalModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page->setReport(smallHost());
    QVERIFY(!page->findChild<QPushButton*>(u"exportButton"_s)->isEnabled());
    add(page, WorkloadKind::Custom);
    auto* sets = page->findChild<QSpinBox*>(u"semSetsSpin"_s);
    QVERIFY(sets->isVisibleTo(page));
    QVERIFY(!page->findChild<QSpinBox*>(u"maxConnectionsSpin"_s)->isVisibleTo(page));
    sets->setValue(50);
    const ProposalModel* m = page->proposalModel();
    QCOMPARE(cell(m, u"SEMMNI"_s, ProposalModel::Used), quint64(100));
    QCOMPARE(cell(m, u"SEMMNI"_s, ProposalModel::Extra), quint64(50));
    QCOMPARE(cell(m, u"SEMMNI"_s, ProposalModel::Required), quint64(150));
    QCOMPARE(cell(m, u"SEMMNI"_s, ProposalModel::Proposed), quint64(32000));
    QVERIFY(m->index(rowOf(m, u"SEMMNI"_s), 0).data(ProposalModel::ChangedRole).toBool());
    QVERIFY(page->findChild<QPlainTextEdit*>(u"changesText"_s)
                ->toPlainText()
                .contains(u"SEMMNI rises from 128 to 32000."_s));
    // The chart: 100 used + 50 planned against a limit of 128 → scaled to 150: 100 in use,
    // 28 of the planned extra fit, nothing free, and the 22 beyond the limit are drawn as
    // "Needed beyond the limit".
    auto* chart = page->findChild<PlannerChart*>(u"plannerChart"_s);
    const int row = int(chart->categories().indexOf(u"SEMMNI"_s));
    QVERIFY(row >= 0);
    const QList<double> bar = chart->values().at(row);
    QVERIFY(qAbs(bar.at(0) - 100.0 * 100 / 150) < 0.01);
    QVERIFY(qAbs(bar.at(1) - 100.0 * 28 / 150) < 0.01);
    QCOMPARE(bar.at(2), 0.0);
    QVERIFY2(qAbs(bar.at(3) - 100.0 * 22 / 150) < 0.01, qPrintable(QString::number(bar.at(3))));
    // The set is in the chart's series under that name, with that value.
    const auto* series =
        qobject_cast<QHorizontalStackedBarSeries*>(chart->chart()->series().value(0));
    QVERIFY(series);
    QCOMPARE(series->barSets().at(3)->label(), u"Needed beyond the limit"_s);
    const int barIndex = int(chart->categories().size()) - 1 - row; // drawn bottom to top
    QVERIFY(qAbs(series->barSets().at(3)->at(barIndex) - 100.0 * 22 / 150) < 0.01);
    // Within the limit nothing is beyond it: SEMMSL (no use, no plan) draws only room.
    const QList<double> semmsl = chart->values().at(chart->categories().indexOf(u"SEMMSL"_s));
    QCOMPARE(semmsl.at(3), 0.0);
    QVERIFY(page->findChild<QPushButton*>(u"exportButton"_s)->isEnabled());
    // No session: nothing can be applied.
    QVERIFY(!page->findChild<QPushButton*>(u"applyButton"_s)->isEnabled());
}

void TestPlannerPage::theInstancesSliderIsAWhatIfControl() {
    PlannerPage* page = newPage();
    page->setReport(smallHost());
    add(page, WorkloadKind::Custom);
    page->findChild<QSpinBox*>(u"semSetsSpin"_s)->setValue(10);
    page->findChild<QSlider*>(u"instancesSlider"_s)->setValue(4);
    QCOMPARE(page->findChild<QSpinBox*>(u"instancesSpin"_s)->value(), 4);
    QCOMPARE(cell(page->proposalModel(), u"SEMMNI"_s, ProposalModel::Extra), quint64(40));
    QCOMPARE(page->plan().workloads.first().instances, 4);
}

void TestPlannerPage::postgresVersionDecidesWhetherSystemVSetsAreNeeded() {
    PlannerPage* page = newPage();
    page->setReport(smallHost());
    add(page, WorkloadKind::PostgreSql);
    auto* version = page->findChild<QSpinBox*>(u"pgVersionSpin"_s);
    version->setValue(9);
    QCOMPARE(cell(page->proposalModel(), u"SEMMNI"_s, ProposalModel::Extra), quint64(8));
    QCOMPARE(cell(page->proposalModel(), u"SEMMNS"_s, ProposalModel::Extra), quint64(136));
    version->setValue(15);
    QCOMPARE(cell(page->proposalModel(), u"SEMMNI"_s, ProposalModel::Extra), quint64(0));
    QCOMPARE(cell(page->proposalModel(), u"SHMMNI"_s, ProposalModel::Extra), quint64(1));
}

void TestPlannerPage::thePlanIsSavedPerHost() {
    PlannerPage* page = newPage();
    page->setReport(smallHost());
    add(page, WorkloadKind::Oracle);
    page->findChild<QSpinBox*>(u"processesSpin"_s)->setValue(600);
    QVERIFY(QFile::exists(m_plans->filePath(u"db1.json"_s)));

    // Read before the page was ever shown, as the main window does at start.
    m_pages.push_back(std::make_unique<PlannerPage>());
    PlannerPage* again = m_pages.back().get();
    again->setPlanStore(PlanStore(m_plans->path()));
    again->setReport(smallHost());
    again->resize(1200, 800);
    again->show();
    QCOMPARE(again->plan().workloads.size(), 1);
    QCOMPARE(again->plan().workloads.first().oracleProcesses, 600);
    QCOMPARE(cell(again->proposalModel(), u"SEMMSL"_s, ProposalModel::Required), quint64(610));
    // The reloaded workload is shown with its own fields, ready to edit.
    auto* processes = again->findChild<QSpinBox*>(u"processesSpin"_s);
    QTRY_VERIFY(processes->isVisible());
    QTRY_VERIFY2(processes->height() >= processes->minimumSizeHint().height(),
                 qPrintable(QString::number(processes->height())));
    QVERIFY(processes->isEnabled());
    QCOMPARE(processes->value(), 600);

    Report other = smallHost();
    other.snapshot.host.hostname = u"web1"_s;
    again->setReport(other);
    QVERIFY(again->plan().workloads.isEmpty());
}

// A new user saw "Enough." next to SEMMNI at 6 of 6, critical on the overview.
void TestPlannerPage::aFullLimitIsNotCalledEnough() {
    PlannerPage* page = newPage();
    Report full = smallHost();
    full.snapshot.limits.semmni = 6;
    full.limits.first().used = 6;
    full.limits.first().limit = 6;
    page->setReport(full);
    const ProposalModel* m = page->proposalModel();
    const int row = rowOf(m, u"SEMMNI"_s);
    QVERIFY(row >= 0);
    QCOMPARE(m->index(row, ProposalModel::Reason).data().toString(),
             u"Full now: nothing more fits. Clean up what was left behind (see the overview and "
             "Suggestions), or raise it."_s);
    // ... and the summary does not say "nothing needs to change" beside it.
    add(page, WorkloadKind::PostgreSql);
    auto* changes = page->findChild<QPlainTextEdit*>(u"changesText"_s);
    QVERIFY(changes);
    QVERIFY2(changes->toPlainText().contains(
                 u"SEMMNI is used up now: nothing more fits until objects are removed (see the "
                 "overview and Suggestions) or the limit is raised."_s),
             qPrintable(changes->toPlainText()));
    QVERIFY(!changes->toPlainText().contains(u"nothing needs to change"_s));
}

void TestPlannerPage::exportWritesTheSysctlFile() {
    PlannerPage* page = newPage();
    page->setReport(smallHost());
    add(page, WorkloadKind::Sap);
    QTemporaryDir out;
    const QString path = out.filePath(u"90-ipcscope.conf"_s);
    DialogRunner::fileHook = [&](const QString& suggested) {
        return suggested == u"90-ipcscope.conf"_s ? path : QString();
    };
    QTest::mouseClick(page->findChild<QPushButton*>(u"exportButton"_s), Qt::LeftButton);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QCOMPARE(text, page->proposal().sysctlFile());
    QVERIFY(text.contains(u"kernel.sem = 32000 1024000000 500 32000\n"_s));
}

void TestPlannerPage::removingTheLastWorkloadLeavesNothingToChange() {
    PlannerPage* page = newPage();
    page->setReport(smallHost());
    add(page, WorkloadKind::Db2);
    QVERIFY(page->proposal().hasChanges());
    QTest::mouseClick(page->findChild<QPushButton*>(u"removeWorkloadButton"_s), Qt::LeftButton);
    QVERIFY(page->plan().workloads.isEmpty());
    QVERIFY(!page->proposal().hasChanges());
    QVERIFY(!page->findChild<QPushButton*>(u"exportButton"_s)->isEnabled());
}

void TestPlannerPage::hugeLimitsShowAsUnlimitedAndSizesInExactUnits() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    PlannerPage* page = newPage();
    Report report = smallHost(); // SHMMAX and SHMALL at the kernel's no-limit default
    page->setReport(report);
    const ProposalModel* m = page->proposalModel();
    auto shown = [&](const char* field, int column) {
        return m->index(rowOf(m, QString::fromLatin1(field)), column).data().toString();
    };
    QCOMPARE(shown("SHMMAX", ProposalModel::Limit), u"unlimited"_s);
    QCOMPARE(shown("SHMALL", ProposalModel::Limit), u"unlimited"_s);
    QCOMPARE(shown("SEMMNI", ProposalModel::Limit), u"128"_s);
    // The raw value still sorts.
    QCOMPARE(cell(m, u"SHMMAX"_s, ProposalModel::Limit), 18446744073692774399ull);
    // Real limits in exact units: 32 MiB, and SHMALL in pages with their size.
    report.snapshot.limits.shmmax = 33554432;
    report.snapshot.limits.shmall = 2097152;
    report.snapshot.host.pageSize = 4096;
    page->setReport(report);
    QCOMPARE(shown("SHMMAX", ProposalModel::Limit), u"32 MiB"_s);
    QCOMPARE(shown("SHMALL", ProposalModel::Limit), u"2,097,152 pages (8 GiB)"_s);
    QCOMPARE(shown("MSGMNB", ProposalModel::Limit), u"16 KiB"_s);
    QLocale::setDefault(QLocale::c());
}

void TestPlannerPage::applyAndRestoreThroughTheHelper_data() {
    QTest::addColumn<QByteArray>("fileBefore");
    QTest::newRow("without a file before, Restore removes the one the Apply made") << QByteArray();
    QTest::newRow("with a file before, Restore puts it back as it was")
        << QByteArray("# tuned by hand\nkernel.msgmni = 32000\nkernel.sem = 250 32000 32 128\n");
}

void TestPlannerPage::applyAndRestoreThroughTheHelper() {
    if (!isolated())
        QSKIP("Applying limits is only tested as root in a private IPC namespace with a private "
              "/etc/sysctl.d (main() sets that up with unshare)");
    QFETCH(QByteArray, fileBefore);
    const QString confPath = u"/etc/sysctl.d/90-ipcscope.conf"_s;
    QFile::remove(confPath);
    if (!fileBefore.isEmpty()) {
        QFile conf(confPath);
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(fileBefore);
    }
    QTemporaryDir state;
    const QString auditPath = state.filePath(u"audit.jsonl"_s);
    qputenv("IPCSCOPE_AUDIT_LOG", auditPath.toUtf8());
    const auto unsetAudit = qScopeGuard([] { qunsetenv("IPCSCOPE_AUDIT_LOG"); });
    const RestoreStore restoreStore(state.filePath(u"restore"_s));

    const QString semBefore = readProc("/proc/sys/kernel/sem");
    HostSession session(*HostConfig::fromTarget(u"local"_s));
    const std::unique_ptr<RefreshReply> reply = session.refresh();
    QSignalSpy reports(reply.get(), &RefreshReply::finished);
    QTRY_VERIFY_WITH_TIMEOUT(reports.count() == 1, 60000);
    PlannerPage* page = newPage();
    page->resize(780, 560); // what the planner gets on a 1024×700 screen
    page->setRestoreStore(restoreStore);
    page->setSession(&session);
    page->setReport(reports.first().at(0).value<Report>());
    add(page, WorkloadKind::Custom);
    // More sets than the kernel accepts: SEMMNI is proposed at IPCMNI.
    page->findChild<QSpinBox*>(u"semSetsSpin"_s)->setValue(40000);
    QCOMPARE(cell(page->proposalModel(), u"SEMMNI"_s, ProposalModel::Proposed), quint64(32768));
    auto* apply = page->findChild<QPushButton*>(u"applyButton"_s);
    QVERIFY(apply->isEnabled());

    // Cancelled: nothing happens.
    QString shown;
    DialogRunner::testHook = [&](QDialog* d) {
        shown = d->findChild<QPlainTextEdit*>(u"confirmText"_s)->toPlainText();
        d->reject();
    };
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(shown.contains(u"sysctl -w kernel.sem='32000 1024000000 500 32768'"_s));
    QVERIFY(shown.contains(u"kernel.sem = 32000 1024000000 500 32768"_s));
    QCOMPARE(readProc("/proc/sys/kernel/sem"), semBefore);

    QSignalSpy changed(page, &PlannerPage::limitsChanged);
    DialogRunner::testHook = [](QDialog* d) {
        QCOMPARE(d->objectName(), u"applyLimitsDialog"_s);
        QTest::mouseClick(d->findChild<QPushButton*>(u"confirmButton"_s), Qt::LeftButton);
    };
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() == 1, 60000);
    QVERIFY(changed.first().at(0).value<LimitsResult>().applied);
    QCOMPARE(readProc("/proc/sys/kernel/sem"), u"32000 1024000000 500 32768"_s);
    QVERIFY(readProc("/etc/sysctl.d/90-ipcscope.conf")
                .contains(u"kernel.sem = 32000 1024000000 500 32768"_s));
    QVERIFY(page->findChild<QPlainTextEdit*>(u"resultText"_s)
                ->toPlainText()
                .contains(u"kernel.sem: %1 → 32000 1024000000 500 32768"_s.arg(semBefore)));

    // The result box takes its room from the text, not from the table: four rows stay, below
    // the chart (not under it) and with their header.
    QApplication::processEvents();
    auto* table = page->findChild<QTableView*>(u"proposalTable"_s);
    auto* chartView = page->findChild<PlannerChart*>(u"plannerChart"_s);
    QVERIFY2(
        table->mapTo(page, QPoint(0, 0)).y() >=
            chartView->mapTo(page, QPoint(0, chartView->height())).y(),
        qPrintable(u"table at %1, chart ends at %2; status: %3; result: %4"_s
                       .arg(table->mapTo(page, QPoint(0, 0)).y())
                       .arg(chartView->mapTo(page, QPoint(0, chartView->height())).y())
                       .arg(page->findChild<QLabel*>(u"statusLabel"_s)->text(),
                            page->findChild<QPlainTextEdit*>(u"resultText"_s)->toPlainText())));
    QVERIFY(table->horizontalHeader()->height() > 0);
    // "Current value" and "Proposed" come first and are on screen without scrolling.
    QHeaderView* columns = table->horizontalHeader();
    QVERIFY(columns->sectionViewportPosition(ProposalModel::Proposed) +
                columns->sectionSize(ProposalModel::Proposed) <=
            table->viewport()->width());
    QVERIFY2(
        table->viewport()->height() >= 4 * table->rowHeight(0),
        qPrintable(
            u"%1 px for rows of %2"_s.arg(table->viewport()->height()).arg(table->rowHeight(0))));

    // What to restore is on disk: a new page (the application restarted) still offers it.
    QVERIFY(QFile::exists(restoreStore.pathFor(u"local"_s)));
    m_pages.clear();
    page = newPage();
    page->setRestoreStore(restoreStore);
    page->setSession(&session);
    page->setReport(reports.first().at(0).value<Report>());
    QSignalSpy changedAgain(page, &PlannerPage::limitsChanged);
    auto* restore = page->findChild<QPushButton*>(u"restoreButton"_s);
    QVERIFY(restore->isEnabled());
    QString restoreText;
    DialogRunner::testHook = [&](QDialog* d) {
        QCOMPARE(d->objectName(), u"restoreLimitsDialog"_s);
        restoreText = d->findChild<QPlainTextEdit*>(u"confirmText"_s)->toPlainText();
        QTest::mouseClick(d->findChild<QPushButton*>(u"confirmButton"_s), Qt::LeftButton);
    };
    QTest::mouseClick(restore, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(changedAgain.count() == 1, 60000);
    QVERIFY(changedAgain.first().at(0).value<LimitsResult>().applied);
    QCOMPARE(readProc("/proc/sys/kernel/sem"), semBefore);
    QVERIFY(!restore->isEnabled());
    QVERIFY(!QFile::exists(restoreStore.pathFor(u"local"_s)));
    if (fileBefore.isEmpty()) {
        QVERIFY2(restoreText.contains(u"/etc/sysctl.d/90-ipcscope.conf did not exist before the "
                                      "Apply: it is removed."_s),
                 qPrintable(restoreText));
        QVERIFY(!QFile::exists(confPath));
    } else {
        QVERIFY2(restoreText.contains(QString::fromUtf8(fileBefore)), qPrintable(restoreText));
        QFile conf(confPath);
        QVERIFY(conf.open(QIODevice::ReadOnly));
        QCOMPARE(conf.readAll(), fileBefore);
    }
    QFile::remove(confPath);

    // Both changes are in the audit log, intent before and result after each.
    QFile audit(auditPath);
    QVERIFY(audit.open(QIODevice::ReadOnly));
    QStringList phases;
    for (const QByteArray& line : audit.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        phases.append(o.value(u"limits"_s).toString() + u' ' + o.value(u"phase"_s).toString());
        QCOMPARE(o.value(u"host"_s).toString(), u"local"_s);
    }
    QCOMPARE(phases, (QStringList{u"apply intent"_s, u"apply result"_s, u"restore intent"_s,
                                  u"restore result"_s}));
}

// After Apply the pages show what the kernel now has: the host is read again through its own
// controller (HostPages connects the planner to it; no private refresh that could be dropped).
void TestPlannerPage::applyRefreshesTheHostThroughItsController() {
    HostController controller(*HostConfig::fromTarget(u"local"_s));
    HostPages pages;
    pages.setController(&controller);
    QSignalSpy started(&controller, &HostController::refreshStarted);
    QVERIFY(!controller.isRefreshing());
    LimitsResult result;
    result.applied = true;
    emit pages.planner()->limitsChanged(result);
    QCOMPARE(started.count(), 1);
    QVERIFY(controller.isRefreshing());
    QSignalSpy shown(&pages, &HostPages::reportShown);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1, 60000);
    pages.setController(nullptr);
}

// A container (a process in an IPC namespace of its own, SEMMNI 8, two sets) is chosen on the
// page: the plan is its own, Apply sets its limits in its namespace and nowhere else, says they
// are lost at a restart and how to keep them, writes no sysctl.d file; Restore puts them back.
void TestPlannerPage::aContainersLimitsAreAppliedInItsNamespaceOnly() {
    if (!isolated())
        QSKIP("Applying limits is only tested as root in a private IPC namespace with a private "
              "/etc/sysctl.d (main() sets that up with unshare)");
    testns::IpcNamespaceHolder holder(testns::IpcNamespaceHolder::Holds::NamespaceOnly, 0x5e700000,
                                      2, false, 8);
    QVERIFY2(holder.ns() != 0, qPrintable(holder.errorString()));
    const auto containerSem = [&holder] {
        return QString::fromLatin1(holder.run(u"cat"_s, {u"/proc/sys/kernel/sem"_s})).simplified();
    };
    QCOMPARE(containerSem(), u"250 32000 32 8"_s);
    const QString hostSem = readProc("/proc/sys/kernel/sem");
    QFile::remove(u"/etc/sysctl.d/90-ipcscope.conf"_s);
    QTemporaryDir state;
    qputenv("IPCSCOPE_AUDIT_LOG", state.filePath(u"audit.jsonl"_s).toUtf8());
    const auto unsetAudit = qScopeGuard([] { qunsetenv("IPCSCOPE_AUDIT_LOG"); });

    HostSession session(*HostConfig::fromTarget(u"local"_s));
    const std::unique_ptr<RefreshReply> reply = session.refresh();
    QSignalSpy reports(reply.get(), &RefreshReply::finished);
    QTRY_VERIFY_WITH_TIMEOUT(reports.count() == 1, 60000);
    PlannerPage* page = newPage();
    page->setRestoreStore(RestoreStore(state.filePath(u"restore"_s)));
    page->setSession(&session);
    page->setReport(reports.first().at(0).value<Report>());
    auto* box = page->findChild<QComboBox*>(u"plannerNamespace"_s);
    QVERIFY(box && !box->isHidden());
    const int entry = box->findData(QVariant::fromValue<quint64>(holder.ns()));
    QVERIFY(entry > 0);
    box->setCurrentIndex(entry);
    emit box->activated(entry);
    // The container's own SEMMNI (8, two sets in use) is what the plan starts from.
    QCOMPARE(cell(page->proposalModel(), u"SEMMNI"_s, ProposalModel::Limit), quint64(8));
    QVERIFY(!page->findChild<QPushButton*>(u"exportButton"_s)->isEnabled() ||
            !page->proposal().hasChanges());
    add(page, WorkloadKind::Custom);
    page->findChild<QSpinBox*>(u"semSetsSpin"_s)->setValue(20);
    const quint64 proposed = cell(page->proposalModel(), u"SEMMNI"_s, ProposalModel::Proposed);
    QVERIFY(proposed >= 22);
    QVERIFY(!page->findChild<QPushButton*>(u"exportButton"_s)->isEnabled());

    QString shown;
    QSignalSpy changed(page, &PlannerPage::limitsChanged);
    DialogRunner::testHook = [&](QDialog* d) {
        shown = d->findChild<QPlainTextEdit*>(u"confirmText"_s)->toPlainText();
        QTest::mouseClick(d->findChild<QPushButton*>(u"confirmButton"_s), Qt::LeftButton);
    };
    QTest::mouseClick(page->findChild<QPushButton*>(u"applyButton"_s), Qt::LeftButton);
    QVERIFY2(shown.startsWith(u"In the container "_s), qPrintable(shown));
    QVERIFY(shown.contains(u"they are lost when the container restarts"_s));
    QVERIFY(shown.contains(u"docker run --sysctl kernel.sem="_s));
    QVERIFY(!shown.contains(u"These lines are set in /etc/sysctl.d"_s));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() == 1, 60000);
    const auto applied = changed.first().at(0).value<LimitsResult>();
    QVERIFY2(applied.applied, qPrintable(applied.message));
    QCOMPARE(containerSem(), u"250 32000 32 %1"_s.arg(proposed));
    QCOMPARE(readProc("/proc/sys/kernel/sem"), hostSem); // the host's are untouched
    QVERIFY(!QFile::exists(u"/etc/sysctl.d/90-ipcscope.conf"_s));

    // Restore puts the container's value back, in the container.
    auto* restore = page->findChild<QPushButton*>(u"restoreButton"_s);
    QVERIFY(restore->isEnabled());
    QString restoreText;
    DialogRunner::testHook = [&](QDialog* d) {
        restoreText = d->findChild<QPlainTextEdit*>(u"confirmText"_s)->toPlainText();
        QTest::mouseClick(d->findChild<QPushButton*>(u"confirmButton"_s), Qt::LeftButton);
    };
    QTest::mouseClick(restore, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() == 2, 60000);
    QVERIFY(restoreText.startsWith(u"In the container "_s));
    QCOMPARE(containerSem(), u"250 32000 32 8"_s);
    QCOMPARE(readProc("/proc/sys/kernel/sem"), hostSem);

    // The host keeps a plan of its own.
    box->setCurrentIndex(0);
    emit box->activated(0);
    QVERIFY(page->plan().workloads.isEmpty());
}

// As root, run the test again inside `unshare --ipc --mount` with a tmpfs on /etc/sysctl.d:
// the helper then changes only that namespace's limits and that private directory.
int main(int argc, char** argv) {
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet(PrivateEnv)) {
        qputenv(PrivateEnv, ipcNamespace());
        std::vector<char*> args = {const_cast<char*>("unshare"),
                                   const_cast<char*>("--ipc"),
                                   const_cast<char*>("--mount"),
                                   const_cast<char*>("--propagation"),
                                   const_cast<char*>("private"),
                                   const_cast<char*>("--"),
                                   const_cast<char*>("sh"),
                                   const_cast<char*>("-c"),
                                   const_cast<char*>("mount -t tmpfs ipcscope-test /etc/sysctl.d; "
                                                     "exec \"$0\" \"$@\"")};
        for (int i = 0; i < argc; ++i)
            args.push_back(argv[i]);
        args.push_back(nullptr);
        ::execvp("unshare", args.data());
        // No unshare: run here; the apply test skips (isolated() is false).
    }
    QApplication app(argc, argv);
    TestPlannerPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_plannerpage.moc"
