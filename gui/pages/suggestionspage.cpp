// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/suggestionspage.h"

#include "models/suggestionmodel.h"
#include "util/format.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipcscope {

SuggestionsPage::SuggestionsPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new SuggestionModel(this))
    , m_view(new QTableView)
    , m_summary(new QLabel)
    , m_software(new QLabel)
    , m_snippet(new QPlainTextEdit)
    , m_copy(new QPushButton(tr("&Copy")))
    , m_save(new QPushButton(tr("&Save…"))) {
    setObjectName(u"suggestionsPage"_s);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(u"suggestionsSummary"_s);
    m_view->setObjectName(u"suggestionTable"_s);
    m_view->setAccessibleName(tr("Suggested kernel limits"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Long sentences: widths from fitColumns(), never from their one-line length.
    m_view->horizontalHeader()->setSectionResizeMode(SuggestionModel::Reason, QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(SuggestionModel::Reference,
                                                     QHeaderView::Fixed);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->viewport()->installEventFilter(this);

    m_software->setWordWrap(true);
    m_software->setObjectName(u"softwareAdvice"_s);
    m_software->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_snippet->setObjectName(u"sysctlSnippet"_s);
    m_snippet->setAccessibleName(tr("sysctl.d snippet"));
    m_snippet->setReadOnly(true);
    m_snippet->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy->setObjectName(u"copySnippetButton"_s);
    m_save->setObjectName(u"saveSnippetButton"_s);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(snippet()); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save sysctl snippet"), u"90-ipcscope.conf"_s, tr("sysctl files (*.conf)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!saveSnippet(path, &error))
            QMessageBox::warning(this, tr("Could not save"), error);
    });

    auto* snippetBox = new QGroupBox(tr("For /etc/sysctl.d/"));
    auto* snippetLayout = new QVBoxLayout(snippetBox);
    m_how = new QLabel(tr("Save this as a file in /etc/sysctl.d/ on the server and run "
                          "<code>sysctl --system</code> as root to apply it."));
    m_how->setObjectName(u"sysctlHow"_s);
    m_how->setWordWrap(true);
    snippetLayout->addWidget(m_how);
    snippetLayout->addWidget(m_snippet, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    snippetLayout->addLayout(buttons);

    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(m_view, 1);
    topLayout->addWidget(m_software);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(snippetBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

bool SuggestionsPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void SuggestionsPage::fitColumns() {
    QHeaderView* header = m_view->horizontalHeader();
    int fixed = 0;
    for (int c = 0; c < SuggestionModel::Reason; ++c)
        fixed += header->sectionSize(c);
    const int rest = m_view->viewport()->width() - fixed;
    // Below these the sentences would wrap a word per line: scroll sideways instead.
    const int minReason = fontMetrics().averageCharWidth() * 28;
    const int minReference = fontMetrics().averageCharWidth() * 18;
    const int reason = std::max(minReason, rest * 3 / 5);
    const int reference = std::max(minReference, rest - reason);
    if (header->sectionSize(SuggestionModel::Reason) != reason ||
        header->sectionSize(SuggestionModel::Reference) != reference) {
        header->resizeSection(SuggestionModel::Reason, reason);
        header->resizeSection(SuggestionModel::Reference, reference);
        m_view->resizeRowsToContents();
    }
}

bool SuggestionsPage::showField(const QString& field) {
    const int row = m_model->rowOf(field);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, SuggestionModel::Field));
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void SuggestionsPage::setReport(const Report& report) {
    m_model->setReport(report);
    qsizetype cleanUp = 0;
    for (const Suggestion& s : report.suggestions)
        cleanUp += s.kind == Suggestion::Kind::CleanUpFirst ? 1 : 0;
    const qsizetype raise = report.suggestions.size() - cleanUp;
    QStringList full; // limits the overview warns about
    for (const LimitUsage& l : report.limits)
        if (l.level != Level::Ok)
            full.append(l.field);
    QString summary;
    if (report.suggestions.isEmpty() && !full.isEmpty())
        // Never "nothing to change" next to a full limit (e.g. one already at the most the
        // kernel accepts, or a message queue that nobody reads).
        summary = tr("No limit has a better value to suggest, but the overview warns about %1: "
                     "its findings say what to do.")
                      .arg(full.join(u", "_s));
    else if (report.suggestions.isEmpty())
        summary = tr("The current kernel limits leave enough room for what runs on this host. "
                     "Nothing to change.");
    else if (raise == 0)
        summary = tr("%n limit(s) are full because of orphaned objects: clean up first. Each "
                     "row says what is enough afterwards and what the limit should be if the "
                     "same leak recurs.",
                     nullptr, int(cleanUp));
    else if (cleanUp == 0)
        summary = tr("%n limit(s) could be raised. Each row says why.", nullptr, int(raise));
    else
        summary = tr("%n limit(s) could be raised, and %1 are full because of orphaned objects "
                     "(clean up first). Each row says why.",
                     nullptr, int(raise))
                      .arg(cleanUp);
    m_summary->setText(summary);
    fitColumns();
    QStringList advice;
    for (const Software& sw : report.software) {
        if (sw.rootCause.isEmpty())
            continue;
        advice.append(
            u"<b>%1</b>: %2"_s.arg(sw.name.toHtmlEscaped(), sw.rootCause.toHtmlEscaped()));
    }
    m_software->setText(advice.isEmpty() ? QString()
                                         : tr("<b>Fix at the root cause</b>") + u"<br>"_s +
                                               advice.join(u"<br>"_s));
    m_software->setVisible(!advice.isEmpty());
    m_snippet->setPlainText(report.sysctlSnippet);
    const bool has = !report.sysctlSnippet.isEmpty();
    m_copy->setEnabled(has);
    m_save->setEnabled(has);
    m_how->setVisible(has);
    if (!has)
        m_snippet->setPlaceholderText(cleanUp > 0 ? tr("No file is needed: the cleanup is the "
                                                       "change.")
                                                  : tr("No changes suggested."));
}

QString SuggestionsPage::snippet() const {
    return m_snippet->toPlainText();
}

bool SuggestionsPage::saveSnippet(const QString& path, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = tr("%1 could not be opened for writing: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray data = snippet().toUtf8();
    if (!data.endsWith('\n'))
        data += '\n';
    file.write(data);
    if (!file.commit()) {
        *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ipcscope
