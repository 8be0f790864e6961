// SPDX-License-Identifier: GPL-3.0-or-later
#include "cleanup/cleanuppages.h"

#include "cleanup/cleanupwizard.h"
#include "cleanup/servicestarter.h"
#include "cleanup/shellcommand.h"
#include "dialogs/dialoghook.h"
#include "util/richtext.h"
#include "util/verdictstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

constexpr int RefRole = Qt::UserRole; // index into report.objects
constexpr int HostNameThreshold = 10; // more objects than this: type the host name

QString describeVerdict(const ObjectVerdict& v, const Report& report) {
    if (const std::optional<CleanupItem> item = cleanupItemFor(report, v.ref))
        return item->describe();
    return objectTypeName(v.ref.type);
}

int verdictIndex(const Report& report, const ObjectRef& ref) {
    for (qsizetype i = 0; i < report.objects.size(); ++i) {
        if (report.objects[i].ref.type == ref.type && report.objects[i].ref.index == ref.index)
            return int(i);
    }
    return -1;
}

QTreeWidget* makeTree(QWidget* parent, const QString& name, const QStringList& headers) {
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setWordWrap(true);
    tree->setUniformRowHeights(false);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    return tree;
}

// A sentence under an object (a reason, the helper's answer) across all columns, wrapped: long
// sentences do not widen the first column and push the others out of sight.
void addSentence(QTreeWidgetItem* parent, const QString& text) {
    auto* child = new QTreeWidgetItem(parent, {text});
    child->setToolTip(0, text);
    child->setFirstColumnSpanned(true);
}

// The objects the cleanup leaves alone, and why: in use, or not judged (those `offered` in the
// list above aside).
QString keptText(const Report& report, const QList<int>& offered) {
    constexpr int kNamed = 4;
    QStringList named;
    int inUse = 0;
    int unknown = 0;
    for (qsizetype i = 0; i < report.objects.size(); ++i) {
        const ObjectVerdict& v = report.objects[i];
        if (offered.contains(int(i)))
            continue;
        if (v.verdict == Verdict::Unknown)
            ++unknown;
        if (v.verdict != Verdict::InUse)
            continue;
        if (++inUse <= kNamed) {
            const QString why = v.reasons.isEmpty() ? QString() : v.reasons.first().text;
            named.append(why.isEmpty() ? describeVerdict(v, report)
                                       : ChooseObjectsPage::tr("%1: %2").arg(
                                             describeVerdict(v, report), why));
        }
    }
    QStringList parts;
    if (inUse > 0) {
        const QString text =
            u"<b>"_s + ChooseObjectsPage::tr("These stay:").toHtmlEscaped() + u"</b> "_s +
            ChooseObjectsPage::tr("%n object(s) in use by running programs are not offered, so "
                                  "the programs keep working.",
                                  nullptr, inUse)
                .toHtmlEscaped();
        QStringList items;
        for (const QString& n : std::as_const(named))
            items.append(u"<li>"_s + n.toHtmlEscaped() + u"</li>"_s);
        if (inUse > kNamed)
            items.append(
                u"<li>"_s +
                ChooseObjectsPage::tr("and %n more", nullptr, inUse - kNamed).toHtmlEscaped() +
                u"</li>"_s);
        parts.append(text + u"<ul style=\"margin-top:2px; margin-bottom:2px\">"_s +
                     items.join(QString()) + u"</ul>"_s);
    }
    if (unknown > 0)
        parts.append(ChooseObjectsPage::tr("%n object(s) that could not be judged stay too.",
                                           nullptr, unknown)
                         .toHtmlEscaped());
    return parts.join(QString());
}

} // namespace

// --- choose ---------------------------------------------------------------------------------

ChooseObjectsPage::ChooseObjectsPage(CleanupWizard* wizard)
    : m_wizard(wizard) {
    setObjectName(u"choosePage"_s);
    setTitle(tr("Choose the objects to remove"));
    setSubTitle(tr("The objects you chose are ticked. Objects judged orphaned or possibly "
                   "orphaned are listed too; tick more if you like."));
    m_list = makeTree(this, u"chooseList"_s, {tr("Object"), tr("Owner"), tr("Verdict")});
    connect(m_list, &QTreeWidget::itemChanged, this, &QWizardPage::completeChanged);
    // "All orphaned of this owner / of this software" in one step (the same selections as
    // ipcscope-cli clean --orphans --owner / --software).
    m_groups = new QComboBox(this);
    m_groups->setObjectName(u"tickGroupCombo"_s);
    m_groups->setAccessibleName(tr("Tick all orphaned objects of"));
    connect(m_groups, &QComboBox::activated, this, &ChooseObjectsPage::tickGroup);
    m_kept = new QLabel(this);
    m_kept->setObjectName(u"keptLabel"_s);
    m_kept->setTextFormat(Qt::RichText);
    m_kept->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_groups);
    layout->addWidget(m_kept);
}

void ChooseObjectsPage::tickGroup(int index) {
    const QString owner = m_groups->itemData(index, Qt::UserRole).toString();
    const QString software = m_groups->itemData(index, Qt::UserRole + 1).toString();
    if (owner.isEmpty() && software.isEmpty())
        return;
    const Report& report = m_wizard->report();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        const ObjectVerdict& v = report.objects[item->data(0, RefRole).toInt()];
        if (v.verdict == Verdict::Orphaned && ((!owner.isEmpty() && v.owner == owner) ||
                                               (!software.isEmpty() && v.software == software)))
            item->setCheckState(0, Qt::Checked);
    }
    m_groups->setCurrentIndex(0);
}

void ChooseObjectsPage::initializePage() {
    const Report& report = m_wizard->report();
    QSignalBlocker block(m_list);
    m_list->clear();
    QList<int> shown;
    for (const ObjectRef& ref : m_wizard->preselected()) {
        const int i = verdictIndex(report, ref);
        if (i >= 0 && !shown.contains(i))
            shown.append(i);
    }
    const qsizetype preselectedCount = shown.size();
    // Possibly orphaned objects are never ticked for the person: say so when nothing is.
    setSubTitle(preselectedCount > 0
                    ? tr("The objects you chose are ticked. Objects judged orphaned or possibly "
                         "orphaned are listed too; tick more if you like.")
                    : tr("Nothing is ticked yet: tick the objects to remove. Possibly orphaned "
                         "objects may still be in use; tick one only when you know it is a "
                         "leftover."));
    for (qsizetype i = 0; i < report.objects.size(); ++i) {
        const Verdict v = report.objects[i].verdict;
        if ((v == Verdict::Orphaned || v == Verdict::PossiblyOrphaned) && !shown.contains(int(i)))
            shown.append(int(i));
    }
    m_groups->clear();
    m_groups->addItem(tr("Tick all orphaned objects of…"));
    QStringList owners, softwareIds;
    for (const ObjectVerdict& v : report.objects) {
        if (v.verdict != Verdict::Orphaned)
            continue;
        if (!owners.contains(v.owner))
            owners.append(v.owner);
        if (!v.software.isEmpty() && !softwareIds.contains(v.software))
            softwareIds.append(v.software);
    }
    for (const QString& owner : std::as_const(owners)) {
        m_groups->addItem(tr("owner %1").arg(owner));
        m_groups->setItemData(m_groups->count() - 1, owner, Qt::UserRole);
    }
    for (const Software& sw : report.software) {
        if (!softwareIds.contains(sw.id))
            continue;
        m_groups->addItem(tr("software %1").arg(sw.name));
        m_groups->setItemData(m_groups->count() - 1, sw.id, Qt::UserRole + 1);
    }
    m_groups->setVisible(m_groups->count() > 1);
    m_kept->setText(keptText(report, shown));
    m_kept->setVisible(!m_kept->text().isEmpty());
    for (qsizetype n = 0; n < shown.size(); ++n) {
        const ObjectVerdict& v = report.objects[shown[n]];
        auto* item = new QTreeWidgetItem(
            m_list, {describeVerdict(v, report), v.owner, verdictName(v.verdict)});
        item->setIcon(2, style::verdictIcon(v.verdict));
        item->setData(0, RefRole, shown[n]);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, n < preselectedCount ? Qt::Checked : Qt::Unchecked);
    }
}

bool ChooseObjectsPage::isComplete() const {
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->checkState(0) == Qt::Checked)
            return true;
    }
    return false;
}

bool ChooseObjectsPage::validatePage() {
    m_wizard->chosen.clear();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            m_wizard->chosen.append(m_wizard->report().objects[item->data(0, RefRole).toInt()].ref);
    }
    return !m_wizard->chosen.isEmpty();
}

// --- review ---------------------------------------------------------------------------------

ReviewObjectsPage::ReviewObjectsPage(CleanupWizard* wizard)
    : m_wizard(wizard) {
    setObjectName(u"reviewPage"_s);
    setTitle(tr("Check why each object can go"));
    setSubTitle(tr("Each object with its verdict and the reasons for it."));
    m_tree = makeTree(this, u"reviewTree"_s, {tr("Object"), tr("Verdict"), tr("Owner")});
    m_tree->setRootIsDecorated(true);
    m_force = new QCheckBox(tr("&Force: also remove objects that are in use"), this);
    m_force->setObjectName(u"forceSwitch"_s);
    connect(m_force, &QCheckBox::clicked, this, &ReviewObjectsPage::forceToggled);
    connect(m_tree, &QTreeWidget::itemChanged, this, &QWizardPage::completeChanged);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(m_force);
}

void ReviewObjectsPage::initializePage() {
    const Report& report = m_wizard->report();
    QSignalBlocker block(m_tree);
    m_tree->clear();
    bool anyInUse = false;
    for (const ObjectRef& ref : m_wizard->chosen) {
        const int i = verdictIndex(report, ref);
        if (i < 0)
            continue;
        const ObjectVerdict& v = report.objects[i];
        auto* item = new QTreeWidgetItem(
            m_tree, {describeVerdict(v, report), verdictName(v.verdict), v.owner});
        item->setIcon(1, style::verdictIcon(v.verdict));
        item->setData(0, RefRole, i);
        for (const Reason& r : v.reasons)
            addSentence(item, r.text);
        item->setExpanded(true);
        anyInUse = anyInUse || v.verdict == Verdict::InUse;
        item->setCheckState(0, v.verdict == Verdict::InUse ? Qt::Unchecked : Qt::Checked);
    }
    m_force->setVisible(anyInUse);
    m_force->setChecked(m_wizard->force);
    // "force" is named only where the switch is shown.
    setSubTitle(anyInUse ? tr("Each object with its verdict and the reasons for it. Objects in use "
                              "cannot be chosen unless you switch on \"force\".")
                         : tr("Each object with its verdict and the reasons for it."));
    updateSelectable();
}

void ReviewObjectsPage::updateSelectable() {
    const Report& report = m_wizard->report();
    QSignalBlocker block(m_tree);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        const bool inUse = report.objects[item->data(0, RefRole).toInt()].verdict == Verdict::InUse;
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
        if (inUse && !m_force->isChecked()) {
            flags &= ~Qt::ItemIsUserCheckable;
            item->setCheckState(0, Qt::Unchecked);
            item->setToolTip(0, tr("In use: switch on \"force\" to choose it"));
        }
        item->setFlags(flags);
    }
    emit completeChanged();
}

void ReviewObjectsPage::forceToggled(bool on) {
    if (on) {
        QStringList inUse;
        for (const ObjectRef& ref : m_wizard->chosen) {
            const std::optional<CleanupItem> item = cleanupItemFor(m_wizard->report(), ref);
            if (item && item->verdict == Verdict::InUse)
                inUse.append(item->describe());
        }
        QMessageBox box(QMessageBox::Warning, tr("Remove objects that are in use?"),
                        tr("These objects are in use:\n\n%1\n\nRemoving them can crash or "
                           "corrupt the programs using them. The helper will skip its in-use "
                           "checks for the objects you tick; it still refuses an object that was "
                           "replaced or changed since the snapshot.\n\nReally allow forcing?")
                            .arg(inUse.join(u'\n')),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(u"forceConfirmDialog"_s);
        box.setDefaultButton(QMessageBox::No);
        box.button(QMessageBox::Yes)->setText(tr("Allow forcing"));
        if (DialogRunner::exec(&box) != QMessageBox::Yes) {
            m_force->setChecked(false);
            on = false;
        }
    }
    m_wizard->force = on;
    updateSelectable();
}

bool ReviewObjectsPage::isComplete() const {
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->checkState(0) == Qt::Checked)
            return true;
    }
    return false;
}

bool ReviewObjectsPage::validatePage() {
    QList<ObjectRef> kept;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            kept.append(m_wizard->report().objects[item->data(0, RefRole).toInt()].ref);
    }
    m_wizard->chosen = kept;
    return !kept.isEmpty();
}

// --- shell commands -------------------------------------------------------------------------

ShellCommandsPage::ShellCommandsPage(CleanupWizard* wizard)
    : m_wizard(wizard) {
    setObjectName(u"commandsPage"_s);
    setTitle(tr("See what will be done"));
    setSubTitle(tr("The same removal typed by hand would be these commands. IPC Scope does more: "
                   "its helper re-checks each object just before removing it."));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"commandsText"_s);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
}

void ShellCommandsPage::initializePage() {
    QStringList lines;
    for (const CleanupItem& item : m_wizard->plan().items)
        lines.append(shellCommand(item));
    m_text->setPlainText(lines.join(u'\n'));
}

// --- confirm --------------------------------------------------------------------------------

ConfirmCleanupPage::ConfirmCleanupPage(CleanupWizard* wizard)
    : m_wizard(wizard) {
    setObjectName(u"confirmPage"_s);
    setTitle(tr("Confirm the removal"));
    setSubTitle(tr("The last check before anything is removed."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Remove"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"confirmSummary"_s);
    m_summary->setWordWrap(true);
    m_hostPrompt = new QLabel(this);
    m_hostPrompt->setWordWrap(true);
    m_hostEdit = new QLineEdit(this);
    m_hostEdit->setObjectName(u"hostNameEdit"_s);
    m_hostPrompt->setBuddy(m_hostEdit);
    connect(m_hostEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_hostPrompt);
    layout->addWidget(m_hostEdit);
    layout->addStretch();
}

bool ConfirmCleanupPage::needsHostName() const {
    const CleanupPlan plan = m_wizard->plan();
    return plan.items.size() > HostNameThreshold || plan.forcedCount() > 0;
}

void ConfirmCleanupPage::initializePage() {
    const CleanupPlan plan = m_wizard->plan();
    QString text = m_wizard->inContainer()
                       ? tr("%n object(s) will be removed in %1.", nullptr, int(plan.items.size()))
                             .arg(m_wizard->place())
                       : tr("%n object(s) will be removed on %1.", nullptr, int(plan.items.size()))
                             .arg(m_wizard->place());
    if (plan.forcedCount() > 0)
        text += u' ' + tr("%n of them in use and forced.", nullptr, plan.forcedCount());
    text += u' ' + tr("This cannot be undone. The removal is written to the audit log and to the "
                      "server's system log.");
    m_summary->setText(text);
    if (m_wizard->report().snapshot.mode == SnapshotMode::Agentless)
        text = tr("%1 was read without the helper, so nothing can be removed there. Run the "
                  "commands of the previous page yourself, or connect so that the helper can run.")
                   .arg(m_wizard->hostName());
    const bool needs = needsHostName();
    m_hostPrompt->setVisible(needs);
    m_hostEdit->setVisible(needs);
    m_hostEdit->clear();
    m_hostPrompt->setText(tr("To confirm, type the host name &%1:").arg(m_wizard->hostName()));
}

bool ConfirmCleanupPage::isComplete() const {
    // Removal needs the helper's re-check: never without it.
    if (m_wizard->plan().items.isEmpty() ||
        m_wizard->report().snapshot.mode == SnapshotMode::Agentless)
        return false;
    return !needsHostName() || m_hostEdit->text().trimmed() == m_wizard->hostName();
}

// --- progress -------------------------------------------------------------------------------

CleanupProgressPage::CleanupProgressPage(CleanupWizard* wizard)
    : m_wizard(wizard) {
    setObjectName(u"progressPage"_s);
    setTitle(tr("Removing the objects"));
    setSubTitle(tr("The helper checks each object once more just before removing it."));
    m_stage = new QLabel(this);
    m_stage->setObjectName(u"progressStage"_s);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0);
    m_cancel = new QPushButton(tr("&Cancel the removal"), this);
    m_cancel->setObjectName(u"cancelCleanupButton"_s);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_wizard->runner()->cancel();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stage);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    layout->addStretch();
    connect(m_wizard, &CleanupWizard::outcomeReady, this, [this] {
        m_bar->setRange(0, 1);
        m_bar->setValue(1);
        m_cancel->setEnabled(false);
        emit completeChanged();
        // Straight on to the results: nothing to decide here.
        QTimer::singleShot(0, m_wizard, [w = m_wizard] {
            if (w->currentId() == CleanupWizard::ProgressPage)
                w->next();
        });
    });
}

void CleanupProgressPage::initializePage() {
    m_cancel->setEnabled(true);
    // Once per wizard: the confirm page before this one is a commit page, so no way back.
    connect(m_wizard->runner(), &CleanupRunner::stageChanged, m_stage,
            [this](CleanupRunner::Stage, const QString& text) { m_stage->setText(text); });
    m_wizard->runner()->start(m_wizard->plan());
}

bool CleanupProgressPage::isComplete() const {
    return m_wizard->hasOutcome();
}

// --- results --------------------------------------------------------------------------------

CleanupResultsPage::CleanupResultsPage(CleanupWizard* wizard)
    : m_wizard(wizard) {
    setObjectName(u"resultsPage"_s);
    setTitle(tr("See what was removed"));
    setSubTitle(tr("What happened to each object, and whether it is gone when the host is read "
                   "again."));
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"resultsSummary"_s);
    m_summary->setWordWrap(true);
    m_tree = makeTree(this, u"resultsTree"_s, {tr("Object"), tr("Result"), tr("Read again")});
    m_tree->setRootIsDecorated(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree);
}

void CleanupResultsPage::initializePage() {
    const CleanupOutcome& outcome = m_wizard->outcome();
    m_tree->clear();
    bool denied = false;
    bool unchecked = false;
    for (const CleanupItemOutcome& o : outcome.items) {
        QString after = tr("Not checked");
        if (o.after == CleanupItemOutcome::After::Gone)
            after = tr("Gone");
        else if (o.after == CleanupItemOutcome::After::StillThere)
            after = tr("Still there");
        QString result = tr("No answer");
        if (o.result) {
            switch (o.result->status) {
            case RemovalItemResult::Status::Removed:
                result = tr("Removed");
                break;
            case RemovalItemResult::Status::Refused:
                // Gone before the helper came to it: removed since the snapshot, not kept.
                result = o.result->code == "gone"_L1 ? tr("Already gone") : tr("Kept");
                break;
            case RemovalItemResult::Status::Failed:
                result = tr("Not removed");
                break;
            }
        }
        auto* item = new QTreeWidgetItem(m_tree, {o.item.describe(), result, after});
        // The helper's own words, for the objects that were not simply removed.
        if (o.result && o.result->status != RemovalItemResult::Status::Removed &&
            !o.result->message.isEmpty()) {
            addSentence(item, o.result->message);
            item->setExpanded(true);
        }
        denied = denied || (o.result && o.result->permissionDenied());
        unchecked = unchecked || (o.result && o.result->cannotCheck());
    }
    const int removed = outcome.count(RemovalItemResult::Status::Removed);
    int alreadyGone = 0;
    for (const CleanupItemOutcome& o : outcome.items)
        alreadyGone += o.result && o.result->status == RemovalItemResult::Status::Refused &&
                       o.result->code == "gone"_L1;
    const int kept = outcome.count(RemovalItemResult::Status::Refused) - alreadyGone;
    const int failed = outcome.count(RemovalItemResult::Status::Failed);
    QStringList parts;
    parts.append(tr("%n object(s) removed.", nullptr, removed));
    if (kept > 0)
        parts.append(tr("%n object(s) kept: just before removing, the helper found that something "
                        "uses them or that they changed.",
                        nullptr, kept));
    if (alreadyGone > 0)
        parts.append(tr("%n object(s) were already gone: removed since the snapshot was taken.",
                        nullptr, alreadyGone));
    if (failed > 0)
        parts.append(tr("%n object(s) could not be removed.", nullptr, failed));
    if (outcome.refreshed)
        parts.append(tr("Reading the host again shows %n of them gone.", nullptr, outcome.gone()));
    if (outcome.cancelled)
        parts.append(tr("You stopped the removal; objects removed before that stay removed."));
    if (outcome.error)
        parts.append(outcome.error->message);
    if (denied)
        parts.append(tr("Some objects belong to other users: connect in administrator mode "
                        "(sudo) to remove them."));
    if (unchecked)
        parts.append(tr("Some objects were kept because the programs that may use them could "
                        "not be checked; the line under each one says what would help."));
    m_summary->setText(parts.join(u' '));
}

// --- after-care -----------------------------------------------------------------------------

CleanupAfterCarePage::CleanupAfterCarePage(CleanupWizard* wizard)
    : m_wizard(wizard) {
    setObjectName(u"afterCarePage"_s);
    setTitle(tr("Keep it from happening again"));
    setSubTitle(tr("Why these objects were left behind, and how to stop it."));
    m_advice = new QLabel(this);
    m_advice->setObjectName(u"afterCareAdvice"_s);
    m_advice->setWordWrap(true);
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_advice);
    m_starters = new QVBoxLayout;
    layout->addLayout(m_starters);
    layout->addStretch();
}

void CleanupAfterCarePage::initializePage() {
    while (QLayoutItem* item = m_starters->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStringList ids;
    for (const CleanupItemOutcome& o : m_wizard->outcome().items) {
        if (!o.item.software.isEmpty() && !ids.contains(o.item.software))
            ids.append(o.item.software);
    }
    QStringList parts;
    for (const Software& sw : m_wizard->report().software) {
        if (!ids.contains(sw.id))
            continue;
        QString part = u"<p><b>%1</b></p>"_s.arg(sw.name.toHtmlEscaped());
        if (!sw.rootCause.isEmpty())
            part += u"<p>%1</p>"_s.arg(richtext::keepPathsTogether(sw.rootCause));
        // Not running: the starter below shows the command and offers to run it. Not for a
        // container's: its service is started inside the container, by its runtime.
        if (m_wizard->inContainer() && !sw.running)
            part += u"<p>%1</p>"_s.arg(
                tr("It ran in %1. Start it again there, the way that container is started "
                   "(a Docker or Podman container: docker restart or podman restart with its "
                   "name); IPC Scope does not start services inside containers.")
                    .arg(m_wizard->place())
                    .toHtmlEscaped());
        else if (!sw.running && !sw.serviceName.isEmpty())
            m_starters->addWidget(
                new ServiceStarter(m_wizard->session(), sw, m_wizard->hostName(), this));
        parts.append(part);
    }
    if (parts.isEmpty())
        parts.append(tr("No known software was recognised for these objects. If such objects "
                        "come back, find the program that creates them: the creator and the key "
                        "on the Objects page point to it.")
                         .toHtmlEscaped());
    m_advice->setText(parts.join(QString()));
}

} // namespace ipcscope
