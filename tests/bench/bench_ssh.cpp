// SPDX-License-Identifier: GPL-3.0-or-later
// SSH benchmark (run by bench_ssh.sh, not a test): IPC Scope's SSH transport against OpenSSH's
// own client on the same private sshd, in the same run.
//  warm: a snapshot on an open session   vs  ssh (ControlMaster, warm master) <helper> snapshot
//  cold: connect + log in + snapshot     vs  ssh host true + ssh host <helper> snapshot
//  concurrency: N sessions at once, each taking snapshots: throughput and peak memory.
// Prints medians in milliseconds and the ratios against the targets (warm ≤ 1.2×, cold ≤ 1.5×).
#include "core/hostconfig.h"
#include "ssh/sshtransport.h"
#include "transport/prompter.h"

#include "procstatus.h"
#include "sshdfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ipcscope;

namespace {

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

struct Bench {
    testssh::SshdFixture& sshd;
    QString cache;
    QString helper;
    QString user = u"root"_s;

    HostConfig config() const {
        HostConfig c;
        c.kind = HostConfig::Kind::Ssh;
        c.host = u"127.0.0.1"_s;
        c.user = user;
        c.port = sshd.port();
        c.identityFile = sshd.clientKeyPath();
        c.knownHostsFile = sshd.knownHostsPath();
        return c;
    }
    std::unique_ptr<SshTransport> transport() const {
        auto t = std::make_unique<SshTransport>(config());
        t->setRemoteCacheDir(cache);
        t->setLocalHelper(helper);
        return t;
    }
    QStringList sshArgs(const QStringList& extra) const {
        return QStringList{u"-F"_s, u"/dev/null"_s,
                           u"-p"_s, QString::number(sshd.port()),
                           u"-i"_s, sshd.clientKeyPath(),
                           u"-o"_s, u"IdentitiesOnly=yes"_s,
                           u"-o"_s, u"BatchMode=yes"_s,
                           u"-o"_s, u"StrictHostKeyChecking=yes"_s,
                           u"-o"_s, u"UserKnownHostsFile="_s + sshd.knownHostsPath()} +
               extra;
    }
    // Runs ssh and returns the wall time in ms, or -1.
    double ssh(const QStringList& args, qsizetype* bytes = nullptr) const {
        QElapsedTimer timer;
        timer.start();
        QProcess p;
        p.start(u"ssh"_s, sshArgs(args));
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            std::fprintf(stderr, "ssh failed: %s\n", p.readAllStandardError().constData());
            return -1;
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (bytes)
            *bytes = p.readAllStandardOutput().size();
        return ms;
    }
};

// A user whose login shell is /bin/sh with no start-up files, so that the figures measure SSH and
// the helper, not this machine's root ~/.bashrc (which both sides would pay on every command).
struct BenchUser {
    QString name = u"ipcscopebench"_s;
    bool created = false;
    BenchUser() {
        run(u"userdel"_s, {u"-r"_s, name});
        // "*": no password login possible, but not "locked" (sshd refuses keys for locked
        // accounts).
        created = run(u"useradd"_s, {u"-m"_s, u"-p"_s, u"*"_s, u"-s"_s, u"/bin/sh"_s, name}) == 0;
    }
    ~BenchUser() { run(u"userdel"_s, {u"-r"_s, name}); }
    static int run(const QString& program, const QStringList& args) {
        QProcess p;
        p.start(program, args);
        p.waitForFinished();
        return p.exitCode();
    }
};

// One comparison for one login. Returns false when something failed.
bool suite(const Bench& b, int rounds, int sessions, const char* title) {
    // Deploy once, so that every measurement below finds the helper in place.
    QString remoteHelper;
    {
        auto t = b.transport();
        auto opened = t->open(nullptr, {});
        if (!opened || !t->deployment().useHelper) {
            std::fprintf(stderr, "cannot open: %s\n",
                         opened ? qPrintable(t->deployment().fallbackReason)
                                : qPrintable(opened.error().detail));
            return false;
        }
        remoteHelper = t->deployment().remotePath();
    }
    const QString login = b.user + u"@127.0.0.1"_s;

    // Warm: one open session, many snapshots.
    std::vector<double> ours, theirs;
    qsizetype jsonBytes = 0;
    {
        auto t = b.transport();
        if (!t->open(nullptr, {}))
            return false;
        t->snapshot({}); // first use warms caches on both sides
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto snap = t->snapshot({});
            ours.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!snap) {
                std::fprintf(stderr, "snapshot failed: %s\n", qPrintable(snap.error().detail));
                return false;
            }
        }
    }
    const QString control = b.sshd.dir() + u"/cm-%C"_s;
    const QStringList master = {u"-o"_s, u"ControlMaster=auto"_s,
                                u"-o"_s, u"ControlPath="_s + control,
                                u"-o"_s, u"ControlPersist=60"_s};
    if (b.ssh(master + QStringList{login, u"true"_s}) < 0)
        return false;
    b.ssh(master + QStringList{login, remoteHelper, u"snapshot"_s}, &jsonBytes);
    for (int i = 0; i < rounds; ++i)
        theirs.push_back(b.ssh(master + QStringList{login, remoteHelper, u"snapshot"_s}));
    b.ssh(master + QStringList{u"-O"_s, u"exit"_s, login});

    // Cold: a new connection for each snapshot.
    std::vector<double> oursCold, theirsCold, theirsTrue;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto t = b.transport();
        if (!t->open(nullptr, {}) || !t->snapshot({}))
            return false;
        t->close();
        oursCold.push_back(double(timer.nsecsElapsed()) / 1e6);
        theirsTrue.push_back(b.ssh({login, u"true"_s}));
        theirsCold.push_back(b.ssh({login, remoteHelper, u"snapshot"_s}));
    }

    QTextStream out(stdout);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    const double warm = median(ours), warmSsh = median(theirs);
    const double cold = median(oursCold), coldSsh = median(theirsCold),
                 sshTrue = median(theirsTrue);
    out << "-- " << title << ": snapshot JSON " << jsonBytes << " bytes, " << rounds
        << " rounds, medians in ms\n";
    out << qSetRealNumberPrecision(1) << "warm  ipcscope " << warm << "  | ssh ControlMaster "
        << warmSsh << "  | ratio " << qSetRealNumberPrecision(2) << warm / warmSsh
        << " (target <= 1.20)\n";
    out << qSetRealNumberPrecision(1) << "cold  ipcscope " << cold
        << "  | ssh host <helper> snapshot " << coldSsh << " (ssh host true " << sshTrue
        << ")  | ratio " << qSetRealNumberPrecision(2) << cold / coldSsh << " (target <= 1.50)\n";
    out.flush();
    if (sessions <= 0)
        return true;

    // Concurrency: `sessions` transports on their own threads, each taking `rounds` snapshots.
    const qint64 rssBefore = bench::statusKiB("VmRSS:");
    std::atomic_int failures = 0;
    QElapsedTimer wall;
    wall.start();
    {
        std::vector<std::thread> threads;
        for (int s = 0; s < sessions; ++s)
            threads.emplace_back([&] {
                auto t = b.transport();
                if (!t->open(nullptr, {})) {
                    ++failures;
                    return;
                }
                for (int i = 0; i < rounds; ++i)
                    if (!t->snapshot({}))
                        ++failures;
            });
        for (auto& th : threads)
            th.join();
    }
    const double wallMs = double(wall.nsecsElapsed()) / 1e6;
    const qint64 peak = bench::statusKiB("VmHWM:");
    out << qSetRealNumberPrecision(1) << "concurrent: " << sessions << " sessions x " << rounds
        << " snapshots (connect included) in " << wallMs
        << " ms = " << double(sessions * rounds) / (wallMs / 1000.0) << " snapshots/s, "
        << failures.load() << " failures; peak RSS of this process " << peak / 1024.0
        << " MiB (before " << rssBefore / 1024.0 << " MiB)\n";
    return failures.load() == 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(3, atoi(argv[1])) : 10;
    const int sessions = argc > 2 ? std::max(1, atoi(argv[2])) : 20;

    testssh::SshdFixture sshd;
    if (!sshd.start()) {
        std::fprintf(stderr, "cannot start sshd: %s\n", qPrintable(sshd.errorString()));
        return 1;
    }
    sshd.usePrivateHome();
    sshd.trustHostKey();
    bool ok = true;
    BenchUser user;
    if (user.created) {
        // The helper cache in the user's home, removed with it.
        Bench b{sshd, u"~/.cache/ipcscope"_s, QStringLiteral(IPCSCOPE_HELPER_PATH), user.name};
        ok = suite(b, rounds, sessions, "user with /bin/sh (no shell start-up files)") && ok;
    }
    Bench root{sshd, sshd.dir() + u"/remote-cache"_s, QStringLiteral(IPCSCOPE_HELPER_PATH)};
    ok = suite(root, rounds, user.created ? 0 : sessions,
               "root (with this machine's login shell start-up)") &&
         ok;
    return ok ? 0 : 1;
}
