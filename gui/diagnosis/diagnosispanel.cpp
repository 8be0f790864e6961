// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis/diagnosispanel.h"

#include "diagnosis/helpviewer.h"
#include "diagnosis/htmlreport.h"
#include "diagnosis/pdfexport.h"
#include "util/richtext.h"

#include <QFileDialog>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

QString levelWord(Level l) {
    return l == Level::Critical  ? DiagnosisPanel::tr("Critical")
           : l == Level::Warning ? DiagnosisPanel::tr("Warning")
                                 : DiagnosisPanel::tr("OK");
}

} // namespace

DiagnosisPanel::DiagnosisPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(u"diagnosisPanel"_s);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);

    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    scroll->setWidget(content);

    // Diagnoses first: the answer to "why did it break?".
    auto* title = new QLabel(u"<h2>"_s + tr("What went wrong").toHtmlEscaped() + u"</h2>"_s);
    layout->addWidget(title);
    m_diagnosesBox = new QWidget(content);
    m_diagnosesBox->setObjectName(u"diagnosesBox"_s);
    m_diagnosesLayout = new QVBoxLayout(m_diagnosesBox);
    m_diagnosesLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_diagnosesBox);
    m_unreadable = new QLabel(content);
    m_unreadable->setObjectName(u"unreadableLogs"_s);
    m_unreadable->setWordWrap(true);
    m_unreadable->setVisible(false);
    layout->addWidget(m_unreadable);

    auto* paste = new QGroupBox(tr("Paste an error message"), content);
    auto* pasteLayout = new QVBoxLayout(paste);
    auto* pasteIntro = new QLabel(tr("Paste what you saw - from a log, an email from your "
                                     "provider or a browser - and IPC Scope explains it and "
                                     "checks this host for the cause."),
                                  paste);
    pasteIntro->setWordWrap(true);
    pasteLayout->addWidget(pasteIntro);
    m_pasteEdit = new QPlainTextEdit(paste);
    m_pasteEdit->setObjectName(u"pasteEdit"_s);
    m_pasteEdit->setAccessibleName(tr("Error message"));
    m_pasteEdit->setPlaceholderText(
        tr("e.g. (28)No space left on device: AH00023: Couldn't create the ssl-cache mutex"));
    m_pasteEdit->setTabChangesFocus(true);
    m_pasteEdit->setMaximumHeight(m_pasteEdit->fontMetrics().lineSpacing() * 6);
    pasteLayout->addWidget(m_pasteEdit);
    m_pasteResult = new QLabel(paste);
    m_pasteResult->setObjectName(u"pasteResult"_s);
    m_pasteResult->setWordWrap(true);
    m_pasteResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pasteLayout->addWidget(m_pasteResult);
    auto* pasteButtons = new QHBoxLayout;
    m_pasteClean = new QPushButton(tr("Clean up…"), paste);
    m_pasteClean->setObjectName(u"pasteCleanButton"_s);
    m_pasteClean->setVisible(false);
    m_pasteHelp = new QPushButton(tr("What is this?"), paste);
    m_pasteHelp->setObjectName(u"pasteHelpButton"_s);
    m_pasteHelp->setVisible(false);
    pasteButtons->addWidget(m_pasteClean);
    pasteButtons->addWidget(m_pasteHelp);
    pasteButtons->addStretch();
    pasteLayout->addLayout(pasteButtons);
    layout->addWidget(paste);
    connect(m_pasteEdit, &QPlainTextEdit::textChanged, this, &DiagnosisPanel::analyzePaste);
    connect(m_pasteClean, &QPushButton::clicked, this,
            [this] { emit cleanupRequested(m_paste.onThisHost.objects, 0); });
    connect(m_pasteHelp, &QPushButton::clicked, this, [this] { showHelp(m_paste.signature); });

    auto* exportRow = new QHBoxLayout;
    auto* exportHtmlButton = new QPushButton(tr("Export HTML report…"), content);
    exportHtmlButton->setObjectName(u"exportHtmlButton"_s);
    auto* exportPdfButton = new QPushButton(tr("Export PDF report…"), content);
    exportPdfButton->setObjectName(u"exportPdfButton"_s);
    auto* helpButton = new QPushButton(tr("What is this?"), content);
    helpButton->setObjectName(u"helpIndexButton"_s);
    exportRow->addWidget(exportHtmlButton);
    exportRow->addWidget(exportPdfButton);
    exportRow->addStretch();
    exportRow->addWidget(helpButton);
    layout->addLayout(exportRow);
    layout->addStretch();
    connect(exportHtmlButton, &QPushButton::clicked, this, &DiagnosisPanel::askExportHtml);
    connect(exportPdfButton, &QPushButton::clicked, this, &DiagnosisPanel::askExportPdf);
    connect(helpButton, &QPushButton::clicked, this, [this] { showHelp({}); });

    m_help = new HelpViewer(splitter);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    rebuildDiagnoses();
}

void DiagnosisPanel::setReport(const Report& report) {
    m_report = report;
    m_hasReport = true;
    rebuildDiagnoses();
    analyzePaste();
}

void DiagnosisPanel::setSymptoms(const SymptomScan& symptoms) {
    m_symptoms = symptoms;
    m_symptomsUnavailable.clear();
    rebuildDiagnoses();
}

void DiagnosisPanel::setSymptomsUnavailable(const QString& reason) {
    m_symptoms = {};
    m_symptomsUnavailable = reason;
    rebuildDiagnoses();
}

void DiagnosisPanel::showHelp(const QString& code) {
    const auto [page, anchor] = HelpViewer::topicFor(code);
    m_help->showTopic(page, anchor);
}

void DiagnosisPanel::rebuildDiagnoses() {
    while (QLayoutItem* item = m_diagnosesLayout->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    m_diagnoses = m_hasReport ? diagnose(m_report, m_symptoms) : QList<Diagnosis>{};
    if (m_diagnoses.isEmpty()) {
        QString text;
        if (!m_symptomsUnavailable.isEmpty())
            text = tr("The logs of this host could not be searched: %1").arg(m_symptomsUnavailable);
        else if (m_symptoms.empty())
            text = tr("The logs of this host have not been searched yet.");
        else
            text = tr("No known IPC failure was found in the logs IPC Scope could read.");
        auto* none = new QLabel(text, m_diagnosesBox);
        none->setObjectName(u"noDiagnosis"_s);
        none->setWordWrap(true);
        m_diagnosesLayout->addWidget(none);
    }
    for (int i = 0; i < m_diagnoses.size(); ++i) {
        const Diagnosis& d = m_diagnoses[i];
        auto* card = new QFrame(m_diagnosesBox);
        card->setObjectName(u"diagnosis%1"_s.arg(i));
        card->setFrameShape(QFrame::StyledPanel);
        auto* cardLayout = new QVBoxLayout(card);
        // Level as a word, not only a colour; a failure followed by a later start is history.
        const QString word = d.history ? tr("Earlier") : levelWord(d.level);
        auto* text =
            new QLabel(u"<b>%1:</b> %2"_s.arg(word.toHtmlEscaped(), d.text.toHtmlEscaped()), card);
        text->setObjectName(u"diagnosisText"_s);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        cardLayout->addWidget(text);
        if (!d.remedy.isEmpty()) {
            auto* remedy = new QLabel(richtext::keepPathsTogether(d.remedy), card);
            remedy->setTextFormat(Qt::RichText);
            remedy->setWordWrap(true);
            cardLayout->addWidget(remedy);
        }
        auto* buttons = new QHBoxLayout;
        if (!d.objects.isEmpty()) {
            auto* clean = new QPushButton(tr("Clean up…"), card);
            clean->setObjectName(u"cleanButton"_s);
            clean->setAccessibleDescription(tr("Start the cleanup for the %n object(s) left behind",
                                               nullptr, int(d.objects.size())));
            const QList<ObjectRef> objects = d.objects; // a diagnosis names the host's objects
            connect(clean, &QPushButton::clicked, this,
                    [this, objects] { emit cleanupRequested(objects, 0); });
            buttons->addWidget(clean);
        }
        auto* help = new QPushButton(tr("What is this?"), card);
        help->setObjectName(u"explainButton"_s);
        const QString code = d.limitField.isEmpty() ? d.signature : d.limitField;
        connect(help, &QPushButton::clicked, this, [this, code] { showHelp(code); });
        buttons->addWidget(help);
        buttons->addStretch();
        cardLayout->addLayout(buttons);
        m_diagnosesLayout->addWidget(card);
    }
    addCurrentProblems();
    QStringList unreadable;
    for (const LogSource& s : m_symptoms.unreadable())
        unreadable << unreadableSentence(s).toHtmlEscaped();
    m_unreadable->setText(unreadable.join(u"<br>"_s));
    m_unreadable->setVisible(!unreadable.isEmpty());
}

// The logs may say nothing (not found, not readable, rotated away) while the snapshot shows a
// full limit or orphans. Then those are named here as what is wrong now, as on the overview, so
// that the two pages never disagree.
void DiagnosisPanel::addCurrentProblems() {
    if (!m_hasReport)
        return;
    for (const Diagnosis& d : std::as_const(m_diagnoses)) {
        if (!d.history)
            return; // the logs explain what is wrong now
    }
    QList<Finding> problems;
    QList<std::pair<quint64, QList<ObjectRef>>> seen;
    for (const Finding& f : m_report.findings) {
        const bool cleanable = f.action == Finding::Action::Clean && !f.objects.isEmpty();
        if (f.level != Level::Critical && !cleanable)
            continue;
        // The same objects as an earlier problem: named there already.
        bool same = false;
        for (const auto& [ns, objects] : std::as_const(seen)) {
            same = same || (ns == f.ns && objects.size() == f.objects.size() &&
                            std::equal(objects.begin(), objects.end(), f.objects.begin(),
                                       [](const ObjectRef& a, const ObjectRef& b) {
                                           return a.type == b.type && a.index == b.index;
                                       }));
        }
        if (same && f.level != Level::Critical)
            continue;
        seen.append({f.ns, f.objects});
        problems.append(f);
    }
    if (problems.isEmpty())
        return;
    auto* title =
        new QLabel(u"<b>"_s + tr("What is wrong on this host now").toHtmlEscaped() + u"</b>"_s,
                   m_diagnosesBox);
    title->setObjectName(u"currentProblemsTitle"_s);
    m_diagnosesLayout->addWidget(title);
    for (int i = 0; i < problems.size(); ++i) {
        const Finding& f = problems.at(i);
        auto* card = new QFrame(m_diagnosesBox);
        card->setObjectName(u"currentProblem%1"_s.arg(i));
        card->setFrameShape(QFrame::StyledPanel);
        auto* cardLayout = new QVBoxLayout(card);
        auto* text = new QLabel(u"<b>%1:</b> %2"_s.arg(levelWord(f.level).toHtmlEscaped(),
                                                       richtext::keepPathsTogether(f.text)),
                                card);
        text->setObjectName(u"diagnosisText"_s);
        text->setTextFormat(Qt::RichText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        cardLayout->addWidget(text);
        if (f.action == Finding::Action::Clean && !f.objects.isEmpty()) {
            auto* buttons = new QHBoxLayout;
            auto* clean =
                new QPushButton(tr("Clean up %n object(s)…", nullptr, int(f.objects.size())), card);
            clean->setObjectName(u"cleanButton"_s);
            const QList<ObjectRef> objects = f.objects;
            connect(clean, &QPushButton::clicked, this,
                    [this, objects, ns = f.ns] { emit cleanupRequested(objects, ns); });
            buttons->addWidget(clean);
            buttons->addStretch();
            cardLayout->addLayout(buttons);
        }
        m_diagnosesLayout->addWidget(card);
    }
}

void DiagnosisPanel::analyzePaste() {
    const QString text = m_pasteEdit->toPlainText();
    m_paste = ipcscope::analyzePaste(text, m_report);
    m_pasteClean->setVisible(m_hasReport && m_paste.recognised &&
                             !m_paste.onThisHost.objects.isEmpty());
    m_pasteHelp->setVisible(m_paste.recognised);
    if (text.trimmed().isEmpty()) {
        m_pasteResult->clear();
        return;
    }
    if (!m_paste.recognised) {
        m_pasteResult->setText(tr("IPC Scope does not recognise this message as a problem with "
                                  "semaphores, shared memory or message queues."));
        return;
    }
    QString html = u"<p><b>"_s + m_paste.title.toHtmlEscaped() + u"</b></p><p>"_s +
                   m_paste.explanation.toHtmlEscaped() + u"</p>"_s;
    if (m_hasReport)
        html += u"<p><b>"_s + tr("On this host:").toHtmlEscaped() + u"</b> "_s +
                m_paste.onThisHost.text.toHtmlEscaped() + u' ' +
                m_paste.onThisHost.remedy.toHtmlEscaped() + u"</p>"_s;
    m_pasteResult->setText(html);
}

QString DiagnosisPanel::reportHtml() const {
    return htmlReport(m_report, m_symptoms);
}

bool DiagnosisPanel::exportHtml(const QString& file, QString* error) const {
    QSaveFile f(file);
    if (f.open(QIODevice::WriteOnly) && f.write(reportHtml().toUtf8()) >= 0 && f.commit())
        return true;
    if (error)
        *error = tr("The report could not be written to %1 (%2).").arg(file, f.errorString());
    return false;
}

bool DiagnosisPanel::exportPdf(const QString& file, QString* error) const {
    return writePdf(reportHtml(), file, error);
}

void DiagnosisPanel::askExportHtml() {
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export HTML report"), m_report.snapshot.host.hostname + u"-ipc-report.html"_s,
        tr("HTML files (*.html)"));
    QString error;
    if (!file.isEmpty() && !exportHtml(file, &error))
        QMessageBox::warning(this, tr("Export HTML report"), error);
}

void DiagnosisPanel::askExportPdf() {
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export PDF report"), m_report.snapshot.host.hostname + u"-ipc-report.pdf"_s,
        tr("PDF files (*.pdf)"));
    QString error;
    if (!file.isEmpty() && !exportPdf(file, &error))
        QMessageBox::warning(this, tr("Export PDF report"), error);
}

} // namespace ipcscope
