// SPDX-License-Identifier: GPL-3.0-or-later
// The helper's snapshot assembly in-process (so that the sanitizer build checks it too), in a
// private IPC namespace filled with more sets than one worker chunk holds: every set comes back
// once, in order, with its values, and the document is the same compact or pretty.
#include "jsonwriter.h"
#include "snapshot.h"
#include "snapshotjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <sched.h>
#include <sys/ipc.h>
#include <sys/sem.h>
#include <unistd.h>

using namespace ipcscope::helper;
using namespace Qt::StringLiterals;

namespace {
constexpr int Sets = 2500; // more than one chunk of the parallel readers and writers

union semun {
    int val;
    semid_ds* buf;
    unsigned short* array;
};

QJsonObject takeJson(bool pretty, bool semStatAnyListing = true) {
    Snapshot s;
    Accounts accounts;
    std::string error;
    SnapshotSources sources;
    sources.semStatAnyListing = semStatAnyListing;
    if (!takeSnapshot(s, accounts, error, sources)) {
        qWarning("takeSnapshot failed: %s", error.c_str());
        return {};
    }
    JsonWriter w(pretty);
    writeSnapshot(s, accounts, "test", w);
    w.finish();
    return QJsonDocument::fromJson(QByteArray::fromStdString(w.text())).object();
}
} // namespace

class TestHelperSnapshot : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everySetOnceWithItsValues();
    void compactAndPrettyAreTheSameDocument();
    void listingFromProcEqualsListingBySemStatAny();

private:
    QList<int> m_ids;
};

void TestHelperSnapshot::initTestCase() {
    // A namespace of our own: thousands of sets without touching the machine's objects or limits.
    // Everything in it disappears with this process.
    if (geteuid() != 0 || unshare(CLONE_NEWIPC) != 0)
        QSKIP("needs root for a private IPC namespace (unshare CLONE_NEWIPC)");
    std::vector<unsigned short> values(3);
    for (int i = 0; i < Sets; ++i) {
        const int id = semget(key_t(0x1c600000 + i), 3, IPC_CREAT | IPC_EXCL | 0600);
        QVERIFY(id >= 0);
        values = {static_cast<unsigned short>(i % 100), 1, static_cast<unsigned short>(i % 7)};
        semun arg{};
        arg.array = values.data();
        QCOMPARE(semctl(id, 0, SETALL, arg), 0);
        m_ids.append(id);
    }
}

void TestHelperSnapshot::everySetOnceWithItsValues() {
    const QJsonObject snap = takeJson(false);
    const QJsonArray sets = snap.value(u"semaphores"_s).toArray();
    QCOMPARE(sets.size(), Sets);
    for (int i = 0; i < Sets; ++i) {
        const QJsonObject set = sets[i].toObject();
        QCOMPARE(set.value(u"id"_s).toInt(), m_ids[i]); // in /proc order, which is id order here
        QCOMPARE(set.value(u"key"_s).toInteger(), qint64(0x1c600000 + i));
        QCOMPARE(set.value(u"detail"_s).toBool(), true);
        const QJsonArray sems = set.value(u"sems"_s).toArray();
        QCOMPARE(sems.size(), 3);
        QCOMPARE(sems[0].toObject().value(u"value"_s).toInt(), i % 100);
        QCOMPARE(sems[1].toObject().value(u"value"_s).toInt(), 1);
        QCOMPARE(sems[2].toObject().value(u"value"_s).toInt(), i % 7);
        QCOMPARE(sems[2].toObject().value(u"pid"_s).toInteger(), qint64(getpid())); // SETALL
    }
    // This process is referenced by every semaphore, and listed once.
    int self = 0;
    for (const auto& p : snap.value(u"processes"_s).toArray())
        self += p.toObject().value(u"pid"_s).toInteger() == getpid();
    QCOMPARE(self, 1);
}

void TestHelperSnapshot::compactAndPrettyAreTheSameDocument() {
    QJsonObject compact = takeJson(false);
    QJsonObject pretty = takeJson(true);
    // Host facts and the process lists change between two snapshots; the objects do not. Nor
    // does any warning but the count of processes in other IPC namespaces, nor those namespaces
    // (their processes come and go; tst_helpernamespaces checks them).
    for (const auto& k : {u"host"_s, u"processes"_s, u"users"_s, u"programs"_s, u"namespaces"_s}) {
        compact.remove(k);
        pretty.remove(k);
    }
    for (QJsonObject* snap : {&compact, &pretty}) {
        QJsonArray warnings;
        for (const auto& w : snap->value(u"warnings"_s).toArray())
            if (w.toObject().value(u"code"_s).toString() != u"other_ipc_namespaces"_s)
                warnings.append(w);
        snap->insert(u"warnings"_s, warnings);
    }
    QVERIFY(!compact.isEmpty());
    QCOMPARE(compact, pretty);
}

void TestHelperSnapshot::listingFromProcEqualsListingBySemStatAny() {
    const QJsonObject byIndex = takeJson(false, true);
    const QJsonObject fromProc = takeJson(false, false);
    QCOMPARE(fromProc.value(u"semaphores"_s).toArray().size(), Sets);
    QCOMPARE(fromProc.value(u"semaphores"_s), byIndex.value(u"semaphores"_s));
}

QTEST_APPLESS_MAIN(TestHelperSnapshot)
#include "tst_helpersnapshot.moc"
