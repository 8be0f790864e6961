// SPDX-License-Identifier: GPL-3.0-or-later
// How the object tables cope with 40,000 semaphore sets: loading a report into the model and
// its sorted filter proxy, refreshing it in place, and one filter keystroke. Not a unit test:
// run by hand (bin/bench_gui_models) and compare with a frame (16 ms).
#include "models/objectfilterproxy.h"
#include "models/semaphoremodel.h"

#include <QtTest>

using namespace ipcscope;
using namespace Qt::StringLiterals;

namespace {
constexpr int kObjects = 40'000;

Report bigReport(qint64 time) {
    Report r;
    r.snapshot.host.time = time;
    r.snapshot.semaphores.reserve(kObjects);
    r.objects.reserve(kObjects);
    const QStringList owners = {u"postgres"_s, u"www-data"_s, u"oracle"_s, u"root"_s, u"sap"_s};
    for (int i = 0; i < kObjects; ++i) {
        SemaphoreSet s;
        s.key = 0x51000000u + quint32(i);
        s.id = 32768 + i;
        s.perms = 0600;
        s.uid = uint(1000 + i % 5);
        s.owner = owners.at(i % 5);
        s.nsems = 17;
        s.otime = time - i;
        s.ctime = time - 2 * i;
        r.snapshot.semaphores.append(s);
        ObjectVerdict v;
        v.ref = ObjectRef{ObjectType::Semaphore, i, s.id, {}};
        v.key = s.key;
        v.uid = s.uid;
        v.owner = s.owner;
        v.verdict = Verdict(i % 4);
        r.objects.append(v);
    }
    return r;
}
} // namespace

class BenchGuiModels : public QObject {
    Q_OBJECT
private slots:
    void loadIntoModelAndSortedProxy();
    void refreshInPlace();
    void filterKeystroke();
};

void BenchGuiModels::loadIntoModelAndSortedProxy() {
    const Report report = bigReport(1'700'000'000);
    QBENCHMARK {
        SemaphoreModel model;
        ObjectFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(SemaphoreModel::Verdict);
        model.setReport(report);
        QCOMPARE(proxy.rowCount(), kObjects);
    }
}

void BenchGuiModels::refreshInPlace() {
    SemaphoreModel model;
    ObjectFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(SemaphoreModel::Verdict);
    model.setReport(bigReport(1'700'000'000));
    const Report next = bigReport(1'700'000'010);
    const QPersistentModelIndex kept = proxy.index(123, 0);
    QBENCHMARK {
        model.setReport(next);
    }
    QVERIFY(kept.isValid());
}

void BenchGuiModels::filterKeystroke() {
    SemaphoreModel model;
    ObjectFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(SemaphoreModel::Verdict);
    model.setReport(bigReport(1'700'000'000));
    // Typing "0x51009" one key after the other: each key re-filters and re-sorts.
    proxy.setText(u"0x5100"_s);
    bool longer = true;
    QBENCHMARK {
        proxy.setText(longer ? u"0x51009"_s : u"0x5100"_s);
        longer = !longer;
    }
    QVERIFY(proxy.rowCount() > 0);
}

QTEST_MAIN(BenchGuiModels)
#include "bench_gui_models.moc"
