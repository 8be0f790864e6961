// SPDX-License-Identifier: GPL-3.0-or-later
// The helper's JSON writer: whatever bytes go in (file names from /dev/shm, process names), what
// comes out is valid UTF-8 JSON that a strict parser (Qt's) reads back to the expected text.
#include "jsonwriter.h"
#include "utf8.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QtTest>

using namespace ipcscope::helper;

namespace {
std::string bytes(const QByteArray& a) {
    return std::string(a.constData(), size_t(a.size()));
}

// Strict decoding: any ill-formed input is an error instead of a silent replacement.
bool strictlyValid(const std::string& s) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(QByteArrayView(s.data(), qsizetype(s.size())));
    return !decoder.hasError() && decoded.toUtf8() == QByteArray(s.data(), qsizetype(s.size()));
}

// The string a JSON parser reads from the literal `json` (wrapped into an array).
QString parsedString(const std::string& json, bool* ok) {
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString("[" + json + "]"), &error);
    *ok = error.error == QJsonParseError::NoError && doc.isArray() && doc.array().at(0).isString();
    return doc.array().at(0).toString();
}
} // namespace

class TestHelperJson : public QObject {
    Q_OBJECT

private slots:
    void repair_data();
    void repair();
    void everySingleByte();
    void allByteValuesInOneString();
    void randomBytesAlwaysGiveValidJson();
    void controlCharactersAreEscaped();
    void hex();
    void fractions_data();
    void fractions();
    void documentStructure_data();
    void documentStructure();
    void fragmentsJoinLikeOneWriter_data();
    void fragmentsJoinLikeOneWriter();
};

void TestHelperJson::repair_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("repaired");
    const QByteArray r = "\xef\xbf\xbd"; // U+FFFD
    QTest::newRow("ASCII stays as it is")
        << QByteArray("sem.apache") << QByteArray("sem.apache") << false;
    QTest::newRow("two-byte letters stay")
        << QByteArray("caf\xc3\xa9") << QByteArray("caf\xc3\xa9") << false;
    QTest::newRow("three-byte euro sign stays")
        << QByteArray("\xe2\x82\xac") << QByteArray("\xe2\x82\xac") << false;
    QTest::newRow("four-byte emoji stays")
        << QByteArray("\xf0\x9f\x98\x80") << QByteArray("\xf0\x9f\x98\x80") << false;
    QTest::newRow("U+10FFFF, the last code point, stays")
        << QByteArray("\xf4\x8f\xbf\xbf") << QByteArray("\xf4\x8f\xbf\xbf") << false;
    QTest::newRow("a lone continuation byte is replaced")
        << QByteArray("a\x80z") << "a" + r + "z" << true;
    QTest::newRow("Latin-1 bytes are replaced one by one")
        << QByteArray("\xe4\xf6\xfc") << r + r + r << true;
    QTest::newRow("overlong slash (C0 AF) is two replacements")
        << QByteArray("\xc0\xaf") << r + r << true;
    QTest::newRow("overlong NUL (C0 80) is two replacements")
        << QByteArray("\xc0\x80") << r + r << true;
    QTest::newRow("overlong three-byte form is three replacements")
        << QByteArray("\xe0\x80\xaf") << r + r + r << true;
    QTest::newRow("overlong four-byte form is four replacements")
        << QByteArray("\xf0\x80\x80\xaf") << r + r + r + r << true;
    QTest::newRow("a UTF-16 surrogate (ED A0 80) is three replacements")
        << QByteArray("\xed\xa0\x80") << r + r + r << true;
    QTest::newRow("a CESU-8 surrogate pair is six replacements")
        << QByteArray("\xed\xa0\xbd\xed\xb8\x80") << r + r + r + r + r + r << true;
    QTest::newRow("above U+10FFFF is four replacements")
        << QByteArray("\xf4\x90\x80\x80") << r + r + r + r << true;
    QTest::newRow("F5..FF never start a sequence")
        << QByteArray("\xf5\xfe\xff") << r + r + r << true;
    QTest::newRow("a sequence cut at the end is one replacement")
        << QByteArray("x\xe2\x82") << "x" + r << true;
    QTest::newRow("a sequence cut by ASCII keeps the ASCII") << QByteArray("\xe2\x82"
                                                                           "A\xf0\x9f\x98"
                                                                           "B")
                                                             << r + "A" + r + "B" << true;
    QTest::newRow("an empty name stays empty") << QByteArray() << QByteArray() << false;
}

void TestHelperJson::repair() {
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QFETCH(bool, repaired);
    std::string out;
    QCOMPARE(appendRepairedUtf8(bytes(input), out), repaired);
    QCOMPARE(QByteArray::fromStdString(out), expected);
    QVERIFY(strictlyValid(out));
    QCOMPARE(isValidUtf8(bytes(input)), !repaired);
}

void TestHelperJson::everySingleByte() {
    for (int b = 0; b < 256; ++b) {
        const std::string in = std::string("x") + char(b) + "y";
        std::string json;
        const bool repaired = appendJsonString(in, json);
        QVERIFY2(strictlyValid(json), qPrintable(QString::number(b)));
        QCOMPARE(repaired, b >= 0x80);
        for (const char c : json) // no raw control characters in the output
            QVERIFY2(static_cast<unsigned char>(c) >= 0x20 && c != 0x7f,
                     qPrintable(QString::number(b)));
        bool ok = false;
        const QString parsed = parsedString(json, &ok);
        QVERIFY2(ok, qPrintable(QString::number(b) + QLatin1String(": ") +
                                QString::fromStdString(json)));
        const QString expected = QLatin1Char('x') +
                                 (b < 0x80 ? QString(QChar(b)) : QString(QChar(0xfffd))) +
                                 QLatin1Char('y');
        QCOMPARE(parsed, expected);
    }
}

void TestHelperJson::allByteValuesInOneString() {
    std::string in;
    QString expected;
    for (int b = 0; b < 256; ++b) {
        in.push_back(char(b));
        expected += b < 0x80 ? QChar(b) : QChar(0xfffd);
    }
    std::string json;
    QVERIFY(appendJsonString(in, json));
    QVERIFY(strictlyValid(json));
    bool ok = false;
    QCOMPARE(parsedString(json, &ok), expected);
    QVERIFY(ok);
}

void TestHelperJson::randomBytesAlwaysGiveValidJson() {
    // Deterministic: a failure can be reproduced.
    QRandomGenerator rng(20240229);
    for (int round = 0; round < 2000; ++round) {
        std::string in(size_t(rng.bounded(0, 40)), '\0');
        for (char& c : in) {
            // Bias towards bytes that form (and break) multi-byte sequences.
            const int kind = rng.bounded(4);
            c = char(kind == 0   ? rng.bounded(0x20)
                     : kind == 1 ? rng.bounded(0x80, 0xc0)
                     : kind == 2 ? rng.bounded(0xc0, 0x100)
                                 : rng.bounded(0x20, 0x80));
        }
        std::string json;
        const bool repaired = appendJsonString(in, json);
        QVERIFY(strictlyValid(json));
        bool ok = false;
        const QString parsed = parsedString(json, &ok);
        QVERIFY2(ok, json.c_str());
        QCOMPARE(repaired, !isValidUtf8(in));
        if (!repaired) // valid input comes back exactly
            QCOMPARE(parsed, QString::fromUtf8(in.data(), qsizetype(in.size())));
    }
}

void TestHelperJson::controlCharactersAreEscaped() {
    std::string json;
    appendJsonString("a\"b\\c\nd\te\rf\bg\fh\x01i\x1fj\x7fk", json);
    QCOMPARE(QByteArray::fromStdString(json),
             QByteArray(R"("a\"b\\c\nd\te\rf\bg\fh\u0001i\u001fj\u007fk")"));
    json.clear();
    appendJsonString(std::string("nul\0byte", 8), json);
    QCOMPARE(QByteArray::fromStdString(json), QByteArray(R"("nul\u0000byte")"));
}

void TestHelperJson::hex() {
    QCOMPARE(toHex(std::string("\x00\x0f\xff"
                               "Az",
                               5)),
             std::string("000fff417a"));
    QCOMPARE(toHex(""), std::string());
}

void TestHelperJson::fractions_data() {
    QTest::addColumn<quint64>("numerator");
    QTest::addColumn<quint64>("denominator");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("uptime in hundredths") << quint64(12345) << quint64(100) << QByteArray("123.45");
    QTest::newRow("whole seconds print without a point")
        << quint64(300) << quint64(100) << QByteArray("3");
    QTest::newRow("trailing zeros are dropped")
        << quint64(1230) << quint64(100) << QByteArray("12.3");
    QTest::newRow("leading zeros of the fraction are kept")
        << quint64(5) << quint64(100) << QByteArray("0.05");
    QTest::newRow("a start time from clock ticks")
        << quint64(1700000000ull * 100 + 4217) << quint64(100) << QByteArray("1700000042.17");
    QTest::newRow("a 1000 Hz clock gives three decimals")
        << quint64(1001) << quint64(1000) << QByteArray("1.001");
    QTest::newRow("other denominators round to six decimals")
        << quint64(2) << quint64(3) << QByteArray("0.666667");
    QTest::newRow("rounding carries into the whole part")
        << quint64(2999999999ull) << quint64(3000000000ull) << QByteArray("1");
}

void TestHelperJson::fractions() {
    QFETCH(quint64, numerator);
    QFETCH(quint64, denominator);
    QFETCH(QByteArray, expected);
    JsonWriter w(false);
    w.beginArray();
    w.fraction(numerator, denominator);
    w.endArray();
    QCOMPARE(QByteArray::fromStdString(w.text()), "[" + expected + "]");
}

void TestHelperJson::documentStructure_data() {
    QTest::addColumn<bool>("pretty");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("compact") << false
                             << QByteArray(
                                    R"({"a":1,"b":[],"c":[null,true,false,"x"],"d":{},)"
                                    R"("e":{"f":-9223372036854775808,"g":18446744073709551615}})"
                                    "\n");
    QTest::newRow("pretty") << true
                            << QByteArray("{\n  \"a\": 1,\n  \"b\": [],\n  \"c\": [\n    null,\n"
                                          "    true,\n    false,\n    \"x\"\n  ],\n  \"d\": {},\n"
                                          "  \"e\": {\n    \"f\": -9223372036854775808,\n"
                                          "    \"g\": 18446744073709551615\n  }\n}\n");
}

void TestHelperJson::documentStructure() {
    QFETCH(bool, pretty);
    QFETCH(QByteArray, expected);
    JsonWriter w(pretty);
    w.beginObject();
    w.key("a");
    w.integer(1);
    w.key("b");
    w.beginArray();
    w.endArray();
    w.key("c");
    w.beginArray();
    w.null();
    w.boolean(true);
    w.boolean(false);
    w.string("x");
    w.endArray();
    w.key("d");
    w.beginObject();
    w.endObject();
    w.key("e");
    w.beginObject();
    w.key("f");
    w.integer(INT64_MIN);
    w.key("g");
    w.unsignedInteger(UINT64_MAX);
    w.endObject();
    w.endObject();
    QVERIFY(w.finish());
    QCOMPARE(QByteArray::fromStdString(w.text()), expected);
}

void TestHelperJson::fragmentsJoinLikeOneWriter_data() {
    QTest::addColumn<bool>("pretty");
    QTest::newRow("compact") << false;
    QTest::newRow("pretty") << true;
}

void TestHelperJson::fragmentsJoinLikeOneWriter() {
    QFETCH(bool, pretty);
    const auto element = [](JsonWriter& w, int i) {
        w.beginObject();
        w.key("i");
        w.integer(i);
        w.endObject();
    };
    JsonWriter direct(pretty);
    direct.beginObject();
    direct.key("list");
    direct.beginArray();
    for (int i = 0; i < 5; ++i)
        element(direct, i);
    direct.endArray();
    direct.endObject();

    JsonWriter joined(pretty);
    joined.beginObject();
    joined.key("list");
    joined.beginArray();
    element(joined, 0); // one written directly, then fragments of 2, 0 and 2 elements
    JsonWriter a = JsonWriter::fragment(pretty, joined.depth());
    element(a, 1);
    element(a, 2);
    const JsonWriter empty = JsonWriter::fragment(pretty, joined.depth());
    JsonWriter b = JsonWriter::fragment(pretty, joined.depth());
    element(b, 3);
    element(b, 4);
    joined.appendElements(a);
    joined.appendElements(empty);
    joined.appendElements(b);
    joined.endArray();
    joined.endObject();
    QCOMPARE(QByteArray::fromStdString(joined.text()), QByteArray::fromStdString(direct.text()));
}

QTEST_APPLESS_MAIN(TestHelperJson)
#include "tst_helperjson.moc"
