// SPDX-License-Identifier: GPL-3.0-or-later
// The Fleet page ("All servers"): every host entry in one table, worst first, and "Refresh all"
// with a bound on how many hosts are read at once, per-host states, progress and cancel. Hosts
// are real: the local machine (the helper this build made) and SSH entries on 127.0.0.1 that
// refuse connections or never answer.
#include "dialogs/dialoghook.h"
#include "dialogs/hostactions.h"
#include "fleet/fleetmodel.h"
#include "fleet/fleetpage.h"
#include "fleet/fleetrefresh.h"
#include "fleet/importdialog.h"
#include "guisettings.h"
#include "host/hostcontrollers.h"
#include "mainwindow.h"
#include "models/hostlistmodel.h"
#include "session/hostcontroller.h"
#include "util/appsettings.h"
#include "util/language.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTcpServer>
#include <QtTest>

#include <algorithm>
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

        // The local machine was read (its state is whatever this machine's IPC objects make it).
        QVERIFY(model.state(0) != FleetModel::HostState::Failed);
        QVERIFY(model.state(0) != FleetModel::HostState::NotChecked);
        QCOMPARE(model.index(0, FleetModel::Helper).data().toString(),
                 QStringLiteral(IPCSCOPE_VERSION));
        QCOMPARE(model.index(0, FleetModel::Orphaned).data().toString(), u"0"_s);
        QVERIFY(model.index(0, FleetModel::LimitUse).data().toString().contains(u" %"_s));
        for (int row = 1; row < 6; ++row) {
            QCOMPARE(model.state(row), FleetModel::HostState::Failed);
            QCOMPARE(model.index(row, FleetModel::State).data().toString(), u"Unreachable"_s);
            // The reason in words where the finding would be.
            const QString why = model.index(row, FleetModel::WorstFinding).data().toString();
            QVERIFY2(why.contains(u"refused the connection"_s), qPrintable(why));
        }

        // Worst first: the failed entries above the machine that is fine, in list order.
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(FleetModel::SortRole);
        sorted.sort(FleetModel::State, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < sorted.rowCount(); ++row)
            order.append(sorted.index(row, FleetModel::Server).data().toString());
        const QStringList down = {u"down1"_s, u"down2"_s, u"down3"_s, u"down4"_s, u"down5"_s};
        if (model.state(0) == FleetModel::HostState::LimitCritical) // worse than unreachable
            QCOMPARE(order, QStringList{u"Local machine"_s} + down);
        else
            QCOMPARE(order, down + QStringList{u"Local machine"_s});

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
        QCOMPARE(model.activity(4), FleetModel::Activity::Waiting);
        QElapsedTimer timer;
        timer.start();
        refresh.cancel();
        QVERIFY(finished.wait(15000));
        QVERIFY2(timer.elapsed() < 15000, "cancel waited for the connection timeout");
        QCOMPARE(refresh.done(), 5);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.activity(row), FleetModel::Activity::None);
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
        QTRY_VERIFY(shownRows(table).contains(u"alpha: Unreachable"_s));

        // F5 on this page refreshes all, Esc cancels it, and the CSV export saves this table.
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(page->refresher()->isRunning());
        QTest::keyClick(&window, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!page->refresher()->isRunning(), 15000);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(window.exportCsv(dir.filePath(u"servers.csv"_s), &error), qPrintable(error));
        QFile csv(dir.filePath(u"servers.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY2(lines.value(0).startsWith("Server,State,Worst finding"),
                 lines.value(0).constData());
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QByteArray& line) {
            return line.startsWith("alpha,Unreachable,");
        }));

        const QModelIndexList found =
            table->model()->match(table->model()->index(0, FleetModel::Server), Qt::DisplayRole,
                                  u"beta"_s, 1, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        const QModelIndex beta = found.first();
        emit table->activated(beta); // what a double-click (or Enter) emits
        QVERIFY(!window.fleetShown());
        QCOMPARE(window.currentHostRow(), 2);
        // The host list shows which entry is open.
        auto* list = window.findChild<QListView*>(u"hostList"_s);
        QCOMPARE(list->selectionModel()->selectedRows().value(0).row(), 2);
    }

    // Host > Import servers…: an Ansible inventory's hosts with their groups, those already in
    // the list not offered again, a typed group added; the page then filters by group.
    void importedServersKeepTheirGroups() {
        settings::setSavedHosts({sshEntry(u"db1"_s, 22)});
        QTemporaryDir dir;
        QFile inventory(dir.filePath(u"hosts"_s));
        QVERIFY(inventory.open(QIODevice::WriteOnly));
        inventory.write("[web]\nweb[1:2] ansible_host=127.0.0.1 ansible_user=root\n"
                        "[db]\ndb1 ansible_host=127.0.0.1 ansible_port=22 ansible_user=root\n");
        inventory.close();
        MainWindow window;
        QList<HostConfig> existing;
        for (int row = 0; row < window.hosts()->rowCount(); ++row)
            existing.append(window.hosts()->config(row));
        ImportDialog dialog(existing);
        auto* kind = dialog.findChild<QComboBox*>(u"importKind"_s);
        kind->setCurrentIndex(1); // Ansible inventory
        dialog.load(inventory.fileName());
        QCOMPARE(dialog.list()->count(), 3);
        QVERIFY(dialog.list()->item(2)->text().contains(u"(already in the list)"_s));
        QCOMPARE(dialog.list()->item(2)->checkState(), Qt::Unchecked);
        dialog.findChild<QLineEdit*>(u"importGroup"_s)->setText(u"customer-a"_s);
        const QList<HostConfig> chosen = dialog.chosen();
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen.at(0).name, u"web1"_s);
        QCOMPARE(chosen.at(0).groups, (QStringList{u"web"_s, u"customer-a"_s}));
        for (const HostConfig& config : chosen)
            window.hosts()->addHost(config);

        window.showFleet();
        auto* group = window.fleetPage()->findChild<QComboBox*>(u"fleetGroup"_s);
        QVERIFY(group);
        QCOMPARE(group->count(), 3); // All groups, customer-a, web
        group->setCurrentIndex(group->findData(u"web"_s));
        QCOMPARE(shownRows(window.fleetPage()->table()),
                 (QStringList{u"web1: Not checked yet"_s, u"web2: Not checked yet"_s}));
    }

    // Edit host changes an entry's groups after the import: typed with commas, each name
    // completed from the groups the other entries have, saved; the page filters by them.
    void groupsAreEditableAfterTheImport() {
        HostListModel hosts;
        HostConfig web = sshEntry(u"web-a"_s, 22);
        web.groups = {u"web"_s, u"customer-a"_s};
        hosts.addHost(web);
        const int db = hosts.addHost(sshEntry(u"db-a"_s, 22));
        HostControllers controllers(&hosts, nullptr, nullptr);
        FleetPage page(&hosts, &controllers);
        QWidget window;
        HostActions actions(&hosts, nullptr, &window);
        QString completion;
        DialogRunner::testHook = [&completion](QDialog* dialog) {
            QCOMPARE(dialog->objectName(), u"editHostDialog"_s);
            auto* groups = dialog->findChild<QLineEdit*>(u"groupsEdit"_s);
            QVERIFY(groups);
            QVERIFY(groups->text().isEmpty());
            QTest::keyClicks(groups, u"database, W"_s);
            QCompleter* completer = groups->completer();
            QCOMPARE(completer->completionCount(), 1);
            completion = completer->pathFromIndex(completer->currentIndex());
            groups->setText(u" database, web,, Database ,"_s);
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"saveHostButton"_s), Qt::LeftButton);
        };
        QCOMPARE(actions.edit(db), db);
        DialogRunner::testHook = nullptr;
        QCOMPARE(completion, u"database, web"_s);
        QCOMPARE(hosts.config(db).groups, (QStringList{u"database"_s, u"web"_s}));
        const QList<HostConfig> saved = settings::savedHosts();
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(1).groups, (QStringList{u"database"_s, u"web"_s}));

        auto* group = page.findChild<QComboBox*>(u"fleetGroup"_s);
        QCOMPARE(group->count(), 4); // All groups, customer-a, database, web
        group->setCurrentIndex(group->findData(u"web"_s));
        QCOMPARE(shownRows(page.table()),
                 (QStringList{u"web-a: Not checked yet"_s, u"db-a: Not checked yet"_s}));
        group->setCurrentIndex(group->findData(u"database"_s));
        QCOMPARE(shownRows(page.table()), QStringList{u"db-a: Not checked yet"_s});

        // The local machine's entry: only its groups (and administrator mode) can be edited,
        // and they are kept for the next start.
        DialogRunner::testHook = [](QDialog* dialog) {
            auto* groups = dialog->findChild<QLineEdit*>(u"groupsEdit"_s);
            QVERIFY(groups->isEnabled());
            QTest::keyClicks(groups, u"lab"_s);
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"saveHostButton"_s), Qt::LeftButton);
        };
        QCOMPARE(actions.edit(0), 0);
        DialogRunner::testHook = nullptr;
        QCOMPARE(hosts.config(0).groups, QStringList{u"lab"_s});
        HostListModel later;
        HostActions(&later, nullptr, &window).load();
        QCOMPARE(later.config(0).groups, QStringList{u"lab"_s});
        QCOMPARE(later.rowCount(), 3);
    }
};

QTEST_MAIN(TestFleet)
#include "tst_fleet.moc"
