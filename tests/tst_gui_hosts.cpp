// SPDX-License-Identifier: GPL-3.0-or-later
// Host entries in the real main window, offscreen: edited (a new session with the new settings,
// the same id, the history still under the server's address), duplicated on purpose (two entries
// that share nothing), a host never read shows why instead of an all-clear, and a cleanup of
// other users' objects without administrator rights says so before the wizard starts; removing an
// entry asks while the entry is still the one shown.
#include "analysis/analyzer.h"
#include "dialogs/dialoghook.h"
#include "dialogs/guiprompter.h"
#include "dialogs/hostactions.h"
#include "dialogs/settingsdialog.h"
#include "guisettings.h"
#include "host/hostpages.h"
#include "mainwindow.h"
#include "models/hostlistmodel.h"
#include "pages/objectspage.h"
#include "session/hostcontroller.h"
#include "util/appsettings.h"
#include "util/language.h"
#include "widgets/nodatapanel.h"

#include "fixtures.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace ipcscope;
using namespace Qt::StringLiterals;
using testgui::settingsDir;

namespace {

// A port on 127.0.0.1 that was free a moment ago: nothing listens, connections are refused.
int closedPort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 1;
    return probe.serverPort();
}

HostConfig unreachableHost(int port) {
    HostConfig config;
    config.kind = HostConfig::Kind::Ssh;
    config.host = u"127.0.0.1"_s;
    config.port = port;
    config.user = u"root"_s;
    config.name = u"Test server"_s;
    config.connectTimeoutSeconds = 5;
    return config;
}

QAction* actionNamed(const QList<QAction*>& actions, const QString& name) {
    for (QAction* a : actions) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}

} // namespace

class TestGuiHosts : public QObject {
    Q_OBJECT
public:
    static void initMain() {
        testgui::useOwnSettings();
        testgui::useBuiltHelper();
    }

private slots:
    void initTestCase() {
        QVERIFY(settingsDir()->isValid());
        installTranslators(u"en"_s);
    }
    // Every test starts with no saved hosts and no dialog answers.
    void init() {
        DialogRunner::testHook = nullptr;
        settings::setSavedHosts({});
    }
    void cleanup() {
        DialogRunner::testHook = nullptr;
        settings::setSavedHosts({});
    }

    void editingAHostConnectsAgainWithTheNewSettings() {
        const int port = closedPort();
        MainWindow window;
        const int row = window.hosts()->addHost(unreachableHost(port));
        const QString id = window.hosts()->config(row).id;
        QVERIFY(!id.isEmpty());
        window.selectHost(row);
        QPointer<HostController> before = window.controllerAt(row);
        QCOMPARE(before->historyKey(), u"127.0.0.1:%1"_s.arg(port));

        DialogRunner::testHook = [](QDialog* dialog) {
            QCOMPARE(dialog->objectName(), u"editHostDialog"_s);
            auto* user = dialog->findChild<QLineEdit*>(u"userEdit"_s);
            QCOMPARE(user->text(), u"root"_s);
            user->clear();
            QTest::keyClicks(user, u"operator"_s);
            QTest::mouseClick(dialog->findChild<QCheckBox*>(u"sudoCheck"_s), Qt::LeftButton);
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"saveHostButton"_s), Qt::LeftButton);
        };
        window.findChild<QAction*>(u"editHostAction"_s)->trigger();

        // The old controller (and its session) is gone; the new one has the new settings.
        QVERIFY(before.isNull());
        HostController* after = window.controllerAt(row);
        QCOMPARE(after->config().user, u"operator"_s);
        QVERIFY(after->config().sudo);
        QCOMPARE(after->config().id, id);
        QCOMPARE(window.hosts()->rowCount(), 2);
        // The history belongs to the server's address, not to the login.
        QCOMPARE(after->historyKey(), u"127.0.0.1:%1"_s.arg(port));
        const QList<HostConfig> saved = settings::savedHosts();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).user, u"operator"_s);
        QCOMPARE(saved.at(0).id, id);
        QVERIFY(saved.at(0).sudo);
    }

    void anEditWithABadPortIsRefusedInWords() {
        MainWindow window;
        const int row = window.hosts()->addHost(unreachableHost(closedPort()));
        window.selectHost(row);
        QString problem;
        DialogRunner::testHook = [&](QDialog* dialog) {
            if (dialog->objectName() == u"editHostProblemBox"_s) {
                problem = static_cast<QMessageBox*>(dialog)->text();
                dialog->accept();
                return;
            }
            auto* host = dialog->findChild<QLineEdit*>(u"hostEdit"_s);
            host->clear();
            QTest::keyClicks(host, u"db 1"_s);
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"saveHostButton"_s), Qt::LeftButton);
            QVERIFY(dialog->isVisible()); // still open: nothing was saved
            dialog->reject();
        };
        window.editHost(row);
        QCOMPARE(problem, u"\"db 1\" is not a valid host name."_s);
        QCOMPARE(window.hosts()->config(row).host, u"127.0.0.1"_s);
    }

    void aDuplicatedEntrySharesNothingWithTheOriginal() {
        MainWindow window;
        const int row = window.hosts()->addHost(unreachableHost(closedPort()));
        window.selectHost(row);
        auto* list = window.findChild<QListView*>(u"hostList"_s);
        // From the host list's context menu.
        QAction* duplicate = actionNamed(list->actions(), u"duplicateHostAction"_s);
        QVERIFY(duplicate);
        QVERIFY(actionNamed(list->actions(), u"editHostAction"_s));
        duplicate->trigger();

        const int copy = window.currentHostRow();
        QCOMPARE(copy, row + 1);
        HostListModel* hosts = window.hosts();
        QCOMPARE(hosts->config(copy).name, u"Test server (copy)"_s);
        QCOMPARE(hosts->config(copy).target(), hosts->config(row).target());
        QVERIFY(hosts->config(copy).id != hosts->config(row).id);
        QCOMPARE(settings::savedHosts().size(), 2);

        HostController* original = window.controllerAt(row);
        HostController* twin = window.controllerAt(copy);
        QVERIFY(original != twin);
        QVERIFY(original->session() != twin->session());
        twin->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!twin->isRefreshing(), 30000);
        QVERIFY(twin->lastError().has_value());
        // The original heard nothing of its twin's attempt.
        QVERIFY(!original->hasTried());
        QVERIFY(!original->lastError().has_value());
        QCOMPARE(hosts->status(row), HostListModel::Status::NotRefreshed);
        QCOMPARE(hosts->status(copy), HostListModel::Status::Unreachable);
        // The local machine cannot be duplicated or removed; of its settings only administrator
        // mode can be changed.
        window.selectHost(0);
        QVERIFY(!duplicate->isEnabled());
        QVERIFY(!actionNamed(list->actions(), u"removeHostAction"_s)->isEnabled());
        QAction* edit = actionNamed(list->actions(), u"editHostAction"_s);
        QVERIFY(edit->isEnabled());
        bool asked = false;
        DialogRunner::testHook = [&](QDialog* dialog) {
            asked = true;
            QVERIFY(!dialog->findChild<QLineEdit*>(u"hostEdit"_s)->isEnabled());
            QVERIFY(!dialog->findChild<QLineEdit*>(u"userEdit"_s)->isEnabled());
            QVERIFY(dialog->findChild<QCheckBox*>(u"sudoCheck"_s)->isEnabled());
            dialog->reject();
        };
        edit->trigger();
        QVERIFY(asked);
    }

    // The known_hosts file chosen in Settings is the one every saved server's session uses
    // ("Trust and remember" writes there), unless the entry names its own.
    void theKnownHostsFileOfTheSettingsIsUsed() {
        settings::setKnownHostsFile(u"/tmp/ipcscope-test-known_hosts"_s);
        const auto reset = qScopeGuard([] { settings::setKnownHostsFile(QString()); });
        MainWindow window;
        const int row = window.hosts()->addHost(unreachableHost(closedPort()));
        QCOMPARE(window.controllerAt(row)->config().knownHostsFile,
                 u"/tmp/ipcscope-test-known_hosts"_s);
        HostConfig own = unreachableHost(closedPort());
        own.knownHostsFile = u"/tmp/own-known_hosts"_s;
        const int ownRow = window.hosts()->addHost(own);
        QCOMPARE(window.controllerAt(ownRow)->config().knownHostsFile, u"/tmp/own-known_hosts"_s);
    }

    // A finding's restriction on the Objects page stays with its host: another host shows all
    // of its own objects (their ids and keys may be the same).
    void aFindingsObjectsRestrictionStaysWithItsHost() {
        MainWindow window;
        const int row = window.hosts()->addHost(unreachableHost(closedPort()));
        window.selectHost(0);
        auto* pages = window.findChild<HostPages*>();
        QVERIFY(pages);
        pages->objects()->showObjects({}, u"3 orphaned semaphore sets of Apache."_s);
        auto* bar = pages->objects()->findChild<QWidget*>(u"restrictionBar"_s);
        QVERIFY(bar && !bar->isHidden());
        window.selectHost(row);
        QVERIFY(bar->isHidden());
    }

    // The question names the host the list and the pages show, and Cancel leaves both on it;
    // only Remove takes the entry away.
    void removingAHostAsksWhileItIsStillShown() {
        MainWindow window;
        const int row = window.hosts()->addHost(unreachableHost(closedPort()));
        window.selectHost(row);
        auto* list = window.findChild<QListView*>(u"hostList"_s);
        auto* pages = window.findChild<HostPages*>();
        QVERIFY(pages);
        HostController* controller = window.controllerAt(row);
        QAction* remove = actionNamed(list->actions(), u"removeHostAction"_s);
        QVERIFY(remove && remove->isEnabled());

        int asked = 0;
        DialogRunner::testHook = [&](QDialog* dialog) {
            ++asked;
            auto* box = qobject_cast<QMessageBox*>(dialog);
            QVERIFY(box);
            QVERIFY(box->text().contains(u"Test server"_s));
            // While the question is open, everything still shows the host in question.
            QCOMPARE(window.currentHostRow(), row);
            QCOMPARE(list->currentIndex().row(), row);
            QCOMPARE(pages->controller(), controller);
            box->reject();
        };
        remove->trigger();
        QCOMPARE(asked, 1);
        QCOMPARE(window.hosts()->rowCount(), 2);
        QCOMPARE(window.currentHostRow(), row);
        QCOMPARE(list->currentIndex().row(), row);
        QCOMPARE(pages->controller(), controller);

        DialogRunner::testHook = [&](QDialog* dialog) {
            ++asked;
            auto* box = qobject_cast<QMessageBox*>(dialog);
            for (QAbstractButton* b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click();
            }
        };
        remove->trigger();
        QCOMPARE(asked, 2);
        QCOMPARE(window.hosts()->rowCount(), 1);
        QVERIFY(settings::savedHosts().isEmpty());
        QCOMPARE(window.currentHostRow(), 0);
        QCOMPARE(list->currentIndex().row(), 0);
        QCOMPARE(pages->controller(), window.controllerAt(0));
    }

    // Every page fits a 1024-pixel-wide screen, in German too (its labels are longer): the
    // window's minimum width must leave room.
    void theWindowFitsA1024WideScreenInEveryLanguage() {
        for (const QString& language : {u"de"_s, u"en"_s}) {
            installTranslators(language);
            MainWindow window;
            QVERIFY2(window.minimumSizeHint().width() <= 1024,
                     qPrintable(u"%1: %2"_s.arg(language).arg(window.minimumSizeHint().width())));
            // Within each menu, every shortcut letter leads to one entry.
            QStringList clashes;
            for (QAction* menuAction : window.menuBar()->actions()) {
                QMenu* menu = menuAction->menu();
                QVERIFY(menu);
                QHash<QChar, QString> taken;
                for (QAction* a : menu->actions()) {
                    const qsizetype amp = a->text().indexOf(u'&');
                    if (a->isSeparator() || amp < 0 || amp + 1 >= a->text().size())
                        continue;
                    const QChar key = a->text().at(amp + 1).toLower();
                    if (taken.contains(key))
                        clashes << u"%1 and %2 in %3"_s.arg(taken.value(key), a->text(),
                                                            menu->title());
                    taken.insert(key, a->text());
                }
            }
            QVERIFY2(clashes.isEmpty(), qPrintable(language + u": "_s + clashes.join(u"; "_s)));
        }
    }

    // A label with a mnemonic ("&Key file:") needs a buddy, or the "&" is shown as it is.
    void labelsWithAShortcutHaveAFieldToGoTo() {
        EditHostDialog edit(unreachableHost(22));
        SettingsDialog settingsDialog;
        for (QDialog* dialog : std::initializer_list<QDialog*>{&edit, &settingsDialog}) {
            int labels = 0;
            for (QLabel* label : dialog->findChildren<QLabel*>()) {
                if (!label->text().contains(u'&') || label->textFormat() == Qt::RichText)
                    continue;
                ++labels;
                QVERIFY2(label->buddy(), qPrintable(label->text()));
            }
            QVERIFY(labels >= 3);
        }
    }

    void aHostNeverReadShowsWhyInsteadOfAnAllClear() {
        MainWindow window;
        window.resize(1024, 700);
        const int port = closedPort();
        const int row = window.hosts()->addHost(unreachableHost(port));
        window.selectHost(row); // not shown yet: nothing is read on its own
        auto* panel = window.findChild<NoDataPanel*>(u"noDataPanel"_s);
        QVERIFY(panel);
        QVERIFY(!panel->isHidden());
        QCOMPARE(panel->title(), u"<h3>No data: Test server was not read yet</h3>"_s);
        auto* retry = panel->findChild<QPushButton*>(u"noDataRetryButton"_s);
        QCOMPARE(retry->text(), u"&Connect"_s);

        window.show(); // the window reads the host shown once it runs
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        HostController* c = window.controllerAt(row);
        QTRY_VERIFY_WITH_TIMEOUT(c->hasTried() && !c->isRefreshing(), 30000);
        QSignalSpy started(c, &HostController::refreshStarted);
        QVERIFY(retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(started.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!c->isRefreshing(), 30000);
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->title(), u"<h3>No data: Test server could not be read</h3>"_s);
        QVERIFY2(panel->text().endsWith(
                     u"Check the address and port (Edit host…), that the server is running and "
                     "that its SSH server accepts connections from here, then retry."_s),
                 qPrintable(panel->text()));
        QCOMPARE(retry->text(), u"&Retry"_s);
        // The panel covers the page: no overview of an empty snapshot shows through.
        auto* pages = window.findChild<HostPages*>(u"pageTabs"_s);
        QCOMPARE(pages->currentIndex(), int(HostPages::OverviewIndex));
        QCOMPARE(panel->geometry().size(), pages->currentWidget()->size());
        for (int page : {HostPages::ObjectsIndex, HostPages::OwnersIndex,
                         HostPages::SuggestionsIndex, HostPages::PlannerIndex}) {
            window.showPage(HostPages::Page(page));
            QVERIFY(panel->isVisible());
        }
        // History has data of its own (earlier reads of the server).
        window.showPage(HostPages::HistoryIndex);
        QVERIFY(!panel->isVisible());
        window.showPage(HostPages::OverviewIndex);
        QVERIFY(panel->isVisible());
        // The local machine, once read, shows its pages.
        window.selectHost(0);
        QTRY_VERIFY_WITH_TIMEOUT(window.currentReport().has_value(), 60000);
        QVERIFY(!panel->isVisible());
    }

    void cleanupOfOtherUsersObjectsOffersSudoFirst() {
        MainWindow window;
        const int row = window.hosts()->addHost(unreachableHost(closedPort()));
        // A snapshot read as alice (uid 1000) of objects that belong to www-data (uid 33).
        Snapshot snapshot = testsupport::analysisFixture(u"apache-crashed"_s);
        snapshot.host.euid = 1000;
        snapshot.host.user = u"alice"_s;
        const Report report = analyze(snapshot);
        QList<ObjectRef> objects;
        for (const ObjectVerdict& o : report.objects)
            objects.append(o.ref);
        QVERIFY(!objects.isEmpty());

        HostActions actions(window.hosts(), window.prompter(), &window);
        QString said;
        DialogRunner::testHook = [&](QDialog* dialog) {
            QCOMPARE(dialog->objectName(), u"cleanupRightsBox"_s);
            said = static_cast<QMessageBox*>(dialog)->text();
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"reconnectSudoButton"_s),
                              Qt::LeftButton);
        };
        QVERIFY(!actions.readyToCleanUp(row, report, false, objects));
        QVERIFY2(said.startsWith(u"%1 of the objects to clean up belong to other users. Test "
                                 "server is connected as alice without administrator mode"_s.arg(
                                     objects.size())),
                 qPrintable(said));
        QVERIFY(window.hosts()->config(row).sudo);
        QVERIFY(settings::savedHosts().at(0).sudo);

        // With administrator rights, or as root, the wizard opens without a question.
        DialogRunner::testHook = [](QDialog* dialog) {
            QFAIL(qPrintable(u"unexpected dialog "_s + dialog->objectName()));
        };
        QVERIFY(actions.readyToCleanUp(row, report, true, objects));
        snapshot.host.euid = 0;
        QVERIFY(actions.readyToCleanUp(row, analyze(snapshot), false, objects));
    }
};

QTEST_MAIN(TestGuiHosts)
#include "tst_gui_hosts.moc"
