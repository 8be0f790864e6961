// SPDX-License-Identifier: GPL-3.0-or-later
// The limit advisor: every formula (PostgreSQL, Oracle, Db2, headroom), the rules that a
// suggestion never lowers a limit nor goes below the kernel default, the per-field maximum, and
// the sysctl snippet.
#include "analysis/advisor.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ipcscope;

namespace {

constexpr quint64 GiB = 1024ull * 1024 * 1024;

// Limits of an old distribution (RHEL 7 era): "250 32000 32 128", 32 MiB SHMMAX.
Limits oldLimits() {
    Limits l;
    l.semmsl = 250;
    l.semmns = 32000;
    l.semopm = 32;
    l.semmni = 128;
    l.shmmax = 33554432;
    l.shmall = 2097152;
    l.shmmni = 4096;
    l.msgmax = 8192;
    l.msgmnb = 16384;
    l.msgmni = 32000;
    l.mqQueuesMax = 256;
    return l;
}

Limits modernLimits() {
    Limits l;
    l.semmsl = kerneldefaults::semmsl;
    l.semmns = kerneldefaults::semmns;
    l.semopm = kerneldefaults::semopm;
    l.semmni = kerneldefaults::semmni;
    l.shmmax = kerneldefaults::shmmax;
    l.shmall = kerneldefaults::shmall;
    l.shmmni = kerneldefaults::shmmni;
    l.msgmax = kerneldefaults::msgmax;
    l.msgmnb = kerneldefaults::msgmnb;
    l.msgmni = kerneldefaults::msgmni;
    l.mqQueuesMax = kerneldefaults::mqQueuesMax;
    return l;
}

LimitUsage usage(const char* field, quint64 used, quint64 limit, quint64 reclaimable = 0) {
    LimitUsage u;
    u.field = QString::fromLatin1(field);
    u.unit = u"sets"_s;
    u.used = used;
    u.limit = limit;
    u.reclaimable = reclaimable;
    return u;
}

const Suggestion* find(const QList<Suggestion>& list, const QString& field) {
    for (const Suggestion& s : list)
        if (s.field == field)
            return &s;
    return nullptr;
}

} // namespace

class TestAdvisor : public QObject {
    Q_OBJECT

private slots:
    void postgresFormula_data() {
        QTest::addColumn<int>("maxConnections");
        QTest::addColumn<int>("autovacuum");
        QTest::addColumn<int>("walSenders");
        QTest::addColumn<int>("workers");
        QTest::addColumn<quint64>("sets");
        QTest::newRow("defaults need ceil(126/16) = 8 sets") << 100 << 3 << 10 << 8 << quint64(8);
        QTest::newRow("1000 connections need ceil(1026/16) = 65 sets")
            << 1000 << 3 << 10 << 8 << quint64(65);
        QTest::newRow("an exact multiple of 16 needs no extra set")
            << 11 << 0 << 0 << 0 << quint64(1);
        QTest::newRow("one more process needs one more set") << 12 << 0 << 0 << 0 << quint64(2);
    }

    void postgresFormula() {
        QFETCH(int, maxConnections);
        QFETCH(int, autovacuum);
        QFETCH(int, walSenders);
        QFETCH(int, workers);
        QFETCH(quint64, sets);
        PostgresSettings pg;
        pg.maxConnections = maxConnections;
        pg.autovacuumMaxWorkers = autovacuum;
        pg.maxWalSenders = walSenders;
        pg.maxWorkerProcesses = workers;
        QCOMPARE(postgresSemaphoreSets(pg), sets);
    }

    void ramIsCountedInWholeGiBRoundedUp() {
        QCOMPARE(ramGiB(0), 1u);
        QCOMPARE(ramGiB(16 * GiB), 16u);
        QCOMPARE(ramGiB(16 * GiB - 300 * 1024 * 1024), 16u); // MemTotal of a 16 GiB machine
        QCOMPARE(ramGiB(16 * GiB + 1), 17u);
    }

    void postgresNeedsAreMetByOldLimitsForDefaults() {
        AdvisorInput in;
        in.limits = oldLimits();
        in.workloads = {u"postgresql"_s};
        QVERIFY(suggestLimits(in).isEmpty());
    }

    void postgresWithManyConnectionsRaisesSemmni() {
        AdvisorInput in;
        in.limits = oldLimits();
        in.workloads = {u"postgresql"_s};
        in.postgres.maxConnections = 5000; // ceil(5026 / 16) = 315 sets > 128
        in.usage = {usage("SEMMNI", 10, 128), usage("SEMMNS", 40, 32000)};
        const QList<Suggestion> s = suggestLimits(in);
        const Suggestion* semmni = find(s, u"SEMMNI"_s);
        QVERIFY(semmni);
        QCOMPARE(semmni->parameter, u"kernel.sem"_s);
        QCOMPARE(semmni->current, 128u);
        // 315 + 10 in use, raised to the kernel default.
        QCOMPARE(semmni->suggested, kerneldefaults::semmni);
        QVERIFY2(semmni->reason.contains(u"= 315"_s), qPrintable(semmni->reason));
        QVERIFY(semmni->reason.contains(u"plus the 10 in use"_s));
        QVERIFY(semmni->reference.startsWith(u"PostgreSQL 15 documentation, 19.4.1"_s));
        // 315 * 17 + 40 = 5395 semaphores fit in 32000.
        QVERIFY(!find(s, u"SEMMNS"_s));
    }

    void postgresSemmnsIsSetsTimesSeventeen() {
        AdvisorInput in;
        in.limits = oldLimits();
        in.limits.semmni = 32000;
        in.workloads = {u"postgresql"_s};
        in.postgres.maxConnections = 40000; // ceil(40026 / 16) = 2502 sets, 42534 semaphores
        const Suggestion* semmns = find(suggestLimits(in), u"SEMMNS"_s);
        QVERIFY(semmns);
        QVERIFY2(semmns->reason.contains(u"= 2502 × 17"_s), qPrintable(semmns->reason));
        QCOMPARE(semmns->suggested, kerneldefaults::semmns);
    }

    void oracleMinimums() {
        AdvisorInput in;
        in.limits = oldLimits();
        in.limits.shmmni = 100;
        in.workloads = {u"oracle"_s};
        const QList<Suggestion> s = suggestLimits(in);
        // 250 32000 100 128: SEMOPM 32 is below 100; the others are met.
        QVERIFY(!find(s, u"SEMMSL"_s));
        QVERIFY(!find(s, u"SEMMNS"_s));
        QVERIFY(!find(s, u"SEMMNI"_s));
        const Suggestion* semopm = find(s, u"SEMOPM"_s);
        QVERIFY(semopm);
        QCOMPARE(semopm->suggested, kerneldefaults::semopm); // 100 needed, default 500
        QVERIFY(semopm->reason.contains(u"at least 100"_s));
        QVERIFY(semopm->reference.startsWith(u"Oracle Database 19c Installation Guide"_s));
        const Suggestion* shmmni = find(s, u"SHMMNI"_s);
        QVERIFY(shmmni);
        QCOMPARE(shmmni->suggested, 4096u);
    }

    void oracleWantsHalfTheMemoryForShmmax() {
        AdvisorInput in;
        in.limits = oldLimits(); // SHMMAX 32 MiB
        in.memTotal = 16 * GiB;
        in.workloads = {u"oracle"_s};
        const Suggestion* shmmax = find(suggestLimits(in), u"SHMMAX"_s);
        QVERIFY(shmmax);
        QVERIFY(shmmax->reason.contains(QString::number(8 * GiB)));
        QCOMPARE(shmmax->suggested, kerneldefaults::shmmax);
    }

    void oracleWantsFortyPercentOfTheMemoryForShmall() {
        AdvisorInput in;
        in.limits = oldLimits(); // SHMALL 2097152 pages of 4 KiB: 8 GiB
        in.memTotal = 64 * GiB;
        in.pageSize = 4096;
        in.workloads = {u"oracle"_s};
        const Suggestion* shmall = find(suggestLimits(in), u"SHMALL"_s);
        QVERIFY(shmall);
        // 40 % of 64 GiB in pages of 4 KiB: 6710886 (of 6710886.4).
        QVERIFY2(shmall->reason.contains(u"6710886"_s), qPrintable(shmall->reason));
        QVERIFY(shmall->reference.startsWith(u"Oracle Database 19c Installation Guide"_s));
        QCOMPARE(shmall->suggested, kerneldefaults::shmall);
        // Pages of 64 KiB (e.g. on some ARM servers): 16 times fewer.
        bool found = false;
        for (const LimitRequirement& r : oracleRequirements(64 * GiB, 65536)) {
            if (r.field == u"SHMALL"_s) {
                QCOMPARE(r.value, 419430u);
                found = true;
            }
        }
        QVERIFY(found);
        // 16 GiB: 1677721 pages are below the old default of 2097152; nothing to raise.
        in.memTotal = 16 * GiB;
        QVERIFY(!find(suggestLimits(in), u"SHMALL"_s));
    }

    void db2RamBasedValues_data() {
        QTest::addColumn<quint64>("ramGiB");
        QTest::addColumn<QString>("field");
        QTest::addColumn<quint64>("suggested");
        // 128 GiB: SEMMNI 256 * 128 = 32768 (the kernel's maximum), above the default 32000.
        QTest::newRow("SEMMNI is 256 per GB") << quint64(128) << u"SEMMNI"_s << quint64(32768);
        QTest::newRow("SEMMNI per GB stops at the kernel maximum")
            << quint64(512) << u"SEMMNI"_s << quint64(32768);
        QTest::newRow("SEMMNS is 256000 but never below the default")
            << quint64(16) << u"SEMMNS"_s << kerneldefaults::semmns;
        QTest::newRow("MSGMAX is 65536") << quint64(16) << u"MSGMAX"_s << quint64(65536);
        QTest::newRow("MSGMNB is 65536") << quint64(16) << u"MSGMNB"_s << quint64(65536);
        QTest::newRow("MSGMNI is 1024 per GB, at most the kernel maximum")
            << quint64(64) << u"MSGMNI"_s << quint64(32768);
        QTest::newRow("SHMMNI is 256 per GB") << quint64(128) << u"SHMMNI"_s << quint64(32768);
        QTest::newRow("SHMMAX is the RAM, never below the default")
            << quint64(16) << u"SHMMAX"_s << kerneldefaults::shmmax;
        QTest::newRow("SHMALL is twice the RAM in pages, never below the default")
            << quint64(16) << u"SHMALL"_s << kerneldefaults::shmall;
    }

    void db2RamBasedValues() {
        QFETCH(quint64, ramGiB);
        QFETCH(QString, field);
        QFETCH(quint64, suggested);
        AdvisorInput in;
        in.limits = oldLimits();
        in.limits.msgmni = 16;
        in.limits.shmmni = 16;
        in.memTotal = ramGiB * GiB;
        in.pageSize = 4096;
        in.workloads = {u"db2"_s};
        const Suggestion* s = find(suggestLimits(in), field);
        QVERIFY(s);
        QCOMPARE(s->suggested, suggested);
        QVERIFY(s->reference.startsWith(u"IBM Db2 11.5 documentation"_s));
    }

    void db2ShmallFormulaIsInTheReason() {
        AdvisorInput in;
        in.limits = oldLimits();
        in.memTotal = 16 * GiB;
        in.pageSize = 4096;
        in.workloads = {u"db2"_s};
        const Suggestion* s = find(suggestLimits(in), u"SHMALL"_s);
        QVERIFY(s);
        QVERIFY2(s->reason.contains(u"8388608"_s), qPrintable(s->reason)); // 2 * 16 GiB / 4096
    }

    void headroomFromEightyPercent_data() {
        QTest::addColumn<quint64>("used");
        QTest::addColumn<quint64>("reclaimable");
        QTest::addColumn<bool>("suggested");
        QTest::newRow("79 % in use needs nothing") << quint64(101) << quint64(0) << false;
        QTest::newRow("80 % in use asks for headroom") << quint64(103) << quint64(0) << true;
        QTest::newRow("orphans do not count: cleaning them is the fix")
            << quint64(128) << quint64(60) << false;
    }

    void headroomFromEightyPercent() {
        QFETCH(quint64, used);
        QFETCH(quint64, reclaimable);
        QFETCH(bool, suggested);
        AdvisorInput in;
        in.limits = oldLimits();
        in.usage = {usage("SEMMNI", used, 128, reclaimable)};
        const QList<Suggestion> list = suggestLimits(in);
        const Suggestion* s = find(list, u"SEMMNI"_s);
        const bool raised = s && s->kind == Suggestion::Kind::Raise;
        QCOMPARE(raised, suggested);
        if (raised) {
            QCOMPARE(s->suggested, kerneldefaults::semmni);
            QVERIFY(s->reason.contains(u"32000 is the default of current kernels"_s));
        }
    }

    // issue 16: SEMMNI at 6 of 6, every set orphaned; the overview says critical, so the
    // suggestions must not say "nothing to change".
    void fullLimitOfOrphansSaysCleanUpFirst() {
        AdvisorInput in;
        in.limits = oldLimits();
        in.limits.semmni = 6;
        in.usage = {usage("SEMMNI", 6, 6, 6)};
        const QList<Suggestion> list = suggestLimits(in);
        QCOMPARE(list.size(), 1);
        const Suggestion& s = list.first();
        QCOMPARE(s.kind, Suggestion::Kind::CleanUpFirst);
        QCOMPARE(s.field, u"SEMMNI"_s);
        QCOMPARE(s.level, Level::Critical);
        QCOMPARE(s.orphaned, quint64(6));
        QCOMPARE(s.current, quint64(6));
        // Nothing in use: one set is enough after the cleanup (the headroom rule's "one more").
        QCOMPARE(s.enoughAfterCleanup, quint64(1));
        // One figure for a recurring leak: the kernel default, and why not the smaller 7.
        QCOMPARE(s.reason,
                 u"6 of 6 sets are held by orphaned objects, 0 by objects in use. Clean up first; "
                 "then 1 would be enough. If the same leak recurs, SEMMNI should be 32000, the "
                 "default of current kernels (the 0 in use with room to grow, plus the 6 "
                 "orphaned ones seen this time, would need 7; a suggestion never goes below the "
                 "default)."_s);
        QCOMPARE(s.suggested, quint64(32000));
        // The cleanup is the change: nothing to pin in a sysctl.d file.
        QVERIFY(sysctlSnippet(list, in.limits, u"x"_s).isEmpty());
    }

    // Above the kernel's default the recurring-leak figure is the suggestion itself...
    void aRecurringLeakAboveTheDefaultIsSuggestedAsItIs() {
        AdvisorInput in;
        in.limits = modernLimits();
        in.limits.shmmni = 5000;
        LimitUsage u = usage("SHMMNI", 5000, 5000, 2000);
        u.unit = u"segments"_s;
        in.usage = {u};
        const Suggestion* s = find(suggestLimits(in), u"SHMMNI"_s);
        QVERIFY(s);
        QCOMPARE(s->kind, Suggestion::Kind::CleanUpFirst);
        QCOMPARE(s->reason,
                 u"2000 of 5000 segments are held by orphaned objects, 3000 by objects in use. "
                 "Clean up first; then 5000 would be enough. If the same leak recurs, SHMMNI "
                 "should be 8000: the 3000 in use with room to grow, plus the 2000 orphaned ones "
                 "seen this time."_s);
        QCOMPARE(s->suggested, quint64(8000));
    }

    // ... and beyond what the kernel accepts it is capped, with the reason.
    void aRecurringLeakBeyondTheKernelsCeilingIsCapped() {
        AdvisorInput in;
        in.limits = modernLimits();
        in.limits.semmni = 32000;
        in.usage = {usage("SEMMNI", 32000, 32000, 20000)};
        const Suggestion* s = find(suggestLimits(in), u"SEMMNI"_s);
        QVERIFY(s);
        QCOMPARE(s->kind, Suggestion::Kind::CleanUpFirst);
        QCOMPARE(s->reason,
                 u"20000 of 32000 sets are held by orphaned objects, 12000 by objects in use. "
                 "Clean up first; then 24000 would be enough. If the same leak recurs, SEMMNI "
                 "should be 44000 (the 12000 in use with room to grow, plus the 20000 orphaned "
                 "ones seen this time), but the kernel accepts at most 32768 (more needs the "
                 "ipcmni_extend boot option)."_s);
        QCOMPARE(s->suggested, quint64(32768));
    }

    // The killed-Apache case when the owner still runs other programs: the sets are possibly
    // orphaned, so the limit is raised (they may be in use), but the reason says to check them
    // first instead of calling them "not orphaned".
    void possiblyOrphanedObjectsAreToBeCheckedBeforeRaising() {
        AdvisorInput in;
        in.limits = oldLimits();
        in.limits.semmni = 6;
        LimitUsage u = usage("SEMMNI", 6, 6);
        u.doubtful = 6;
        in.usage = {u};
        const Suggestion* s = find(suggestLimits(in), u"SEMMNI"_s);
        QVERIFY(s);
        QCOMPARE(s->kind, Suggestion::Kind::Raise);
        QVERIFY2(s->reason.startsWith(
                     u"6 of 6 sets are held by objects that are not known to be orphaned (100 "
                     "%); 6 of them are possibly orphaned (their owner still runs other "
                     "programs). Check those first and clean up the leftovers; raise the limit "
                     "only for what is really in use, with twice the use as room to grow."_s),
                 qPrintable(s->reason));
        QVERIFY(!s->reason.contains(u"not orphaned ("_s));
    }

    void orphansAndObjectsInUseBothCount() {
        AdvisorInput in;
        in.limits = modernLimits();
        in.limits.shmmni = 10;
        LimitUsage u = usage("SHMMNI", 10, 10, 7);
        u.unit = u"segments"_s;
        in.usage = {u};
        const Suggestion* s = find(suggestLimits(in), u"SHMMNI"_s);
        QVERIFY(s);
        QCOMPARE(s->kind, Suggestion::Kind::CleanUpFirst);
        QCOMPARE(s->enoughAfterCleanup, quint64(6)); // 3 in use, twice that
        QVERIFY2(s->reason.contains(u"If the same leak recurs, SHMMNI should be 4096, the "
                                    "default of current kernels (the 3 in use with room to grow, "
                                    "plus the 7 orphaned ones seen this time, would need 13;"_s),
                 qPrintable(s->reason));
        QCOMPARE(s->suggested, quint64(4096)); // the kernel default is the floor
    }

    void raisedLimitCarriesItsOrphans() {
        // 110 of 128 in use (86 %) and 18 orphaned: raised anyway, with the orphans named.
        AdvisorInput in;
        in.limits = oldLimits();
        in.usage = {usage("SEMMNI", 128, 128, 18)};
        const Suggestion* s = find(suggestLimits(in), u"SEMMNI"_s);
        QVERIFY(s);
        QCOMPARE(s->kind, Suggestion::Kind::Raise);
        QCOMPARE(s->level, Level::Critical);
        QCOMPARE(s->orphaned, quint64(18));
        QCOMPARE(s->enoughAfterCleanup, quint64(220));
    }

    void limitWithRoomGetsNoRow() {
        AdvisorInput in;
        in.limits = oldLimits();
        in.usage = {usage("SEMMNI", 60, 128, 0)};
        QVERIFY(suggestLimits(in).isEmpty());
    }

    void hugeLimitsDoNotOverflow() {
        // SHMALL's default is near 2^64: 4 * limit would wrap around and look "80 % used".
        AdvisorInput in;
        in.limits = modernLimits();
        LimitUsage shmall = usage("SHMALL", 5000000000000000000ull, kerneldefaults::shmall);
        shmall.unit = u"pages"_s;
        in.usage = {shmall};
        QVERIFY(suggestLimits(in).isEmpty());
    }

    void headroomIsCappedAtTheKernelMaximum() {
        AdvisorInput in;
        in.limits = modernLimits();
        in.usage = {usage("SEMMNI", 30000, 32000)};
        const Suggestion* s = find(suggestLimits(in), u"SEMMNI"_s);
        QVERIFY(s);
        QCOMPARE(s->suggested, kerneldefaults::ipcmni);
        QVERIFY(s->reason.contains(u"ipcmni_extend"_s));
    }

    void neverLowers() {
        AdvisorInput in;
        in.limits = modernLimits();
        in.memTotal = 16 * GiB;
        in.workloads = {u"postgresql"_s, u"oracle"_s, u"db2"_s};
        for (const Suggestion& s : suggestLimits(in))
            QVERIFY2(s.suggested > s.current, qPrintable(s.field));
        // Above every requirement already: nothing to say for the semaphores.
        in.limits.semmni = 32768;
        in.limits.msgmni = 32768;
        in.limits.shmmni = 32768;
        in.limits.msgmax = 65536;
        in.limits.msgmnb = 65536;
        QVERIFY(suggestLimits(in).isEmpty());
    }

    void unknownLimitsAreLeftAlone() {
        AdvisorInput in;
        in.limits = oldLimits();
        in.limits.semopm.reset();
        in.workloads = {u"oracle"_s};
        QVERIFY(!find(suggestLimits(in), u"SEMOPM"_s));
    }

    void perFieldMaximumWins() {
        AdvisorInput in;
        in.limits = oldLimits();
        in.memTotal = 128 * GiB;
        in.postgres.maxConnections = 5000; // 315 sets
        in.workloads = {u"postgresql"_s, u"oracle"_s, u"db2"_s};
        const QList<Suggestion> s = suggestLimits(in);
        const Suggestion* semmni = find(s, u"SEMMNI"_s);
        QVERIFY(semmni);
        // PostgreSQL 315, Oracle 128, Db2 256 * 128 = 32768: Db2's wins.
        QCOMPARE(semmni->suggested, 32768u);
        QVERIFY(semmni->reference.startsWith(u"IBM Db2"_s));
        // One suggestion per field.
        QStringList fields;
        for (const Suggestion& x : s) {
            QVERIFY(!fields.contains(x.field));
            fields << x.field;
        }
    }

    void snippetWritesAllFourSemaphoreFields() {
        AdvisorInput in;
        in.limits = oldLimits();
        in.usage = {usage("SEMMNI", 120, 128)};
        const QList<Suggestion> s = suggestLimits(in);
        QCOMPARE(s.size(), 1);
        const QString snippet = sysctlSnippet(s, in.limits, u"db1"_s);
        const QStringList lines = snippet.split(u'\n');
        QCOMPARE(lines.at(0), u"# Kernel IPC limits suggested by IPC Scope for db1."_s);
        QCOMPARE(lines.at(1),
                 u"# Save as /etc/sysctl.d/90-ipcscope.conf and load with: sysctl --system"_s);
        QCOMPARE(lines.at(2), QString());
        QVERIFY(lines.at(3).startsWith(u"# SEMMNI: 128 -> 32000. 120 of 128 sets are used"_s));
        QCOMPARE(lines.at(4), u"# Fields: SEMMSL SEMMNS SEMOPM SEMMNI"_s);
        QCOMPARE(lines.at(5), u"kernel.sem = 250 32000 32 32000"_s);
        QVERIFY(!snippet.contains(u"kernel.shm"_s));
    }

    void snippetHasOneLinePerParameter() {
        AdvisorInput in;
        in.limits = oldLimits();
        in.limits.shmmni = 16;
        in.limits.msgmni = 16;
        in.memTotal = 16 * GiB;
        in.workloads = {u"db2"_s};
        const QString snippet = sysctlSnippet(suggestLimits(in), in.limits, u"db2host"_s);
        QCOMPARE(snippet.count(u"\nkernel.sem = "_s), 1);
        // SEMMSL 250 and SEMOPM 32 meet Db2 already and keep their values.
        QVERIFY(snippet.contains(u"\nkernel.sem = 250 1024000000 32 32000\n"_s));
        QVERIFY(snippet.contains(u"\nkernel.shmmni = 4096\n"_s));
        QVERIFY(snippet.contains(u"\nkernel.msgmni = 32000\n"_s));
        QVERIFY(snippet.contains(u"\nkernel.msgmax = 65536\n"_s));
        QVERIFY(snippet.contains(u"\nkernel.msgmnb = 65536\n"_s));
        QVERIFY(snippet.contains(u"\nkernel.shmmax = 18446744073692774399\n"_s));
    }

    void noSuggestionsNoSnippet() { QVERIFY(sysctlSnippet({}, oldLimits(), u"x"_s).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestAdvisor)
#include "tst_advisor.moc"
