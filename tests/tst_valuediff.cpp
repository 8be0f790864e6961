// SPDX-License-Identifier: GPL-3.0-or-later
// tests/support/valuediff.h: equal values pass; unequal ones name the first field that differs.
#include "valuediff.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ipcscope;
using testsupport::firstDifference;

class TestValueDiff : public QObject {
    Q_OBJECT

    static Snapshot twoSets() {
        Snapshot s;
        s.host.hostname = u"db1"_s;
        for (int i = 0; i < 2; ++i) {
            SemaphoreSet set;
            set.id = i;
            set.owner = u"postgres"_s;
            set.sems = {Semaphore{1, 7267, 0, 0}, Semaphore{0, 7268, 2, 0}};
            s.semaphores.append(set);
        }
        return s;
    }

private slots:
    void equalValuesHaveNoDifference() {
        QCOMPARE(firstDifference(twoSets(), twoSets()), QString());
        COMPARE_VALUES(twoSets(), twoSets());
    }

    void theFirstDifferingFieldIsNamed() {
        Snapshot changed = twoSets();
        changed.semaphores[1].sems[0].pid = 4000;
        QCOMPARE(firstDifference(changed, twoSets()), u"semaphores[1].sems[0].pid: 4000 != 7267"_s);
    }

    void baseFieldsStringsOptionalsAndSizesAreNamed() {
        Snapshot owner = twoSets();
        owner.semaphores[0].owner = u"root"_s;
        QCOMPARE(firstDifference(owner, twoSets()),
                 u"semaphores[0].owner: \"root\" != \"postgres\""_s);
        Snapshot limit = twoSets();
        limit.limits.semmni = 32000;
        QCOMPARE(firstDifference(limit, twoSets()), u"limits.semmni: 32000 != nullopt"_s);
        Snapshot fewer = twoSets();
        fewer.semaphores.removeLast();
        QCOMPARE(firstDifference(fewer, twoSets()), u"semaphores: 1 items != 2 items"_s);
    }

    void reportsAreComparedDownToTheirSnapshot() {
        Report a;
        a.snapshot = twoSets();
        Report b = a;
        b.snapshot.host.hostname = u"db2"_s;
        QCOMPARE(firstDifference(a, b), u"snapshot.host.hostname: \"db1\" != \"db2\""_s);
    }
};

QTEST_GUILESS_MAIN(TestValueDiff)
#include "tst_valuediff.moc"
