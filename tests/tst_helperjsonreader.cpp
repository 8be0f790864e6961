// SPDX-License-Identifier: GPL-3.0-or-later
// The bounds of the helper's strict JSON reader (remote-helper/jsonreader.h): hostile documents
// — tens of thousands of keys, millions of values, deep nesting — are refused by a documented
// limit with a sentence, at the first value over it, instead of costing minutes or gigabytes;
// and big documents within the limits are still read (duplicate keys found by hash).
#include "jsonreader.h"
#include "limitschange.h"
#include "removalplan.h"

#include <QProcess>
#include <QTest>

#include <string>

using namespace Qt::StringLiterals;
using namespace ipcscope::helper;

namespace {

std::string objectWithKeys(size_t n, const std::string& last = {}) {
    std::string s = "{";
    for (size_t i = 0; i < n; ++i)
        s += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":0";
    if (!last.empty())
        s += ",\"" + last + "\":0";
    return s + "}";
}

std::string zeros(size_t n) {
    std::string s = "[";
    s.reserve(2 * n + 2);
    for (size_t i = 0; i < n; ++i)
        s += i ? ",0" : "0";
    return s + "]";
}

std::string planWithItems(const std::string& items) {
    return R"({"schema":"ipcscope.removal-plan/1","items":)" + items + "}";
}

std::string nested(size_t depth) {
    return std::string(depth, '[') + std::string(depth, ']');
}

} // namespace

class TestHelperJsonReader : public QObject {
    Q_OBJECT
private slots:
    void hostilePlansAreRefusedByALimit_data();
    void hostilePlansAreRefusedByALimit();
    void hostileLimitsChangesAreRefusedByALimit_data();
    void hostileLimitsChangesAreRefusedByALimit();
    void manyKeysWithinTheLimitsAreReadAndDuplicatesFound();
    void aPlanAtTheValueLimitIsStillRead();
    void theHelperRefusesA64MiBArrayEarly();
};

void TestHelperJsonReader::hostilePlansAreRefusedByALimit_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("mentions");
    const auto bytes = [](const std::string& s) {
        return QByteArray::fromStdString(s);
    };
    QTest::newRow("a plan object with 80,000 keys")
        << bytes(objectWithKeys(80000)) << u"more than 64 members"_s;
    QTest::newRow("an item with 80,000 keys")
        << bytes(planWithItems("[" + objectWithKeys(80000) + "]")) << u"more than 64 members"_s;
    QTest::newRow("an items array of 1,000,001 zeros")
        << bytes(planWithItems(zeros(1000001))) << u"more than 1000000 values"_s;
    QTest::newRow("nesting 33 deep inside the items")
        << bytes(planWithItems(nested(32))) << u"nesting deeper than 32"_s;
    QTest::newRow("a duplicate key among 60 members")
        << bytes(objectWithKeys(60, "k59")) << u"duplicate object key"_s;
}

void TestHelperJsonReader::hostilePlansAreRefusedByALimit() {
    QFETCH(QByteArray, text);
    QFETCH(QString, mentions);
    RemovalPlan plan;
    std::string error;
    QVERIFY(
        !parseRemovalPlan(std::string_view(text.constData(), size_t(text.size())), plan, error));
    const QString e = QString::fromStdString(error);
    QVERIFY2(e.startsWith(u"the plan could not be read: "_s) && e.contains(mentions) &&
                 e.contains(u"at byte"_s),
             qPrintable(e));
    QVERIFY(plan.items.empty());
}

void TestHelperJsonReader::hostileLimitsChangesAreRefusedByALimit_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("mentions");
    const std::string head = R"({"schema":"ipcscope.limits-change/1","limits":{"kernel.sem":)";
    QTest::newRow("kernel.sem as 2,000 zeros")
        << QByteArray::fromStdString(head + zeros(2000) + "}}") << u"more than 1024 values"_s;
    QTest::newRow("limits with 80,000 keys")
        << QByteArray::fromStdString(R"({"schema":"ipcscope.limits-change/1","limits":)" +
                                     objectWithKeys(80000) + "}")
        << u"more than 64 members"_s;
    QTest::newRow("kernel.sem nested 9 deep")
        << QByteArray::fromStdString(head + nested(9) + "}}") << u"nesting deeper than 8"_s;
}

void TestHelperJsonReader::hostileLimitsChangesAreRefusedByALimit() {
    QFETCH(QByteArray, text);
    QFETCH(QString, mentions);
    LimitsChange change;
    std::string error;
    QVERIFY(
        !parseLimitsChange(std::string_view(text.constData(), size_t(text.size())), change, error));
    const QString e = QString::fromStdString(error);
    QVERIFY2(e.startsWith(u"the limits change could not be read: "_s) && e.contains(mentions),
             qPrintable(e));
}

// With a member bound high enough, 80,000 distinct keys are read, and a duplicate as the very
// last key is still found (by hash: a linear search per key took seconds here).
void TestHelperJsonReader::manyKeysWithinTheLimitsAreReadAndDuplicatesFound() {
    JsonLimits limits;
    limits.maxMembers = 100000;
    JsonValue v;
    std::string error;
    QVERIFY2(parseJson(objectWithKeys(80000), v, error, limits), error.c_str());
    QCOMPARE(v.members().size(), size_t(80000));
    QVERIFY(v.find("k79999"));
    QVERIFY(!parseJson(objectWithKeys(80000, "k0"), v, error, limits));
    QVERIFY2(error.find("duplicate object key") != std::string::npos, error.c_str());
}

// 999,999 values (the plan object, schema, items and its elements) are within the bound.
void TestHelperJsonReader::aPlanAtTheValueLimitIsStillRead() {
    JsonValue v;
    std::string error;
    QVERIFY2(parseJson(planWithItems(zeros(1000000 - 3)), v, error), error.c_str());
    QCOMPARE(v.find("items")->elements().size(), size_t(1000000 - 3));
    QVERIFY(!parseJson(planWithItems(zeros(1000000 - 2)), v, error));
}

// The whole binary: a 64 MiB plan of zeros (it peaked at 6.1 GB before the bound) ends in exit 1
// with the sentence.
void TestHelperJsonReader::theHelperRefusesA64MiBArrayEarly() {
    const std::string text = planWithItems(zeros((64u << 20) / 2 - 40));
    QVERIFY(text.size() <= (64u << 20));
    QProcess p;
    p.start(QStringLiteral(IPCSCOPE_HELPER_PATH), {u"remove"_s});
    QVERIFY(p.waitForStarted());
    p.write(text.data(), qint64(text.size()));
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 1);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("more than 1000000 values"), err.constData());
    QVERIFY(p.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestHelperJsonReader)
#include "tst_helperjsonreader.moc"
