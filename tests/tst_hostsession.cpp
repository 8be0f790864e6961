// SPDX-License-Identifier: GPL-3.0-or-later
// HostSession end to end on this machine: the real helper on its worker thread, stale refreshes
// dropped, cancellation, and a session destroyed while its helper still runs.
#include "session/hostsession.h"
#include "transport/prompter.h"

#include "sshdfixture.h"

#include "testipc.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <csignal>

using namespace ipcscope;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 60'000; // generous: the machine may be busy; never a speed assertion

class HelperEnv {
public:
    explicit HelperEnv(const QString& path)
        : m_old(qgetenv("IPCSCOPE_HELPER")) {
        qputenv("IPCSCOPE_HELPER", path.toLocal8Bit());
    }
    ~HelperEnv() {
        if (m_old.isEmpty())
            qunsetenv("IPCSCOPE_HELPER");
        else
            qputenv("IPCSCOPE_HELPER", m_old);
    }

private:
    QByteArray m_old;
};

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

bool processExists(qint64 pid) {
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
}

} // namespace

class TestHostSession : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString script(const QString& name, const QByteArray& body) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write("#!/bin/sh\n" + body + "\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    // A helper that records its pid, says it started, then sleeps until stopped.
    QString sleepingHelper(const QString& started, const QString& pidFile) {
        QFile::remove(started);
        QFile::remove(pidFile);
        return script(u"sleeps.sh"_s, "echo $$ > '" + pidFile.toLocal8Bit() + "'; touch '" +
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
        QSignalSpy reports(&session, &HostSession::reportReady);
        QSignalSpy failures(&session, &HostSession::failed);
        QSignalSpy progress(&session, &HostSession::progress);
        QSignalSpy states(&session, &HostSession::stateChanged);
        const quint64 id = session.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(reports.size() + failures.size() > 0, kTimeoutMs);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.value(0).value(1).value<Error>().message));
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.at(0).at(0).value<quint64>(), id);
        const Report report = reports.at(0).at(1).value<Report>();
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

        // A second refresh reuses the open transport: no "Connecting" again.
        progress.clear();
        session.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 2, kTimeoutMs);
        QCOMPARE(progress.first().at(0).toString(), u"Reading objects"_s);
    }

    void onlyTheNewestRefreshIsDelivered() {
        HelperEnv env(QStringLiteral(IPCSCOPE_HELPER_PATH));
        HostSession session(HostConfig{});
        QSignalSpy reports(&session, &HostSession::reportReady);
        QSignalSpy failures(&session, &HostSession::failed);
        session.refresh();
        session.refresh();
        const quint64 newest = session.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!reports.isEmpty() || !failures.isEmpty(), kTimeoutMs);
        // The worker answers in order, so nothing older can follow the newest answer.
        QVERIFY2(failures.isEmpty(), "superseded refreshes must be dropped, not reported");
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.at(0).at(0).value<quint64>(), newest);
        QCOMPARE(session.state(), HostSession::State::Ready);
    }

    void cancelStopsTheRunningRefresh() {
        const QString started = m_dir.filePath(u"started"_s);
        const QString pidFile = m_dir.filePath(u"pid"_s);
        HelperEnv env(sleepingHelper(started, pidFile));
        HostSession session(HostConfig{});
        QSignalSpy reports(&session, &HostSession::reportReady);
        QSignalSpy failures(&session, &HostSession::failed);
        const quint64 id = session.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(started), kTimeoutMs);
        QCOMPARE(session.state(), HostSession::State::Working);
        session.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, kTimeoutMs);
        QCOMPARE(failures.at(0).at(0).value<quint64>(), id);
        QCOMPARE(failures.at(0).at(1).value<Error>().kind, Error::Kind::Cancelled);
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
        session->refresh();
        session->refresh(); // one queued behind, too
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(started), kTimeoutMs);
        session.reset(); // cancels and joins: returns once the helper is stopped
        const qint64 pid = readPid(pidFile);
        QVERIFY(pid > 0);
        QVERIFY(!processExists(pid));
    }

    void missingHelperFailsAndTheSessionRecovers() {
        HostSession session(HostConfig{});
        QSignalSpy reports(&session, &HostSession::reportReady);
        QSignalSpy failures(&session, &HostSession::failed);
        {
            HelperEnv env(m_dir.filePath(u"no-such-helper"_s));
            session.refresh();
            QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, kTimeoutMs);
        }
        const Error error = failures.at(0).at(1).value<Error>();
        QCOMPARE(error.kind, Error::Kind::HelperFailed);
        QVERIFY(error.message.contains(u"no-such-helper"_s));
        QCOMPARE(session.state(), HostSession::State::Failed);

        // Once the helper is there, the next refresh opens the transport again and works.
        HelperEnv env(QStringLiteral(IPCSCOPE_HELPER_PATH));
        session.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!reports.isEmpty() || failures.size() > 1, kTimeoutMs);
        QCOMPARE(reports.size(), 1);
        QCOMPARE(session.state(), HostSession::State::Ready);
    }

    void runHelperPassesArgumentsAndStdinThrough() {
        HelperEnv env(script(u"echo.sh"_s, "echo \"$*\"; cat; echo oops >&2; exit 4"));
        HostSession session(HostConfig{});
        QSignalSpy finished(&session, &HostSession::helperFinished);
        const quint64 id = session.runHelper({u"remove"_s, u"--json"_s}, "{\"objects\":[]}");
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
        QCOMPARE(finished.at(0).at(0).value<quint64>(), id);
        const HelperOutput output = finished.at(0).at(1).value<HelperOutput>();
        QCOMPARE(output.exitCode, 4);
        QCOMPARE(output.out, QByteArray("remove --json\n{\"objects\":[]}"));
        QCOMPARE(output.err, QByteArray("oops\n"));
        QCOMPARE(session.state(), HostSession::State::Idle);
    }

    void aHelperCommandIsNotCancelledByARefresh() {
        const QString done = m_dir.filePath(u"done"_s);
        QFile::remove(done);
        HelperEnv env(
            script(u"slow.sh"_s, "if [ \"$1\" = snapshot ]; then exit 1; fi; sleep 1; touch '" +
                                     done.toLocal8Bit() + "'; echo removed"));
        HostSession session(HostConfig{});
        QSignalSpy finished(&session, &HostSession::helperFinished);
        QSignalSpy failures(&session, &HostSession::failed);
        session.runHelper({u"remove"_s}, {});
        session.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1 && failures.size() == 1, kTimeoutMs);
        QCOMPARE(finished.at(0).at(1).value<HelperOutput>().out, QByteArray("removed\n"));
        QVERIFY(QFile::exists(done));
        // The refresh ran afterwards and failed on its own (the fake helper has no snapshot).
        QCOMPARE(failures.at(0).at(1).value<Error>().kind, Error::Kind::HelperFailed);
    }

    void sshHostAsksItsQuestionsOnTheWorkerThread() {
        if (geteuid() != 0)
            QSKIP("needs root: the test starts its own sshd on 127.0.0.1");
        if (!QFile::exists(u"/usr/sbin/sshd"_s))
            QSKIP("/usr/sbin/sshd is missing (install openssh-server)");
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
        QSignalSpy reports(&session, &HostSession::reportReady);
        QSignalSpy failures(&session, &HostSession::failed);
        session.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!reports.isEmpty() || !failures.isEmpty(), kTimeoutMs);
        QVERIFY2(failures.isEmpty(),
                 qPrintable(failures.value(0).value(1).value<Error>().message + u" / "_s +
                            failures.value(0).value(1).value<Error>().detail + u"\n"_s +
                            sshd.logTail()));
        // The unknown host key was asked about once, on the worker, never on this thread.
        QCOMPARE(prompter.keys.size(), 1);
        QCOMPARE(prompter.keys.at(0).fingerprint, sshd.hostKeyFingerprint());
        QCOMPARE(prompter.threads.size(), 1);
        QVERIFY(prompter.threads.at(0) != QThread::currentThread());
        // The server is this machine: the semaphore set made here is in the report.
        bool found = false;
        for (const SemaphoreSet& s : reports.at(0).at(1).value<Report>().snapshot.semaphores)
            found = found || (s.id == set.id && s.key == quint32(key) && s.nsems == 3);
        QVERIFY(found);
        QCOMPARE(session.state(), HostSession::State::Ready);
    }

    void destroyingASessionWhileItsPrompterWaitsForThisThreadDoesNotDeadlock() {
        if (geteuid() != 0)
            QSKIP("needs root: the test starts its own sshd on 127.0.0.1");
        if (!QFile::exists(u"/usr/sbin/sshd"_s))
            QSKIP("/usr/sbin/sshd is missing (install openssh-server)");
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
        session->refresh();
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
        QSignalSpy failures(&session, &HostSession::failed);
        session.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 1, kTimeoutMs);
        const Error error = failures.at(0).at(1).value<Error>();
        QVERIFY(!error.message.isEmpty());
        QVERIFY(error.kind != Error::Kind::Cancelled);
        QCOMPARE(session.state(), HostSession::State::Failed);
    }
};

QTEST_GUILESS_MAIN(TestHostSession)
#include "tst_hostsession.moc"
