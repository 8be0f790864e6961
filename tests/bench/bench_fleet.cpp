// SPDX-License-Identifier: GPL-3.0-or-later
// Fleet benchmark (run by bench_fleet.sh, not a test): the Fleet page's "Refresh all" over many
// host entries that point at a few private sshds on 127.0.0.1, each sshd in an IPC namespace of
// its own with some objects in it. In the same run:
//  single:      each entry refreshed alone (a new session: connect, log in, snapshot), one after
//               the other; the slowest of them is the reference
//  refresh all: the real FleetPage (offscreen QApplication) refreshing every entry with the
//               configured bound (settings, default 8), new sessions, then again on open sessions
//  slow host:   refresh all again with a slow host (its server answers after 3 s) and a silent
//               one (never answers) first in the list, with new sessions
//  OpenSSH:     the same entries read with `ssh ALIAS ipcs -a` and `ssh ALIAS <helper> snapshot`,
//               `xargs -P BOUND` at a time
// While Refresh all runs, a 1 ms timer on the GUI thread measures how long the event loop was
// kept from running it (the longest stall and the 99th percentile; each gap split into the GUI
// thread's own work, its wait for a core and the rest), the CPU time of the process and of the
// machine are read, and the process's peak RSS is read from /proc/self/status (VmHWM, reset
// before the run through clear_refs). The stand-in servers run on cores of their own where the
// machine has two or more (ServerCgroup).
//   bench_fleet HOSTS SERVERS [root]   (root: log in as root, with its shell start-up files)
#include "fleet/fleetmodel.h"
#include "fleet/fleetpage.h"
#include "fleet/fleetrefresh.h"
#include "host/hostcontrollers.h"
#include "models/hostlistmodel.h"
#include "session/hostcontroller.h"
#include "util/appsettings.h"

#include "guisettings.h"
#include "procstatus.h"
#include "sshdfixture.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <memory>
#include <netinet/in.h>
#include <numeric>
#include <poll.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ipcscope;

namespace {

// Peak RSS from here on (VmHWM is reset to the current RSS).
void resetPeakRss() {
    QFile f(u"/proc/self/clear_refs"_s);
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

double threadCpuMs() {
    timespec ts{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// The machine's cores (QThread::idealThreadCount() counts only those this process may use).
int machineCores() {
    return int(std::max(1L, ::sysconf(_SC_NPROCESSORS_ONLN)));
}

// CPU time of the whole process (every thread: the GUI thread and the hosts' workers), in ms.
double processCpuMs() {
    rusage u{};
    ::getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

// CPU time the whole machine spent busy (all cores, every process: here also the sshds, shells
// and helpers that stand in for the servers), in ms, from /proc/stat's first line.
double machineBusyMs() {
    QFile f(u"/proc/stat"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readLine().simplified().split(' ');
    // cpu user nice system idle iowait irq softirq steal: all but idle and iowait are busy.
    double busy = 0;
    for (int i = 1; i < std::min<int>(fields.size(), 9); ++i)
        if (i != 4 && i != 5)
            busy += fields[i].toDouble();
    return busy * 1000.0 / double(::sysconf(_SC_CLK_TCK));
}

// The calling thread's time spent waiting for a core (runnable, not running), in ms, from
// /proc/thread-self/schedstat (its second field).
class RunDelay {
public:
    RunDelay()
        : m_fd(::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC)) {}
    ~RunDelay() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    RunDelay(const RunDelay&) = delete;
    RunDelay& operator=(const RunDelay&) = delete;
    double ms() const {
        char buf[96];
        const ssize_t n = m_fd < 0 ? -1 : ::pread(m_fd, buf, sizeof buf - 1, 0);
        if (n <= 0)
            return 0;
        buf[n] = 0;
        unsigned long long run = 0, wait = 0;
        return std::sscanf(buf, "%llu %llu", &run, &wait) == 2 ? double(wait) / 1e6 : 0;
    }

private:
    int m_fd;
};

// The GUI thread's latency: a 1 ms timer whose late firing is the time the event loop was kept
// from running it. Each gap is split into what the GUI thread itself computed (its CPU time in
// the gap: work on the GUI thread) and the rest (the thread waiting for a core: on a loaded
// machine the scheduler, not the application).
class StallProbe : public QObject {
public:
    void start() {
        m_gaps.clear();
        m_busy.clear();
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuMs();
        m_startCpu = m_lastCpu;
        m_wait.clear();
        m_lastWait = m_runDelay.ms();
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double cpu = threadCpuMs();
            m_gaps.push_back(double(now - m_last) / 1e6 - 1.0);
            m_busy.push_back(cpu - m_lastCpu);
            const double wait = m_runDelay.ms();
            m_wait.push_back(wait - m_lastWait);
            m_last = now;
            m_lastCpu = cpu;
            m_lastWait = wait;
        });
        m_timer.start();
    }
    void stop() {
        m_timer.stop();
        m_totalCpu = threadCpuMs() - m_startCpu;
    }
    double max() const {
        return m_gaps.empty() ? 0 : *std::max_element(m_gaps.begin(), m_gaps.end());
    }
    // The GUI thread's own CPU time in the longest gap.
    double busyInMax() const {
        if (m_gaps.empty())
            return 0;
        return m_busy[size_t(std::max_element(m_gaps.begin(), m_gaps.end()) - m_gaps.begin())];
    }
    // The GUI thread's time waiting for a core in the longest gap (the rest of the gap, neither
    // computed nor waited for a core, it slept: blocked, or idle until the timer was due).
    double waitInMax() const {
        if (m_gaps.empty())
            return 0;
        return m_wait[size_t(std::max_element(m_gaps.begin(), m_gaps.end()) - m_gaps.begin())];
    }
    // The longest stretch the GUI thread computed without returning to the event loop.
    double maxBusy() const {
        return m_busy.empty() ? 0 : *std::max_element(m_busy.begin(), m_busy.end());
    }
    double p99() const { return percentile(m_gaps, 0.99); }
    double p99Busy() const { return percentile(m_busy, 0.99); }
    double totalCpu() const { return m_totalCpu; }
    size_t samples() const { return m_gaps.size(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_lastCpu = 0, m_startCpu = 0, m_totalCpu = 0;
    std::vector<double> m_gaps; // ms beyond the interval
    std::vector<double> m_busy; // ms of GUI thread CPU time in each gap
    std::vector<double> m_wait; // ms the GUI thread waited for a core in each gap
    RunDelay m_runDelay;
    double m_lastWait = 0;
};

QString loadAverage() {
    QFile f(u"/proc/loadavg"_s);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2)
                                       : u"?"_s;
}

// A login whose shell is /bin/sh without start-up files (as in bench_ssh): the figures then
// measure SSH and IPC Scope, not this machine's root ~/.bashrc, which runs for every command
// (IPC Scope runs three per host: probe, snapshot, log search; `ssh host ipcs -a` one).
struct BenchUser {
    QString name = u"ipcscopefleet"_s;
    bool created = false;
    explicit BenchUser(bool wanted) {
        if (!wanted)
            return;
        run(u"userdel"_s, {u"-r"_s, name});
        created = run(u"useradd"_s, {u"-m"_s, u"-p"_s, u"*"_s, u"-s"_s, u"/bin/sh"_s, name}) == 0;
    }
    ~BenchUser() {
        if (created)
            run(u"userdel"_s, {u"-r"_s, name});
    }
    static int run(const QString& program, const QStringList& args) {
        QProcess p;
        p.start(program, args);
        p.waitForFinished();
        return p.exitCode();
    }
};

// Two stand-ins for the hosts a fleet always has, on 127.0.0.1: a slow one, whose connections
// reach `upstream` (a real sshd) only after `delayMs`, and a silent one, which accepts TCP
// connections (the kernel's backlog does) and never says a word. Each works in a thread of its
// own until the object goes.
class SlowDoor {
public:
    SlowDoor(int upstream, int delayMs)
        : m_upstream(upstream)
        , m_delayMs(delayMs) {
        m_listen = listenAnywhere(&m_port);
        if (upstream > 0 && m_listen >= 0)
            m_acceptor = std::thread([this] { acceptLoop(); });
    }
    ~SlowDoor() {
        m_stop = true;
        if (m_acceptor.joinable())
            m_acceptor.join();
        for (std::thread& t : m_relays)
            t.join();
        if (m_listen >= 0)
            ::close(m_listen);
    }
    SlowDoor(const SlowDoor&) = delete;
    SlowDoor& operator=(const SlowDoor&) = delete;
    int port() const { return m_port; }

private:
    static int listenAnywhere(int* port) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&a), len) != 0 ||
            ::listen(fd, 64) != 0 || ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0)
            return -1;
        *port = ntohs(a.sin_port);
        return fd;
    }
    bool waitReadable(int fd, int ms) const {
        pollfd p{fd, POLLIN, 0};
        return ::poll(&p, 1, ms) > 0;
    }
    void acceptLoop() {
        while (!m_stop) {
            if (!waitReadable(m_listen, 100))
                continue;
            const int client = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
            if (client >= 0)
                m_relays.emplace_back([this, client] { relay(client); });
        }
    }
    void relay(int client) {
        for (int waited = 0; waited < m_delayMs && !m_stop; waited += 50)
            ::usleep(50 * 1000);
        const int server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = htons(quint16(m_upstream));
        if (server >= 0 && ::connect(server, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0) {
            pollfd p[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
            char buf[65536];
            bool open = true;
            while (open && !m_stop) {
                if (::poll(p, 2, 100) <= 0)
                    continue;
                for (int i = 0; i < 2 && open; ++i) {
                    if (!(p[i].revents & (POLLIN | POLLHUP | POLLERR)))
                        continue;
                    const ssize_t n = ::read(p[i].fd, buf, sizeof buf);
                    open = n > 0 && ::send(p[1 - i].fd, buf, size_t(n), MSG_NOSIGNAL) == n;
                }
            }
        }
        if (server >= 0)
            ::close(server);
        ::close(client);
    }

    int m_upstream;
    int m_delayMs;
    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_acceptor;
    std::vector<std::thread> m_relays; // only the acceptor thread adds, before the destructor
};

// On a real fleet each server works on CPUs of its own. Here the stand-in sshds and everything
// they start would share the app's cores, and two things of this machine then land on the GUI
// thread: each SSH login is a session of its own, which the kernel's autogroup scheduling weighs
// like the whole app (eight logins at once take eight ninths of the CPU), and the kernel is not
// preemptible (PREEMPT_NONE), so a stand-in's exec or exit can hold a core for 100 ms. So, with
// two cores or more, the app keeps the first half of the cores and the sshds (and all they
// start, which inherits it) get the other half; and the sshds go into a CPU cgroup of their own
// with the lowest weight. The GUI thread's latency then measures IPC Scope, not the stand-ins.
class ServerCgroup {
public:
    // Call before any thread is started: the threads made later inherit the app's cores.
    static void keepAppCores() {
        const int cores = machineCores();
        if (cores < 2)
            return;
        cpu_set_t set;
        CPU_ZERO(&set);
        for (int cpu = 0; cpu < cores / 2; ++cpu)
            CPU_SET(cpu, &set);
        ::sched_setaffinity(0, sizeof set, &set);
    }
    ServerCgroup() {
        const QString name = u"ipcscope-bench-fleet-%1"_s.arg(::getpid());
        if (QFile::exists(u"/sys/fs/cgroup/cpu/cpu.shares"_s)) { // cgroup v1
            m_dir = u"/sys/fs/cgroup/cpu/"_s + name;
            m_weightFile = u"cpu.shares"_s;
            m_weight = "2";
        } else { // cgroup v2, where the cpu controller is enabled for the children of the root
            QFile control(u"/sys/fs/cgroup/cgroup.subtree_control"_s);
            if (!control.open(QIODevice::ReadOnly) || !control.readAll().split(' ').contains("cpu"))
                return;
            m_dir = u"/sys/fs/cgroup/"_s + name;
            m_weightFile = u"cpu.weight"_s;
            m_weight = "1";
        }
        if (!QDir().mkdir(m_dir) || !write(m_weightFile, m_weight)) {
            QDir().rmdir(m_dir);
            m_dir.clear();
        }
    }
    ~ServerCgroup() {
        // The servers are stopped by now; their last processes may take a moment to be reaped.
        for (int i = 0; i < 50 && !m_dir.isEmpty() && !QDir().rmdir(m_dir); ++i)
            QThread::msleep(100);
    }
    ServerCgroup(const ServerCgroup&) = delete;
    ServerCgroup& operator=(const ServerCgroup&) = delete;
    void add(qint64 pid) {
        if (!m_dir.isEmpty() && !write(u"cgroup.procs"_s, QByteArray::number(pid)))
            std::fprintf(stderr, "sshd %lld stays outside %s\n", qlonglong(pid), qPrintable(m_dir));
        const int cores = machineCores();
        if (cores < 2)
            return;
        cpu_set_t set;
        CPU_ZERO(&set);
        for (int cpu = cores / 2; cpu < cores; ++cpu)
            CPU_SET(cpu, &set);
        if (::sched_setaffinity(pid_t(pid), sizeof set, &set) == 0)
            m_split = true;
    }
    bool split() const { return m_split; }
    QString describe() const {
        const int cores = machineCores();
        QString where = m_split ? u"the app on cores 0-%1, the stand-in servers on cores %2-%3"_s
                                      .arg(cores / 2 - 1)
                                      .arg(cores / 2)
                                      .arg(cores - 1)
                                : u"the app and the stand-in servers share the cores"_s;
        return where + (m_dir.isEmpty() ? u", the servers at full weight (no CPU cgroup here)"_s
                                        : u", the servers in %1 (%2 %3)"_s.arg(
                                              m_dir, m_weightFile, QString::fromLatin1(m_weight)));
    }

private:
    bool write(const QString& file, const QByteArray& value) const {
        QFile f(m_dir + u'/' + file);
        return f.open(QIODevice::WriteOnly) && f.write(value) == value.size() && f.flush();
    }
    QString m_dir;
    QString m_weightFile;
    QByteArray m_weight;
    bool m_split = false;
};

struct Fleet {
    QString user = u"root"_s;
    std::vector<std::unique_ptr<testssh::SshdFixture>> servers;
    QString knownHosts; // every server's host key
    QString sshConfig;  // Host fleet-NN aliases for OpenSSH
    QList<HostConfig> entries;
};

HostConfig entry(const testssh::SshdFixture& server, const QString& knownHosts, int n,
                 const QString& user) {
    HostConfig c;
    c.kind = HostConfig::Kind::Ssh;
    c.id = u"fleet-%1"_s.arg(n, 2, 10, QChar(u'0'));
    c.name = c.id;
    c.host = u"127.0.0.1"_s;
    c.port = server.port();
    c.user = user;
    c.identityFile = server.clientKeyPath();
    c.knownHostsFile = knownHosts;
    c.connectTimeoutSeconds = 30;
    return c;
}

// Waits for the controller's refresh to end; returns its wall time in ms, -1 when it failed.
double refreshAlone(const HostConfig& config) {
    HostController controller(config);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&controller, &HostController::reportChanged, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(&controller, &HostController::refreshFailed, &loop, [&](const Error& error) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(config.name), qPrintable(error.message));
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    controller.refresh();
    loop.exec();
    return ok ? double(timer.nsecsElapsed()) / 1e6 : -1;
}

struct RunFigures {
    double wallMs = 0;
    double stallMax = 0;
    double stallMaxBusy = 0; // the GUI thread's CPU time within the longest stall
    double stallMaxWait = 0; // the GUI thread's wait for a core within the longest stall
    double processCpu = 0;   // this process, all threads
    double machineBusy = 0;  // every core, every process
    double busyMax = 0;      // the longest stretch of GUI thread work
    double busyP99 = 0;
    double guiCpu = 0;
    double stallP99 = 0;
    size_t samples = 0;
    qint64 peakKiB = 0;
    qint64 rssBeforeKiB = 0;
    int failed = 0;
    int peakRunning = 0;
};

// The stall figures of a run, one line: the longest gap split into work, wait for a core and
// the rest, the 99th percentile, and the target.
QString stallLine(const RunFigures& f) {
    return u"   GUI thread stall (event loop latency): longest %1 ms (of it the GUI thread "
           "computed %2 ms, waited for a core %3 ms), p99 %4 ms over %5 ticks of 1 ms "
           "(target < 50) %6\n"_s.arg(f.stallMax, 0, 'f', 1)
               .arg(f.stallMaxBusy, 0, 'f', 1)
               .arg(f.stallMaxWait, 0, 'f', 1)
               .arg(f.stallP99, 0, 'f', 1)
               .arg(qulonglong(f.samples))
               .arg(f.stallMax < 50 ? u"OK"_s : u"OVER"_s);
}

RunFigures refreshAll(FleetPage& page) {
    RunFigures f;
    FleetRefresh* refresh = page.refresher();
    QEventLoop loop;
    QObject::connect(refresh, &FleetRefresh::finished, &loop, &QEventLoop::quit);
    StallProbe probe;
    f.rssBeforeKiB = bench::statusKiB("VmRSS:");
    resetPeakRss();
    // Let the probe's first interval start from an idle loop.
    probe.start();
    const double cpuBefore = processCpuMs();
    const double busyBefore = machineBusyMs();
    QElapsedTimer timer;
    timer.start();
    page.refreshAll();
    loop.exec();
    f.wallMs = double(timer.nsecsElapsed()) / 1e6;
    f.processCpu = processCpuMs() - cpuBefore;
    f.machineBusy = machineBusyMs() - busyBefore;
    probe.stop();
    f.stallMaxWait = probe.waitInMax();
    f.stallMax = probe.max();
    f.stallP99 = probe.p99();
    f.stallMaxBusy = probe.busyInMax();
    f.busyMax = probe.maxBusy();
    f.busyP99 = probe.p99Busy();
    f.guiCpu = probe.totalCpu();
    f.samples = probe.samples();
    f.peakKiB = bench::statusKiB("VmHWM:");
    f.peakRunning = refresh->peakRunning();
    for (int row = 0; row < page.model()->rowCount(); ++row)
        if (page.model()->state(row) == FleetModel::HostState::Failed)
            ++f.failed;
    return f;
}

// `xargs -P bound` over the aliases, each running `ssh ALIAS COMMAND`; wall time in ms.
double openSsh(const Fleet& fleet, int bound, const QString& command) {
    QStringList aliases;
    for (const HostConfig& c : fleet.entries)
        aliases.append(c.id);
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QString script =
        u"xargs -P %1 -I{} ssh -F %2 {} %3 >/dev/null"_s.arg(bound).arg(fleet.sshConfig, command);
    QElapsedTimer timer;
    timer.start();
    p.start(u"sh"_s, {u"-c"_s, script});
    p.write(aliases.join(u'\n').toUtf8() + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "OpenSSH run failed (exit %d)\n", p.exitCode());
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

bool setUp(Fleet& fleet, ServerCgroup& cgroup, int hosts, int servers) {
    for (int s = 0; s < servers; ++s) {
        testssh::SshdFixture::Options options;
        options.privateIpc = true;
        auto server = std::make_unique<testssh::SshdFixture>(options);
        if (!server->start()) {
            std::fprintf(stderr, "cannot start sshd: %s\n", qPrintable(server->errorString()));
            return false;
        }
        server->trustHostKey();
        cgroup.add(server->pid());
        // Objects in this server's namespace: a different load on each.
        const QString sets = QString::number(50 + 50 * s);
        QProcess create;
        create.start(u"nsenter"_s, {u"--ipc"_s, u"--target"_s, QString::number(server->pid()),
                                    QStringLiteral(IPCSCOPE_IPC_CREATE_PATH), sets, u"4"_s, u"20"_s,
                                    u"20"_s, QString::number(0x1d000000 + s * 4096)});
        if (!create.waitForFinished(60000) || create.exitCode() != 0) {
            std::fprintf(stderr, "cannot create objects: %s\n",
                         create.readAllStandardError().constData());
            return false;
        }
        fleet.servers.push_back(std::move(server));
    }
    // HOME, the remote helper cache: the first server's private ones.
    const QString home = fleet.servers.front()->usePrivateHome();
    if (fleet.user != u"root"_s) // the helper in the login's own cache, removed with it
        qputenv("IPCSCOPE_REMOTE_CACHE", "~/.cache/ipcscope");
    fleet.knownHosts = home + u"/known_hosts"_s;
    QFile known(fleet.knownHosts);
    if (!known.open(QIODevice::WriteOnly))
        return false;
    for (const auto& server : fleet.servers) {
        QFile one(server->knownHostsPath());
        if (!one.open(QIODevice::ReadOnly))
            return false;
        known.write(one.readAll());
    }
    known.close();
    fleet.sshConfig = home + u"/ssh_config"_s;
    QFile config(fleet.sshConfig);
    if (!config.open(QIODevice::WriteOnly))
        return false;
    for (int n = 1; n <= hosts; ++n) {
        const auto& server = *fleet.servers[size_t((n - 1) % servers)];
        const HostConfig c = entry(server, fleet.knownHosts, n, fleet.user);
        fleet.entries.append(c);
        config.write(u"Host %1\n  HostName 127.0.0.1\n  Port %2\n  User %5\n  IdentityFile %3\n"
                     "  IdentitiesOnly yes\n  BatchMode yes\n  StrictHostKeyChecking yes\n"
                     "  UserKnownHostsFile %4\n"_s.arg(c.id)
                         .arg(c.port)
                         .arg(c.identityFile, fleet.knownHosts, fleet.user)
                         .toUtf8());
    }
    return true;
}

// The helper as deployed into the remote cache by the first session.
QString deployedHelper(const testssh::SshdFixture& server, const QString& user) {
    QDirIterator it(user == u"root"_s ? server.remoteCacheDir()
                                      : u"/home/%1/.cache/ipcscope"_s.arg(user),
                    {u"helper-*"_s}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

} // namespace

int main(int argc, char** argv) {
    ServerCgroup::keepAppCores();
    testgui::useOwnSettings();
    testgui::useBuiltHelper();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int hosts = argc > 1 ? std::max(1, atoi(argv[1])) : 50;
    const int servers = argc > 2 ? std::clamp(atoi(argv[2]), 1, hosts) : 5;
    const bool asRoot = argc > 3 && qstrcmp(argv[3], "root") == 0;
    const int bound = settings::fleetConcurrency();

    BenchUser user(!asRoot);
    ServerCgroup cgroup; // outlives the servers
    Fleet fleet;
    if (user.created)
        fleet.user = user.name;
    if (!setUp(fleet, cgroup, hosts, servers))
        return 1;
    QTextStream out(stdout);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out << hosts << " host entries (login " << fleet.user << ") on " << servers
        << " sshds (each in its own IPC namespace), bound " << bound << ", " << machineCores()
        << " cores, load average " << loadAverage() << "\n"
        << cgroup.describe() << "\n";
    {
        // The machine's own scheduling noise: the same probe on an idle event loop for 2 s.
        StallProbe idle;
        idle.start();
        QEventLoop wait;
        QTimer::singleShot(2000, &wait, &QEventLoop::quit);
        wait.exec();
        idle.stop();
        out << qSetRealNumberPrecision(1) << "idle event loop for 2 s: longest stall " << idle.max()
            << " ms, p99 " << idle.p99() << " ms\n";
    }
    out.flush();

    // The helper is deployed once, as it would have been by an earlier visit.
    if (refreshAlone(fleet.entries.first()) < 0)
        return 1;

    // 1. Each entry alone.
    std::vector<double> single;
    for (const HostConfig& c : std::as_const(fleet.entries)) {
        const double ms = refreshAlone(c);
        if (ms < 0)
            return 1;
        single.push_back(ms);
    }
    const double slowest = *std::max_element(single.begin(), single.end());
    const double sum = std::accumulate(single.begin(), single.end(), 0.0);
    out << qSetRealNumberPrecision(1) << "single refresh (new session each, one at a time): median "
        << percentile(single, 0.5) << " ms, slowest " << slowest << " ms, sum " << sum << " ms\n";

    // 2. Refresh all on the Fleet page, first with new sessions, then again on open ones.
    HostListModel list;
    for (const HostConfig& c : std::as_const(fleet.entries))
        list.addHost(c);
    // (Row 0 is the local machine, as in every host list: refreshed too, through the helper.)
    HostControllers controllers(&list, nullptr, nullptr);
    FleetPage page(&list, &controllers);
    page.resize(1200, 800);
    page.show();
    app.processEvents();

    bool ok = true;
    double coldWall = 0;
    const int cores = machineCores();
    // The least the run could take with the CPU it used: the stand-in servers' CPU time on
    // their own cores when they have some, else all the CPU time on all the cores.
    const auto floorText = [&](const RunFigures& f) {
        const int serverCores = cgroup.split() ? cores - cores / 2 : cores;
        const double floor =
            cgroup.split() ? (f.machineBusy - f.processCpu) / serverCores : f.machineBusy / cores;
        return u"%1 ms (%2 on %3 core(s)); wall / CPU floor %4"_s.arg(floor, 0, 'f', 1)
            .arg(cgroup.split() ? u"the stand-in servers' CPU time"_s : u"all the CPU time"_s)
            .arg(serverCores)
            .arg(f.wallMs / floor, 0, 'f', 2);
    };
    const char* names[] = {"refresh all (new sessions)", "refresh all again (open sessions)"};
    for (const char* name : names) {
        const RunFigures f = refreshAll(page);
        const double ratio = f.wallMs / slowest;
        out << qSetRealNumberPrecision(1) << "-- " << name << ": " << f.wallMs << " ms for "
            << list.rowCount() << " entries (" << f.failed << " failed, at most " << f.peakRunning
            << " at once)\n"
            << "   wall / slowest single: " << qSetRealNumberPrecision(2) << ratio
            << " (target <= 2.00) " << (ratio <= 2.0 ? "OK" : "OVER") << "\n"
            << "   wall / (sum of singles / bound): " << f.wallMs / (sum / bound) << "\n"
            << stallLine(f) << qSetRealNumberPrecision(1)
            << "   GUI thread work without returning to the event loop: longest " << f.busyMax
            << " ms, p99 " << f.busyP99 << " ms; GUI thread CPU in all " << f.guiCpu
            << " ms (target < 50) " << (f.busyMax < 50 ? "OK" : "OVER") << "\n"
            << "   CPU: the machine was busy " << f.machineBusy / f.wallMs * 100.0 / cores
            << " % of its " << cores << " cores; IPC Scope " << f.processCpu << " ms ("
            << f.processCpu / list.rowCount() << " ms per entry), the rest "
            << f.machineBusy - f.processCpu
            << " ms (the sshds, shells and helpers that stand in for the servers)\n"
            << "   CPU floor: " << floorText(f) << "\n"
            << "   load average now " << loadAverage() << "\n"
            << "   peak RSS " << double(f.peakKiB) / 1024.0 << " MiB (before the run "
            << double(f.rssBeforeKiB) / 1024.0 << " MiB)\n";
        out.flush();
        if (coldWall == 0)
            coldWall = f.wallMs;
        ok = ok && f.failed == 0; // the local machine row may fail where no helper is allowed
    }

    // 3. A slow host (its server answers after 3 s) and a silent one (no answer at all, a 5 s
    //    connect timeout) first in the list: the others must not wait for them.
    {
        const auto& first = *fleet.servers.front();
        SlowDoor slow(first.port(), 3000);
        SlowDoor silent(0, 0);
        HostConfig slowEntry = fleet.entries.first();
        slowEntry.id = slowEntry.name = u"slow"_s;
        slowEntry.port = slow.port();
        HostConfig silentEntry = fleet.entries.first();
        silentEntry.id = silentEntry.name = u"silent"_s;
        silentEntry.port = silent.port();
        silentEntry.connectTimeoutSeconds = 5;
        // The slow door shows the first server's host key under its own port.
        QFile known(fleet.knownHosts);
        QFile firstKey(first.knownHostsPath());
        if (known.open(QIODevice::Append) && firstKey.open(QIODevice::ReadOnly))
            known.write(firstKey.readAll().replace(u"]:%1 "_s.arg(first.port()).toUtf8(),
                                                   u"]:%1 "_s.arg(slow.port()).toUtf8()));
        known.close();
        const double slowAlone = refreshAlone(slowEntry);

        HostListModel slowList;
        slowList.addHost(slowEntry);
        slowList.addHost(silentEntry);
        for (const HostConfig& c : std::as_const(fleet.entries))
            slowList.addHost(c);
        HostControllers slowControllers(&slowList, nullptr, nullptr);
        FleetPage slowPage(&slowList, &slowControllers);
        slowPage.resize(1200, 800);
        slowPage.show();
        app.processEvents();
        QElapsedTimer clock;
        QHash<QString, double> endedAt;
        for (int row = 0; row < slowList.rowCount(); ++row) {
            const QString id = slowList.config(row).id;
            const auto end = [&endedAt, &clock, id] {
                endedAt.insert(id, double(clock.nsecsElapsed()) / 1e6);
            };
            QObject::connect(slowControllers.at(row), &HostController::reportChanged, end);
            QObject::connect(slowControllers.at(row), &HostController::refreshFailed, end);
        }
        clock.start();
        const RunFigures f = refreshAll(slowPage);
        double othersDone = 0;
        for (auto it = endedAt.cbegin(); it != endedAt.cend(); ++it)
            if (it.key() != slowEntry.id && it.key() != silentEntry.id)
                othersDone = std::max(othersDone, it.value());
        const double ratio = f.wallMs / std::max(slowAlone, slowest);
        out << qSetRealNumberPrecision(1)
            << "-- refresh all with a slow host (answers after 3 s) and a silent one (5 s "
               "timeout) first in the list: "
            << f.wallMs << " ms for " << slowList.rowCount() << " entries (" << f.failed
            << " failed, at most " << f.peakRunning << " at once)\n"
            << "   the slow host alone " << slowAlone << " ms; in the run it ended at "
            << endedAt.value(slowEntry.id, -1) << " ms, the silent one failed at "
            << endedAt.value(silentEntry.id, -1) << " ms\n"
            << "   the other " << slowList.rowCount() - 2 << " were done at " << othersDone
            << " ms (without the two: " << coldWall << " ms)\n"
            << "   wall / slowest single (the slow host alone): " << qSetRealNumberPrecision(2)
            << ratio << " (target <= 2.00) " << (ratio <= 2.0 ? "OK" : "OVER") << "\n"
            << stallLine(f);
        out.flush();
        ok = ok && f.failed == 1; // the silent one
    }

    // 4. OpenSSH, the same entries, the same bound.
    const QString helper = deployedHelper(*fleet.servers.front(), fleet.user);
    const double ipcs = openSsh(fleet, bound, u"ipcs -a"_s);
    const double snap = helper.isEmpty() ? -1 : openSsh(fleet, bound, helper + u" snapshot"_s);
    out << qSetRealNumberPrecision(1) << "-- OpenSSH, xargs -P " << bound << ": ssh ALIAS ipcs -a "
        << ipcs << " ms; ssh ALIAS <helper> snapshot " << snap << " ms\n"
        << qSetRealNumberPrecision(2)
        << "   refresh all (new sessions) / ssh ipcs -a: " << coldWall / ipcs
        << "; / ssh <helper> snapshot: " << coldWall / snap << "\n";
    return ok && ipcs > 0 ? 0 : 1;
}
