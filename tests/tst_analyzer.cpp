// SPDX-License-Identifier: GPL-3.0-or-later
// The verdict rules on hand-written snapshots, one per situation (tests/data/analysis/*.json):
// object -> expected verdict, reason codes and software. docs/verdicts.md explains the rules.
#include "analysis/analyzer.h"
#include "analysis/context.h"
#include "analysis/software.h"
#include "analysis/verdicts.h"
#include "fixtures.h"
#include "largesnapshot.h"
#include "model/snapshotparser.h"

#include <QFile>
#include <QSet>
#include <QTest>

#include <cstdlib>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace ipcscope;
using testsupport::analysisFixture;

namespace {

const ObjectVerdict* find(const Report& report, const QString& type, const QString& idOrName) {
    for (const ObjectVerdict& o : report.objects) {
        if (objectTypeCode(o.ref.type) != type)
            continue;
        if (o.ref.id >= 0 ? QString::number(o.ref.id) == idOrName : o.ref.name == idOrName)
            return &o;
    }
    return nullptr;
}

QStringList codes(const ObjectVerdict& o) {
    QStringList out;
    for (const Reason& r : o.reasons)
        out << r.code;
    return out;
}

QStringList texts(const ObjectVerdict& o) {
    QStringList out;
    for (const Reason& r : o.reasons)
        out << r.text;
    return out;
}

} // namespace

class TestAnalyzer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // Times in reasons are shown in local time; the fixtures are written for UTC.
        qputenv("TZ", "UTC");
        tzset();
    }

    void verdicts_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QStringList>("reasons");
        QTest::addColumn<QString>("software");

        auto row = [](const char* name, const char* fixture, const char* type, const char* object,
                      const char* verdict, const QStringList& reasons, const char* software) {
            QTest::newRow(name) << QString::fromLatin1(fixture) << QString::fromLatin1(type)
                                << QString::fromLatin1(object) << QString::fromLatin1(verdict)
                                << reasons << QString::fromLatin1(software);
        };
        // Apache crashed and is not running.
        row("an Apache mutex whose last user exited while Apache is down is orphaned",
            "apache-crashed", "sem", "32768", "orphaned",
            {u"process_exited"_s, u"software_not_running"_s}, "apache");
        row("an Apache mutex never operated on while Apache is down is orphaned", "apache-crashed",
            "sem", "32770", "orphaned", {u"software_not_running"_s, u"never_used"_s}, "apache");
        // Apache runs again; leftovers from before its master started.
        row("an Apache mutex older than the running master is orphaned",
            "apache-running-with-leftovers", "sem", "5", "orphaned",
            {u"process_exited"_s, u"software_restarted"_s}, "apache");
        row("an Apache mutex older than the master whose pid was reused is orphaned",
            "apache-running-with-leftovers", "sem", "6", "orphaned",
            {u"pid_reused"_s, u"software_restarted"_s}, "apache");
        row("the running Apache's mutex used by a live child is in use",
            "apache-running-with-leftovers", "sem", "7", "in_use", {u"process_alive"_s}, "apache");
        row("the running Apache's mutex whose last child exited belongs to the running master",
            "apache-running-with-leftovers", "sem", "8", "in_use",
            {u"current_generation"_s, u"process_exited"_s}, "apache");
        row("a root set whose user exited is possibly orphaned because root runs processes",
            "apache-running-with-leftovers", "sem", "9", "possibly_orphaned",
            {u"process_exited"_s, u"owner_running"_s}, "");
        // PostgreSQL killed with SIGKILL: its user still runs a shell, but PostgreSQL does not.
        row("a PostgreSQL set of a killed server is orphaned", "postgresql-killed", "sem", "100",
            "orphaned", {u"process_exited"_s, u"software_not_running"_s}, "postgresql");
        row("the PostgreSQL interlock segment of a killed server is orphaned", "postgresql-killed",
            "shm", "200", "orphaned",
            {u"process_exited"_s, u"process_exited"_s, u"software_not_running"_s}, "postgresql");
        row("PostgreSQL dynamic shared memory of a killed server is orphaned", "postgresql-killed",
            "posix_shm", "PostgreSQL.1804289383", "orphaned",
            {u"software_not_running"_s, u"not_mapped"_s}, "postgresql");
        // Pid reuse.
        row("a set whose last pid now belongs to a newer process is not in use", "pid-reused",
            "sem", "10", "possibly_orphaned", {u"pid_reused"_s, u"owner_running"_s}, "");
        row("a process that started within the clock slack of its operation is the same",
            "pid-reused", "sem", "11", "in_use", {u"process_alive"_s}, "");
        row("a queue whose sender pid was reused and receiver exited is orphaned", "pid-reused",
            "msg", "12", "orphaned",
            {u"pid_reused"_s, u"process_exited"_s, u"owner_not_running"_s, u"messages_pending"_s},
            "");
        // Shared memory.
        row("a segment with two processes attached is in use", "segment-attached", "shm", "300",
            "in_use", {u"attached"_s, u"process_alive"_s, u"process_alive"_s}, "");
        row("a segment marked for removal that is still attached is in use", "segment-attached",
            "shm", "301", "in_use", {u"attached"_s, u"process_alive"_s, u"marked_for_removal"_s},
            "");
        row("a segment marked for removal and detached is going away", "segment-attached", "shm",
            "302", "unknown", {u"marked_for_removal"_s}, "");
        row("a detached segment whose creator still runs is in use", "segment-attached", "shm",
            "303", "in_use", {u"process_alive"_s}, "");
        row("a segment whose creator is in another PID namespace is unknown", "segment-attached",
            "shm", "304", "unknown", {u"pid_not_visible"_s, u"pid_not_visible"_s}, "");
        row("a never attached segment whose creator exited may be orphaned", "segment-attached",
            "shm", "305", "possibly_orphaned",
            {u"process_exited"_s, u"owner_running"_s, u"never_used"_s}, "");
        // Waiters.
        row("a set with processes waiting for an increase is in use", "semaphore-waiters", "sem",
            "20", "in_use", {u"waiters"_s}, "");
        row("a set with a process waiting for zero is in use", "semaphore-waiters", "sem", "21",
            "in_use", {u"waiters"_s}, "");
        row("a set without waiters whose user exited may be orphaned", "semaphore-waiters", "sem",
            "22", "possibly_orphaned", {u"process_exited"_s, u"owner_running"_s}, "");
        // Not root.
        row("another user's set without detail is unknown", "non-root-partial-view", "sem", "40",
            "unknown", {u"no_detail"_s}, "");
        row("an own set with detail is judged", "non-root-partial-view", "sem", "41", "in_use",
            {u"process_alive"_s}, "");
        row("an Apache mutex without detail while Apache is down is orphaned",
            "non-root-partial-view", "sem", "42", "orphaned",
            {u"software_not_running"_s, u"no_detail"_s}, "apache");
        row("a segment is judged without root because /proc/sysvipc shows its pids",
            "non-root-partial-view", "shm", "50", "possibly_orphaned",
            {u"process_exited"_s, u"owner_running"_s}, "");
        row("a POSIX segment is unknown when other users' maps cannot be read",
            "non-root-partial-view", "posix_shm", "app.cache", "unknown", {u"maps_unreadable"_s},
            "");
        // Limits at 100 %.
        row("a set of a user who runs nothing is orphaned", "limits-at-100-percent", "sem", "69",
            "orphaned", {u"process_exited"_s, u"owner_not_running"_s}, "");
        row("a set used by a live server is in use", "limits-at-100-percent", "sem", "61", "in_use",
            {u"process_alive"_s}, "");
        // POSIX objects.
        row("a POSIX segment mapped by a live process is in use", "posix-objects", "posix_shm",
            "app.shm", "in_use", {u"process_alive"_s}, "");
        row("a POSIX segment nobody maps of a user who runs nothing is orphaned", "posix-objects",
            "posix_shm", "stale.shm", "orphaned", {u"owner_not_running"_s, u"not_mapped"_s}, "");
        row("PostgreSQL dynamic shared memory newer than the running server may be in use",
            "posix-objects", "posix_shm", "PostgreSQL.42", "possibly_orphaned",
            {u"software_running"_s, u"not_mapped"_s}, "postgresql");
        row("a POSIX semaphore nobody maps of a user with processes may be orphaned",
            "posix-objects", "posix_sem", "app.lock", "possibly_orphaned",
            {u"owner_running"_s, u"not_mapped"_s}, "");
        row("a POSIX queue with a live process registered for notification is in use",
            "posix-objects", "posix_mq", "jobs", "in_use", {u"process_alive"_s}, "");
        row("a POSIX queue of a user who runs nothing is orphaned", "posix-objects", "posix_mq",
            "old", "orphaned", {u"owner_not_running"_s}, "");
        // Restart loops: generations, not time windows (four starts within one second).
        const QStringList earlierIdle = {u"process_exited"_s, u"earlier_generation"_s};
        row("the first of four starts in one second is an earlier generation",
            "apache-restart-loop", "sem", "327680", "orphaned", earlierIdle, "apache");
        row("the second of four starts in one second is an earlier generation",
            "apache-restart-loop", "sem", "360449", "orphaned", earlierIdle, "apache");
        row("the third of four starts in one second is an earlier generation",
            "apache-restart-loop", "sem", "393218", "orphaned", earlierIdle, "apache");
        row("the set the running master made itself is in use", "apache-restart-loop", "sem",
            "425987", "in_use", {u"process_alive"_s}, "apache");
        row("after a restart loop, an earlier start's set is orphaned even when the running "
            "generation was made by the pre-daemon parent",
            "apache-restart-loop-parent", "sem", "393218", "orphaned", earlierIdle, "apache");
        row("the set made by the running master's pre-daemon parent is in use",
            "apache-restart-loop-parent", "sem", "425987", "in_use",
            {u"current_generation"_s, u"process_exited"_s}, "apache");
        row("with traffic, an earlier start's set used by its killed child is orphaned",
            "apache-restart-loop-traffic", "sem", "655360", "orphaned",
            {u"process_exited"_s, u"earlier_generation"_s}, "apache");
        row("with traffic, a set used by a killed child in the running master's first second is "
            "orphaned when it came before the running generation",
            "apache-restart-loop-traffic", "sem", "720898", "orphaned",
            {u"process_exited"_s, u"earlier_generation"_s}, "apache");
        row("with traffic, an earlier start's idle set is orphaned", "apache-restart-loop-traffic",
            "sem", "753667", "orphaned", earlierIdle, "apache");
        row("with traffic, the running generation's set whose last child exited is in use",
            "apache-restart-loop-traffic", "sem", "786436", "in_use",
            {u"current_generation"_s, u"process_exited"_s}, "apache");
        row("with traffic, the running master's idle set is in use", "apache-restart-loop-traffic",
            "sem", "819205", "in_use", {u"process_alive"_s}, "apache");
        row("with traffic, a set used by a live child is in use", "apache-restart-loop-traffic",
            "sem", "851974", "in_use", {u"process_alive"_s}, "apache");
        row("after a graceful restart, the master's new set is in use", "apache-graceful", "sem",
            "1310720", "in_use", {u"process_alive"_s}, "apache");
        row("after a graceful restart, a set used by a new child is in use", "apache-graceful",
            "sem", "1343489", "in_use", {u"process_alive"_s}, "apache");
        row("after a graceful restart, a set whose last child exited is in use", "apache-graceful",
            "sem", "1376258", "in_use", {u"current_generation"_s, u"process_exited"_s}, "apache");
        row("an earlier start with a larger pid before a pid wrap-around is orphaned",
            "apache-pid-wrap", "sem", "1015809", "orphaned", earlierIdle, "apache");
        row("the running master with a small pid after a wrap-around keeps its set",
            "apache-pid-wrap", "sem", "1048578", "in_use", {u"process_alive"_s}, "apache");
        row("a set whose creator's pid now belongs to the newer running master is orphaned",
            "apache-pid-reuse", "sem", "1638400", "orphaned",
            {u"pid_reused"_s, u"earlier_generation"_s}, "apache");
        row("the set the running master made under the same pid is in use", "apache-pid-reuse",
            "sem", "1671169", "in_use", {u"process_alive"_s}, "apache");
        row("a restarted PostgreSQL's earlier set used by its killed backends is orphaned",
            "postgresql-restarted", "sem", "100", "orphaned",
            {u"process_exited"_s, u"process_exited"_s, u"earlier_generation"_s}, "postgresql");
        row("a restarted PostgreSQL's earlier idle set is orphaned", "postgresql-restarted", "sem",
            "101", "orphaned", {u"process_exited"_s, u"earlier_generation"_s}, "postgresql");
        row("the running postmaster's set is in use", "postgresql-restarted", "sem", "32870",
            "in_use", {u"process_alive"_s, u"process_alive"_s}, "postgresql");
        row("a restarted PostgreSQL's earlier segment is orphaned", "postgresql-restarted", "shm",
            "200", "orphaned", {u"process_exited"_s, u"process_exited"_s, u"earlier_generation"_s},
            "postgresql");
        row("the running postmaster's segment is in use", "postgresql-restarted", "shm", "32968",
            "in_use", {u"process_alive"_s, u"process_alive"_s}, "postgresql");
        row("a restarted PHP-FPM's earlier private set is orphaned", "php-fpm-restarted", "sem",
            "1966080", "orphaned", earlierIdle, "php");
        row("a set made after the running generation by a process that exited may be another "
            "instance's",
            "apache-other-instance", "sem", "458756", "possibly_orphaned",
            {u"process_exited"_s, u"software_running"_s}, "apache");
        row("a restarted uWSGI's earlier private set is orphaned", "uwsgi-restarted", "sem",
            "2293760", "orphaned", earlierIdle, "uwsgi");
        row("the running uWSGI master's private set is in use", "uwsgi-restarted", "sem", "2326529",
            "in_use", {u"process_alive"_s}, "uwsgi");
        // Real Apache 2.4 restart loops (tst_realapache, docs/verdicts.md): start, traffic,
        // SIGKILL of master and children, next start, 0.5-1 s a turn. The IPC times are whole
        // seconds and the process start times up to 1 s off: creation order and allocation
        // order decide. Prefork: each start's pre-daemon parent makes the ssl-cache set, its
        // master the accept set.
        const QStringList earlierUsed = {u"process_exited"_s, u"earlier_generation"_s};
        row("prefork without traffic: the killed start's accept set used by its child in the "
            "running master's second is orphaned",
            "apache-prefork-restart-loop", "sem", "8", "orphaned", earlierUsed, "apache");
        row("prefork without traffic: the killed start's ssl-cache set is orphaned",
            "apache-prefork-restart-loop", "sem", "7", "orphaned", earlierUsed, "apache");
        row("prefork without traffic: the running start's ssl-cache set made by its pre-daemon "
            "parent is in use",
            "apache-prefork-restart-loop", "sem", "10", "in_use",
            {u"current_generation"_s, u"process_exited"_s}, "apache");
        row("prefork without traffic: the running master's accept set is in use",
            "apache-prefork-restart-loop", "sem", "11", "in_use",
            {u"waiters"_s, u"process_alive"_s}, "apache");
        row("prefork with traffic: the second killed start's ssl-cache set is orphaned",
            "apache-prefork-restart-loop-traffic", "sem", "4", "orphaned", earlierUsed, "apache");
        row("prefork with traffic: the second killed start's accept set is orphaned",
            "apache-prefork-restart-loop-traffic", "sem", "5", "orphaned", earlierUsed, "apache");
        row("prefork with traffic: the third killed start's ssl-cache set is orphaned",
            "apache-prefork-restart-loop-traffic", "sem", "7", "orphaned", earlierUsed, "apache");
        row("prefork with traffic: the third killed start's accept set is orphaned",
            "apache-prefork-restart-loop-traffic", "sem", "8", "orphaned", earlierUsed, "apache");
        row("prefork with traffic: the running start's ssl-cache set is in use",
            "apache-prefork-restart-loop-traffic", "sem", "10", "in_use", {u"process_alive"_s},
            "apache");
        row("prefork with traffic: the running start's accept set is in use",
            "apache-prefork-restart-loop-traffic", "sem", "11", "in_use",
            {u"waiters"_s, u"process_alive"_s}, "apache");
        row("prefork with traffic in one second: the killed start's ssl-cache set is orphaned",
            "apache-prefork-restart-loop-same-second", "sem", "7", "orphaned", earlierUsed,
            "apache");
        row("prefork with traffic in one second: the killed start's accept set is orphaned",
            "apache-prefork-restart-loop-same-second", "sem", "8", "orphaned", earlierUsed,
            "apache");
        row("prefork with traffic in one second: the running start's sets are in use",
            "apache-prefork-restart-loop-same-second", "sem", "10", "in_use", {u"process_alive"_s},
            "apache");
        row("event with traffic: the next to last killed start's set is orphaned",
            "apache-event-graceful-traffic", "sem", "1", "orphaned", earlierUsed, "apache");
        row("event with traffic: the last killed start's set used after the running master "
            "started is orphaned",
            "apache-event-graceful-traffic", "sem", "2", "orphaned", earlierUsed, "apache");
        row("event after a graceful restart: the ssl-cache set of the original start is in use",
            "apache-event-graceful-traffic", "sem", "3", "in_use", {u"process_alive"_s}, "apache");
        row("prefork after a graceful restart: the surviving ssl-cache set whose last child "
            "exited is in use",
            "apache-prefork-graceful", "sem", "10", "in_use",
            {u"current_generation"_s, u"process_exited"_s}, "apache");
        row("prefork after a graceful restart: the accept set the master made anew is in use",
            "apache-prefork-graceful", "sem", "12", "in_use", {u"waiters"_s, u"process_alive"_s},
            "apache");
        row("prefork after a graceful restart: a killed start's accept set is still orphaned",
            "apache-prefork-graceful", "sem", "8", "orphaned", earlierUsed, "apache");
        row("prefork after a graceful restart: a killed start's ssl-cache set made by its "
            "pre-daemon parent is still orphaned",
            "apache-prefork-graceful", "sem", "7", "orphaned", earlierUsed, "apache");
        row("a set used long after the master started by its child whose pid wrapped around "
            "below the master's is in use",
            "apache-child-pid-wrap", "sem", "1310720", "in_use",
            {u"current_generation"_s, u"process_exited"_s}, "apache");
        // A partly hidden /proc: decide from what is known, name what is not.
        row("a dead PostgreSQL's POSIX segment is orphaned although pid 1 could not be checked",
            "postgresql-dead-pid1-hidden", "posix_shm", "PostgreSQL.1804289383", "orphaned",
            {u"software_not_running"_s, u"not_mapped"_s, u"processes_uninspected"_s}, "postgresql");
        row("an unrecognised POSIX segment may be mapped by a hidden root process",
            "postgresql-dead-pid1-hidden", "posix_shm", "app.cache", "possibly_orphaned",
            {u"owner_not_running"_s, u"not_mapped"_s, u"processes_uninspected"_s}, "");
        row("a dead PostgreSQL's POSIX segment is possibly orphaned when a hidden process could "
            "be postgres",
            "postgresql-dead-postgres-hidden", "posix_shm", "PostgreSQL.1804289383",
            "possibly_orphaned",
            {u"software_not_running"_s, u"not_mapped"_s, u"processes_uninspected"_s}, "postgresql");
        row("a POSIX segment is unknown when an older helper did not name the hidden processes",
            "maps-unreadable-unnamed", "posix_shm", "PostgreSQL.1804289383", "unknown",
            {u"maps_unreadable"_s}, "postgresql");
        row("the running PHP-FPM worker's private set is in use", "php-fpm-restarted", "sem",
            "1998849", "in_use", {u"process_alive"_s}, "php");
    }

    void verdicts() {
        QFETCH(QString, fixture);
        QFETCH(QString, type);
        QFETCH(QString, object);
        QFETCH(QString, verdict);
        QFETCH(QStringList, reasons);
        QFETCH(QString, software);

        const Report report = analyze(analysisFixture(fixture));
        const ObjectVerdict* o = find(report, type, object);
        QVERIFY2(o, qPrintable(u"no %1 %2 in the report"_s.arg(type, object)));
        QCOMPARE(verdictCode(o->verdict), verdict);
        QCOMPARE(codes(*o), reasons);
        QCOMPARE(o->software, software);
        for (const Reason& r : o->reasons)
            QVERIFY2(!r.text.isEmpty(), qPrintable(r.code));
    }

    void sentences_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("an exited last user is named with its pid")
            << u"apache-crashed"_s << u"sem"_s << u"32768"_s
            << u"last used by pid 7267, which exited"_s;
        QTest::newRow("software that is down is named")
            << u"apache-crashed"_s << u"sem"_s << u"32768"_s << u"Apache httpd is not running"_s;
        QTest::newRow("a leftover is dated against the Apache master")
            << u"apache-running-with-leftovers"_s << u"sem"_s << u"5"_s
            << u"created before the running Apache master started at 12:47"_s;
        QTest::newRow("a set of the running Apache master is said to be its own")
            << u"apache-running-with-leftovers"_s << u"sem"_s << u"8"_s
            << u"used at 13:13, after the running Apache (pid 8000) started, by its processes that "
               "have exited since: it belongs to the running Apache"_s;
        QTest::newRow("an earlier start is named by its creator and the running master")
            << u"apache-restart-loop"_s << u"sem"_s << u"360449"_s
            << u"created by pid 19047 for an earlier start of Apache, which was killed; the "
               "running Apache (pid 19191) created its own at 18:29"_s;
        QTest::newRow("an earlier start is told from the pre-daemon parent's generation")
            << u"apache-restart-loop-parent"_s << u"sem"_s << u"360449"_s
            << u"created by pid 19047 for an earlier start of Apache, which was killed; the "
               "running Apache (pid 19191) was started by pid 19190"_s;
        QTest::newRow("the pre-daemon parent's set is said to be the running Apache's")
            << u"apache-restart-loop-parent"_s << u"sem"_s << u"425987"_s
            << u"created by pid 19190, which started the running Apache (pid 19191): it belongs "
               "to the running Apache"_s;
        QTest::newRow("an earlier start whose creator is no longer recorded is explained")
            << u"apache-restart-loop-traffic"_s << u"sem"_s << u"720898"_s
            << u"created for an earlier start of Apache, which was killed (it was last used "
               "before the running Apache's own objects were made); the running Apache (pid 700) "
               "created its own at 18:29"_s;
        QTest::newRow("an earlier start is told by its last user forked before the running "
                      "master")
            << u"apache-prefork-restart-loop-traffic"_s << u"sem"_s << u"8"_s
            << u"pid 33 was started before the running Apache (pid 42): it belonged to an earlier "
               "start of Apache, which is gone"_s;
        QTest::newRow("an event MPM start killed after the running master started is named")
            << u"apache-event-graceful-traffic"_s << u"sem"_s << u"2"_s
            << u"pid 141 was started before the running Apache (pid 204): it belonged to an "
               "earlier start of Apache, which is gone"_s;
        QTest::newRow("the killed start's set before the pre-daemon parent's is told by creation "
                      "order")
            << u"apache-prefork-restart-loop"_s << u"sem"_s << u"8"_s
            << u"created for an earlier start of Apache, which was killed (it was last used "
               "before the running Apache's own objects were made); the running Apache (pid 42) "
               "was started by pid 41"_s;
        QTest::newRow("a PHP-FPM worker that made the running generation is named")
            << u"php-fpm-restarted"_s << u"sem"_s << u"1966080"_s
            << u"created by pid 2950 for an earlier start of PHP, which was killed; the running "
               "PHP (pid 3000) had its own created by its child pid 3005"_s;
        QTest::newRow("the process that could not be checked is named")
            << u"postgresql-dead-pid1-hidden"_s << u"posix_shm"_s << u"PostgreSQL.1804289383"_s
            << u"1 process could not be checked: pid 1 (init), root; none of them can be "
               "PostgreSQL"_s;
        QTest::newRow("a hidden process that could be postgres is named")
            << u"postgresql-dead-postgres-hidden"_s << u"posix_shm"_s << u"PostgreSQL.1804289383"_s
            << u"2 processes could not be checked: pid 1 (init), root; pid 4321, postgres; pid "
               "4321 could be PostgreSQL and might map it"_s;
        QTest::newRow("root is told what would help instead of running as root")
            << u"maps-unreadable-unnamed"_s << u"posix_shm"_s << u"app.cache"_s
            << u"which processes map it could not be read, even as root (a container without "
               "CAP_SYS_PTRACE, /proc mounted with hidepid= or Yama refuses it): run a current "
               "helper, which names the processes it could not check, in the host's PID "
               "namespace"_s;
        QTest::newRow("a reused pid is explained")
            << u"apache-running-with-leftovers"_s << u"sem"_s << u"6"_s
            << u"pid 812 is alive but started after the last operation: a different process "
               "reused the pid"_s;
        QTest::newRow("a live user is named with its program")
            << u"apache-running-with-leftovers"_s << u"sem"_s << u"7"_s
            << u"last used by pid 8100 (apache2), which is still running"_s;
        QTest::newRow("a user with processes is named")
            << u"pid-reused"_s << u"sem"_s << u"10"_s
            << u"user alice still runs 3 processes that might use it"_s;
        QTest::newRow("waiting messages are counted with their size")
            << u"pid-reused"_s << u"msg"_s << u"12"_s
            << u"3 messages waiting to be read (3.0 KiB)"_s;
        QTest::newRow("a user without processes is named")
            << u"pid-reused"_s << u"msg"_s << u"12"_s << u"no process of user bob is running"_s;
        QTest::newRow("one attached process is one process")
            << u"segment-attached"_s << u"shm"_s << u"301"_s << u"1 process attached"_s;
        QTest::newRow("attached processes are counted")
            << u"segment-attached"_s << u"shm"_s << u"300"_s << u"2 processes attached"_s;
    }

    void sentences() {
        QFETCH(QString, fixture);
        QFETCH(QString, type);
        QFETCH(QString, object);
        QFETCH(QString, sentence);
        const Report report = analyze(analysisFixture(fixture));
        const ObjectVerdict* o = find(report, type, object);
        QVERIFY(o);
        QVERIFY2(texts(*o).contains(sentence), qPrintable(texts(*o).join(u" | "_s)));
    }

    void softwareIsRecognisedByOwnerAndProgram_data() {
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QString>("runningComm"); // a program running as the owner, or empty
        QTest::addColumn<QString>("software");
        QTest::newRow("postgres owns PostgreSQL's objects")
            << u"postgres"_s << QString() << u"postgresql"_s;
        QTest::newRow("oracle owns Oracle's objects") << u"oracle"_s << QString() << u"oracle"_s;
        QTest::newRow("a db2 instance owner owns Db2's objects")
            << u"db2inst1"_s << QString() << u"db2"_s;
        QTest::newRow("a <sid>adm user owns SAP's objects") << u"prdadm"_s << QString() << u"sap"_s;
        QTest::newRow("sysadm is not SAP: SYS is a reserved SID")
            << u"sysadm"_s << QString() << QString();
        QTest::newRow("the user uWSGI runs as owns its objects")
            << u"app"_s << u"uwsgi"_s << u"uwsgi"_s;
        QTest::newRow("the user PHP-FPM runs as owns its objects")
            << u"web"_s << u"php-fpm8.2"_s << u"php"_s;
        QTest::newRow("an ordinary user's objects are nobody's software")
            << u"alice"_s << u"bash"_s << QString();
    }

    void softwareIsRecognisedByOwnerAndProgram() {
        QFETCH(QString, owner);
        QFETCH(QString, runningComm);
        QFETCH(QString, software);
        Snapshot s = analysisFixture(u"empty-host"_s);
        SharedMemorySegment seg;
        seg.id = 1;
        seg.key = 0x1234;
        seg.uid = seg.cuid = 1500;
        seg.owner = seg.creator = owner;
        seg.size = 4096;
        s.sharedMemory.append(seg);
        if (!runningComm.isEmpty()) {
            Program p;
            p.comm = runningComm;
            p.uid = 1500;
            p.user = owner;
            p.count = 2;
            p.oldestStart = 1763900500;
            s.programs.append(p);
        }
        const Report report = analyze(s);
        QCOMPARE(report.objects.size(), 1);
        QCOMPARE(report.objects.first().software, software);
    }

    void everyObjectGetsOneVerdict() {
        for (const char* name : {"apache-crashed",
                                 "apache-running-with-leftovers",
                                 "postgresql-killed",
                                 "pid-reused",
                                 "apache-restart-loop",
                                 "apache-restart-loop-parent",
                                 "apache-restart-loop-traffic",
                                 "apache-graceful",
                                 "apache-pid-wrap",
                                 "apache-pid-reuse",
                                 "apache-prefork-restart-loop",
                                 "apache-prefork-restart-loop-traffic",
                                 "apache-prefork-restart-loop-same-second",
                                 "apache-event-graceful-traffic",
                                 "apache-prefork-graceful",
                                 "apache-child-pid-wrap",
                                 "postgresql-restarted",
                                 "php-fpm-restarted",
                                 "postgresql-dead-pid1-hidden",
                                 "postgresql-dead-postgres-hidden",
                                 "maps-unreadable-unnamed",
                                 "segment-attached",
                                 "semaphore-waiters",
                                 "non-root-partial-view",
                                 "empty-host",
                                 "limits-at-100-percent",
                                 "posix-objects"}) {
            const Snapshot snapshot = analysisFixture(QString::fromLatin1(name));
            const Report report = analyze(snapshot);
            QCOMPARE(report.objects.size(), snapshot.objectCount());
            for (const ObjectVerdict& o : report.objects)
                QVERIFY2(!o.reasons.isEmpty(), name);
        }
    }

    // Advice to run as root is for people who did not; root gets what would help instead.
    void rootIsNeverToldToRunAsRoot() {
        for (const char* name : {"postgresql-dead-pid1-hidden", "postgresql-dead-postgres-hidden",
                                 "maps-unreadable-unnamed", "apache-running-with-leftovers"}) {
            Snapshot snapshot = analysisFixture(QString::fromLatin1(name));
            QCOMPARE(snapshot.host.euid, 0u);
            // Also without per-semaphore detail (semctl refused even root).
            for (SemaphoreSet& set : snapshot.semaphores) {
                set.detail = false;
                set.sems.clear();
            }
            const Report report = analyze(snapshot);
            for (const ObjectVerdict& o : report.objects)
                for (const Reason& r : o.reasons)
                    QVERIFY2(!r.text.contains(u"run as root"_s), qPrintable(r.text));
            for (const Finding& f : report.findings)
                QVERIFY2(!f.text.contains(u"run as root"_s), qPrintable(f.text));
        }
    }

    void emptyHostIsAllClear() {
        const Report report = analyze(analysisFixture(u"empty-host"_s));
        QVERIFY(report.objects.isEmpty());
        QVERIFY(report.owners.isEmpty());
        QVERIFY(report.suggestions.isEmpty());
        QVERIFY(report.sysctlSnippet.isEmpty());
        QCOMPARE(report.findings.size(), 1);
        QCOMPARE(report.findings.first().code, u"all_clear"_s);
        for (const LimitUsage& l : report.limits) {
            QCOMPARE(l.used, 0u);
            QCOMPARE(l.level, Level::Ok);
        }
    }

    void limitUsage_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<quint64>("used");
        QTest::addColumn<quint64>("limit");
        QTest::addColumn<int>("level");
        QTest::addColumn<quint64>("reclaimable");
        QTest::newRow("all 8 semaphore sets are used, one of them orphaned")
            << u"SEMMNI"_s << quint64(8) << quint64(8) << int(Level::Critical) << quint64(1);
        QTest::newRow("8 semaphores of 32000")
            << u"SEMMNS"_s << quint64(8) << quint64(32000) << int(Level::Ok) << quint64(1);
        QTest::newRow("the largest set has 1 semaphore of 250")
            << u"SEMMSL"_s << quint64(1) << quint64(250) << int(Level::Ok) << quint64(0);
        QTest::newRow("all 4 segments are used")
            << u"SHMMNI"_s << quint64(4) << quint64(4) << int(Level::Critical) << quint64(0);
        QTest::newRow("4 MiB of segments are 1024 pages")
            << u"SHMALL"_s << quint64(1024) << quint64(2097152) << int(Level::Ok) << quint64(0);
        QTest::newRow("the largest segment is 1 MiB of 32 MiB")
            << u"SHMMAX"_s << quint64(1048576) << quint64(33554432) << int(Level::Ok) << quint64(0);
        QTest::newRow("no message queues")
            << u"MSGMNI"_s << quint64(0) << quint64(16) << int(Level::Ok) << quint64(0);
    }

    void limitUsage() {
        QFETCH(QString, field);
        QFETCH(quint64, used);
        QFETCH(quint64, limit);
        QFETCH(int, level);
        QFETCH(quint64, reclaimable);
        const Report report = analyze(analysisFixture(u"limits-at-100-percent"_s));
        const LimitUsage* found = nullptr;
        for (const LimitUsage& l : report.limits)
            if (l.field == field)
                found = &l;
        QVERIFY(found);
        QCOMPARE(found->used, used);
        QVERIFY(found->limit);
        QCOMPARE(*found->limit, limit);
        QCOMPARE(int(found->level), level);
        QCOMPARE(found->reclaimable, reclaimable);
    }

    void fullestQueueIsMeasuredAgainstItsOwnLimit() {
        const Report report = analyze(analysisFixture(u"pid-reused"_s));
        for (const LimitUsage& l : report.limits)
            if (l.field == u"MSGMNB"_s) {
                QCOMPARE(l.used, 3072u);
                QCOMPARE(*l.limit, 16384u);
                return;
            }
        QFAIL("no MSGMNB usage");
    }

    void ownersAreSummedPerUid() {
        const Report report = analyze(analysisFixture(u"postgresql-killed"_s));
        QCOMPARE(report.owners.size(), 1);
        const OwnerSummary& pg = report.owners.first();
        QCOMPARE(pg.owner, u"postgres"_s);
        QCOMPARE(pg.semaphoreSets, 3);
        QCOMPARE(pg.semaphores, 51);
        QCOMPARE(pg.segments, 1);
        QCOMPARE(pg.segmentBytes, 56u);
        QCOMPARE(pg.posixObjects, 1);
        QCOMPARE(pg.orphaned, 5);
        QCOMPARE(pg.runningProcesses, 1);
    }

    void softwareIsListedWithItsRootCause() {
        const Report report = analyze(analysisFixture(u"apache-running-with-leftovers"_s));
        QCOMPARE(report.software.size(), 1);
        const Software& apache = report.software.first();
        QCOMPARE(apache.id, u"apache"_s);
        QVERIFY(apache.running);
        QCOMPARE(apache.runningUser, u"www-data"_s);
        QCOMPARE(apache.runningSince, 1763988420.0);
        QCOMPARE(apache.objects, 4);
        QCOMPARE(apache.orphaned, 2);
        QVERIFY(apache.rootCause.contains(u"Mutex fcntl"_s));
        QCOMPARE(apache.serviceName, u"apache2"_s);
    }

    void findingsSpeakInSentencesWithOneAction_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("objects");
        QTest::newRow("crashed Apache's sets are offered for cleanup")
            << u"apache-crashed"_s << u"software_orphans"_s
            << u"3 semaphore sets left behind by Apache httpd, which is not running"_s
            << int(Finding::Action::Clean) << 3;
        QTest::newRow("the restarted Apache's leftovers are dated")
            << u"apache-running-with-leftovers"_s << u"software_orphans"_s
            << u"2 semaphore sets left behind by Apache httpd, which was restarted at 12:47"_s
            << int(Finding::Action::Clean) << 2;
        QTest::newRow("a restart loop's earlier generations are offered for cleanup")
            << u"apache-restart-loop"_s << u"software_orphans"_s
            << u"3 semaphore sets left behind by Apache httpd, which was restarted at 18:29"_s
            << int(Finding::Action::Clean) << 3;
        QTest::newRow("the Apache root cause is explained")
            << u"apache-crashed"_s << u"root_cause"_s << QString() << int(Finding::Action::Explain)
            << 3;
        QTest::newRow("a full limit with orphans offers the cleanup")
            << u"limits-at-100-percent"_s << u"limit_usage"_s
            << u"SEMMNI is 100 % used (8 of 8 sets); cleaning up the orphaned objects frees 1 of "
               "them."_s
            << int(Finding::Action::Clean) << 1;
        QTest::newRow("limits to raise are explained")
            << u"limits-at-100-percent"_s << u"limits_to_raise"_s
            << u"2 kernel limits should be raised"_s << int(Finding::Action::Explain) << 0;
        QTest::newRow("sets without detail ask for root")
            << u"non-root-partial-view"_s << u"unknown_no_detail"_s
            << u"1 semaphore set could not be judged without per-semaphore detail: run as root "
               "(e.g. with --sudo)"_s
            << int(Finding::Action::Explain) << 1;
    }

    void findingsSpeakInSentencesWithOneAction() {
        QFETCH(QString, fixture);
        QFETCH(QString, code);
        QFETCH(QString, text);
        QFETCH(int, action);
        QFETCH(int, objects);
        const Report report = analyze(analysisFixture(fixture));
        for (const Finding& f : report.findings) {
            if (f.code != code)
                continue;
            if (!text.isEmpty())
                QCOMPARE(f.text, text);
            QCOMPARE(int(f.action), action);
            QCOMPARE(f.objects.size(), objects);
            return;
        }
        QFAIL(qPrintable(u"no finding %1"_s.arg(code)));
    }

    void criticalFindingsComeFirst() {
        const Report report = analyze(analysisFixture(u"limits-at-100-percent"_s));
        QVERIFY(!report.findings.isEmpty());
        QCOMPARE(report.findings.first().level, Level::Critical);
    }

    void agentlessSnapshotsDoNotClaimOrphans() {
        // The reduced read has no per-semaphore detail, no process list and no per-user counts.
        Snapshot s = analysisFixture(u"pid-reused"_s);
        s.mode = SnapshotMode::Agentless;
        s.processes.clear();
        s.users.clear();
        s.programs.clear();
        for (SemaphoreSet& set : s.semaphores) {
            set.detail = false;
            set.sems.clear();
        }
        const Report report = analyze(s);
        for (const ObjectVerdict& o : report.objects)
            QCOMPARE(verdictCode(o.verdict), u"unknown"_s);
        bool agentlessFinding = false;
        for (const Finding& f : report.findings)
            agentlessFinding = agentlessFinding || f.code == u"agentless"_s;
        QVERIFY(agentlessFinding);
    }

    // analyze() judges the objects on all cores, in slices: the result must be the one of judging
    // them one at a time, in snapshot order.
    void largeSnapshotsAreJudgedAsOneObjectAtATime_data() {
        QTest::addColumn<QString>("fixture");
        for (const char* name : {"pid-reused", "postgresql-killed", "posix-objects",
                                 "non-root-partial-view", "semaphore-waiters"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void largeSnapshotsAreJudgedAsOneObjectAtATime() {
        QFETCH(QString, fixture);
        const Snapshot s = testsupport::enlarged(analysisFixture(fixture), 12000);
        QVERIFY(s.objectCount() >= 12000);
        const Report report = analyze(s);

        const analysis::Context context(s);
        const analysis::SoftwareCatalog catalog(context);
        const analysis::VerdictJudge judge(context, catalog);
        QList<ObjectVerdict> expected;
        for (int i = 0; i < s.semaphores.size(); ++i)
            expected.append(judge.judge(s.semaphores.at(i), i));
        for (int i = 0; i < s.sharedMemory.size(); ++i)
            expected.append(judge.judge(s.sharedMemory.at(i), i));
        for (int i = 0; i < s.messageQueues.size(); ++i)
            expected.append(judge.judge(s.messageQueues.at(i), i));
        for (int i = 0; i < s.posixShm.size(); ++i)
            expected.append(judge.judge(ObjectType::PosixShm, s.posixShm.at(i), i));
        for (int i = 0; i < s.posixSemaphores.size(); ++i)
            expected.append(judge.judge(ObjectType::PosixSemaphore, s.posixSemaphores.at(i), i));
        for (int i = 0; i < s.posixMqueues.size(); ++i)
            expected.append(judge.judge(ObjectType::PosixMqueue, s.posixMqueues.at(i), i));

        QCOMPARE(report.objects.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const ObjectVerdict& got = report.objects.at(i);
            const ObjectVerdict& want = expected.at(i);
            QCOMPARE(got.ref.type, want.ref.type);
            QCOMPARE(got.ref.id, want.ref.id);
            QCOMPARE(got.ref.index, want.ref.index);
            QCOMPARE(got.ref.name, want.ref.name);
            QCOMPARE(got.verdict, want.verdict);
            QCOMPARE(codes(got), codes(want));
            QCOMPARE(texts(got), texts(want));
            QCOMPARE(got.software, want.software);
            QCOMPARE(got.owner, want.owner);
        }
        // And the same verdicts as the fixture's originals.
        const Report small = analyze(analysisFixture(fixture));
        for (const ObjectVerdict& original : small.objects) {
            int copies = 0;
            for (const ObjectVerdict& o : report.objects) {
                const bool copy =
                    o.ref.type == original.ref.type &&
                    (o.ref.id >= 0 ? o.ref.id % 1000000 == original.ref.id
                                   : o.ref.name == original.ref.name ||
                                         o.ref.name.startsWith(original.ref.name + u'.'));
                if (!copy)
                    continue;
                ++copies;
                QCOMPARE(o.verdict, original.verdict);
                QCOMPARE(codes(o), codes(original));
            }
            QVERIFY(copies > 1);
        }
    }

    // Shared sentences ("last used by pid 7267 (apache2), which exited") are made once per
    // analysis: the next analysis on the same thread says what its own snapshot says.
    void sharedSentencesBelongToTheirOwnAnalysis() {
        Snapshot s = testsupport::enlarged(analysisFixture(u"pid-reused"_s), 6000);
        const auto sentencesFor = [](const Report& report, qint64 pid) {
            QSet<QString> texts;
            for (const ObjectVerdict& o : report.objects)
                for (const Reason& r : o.reasons)
                    if (r.text.contains(u"pid "_s + QString::number(pid) + u" ("_s))
                        texts.insert(r.text);
            return texts;
        };
        const QSet<QString> before = sentencesFor(analyze(s), 820);
        QVERIFY(!before.isEmpty());
        for (const QString& text : before)
            QVERIFY2(text.contains(u"(worker)"_s), qPrintable(text));
        for (Process& p : s.processes)
            if (p.pid == 820)
                p.comm = u"renamed"_s;
        const QSet<QString> after = sentencesFor(analyze(s), 820);
        QVERIFY(!after.isEmpty());
        for (const QString& text : after)
            QVERIFY2(text.contains(u"(renamed)"_s), qPrintable(text));
    }

    void analysisIsDeterministic() {
        const Snapshot s = analysisFixture(u"apache-running-with-leftovers"_s);
        const Report a = analyze(s);
        const Report b = analyze(s);
        QCOMPARE(a.objects.size(), b.objects.size());
        for (qsizetype i = 0; i < a.objects.size(); ++i) {
            QCOMPARE(a.objects.at(i).verdict, b.objects.at(i).verdict);
            QCOMPARE(texts(a.objects.at(i)), texts(b.objects.at(i)));
        }
    }
};

QTEST_GUILESS_MAIN(TestAnalyzer)
#include "tst_analyzer.moc"
