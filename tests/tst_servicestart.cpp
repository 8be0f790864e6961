// SPDX-License-Identifier: GPL-3.0-or-later
// The after-care offer to start software that is not running: the real helper's start-service
// command refuses names outside its allowlist (exit 2, nothing run) and, for an allowed name,
// reports what this machine's real systemctl said; the wizard's starter widget walked offscreen
// with a real local session, the confirmation answered through DialogRunner's test hook.
// Nothing is faked: on this machine systemctl may be missing or systemd may not be PID 1, and the
// test asserts whichever is true here. It never starts real software (see startableHere()).
#include "cleanup/servicestart.h"
#include "cleanup/servicestarter.h"
#include "dialoganswers.h"
#include "dialogs/dialoghook.h"
#include "session/hostsession.h"

#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ipcscope;

namespace {

// uWSGI: allowed by the helper and rarely installed; see startableHere().
const QString Service = u"uwsgi"_s;

HelperOutput runHelper(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(IPCSCOPE_HELPER_PATH), args);
    p.waitForFinished(150000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

bool hasSystemctl() {
    return QFile::exists(u"/usr/bin/systemctl"_s) || QFile::exists(u"/bin/systemctl"_s);
}

bool systemdIsInit() {
    QFile comm(u"/proc/1/comm"_s);
    return comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "systemd";
}

// On a machine where systemd runs and the unit exists, the test would really start uWSGI: it
// is skipped there rather than change the machine.
bool startableHere() {
    if (!systemdIsInit())
        return false;
    for (const char* dir :
         {"/etc/systemd/system/", "/lib/systemd/system/", "/usr/lib/systemd/system/"})
        if (QFile::exists(QString::fromLatin1(dir) + Service + u".service"_s))
            return true;
    return false;
}

// What the real helper must have answered on this machine.
void verifyMachineAnswer(const HelperOutput& out) {
    if (!hasSystemctl()) {
        QCOMPARE(out.exitCode, 1);
        QVERIFY(out.err.contains("systemd is not available on this server"));
        QVERIFY(out.out.isEmpty());
        return;
    }
    QCOMPARE(out.exitCode, 0);
    const Result<ServiceStartResult> r = parseServiceStart(out, Service);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
    QCOMPARE(r.value().service, Service);
    QCOMPARE(r.value().command, u"systemctl start uwsgi"_s);
    // Not booted with systemd, or no such unit: systemctl fails and says why.
    QVERIFY(!r.value().active);
    QVERIFY(r.value().exitCode != 0);
    QVERIFY(!r.value().output.trimmed().isEmpty());
}

// The software whose service the starter offers to start.
Software uwsgi() {
    Software sw;
    sw.id = u"uwsgi"_s;
    sw.name = u"uWSGI"_s;
    sw.serviceName = Service;
    return sw;
}

} // namespace

class TestServiceStart : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void helperRefusesNames_data();
    void helperRefusesNames();
    void helperReportsWhatSystemctlSaid();
    void parserTurnsRefusalsIntoSentences();
    void starterDeclinedRunsNothing();
    void starterShowsTheOutput();
    void cleanup() { DialogRunner::testHook = nullptr; }
};

void TestServiceStart::initTestCase() {
    qputenv("IPCSCOPE_HELPER", IPCSCOPE_HELPER_PATH);
    if (startableHere())
        QSKIP("systemd runs here and uwsgi.service exists: the test would really start it");
}

void TestServiceStart::helperRefusesNames_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("an unknown service is refused") << QStringList{u"start-service"_s, u"sshd"_s};
    QTest::newRow("a shell metacharacter is refused")
        << QStringList{u"start-service"_s, u"apache2;reboot"_s};
    QTest::newRow("an option-looking name is refused")
        << QStringList{u"start-service"_s, u"--now"_s};
    QTest::newRow("a unit suffix is refused")
        << QStringList{u"start-service"_s, u"apache2.service"_s};
    QTest::newRow("an empty name is refused") << QStringList{u"start-service"_s, QString()};
    QTest::newRow("a missing name is refused") << QStringList{u"start-service"_s};
    QTest::newRow("two names are refused")
        << QStringList{u"start-service"_s, u"apache2"_s, u"httpd"_s};
}

void TestServiceStart::helperRefusesNames() {
    QFETCH(QStringList, args);
    const HelperOutput out = runHelper(args);
    QCOMPARE(out.exitCode, 2);
    QVERIFY(out.out.isEmpty()); // no JSON: systemctl was never run
    QVERIFY(!out.err.isEmpty());
}

void TestServiceStart::helperReportsWhatSystemctlSaid() {
    verifyMachineAnswer(runHelper({u"start-service"_s, Service}));
}

void TestServiceStart::parserTurnsRefusalsIntoSentences() {
    const HelperOutput refused = runHelper({u"start-service"_s, u"sshd"_s});
    const Result<ServiceStartResult> r = parseServiceStart(refused, u"sshd"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::NotSupported);
    QVERIFY(r.error().message.contains(u"sshd"_s));
    QVERIFY(r.error().detail.contains(u"not a service IPC Scope starts"_s));
}

void TestServiceStart::starterDeclinedRunsNothing() {
    HostSession session(HostConfig{});
    ServiceStarter starter(&session, uwsgi(), u"here"_s);
    starter.show();
    QVERIFY(starter.findChild<QLabel*>(u"serviceStartCommand"_s)
                ->text()
                .contains(u"systemctl start uwsgi"_s));
    auto* button = starter.findChild<QPushButton*>(u"startServiceButton"_s);
    QVERIFY(button && button->isVisible());
    int asked = 0;
    testgui::answerServiceStart(asked, u"systemctl start uwsgi"_s, QMessageBox::No);
    button->click();
    QCOMPARE(asked, 1);
    QVERIFY(!starter.isBusy());
    QVERIFY(button->isEnabled());
    QVERIFY(!starter.findChild<QPlainTextEdit*>(u"serviceStartOutput"_s)->isVisible());
}

void TestServiceStart::starterShowsTheOutput() {
    HostSession session(HostConfig{});
    ServiceStarter starter(&session, uwsgi(), u"here"_s);
    starter.show();
    auto* button = starter.findChild<QPushButton*>(u"startServiceButton"_s);
    QVERIFY(button);
    DialogRunner::testHook = [](QDialog* dialog) {
        qobject_cast<QMessageBox*>(dialog)->button(QMessageBox::Yes)->click();
    };
    QSignalSpy finished(&starter, &ServiceStarter::finished);
    button->click();
    // The window stays responsive: the click returned while the helper runs on the worker.
    QVERIFY(starter.isBusy());
    QVERIFY(starter.findChild<QProgressBar*>(u"serviceStartProgress"_s)->isVisible());
    QVERIFY(!button->isEnabled());
    while (finished.isEmpty())
        QVERIFY(finished.wait(150000));
    QVERIFY(!starter.isBusy());
    QVERIFY(!starter.findChild<QProgressBar*>(u"serviceStartProgress"_s)->isVisible());
    auto* status = starter.findChild<QLabel*>(u"serviceStartStatus"_s);
    QVERIFY(status->isVisible() && !status->text().isEmpty());
    auto* output = starter.findChild<QPlainTextEdit*>(u"serviceStartOutput"_s);
    QVERIFY(output->isReadOnly());
    if (hasSystemctl()) {
        // What systemctl said here, shown as it said it.
        const HelperOutput direct = runHelper({u"start-service"_s, Service});
        verifyMachineAnswer(direct);
        QVERIFY(output->isVisible());
        QCOMPARE(output->toPlainText(), parseServiceStart(direct, Service).value().output);
        QVERIFY(status->text().contains(u"could not be started"_s));
    } else {
        QVERIFY(status->text().contains(u"does not use systemd"_s));
    }
    QVERIFY(button->isEnabled()); // it can be tried again
}

QTEST_MAIN(TestServiceStart)
#include "tst_servicestart.moc"
