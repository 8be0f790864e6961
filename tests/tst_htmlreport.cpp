// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML report for support tickets: every section present, diagnoses and log lines from the
// real helper's log search on the fixture logs, containers in a section of their own, text escaped,
// and the page rendered to a PNG (offscreen, through QTextDocument like the GUI's PDF export) for a
// person to look at: $build/tests/htmlreport.png.
#include "analysis/analyzer.h"
#include "diagnosis/htmlreport.h"
#include "model/snapshotparser.h"
#include "reportfixtures.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace ipcscope;
using testsupport::fixtureSymptoms;
using testsupport::reportFixture;

class TestHtmlReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("TZ", "UTC"); }

    void everySectionIsThere_data() {
        QTest::addColumn<QString>("needle");
        QTest::newRow("the diagnoses come first") << u"<h2 id=\"diagnoses\">"_s;
        QTest::newRow("findings") << u"<h2 id=\"findings\">"_s;
        QTest::newRow("limit charts") << u"<h2 id=\"limits\">"_s;
        QTest::newRow("owner breakdown") << u"<h2 id=\"owners\">"_s;
        QTest::newRow("objects not in use") << u"<h2 id=\"objects\">"_s;
        QTest::newRow("suggestions") << u"<h2 id=\"suggestions\">"_s;
        QTest::newRow("symptoms") << u"<h2 id=\"symptoms\">"_s;
        QTest::newRow("time and helper version") << u"<h2 id=\"about\">"_s;
        QTest::newRow("the SEMMNI bar is full") << u"<td width=\"100%\" bgcolor=\"#c62828\""_s;
        QTest::newRow("the diagnosis sentence with its cause")
            << u"because all 4 semaphore sets the kernel allows (SEMMNI) are taken"_s;
        QTest::newRow("the log line as it was written")
            << u"(28)No space left on device: AH00023: Couldn't create the ssl-cache mutex"_s;
        QTest::newRow("the reason of an orphaned set") << u"exited"_s;
        QTest::newRow("the helper version") << u"0.1.0"_s;
        QTest::newRow("the host name in the title") << u"<title>IPC report for web1</title>"_s;
    }
    void everySectionIsThere() {
        QFETCH(QString, needle);
        const QString html =
            htmlReport(reportFixture(u"diagnosis/apache-semmni-full.json"_s), fixtureSymptoms());
        QVERIFY2(html.contains(needle), qPrintable(needle));
        QVERIFY(html.indexOf(u"id=\"diagnoses\""_s) < html.indexOf(u"id=\"findings\""_s));
    }

    void selfContained() {
        const QString html =
            htmlReport(reportFixture(u"diagnosis/apache-semmni-full.json"_s), fixtureSymptoms());
        QVERIFY(!html.contains("<script"_L1));
        QVERIFY(!html.contains("src=\"http"_L1));
        QVERIFY(!html.contains("href=\"http"_L1));
        QVERIFY(html.startsWith("<!DOCTYPE html>"_L1));
    }

    void historyIsListedAfterTheFindingsNotAsWhatWentWrong() {
        // tests/data/logs/recovered: Apache and PostgreSQL started again after their failures.
        const QString html =
            htmlReport(reportFixture(u"diagnosis/apache-running-semmni-full.json"_s),
                       fixtureSymptoms(u"recovered"_s));
        const qsizetype diagnoses = html.indexOf(u"id=\"diagnoses\""_s);
        const qsizetype findings = html.indexOf(u"id=\"findings\""_s);
        const qsizetype history = html.indexOf(u"id=\"history\""_s);
        QVERIFY(diagnoses >= 0 && findings > diagnoses && history > findings);
        const QString whatWentWrong = html.mid(diagnoses, findings - diagnoses);
        QVERIFY(whatWentWrong.contains("myapp could not create"_L1));
        QVERIFY(!whatWentWrong.contains("Apache failed to start"_L1));
        const QString earlier = html.mid(history, html.indexOf(u"<h2"_s, history + 1) - history);
        QVERIFY2(earlier.contains("Apache failed to start at 2026-11-24 18:30:11"_L1),
                 qPrintable(earlier));
        QVERIFY(earlier.contains("<b>Earlier:</b>"_L1));
        QVERIFY(!earlier.contains("Critical"_L1));
    }

    void withoutLogSearchTheReportSaysSo() {
        const QString html = htmlReport(reportFixture(u"analysis/empty-host.json"_s));
        QVERIFY(html.contains("The logs were not searched"_L1));
        QVERIFY(html.contains("There are no IPC objects."_L1));
    }

    // Each container with its own limits and objects not in use, or why it was not read.
    void containersHaveASectionOfTheirOwn() {
        const QString html = htmlReport(reportFixture(u"analysis/containers.json"_s));
        const qsizetype containers = html.indexOf(u"<h2 id=\"containers\">"_s);
        QVERIFY(containers > html.indexOf(u"id=\"objects\""_s));
        const QString part =
            html.mid(containers, html.indexOf(u"<h2"_s, containers + 1) - containers);
        QVERIFY2(part.contains(u"<h3>Container web-1 (namespace 4026532200, pid 4242)</h3>"_s),
                 qPrintable(part));
        QVERIFY(part.contains(u"<table class=\"grid\""_s)); // its limits
        QVERIFY(part.contains(u"not in use by a running program"_s));
        QVERIFY(part.contains(u"<h3>Container db (namespace 4026532201, pid 5000)</h3>"_s));
        QVERIFY(part.contains(u"Not read: the kernel refused to enter the IPC namespace"_s));
        // A host without containers has no such section.
        QVERIFY(!htmlReport(reportFixture(u"analysis/empty-host.json"_s))
                     .contains(u"id=\"containers\""_s));
    }

    void namesAreEscaped() {
        Report report = reportFixture(u"analysis/empty-host.json"_s);
        report.snapshot.host.hostname = u"<b>evil</b>&"_s;
        const QString html = htmlReport(report);
        QVERIFY(!html.contains("<b>evil</b>"_L1));
        QVERIFY(html.contains("&lt;b&gt;evil&lt;/b&gt;&amp;"_L1));
    }

    void cliWritesTheReport() {
        // ipcscope-cli report --html FILE on this machine: the text report on stdout as usual,
        // the HTML report (with the log search of this host) in FILE.
        QTemporaryDir dir;
        const QString file = dir.filePath(u"local.html"_s);
        QProcess p;
        p.start(QStringLiteral(IPCSCOPE_CLI_PATH), {u"report"_s, u"--html"_s, file});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(!p.readAllStandardOutput().isEmpty());
        QFile html(file);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray text = html.readAll();
        for (const char* id : {"diagnoses", "findings", "limits", "owners", "objects",
                               "suggestions", "symptoms", "about"})
            QVERIFY2(text.contains("<h2 id=\"" + QByteArray(id) + "\">"), id);
        QVERIFY(!text.contains("The logs were not searched"));
    }

    void cliRefusesAnUnwritableFile() {
        QProcess p;
        p.start(QStringLiteral(IPCSCOPE_CLI_PATH),
                {u"report"_s, u"--html"_s, u"/nonexistent/dir/r.html"_s});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("/nonexistent/dir/r.html"));
    }

    void rendersToAnImage() {
        const QString html =
            htmlReport(reportFixture(u"diagnosis/apache-semmni-full.json"_s), fixtureSymptoms());
        QTextDocument doc;
        doc.setHtml(html);
        doc.setTextWidth(900);
        const QSize size(900, int(doc.size().height()));
        QVERIFY(size.height() > 600);
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        doc.drawContents(&painter);
        painter.end();
        // Red pixels: the full SEMMNI bar and the "Critical" marks were drawn.
        int red = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                if (image.pixel(x, y) == qRgb(0xc6, 0x28, 0x28))
                    ++red;
        QVERIFY(red > 100);
        const QString out = QStringLiteral(IPCSCOPE_BINARY_DIR) + u"/tests/htmlreport.png"_s;
        QVERIFY(image.save(out));
        qInfo("rendered to %s", qPrintable(out));
    }
};

QTEST_MAIN(TestHtmlReport)
#include "tst_htmlreport.moc"
