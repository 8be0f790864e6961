// SPDX-License-Identifier: GPL-3.0-or-later
// The Suggestions page driven offscreen through its real widgets (issue 16): a limit that the
// overview calls critical because of orphaned objects is never shown next to "Nothing to
// change" but as "clean up first"; the overview's "Explain" of a limit lands on that limit's
// row; the reasons wrap in rows that fit the window, with the Reference column on screen at
// 1024×700 as at 1400×900.
#include "analysis/advisor.h"
#include "analysis/analyzer.h"
#include "analysis/findings.h"
#include "guisettings.h"
#include "host/hostpages.h"
#include "model/snapshotparser.h"
#include "models/suggestionmodel.h"
#include "pages/overviewpage.h"
#include "pages/suggestionspage.h"

#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ipcscope;

namespace {

// The outage: SEMMNI at 4 of 4, every set left behind by an Apache that was restarted.
Report outage() {
    QFile file(QFINDTESTDATA(u"data/diagnosis/apache-semmni-full.json"_s));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture not found");
    return analyze(parseSnapshot(file.readAll()).value());
}

// Two limits at warning with no orphans (raised by the headroom rule) and the long sentences of
// a database plan.
Report twoLimitsToRaise() {
    Report r;
    r.snapshot.host.hostname = u"db1"_s;
    Limits& l = r.snapshot.limits;
    l.semmsl = 250, l.semmns = 32000, l.semopm = 32, l.semmni = 128;
    l.shmmax = 33554432, l.shmall = 2097152, l.shmmni = 4096;
    l.msgmax = 8192, l.msgmnb = 16384, l.msgmni = 32000, l.mqQueuesMax = 256;
    LimitUsage sets;
    sets.parameter = u"kernel.sem"_s, sets.field = u"SEMMNI"_s, sets.unit = u"sets"_s;
    sets.used = 120, sets.limit = 128, sets.level = Level::Critical;
    LimitUsage sems;
    sems.parameter = u"kernel.sem"_s, sems.field = u"SEMMNS"_s, sems.unit = u"semaphores"_s;
    sems.used = 26000, sems.limit = 32000, sems.level = Level::Warning;
    r.limits = {sets, sems};
    AdvisorInput in;
    in.limits = l;
    in.usage = r.limits;
    in.workloads = {u"oracle"_s, u"db2"_s};
    in.memTotal = 64ull << 30;
    r.suggestions = suggestLimits(in);
    r.sysctlSnippet = sysctlSnippet(r.suggestions, l, u"db1"_s);
    r.findings = analysis::findingsFor(r);
    return r;
}

} // namespace

class TestSuggestionsPage : public QObject {
    Q_OBJECT
public:
    static void initMain() { testgui::useOwnSettings(); }

private slots:
    void aLimitFullOfOrphansSaysCleanUpFirst();
    void explainLandsOnTheLimitsRow();
    void reasonsWrapAndReferencesStayOnScreen_data();
    void reasonsWrapAndReferencesStayOnScreen();
};

void TestSuggestionsPage::aLimitFullOfOrphansSaysCleanUpFirst() {
    const Report report = outage();
    bool critical = false;
    for (const LimitUsage& l : report.limits)
        critical = critical || (l.field == u"SEMMNI"_s && l.level == Level::Critical);
    QVERIFY2(critical, "the overview calls SEMMNI critical");

    SuggestionsPage page;
    page.resize(1000, 600);
    page.show();
    page.setReport(report);
    const QString summary = page.findChild<QLabel*>(u"suggestionsSummary"_s)->text();
    QVERIFY2(!summary.contains(u"Nothing to change"_s), qPrintable(summary));
    QCOMPARE(summary, u"1 limit is full because of orphaned objects: clean up first. Each row "
                      "says what is enough afterwards and what the limit should be if the same "
                      "leak recurs."_s);
    const SuggestionModel* m = page.model();
    const int row = m->rowOf(u"SEMMNI"_s);
    QVERIFY(row >= 0);
    QCOMPARE(m->index(row, SuggestionModel::Suggested).data().toString(), u"Clean up first"_s);
    QCOMPARE(m->index(row, SuggestionModel::Current).data().toString(), u"4"_s);
    const QString why = m->index(row, SuggestionModel::Reason).data().toString();
    QVERIFY2(why.startsWith(u"4 of 4 sets are held by orphaned objects, 0 by objects in use. "
                            "Clean up first; then 1 would be enough. If the same leak recurs, "
                            "SEMMNI should be 32000, the default of current kernels"_s),
             qPrintable(why));
    // Nothing to pin in a file: the cleanup is the change.
    auto* snippet = page.findChild<QPlainTextEdit*>(u"sysctlSnippet"_s);
    QVERIFY(snippet->toPlainText().isEmpty());
    QCOMPARE(snippet->placeholderText(), u"No file is needed: the cleanup is the change."_s);
    QVERIFY(!page.findChild<QPushButton*>(u"saveSnippetButton"_s)->isEnabled());
    // No "save this as a file" above "no file is needed".
    QVERIFY(page.findChild<QLabel*>(u"sysctlHow"_s)->isHidden());
}

void TestSuggestionsPage::explainLandsOnTheLimitsRow() {
    const Report report = twoLimitsToRaise();
    HostPages pages;
    pages.resize(1200, 800);
    pages.show();
    pages.overview()->setReport(report);
    pages.suggestions()->setReport(report);
    QVERIFY(pages.suggestions()->model()->rowOf(u"SEMMNI"_s) > 0); // not simply the first row

    // The "SEMMNI is 93 % used" finding's Explain button.
    QPushButton* explain = nullptr;
    for (QWidget* row : pages.overview()->findChildren<QWidget*>(u"finding_limit_usage"_s))
        if (row->findChild<QLabel*>(u"findingText"_s)->text().startsWith(u"SEMMNI"_s))
            explain = row->findChild<QPushButton*>(u"findingAction"_s);
    QVERIFY(explain);
    QCOMPARE(explain->text(), u"Explain"_s);
    explain->click();
    QCOMPARE(pages.currentIndex(), int(HostPages::SuggestionsIndex));
    auto* table = pages.suggestions()->findChild<QTableView*>(u"suggestionTable"_s);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().row(), pages.suggestions()->model()->rowOf(u"SEMMNI"_s));
}

void TestSuggestionsPage::reasonsWrapAndReferencesStayOnScreen_data() {
    // What the page gets of a maximised window (the host list takes the rest).
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024×700 screen") << QSize(780, 560);
    QTest::newRow("1400×900 screen") << QSize(1150, 760);
}

void TestSuggestionsPage::reasonsWrapAndReferencesStayOnScreen() {
    QFETCH(QSize, size);
    SuggestionsPage page;
    page.resize(size);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setReport(twoLimitsToRaise());
    auto* table = page.findChild<QTableView*>(u"suggestionTable"_s);
    QHeaderView* header = table->horizontalHeader();
    const int chars = table->fontMetrics().averageCharWidth();
    // "Why" holds a few words per line, never a character per line.
    QVERIFY2(header->sectionSize(SuggestionModel::Reason) >= 28 * chars,
             qPrintable(QString::number(header->sectionSize(SuggestionModel::Reason))));
    // "Reference" ends inside the visible part of the table.
    QVERIFY2(header->sectionViewportPosition(SuggestionModel::Reference) +
                     header->sectionSize(SuggestionModel::Reference) <=
                 table->viewport()->width(),
             "the Reference column is on screen");
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    // The long reasons wrap: rows grow to several lines instead of being cut off.
    const int line = table->fontMetrics().lineSpacing();
    int tallest = 0;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        tallest = std::max(tallest, table->rowHeight(r));
    QVERIFY2(tallest >= 2 * line, qPrintable(QString::number(tallest)));
    // A wider window gives the sentences the room: rows get lower again.
    const int before = tallest;
    page.resize(size.width() + 400, size.height());
    QTRY_VERIFY(header->sectionSize(SuggestionModel::Reason) > 28 * chars + 100);
    int after = 0;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        after = std::max(after, table->rowHeight(r));
    QVERIFY2(after <= before, qPrintable(u"%1 > %2"_s.arg(after).arg(before)));
}

QTEST_MAIN(TestSuggestionsPage)
#include "tst_suggestionspage.moc"
