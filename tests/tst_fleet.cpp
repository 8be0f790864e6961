// SPDX-License-Identifier: GPL-3.0-or-later
// The Fleet page ("All servers"): every host entry in one table, worst first, and "Refresh all"
// with a bound on how many hosts are read at once, per-host states, progress and cancel. Hosts
// are real: the local machine (the helper this build made) and SSH entries on 127.0.0.1 that
// refuse connections or never answer.
#include "fleet/fleetmodel.h"
#include "fleet/fleetpage.h"
#include "fleet/fleetrefresh.h"
#include "guisettings.h"
#include "host/hostcontrollers.h"
#include "mainwindow.h"
#include "models/hostlistmodel.h"
#include "session/hostcontroller.h"
#include "util/appsettings.h"
#include "util/language.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTcpServer>
#include <QtTest>

#include <memory>

using namespace ipcscope;
using namespace Qt::StringLiterals;

namespace {

// A port on 127.0.0.1 that was free a moment ago: nothing listens, connections are refused.
int closedPort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 1;
    return probe.serverPort();
}

HostConfig sshEntry(const QString& name, int port, int timeoutSeconds = 5) {
    HostConfig config;
    config.kind = HostConfig::Kind::Ssh;
    config.host = u"127.0.0.1"_s;
    config.port = port;
    config.user = u"root"_s;
    config.name = name;
    config.connectTimeoutSeconds = timeoutSeconds;
    return config;
}

// The table's rows as the person sees them, top to bottom: "name: state".
QStringList shownRows(QTableView* table) {
    QStringList rows;
    QAbstractItemModel* m = table->model();
    for (int row = 0; row < m->rowCount(); ++row)
        rows.append(m->index(row, FleetModel::Server).data().toString() + u": "_s +
                    m->index(row, FleetModel::State).data().toString());
    return rows;
}

} // namespace

class TestFleet : public QObject {
    Q_OBJECT
public:
    static void initMain() {
        testgui::useOwnSettings();
        testgui::useBuiltHelper();
    }

private slots:
    void initTestCase() {
        QVERIFY(testgui::settingsDir()->isValid());
        installTranslators(u"en"_s);
    }
    void init() {
        settings::setSavedHosts({});
        settings::setFleetConcurrency(8);
    }
    void cleanup() { settings::setSavedHosts({}); }

    // Refresh all reads every entry, never more than the bound at once; the failures say why,
    // the worst come first, and the model stays consistent while rows change under it.
    void refreshAllKeepsTheBoundAndSortsWorstFirst() {
        HostListModel hosts;
        HostControllers controllers(&hosts, nullptr, nullptr);
        FleetRefresh refresh(&hosts, &controllers);
        FleetModel model(&hosts, &controllers, &refresh);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 1; i <= 5; ++i)
            hosts.addHost(sshEntry(u"down%1"_s.arg(i), closedPort()));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(0, FleetModel::State).data().toString(), u"Not checked yet"_s);
        // Nothing was opened just to be listed.
        QCOMPARE(controllers.existing(1), nullptr);

        QSignalSpy finished(&refresh, &FleetRefresh::finished);
        refresh.start(2);
        QVERIFY(refresh.isRunning());
        QCOMPARE(model.index(5, FleetModel::State).data().toString(), u"Waiting to refresh"_s);
        QVERIFY(finished.wait(60000));
        QCOMPARE(refresh.peakRunning(), 2);
        QCOMPARE(refresh.done(), 6);
        QVERIFY(!refresh.isRunning());

        QCOMPARE(model.state(0), FleetModel::HostState::Ok);
        QCOMPARE(model.index(0, FleetModel::Helper).data().toString(),
                 QStringLiteral(IPCSCOPE_VERSION));
        QCOMPARE(model.index(0, FleetModel::Orphaned).data().toString(), u"0"_s);
        QVERIFY(model.index(0, FleetModel::LimitUse).data().toString().contains(u" %"_s));
        for (int row = 1; row < 6; ++row) {
            QCOMPARE(model.state(row), FleetModel::HostState::Failed);
            const QString text = model.index(row, FleetModel::State).data().toString();
            QVERIFY2(text.startsWith(u"Failed: "_s) && text.size() > 12, qPrintable(text));
        }

        // Worst first: the failed entries above the machine that is fine, in list order.
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(FleetModel::SortRole);
        sorted.sort(FleetModel::State, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < sorted.rowCount(); ++row)
            order.append(sorted.index(row, FleetModel::Server).data().toString());
        QCOMPARE(order, (QStringList{u"down1"_s, u"down2"_s, u"down3"_s, u"down4"_s, u"down5"_s,
                                     u"Local machine"_s}));

        // Rows removed and added under the model: the tester checks every signal.
        hosts.removeHost(2);
        hosts.addHost(sshEntry(u"late"_s, closedPort()));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(5, FleetModel::State).data().toString(), u"Not checked yet"_s);
    }

    // Cancel drops the waiting entries and stops the running ones; nothing is left refreshing.
    void cancelStopsRunningAndWaitingHosts() {
        // A server that accepts connections (the kernel does, into the backlog) and never says
        // anything: each connection waits for its SSH banner.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        HostListModel hosts;
        HostControllers controllers(&hosts, nullptr, nullptr);
        FleetRefresh refresh(&hosts, &controllers);
        FleetModel model(&hosts, &controllers, &refresh);
        for (int i = 1; i <= 4; ++i)
            hosts.addHost(sshEntry(u"silent%1"_s.arg(i), silent.serverPort(), 60));
        QSignalSpy finished(&refresh, &FleetRefresh::finished);
        refresh.start(2);
        QTRY_VERIFY(controllers.existing(1) && controllers.existing(1)->isRefreshing());
        QCOMPARE(model.state(4), FleetModel::HostState::Waiting);
        QElapsedTimer timer;
        timer.start();
        refresh.cancel();
        QVERIFY(finished.wait(15000));
        QVERIFY2(timer.elapsed() < 15000, "cancel waited for the connection timeout");
        QCOMPARE(refresh.done(), 5);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.state(row) != FleetModel::HostState::Refreshing);
            QVERIFY(model.state(row) != FleetModel::HostState::Waiting);
        }
    }

    // In the window: "All servers" shows the page, the filter narrows it, and opening a row
    // shows that host's own pages.
    void thePageOpensAHost() {
        settings::setSavedHosts(
            {sshEntry(u"alpha"_s, closedPort()), sshEntry(u"beta"_s, closedPort())});
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* button = window.findChild<QPushButton*>(u"fleetButton"_s);
        QVERIFY(button);
        button->click();
        QVERIFY(window.fleetShown());
        FleetPage* page = window.fleetPage();
        QTableView* table = page->table();
        QCOMPARE(table->model()->rowCount(), 3);

        auto* filter = page->findChild<QLineEdit*>(u"fleetFilter"_s);
        QVERIFY(filter);
        filter->setText(u"bet"_s);
        QCOMPARE(shownRows(table), QStringList{u"beta: Not checked yet"_s});
        filter->clear();

        page->findChild<QPushButton*>(u"refreshAllButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->refresher()->isRunning(), 60000);
        QTRY_COMPARE(shownRows(table).first().left(14), u"alpha: Failed:"_s);

        const QModelIndex beta = table->model()->index(1, FleetModel::Server);
        QCOMPARE(beta.data().toString(), u"beta"_s);
        emit table->doubleClicked(beta);
        QVERIFY(!window.fleetShown());
        QCOMPARE(window.currentHostRow(), 2);
    }
};

QTEST_MAIN(TestFleet)
#include "tst_fleet.moc"
