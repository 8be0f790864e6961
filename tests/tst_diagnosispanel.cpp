// SPDX-License-Identifier: GPL-3.0-or-later
// The diagnosis panel, offscreen: the diagnosis from the fixture logs comes first and its
// "Clean up…" hands over exactly the objects left behind; the paste box recognises every
// signature; "What is this?" opens the shipped help (English and German); the HTML and PDF
// exports write files. A screenshot goes to $build/tests/diagnosispanel.png.
#include "analysis/analyzer.h"
#include "diagnosis/diagnoser.h"
#include "diagnosis/diagnosispanel.h"
#include "diagnosis/helpviewer.h"
#include "diagnosis/pdfexport.h"
#include "diagnosis/signatures.h"
#include "model/snapshotparser.h"
#include "pages/overviewpage.h"
#include "reportfixtures.h"

#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

using namespace Qt::StringLiterals;
using namespace ipcscope;
using testsupport::fixtureSymptoms;
using testsupport::reportFixture;

class TestDiagnosisPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        qputenv("TZ", "UTC");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // tests/data/logs/recovered: Apache and PostgreSQL failed and started again later (history);
    // myapp's semget failed and nothing says it recovered, on a host whose SEMMNI is full.
    void historyComesAfterWhatIsWrongNowAndIsNotCritical() {
        DiagnosisPanel panel;
        panel.setReport(reportFixture(u"diagnosis/apache-running-semmni-full.json"_s));
        panel.setSymptoms(fixtureSymptoms(u"recovered"_s));
        QCOMPARE(panel.diagnoses().size(), 3);
        const auto textOf = [&panel](int i) {
            auto* card = panel.findChild<QWidget*>(u"diagnosis%1"_s.arg(i));
            return card ? card->findChild<QLabel*>(u"diagnosisText"_s)->text() : QString();
        };
        QVERIFY2(textOf(0).startsWith("<b>Critical:</b> myapp could not create"_L1),
                 qPrintable(textOf(0)));
        for (int i : {1, 2}) {
            QVERIFY2(textOf(i).startsWith("<b>Earlier:</b> "_L1), qPrintable(textOf(i)));
            QVERIFY(panel.diagnoses().at(i).history);
            QVERIFY(panel.diagnoses().at(i).level != Level::Critical);
        }
        QVERIFY2(textOf(1).contains("Apache failed to start at 2026-11-24 18:30:11"_L1) &&
                     textOf(1).contains("running again since 2026-11-24 18:31:02"_L1),
                 qPrintable(textOf(1)));
        QVERIFY2(textOf(2).contains("started again at 2026-11-24 13:02:15"_L1),
                 qPrintable(textOf(2)));
    }

    void overviewShowsHistoryBelowTheCurrentFindings() {
        const Report report = reportFixture(u"diagnosis/apache-running-semmni-full.json"_s);
        OverviewPage page;
        page.resize(1200, 900);
        page.setReport(withDiagnoses(report, fixtureSymptoms(u"recovered"_s)));
        auto* box = page.findChild<QGroupBox*>(u"findingsBox"_s);
        QVERIFY(box);
        QStringList rows;
        QList<QWidget*> widgets;
        for (int i = 0; i < box->layout()->count(); ++i)
            if (QWidget* w = box->layout()->itemAt(i)->widget();
                w && w->objectName().startsWith("finding_"_L1)) {
                rows << w->objectName().mid(8);
                widgets << w;
            }
        QCOMPARE(rows.size(), report.findings.size() + 3);
        QCOMPARE(rows.first(), u"diagnosis_limit_full_semget_no_space"_s);
        // The report's own findings, then the two failures that have recovered, last.
        for (int i = 1; i <= int(report.findings.size()); ++i)
            QCOMPARE(rows.at(i), report.findings.at(i - 1).code);
        for (int i = rows.size() - 2; i < rows.size(); ++i) {
            QVERIFY2(rows.at(i).startsWith("diagnosis_history_"_L1), qPrintable(rows.at(i)));
            auto* label = widgets.at(i)->findChildren<QLabel*>().first();
            QVERIFY(label->accessibleName() != "Critical"_L1);
            QVERIFY(!widgets.at(i)->findChild<QPushButton*>(u"findingAction"_s));
        }
        auto* firstIcon = widgets.first()->findChildren<QLabel*>().first();
        QCOMPARE(firstIcon->accessibleName(), u"Critical"_s);
    }

    void diagnosesComeFirstWithTheirCleanup() {
        DiagnosisPanel panel;
        panel.resize(1200, 900);
        panel.setReport(reportFixture(u"diagnosis/apache-semmni-full.json"_s));
        panel.setSymptoms(fixtureSymptoms());
        QVERIFY(!panel.diagnoses().isEmpty());
        auto* first = panel.findChild<QWidget*>(u"diagnosis0"_s);
        QVERIFY(first);
        auto* text = first->findChild<QLabel*>(u"diagnosisText"_s);
        QVERIFY(text->text().startsWith("<b>Critical:</b>"_L1));
        QVERIFY2(text->text().contains("semaphore sets the kernel allows (SEMMNI)"_L1),
                 qPrintable(text->text()));
        QList<ObjectRef> requested;
        connect(&panel, &DiagnosisPanel::cleanupRequested, this,
                [&requested](const QList<ObjectRef>& objects) { requested = objects; });
        auto* clean = first->findChild<QPushButton*>(u"cleanButton"_s);
        QVERIFY(clean);
        QTest::mouseClick(clean, Qt::LeftButton);
        QCOMPARE(requested.size(), 4);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QString shot = QStringLiteral(IPCSCOPE_BINARY_DIR) + u"/tests/diagnosispanel.png"_s;
        QVERIFY(panel.grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
    }

    void unreadableLogsAreShown() {
        DiagnosisPanel panel;
        panel.setReport(reportFixture(u"analysis/empty-host.json"_s));
        SymptomScan scan;
        LogSource src;
        src.path = u"/var/log/apache2/error.log"_s;
        src.status = LogSource::Status::Unreadable;
        src.reason = u"Permission denied"_s;
        scan.sources << src;
        panel.setSymptoms(scan);
        auto* label = panel.findChild<QLabel*>(u"unreadableLogs"_s);
        QVERIFY(!label->isHidden());
        QVERIFY(label->text().contains("/var/log/apache2/error.log"_L1));
        QVERIFY(label->text().contains("administrator mode"_L1));
    }

    void pasteBoxRecognisesEverySignature_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("signature");
        QTest::newRow("AH00023 from an email")
            << u"> (28)No space left on device: AH00023: Couldn't create the ssl-cache mutex"_s
            << u"apache_mutex_create"_s;
        QTest::newRow("AH00144") << u"AH00144: couldn't grab the accept mutex"_s
                                 << u"apache_accept_mutex"_s;
        QTest::newRow("PostgreSQL semaphores")
            << u"FATAL:  could not create semaphores: No space left on device"_s
            << u"postgresql_semaphores"_s;
        QTest::newRow("PostgreSQL shared memory")
            << u"FATAL:  could not create shared memory segment: Cannot allocate memory"_s
            << u"postgresql_shared_memory"_s;
        QTest::newRow("semctl IPC_RMID failed")
            << u"semctl(1081372, 0, IPC_RMID, ...) failed: Invalid argument"_s
            << u"semctl_rmid_failed"_s;
        QTest::newRow("semget out of space")
            << u"semget: No space left on device"_s << u"semget_no_space"_s;
        QTest::newRow("shmget out of space")
            << u"shmget: No space left on device"_s << u"shmget_no_space"_s;
        QTest::newRow("shmget out of memory")
            << u"shmget: Cannot allocate memory"_s << u"shmget_no_memory"_s;
    }
    void pasteBoxRecognisesEverySignature() {
        QFETCH(QString, text);
        QFETCH(QString, signature);
        DiagnosisPanel panel;
        panel.setReport(reportFixture(u"diagnosis/apache-semmni-full.json"_s));
        auto* edit = panel.findChild<QPlainTextEdit*>(u"pasteEdit"_s);
        edit->setFocus();
        QTest::keyClicks(edit, text);
        QCOMPARE(panel.pasteAnalysis().signature, signature);
        auto* result = panel.findChild<QLabel*>(u"pasteResult"_s);
        QVERIFY(result->text().contains(signatureInfo(signature)->title.toHtmlEscaped()));
        QVERIFY(result->text().contains("On this host:"_L1));
        // A semaphore failure on this host (SEMMNI full) offers the cleanup of the leftovers.
        auto* clean = panel.findChild<QPushButton*>(u"pasteCleanButton"_s);
        const bool semaphoresFull = panel.pasteAnalysis().onThisHost.code == "limit_full"_L1;
        QCOMPARE(!clean->isHidden(), semaphoresFull);
    }

    void pasteOfSomethingElseSaysSo() {
        DiagnosisPanel panel;
        auto* edit = panel.findChild<QPlainTextEdit*>(u"pasteEdit"_s);
        edit->setPlainText(u"502 Bad Gateway"_s);
        QVERIFY(!panel.pasteAnalysis().recognised);
        QVERIFY(
            panel.findChild<QLabel*>(u"pasteResult"_s)->text().contains("does not recognise"_L1));
    }

    void helpPagesShipInTheApp_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("SEMMNI in English") << u"SEMMNI"_s << u"en"_s << u"semaphore sets"_s;
        QTest::newRow("SEMMNI in German") << u"SEMMNI"_s << u"de"_s << u"Semaphorengruppen"_s;
        QTest::newRow("orphaned verdict") << u"orphaned"_s << u"en"_s << u"strong evidence"_s;
        QTest::newRow("possibly orphaned in German")
            << u"possibly_orphaned"_s << u"de"_s << u"Vielleicht verwaist"_s;
        QTest::newRow("semaphore object type") << u"sem"_s << u"en"_s << u"toilet"_s;
        QTest::newRow("shared memory object type") << u"shm"_s << u"en"_s << u"whiteboard"_s;
        QTest::newRow("message queue object type") << u"msg"_s << u"en"_s << u"mailbox"_s;
        QTest::newRow("why objects outlive programs")
            << u"apache_accept_mutex"_s << u"en"_s << u"locker"_s;
        QTest::newRow("a log signature")
            << u"postgresql_semaphores"_s << u"de"_s << u"Fehlermeldungen"_s;
    }
    void helpPagesShipInTheApp() {
        QFETCH(QString, code);
        QFETCH(QString, language);
        QFETCH(QString, phrase);
        QLocale::setDefault(QLocale(language));
        DiagnosisPanel panel;
        panel.showHelp(code);
        auto* viewer = panel.findChild<QTextBrowser*>(u"helpViewer"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(viewer->source().toString().startsWith(u"qrc:/help/"_s + language + u'/'),
                 qPrintable(viewer->source().toString()));
        QVERIFY2(viewer->toPlainText().contains(phrase), qPrintable(viewer->toPlainText()));
    }

    void everyHelpPageExistsInBothLanguages() {
        for (const QString& page :
             {u"index.html"_s, u"semaphore.html"_s, u"shared-memory.html"_s,
              u"message-queue.html"_s, u"posix.html"_s, u"outlive.html"_s, u"limits.html"_s,
              u"verdicts.html"_s, u"suggestions.html"_s, u"symptoms.html"_s}) {
            HelpViewer viewer; // registers the resources
            QVERIFY2(QFile::exists(u":/help/en/"_s + page), qPrintable(page));
            QVERIFY2(QFile::exists(u":/help/de/"_s + page), qPrintable(page));
        }
    }

    // The PDF as it is laid out on A4 pages: a word in a table cell is broken only between
    // words, never inside ("Own er"), and every heading is on the page of what follows it.
    void pdfKeepsWordsAndHeadingsWhole_data() {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("the Apache outage with SEMMNI full")
            << u"diagnosis/apache-semmni-full.json"_s;
        QTest::newRow("a host with many owners and objects")
            << u"analysis/non-root-partial-view.json"_s;
        QTest::newRow("a host at 100 % of several limits")
            << u"analysis/limits-at-100-percent.json"_s;
    }

    void pdfKeepsWordsAndHeadingsWhole() {
        QFETCH(QString, fixture);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DiagnosisPanel panel;
        panel.setReport(reportFixture(fixture));
        panel.setSymptoms(fixtureSymptoms());
        const QString html = panel.reportHtml();
        QPdfWriter writer(dir.filePath(u"r.pdf"_s));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        QTextDocument doc;
        layoutForPages(doc, html, writer);
        QVERIFY(doc.pageCount() >= 1);
        int cells = 0;
        int headings = 0;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            if (QTextCursor(b).currentTable()) {
                ++cells;
                const QTextLayout* layout = b.layout();
                for (int i = 1; i < layout->lineCount(); ++i) {
                    const int at = layout->lineAt(i).textStart();
                    const QChar before = b.text().at(at - 1);
                    const QChar after = b.text().at(at);
                    QVERIFY2(!(before.isLetterOrNumber() && after.isLetterOrNumber()),
                             qPrintable(u"\"%1\" broken at %2"_s.arg(b.text()).arg(at)));
                }
            }
            if (b.blockFormat().headingLevel() > 0 && b.next().isValid()) {
                ++headings;
                QVERIFY2(pageOf(doc, b.position()) == pageOf(doc, b.next().position()),
                         qPrintable(b.text()));
            }
        }
        QVERIFY(cells > 10);
        QVERIFY(headings > 3);
    }

    // Headings that would fall at the foot of a page move to the next one, with what follows.
    void headingsAtTheFootOfAPageMoveDown_data() {
        QTest::addColumn<int>("paragraphs");
        for (int n : {20, 25, 30, 35, 40, 45})
            QTest::newRow(qPrintable(u"after %1 paragraphs"_s.arg(n))) << n;
    }

    void headingsAtTheFootOfAPageMoveDown() {
        QFETCH(int, paragraphs);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString html;
        for (int i = 0; i < paragraphs; ++i)
            html += u"<p>Paragraph %1 of some filler text that takes a line.</p>"_s.arg(i);
        for (int h = 0; h < 6; ++h) {
            html += u"<h2>Heading %1</h2><ul>"_s.arg(h);
            for (int i = 0; i < 6; ++i)
                html += u"<li>Item %1</li>"_s.arg(i);
            html += u"</ul>"_s;
        }
        QPdfWriter writer(dir.filePath(u"h.pdf"_s));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        QTextDocument doc;
        layoutForPages(doc, html, writer);
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() > 0)
                QVERIFY2(pageOf(doc, b.position()) == pageOf(doc, b.next().position()),
                         qPrintable(b.text()));
        }
    }

    void exportsWriteHtmlAndPdf() {
        QTemporaryDir dir;
        DiagnosisPanel panel;
        panel.setReport(reportFixture(u"diagnosis/apache-semmni-full.json"_s));
        panel.setSymptoms(fixtureSymptoms());
        QString error;
        QVERIFY2(panel.exportHtml(dir.filePath(u"r.html"_s), &error), qPrintable(error));
        QVERIFY2(panel.exportPdf(dir.filePath(u"r.pdf"_s), &error), qPrintable(error));
        QFile html(dir.filePath(u"r.html"_s));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains("id=\"diagnoses\""));
        QFile pdf(dir.filePath(u"r.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 5000);
        QVERIFY(!panel.exportHtml(u"/nonexistent/dir/r.html"_s, &error));
        QVERIFY(error.contains("/nonexistent/dir/r.html"_L1));
    }
};

QTEST_MAIN(TestDiagnosisPanel)
#include "tst_diagnosispanel.moc"
