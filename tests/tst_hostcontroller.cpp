// SPDX-License-Identifier: GPL-3.0-or-later
// HostController on this machine with the real helper: one controller per host entry, so two
// entries for the same server share neither session nor data; the log search follows the first
// report, or waits until the host is shown after the Fleet page's Refresh all; a cancelled refresh
// keeps the last report; each fresh report goes into the history under the server's address, with
// nobody else passing it on.
#include "session/hostcontroller.h"

#include "helperenv.h"
#include "history/historyservice.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ipcscope;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 60'000; // generous: the machine may be busy; never a speed assertion

using testenv::HelperEnv;

} // namespace

class TestHostController : public QObject {
    Q_OBJECT
private slots:
    void twoEntriesForTheSameServerShareNothing() {
        HelperEnv env(QStringLiteral(IPCSCOPE_HELPER_PATH));
        HostController first(HostConfig{});
        HostController second(HostConfig{});
        QVERIFY(first.session() != second.session());

        QSignalSpy firstReports(&first, &HostController::reportChanged);
        QSignalSpy secondReports(&second, &HostController::reportChanged);
        QSignalSpy failures(&first, &HostController::refreshFailed);
        first.refresh();
        QVERIFY(first.isRefreshing());
        QTRY_VERIFY_WITH_TIMEOUT(!firstReports.isEmpty() || !failures.isEmpty(), kTimeoutMs);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.value(0).value(0).value<Error>().message));
        QVERIFY(!first.isRefreshing());
        QVERIFY(first.report().has_value());
        // The other entry of the same machine heard nothing and knows nothing.
        QVERIFY(secondReports.isEmpty());
        QVERIFY(!second.report().has_value());
        QVERIFY(!second.hasTried());
        QCOMPARE(second.session()->state(), HostSession::State::Idle);
    }

    void freshReportsAreRecordedInTheHistory() {
        HelperEnv env(QStringLiteral(IPCSCOPE_HELPER_PATH));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        HistoryService history;
        history.open(dir.filePath(u"history.sqlite"_s), 90);
        QSignalSpy recorded(&history, &HistoryService::recorded);
        QSignalSpy historyFailures(&history, &HistoryService::failed);
        HostController controller(HostConfig{});
        controller.setHistory(&history);
        QCOMPARE(controller.historyKey(), u"local"_s);

        QSignalSpy reports(&controller, &HostController::reportChanged);
        controller.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 1, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, kTimeoutMs);
        QVERIFY(historyFailures.isEmpty());
        QCOMPARE(recorded.at(0).at(0).toString(), u"local"_s);

        // The recorded sample is the report's: same time and object count.
        std::unique_ptr<HistoryLoad> load = history.load(u"local"_s, 0);
        QSignalSpy loaded(load.get(), &HistoryLoad::finished);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kTimeoutMs);
        const auto series = loaded.at(0).at(0).value<HistorySeries>();
        QCOMPARE(series.samples.size(), qsizetype(1));
        QCOMPARE(series.samples.at(0).time, controller.report()->snapshot.host.time);

        // Without a history nothing is recorded, and nothing fails.
        controller.setHistory(nullptr);
        controller.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 2, kTimeoutMs);
        QTest::qWait(200);
        QCOMPARE(recorded.size(), 1);
    }

    void theLogSearchFollowsTheFirstReport() {
        HelperEnv env(QStringLiteral(IPCSCOPE_HELPER_PATH));
        HostController controller(HostConfig{});
        QSignalSpy symptoms(&controller, &HostController::symptomsChanged);
        controller.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!symptoms.isEmpty(), kTimeoutMs);
        // Either the logs were searched or it says in words why not.
        QVERIFY(controller.symptoms().has_value() || !controller.symptomsUnavailable().isEmpty());
        QVERIFY(controller.diagnosedReport().has_value());
    }

    // The Fleet page's Refresh all leaves each host's log search until its pages show it.
    void aFleetRefreshLeavesTheLogSearchUntilTheHostIsShown() {
        HelperEnv env(QStringLiteral(IPCSCOPE_HELPER_PATH));
        HostController controller(HostConfig{});
        QSignalSpy symptoms(&controller, &HostController::symptomsChanged);
        QSignalSpy reports(&controller, &HostController::reportChanged);
        controller.searchLogs(); // never read: nothing to search with yet
        controller.refresh(HostController::LogSearch::WhenShown);
        QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 1, kTimeoutMs);
        QTest::qWait(500);
        QVERIFY(symptoms.isEmpty());
        QVERIFY(!controller.symptoms().has_value());

        controller.searchLogs(); // the pages show the host
        QTRY_VERIFY_WITH_TIMEOUT(!symptoms.isEmpty(), kTimeoutMs);
        QVERIFY(controller.symptoms().has_value() || !controller.symptomsUnavailable().isEmpty());
        // Shown again right after: the search is not repeated within two minutes.
        const qsizetype searches = symptoms.size();
        controller.searchLogs();
        QTest::qWait(500);
        QCOMPARE(symptoms.size(), searches);
    }

    void aCancelledRefreshKeepsTheLastReport() {
        HelperEnv env(QStringLiteral(IPCSCOPE_HELPER_PATH));
        HostController controller(HostConfig{});
        QSignalSpy reports(&controller, &HostController::reportChanged);
        controller.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 1, kTimeoutMs);
        const qint64 shown = controller.report()->snapshot.host.time;

        QSignalSpy failures(&controller, &HostController::refreshFailed);
        controller.refresh();
        controller.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isRefreshing(), kTimeoutMs);
        if (!failures.isEmpty()) { // unless the snapshot was quicker than the cancel
            QCOMPARE(failures.at(0).at(0).value<Error>().kind, Error::Kind::Cancelled);
            QCOMPARE(controller.report()->snapshot.host.time, shown);
        }
        QVERIFY(controller.report().has_value());
    }
};

QTEST_GUILESS_MAIN(TestHostController)
#include "tst_hostcontroller.moc"
