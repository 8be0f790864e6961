// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's prompter shows an answer while it is typed only when the server marks the question
// as echoed (keyboard-interactive's echo flag): PAM's password question, a password, a key
// passphrase and the sudo password are typed blind. Driven through GuiPrompter from a worker
// thread, as a session asks; the dialog is answered offscreen through DialogRunner's test hook.
#include "dialogs/dialoghook.h"
#include "dialogs/guiprompter.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace ipcscope;

class TestSecretDialog : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { DialogRunner::testHook = nullptr; }

    void echoModeFollowsTheServersEchoFlag_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("echo");
        QTest::addColumn<int>("echoMode");
        QTest::newRow("PAM's password question (echo off) is typed blind")
            << int(Prompter::SecretKind::KeyboardInteractive) << int(Prompter::Echo::Off)
            << int(QLineEdit::Password);
        QTest::newRow("a keyboard-interactive question marked as echoed is shown")
            << int(Prompter::SecretKind::KeyboardInteractive) << int(Prompter::Echo::On)
            << int(QLineEdit::Normal);
        QTest::newRow("a password is typed blind")
            << int(Prompter::SecretKind::Password) << int(Prompter::Echo::Off)
            << int(QLineEdit::Password);
        QTest::newRow("a key passphrase is typed blind")
            << int(Prompter::SecretKind::KeyPassphrase) << int(Prompter::Echo::Off)
            << int(QLineEdit::Password);
        QTest::newRow("the sudo password is typed blind")
            << int(Prompter::SecretKind::SudoPassword) << int(Prompter::Echo::Off)
            << int(QLineEdit::Password);
    }
    void echoModeFollowsTheServersEchoFlag() {
        QFETCH(int, kind);
        QFETCH(int, echo);
        QFETCH(int, echoMode);
        int seenMode = -1;
        DialogRunner::testHook = [&seenMode](QDialog* dialog) {
            auto* edit = dialog->findChild<QLineEdit*>(u"secretEdit"_s);
            QVERIFY(edit);
            seenMode = int(edit->echoMode());
            QTest::keyClicks(edit, u"Password: 1234"_s);
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"secretOkButton"_s), Qt::LeftButton);
        };
        GuiPrompter prompter(nullptr);
        std::optional<QString> answer;
        QThread* worker = QThread::create([&] {
            answer =
                prompter.secret(Prompter::SecretKind(kind), u"Password: "_s, Prompter::Echo(echo));
        });
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 20000);
        worker->wait();
        delete worker;
        QCOMPARE(seenMode, echoMode);
        QCOMPARE(answer, std::optional<QString>(u"Password: 1234"_s));
    }
};

QTEST_MAIN(TestSecretDialog)
#include "tst_secretdialog.moc"
