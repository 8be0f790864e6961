// SPDX-License-Identifier: GPL-3.0-or-later
// HostSession end to end on this machine: the real helper on its worker thread, each request
// answered through its own reply (and only there), stale refreshes dropped, cancellation by the
// reply or by dropping it, a session destroyed while its helper still runs, and a worker thread
// that gives way to the GUI thread.
#include "requireall.h"
#include "session/hostsession.h"
#include "shellscript.h"
#include "transport/prompter.h"

#include "sshdfixture.h"

#include "testipc.h"

#include "helperenv.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <csignal>

using namespace ipcscope;
using testsupport::processExists;
using testsupport::shellScript;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 60'000; // generous: the machine may be busy; never a speed assertion

using testenv::HelperEnv;

// Answers host-key questions and remembers on which thread it was asked.
class RecordingPrompter : public Prompter {
public:
    QList<QThread*> threads;
    QList<HostKeyInfo> keys;
    HostKeyAnswer unknownHostKey(const HostKeyInfo& key) override {
        threads.append(QThread::currentThread());
        keys.append(key);
        return HostKeyAnswer::AcceptOnce;
    }
    std::optional<QString> secret(SecretKind, const QString&, Echo) override {
        threads.append(QThread::currentThread());
        return std::nullopt;
    }
};

// Asks like the GUI's prompter: the question is answered on the main thread through a blocking
// queued call, so the worker waits until the main thread runs its event loop.
class MainThreadPrompter : public QObject, public Prompter {
public:
    std::atomic_bool asking{false};
    std::atomic_bool answered{false};
    HostKeyAnswer unknownHostKey(const HostKeyInfo&) override {
        asking = true;
        HostKeyAnswer answer = HostKeyAnswer::AcceptOnce;
        QMetaObject::invokeMethod(
            this, [&answer] { answer = HostKeyAnswer::Reject; }, Qt::BlockingQueuedConnection);
        answered = true;
        return answer;
    }
    std::optional<QString> secret(SecretKind, const QString&, Echo) override {
        return std::nullopt;
    }
};

} // namespace

class TestHostSession : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir; // the fake helpers (shellScript) and what they leave behind

    // A helper that records its pid, says it started, then sleeps until stopped.
    QString sleepingHelper(const QString& started, const QString& pidFile) {
        QFile::remove(started);
        QFile::remove(pidFile);
        return shellScript(m_dir, u"sleeps.sh"_s,
                           "echo $$ > '" + pidFile.toLocal8Bit() + "'; touch '" +
                               started.toLocal8Bit() + "'; exec sleep 300");
    }

    static qint64 readPid(const QString& pidFile) {
        QFile file(pidFile);
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        return file.readAll().trimmed().toLongLong();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void refreshDeliversAReportOfRealObjects() {
        const key_t key = testipc::uniqueKey(1);
        testipc::SemSet set(key, 2);
        QVERIFY2(set.id >= 0, strerror(errno));
        HelperEnv env(QStringLiteral(IPCSCOPE_HELPER_PATH));

        HostSession session(HostConfig{});
        QSignalSpy progress(&session, &HostSession::progress);
        QSignalSpy states(&session, &HostSession::stateChanged);
        const std::unique_ptr<RefreshReply> reply = session.refresh();
        QSignalSpy reports(reply.get(), &RefreshReply::finished);
        QSignalSpy failures(reply.get(), &RefreshReply::failed);
        QSignalSpy replyProgress(reply.get(), &RefreshReply::progress);
        QTRY_VERIFY_WITH_TIMEOUT(reports.size() + failures.size() > 0, kTimeoutMs);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.value(0).value(0).value<Error>().message));
        QCOMPARE(reports.size(), 1);
        QVERIFY(reply->isFinished());
        const Report report = reports.at(0).at(0).value<Report>();
        bool found = false;
        for (const SemaphoreSet& s : report.snapshot.semaphores)
            found = found || (s.id == set.id && s.key == quint32(key) && s.nsems == 2);
        QVERIFY(found);
        if (!report.objects.isEmpty()) // with the analyzer: a verdict for every object
            QCOMPARE(report.objects.size(), report.snapshot.objectCount());
        QCOMPARE(session.state(), HostSession::State::Ready);
        QVERIFY(!states.isEmpty());

        QStringList stages;
        for (const QList<QVariant>& args : std::as_const(progress))
            stages << args.at(0).toString();
        QCOMPARE(stages, (QStringList{u"Connecting"_s, u"Reading objects"_s, u"Analyzing"_s}));
        // The reply that asked hears the same stages.
        QCOMPARE(replyProgress.size(), progress.size());

        // A second refresh reuses the open transport: no "Connecting" again.
        progress.clear();
        const std::unique_ptr<RefreshReply> second = session.refresh();
        QSignalSpy secondReports(second.get(), &RefreshReply::finished);
        QTRY_COMPARE_WITH_TIMEOUT(secondReports.size(), 1, kTimeoutMs);
        QCOMPARE(progress.first().at(0).toString(), u"Reading objects"_s);
        QCOMPARE(reports.size(), 1); // the first reply was answered once, and only once
    }

    // The worker's handshakes and analysis give way to the GUI thread: a higher nice value.
    void theWorkerThreadGivesWayToTheGuiThread() {
        HelperEnv env(QStringLiteral(IPCSCOPE_HELPER_PATH));
        HostSession session(HostConfig{});
        const std::unique_ptr<RefreshReply> reply = session.refresh();
        QSignalSpy reports(reply.get(), &RefreshReply::finished);
        QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 1, kTimeoutMs);
        // The nice value of each thread (field 19 of /proc/self/task/TID/stat), by its name.
        const auto niceOf = [](const QString& tid) {
            QFile stat(u"/proc/self/task/%1/stat"_s.arg(tid));
            if (!stat.open(QIODevice::ReadOnly))
                return -100;
            const QByteArray line = stat.readAll();
            // After "(comm) ": state is field 3, nice field 19.
            return line.mid(line.lastIndexOf(')') + 2).split(' ').value(16).toInt();
        };
        const int own = niceOf(QString::number(::gettid()));
        int workers = 0;
        for (const QString& tid :
             QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile comm(u"/proc/self/task/%1/comm"_s.arg(tid));
            if (!comm.open(QIODevice::ReadOnly) || !comm.readAll().startsWith("HostSession"))
                continue;
            ++workers;
            QCOMPARE(niceOf(tid), std::min(19, own + 10));
        }
        QCOMPARE(workers, 1);
    }

    void onlyTheNewestRefreshIsDelivered() {
        HelperEnv env(QStringLiteral(IPCSCOPE_HELPER_PATH));
        HostSession session(HostConfig{});
        const std::unique_ptr<RefreshReply> first = session.refresh();
        const std::unique_ptr<RefreshReply> second = session.refresh();
        const std::unique_ptr<RefreshReply> newest = session.refresh();
        QSignalSpy firstReports(first.get(), &RefreshReply::finished);
        QSignalSpy firstFailures(first.get(), &RefreshReply::failed);
        QSignalSpy secondFailures(second.get(), &RefreshReply::failed);
        QSignalSpy reports(newest.get(), &RefreshReply::finished);
        QSignalSpy failures(newest.get(), &RefreshReply::failed);
        QTRY_VERIFY_WITH_TIMEOUT(!reports.isEmpty() || !failures.isEmpty(), kTimeoutMs);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.value(0).value(0).value<Error>().message));
        QCOMPARE(reports.size(), 1);
        // The superseded refreshes were cancelled, but their callers are not told "cancelled":
        // they get the newest answer, at the same moment.
        QVERIFY2(firstFailures.isEmpty() && secondFailures.isEmpty(),
                 "superseded refreshes must be dropped, not reported");
        QCOMPARE(firstReports.size(), 1);
        QCOMPARE(firstReports.at(0).at(0).value<Report>().snapshot.host.time,
                 reports.at(0).at(0).value<Report>().snapshot.host.time);
        QVERIFY(second->isFinished());
        QCOMPARE(session.state(), HostSession::State::Ready);
    }

    // The first refresh hangs in a helper that sleeps; a second one supersedes it. The sleeping
    // helper is stopped, its (stale) end is never delivered, and both replies get the report of
    // the second refresh, which ran the real helper.
    void aStaleRefreshIsNeverShown() {
        const QString started = m_dir.filePath(u"stale-started"_s);
        const QString pidFile = m_dir.filePath(u"stale-pid"_s);
        QFile::remove(started);
        QFile::remove(pidFile);
        HelperEnv env(shellScript(m_dir, u"first-sleeps.sh"_s,
                                  "if [ ! -e '" + started.toLocal8Bit() + "' ]; then echo $$ > '" +
                                      pidFile.toLocal8Bit() + "'; touch '" + started.toLocal8Bit() +
                                      "'; exec sleep 300; fi; exec '" IPCSCOPE_HELPER_PATH
                                      "' \"$@\""));
        const key_t key = testipc::uniqueKey(3);
        testipc::SemSet set(key, 1);
        QVERIFY2(set.id >= 0, strerror(errno));
        HostSession session(HostConfig{});
        const std::unique_ptr<RefreshReply> stale = session.refresh();
        QSignalSpy staleReports(stale.get(), &RefreshReply::finished);
        QSignalSpy staleFailures(stale.get(), &RefreshReply::failed);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(started), kTimeoutMs);
        const std::unique_ptr<RefreshReply> fresh = session.refresh();
        QSignalSpy reports(fresh.get(), &RefreshReply::finished);
        QSignalSpy failures(fresh.get(), &RefreshReply::failed);
        QTRY_VERIFY_WITH_TIMEOUT(!reports.isEmpty() || !failures.isEmpty(), kTimeoutMs);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.value(0).value(0).value<Error>().message));
        QVERIFY(staleFailures.isEmpty());
        QCOMPARE(staleReports.size(), 1);
        bool found = false;
        for (const SemaphoreSet& s : staleReports.at(0).at(0).value<Report>().snapshot.semaphores)
            found = found || s.id == set.id;
        QVERIFY(found);
        const qint64 pid = readPid(pidFile);
        QVERIFY(pid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), kTimeoutMs);
    }

    void droppingAReplyStopsItsWork_data() {
        QTest::addColumn<bool>("refresh");
        QTest::newRow("a dropped refresh stops its snapshot") << true;
        QTest::newRow("a dropped helper command stops the helper") << false;
    }

    void droppingAReplyStopsItsWork() {
        QFETCH(bool, refresh);
        const QString started = m_dir.filePath(u"dropped-started"_s);
        const QString pidFile = m_dir.filePath(u"dropped-pid"_s);
        HelperEnv env(sleepingHelper(started, pidFile));
        HostSession session(HostConfig{});
        QSignalSpy states(&session, &HostSession::stateChanged);
        std::unique_ptr<SessionReply> reply;
        if (refresh)
            reply = session.refresh();
        else
            reply = session.runHelper({u"remove"_s}, {});
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(started), kTimeoutMs);
        QCOMPARE(session.state(), HostSession::State::Working);
        reply.reset();
        const qint64 pid = readPid(pidFile);
        QVERIFY(pid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), kTimeoutMs);
        // The session settles as after a cancel: nothing was shown, so it is idle again.
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), HostSession::State::Idle, kTimeoutMs);
    }

    // Two callers, two helper commands: the one cancelled hears "cancelled", the other its
    // output; neither hears the other's answer.
    void aFailureReachesOnlyTheReplyThatAskedForIt() {
        const QString started = m_dir.filePath(u"two-started"_s);
        QFile::remove(started);
        HelperEnv env(shellScript(m_dir, u"two.sh"_s,
                                  "if [ \"$1\" = slow ]; then touch '" + started.toLocal8Bit() +
                                      "'; exec sleep 300; fi; echo \"$1\""));
        HostSession session(HostConfig{});
        const std::unique_ptr<HelperReply> slow = session.runHelper({u"slow"_s}, {});
        const std::unique_ptr<HelperReply> fast = session.runHelper({u"fast"_s}, {});
        QSignalSpy slowFinished(slow.get(), &HelperReply::finished);
        QSignalSpy slowFailed(slow.get(), &HelperReply::failed);
        QSignalSpy fastFinished(fast.get(), &HelperReply::finished);
        QSignalSpy fastFailed(fast.get(), &HelperReply::failed);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(started), kTimeoutMs);
        slow->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(fast->isFinished(), kTimeoutMs);
        QCOMPARE(slowFailed.size(), 1);
        QCOMPARE(slowFailed.at(0).at(0).value<Error>().kind, Error::Kind::Cancelled);
        QCOMPARE(slow->error()->kind, Error::Kind::Cancelled);
        QVERIFY(slowFinished.isEmpty());
        QVERIFY(fastFailed.isEmpty());
        QCOMPARE(fastFinished.size(), 1);
        QCOMPARE(fastFinished.at(0).at(0).value<HelperOutput>().out, QByteArray("fast\n"));
    }

    // A caller may let go of its reply in the slot that receives the answer.
    void aReplyMayBeDeletedByItsOwnAnswer() {
        HelperEnv env(shellScript(m_dir, u"hello.sh"_s, "echo hello"));
        HostSession session(HostConfig{});
        std::unique_ptr<HelperReply> reply = session.runHelper({}, {});
        QByteArray out;
        connect(reply.get(), &HelperReply::finished, this, [&](const HelperOutput& output) {
            out = output.out;
            reply.reset();
        });
        QTRY_VERIFY_WITH_TIMEOUT(!reply, kTimeoutMs);
        QCOMPARE(out, QByteArray("hello\n"));
    }

    void cancelStopsTheRunningRefresh() {
        const QString started = m_dir.filePath(u"started"_s);
        const QString pidFile = m_dir.filePath(u"pid"_s);
        HelperEnv env(sleepingHelper(started, pidFile));
        HostSession session(HostConfig{});
        const std::unique_ptr<RefreshReply> reply = session.refresh();
        QSignalSpy reports(reply.get(), &RefreshReply::finished);
        QSignalSpy failures(reply.get(), &RefreshReply::failed);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(started), kTimeoutMs);
        QCOMPARE(session.state(), HostSession::State::Working);
        reply->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, kTimeoutMs);
        QCOMPARE(failures.at(0).at(0).value<Error>().kind, Error::Kind::Cancelled);
        QVERIFY(reports.isEmpty());
        // Nothing was shown before, so the session is idle again, not failed.
        QCOMPARE(session.state(), HostSession::State::Idle);
        const qint64 pid = readPid(pidFile);
        QVERIFY(pid > 0);
        QVERIFY(!processExists(pid));
    }

    void destroyingASessionMidWorkStopsTheHelper() {
        const QString started = m_dir.filePath(u"started2"_s);
        const QString pidFile = m_dir.filePath(u"pid2"_s);
        HelperEnv env(sleepingHelper(started, pidFile));
        auto session = std::make_unique<HostSession>(HostConfig{});
        const std::unique_ptr<HelperReply> running = session->runHelper({}, {});
        const std::unique_ptr<RefreshReply> queued = session->refresh(); // one queued behind
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(started), kTimeoutMs);
        session.reset();                 // cancels and joins: returns once the helper is stopped
        QVERIFY(!running->isFinished()); // a reply outliving its session is never answered
        const qint64 pid = readPid(pidFile);
        QVERIFY(pid > 0);
        QVERIFY(!processExists(pid));
    }

    void missingHelperFailsAndTheSessionRecovers() {
        HostSession session(HostConfig{});
        std::unique_ptr<RefreshReply> reply;
        {
            HelperEnv env(m_dir.filePath(u"no-such-helper"_s));
            reply = session.refresh();
            QSignalSpy failures(reply.get(), &RefreshReply::failed);
            QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, kTimeoutMs);
        }
        const Error error = *reply->error();
        QCOMPARE(error.kind, Error::Kind::HelperFailed);
        QVERIFY(error.message.contains(u"no-such-helper"_s));
        QCOMPARE(session.state(), HostSession::State::Failed);

        // Once the helper is there, the next refresh opens the transport again and works.
        HelperEnv env(QStringLiteral(IPCSCOPE_HELPER_PATH));
        reply = session.refresh();
        QSignalSpy reports(reply.get(), &RefreshReply::finished);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kTimeoutMs);
        QCOMPARE(reports.size(), 1);
        QCOMPARE(session.state(), HostSession::State::Ready);
    }

    void runHelperPassesArgumentsAndStdinThrough() {
        HelperEnv env(shellScript(m_dir, u"echo.sh"_s, "echo \"$*\"; cat; echo oops >&2; exit 4"));
        HostSession session(HostConfig{});
        const std::unique_ptr<HelperReply> reply =
            session.runHelper({u"remove"_s, u"--json"_s}, "{\"objects\":[]}");
        QSignalSpy finished(reply.get(), &HelperReply::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        const HelperOutput output = finished.at(0).at(0).value<HelperOutput>();
        QCOMPARE(output.exitCode, 4);
        QCOMPARE(output.out, QByteArray("remove --json\n{\"objects\":[]}"));
        QCOMPARE(output.err, QByteArray("oops\n"));
        QCOMPARE(session.state(), HostSession::State::Idle);
    }

    void aHelperCommandIsNotCancelledByARefresh() {
        const QString done = m_dir.filePath(u"done"_s);
        QFile::remove(done);
        HelperEnv env(shellScript(m_dir, u"slow.sh"_s,
                                  "if [ \"$1\" = snapshot ]; then exit 1; fi; sleep 1; touch '" +
                                      done.toLocal8Bit() + "'; echo removed"));
        HostSession session(HostConfig{});
        const std::unique_ptr<HelperReply> removal = session.runHelper({u"remove"_s}, {});
        const std::unique_ptr<RefreshReply> refresh = session.refresh();
        QSignalSpy finished(removal.get(), &HelperReply::finished);
        QSignalSpy removalFailures(removal.get(), &HelperReply::failed);
        QSignalSpy failures(refresh.get(), &RefreshReply::failed);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1 && failures.size() == 1, kTimeoutMs);
        QCOMPARE(finished.at(0).at(0).value<HelperOutput>().out, QByteArray("removed\n"));
        QVERIFY(QFile::exists(done));
        // The refresh ran afterwards and failed on its own (the fake helper has no snapshot);
        // its failure went to the refresh's caller alone.
        QCOMPARE(failures.at(0).at(0).value<Error>().kind, Error::Kind::HelperFailed);
        QVERIFY(removalFailures.isEmpty());
    }

    void sshHostAsksItsQuestionsOnTheWorkerThread() {
        if (geteuid() != 0)
            QSKIP("needs root: the test starts its own sshd on 127.0.0.1");
        if (!QFile::exists(u"/usr/sbin/sshd"_s))
            IPCSCOPE_SKIP_MISSING("/usr/sbin/sshd is missing (install openssh-server)");
        testssh::SshdFixture sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
        sshd.usePrivateHome(); // the helper is deployed into the fixture's own ~/.cache
        QFile::remove(sshd.knownHostsPath());
        HelperEnv env(QStringLiteral(IPCSCOPE_HELPER_PATH));
        const key_t key = testipc::uniqueKey(2);
        testipc::SemSet set(key, 3);
        QVERIFY2(set.id >= 0, strerror(errno));

        HostConfig config = *HostConfig::fromTarget(u"root@127.0.0.1:%1"_s.arg(sshd.port()));
        config.identityFile = sshd.clientKeyPath();
        config.knownHostsFile = sshd.knownHostsPath();
        RecordingPrompter prompter;
        HostSession session(config, &prompter);
        const std::unique_ptr<RefreshReply> reply = session.refresh();
        QSignalSpy reports(reply.get(), &RefreshReply::finished);
        QSignalSpy failures(reply.get(), &RefreshReply::failed);
        QTRY_VERIFY_WITH_TIMEOUT(!reports.isEmpty() || !failures.isEmpty(), kTimeoutMs);
        QVERIFY2(failures.isEmpty(),
                 qPrintable(failures.value(0).value(0).value<Error>().message + u" / "_s +
                            failures.value(0).value(0).value<Error>().detail + u"\n"_s +
                            sshd.logTail()));
        // The unknown host key was asked about once, on the worker, never on this thread.
        QCOMPARE(prompter.keys.size(), 1);
        QCOMPARE(prompter.keys.at(0).fingerprint, sshd.hostKeyFingerprint());
        QCOMPARE(prompter.threads.size(), 1);
        QVERIFY(prompter.threads.at(0) != QThread::currentThread());
        // The server is this machine: the semaphore set made here is in the report.
        bool found = false;
        for (const SemaphoreSet& s : reports.at(0).at(0).value<Report>().snapshot.semaphores)
            found = found || (s.id == set.id && s.key == quint32(key) && s.nsems == 3);
        QVERIFY(found);
        QCOMPARE(session.state(), HostSession::State::Ready);
    }

    void destroyingASessionWhileItsPrompterWaitsForThisThreadDoesNotDeadlock() {
        if (geteuid() != 0)
            QSKIP("needs root: the test starts its own sshd on 127.0.0.1");
        if (!QFile::exists(u"/usr/sbin/sshd"_s))
            IPCSCOPE_SKIP_MISSING("/usr/sbin/sshd is missing (install openssh-server)");
        testssh::SshdFixture sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
        sshd.usePrivateHome();
        QFile::remove(sshd.knownHostsPath());
        HelperEnv env(QStringLiteral(IPCSCOPE_HELPER_PATH));
        HostConfig config = *HostConfig::fromTarget(u"root@127.0.0.1:%1"_s.arg(sshd.port()));
        config.identityFile = sshd.clientKeyPath();
        config.knownHostsFile = sshd.knownHostsPath();

        MainThreadPrompter prompter;
        auto session = std::make_unique<HostSession>(config, &prompter);
        const std::unique_ptr<RefreshReply> reply = session->refresh();
        // Wait for the question without running this thread's event loop (that would answer it).
        QDeadlineTimer deadline(kTimeoutMs);
        while (!prompter.asking && !deadline.hasExpired())
            QThread::msleep(10);
        QVERIFY(prompter.asking);
        session.reset(); // must return although the worker waits for this thread
        QVERIFY(!prompter.answered);
        // Once this thread runs its event loop, the question is answered and the worker ends.
        QTRY_VERIFY_WITH_TIMEOUT(prompter.answered, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(sshd.sessionPids().isEmpty(), kTimeoutMs);
    }

    void unreachableSshHostFailsInWords() {
        HostConfig config = *HostConfig::fromTarget(u"nobody@127.0.0.1:1"_s);
        config.connectTimeoutSeconds = 5;
        config.knownHostsFile = m_dir.filePath(u"known_hosts"_s);
        HostSession session(config);
        const std::unique_ptr<RefreshReply> reply = session.refresh();
        QSignalSpy failures(reply.get(), &RefreshReply::failed);
        QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, kTimeoutMs);
        const Error error = failures.at(0).at(0).value<Error>();
        QVERIFY(!error.message.isEmpty());
        QVERIFY(error.kind != Error::Kind::Cancelled);
        QCOMPARE(session.state(), HostSession::State::Failed);
    }
};

QTEST_GUILESS_MAIN(TestHostSession)
#include "tst_hostsession.moc"
