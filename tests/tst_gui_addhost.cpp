// SPDX-License-Identifier: GPL-3.0-or-later
// The Add host wizard against a real sshd on 127.0.0.1: walk the pages like a person, answer
// the unknown host key from the session's worker thread, see every stage reported, and find the
// host saved in the sidebar. A failing server reports the stage that failed.
#include "dialogs/addhostwizard.h"
#include "dialogs/dialoghook.h"
#include "dialogs/guiprompter.h"
#include "guisettings.h"
#include "mainwindow.h"
#include "models/hostlistmodel.h"
#include "requireall.h"
#include "util/appsettings.h"
#include "util/language.h"

#include "sshdfixture.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace ipcscope;
using namespace Qt::StringLiterals;

class TestGuiAddHost : public QObject {
    Q_OBJECT
public:
    static void initMain() {
        testgui::useOwnSettings();
        testgui::useBuiltHelper();
    }

private slots:
    void initTestCase();
    void cleanup() { DialogRunner::testHook = nullptr; }
    void wizardTestsAndSavesTheHost();
    void refusedHostKeyFailsAtThatStage();
    void aClosedPortFailsAtTheFirstStage();
    void aHelperFailingWhileReadingFailsAtTheLastStage();

private:
    // Fills the wizard's first two pages and goes to the test page.
    void fillIn(QWizard* wizard, int port);
    // What the wizard's connection test showed: a line per stage, and its verdict (empty if
    // none came within a minute).
    struct TestOutcome {
        QStringList stages;
        QString result;
    };
    // Shows the wizard, fills it in for this port and waits for the connection test's verdict.
    TestOutcome runTest(QWizard* wizard, int port);

    std::unique_ptr<testssh::SshdFixture> m_sshd;
};

void TestGuiAddHost::initTestCase() {
    if (::geteuid() != 0)
        QSKIP("needs root: the test starts its own sshd on 127.0.0.1");
    if (!QFile::exists(u"/usr/sbin/sshd"_s))
        IPCSCOPE_SKIP_MISSING("/usr/sbin/sshd is missing (install openssh-server)");
    installTranslators(u"en"_s);
    m_sshd = std::make_unique<testssh::SshdFixture>();
    QVERIFY2(m_sshd->start(), qPrintable(m_sshd->errorString()));
    m_sshd->usePrivateHome(); // the helper is deployed into the fixture's own ~/.cache
    settings::setKnownHostsFile(m_sshd->knownHostsPath());
}

void TestGuiAddHost::fillIn(QWizard* wizard, int port) {
    QTest::keyClicks(wizard->findChild<QLineEdit*>(u"hostEdit"_s), u"127.0.0.1"_s);
    auto* portSpin = wizard->findChild<QSpinBox*>(u"portSpin"_s);
    portSpin->setValue(port);
    auto* user = wizard->findChild<QLineEdit*>(u"userEdit"_s);
    user->clear();
    QTest::keyClicks(user, u"root"_s);
    QTest::keyClicks(wizard->findChild<QLineEdit*>(u"nameEdit"_s), u"Test server"_s);
    QTest::keyClicks(wizard->findChild<QLineEdit*>(u"groupsEdit"_s), u"test, local"_s);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();
    QTest::mouseClick(wizard->findChild<QRadioButton*>(u"keyFileRadio"_s), Qt::LeftButton);
    QTest::keyClicks(wizard->findChild<QLineEdit*>(u"keyFileEdit"_s), m_sshd->clientKeyPath());
    wizard->next();
}

TestGuiAddHost::TestOutcome TestGuiAddHost::runTest(QWizard* wizard, int port) {
    wizard->show();
    fillIn(wizard, port);
    auto* log = wizard->findChild<QListWidget*>(u"testLog"_s);
    auto* label = wizard->findChild<QLabel*>(u"testResult"_s);
    TestOutcome outcome;
    if (!QTest::qWaitFor([label] { return !label->text().isEmpty(); }, 60000))
        return outcome;
    for (int i = 0; i < log->count(); ++i)
        outcome.stages.append(log->item(i)->text());
    outcome.result = label->text();
    return outcome;
}

void TestGuiAddHost::wizardTestsAndSavesTheHost() {
    QFile::remove(m_sshd->knownHostsPath());
    MainWindow window;
    window.show();
    QString fingerprint;
    QStringList stages;
    QString result;
    DialogRunner::testHook = [&](QDialog* dialog) {
        if (dialog->objectName() == u"hostKeyDialog"_s) {
            // Asked from the session's worker thread, shown here on the GUI thread.
            fingerprint = dialog->findChild<QLineEdit*>(u"fingerprint"_s)->text();
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"trustSaveButton"_s),
                              Qt::LeftButton);
            return;
        }
        auto* wizard = qobject_cast<QWizard*>(dialog);
        QVERIFY(wizard);
        fillIn(wizard, m_sshd->port());
        auto* log = wizard->findChild<QListWidget*>(u"testLog"_s);
        auto* label = wizard->findChild<QLabel*>(u"testResult"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            wizard->button(QWizard::FinishButton)->isEnabled() && !label->text().isEmpty(), 60000);
        for (int i = 0; i < log->count(); ++i)
            stages.append(log->item(i)->text());
        result = label->text();
        wizard->accept();
    };
    QAction* add = window.findChild<QAction*>(u"addHostAction"_s);
    add->trigger();

    QCOMPARE(fingerprint, m_sshd->hostKeyFingerprint());
    QVERIFY2(result.contains(u"Everything works"_s), qPrintable(result + stages.join(u'\n')));
    QCOMPARE(stages.size(), 5);
    QVERIFY(stages.at(0).startsWith(u"Reach 127.0.0.1:%1"_s.arg(m_sshd->port())));
    QVERIFY(stages.at(1).startsWith(u"Verify the server's host key"_s));
    QVERIFY(stages.at(2).startsWith(u"Log in as root"_s));
    QVERIFY(stages.at(4).contains(u"IPC object"_s));
    // Saved, selected and shown in the window's title.
    HostListModel* hosts = window.hosts();
    QCOMPARE(hosts->rowCount(), 2);
    QCOMPARE(hosts->config(1).host, u"127.0.0.1"_s);
    QCOMPARE(hosts->config(1).groups, (QStringList{u"test"_s, u"local"_s}));
    QCOMPARE(settings::savedHosts().size(), 1);
    QCOMPARE(settings::savedHosts().at(0).groups, (QStringList{u"test"_s, u"local"_s}));
    QCOMPARE(window.windowTitle(), u"Test server — IPC Scope"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentReport().has_value(), 60000);
    // The status bar says which key logged in.
    auto* state = window.findChild<QLabel*>(u"connectionState"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        state->text(),
        u"Connected to Test server · Logged in as root with the key %1."_s.arg(
            m_sshd->clientKeyPath()),
        10000);
    settings::setSavedHosts({});
}

void TestGuiAddHost::refusedHostKeyFailsAtThatStage() {
    QFile::remove(m_sshd->knownHostsPath());
    MainWindow window; // owns the GUI prompter the wizard asks through
    DialogRunner::testHook = [](QDialog* dialog) {
        QCOMPARE(dialog->objectName(), u"hostKeyDialog"_s);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"rejectKeyButton"_s), Qt::LeftButton);
    };
    AddHostWizard wizard(static_cast<Prompter*>(window.prompter()), &window);
    const TestOutcome test = runTest(&wizard, m_sshd->port());
    QVERIFY2(test.result.contains(u"The test failed"_s), qPrintable(test.result));
    QCOMPARE(test.stages.size(), 5);
    QVERIFY(test.stages.at(0).endsWith(u"done"_s));
    QVERIFY2(test.stages.at(1).startsWith(u"Verify the server's host key — failed"_s),
             qPrintable(test.stages.at(1)));
    QVERIFY(test.stages.at(2).endsWith(u"not tried"_s));
    // A failed test may still be saved (the server might just be down right now).
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!QFile(m_sshd->knownHostsPath()).exists() ||
            QFile(m_sshd->knownHostsPath()).size() == 0);
}

// The stage that failed is the one the transport reported last, not one guessed from the error.
void TestGuiAddHost::aClosedPortFailsAtTheFirstStage() {
    int port = 0;
    {
        QTcpServer probe; // free a moment ago: nothing listens there now
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    MainWindow window;
    DialogRunner::testHook = [](QDialog* dialog) {
        QFAIL(qPrintable(u"unexpected dialog "_s + dialog->objectName()));
    };
    AddHostWizard wizard(static_cast<Prompter*>(window.prompter()), &window);
    const TestOutcome test = runTest(&wizard, port);
    QVERIFY(!test.result.isEmpty());
    QCOMPARE(test.stages.size(), 5);
    QCOMPARE(test.stages.at(0), u"Reach 127.0.0.1:%1 — failed"_s.arg(port));
    QCOMPARE(test.stages.at(1), u"Verify the server's host key — not tried"_s);
    QCOMPARE(test.stages.at(4), u"Read the IPC objects — not tried"_s);
}

// A helper error while the objects are read belongs to the reading stage, although its kind
// (HelperFailed) once made the test blame "Start the helper". The output limit stops the
// snapshot after the helper has started.
void TestGuiAddHost::aHelperFailingWhileReadingFailsAtTheLastStage() {
    QFile::remove(m_sshd->knownHostsPath());
    QVERIFY(m_sshd->trustHostKey());
    struct Limit {
        QByteArray old = qgetenv("IPCSCOPE_MAX_HELPER_OUTPUT");
        Limit() { qputenv("IPCSCOPE_MAX_HELPER_OUTPUT", "200"); }
        ~Limit() {
            if (old.isEmpty())
                qunsetenv("IPCSCOPE_MAX_HELPER_OUTPUT");
            else
                qputenv("IPCSCOPE_MAX_HELPER_OUTPUT", old);
        }
    } limit;
    MainWindow window;
    DialogRunner::testHook = [](QDialog* dialog) {
        QFAIL(qPrintable(u"unexpected dialog "_s + dialog->objectName()));
    };
    AddHostWizard wizard(static_cast<Prompter*>(window.prompter()), &window);
    const TestOutcome test = runTest(&wizard, m_sshd->port());
    QVERIFY2(test.result.contains(u"exceeded"_s), qPrintable(test.result));
    QCOMPARE(test.stages.size(), 5);
    QCOMPARE(test.stages.at(3), u"Start the helper — done"_s);
    QCOMPARE(test.stages.at(4), u"Read the IPC objects — failed"_s);
}

QTEST_MAIN(TestGuiAddHost)
#include "tst_gui_addhost.moc"
