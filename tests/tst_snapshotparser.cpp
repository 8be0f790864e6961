// SPDX-License-Identifier: GPL-3.0-or-later
// The parser of the helper's JSON: every field of the schema mapped, and everything it cannot
// use (malformed, truncated, hostile, wrong types, other versions) refused in words, never a crash.
#include "fixtures.h"
#include "largesnapshot.h"
#include "model/jsonstreamcheck.h"
#include "model/snapshotparser.h"
#include "snapshotjson.h"
#include "valuediff.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace ipcscope;
using testsupport::analysisFixture;
using namespace Qt::StringLiterals;

namespace {

QByteArray minimalJson() {
    QFile file(QFINDTESTDATA("data/snapshots/minimal.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject minimalObject() {
    return QJsonDocument::fromJson(minimalJson()).object();
}

// Replaces (or with an undefined value removes) the value at path, e.g. {"semaphores", 0, "id"}.
QJsonValue edited(const QJsonValue& node, const QVariantList& path, const QJsonValue& value,
                  int depth = 0) {
    if (depth == path.size())
        return value;
    const QVariant step = path.at(depth);
    if (step.typeId() == QMetaType::Int) {
        QJsonArray array = node.toArray();
        const int index = step.toInt();
        array[index] = edited(array.at(index), path, value, depth + 1);
        return array;
    }
    QJsonObject object = node.toObject();
    const QString key = step.toString();
    const QJsonValue child = edited(object.value(key), path, value, depth + 1);
    if (child.isUndefined())
        object.remove(key);
    else
        object.insert(key, child);
    return object;
}

QByteArray minimalWith(const QVariantList& path, const QJsonValue& value) {
    return QJsonDocument(edited(minimalObject(), path, value).toObject())
        .toJson(QJsonDocument::Compact);
}

QByteArray minimalWithout(const QVariantList& path) {
    return minimalWith(path, QJsonValue(QJsonValue::Undefined));
}

// The minimal document with a raw number literal for limits.shmmax (QJsonDocument would round).
QByteArray minimalWithRawLimit(const QByteArray& literal) {
    QByteArray json = minimalWithout({u"limits"_s, u"shmmax"_s});
    const QByteArray marker = "\"limits\":{";
    json.replace(marker, marker + "\"shmmax\":" + literal + ",");
    return json;
}

constexpr quint64 kU64Max = std::numeric_limits<quint64>::max();

} // namespace

class TestSnapshotParser : public QObject {
    Q_OBJECT

private slots:
    // The check while a snapshot arrives (JsonStreamCheck) stops a helper at its first wrong
    // byte, so it must never refuse what the parser reads: every fixture, written by hand (with
    // spaces, escapes, pretty-printed) or by the CLI (compact, large), fed in pieces of every few
    // bytes, passes it.
    void theStreamCheckAcceptsEverySnapshotTheParserReads_data() {
        QTest::addColumn<QByteArray>("json");
        const QString root = QStringLiteral(IPCSCOPE_SOURCE_DIR "/tests/data/");
        for (const QString& folder : {u"analysis"_s, u"snapshots"_s, u"cleanup"_s}) {
            for (const QString& name : QDir(root + folder).entryList({u"*.json"_s})) {
                QFile file(root + folder + u'/' + name);
                QVERIFY(file.open(QIODevice::ReadOnly));
                QTest::addRow("fixture %s/%s", qPrintable(folder), qPrintable(name))
                    << file.readAll();
            }
        }
        QTest::newRow("a large snapshot written compact by the CLI") << cli::snapshotToJson(
            testsupport::enlarged(analysisFixture(u"pid-reused"_s), 2000), false);
        QTest::newRow("a snapshot written pretty by the CLI")
            << cli::snapshotToJson(analysisFixture(u"posix-objects"_s), true);
    }
    void theStreamCheckAcceptsEverySnapshotTheParserReads() {
        QFETCH(QByteArray, json);
        QVERIFY(parseSnapshot(json).ok());
        for (const qsizetype piece : {qsizetype(1), qsizetype(7), qsizetype(4096)}) {
            JsonStreamCheck check;
            for (qsizetype at = 0; at < json.size(); at += piece)
                check.feed(QByteArrayView(json).sliced(at, std::min(piece, json.size() - at)));
            QVERIFY2(!check.failed(),
                     qPrintable(u"refused at byte %1 (pieces of %2): %3"_s.arg(check.errorOffset())
                                    .arg(piece)
                                    .arg(QString::fromUtf8(json.mid(
                                        std::max<qsizetype>(0, check.errorOffset() - 40), 80)))));
        }
    }

    void minimalSnapshotIsRead() {
        const QByteArray json = minimalJson();
        QVERIFY(!json.isEmpty());
        const Result<Snapshot> result = parseSnapshot(json);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
        QCOMPARE(result.value().objectCount(), 7);
    }

    void everyFieldIsMapped() {
        const Result<Snapshot> result = parseSnapshot(minimalJson());
        QVERIFY(result.ok());
        const Snapshot& s = result.value();
        QCOMPARE(s.schema, u"ipcscope.snapshot/1"_s);
        QCOMPARE(s.helperVersion, u"0.1.0"_s);
        QCOMPARE(s.mode, SnapshotMode::Helper);

        const HostInfo& h = s.host;
        QCOMPARE(h.hostname, u"web1"_s);
        QCOMPARE(h.os, u"Linux"_s);
        QCOMPARE(h.kernel, u"6.1.0-18-amd64"_s);
        QCOMPARE(h.arch, u"x86_64"_s);
        QCOMPARE(h.bootId, u"0b6f0c4e-5f1b-4a8a-9d55-1c2e3f4a5b6c"_s);
        QCOMPARE(h.bootTime, 1700000000);
        QCOMPARE(h.uptime, 86400.25);
        QCOMPARE(h.time, 1700086400);
        QCOMPARE(h.memTotal, 8338591744ull);
        QCOMPARE(h.pageSize, 4096u);
        QCOMPARE(h.clockTicks, 100);
        QCOMPARE(h.ipcNamespace, std::optional<quint64>(4026531839ull));
        QCOMPARE(h.pidNamespace, std::optional<quint64>(4026531836ull));
        QCOMPARE(h.euid, 0u);
        QCOMPARE(h.user, u"root"_s);
        QCOMPARE(h.fullView, true);
        QCOMPARE(h.semStatAny, true);

        const Limits& l = s.limits;
        QCOMPARE(l.semmsl, std::optional<quint64>(32000));
        QCOMPARE(l.semmns, std::optional<quint64>(1024000000));
        QCOMPARE(l.semopm, std::optional<quint64>(500));
        QCOMPARE(l.semmni, std::optional<quint64>(32000));
        QCOMPARE(l.semvmx, std::optional<quint64>(32767));
        // The kernel default near 2^64 is kept exactly, although Qt reads it as a double.
        QCOMPARE(l.shmmax, std::optional<quint64>(18446744073692774399ull));
        QCOMPARE(l.shmall, std::optional<quint64>(18446744073692774399ull));
        QCOMPARE(l.shmmni, std::optional<quint64>(4096));
        QCOMPARE(l.msgmax, std::optional<quint64>(8192));
        QCOMPARE(l.msgmnb, std::optional<quint64>(16384));
        QCOMPARE(l.msgmni, std::optional<quint64>(32000));
        QCOMPARE(l.mqQueuesMax, std::optional<quint64>(256));
        QCOMPARE(l.mqMsgMax, std::optional<quint64>(10));
        QCOMPARE(l.mqMsgsizeMax, std::optional<quint64>(8192));
        QCOMPARE(l.mqMsgDefault, std::optional<quint64>(10));
        QCOMPARE(l.mqMsgsizeDefault, std::optional<quint64>(8192));

        QCOMPARE(s.semaphores.size(), 2);
        const SemaphoreSet& set = s.semaphores.at(0);
        QCOMPARE(set.key, 0u);
        QCOMPARE(set.id, 32769);
        QCOMPARE(set.perms, 0600u);
        QCOMPARE(set.uid, 33u);
        QCOMPARE(set.gid, 0u);
        QCOMPARE(set.cuid, 0u);
        QCOMPARE(set.cgid, 0u);
        QCOMPARE(set.owner, u"www-data"_s);
        QCOMPARE(set.group, u"root"_s);
        QCOMPARE(set.creator, u"root"_s);
        QCOMPARE(set.ctime, 1700080000);
        QCOMPARE(set.nsems, 1);
        QCOMPARE(set.otime, 1700080100);
        QCOMPARE(set.detail, true);
        QCOMPARE(set.sems.size(), 1);
        QCOMPARE(set.sems.at(0).value, 1);
        QCOMPARE(set.sems.at(0).pid, 7267);
        QCOMPARE(set.sems.at(0).ncnt, 0);
        QCOMPARE(set.sems.at(0).zcnt, 0);
        const SemaphoreSet& noDetail = s.semaphores.at(1);
        QCOMPARE(noDetail.key, 4294967295u);
        QCOMPARE(noDetail.perms, 0666u);
        QCOMPARE(noDetail.nsems, 2);
        QCOMPARE(noDetail.otime, 0);
        QCOMPARE(noDetail.detail, false);
        QVERIFY(noDetail.sems.isEmpty());

        QCOMPARE(s.sharedMemory.size(), 1);
        const SharedMemorySegment& seg = s.sharedMemory.at(0);
        QCOMPARE(seg.key, 1375731713u);
        QCOMPARE(seg.id, 5);
        QCOMPARE(seg.perms, 0640u);
        QCOMPARE(seg.uid, 105u);
        QCOMPARE(seg.gid, 110u);
        QCOMPARE(seg.cuid, 105u);
        QCOMPARE(seg.cgid, 110u);
        QCOMPARE(seg.owner, u"postgres"_s);
        QCOMPARE(seg.ctime, 1700082000);
        QCOMPARE(seg.size, 56u);
        QCOMPARE(seg.nattch, 2);
        QCOMPARE(seg.cpid, 812);
        QCOMPARE(seg.lpid, 813);
        QCOMPARE(seg.atime, 1700082001);
        QCOMPARE(seg.dtime, 0);
        QCOMPARE(seg.rss, std::optional<quint64>(4096));
        QCOMPARE(seg.swap, std::nullopt);
        QCOMPARE(seg.dest, false);
        QCOMPARE(seg.locked, true);
        QCOMPARE(seg.attachedPids, (QList<qint64>{812, 813}));

        QCOMPARE(s.messageQueues.size(), 1);
        const MessageQueue& q = s.messageQueues.at(0);
        QCOMPARE(q.key, 305419896u);
        QCOMPARE(q.id, 0);
        QCOMPARE(q.cuid, 0u);
        QCOMPARE(q.creator, u"root"_s);
        QCOMPARE(q.cbytes, 300u);
        QCOMPARE(q.qnum, 3u);
        QCOMPARE(q.qbytes, std::optional<quint64>(16384));
        QCOMPARE(q.lspid, 900);
        QCOMPARE(q.lrpid, 0);
        QCOMPARE(q.stime, 1700083100);
        QCOMPARE(q.rtime, 0);

        QCOMPARE(s.posixShm.size(), 1);
        const PosixObject& shm = s.posixShm.at(0);
        QCOMPARE(shm.name, u"app\ufffdcache"_s);
        QCOMPARE(shm.nameHex, u"617070ff6361636865"_s);
        QCOMPARE(shm.uid, 1000u);
        QCOMPARE(shm.gid, 1000u);
        QCOMPARE(shm.owner, u"alice"_s);
        QCOMPARE(shm.group, u"alice"_s);
        QCOMPARE(shm.mode, 0644u);
        QCOMPARE(shm.size, 1048576u);
        QCOMPARE(shm.mtime, 1700084000);
        QCOMPARE(shm.ctime, 1700084001);
        QCOMPARE(shm.inode, 123456u);
        QCOMPARE(shm.mappedPids, QList<qint64>{900});
        QCOMPARE(shm.value, std::nullopt);
        QCOMPARE(s.posixSemaphores.size(), 1);
        QCOMPARE(s.posixSemaphores.at(0).name, u"lock"_s);
        QVERIFY(s.posixSemaphores.at(0).nameHex.isEmpty());
        QCOMPARE(s.posixSemaphores.at(0).value, std::optional<int>(1));
        QVERIFY(s.posixSemaphores.at(0).mappedPids.isEmpty());
        QCOMPARE(s.posixMqueues.size(), 1);
        QCOMPARE(s.posixMqueues.at(0).name, u"jobs"_s);
        QCOMPARE(s.posixMqueues.at(0).qsize, std::optional<quint64>(80));
        QCOMPARE(s.posixMqueues.at(0).notifyPid, std::optional<qint64>(0));

        QCOMPARE(s.processes.size(), 4);
        const Process& gone = s.processes.at(0);
        QCOMPARE(gone.pid, 7267);
        QCOMPARE(gone.alive, false);
        QVERIFY(gone.state.isNull());
        QVERIFY(gone.comm.isNull());
        QVERIFY(gone.cmdline.isNull());
        QCOMPARE(gone.uid, std::nullopt);
        QVERIFY(gone.user.isNull());
        QCOMPARE(gone.startTime, std::nullopt);
        QCOMPARE(gone.ppid, std::nullopt);
        const Process& alive = s.processes.at(1);
        QCOMPARE(alive.pid, 812);
        QCOMPARE(alive.alive, true);
        QCOMPARE(alive.state, u"S"_s);
        QCOMPARE(alive.comm, u"postgres"_s);
        QCOMPARE(alive.cmdline, u"postgres: checkpointer "_s);
        QCOMPARE(alive.uid, std::optional<uint>(105));
        QCOMPARE(alive.user, u"postgres"_s);
        QCOMPARE(alive.startTime, std::optional<double>(1700001234.5));
        QCOMPARE(alive.ppid, std::optional<qint64>(1));

        QCOMPARE(s.users.size(), 3);
        QCOMPARE(s.users.at(1).uid, 105u);
        QCOMPARE(s.users.at(1).user, u"postgres"_s);
        QCOMPARE(s.users.at(1).processes, 6);

        QCOMPARE(s.programs.size(), 1);
        const Program& program = s.programs.at(0);
        QCOMPARE(program.comm, u"postgres"_s);
        QCOMPARE(program.uid, 105u);
        QCOMPARE(program.user, u"postgres"_s);
        QCOMPARE(program.count, 6);
        QCOMPARE(program.oldestStart, 1700001200.5);
        QCOMPARE(program.newestStart, 1700001235.25);
        QCOMPARE(program.oldestPid, 800);

        QCOMPARE(s.warnings.size(), 1);
        QCOMPARE(s.warnings.at(0).code, u"mqueue_not_mounted"_s);
        QVERIFY(s.warnings.at(0).message.startsWith(u"/dev/mqueue"_s));
    }

    void acceptedVariations_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("an agentless snapshot is marked as reduced")
            << minimalWith({u"helper"_s, u"mode"_s}, u"agentless"_s);
        QTest::newRow("a minor version within major 1 is read")
            << minimalWith({u"schema"_s}, u"ipcscope.snapshot/1.3"_s);
        QTest::newRow("unknown fields at the top are ignored")
            << minimalWith({u"future"_s}, QJsonObject{{u"x"_s, 1}});
        QTest::newRow("unknown fields inside a semaphore are ignored")
            << minimalWith({u"semaphores"_s, 0, u"sems"_s, 0, u"future"_s}, u"x"_s);
        QTest::newRow("unknown fields inside host are ignored")
            << minimalWith({u"host"_s, u"cgroup"_s}, QJsonArray{1, 2});
        QTest::newRow("a missing posix section means no POSIX objects")
            << minimalWithout({u"posix"_s});
        QTest::newRow("missing processes, users, programs and warnings are empty") << [] {
            QJsonObject o = minimalObject();
            for (const char* key : {"processes", "users", "programs", "warnings"})
                o.remove(QLatin1StringView(key));
            return QJsonDocument(o).toJson();
        }();
        QTest::newRow("empty lists everywhere") << [] {
            QJsonObject o = minimalObject();
            for (const char* key : {"semaphores", "shared_memory", "message_queues", "processes"})
                o.insert(QLatin1StringView(key), QJsonArray());
            return QJsonDocument(o).toJson();
        }();
        QTest::newRow("surrounding whitespace is fine") << "\n\t " + minimalJson() + "\n\n";
    }
    void acceptedVariations() {
        QFETCH(QByteArray, json);
        const Result<Snapshot> result = parseSnapshot(json);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
        if (QByteArray(QTest::currentDataTag()).startsWith("an agentless"))
            QCOMPARE(result.value().mode, SnapshotMode::Agentless);
    }

    void nullsAreUnknown() {
        QJsonObject o = minimalObject();
        QJsonObject limits = o.value(u"limits"_s).toObject();
        for (const QString& key : limits.keys())
            limits.insert(key, QJsonValue::Null);
        o.insert(u"limits"_s, limits);
        QJsonObject host = o.value(u"host"_s).toObject();
        host.insert(u"ipc_ns"_s, QJsonValue::Null);
        host.insert(u"boot_id"_s, QJsonValue::Null);
        host.remove(u"pid_ns"_s);
        o.insert(u"host"_s, host);
        const Result<Snapshot> result = parseSnapshot(QJsonDocument(o).toJson());
        QVERIFY(result.ok());
        const Limits& l = result.value().limits;
        for (const auto& value : {l.semmsl, l.semmns, l.semopm, l.semmni, l.semvmx, l.shmmax,
                                  l.shmall, l.shmmni, l.msgmax, l.msgmnb, l.msgmni, l.mqQueuesMax,
                                  l.mqMsgMax, l.mqMsgsizeMax, l.mqMsgDefault, l.mqMsgsizeDefault})
            QCOMPARE(value, std::nullopt);
        QCOMPARE(result.value().host.ipcNamespace, std::nullopt);
        QCOMPARE(result.value().host.pidNamespace, std::nullopt);
        QVERIFY(result.value().host.bootId.isEmpty());
    }

    void bigNumbers_data() {
        QTest::addColumn<QByteArray>("literal");
        QTest::addColumn<quint64>("expected");
        QTest::newRow("the kernel's shmmax default is kept exactly")
            << QByteArray("18446744073692774399") << quint64(18446744073692774399ull);
        QTest::newRow("UINT64_MAX is kept") << QByteArray("18446744073709551615") << kU64Max;
        QTest::newRow("2^64 is clamped to UINT64_MAX")
            << QByteArray("18446744073709551616") << kU64Max;
        QTest::newRow("a huge integer is clamped to UINT64_MAX")
            << QByteArray("99999999999999999999999999999") << kU64Max;
        QTest::newRow("an exponent beyond 2^64 is clamped to UINT64_MAX")
            << QByteArray("1e30") << kU64Max;
        QTest::newRow("INT64_MAX is kept")
            << QByteArray("9223372036854775807") << quint64(9223372036854775807ull);
        QTest::newRow("INT64_MAX + 1 is kept")
            << QByteArray("9223372036854775808") << quint64(9223372036854775808ull);
        QTest::newRow("a whole number written with an exponent is read")
            << QByteArray("4.096e3") << quint64(4096);
    }
    void bigNumbers() {
        QFETCH(QByteArray, literal);
        QFETCH(quint64, expected);
        const Result<Snapshot> result = parseSnapshot(minimalWithRawLimit(literal));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
        QCOMPARE(result.value().limits.shmmax, std::optional<quint64>(expected));
    }

    void bigNumberOutsideLimitsIsClampedNotRejected() {
        QByteArray json = minimalJson();
        json.replace("\"rss\": 4096", "\"rss\": 184467440737095516160");
        const Result<Snapshot> result = parseSnapshot(json);
        QVERIFY(result.ok());
        QCOMPARE(result.value().sharedMemory.at(0).rss, std::optional<quint64>(kU64Max));
    }

    void wrongFieldsAreNamed_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");

        QTest::newRow("a semaphore value that is a string")
            << minimalWith({u"semaphores"_s, 0, u"sems"_s, 0, u"value"_s}, u"1"_s)
            << u"semaphores[0].sems[0].value: expected a number, got a string"_s;
        QTest::newRow("a negative owner uid")
            << minimalWith({u"semaphores"_s, 1, u"uid"_s}, -1)
            << u"semaphores[1].uid: expected a number of at least 0, got -1"_s;
        QTest::newRow("a fractional segment size")
            << minimalWith({u"shared_memory"_s, 0, u"size"_s}, 1.5)
            << u"shared_memory[0].size: expected a whole number, got 1.5"_s;
        QTest::newRow("a key wider than 32 bits")
            << minimalWith({u"semaphores"_s, 0, u"key"_s}, qint64(4294967296))
            << u"semaphores[0].key: 4294967296 is too large (at most 4294967295)"_s;
        QTest::newRow("a negative limit")
            << minimalWith({u"limits"_s, u"semmni"_s}, -5)
            << u"limits.semmni: expected a number of at least 0, got -5"_s;
        QTest::newRow("a limit given as a string")
            << minimalWith({u"limits"_s, u"shmmax"_s}, u"18446744073692774399"_s)
            << u"limits.shmmax: expected a number, got a string"_s;
        QTest::newRow("a fractional time")
            << minimalWith({u"message_queues"_s, 0, u"stime"_s}, 1.25)
            << u"message_queues[0].stime: expected a whole number, got 1.25"_s;
        QTest::newRow("a time far beyond 64 bits")
            << minimalWith({u"message_queues"_s, 0, u"rtime"_s}, 1e300)
            << u"message_queues[0].rtime: 1e+300 is out of range"_s;
        QTest::newRow("a host that is a string")
            << minimalWith({u"host"_s}, u"web1"_s) << u"host: expected an object, got a string"_s;
        QTest::newRow("a hostname that is a number")
            << minimalWith({u"host"_s, u"hostname"_s}, 7)
            << u"host.hostname: expected a string, got a number"_s;
        QTest::newRow("full_view given as a string")
            << minimalWith({u"host"_s, u"full_view"_s}, u"yes"_s)
            << u"host.full_view: expected true or false, got a string"_s;
        QTest::newRow("a page size of zero")
            << minimalWith({u"host"_s, u"page_size"_s}, 0)
            << u"host.page_size: expected a number of at least 1, got 0"_s;
        QTest::newRow("an unknown helper mode")
            << minimalWith({u"helper"_s, u"mode"_s}, u"turbo"_s)
            << u"helper.mode: expected \"helper\" or \"agentless\", got \"turbo\""_s;
        QTest::newRow("semaphores given as an object")
            << minimalWith({u"semaphores"_s}, QJsonObject())
            << u"semaphores: expected an array, got an object"_s;
        QTest::newRow("a segment that is a number")
            << minimalWith({u"shared_memory"_s, 0}, 3)
            << u"shared_memory[0]: expected an object, got a number"_s;
        QTest::newRow("an attached pid that is a string")
            << minimalWith({u"shared_memory"_s, 0, u"attached_pids"_s, 1}, u"813"_s)
            << u"shared_memory[0].attached_pids[1]: expected a number, got a string"_s;
        QTest::newRow("a negative mapped pid")
            << minimalWith({u"posix"_s, u"shm"_s, 0, u"mapped_pids"_s, 0}, -900)
            << u"posix.shm[0].mapped_pids[0]: expected a number of at least 0, got -900"_s;
        QTest::newRow("a POSIX object without a name")
            << minimalWithout({u"posix"_s, u"shm"_s, 0, u"name"_s})
            << u"posix.shm[0].name: missing"_s;
        QTest::newRow("a POSIX name that is null")
            << minimalWith({u"posix"_s, u"mqueues"_s, 0, u"name"_s}, QJsonValue::Null)
            << u"posix.mqueues[0].name: missing"_s;
        QTest::newRow("posix given as an array") << minimalWith({u"posix"_s}, QJsonArray())
                                                 << u"posix: expected an object, got an array"_s;
        QTest::newRow("a semaphore set without an id")
            << minimalWithout({u"semaphores"_s, 1, u"id"_s}) << u"semaphores[1].id: missing"_s;
        QTest::newRow("a queue without a key") << minimalWithout({u"message_queues"_s, 0, u"key"_s})
                                               << u"message_queues[0].key: missing"_s;
        QTest::newRow("a process start time that is a string")
            << minimalWith({u"processes"_s, 1, u"start_time"_s}, u"12:47"_s)
            << u"processes[1].start_time: expected a number, got a string"_s;
        QTest::newRow("a process uid that is a boolean")
            << minimalWith({u"processes"_s, 2, u"uid"_s}, true)
            << u"processes[2].uid: expected a number, got a boolean"_s;
        QTest::newRow("a process without a pid")
            << minimalWithout({u"processes"_s, 3, u"pid"_s}) << u"processes[3].pid: missing"_s;
        QTest::newRow("a user count that is an array")
            << minimalWith({u"users"_s, 0, u"processes"_s}, QJsonArray{1})
            << u"users[0].processes: expected a number, got an array"_s;
        QTest::newRow("a program count beyond int")
            << minimalWith({u"programs"_s, 0, u"count"_s}, qint64(1) << 40)
            << u"programs[0].count: 1099511627776 is too large (at most 2147483647)"_s;
        QTest::newRow("a warning without a code")
            << minimalWithout({u"warnings"_s, 0, u"code"_s}) << u"warnings[0].code: missing"_s;
        QTest::newRow("sems given as a string")
            << minimalWith({u"semaphores"_s, 0, u"sems"_s}, u"1"_s)
            << u"semaphores[0].sems: expected an array, got a string"_s;
        QTest::newRow("a missing host section")
            << minimalWithout({u"host"_s}) << u"host: missing"_s;
        QTest::newRow("a missing limits section")
            << minimalWithout({u"limits"_s}) << u"limits: missing"_s;
        QTest::newRow("a missing helper section")
            << minimalWithout({u"helper"_s}) << u"helper: missing"_s;
        QTest::newRow("a missing semaphores section")
            << minimalWithout({u"semaphores"_s}) << u"semaphores: missing"_s;
        QTest::newRow("a null shared_memory section")
            << minimalWith({u"shared_memory"_s}, QJsonValue::Null) << u"shared_memory: missing"_s;
        QTest::newRow("a missing message_queues section")
            << minimalWithout({u"message_queues"_s}) << u"message_queues: missing"_s;
        QTest::newRow("a huge array of numbers where objects belong") << [] {
            QJsonArray numbers;
            for (int i = 0; i < 200000; ++i)
                numbers.append(i);
            return minimalWith({u"semaphores"_s}, numbers);
        }() << u"semaphores[0]: expected an object, got a number"_s;
        QTest::newRow("a huge array of strings where pids belong") << [] {
            QJsonArray strings;
            for (int i = 0; i < 100000; ++i)
                strings.append(u"pid"_s);
            return minimalWith({u"shared_memory"_s, 0, u"attached_pids"_s}, strings);
        }() << u"shared_memory[0].attached_pids[0]: expected a number, got a string"_s;
        QTest::newRow("a bad element deep in a long list") << [] {
            QJsonObject o = minimalObject();
            QJsonArray sets = o.value(u"semaphores"_s).toArray();
            const QJsonValue good = sets.at(1);
            for (int i = 0; i < 5000; ++i)
                sets.append(good);
            QJsonObject bad = good.toObject();
            bad.insert(u"nsems"_s, u"many"_s);
            sets.append(bad);
            o.insert(u"semaphores"_s, sets);
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        }() << u"semaphores[5002].nsems: expected a number, got a string"_s;
    }
    void wrongFieldsAreNamed() {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const Result<Snapshot> result = parseSnapshot(json);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::BadData);
        QCOMPARE(result.error().detail, problem);
        QVERIFY2(result.error().message.contains(problem), qPrintable(result.error().message));
    }

    void refusedDocuments_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("words");

        QTest::newRow("a snapshot of a newer major version")
            << minimalWith({u"schema"_s}, u"ipcscope.snapshot/2"_s)
            << u"made by a newer helper (ipcscope.snapshot/2); update IPC Scope"_s;
        QTest::newRow("a newer major version with an unreadable body")
            << QByteArray(R"({"schema":"ipcscope.snapshot/7","semaphores":"changed"})")
            << u"made by a newer helper (ipcscope.snapshot/7); update IPC Scope"_s;
        QTest::newRow("a document of another program")
            << minimalWith({u"schema"_s}, u"lsipc/1"_s) << u"not an IPC Scope snapshot"_s;
        QTest::newRow("major version zero") << minimalWith({u"schema"_s}, u"ipcscope.snapshot/0"_s)
                                            << u"not an IPC Scope snapshot"_s;
        QTest::newRow("a version that is not a number")
            << minimalWith({u"schema"_s}, u"ipcscope.snapshot/one"_s)
            << u"not an IPC Scope snapshot"_s;
        QTest::newRow("no schema") << minimalWithout({u"schema"_s}) << u"no schema name"_s;
        QTest::newRow("a schema that is a number")
            << minimalWith({u"schema"_s}, 1) << u"no schema name"_s;
        QTest::newRow("empty output") << QByteArray() << u"printed no snapshot"_s;
        QTest::newRow("only whitespace") << QByteArray(" \n\t\n") << u"printed no snapshot"_s;
        QTest::newRow("an array at the top") << QByteArray("[1,2,3]") << u"not a JSON object"_s;
        QTest::newRow("an empty object") << QByteArray("{}") << u"no schema name"_s;
        QTest::newRow("a shell error instead of JSON")
            << QByteArray("sh: 1: ipcscope-helper: not found\n") << u"not valid JSON"_s;
        QTest::newRow("trailing garbage after the document")
            << minimalJson() + "\nSegmentation fault\n"
            << u"not valid JSON"_s;
        QTest::newRow("two documents") << minimalJson() + minimalJson() << u"not valid JSON"_s;
        QTest::newRow("a NUL byte inside") << [] {
            QByteArray json = minimalJson();
            json.insert(json.indexOf("\"host\""), '\0');
            return json;
        }() << u"not valid JSON"_s;
        QTest::newRow("invalid UTF-8 in a name") << [] {
            QByteArray json = minimalJson();
            json.replace("\"lock\"", "\"lo\xff\xfe"
                                     "ck\"");
            return json;
        }() << u"not valid JSON"_s;
        QTest::newRow("an overlong UTF-8 sequence") << [] {
            QByteArray json = minimalJson();
            json.replace("\"jobs\"", "\"\xc0\xaf\"");
            return json;
        }() << u"not valid JSON"_s;
        QTest::newRow("deep nesting") << [] {
            QByteArray json = R"({"schema":"ipcscope.snapshot/1","x":)";
            json += QByteArray(100000, '[');
            json += QByteArray(100000, ']');
            json += '}';
            return json;
        }() << u"not valid JSON"_s;
        QTest::newRow("a document cut off in a list")
            << minimalJson().left(minimalJson().indexOf("\"processes\"") + 20) << u"cut off"_s;
        QTest::newRow("a document cut off at the last brace") << [] {
            QByteArray json = minimalJson().trimmed();
            json.chop(1);
            return json;
        }() << u"cut off"_s;
    }
    void refusedDocuments() {
        QFETCH(QByteArray, json);
        QFETCH(QString, words);
        const Result<Snapshot> result = parseSnapshot(json);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::BadData);
        QVERIFY2(result.error().message.contains(words), qPrintable(result.error().message));
        QVERIFY(!result.error().detail.isEmpty());
    }

    // Cut off anywhere, the document is refused as BadData, never read halfway or crashed on.
    void truncatedAtEveryOffset() {
        const QByteArray json = minimalJson().trimmed();
        int saidCutOff = 0;
        for (qsizetype length = 0; length < json.size(); ++length) {
            const Result<Snapshot> result = parseSnapshot(json.left(length));
            QVERIFY2(!result.ok(), qPrintable(u"accepted a document cut at byte %1"_s.arg(length)));
            QCOMPARE(result.error().kind, Error::Kind::BadData);
            QVERIFY(!result.error().message.isEmpty());
            if (result.error().message.contains(u"cut off"_s))
                ++saidCutOff;
        }
        // Most cuts are recognised as such (a cut inside "true" reads as a bad value instead).
        QVERIFY2(saidCutOff > json.size() * 9 / 10, qPrintable(QString::number(saidCutOff)));
    }

    // Every field of every object replaced by each wrong kind of value: refused in words.
    void everyFieldWithEveryWrongType() {
        const QJsonObject root = minimalObject();
        const QList<QJsonValue> wrongs = {QJsonValue(u"text"_s),
                                          QJsonValue(QJsonArray{1}),
                                          QJsonValue(QJsonObject{{u"a"_s, 1}}),
                                          QJsonValue(true),
                                          QJsonValue(-3),
                                          QJsonValue(2.5)};
        int refused = 0;
        int cases = 0;
        const std::function<void(const QJsonValue&, QVariantList)> walk =
            [&](const QJsonValue& node, QVariantList path) {
                if (node.isObject()) {
                    const QJsonObject object = node.toObject();
                    for (auto it = object.begin(); it != object.end(); ++it) {
                        QVariantList child = path;
                        child.append(it.key());
                        walk(it.value(), child);
                    }
                } else if (node.isArray()) {
                    const QJsonArray array = node.toArray();
                    for (int i = 0; i < array.size(); ++i) {
                        QVariantList child = path;
                        child.append(i);
                        walk(array.at(i), child);
                    }
                }
                if (path.isEmpty())
                    return;
                for (const QJsonValue& wrong : wrongs) {
                    if (wrong.type() == node.type())
                        continue;
                    const QJsonDocument doc(edited(root, path, wrong).toObject());
                    const Result<Snapshot> result = parseSnapshot(doc.toJson());
                    ++cases;
                    if (!result.ok()) {
                        ++refused;
                        QVERIFY(!result.error().message.isEmpty());
                        QCOMPARE(result.error().kind, Error::Kind::BadData);
                    }
                }
            };
        walk(root, {});
        // Only a few replacements are acceptable (e.g. -3 or 2.5 where any number goes, such as
        // uptime); everything else must be refused.
        QVERIFY2(refused > cases * 9 / 10, qPrintable(u"%1 of %2"_s.arg(refused).arg(cases)));
    }

    void duplicatedKeysTakeOneValue() {
        QByteArray json = minimalJson();
        json.replace("\"hostname\": \"web1\"", "\"hostname\": \"first\", \"hostname\": \"second\"");
        const Result<Snapshot> result = parseSnapshot(json);
        QVERIFY(result.ok());
        // Qt keeps the last of duplicated keys, as most JSON readers do.
        QCOMPARE(result.value().host.hostname, u"second"_s);
    }

    void duplicatedKeyWithWrongTypeIsRefused() {
        QByteArray json = minimalJson();
        json.replace("\"hostname\": \"web1\"", "\"hostname\": \"web1\", \"hostname\": 5");
        const Result<Snapshot> result = parseSnapshot(json);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().detail, u"host.hostname: expected a string, got a number"_s);
    }

    void jsonDetails_data() {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("words"); // empty: accepted

        QTest::newRow("a trailing comma in a list is refused")
            << QByteArray("\"attached_pids\": [ 812, 813 ]")
            << QByteArray("\"attached_pids\": [ 812, 813, ]") << u"not valid JSON"_s;
        QTest::newRow("a trailing comma in an object is refused")
            << QByteArray("\"swap\": null,") << QByteArray("\"swap\": null,,")
            << u"not valid JSON"_s;
        QTest::newRow("a missing comma is refused")
            << QByteArray("\"dest\": false,") << QByteArray("\"dest\": false")
            << u"not valid JSON"_s;
        QTest::newRow("a number with a leading zero is refused")
            << QByteArray("\"size\": 56,") << QByteArray("\"size\": 056,") << u"not valid JSON"_s;
        QTest::newRow("a number with a plus sign is refused")
            << QByteArray("\"size\": 56,") << QByteArray("\"size\": +56,") << u"not valid JSON"_s;
        QTest::newRow("a bare word is refused")
            << QByteArray("\"swap\": null") << QByteArray("\"swap\": nothing")
            << u"not valid JSON"_s;
        QTest::newRow("single quotes are refused")
            << QByteArray("\"name\": \"jobs\"") << QByteArray("\"name\": 'jobs'")
            << u"not valid JSON"_s;
        QTest::newRow("an unknown escape is refused")
            << QByteArray("\"name\": \"jobs\"") << QByteArray("\"name\": \"jo\\xbs\"")
            << u"not valid JSON"_s;
        QTest::newRow("a raw line break in a string is refused")
            << QByteArray("\"name\": \"jobs\"") << QByteArray("\"name\": \"jo\nbs\"")
            << u"not valid JSON"_s;
        QTest::newRow("a surrogate encoded as UTF-8 is refused")
            << QByteArray("\"name\": \"jobs\"") << QByteArray("\"name\": \"jo\xed\xa0\x80\"")
            << u"not valid JSON"_s;
        QTest::newRow("a code point above U+10FFFF is refused")
            << QByteArray("\"name\": \"jobs\"") << QByteArray("\"name\": \"\xf4\x90\x80\x80\"")
            << u"not valid JSON"_s;
        QTest::newRow("a whole number written with a fraction of zero is read")
            << QByteArray("\"size\": 56,") << QByteArray("\"size\": 56.0,") << QString();
        QTest::newRow("minus zero is zero")
            << QByteArray("\"dtime\": 0,") << QByteArray("\"dtime\": -0,") << QString();
        QTest::newRow("a negative time is kept")
            << QByteArray("\"dtime\": 0,") << QByteArray("\"dtime\": -5,") << QString();
        QTest::newRow("an escaped key is matched")
            << QByteArray("\"dest\": false,") << QByteArray("\"d\\u0065st\": false,") << QString();
        QTest::newRow("an unterminated string is cut off")
            << QByteArray("\"jobs\", \"uid\": 0") << QByteArray("\"jobs") << u"cut off"_s;
    }
    void jsonDetails() {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, words);
        QByteArray json = minimalJson();
        QVERIFY(json.contains(from));
        if (words == u"cut off"_s)
            json = json.left(json.indexOf(from)) + to;
        else
            json.replace(json.indexOf(from), from.size(), to);
        const Result<Snapshot> result = parseSnapshot(json);
        if (words.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
            return;
        }
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::BadData);
        QVERIFY2(result.error().message.contains(words), qPrintable(result.error().message));
    }

    void escapedSurrogatesAreDecoded() {
        QByteArray json = minimalJson();
        json.replace("\"name\": \"lock\"", "\"name\": \"\\ud83d\\ude00 \\u00e9 \\ud800 x\"");
        const Result<Snapshot> result = parseSnapshot(json);
        QVERIFY(result.ok());
        // A lone surrogate is no character: it reads as U+FFFD.
        QCOMPARE(result.value().posixSemaphores.at(0).name, u"\U0001F600 \u00e9 \ufffd x"_s);
    }

    void exactValuesBeyondDoublesEverywhere() {
        QByteArray json = minimalJson();
        json.replace("\"rss\": 4096", "\"rss\": 18446744073692774399");
        json.replace("\"ipc_ns\": 4026531839", "\"ipc_ns\": 9007199254740993");
        const Result<Snapshot> result = parseSnapshot(json);
        QVERIFY(result.ok());
        QCOMPARE(result.value().sharedMemory.at(0).rss,
                 std::optional<quint64>(18446744073692774399ull));
        QCOMPARE(result.value().host.ipcNamespace, std::optional<quint64>(9007199254740993ull));
    }

    void repeatedListsAreNotConcatenated() {
        QByteArray json = minimalJson();
        json.replace("\"shared_memory\":", "\"shared_memory\": [], \"shared_memory\":");
        const Result<Snapshot> result = parseSnapshot(json);
        QVERIFY(result.ok());
        QCOMPARE(result.value().sharedMemory.size(), 1);
    }

    void versionDecidesEvenWhenItComesLast() {
        // A newer helper that writes "schema" at the end, with a body this build cannot read.
        const QByteArray json = R"({"helper":{"version":"9"},"semaphores":{"sets":[]},)"
                                R"("schema":"ipcscope.snapshot/3"})";
        const Result<Snapshot> result = parseSnapshot(json);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(u"newer helper (ipcscope.snapshot/3)"_s),
                 qPrintable(result.error().message));
    }

    void escapedNamesAreDecoded() {
        const Result<Snapshot> result = parseSnapshot(
            minimalWith({u"posix"_s, u"shm"_s, 0, u"name"_s}, u"a\"b\\c\n\u00e9\U0001F600"_s));
        QVERIFY(result.ok());
        QCOMPARE(result.value().posixShm.at(0).name, u"a\"b\\c\n\u00e9\U0001F600"_s);
    }

    // A large snapshot read by the receiver, whole or fed in pieces as a transport feeds it,
    // gives exactly the snapshot that was written, names with quotes and escapes included.
    void largeSnapshotsReadWholeOrStreamedAlike_data() {
        QTest::addColumn<QString>("fixture");
        for (const char* name : {"semaphore-waiters", "pid-reused", "postgresql-killed"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void largeSnapshotsReadWholeOrStreamedAlike() {
        QFETCH(QString, fixture);
        Snapshot s = testsupport::enlarged(analysisFixture(fixture), 20000);
        for (qsizetype i = 0; i < s.semaphores.size(); i += 97) {
            s.semaphores[i].owner = u"x},{\"key\":1"_s;
            s.semaphores[i].group = u"gr\u00fcn\\\"]"_s;
        }
        const QByteArray compact = cli::snapshotToJson(s, false);
        QVERIFY(compact.size() > 2 * 1024 * 1024);
        const QByteArray pretty = cli::snapshotToJson(s, true);

        SnapshotReceiver receiver;
        const Result<Snapshot> whole = receiver.finish(compact);
        QVERIFY(whole.ok());
        QCOMPARE(whole.value().semaphores.size(), s.semaphores.size());
        QCOMPARE(cli::snapshotToJson(whole.value(), false), compact);
        SnapshotReceiver prettyReceiver;
        const Result<Snapshot> fromPretty = prettyReceiver.finish(pretty);
        QVERIFY(fromPretty.ok());
        COMPARE_VALUES(fromPretty.value(), whole.value());
        COMPARE_VALUES(whole.value(), s);

        // Fed as a transport feeds it, in pieces of a pipe's size while the helper writes.
        SnapshotReceiver streaming;
        QByteArray soFar;
        for (qsizetype at = 0; at < compact.size(); at += 65536) {
            soFar.append(compact.mid(at, 65536));
            streaming.received(soFar);
        }
        const Result<Snapshot> streamed = streaming.finish(soFar);
        QVERIFY(streamed.ok());
        COMPARE_VALUES(streamed.value(), s);
    }

    // A mistake anywhere in a large snapshot is reported as reading on one thread reports it:
    // with the index of the set it is in, and the earlier data left alone by the caller.
    void mistakesInLargeSnapshotsAreReportedWithTheirPlace_data() {
        QTest::addColumn<int>("fromEnd"); // which set, counted from the last
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("expected");
        QTest::newRow("last set") << 1 << QByteArray("\"nsems\":") << QByteArray("\"nsems\":\"x\",")
                                  << u"nsems: expected a number, got a string"_s;
        QTest::newRow("early set") << 18000 << QByteArray("\"uid\":") << QByteArray("\"uid\":-1,")
                                   << u"uid: expected a number of at least 0, got -1"_s;
        QTest::newRow("middle set")
            << 9000 << QByteArray("\"ctime\":") << QByteArray("\"ctime\":1.5,")
            << u"ctime: expected a whole number, got 1.5"_s;
    }
    void mistakesInLargeSnapshotsAreReportedWithTheirPlace() {
        QFETCH(int, fromEnd);
        QFETCH(QByteArray, field);
        QFETCH(QByteArray, bad);
        QFETCH(QString, expected);
        const Snapshot s = testsupport::enlarged(analysisFixture(u"semaphore-waiters"_s), 20000);
        QByteArray json = cli::snapshotToJson(s, false);
        // The field of the set fromEnd sets before the end of the semaphores array.
        qsizetype at = json.indexOf("],\"shared_memory\":");
        for (int i = 0; i < fromEnd; ++i)
            at = json.lastIndexOf("{\"key\":", at - 1);
        const qsizetype fieldAt = json.indexOf(field, at);
        const qsizetype valueEnd = json.indexOf(',', fieldAt);
        json.replace(fieldAt, valueEnd - fieldAt + 1, bad);
        SnapshotReceiver receiver;
        const Result<Snapshot> parsed = receiver.finish(json);
        QVERIFY(!parsed.ok());
        const QString index = QString::number(s.semaphores.size() - fromEnd);
        QVERIFY2(parsed.error().detail.contains(u"semaphores["_s + index + u"]."_s + expected),
                 qPrintable(parsed.error().detail));
    }

    // The stream check reports the elements of each array of the top-level object in runs: every
    // element exactly once, in order, whatever the pieces, the key order and the strings hold.
    void elementRunsCoverEachTopLevelArray() {
        // Written without raw strings: moc does not read some of them.
        const QByteArray json = "{\"a\": [1, \"x]\\\"\", {\"b\": [2, {\"c\": \"],[\"}]}, null], "
                                "\"semaphores\":[],\"s\\\"q\" : [ {\"k\":\"},{\"} ,[[]] ], "
                                "\"n\": {\"z\": [4, 5]}, \"last\": [ [6] , true ] }";
        struct Expected {
            QByteArray key;
            QList<QByteArray> elements;
        };
        const QList<Expected> expected = {
            {"a", {"1", "\"x]\\\"\"", "{\"b\": [2, {\"c\": \"],[\"}]}", "null"}},
            {"semaphores", {}},
            {"s\\\"q", {"{\"k\":\"},{\"}", "[[]]"}},
            {"last", {"[6]", "true"}},
        };
        for (const qsizetype runBytes : {1, 8, 1000}) {
            for (const qsizetype piece : {1, 3, 1000}) {
                JsonStreamCheck check;
                check.setRunBytes(runBytes);
                std::vector<JsonStreamCheck::ElementRun> runs;
                for (qsizetype at = 0; at < json.size(); at += piece) {
                    QVERIFY(check.feed(
                        QByteArrayView(json).sliced(at).first(std::min(piece, json.size() - at))));
                    for (JsonStreamCheck::ElementRun& run : check.takeRuns())
                        runs.push_back(std::move(run));
                }
                const QString where = u"run bytes %1, pieces of %2"_s.arg(runBytes).arg(piece);
                qsizetype next = 0;
                for (const Expected& array : expected) {
                    QList<QByteArray> elements;
                    qsizetype arrayStart = -1;
                    for (;;) {
                        QVERIFY2(next < qsizetype(runs.size()), qPrintable(where));
                        const JsonStreamCheck::ElementRun& run = runs[size_t(next++)];
                        QCOMPARE(run.key, array.key);
                        if (arrayStart < 0)
                            arrayStart = run.arrayStart;
                        QCOMPARE(run.arrayStart, arrayStart);
                        QCOMPARE(json.at(arrayStart), '[');
                        // The run's text read as an array holds its elements.
                        const QByteArray text = json.mid(run.begin, run.end - run.begin);
                        const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]");
                        if (run.elements > 0) {
                            QVERIFY2(doc.isArray(),
                                     qPrintable(where + u": "_s + QString::fromUtf8(text)));
                            QCOMPARE(doc.array().size(), run.elements);
                        }
                        qsizetype from = run.begin;
                        for (qsizetype i = 0; i < run.elements; ++i) {
                            const QByteArray& want = array.elements.value(elements.size());
                            const qsizetype found = json.indexOf(want, from);
                            QCOMPARE(found >= from && found < run.end, true);
                            elements.append(want);
                            from = found + want.size();
                        }
                        if (run.arrayEnd >= 0) {
                            QCOMPARE(json.at(run.arrayEnd - 1), ']');
                            QCOMPARE(json.mid(run.end, run.arrayEnd - 1 - run.end).trimmed(),
                                     QByteArray());
                            break;
                        }
                    }
                    QCOMPARE(elements, array.elements);
                }
                QCOMPARE(next, qsizetype(runs.size()));
            }
        }
    }

    // The receiver reads the same snapshot as parseSnapshot(), with the keys in another order
    // (here alphabetical, as QJsonDocument writes them), repeated arrays, runs of any size, and
    // a mistake in a run in the middle reported exactly as parseSnapshot() reports it.
    void receiverAgreesWithParseSnapshotInAnyKeyOrder() {
        const Snapshot s = testsupport::enlarged(analysisFixture(u"semaphore-waiters"_s), 3000);
        const QByteArray reordered =
            QJsonDocument::fromJson(cli::snapshotToJson(s, false)).toJson(QJsonDocument::Compact);
        QVERIFY(reordered.indexOf("\"semaphores\"") > reordered.indexOf("\"message_queues\""));
        QByteArray repeated = reordered;
        repeated.replace("\"shared_memory\":", "\"shared_memory\":[],\"shared_memory\":");
        QByteArray repeatedWrong = reordered;
        repeatedWrong.replace("\"shared_memory\":",
                              "\"shared_memory\":[{\"x\":1}],\"shared_memory\":");
        QByteArray mistaken = reordered;
        const qsizetype middle = mistaken.indexOf("\"nsems\":", mistaken.size() / 2);
        mistaken.replace(middle, 8, "\"nsems\":\"4\",\"x\":");
        const QList<std::pair<QByteArray, QString>> cases = {
            {reordered, {}},
            {repeated, {}},
            {repeatedWrong, u"shared_memory[0].key: missing"_s},
            {mistaken, u"nsems: expected a number, got a string"_s},
        };
        for (const auto& [json, problem] : cases) {
            const Result<Snapshot> reference = parseSnapshot(json);
            QCOMPARE(reference.ok(), problem.isEmpty());
            for (const qsizetype runBytes : {qsizetype(1), qsizetype(5000), qsizetype(1) << 30}) {
                SnapshotReceiver receiver(runBytes);
                QByteArray soFar;
                for (qsizetype at = 0; at < json.size(); at += 7919) {
                    soFar.append(json.mid(at, 7919));
                    receiver.received(soFar);
                }
                const Result<Snapshot> streamed = receiver.finish(soFar);
                QCOMPARE(streamed.ok(), reference.ok());
                if (!reference.ok()) {
                    QCOMPARE(streamed.error().message, reference.error().message);
                    QCOMPARE(streamed.error().detail, reference.error().detail);
                    QVERIFY2(reference.error().detail.contains(problem),
                             qPrintable(reference.error().detail));
                    continue;
                }
                COMPARE_VALUES(streamed.value(), reference.value());
                // (QJsonDocument rounded the numbers beyond 2^53, so compare the lists' sizes.)
                QCOMPARE(streamed.value().semaphores.size(), s.semaphores.size());
                QCOMPARE(streamed.value().messageQueues.size(), s.messageQueues.size());
            }
        }
    }

    void truncatedLargeSnapshotsAreRefused() {
        const Snapshot s = testsupport::enlarged(analysisFixture(u"semaphore-waiters"_s), 20000);
        const QByteArray json = cli::snapshotToJson(s, false);
        for (const qsizetype cut : {json.size() / 3, json.size() * 2 / 3, json.size() - 2}) {
            const QByteArray truncated = json.left(cut);
            SnapshotReceiver receiver;
            receiver.received(truncated.left(truncated.size() / 2));
            const Result<Snapshot> parsed = receiver.finish(truncated);
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().kind, Error::Kind::BadData);
        }
    }
};

QTEST_GUILESS_MAIN(TestSnapshotParser)
#include "tst_snapshotparser.moc"
