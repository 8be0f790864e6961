// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window on the local machine, with IPC objects this test created: find them,
// read their details, filter by owner, switch pages, export CSV, refresh in place, and answer
// the host-key and password dialogs that a session's worker thread asks for.
#include "cleanup/cleanupwizard.h"
#include "dialogs/dialoghook.h"
#include "dialogs/guiprompter.h"
#include "guisettings.h"
#include "mainwindow.h"
#include "models/hostlistmodel.h"
#include "models/objectfilterproxy.h"
#include "models/objecttablemodel.h"
#include "models/ownermodel.h"
#include "pages/objectdetailspanel.h"
#include "pages/objectspage.h"
#include "pages/ownerspage.h"
#include "planner/workload.h"
#include "transport/helperlocator.h"
#include "util/exporter.h"
#include "util/language.h"
#include "widgets/errorbanner.h"

#include "testipc.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <memory>

using namespace ipcscope;
using namespace Qt::StringLiterals;
using testgui::settingsDir;

class TestGuiMainWindow : public QObject {
    Q_OBJECT
public:
    // Before QApplication exists: our own settings and history, and the build's helper.
    static void initMain() {
        testgui::useOwnSettings();
        testgui::useBuiltHelper();
    }

private slots:
    void theAboutBoxNamesTheServerHelpers();
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void titleNamesTheHost();
    void overviewCountsTheObjects();
    void logsAreSearchedAfterTheFirstReport();
    void findingASetShowsItsDetails();
    void ownerFilterKeepsThatUsersObjects();
    void clickingAnOwnerFiltersTheTables();
    void pagesSwitchWithTheKeyboard();
    void csvExportMatchesTheTable();
    void refreshKeepsTheSelection();
    void hostKeyDialogAnswersTheWorkerThread();
    void passwordDialogAnswersTheWorkerThread();
    void cancelledPasswordDialogGivesNothing();
    void unreachableHostSaysWhatHappened();
    void cleanUpOpensTheGuidedCleanup();
    void windowBehindTheWizardShowsTheHostAfterTheRemoval();
    void aSavedWorkloadShowsItsFieldsInANewWindow();

private:
    QTableView* semaphoreView() const;
    ObjectFilterProxy* semaphoreProxy() const;
    void showOurSet();

    std::unique_ptr<testipc::SemSet> m_sem;
    std::unique_ptr<testipc::ShmSegment> m_shm;
    std::unique_ptr<testipc::MsgQueue> m_msg;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiMainWindow::initTestCase() {
    QVERIFY(settingsDir()->isValid());
    installTranslators(u"en"_s);
    m_sem = std::make_unique<testipc::SemSet>(testipc::uniqueKey(1), 3);
    QVERIFY(m_sem->id >= 0);
    QVERIFY(m_sem->setValue(1, 7));
    m_shm = std::make_unique<testipc::ShmSegment>(testipc::uniqueKey(2), 65536);
    QVERIFY(m_shm->id >= 0);
    m_msg = std::make_unique<testipc::MsgQueue>(testipc::uniqueKey(3));
    QVERIFY(m_msg->id >= 0);

    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentReport().has_value(), 60000);
}

void TestGuiMainWindow::cleanupTestCase() {
    m_window.reset();
    m_msg.reset();
    m_shm.reset();
    m_sem.reset();
}

// The window is shared (one real read of the machine); each test starts from the same state: the
// local machine's overview, no filters, no selection left by the test before.
void TestGuiMainWindow::init() {
    m_window->selectHost(0);
    m_window->showPage(MainWindow::OverviewIndex);
    ObjectsPage* objects = m_window->objectsPage();
    objects->setOwnerFilter({});
    objects->setVerdictFilter(std::nullopt);
    if (auto* filter = m_window->findChild<QLineEdit*>(u"filterEdit"_s))
        filter->clear();
    if (QTableView* view = semaphoreView())
        view->clearSelection();
}

void TestGuiMainWindow::cleanup() {
    DialogRunner::testHook = nullptr;
    DialogRunner::fileHook = nullptr;
}

// A new user found a saved PostgreSQL workload with only its name and instances after a restart.
// The About box says which server architectures this copy has a helper for, and which were left
// out of the build (remote-helper/cross.cmake).
void TestGuiMainWindow::theAboutBoxNamesTheServerHelpers() {
    const QString text = MainWindow::aboutText();
    QVERIFY2(text.contains(u"<h3>IPC Scope 0.1.0</h3>"_s), qPrintable(text));
    if (ipcscope::leftOutHelperArchitectures().isEmpty()) {
        QVERIFY2(text.contains(u"<p>Helper programs for servers with these processors: x86_64, "
                               "aarch64, ppc64le, and s390x.</p>"_s),
                 qPrintable(text));
        QVERIFY(!text.contains(u"No helper was built"_s));
    } else {
        QVERIFY2(text.contains(u"<p>No helper was built into this copy for: "_s), qPrintable(text));
        QVERIFY(text.contains(u"Servers with these processors are read with standard tools "
                              "instead (reduced detail, no cleanup).</p>"_s));
    }
}

void TestGuiMainWindow::aSavedWorkloadShowsItsFieldsInANewWindow() {
    m_window->showPage(MainWindow::PlannerIndex);
    auto* combo = m_window->findChild<QComboBox*>(u"workloadKindCombo"_s);
    combo->setCurrentIndex(combo->findData(int(planner::WorkloadKind::PostgreSql)));
    QTest::mouseClick(m_window->findChild<QPushButton*>(u"addWorkloadButton"_s), Qt::LeftButton);
    m_window->findChild<QSpinBox*>(u"maxConnectionsSpin"_s)->setValue(321);

    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QTRY_VERIFY_WITH_TIMEOUT(again.currentReport().has_value(), 60000);
    again.showPage(MainWindow::PlannerIndex);
    auto* connections = again.findChild<QSpinBox*>(u"maxConnectionsSpin"_s);
    // Visible, and given room by the form (a row the form still counts as hidden is 0 high).
    QTRY_VERIFY(connections->isVisible());
    QTRY_VERIFY2(connections->height() >= connections->minimumSizeHint().height(),
                 qPrintable(QString::number(connections->height())));
    QCOMPARE(connections->value(), 321);
    QVERIFY(connections->isEnabled());
}

QTableView* TestGuiMainWindow::semaphoreView() const {
    return m_window->findChild<QTableView*>(u"semaphoreTable"_s);
}

ObjectFilterProxy* TestGuiMainWindow::semaphoreProxy() const {
    return qobject_cast<ObjectFilterProxy*>(semaphoreView()->model());
}

// Ctrl+F, then type our set's key, then click its row.
void TestGuiMainWindow::showOurSet() {
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto* filter = m_window->findChild<QLineEdit*>(u"filterEdit"_s);
    QVERIFY(filter);
    QTRY_VERIFY(filter->hasFocus());
    filter->clear();
    QTest::keyClicks(filter, QString::asprintf("0x%08x", quint32(testipc::uniqueKey(1))));
    QTRY_COMPARE(semaphoreProxy()->rowCount(), 1);
    QTableView* view = semaphoreView();
    auto* tabs = m_window->findChild<QTabWidget*>(u"objectTabs"_s);
    tabs->setCurrentWidget(view);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(semaphoreProxy()->index(0, 1)).center());
    QTRY_VERIFY(view->selectionModel()->isRowSelected(0, {}));
}

void TestGuiMainWindow::titleNamesTheHost() {
    QCOMPARE(m_window->windowTitle(), u"Local machine — IPC Scope"_s);
    auto* hosts = m_window->findChild<QAbstractItemView*>(u"hostList"_s);
    QVERIFY(hosts);
    QCOMPARE(hosts->model()->index(0, 0).data().toString(), u"Local machine"_s);
    QVERIFY(hosts->model()
                ->index(0, 0)
                .data(HostListModel::StatusTextRole)
                .toString()
                .contains(u"ago"_s) ||
            hosts->model()
                ->index(0, 0)
                .data(HostListModel::StatusTextRole)
                .toString()
                .contains(u"just now"_s));
}

void TestGuiMainWindow::overviewCountsTheObjects() {
    auto* sets = m_window->findChild<QLabel*>(u"typeCount0"_s);
    auto* segments = m_window->findChild<QLabel*>(u"typeCount1"_s);
    QVERIFY(sets && segments);
    QVERIFY(sets->text().remove(u',').toInt() >= 1);
    QVERIFY(segments->text().remove(u',').toInt() >= 1);
    auto* header = m_window->findChild<QLabel*>(u"overviewHeader"_s);
    QVERIFY(header->text().contains(m_window->currentReport()->snapshot.host.hostname));
}

// After the first snapshot the window asks the helper to search the host's logs; the Diagnosis
// page then shows what it found (diagnosis cards) or that nothing was found — never "not searched
// yet", and never a failure: the helper runs here.
void TestGuiMainWindow::logsAreSearchedAfterTheFirstReport() {
    const auto searched = [this] {
        if (m_window->findChild<QWidget*>(u"diagnosis0"_s))
            return true;
        const QList<QLabel*> labels = m_window->findChildren<QLabel*>(u"noDiagnosis"_s);
        for (const QLabel* label : labels) {
            if (label->text().contains(u"No known IPC failure"_s))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(searched(), 60000);
    for (const QLabel* label : m_window->findChildren<QLabel*>(u"noDiagnosis"_s))
        QVERIFY2(!label->text().contains(u"could not be searched"_s), qPrintable(label->text()));
}

void TestGuiMainWindow::findingASetShowsItsDetails() {
    showOurSet();
    auto* title = m_window->findChild<QLabel*>(u"detailsTitle"_s);
    QTRY_COMPARE(title->text(), u"Semaphore set %1"_s.arg(m_sem->id));
    QCOMPARE(m_window->findChild<QLineEdit*>(u"removeCommand"_s)->text(),
             u"ipcrm -s %1"_s.arg(m_sem->id));
    QCOMPARE(m_window->findChild<QLineEdit*>(u"inspectCommand"_s)->text(),
             u"ipcs -s -i %1"_s.arg(m_sem->id));
    auto* values = m_window->findChild<QTableView*>(u"semaphoreValuesTable"_s);
    QCOMPARE(values->model()->rowCount(), 3);
    QCOMPARE(values->model()->index(1, 1).data().toInt(), 7);
    auto* verdict = m_window->findChild<QLabel*>(u"detailsVerdict"_s);
    QVERIFY(!verdict->text().isEmpty());
    auto* reasons = m_window->findChild<QLabel*>(u"detailsReasons"_s);
    QVERIFY(!reasons->text().isEmpty());
}

void TestGuiMainWindow::ownerFilterKeepsThatUsersObjects() {
    m_window->findChild<QLineEdit*>(u"filterEdit"_s)->clear();
    auto* owner = m_window->findChild<QComboBox*>(u"ownerFilter"_s);
    QVERIFY(owner);
    const int root = owner->findData(u"root"_s);
    QVERIFY(root > 0);
    owner->setFocus();
    owner->setCurrentIndex(root);
    ObjectFilterProxy* proxy = semaphoreProxy();
    QTRY_VERIFY(proxy->rowCount() >= 1);
    for (int r = 0; r < proxy->rowCount(); ++r)
        QCOMPARE(proxy->index(r, 0).data(ObjectTableModel::OwnerRole).toString(), u"root"_s);
    owner->setCurrentIndex(0);
}

void TestGuiMainWindow::clickingAnOwnerFiltersTheTables() {
    m_window->showPage(MainWindow::OwnersIndex);
    auto* table = m_window->findChild<QTableView*>(u"ownerTable"_s);
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, OwnerModel::Owner).data().toString() == u"root"_s)
            row = r;
    }
    QVERIFY(row >= 0);
    const QRect cell = table->visualRect(table->model()->index(row, OwnerModel::Owner));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    auto* pages = m_window->findChild<QTabWidget*>(u"pageTabs"_s);
    QTRY_COMPARE(pages->currentIndex(), int(MainWindow::ObjectsIndex));
    QCOMPARE(m_window->findChild<QComboBox*>(u"ownerFilter"_s)->currentData().toString(),
             u"root"_s);
    m_window->findChild<QComboBox*>(u"ownerFilter"_s)->setCurrentIndex(0);
}

void TestGuiMainWindow::pagesSwitchWithTheKeyboard() {
    auto* pages = m_window->findChild<QTabWidget*>(u"pageTabs"_s);
    const QStringList names = {u"overviewPage"_s, u"objectsPage"_s, u"ownersPage"_s,
                               u"historyPage"_s, u"suggestionsPage"_s};
    for (int i = 0; i < names.size(); ++i) {
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::AltModifier);
        QTRY_COMPARE(pages->currentIndex(), i);
        QCOMPARE(pages->currentWidget()->objectName(), names.at(i));
    }
}

void TestGuiMainWindow::csvExportMatchesTheTable() {
    m_window->showPage(MainWindow::ObjectsIndex);
    showOurSet();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"objects.csv"_s);
    DialogRunner::fileHook = [path](const QString& suggested) {
        return suggested.endsWith(u".csv"_s) ? path : QString();
    };
    auto* action = m_window->findChild<QAction*>(u"exportCsvAction"_s);
    QVERIFY(action);
    action->trigger();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv, tableToCsv(semaphoreProxy(), ObjectTableModel::ExportRole));
    const QList<QByteArray> lines = csv.split('\n');
    QVERIFY(lines.at(0).startsWith("Verdict,Key,ID,Owner,Permissions,Semaphores,"));
    const QByteArray expected =
        ',' + QString::asprintf("0x%08x", quint32(testipc::uniqueKey(1))).toUtf8() + ',' +
        QByteArray::number(m_sem->id) + ",root,0600,3,";
    QVERIFY2(lines.at(1).contains(expected), lines.at(1).constData());
}

void TestGuiMainWindow::refreshKeepsTheSelection() {
    m_window->showPage(MainWindow::ObjectsIndex);
    showOurSet();
    QTableView* view = semaphoreView();
    const QString identity = view->currentIndex().data(ObjectTableModel::IdentityRole).toString();
    QVERIFY(!identity.isEmpty());
    QSignalSpy shown(m_window.get(), &MainWindow::reportShown);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 60000);
    QVERIFY(view->selectionModel()->hasSelection());
    QCOMPARE(view->selectionModel()
                 ->selectedRows()
                 .first()
                 .data(ObjectTableModel::IdentityRole)
                 .toString(),
             identity);
    QCOMPARE(m_window->findChild<QLabel*>(u"detailsTitle"_s)->text(),
             u"Semaphore set %1"_s.arg(m_sem->id));
}

void TestGuiMainWindow::hostKeyDialogAnswersTheWorkerThread() {
    HostKeyInfo key{u"10.0.0.7"_s, 22, u"ssh-ed25519"_s, u"SHA256:abcdefTESTfingerprint"_s, {},
                    u"db1"_s};
    QString seenFingerprint;
    bool named = false;
    DialogRunner::testHook = [&](QDialog* dialog) {
        QCOMPARE(dialog->objectName(), u"hostKeyDialog"_s);
        seenFingerprint = dialog->findChild<QLineEdit*>(u"fingerprint"_s)->text();
        // The entry that asks is named beside its address (entries may share one).
        for (const QLabel* label : dialog->findChildren<QLabel*>())
            named = named || label->text().contains(u"connected to db1 (10.0.0.7) before"_s);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"trustOnceButton"_s), Qt::LeftButton);
    };
    std::optional<Prompter::HostKeyAnswer> answer;
    // The worker asks and waits; the GUI thread keeps running its event loop meanwhile.
    QThread* worker = QThread::create([&] { answer = m_window->prompter()->unknownHostKey(key); });
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 20000);
    worker->wait();
    delete worker;
    QCOMPARE(seenFingerprint, key.fingerprint);
    QVERIFY(named);
    QCOMPARE(answer, Prompter::HostKeyAnswer::AcceptOnce);
}

void TestGuiMainWindow::passwordDialogAnswersTheWorkerThread() {
    DialogRunner::testHook = [](QDialog* dialog) {
        QCOMPARE(dialog->objectName(), u"secretDialog"_s);
        auto* edit = dialog->findChild<QLineEdit*>(u"secretEdit"_s);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QTest::keyClicks(edit, u"s3cret horse"_s);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"secretOkButton"_s), Qt::LeftButton);
    };
    std::optional<QString> secret;
    QThread* worker = QThread::create([&] {
        secret =
            m_window->prompter()->secret(Prompter::SecretKind::Password, u"root@db1's password:"_s);
    });
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 20000);
    worker->wait();
    delete worker;
    QCOMPARE(secret, std::optional<QString>(u"s3cret horse"_s));
}

void TestGuiMainWindow::cancelledPasswordDialogGivesNothing() {
    DialogRunner::testHook = [](QDialog* dialog) {
        dialog->reject();
    };
    std::optional<QString> secret = u"unchanged"_s;
    QThread* worker = QThread::create([&] {
        secret =
            m_window->prompter()->secret(Prompter::SecretKind::KeyPassphrase, u"Passphrase:"_s);
    });
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 20000);
    worker->wait();
    delete worker;
    QVERIFY(!secret.has_value());
}

void TestGuiMainWindow::unreachableHostSaysWhatHappened() {
    // A port that was free a moment ago: nothing listens, the connection is refused.
    int port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    HostConfig config;
    config.kind = HostConfig::Kind::Ssh;
    config.host = u"127.0.0.1"_s;
    config.port = port;
    config.user = u"root"_s;
    config.connectTimeoutSeconds = 5;
    const int row = m_window->hosts()->addHost(config);
    m_window->selectHost(row);
    m_window->refresh();
    auto* banner = m_window->findChild<ErrorBanner*>(u"errorBanner"_s);
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    QVERIFY2(banner->message().contains(u"Could not read"_s), qPrintable(banner->message()));
    QVERIFY(!banner->detail().isEmpty() || banner->message().size() > 40);
    QCOMPARE(m_window->hosts()->status(row), HostListModel::Status::Unreachable);
    QCOMPARE(m_window->windowTitle(), u"root@127.0.0.1:%1 — IPC Scope"_s.arg(port));
    // The local machine's data is still there.
    m_window->selectHost(0);
    QVERIFY(m_window->currentReport().has_value());
    QVERIFY(!banner->isVisible());
    m_window->hosts()->removeHost(row);
}

void TestGuiMainWindow::cleanUpOpensTheGuidedCleanup() {
    QString seen;
    DialogRunner::testHook = [&](QDialog* dialog) {
        seen = QString::fromLatin1(dialog->metaObject()->className());
        dialog->reject(); // a person who changes their mind
    };
    auto* action = m_window->findChild<QAction*>(u"cleanUpAction"_s);
    QVERIFY(action);
    QSignalSpy shown(m_window.get(), &MainWindow::reportShown);
    action->trigger();
    QCOMPARE(seen, u"ipcscope::CleanupWizard"_s);
    // Afterwards the host is read again, and our objects are all still there.
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 60000);
    bool stillThere = false;
    const std::optional<Report> report = m_window->currentReport();
    QVERIFY(report.has_value());
    for (const SemaphoreSet& set : report->snapshot.semaphores)
        stillThere = stillThere || set.id == m_sem->id;
    QVERIFY(stillThere);
}

// Once the removal ran (the wizard's outcome is there), the host is read again while the wizard
// is still open on its results: the window behind it shows the new state, not the old one.
void TestGuiMainWindow::windowBehindTheWizardShowsTheHostAfterTheRemoval() {
    // No automatic refresh meanwhile: only the removal may cause the new read.
    auto* interval = m_window->findChild<QComboBox*>(u"autoRefreshCombo"_s);
    QVERIFY(interval);
    interval->setCurrentIndex(interval->findData(0));
    bool readAgainWhileOpen = false;
    DialogRunner::testHook = [&](QDialog* dialog) {
        auto* wizard = qobject_cast<CleanupWizard*>(dialog);
        QVERIFY(wizard);
        QSignalSpy shown(m_window.get(), &MainWindow::reportShown);
        emit wizard->outcomeReady();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 30000);
        readAgainWhileOpen = true;
        dialog->accept();
    };
    m_window->cleanUp();
    QVERIFY(readAgainWhileOpen);
    interval->setCurrentIndex(interval->findData(60));
}

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
