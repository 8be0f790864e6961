// SPDX-License-Identifier: GPL-3.0-or-later
// `ipcscope-cli report` tells what went wrong, as the window does: the real CLI and helper, the
// helper's log search pointed at a log tree under tests/data/logs/ (through a wrapper that adds
// --log-root to `symptoms`). Current diagnoses come first in the text, history below the
// findings; --json has the documented `diagnosis` array; --no-logs skips the search; logs that
// cannot be searched or read are warnings and leave the exit code alone.
#include "clirun.h"
#include "schemacheck.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

using testcli::Run;

QString logTree(const QString& name) {
    return QDir(QFINDTESTDATA(u"data/logs/"_s + name)).absolutePath();
}

// A helper that runs `symptoms` on a log tree instead of the real /var/log (or fails it, with
// an empty tree name) and everything else as the real helper does.
QString writeWrapper(const QTemporaryDir& dir, const QString& logRoot) {
    const QString path = dir.filePath(u"helper.sh"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    const QString helper = QStringLiteral(IPCSCOPE_HELPER_PATH);
    const QString symptoms =
        logRoot.isEmpty()
            ? u"echo 'ipcscope-helper: the log search broke' >&2; exit 1"_s
            : u"shift; exec '%1' symptoms --log-root '%2' \"$@\""_s.arg(helper, logRoot);
    f.write(u"#!/bin/sh\nif [ \"$1\" = symptoms ]; then %1; fi\nexec '%2' \"$@\"\n"_s
                .arg(symptoms, helper)
                .toUtf8());
    f.close();
    ::chmod(path.toLocal8Bit().constData(), 0700);
    return path;
}

Run cli(const QStringList& args, const QString& helper) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"IPCSCOPE_HELPER"_s, helper);
    env.insert(u"TZ"_s, u"UTC"_s); // log stamps and the times in the sentences
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    return testcli::runCli(args, env);
}

QJsonObject parse(const QByteArray& json) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("not JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QJsonObject diagnosisOf(const QJsonObject& report, const QString& signature) {
    for (const QJsonValue& v : report.value("diagnosis"_L1).toArray())
        if (v.toObject().value("signature"_L1).toString() == signature)
            return v.toObject();
    return {};
}

QStringList warningCodes(const QJsonObject& report) {
    QStringList codes;
    for (const QJsonValue& v : report.value("warnings"_L1).toArray())
        codes << v.toObject().value("code"_L1).toString();
    return codes;
}

} // namespace

class TestCliDiagnosis : public QObject {
    Q_OBJECT

private slots:
    void textSaysWhatWentWrongFirstAndHistoryBelowTheFindings() {
        QTemporaryDir dir;
        const Run r = cli({u"report"_s}, writeWrapper(dir, logTree(u"recovered"_s)));
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        // myapp's semget failure has no later start: today's problem, right after the header.
        const qsizetype wrong = text.indexOf(
            "What went wrong: myapp could not create an IPC object at 2026-11-24 18:30:40"_L1);
        const qsizetype findings = text.indexOf("\nFindings\n"_L1);
        const qsizetype earlier = text.indexOf("\nEarlier problems, recovered since\n"_L1);
        const qsizetype limits = text.indexOf("\nLimits\n"_L1);
        QVERIFY2(wrong > 0 && findings > wrong, r.out.constData());
        QVERIFY2(earlier > findings && limits > earlier, r.out.constData());
        QVERIFY(text.mid(wrong).contains("  Log: /var/log/syslog"_L1));
        // Apache and PostgreSQL started again after their failures: history, not "What went
        // wrong". Whether they run on this machine decides between "running again since" and
        // "started again at".
        const QString history = text.mid(earlier, limits - earlier);
        QVERIFY2(history.contains("Apache failed to start at 2026-11-24 18:30:11"_L1),
                 qPrintable(history));
        QVERIFY2(history.contains("PostgreSQL failed to start at 2026-11-24 12:50:01"_L1),
                 qPrintable(history));
        QVERIFY(history.contains("again"_L1));
        QCOMPARE(text.count("What went wrong:"_L1), 1);
    }

    void jsonHasTheDiagnosisArray() {
        QTemporaryDir dir;
        const Run r = cli({u"report"_s, u"--json"_s}, writeWrapper(dir, logTree(u"recovered"_s)));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = parse(r.out);
        const QJsonArray all = report.value("diagnosis"_L1).toArray();
        QCOMPARE(all.size(), 3);
        // Current first, history last.
        QCOMPARE(all.first().toObject().value("signature"_L1).toString(), u"semget_no_space"_s);
        const QJsonObject myapp = diagnosisOf(report, u"semget_no_space"_s);
        QCOMPARE(myapp.value("history"_L1).toBool(), false);
        QVERIFY(myapp.value("level"_L1).toString() != "ok"_L1);
        QCOMPARE(myapp.value("log"_L1).toString(), u"/var/log/syslog"_s);
        QCOMPARE(myapp.value("time"_L1).toInteger(), 1795545040); // 2026-11-24 18:30:40 UTC
        QCOMPARE(myapp.value("symptom"_L1).toString(),
                 u"semget(IPC_PRIVATE, 1, 0600) failed: No space left on device"_s);
        QVERIFY(!myapp.value("what_to_do"_L1).toString().isEmpty());

        const QJsonObject apache = diagnosisOf(report, u"apache_mutex_create"_s);
        QCOMPARE(apache.value("history"_L1).toBool(), true);
        QCOMPARE(apache.value("level"_L1).toString(), u"ok"_s);
        QCOMPARE(apache.value("code"_L1).toString(), u"history"_s);
        QCOMPARE(apache.value("log"_L1).toString(), u"/var/log/apache2/error.log"_s);
        // The AH00489 start line, or the start of an Apache running here since.
        QVERIFY(apache.value("started_again"_L1).toInteger() >= 1795545062);
        QVERIFY(apache.value("objects"_L1).toArray().isEmpty());
        const QJsonObject postgres = diagnosisOf(report, u"postgresql_semaphores"_s);
        QCOMPARE(postgres.value("history"_L1).toBool(), true);
        QCOMPARE(all.last().toObject().value("history"_L1).toBool(), true);
        QVERIFY(!warningCodes(report).contains(u"logs_not_searched"_s));

        // docs/report.schema.json describes the array.
        const QString python = testschema::python();
        IPCSCOPE_SKIP_WITHOUT_JSONSCHEMA(python);
        QFile out(dir.filePath(u"report.json"_s));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(r.out);
        out.close();
        const testschema::Check check = testschema::validate(python, u"report"_s, {out.fileName()});
        QVERIFY2(check.valid, check.output.constData());
    }

    void noLogsSkipsTheSearch() {
        QTemporaryDir dir;
        const QString helper = writeWrapper(dir, logTree(u"recovered"_s));
        const Run text = cli({u"report"_s, u"--no-logs"_s}, helper);
        QCOMPARE(text.exitCode, 0);
        QVERIFY(!text.out.contains("What went wrong"));
        QVERIFY(!text.out.contains("Earlier problems"));
        const Run json = cli({u"report"_s, u"--json"_s, u"--no-logs"_s}, helper);
        QCOMPARE(json.exitCode, 0);
        const QJsonObject report = parse(json.out);
        QVERIFY(!report.contains("diagnosis"_L1));
        QVERIFY(!warningCodes(report).contains(u"logs_not_searched"_s));
    }

    void aLogThatCannotBeReadIsAWarning() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"logs/var/log/apache2"_s));
        QVERIFY(QFile::copy(logTree(u"recovered"_s) + u"/var/log/apache2/error.log"_s,
                            dir.filePath(u"logs/var/log/apache2/error.log"_s)));
        // A FIFO named like a log is never read (the helper would block on it).
        const QByteArray fifo = dir.filePath(u"logs/var/log/syslog"_s).toLocal8Bit();
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        const QString helper = writeWrapper(dir, dir.filePath(u"logs"_s));
        const Run json = cli({u"report"_s, u"--json"_s}, helper);
        QCOMPARE(json.exitCode, 0);
        const QJsonObject report = parse(json.out);
        QVERIFY(warningCodes(report).contains(u"log_unreadable"_s));
        QVERIFY(diagnosisOf(report, u"apache_mutex_create"_s).value("history"_L1).toBool());
        const Run text = cli({u"report"_s}, helper);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Warning: IPC Scope could not read /var/log/syslog"),
                 text.out.constData());
    }

    void aLogSearchThatFailsIsAWarning() {
        QTemporaryDir dir;
        const QString helper = writeWrapper(dir, {});
        const Run json = cli({u"report"_s, u"--json"_s}, helper);
        QCOMPARE(json.exitCode, 0);
        const QJsonObject report = parse(json.out);
        QVERIFY(!report.contains("diagnosis"_L1));
        QVERIFY(warningCodes(report).contains(u"logs_not_searched"_s));
        const Run text = cli({u"report"_s}, helper);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Warning: The logs were not searched: "), text.out.constData());
        QVERIFY(text.out.contains("\nFindings\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliDiagnosis)
#include "tst_clidiagnosis.moc"
