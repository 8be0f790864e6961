// SPDX-License-Identifier: GPL-3.0-or-later
// LocalTransport against the real helper and against small scripts this test writes and starts
// itself (a helper that sleeps, fails, prints garbage, crashes), so every path is a real process.
#include "shellscript.h"
#include "transport/helpererror.h"
#include "transport/localtransport.h"
#include "transport/prompter.h"

#include "fixtures.h"
#include "largesnapshot.h"
#include "snapshotjson.h"
#include "testipc.h"
#include "valuediff.h"

#include "helperenv.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <thread>

using namespace ipcscope;
using testsupport::processExists;
using testsupport::shellScript;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

using testenv::HelperEnv;

// A prompter that must not be asked: we run as root, so sudo is never used.
class NoQuestions : public Prompter {
public:
    int asked = 0;
    HostKeyAnswer unknownHostKey(const HostKeyInfo&) override {
        ++asked;
        return HostKeyAnswer::Reject;
    }
    std::optional<QString> secret(SecretKind, const QString&, Echo) override {
        ++asked;
        return std::nullopt;
    }
};

// Answers the sudo password question with a fixed answer and counts what it was asked.
class SudoPrompter : public Prompter {
public:
    explicit SudoPrompter(std::optional<QString> answer)
        : m_answer(std::move(answer)) {}
    int asked = 0;
    bool askedForSudo = false;
    HostKeyAnswer unknownHostKey(const HostKeyInfo&) override { return HostKeyAnswer::Reject; }
    std::optional<QString> secret(SecretKind kind, const QString&, Echo) override {
        ++asked;
        askedForSudo = kind == SecretKind::SudoPassword;
        return m_answer;
    }

private:
    std::optional<QString> m_answer;
};

// Run as an ordinary user (the test drops root with setpriv and starts this binary again with
// --sudo-child): administrator mode must go through the real sudo, which wants a password this
// user does not have. Prints one line per case: name, error kind (-1: none), questions asked,
// whether the question was the sudo password.
int sudoChild() {
    const auto report = [](const char* name, const Result<bool>& result, const SudoPrompter& p) {
        std::printf("%s %d %d %d\n", name, result.ok() ? -1 : int(result.error().kind), p.asked,
                    int(p.askedForSudo));
    };
    {
        LocalTransport transport(true);
        SudoPrompter none(std::nullopt);
        report("no-prompter", transport.open(nullptr, {}), none);
    }
    {
        LocalTransport transport(true);
        SudoPrompter cancels(std::nullopt);
        report("cancelled", transport.open(&cancels, {}), cancels);
    }
    {
        LocalTransport transport(true);
        SudoPrompter wrong(u"not the password"_s);
        report("wrong-password", transport.open(&wrong, {}), wrong);
    }
    {
        LocalTransport transport(true);
        SudoPrompter none(std::nullopt);
        const Result<HelperOutput> run = transport.runHelper({u"snapshot"_s}, {}, {});
        report("run-without-prompter", run.ok() ? Result<bool>(true) : Result<bool>(run.error()),
               none);
    }
    std::fflush(stdout);
    return 0;
}

} // namespace

class TestLocalTransport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir; // the fake helpers (shellScript) and what they leave behind

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void realHelperSeesSemaphoreCreatedHere() {
        if (!QFileInfo(QStringLiteral(IPCSCOPE_HELPER_PATH)).isExecutable())
            QFAIL("the helper was not built: " IPCSCOPE_HELPER_PATH);
        const key_t key = testipc::uniqueKey(1);
        testipc::SemSet set(key, 3);
        QVERIFY2(set.id >= 0, strerror(errno));

        HelperEnv env(QStringLiteral(IPCSCOPE_HELPER_PATH));
        LocalTransport transport;
        NoQuestions prompter;
        QVERIFY(transport.open(&prompter, {}).ok());
        const Result<Snapshot> snapshot = transport.snapshot({});
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.ok() ? QString()
                                                         : snapshot.error().message + u" / "_s +
                                                               snapshot.error().detail));
        bool found = false;
        for (const SemaphoreSet& s : snapshot.value().semaphores) {
            if (s.id == set.id) {
                found = true;
                QCOMPARE(s.key, quint32(key));
                QCOMPARE(s.nsems, 3);
                QCOMPARE(s.perms, 0600u);
            }
        }
        QVERIFY(found);
        QCOMPARE(prompter.asked, 0);
    }

    void administratorModeAsRootRunsDirectly() {
        if (geteuid() != 0)
            QSKIP("needs root: as another user administrator mode goes through sudo");
        HelperEnv env(shellScript(m_dir, u"whoami.sh"_s, "id -u"));
        LocalTransport transport(true);
        NoQuestions prompter;
        QVERIFY(transport.open(&prompter, {}).ok());
        QVERIFY(transport.capabilities().elevated);
        const Result<HelperOutput> output = transport.runHelper({}, {}, {});
        QVERIFY(output.ok());
        QCOMPARE(output.value().out.trimmed(), QByteArray("0"));
        QCOMPARE(prompter.asked, 0);
    }

    void administratorModeAsAnOrdinaryUserGoesThroughSudo() {
        if (geteuid() != 0)
            QSKIP("needs root to become an ordinary user for the test");
        const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
        if (setpriv.isEmpty() || QStandardPaths::findExecutable(u"sudo"_s).isEmpty())
            QSKIP("needs setpriv (util-linux) and sudo");
        // Copies that user "nobody" can reach wherever the build tree lives (root's home is 0700
        // on Debian): this test binary (its libraries are static) and the helper.
        QTemporaryDir reachable;
        QVERIFY(reachable.isValid());
        const auto everyoneRunsIt = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                    QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(reachable.path(), everyoneRunsIt));
        const QString self = reachable.filePath(u"tst_localtransport"_s);
        const QString helper = reachable.filePath(u"ipcscope-helper"_s);
        QVERIFY(QFile::copy(QCoreApplication::applicationFilePath(), self));
        QVERIFY(QFile::copy(QStringLiteral(IPCSCOPE_HELPER_PATH), helper));
        QVERIFY(QFile::setPermissions(self, everyoneRunsIt));
        QVERIFY(QFile::setPermissions(helper, everyoneRunsIt));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"IPCSCOPE_HELPER"_s, helper);
        child.setProcessEnvironment(env);
        child.setWorkingDirectory(reachable.path());
        child.start(setpriv, {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, u"--"_s,
                              self, u"--sudo-child"_s});
        QVERIFY(child.waitForFinished(120'000));
        QCOMPARE(child.exitCode(), 0);
        QHash<QByteArray, QList<QByteArray>> cases;
        for (const QByteArray& line : child.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() == 4)
                cases.insert(fields.at(0), fields.mid(1));
        }
        const auto expect = [&cases](const QByteArray& name, Error::Kind kind, int asked) {
            const QList<QByteArray> fields = cases.value(name);
            QCOMPARE(fields.size(), 3);
            QCOMPARE(fields.at(0).toInt(), int(kind));
            QCOMPARE(fields.at(1).toInt(), asked);
            QCOMPARE(fields.at(2).toInt(), asked > 0 ? 1 : 0);
        };
        // Nobody can be asked: a clear refusal, no password prompt anywhere.
        expect("no-prompter", Error::Kind::PermissionDenied, 0);
        expect("run-without-prompter", Error::Kind::PermissionDenied, 0);
        // The person cancels the question.
        expect("cancelled", Error::Kind::Cancelled, 1);
        // A wrong password, fed to sudo on stdin, is refused by sudo itself.
        expect("wrong-password", Error::Kind::PermissionDenied, 1);
    }

    void missingHelperIsAClearError() {
        const QString path = m_dir.filePath(u"no-such-helper"_s);
        HelperEnv env(path);
        LocalTransport transport;
        const Result<bool> opened = transport.open(nullptr, {});
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::HelperFailed);
        QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(u"IPCSCOPE_HELPER"_s));
        // A snapshot without open() says the same instead of running anything.
        const Result<Snapshot> snapshot = transport.snapshot({});
        QVERIFY(!snapshot.ok());
        QCOMPARE(snapshot.error().kind, Error::Kind::HelperFailed);
    }

    void argumentsAndStdinReachTheHelperUnchanged() {
        HelperEnv env(
            shellScript(m_dir, u"echo.sh"_s, "for a in \"$@\"; do echo \"[$a]\"; done; cat"));
        LocalTransport transport;
        QVERIFY(transport.open(nullptr, {}).ok());
        const Result<HelperOutput> output = transport.runHelper(
            {u"remove"_s, u"a b"_s, u"$(touch /tmp/x)"_s, u"'; echo no"_s}, "{\"id\":1}", {});
        QVERIFY(output.ok());
        QCOMPARE(output.value().exitCode, 0);
        QCOMPARE(output.value().out,
                 QByteArray("[remove]\n[a b]\n[$(touch /tmp/x)]\n['; echo no]\n{\"id\":1}"));
    }

    void failures_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");

        QTest::newRow("a helper failing with a reason shows that reason")
            << QByteArray("echo 'ipcscope-helper: /proc is not mounted' >&2; exit 1")
            << int(Error::Kind::HelperFailed) << u"ipcscope-helper: /proc is not mounted"_s;
        QTest::newRow("a helper failing silently names its exit code")
            << QByteArray("exit 3") << int(Error::Kind::HelperFailed) << u"exit code 3"_s;
        QTest::newRow("a usage error says the helper may be of another version")
            << QByteArray("echo 'unknown command: snapshot' >&2; exit 2")
            << int(Error::Kind::HelperFailed) << u"did not understand the request"_s;
        QTest::newRow("garbage on stdout is refused as bad data")
            << QByteArray("echo 'hello, world'") << int(Error::Kind::BadData)
            << u"not valid JSON"_s;
        QTest::newRow("a helper cut off mid-document is refused as bad data")
            << QByteArray("printf '{\"schema\":\"ipcscope.snapshot/1\",\"host\":{'")
            << int(Error::Kind::BadData) << u"cut off"_s;
        QTest::newRow("a helper printing nothing is refused as bad data")
            << QByteArray("exit 0") << int(Error::Kind::BadData) << u"printed no snapshot"_s;
        QTest::newRow("a crashing helper is reported as a crash")
            << QByteArray("kill -SEGV $$") << int(Error::Kind::HelperFailed) << u"crashed"_s;
    }
    void failures() {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, words);
        HelperEnv env(shellScript(m_dir, u"fails.sh"_s, body));
        LocalTransport transport;
        QVERIFY(transport.open(nullptr, {}).ok());
        const Result<Snapshot> snapshot = transport.snapshot({});
        QVERIFY(!snapshot.ok());
        QCOMPARE(int(snapshot.error().kind), kind);
        QVERIFY2(snapshot.error().message.contains(words), qPrintable(snapshot.error().message));
    }

    void cancelStopsALongRun() {
        const QString started = m_dir.filePath(u"started"_s);
        const QString pidFile = m_dir.filePath(u"pid"_s);
        QFile::remove(started);
        // The script records its pid, then becomes `sleep` (exec keeps the pid), so the test can
        // check that exactly this process is gone afterwards.
        HelperEnv env(shellScript(m_dir, u"sleeps.sh"_s,
                                  "echo $$ > '" + pidFile.toLocal8Bit() + "'; touch '" +
                                      started.toLocal8Bit() + "'; exec sleep 300"));
        LocalTransport transport;
        QVERIFY(transport.open(nullptr, {}).ok());
        CancelToken cancel;
        std::thread canceller([&] {
            while (!QFile::exists(started))
                std::this_thread::sleep_for(10ms);
            cancel.cancel();
        });
        const Result<HelperOutput> output = transport.runHelper({u"snapshot"_s}, {}, cancel);
        canceller.join();
        QVERIFY(!output.ok());
        QCOMPARE(output.error().kind, Error::Kind::Cancelled);
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qint64 pid = file.readAll().trimmed().toLongLong();
        QVERIFY(pid > 0);
        QVERIFY2(!processExists(pid), "the stopped helper is still running");
    }

    void alreadyCancelledRunsNothing() {
        const QString marker = m_dir.filePath(u"ran"_s);
        QFile::remove(marker);
        HelperEnv env(shellScript(m_dir, u"marks.sh"_s, "touch '" + marker.toLocal8Bit() + "'"));
        LocalTransport transport;
        CancelToken cancel;
        cancel.cancel();
        const Result<HelperOutput> output = transport.runHelper({}, {}, cancel);
        QVERIFY(!output.ok());
        QCOMPARE(output.error().kind, Error::Kind::Cancelled);
        QVERIFY(!QFile::exists(marker));
    }

    void timeoutStopsAHangingHelper() {
        HelperEnv env(shellScript(m_dir, u"hangs.sh"_s, "exec sleep 300"));
        LocalTransport transport;
        QCOMPARE(transport.timeout(), LocalTransport::kDefaultTimeout);
        transport.setTimeout(200ms);
        const Result<Snapshot> snapshot = transport.snapshot({});
        QVERIFY(!snapshot.ok());
        QCOMPARE(snapshot.error().kind, Error::Kind::Timeout);
        QVERIFY(!snapshot.error().message.isEmpty());
    }

    void largeOutputAndInputAreComplete() {
        // 8 MiB each way: more than any pipe buffer, so reading and writing must interleave.
        HelperEnv env(shellScript(m_dir, u"cat.sh"_s, "cat"));
        LocalTransport transport;
        QByteArray data(8 << 20, 'x');
        for (qsizetype i = 0; i < data.size(); i += 4096)
            data[i] = char('a' + (i / 4096) % 26);
        const Result<HelperOutput> output = transport.runHelper({}, data, {});
        QVERIFY(output.ok());
        QCOMPARE(output.value().out.size(), data.size());
        QVERIFY(output.value().out == data);
    }

    void outputIsHandedOverWhileItArrives() {
        HelperEnv env(shellScript(m_dir, u"slow.sh"_s, "printf first; sleep 0.3; printf second"));
        LocalTransport transport;
        QList<QByteArray> seen;
        const Result<HelperOutput> output =
            transport.runHelperStreaming({}, {}, {}, [&seen](const QByteArray& soFar) {
                seen.append(soFar);
                return true;
            });
        QVERIFY(output.ok());
        QCOMPARE(output.value().out, QByteArray("firstsecond"));
        QVERIFY2(seen.size() >= 2, "the first part should arrive before the helper ends");
        QCOMPARE(seen.first(), QByteArray("first"));
        QCOMPARE(seen.last(), QByteArray("firstsecond"));
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i).startsWith(seen.at(i - 1)));
    }

    // A large snapshot is read while it arrives (its semaphore sets in slices on other threads):
    // the result is the one of reading it whole.
    void largeSnapshotIsReadWhileItArrives() {
        const Snapshot expected =
            testsupport::enlarged(testsupport::analysisFixture(u"pid-reused"_s), 30000);
        const QByteArray json = cli::snapshotToJson(expected, false);
        QFile file(m_dir.filePath(u"large.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        HelperEnv env(shellScript(m_dir, u"large.sh"_s, "cat '" + file.fileName().toUtf8() + "'"));
        LocalTransport transport;
        NoQuestions prompter;
        QVERIFY(transport.open(&prompter, {}).ok());
        const Result<Snapshot> snapshot = transport.snapshot({});
        QVERIFY(snapshot.ok());
        COMPARE_VALUES(snapshot.value(), expected);
    }

    // A helper (or whatever sits at its path) that never stops writing: the run is stopped at
    // the output limit and fails in words, and the writer is ended, instead of memory growing
    // until the program aborts.
    void endlessOutputIsStoppedAtTheLimit_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("viaEnvironment");
        QTest::addColumn<bool>("asSnapshot");
        QTest::newRow("yes run as a plain helper command, limit set on the transport")
            << QByteArray("exec yes") << false << false;
        QTest::newRow("yes run as a plain helper command, limit from the environment")
            << QByteArray("exec yes") << true << false;
        QTest::newRow("an endless string in an otherwise valid snapshot start")
            << QByteArray("printf '{\"schema\":\"'; yes | tr -d '\\n'") << false << true;
        QTest::newRow("endless output on both channels")
            << QByteArray("yes >&2 & exec yes") << false << false;
    }
    void endlessOutputIsStoppedAtTheLimit() {
        QFETCH(QByteArray, body);
        QFETCH(bool, viaEnvironment);
        QFETCH(bool, asSnapshot);
        const QString pidFile = m_dir.filePath(u"endless.pid"_s);
        QFile::remove(pidFile);
        HelperEnv env(shellScript(m_dir, u"endless.sh"_s,
                                  "echo $$ > '" + pidFile.toLocal8Bit() + "'\n" + body));
        const QByteArray oldLimit = qgetenv("IPCSCOPE_MAX_HELPER_OUTPUT");
        if (viaEnvironment)
            qputenv("IPCSCOPE_MAX_HELPER_OUTPUT", "64K");
        LocalTransport transport;
        if (viaEnvironment) {
            oldLimit.isEmpty() ? qunsetenv("IPCSCOPE_MAX_HELPER_OUTPUT")
                               : qputenv("IPCSCOPE_MAX_HELPER_OUTPUT", oldLimit);
            QCOMPARE(transport.outputLimit(), qint64(64 * 1024));
        } else {
            QCOMPARE(transport.outputLimit(), kDefaultHelperOutputLimit);
            transport.setOutputLimit(1 << 20);
        }
        QVERIFY(transport.open(nullptr, {}).ok());
        const Error error = [&] {
            if (asSnapshot) {
                const Result<Snapshot> snapshot = transport.snapshot({});
                return snapshot.ok() ? Error{} : snapshot.error();
            }
            const Result<HelperOutput> output = transport.runHelper({u"snapshot"_s}, {}, {});
            return output.ok() ? Error{} : output.error();
        }();
        QCOMPARE(error.kind, Error::Kind::HelperFailed);
        const QString limit = viaEnvironment ? u"64 KiB"_s : u"1 MiB"_s;
        QVERIFY2(error.message.contains(u"output on local machine exceeded "_s + limit),
                 qPrintable(error.message));
        QVERIFY(error.message.contains(u"IPCSCOPE_MAX_HELPER_OUTPUT"_s));
        QFile pid(pidFile);
        QVERIFY(pid.open(QIODevice::ReadOnly));
        const qint64 writer = pid.readAll().trimmed().toLongLong();
        QVERIFY(writer > 0);
        QVERIFY2(!processExists(writer), "the endless writer must have been stopped");
    }

    // The snapshot is checked while it arrives: output that is not JSON stops the helper at the
    // first wrong byte (before any limit), with the parser's own description of the mistake.
    void aStreamWithASyntaxErrorIsStoppedEarly_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("yes: not JSON from the first byte")
            << QByteArray("exec yes") << u"unexpected character at byte 0"_s;
        QTest::newRow("an HTML page followed by endless text")
            << QByteArray("printf '<html>'; exec yes") << u"unexpected character at byte 0"_s;
        QTest::newRow("a stray bracket after the schema")
            << QByteArray("printf '{\"schema\":\"ipcscope.snapshot/1\",]'; exec yes")
            << u"expected a key in quotes at byte 32"_s;
        QTest::newRow("a raw control byte inside a string")
            << QByteArray("printf '{\"schema\":\"ipc\\001'; exec yes")
            << u"a control character in a string at byte 14"_s;
        QTest::newRow("endless text after a complete document")
            << QByteArray("printf '{}'; exec yes")
            << u"unexpected text after the document at byte 2"_s;
        QTest::newRow("an invalid escape in a key") << QByteArray("printf '{\"\\\\q\":1'; exec yes")
                                                    << u"an invalid escape sequence at byte 2"_s;
        QTest::newRow("a misspelt literal")
            << QByteArray("printf '{\"a\":nul,'; exec yes") << u"an invalid literal"_s;
    }
    void aStreamWithASyntaxErrorIsStoppedEarly() {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const QString pidFile = m_dir.filePath(u"garbage.pid"_s);
        QFile::remove(pidFile);
        HelperEnv env(shellScript(m_dir, u"garbage.sh"_s,
                                  "echo $$ > '" + pidFile.toLocal8Bit() + "'\n" + body));
        LocalTransport transport;
        transport.setOutputLimit(qint64(1) << 40); // no limit in reach: only the syntax stops it
        QVERIFY(transport.open(nullptr, {}).ok());
        const Result<Snapshot> snapshot = transport.snapshot({});
        QVERIFY(!snapshot.ok());
        QCOMPARE(snapshot.error().kind, Error::Kind::BadData);
        QVERIFY2(snapshot.error().message.contains(u"is not valid JSON"_s),
                 qPrintable(snapshot.error().message));
        QVERIFY2(snapshot.error().detail.contains(reason), qPrintable(snapshot.error().detail));
        QFile pid(pidFile);
        QVERIFY(pid.open(QIODevice::ReadOnly));
        const qint64 writer = pid.readAll().trimmed().toLongLong();
        QVERIFY(writer > 0);
        QVERIFY2(!processExists(writer), "the helper must have been stopped");
    }

    void helperFailureKeepsStderrAsDetail() {
        HelperOutput output;
        output.exitCode = 1;
        output.err = "\n  first line  \nsecond line\n";
        const Error error = helperFailure(u"local machine"_s, output);
        QCOMPARE(error.kind, Error::Kind::HelperFailed);
        QVERIFY(error.message.contains(u"first line"_s));
        QVERIFY(!error.message.contains(u"second line"_s));
        QVERIFY(error.detail.contains(u"second line"_s));
    }
};

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--sudo-child") == 0)
        return sudoChild();
    TestLocalTransport test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_localtransport.moc"
