// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/plannerpage.h"

#include "cleanup/auditlog.h"
#include "dialogs/dialoghook.h"
#include "planner/plannerchart.h"
#include "planner/proposalmodel.h"
#include "planner/workloadeditor.h"
#include "session/hostsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace ipcscope::planner;

namespace ipcscope {

PlannerPage::PlannerPage(QWidget* parent)
    : QWidget(parent) {
    setObjectName(u"plannerPage"_s);

    m_namespace = new QComboBox(this);
    m_namespace->setObjectName(u"plannerNamespace"_s);
    m_namespace->setAccessibleName(tr("Plan the limits of the host or of a container"));
    m_namespace->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_namespaceLabel = new QLabel(tr("&Limits of:"), this);
    m_namespaceLabel->setBuddy(m_namespace);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"workloadKindCombo"_s);
    for (WorkloadKind k : {WorkloadKind::PostgreSql, WorkloadKind::Apache, WorkloadKind::Oracle,
                           WorkloadKind::Db2, WorkloadKind::Sap, WorkloadKind::Custom})
        m_kind->addItem(workloadName(k), int(k));
    m_add = new QPushButton(tr("&Add workload"), this);
    m_add->setObjectName(u"addWorkloadButton"_s);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(u"removeWorkloadButton"_s);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"workloadList"_s);
    m_list->setAccessibleName(tr("Planned workloads"));
    m_editor = new WorkloadEditor(this);
    m_editor->setEnabled(false);

    m_model = new ProposalModel(this);
    m_chart = new PlannerChart(this);
    m_chart->setModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(u"proposalTable"_s);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ProposalModel::Reason, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Never squeezed to a row or two by the result box below it: four rows at least.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              4 * m_table->verticalHeader()->defaultSectionSize() +
                              m_table->horizontalScrollBar()->sizeHint().height() +
                              2 * m_table->frameWidth());
    m_changes = new QPlainTextEdit(this);
    m_changes->setObjectName(u"changesText"_s);
    m_changes->setReadOnly(true);
    m_changes->setAccessibleName(tr("Proposed changes"));

    m_export = new QPushButton(tr("&Export sysctl file…"), this);
    m_export->setObjectName(u"exportButton"_s);
    m_apply = new QPushButton(tr("A&pply…"), this);
    m_apply->setObjectName(u"applyButton"_s);
    m_restore = new QPushButton(tr("&Restore previous values…"), this);
    m_restore->setObjectName(u"restoreButton"_s);
    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(u"resultText"_s);
    m_result->setReadOnly(true);
    m_result->setAccessibleName(tr("Result of the last change"));
    m_result->hide(); // shown once a change was applied or restored: an empty box is only noise
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_kind, 1);
    addRow->addWidget(m_add);
    addRow->addWidget(m_remove);
    leftLayout->addLayout(addRow);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_editor, 2);

    // Chart, table and the text below in a splitter: the result of an Apply takes its room
    // from the text box, not from the table.
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_changes, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_apply);
    bottomLayout->addLayout(buttons);
    bottomLayout->addWidget(m_result, 1);
    bottomLayout->addWidget(m_status);
    m_changes->setMinimumHeight(m_changes->fontMetrics().lineSpacing() * 2 +
                                2 * m_changes->frameWidth() + 8);
    m_result->setMinimumHeight(m_changes->minimumHeight());
    auto* right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(u"plannerRightSplitter"_s);
    right->setChildrenCollapsible(false);
    right->addWidget(m_chart);
    right->addWidget(m_table);
    right->addWidget(bottom);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 3);
    right->setStretchFactor(2, 2);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    // Shown only when the host has containers.
    auto* namespaceBar = new QHBoxLayout;
    namespaceBar->setContentsMargins(6, 6, 6, 0);
    namespaceBar->addWidget(m_namespaceLabel);
    namespaceBar->addWidget(m_namespace);
    namespaceBar->addStretch(1);
    m_namespaceLabel->hide();
    m_namespace->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(namespaceBar);
    layout->addWidget(splitter);

    connect(m_namespace, &QComboBox::activated, this, &PlannerPage::namespaceChosen);
    connect(m_add, &QPushButton::clicked, this, &PlannerPage::addWorkload);
    connect(m_remove, &QPushButton::clicked, this, &PlannerPage::removeWorkload);
    connect(m_list, &QListWidget::currentRowChanged, this, &PlannerPage::selectWorkload);
    connect(m_editor, &WorkloadEditor::workloadChanged, this, &PlannerPage::workloadEdited);
    connect(m_export, &QPushButton::clicked, this, &PlannerPage::exportFile);
    connect(m_apply, &QPushButton::clicked, this, &PlannerPage::apply);
    connect(m_restore, &QPushButton::clicked, this, &PlannerPage::restore);
    recompute();
}

void PlannerPage::setReport(const Report& report) {
    const QString before = planKey();
    m_hostReport = report;
    m_haveReport = true;
    rebuildNamespaces(); // keeps the chosen container while it is there
    const Report* chosen = m_hostReport.reportFor(m_namespace->currentData().value<quint64>());
    m_report = chosen ? *chosen : m_hostReport;
    if (planKey() != before) {
        loadPlanFor(planKey());
        loadRestorePoint();
    }
    recompute();
}

void PlannerPage::rebuildNamespaces() {
    const quint64 current = m_namespace->currentData().value<quint64>();
    const QSignalBlocker block(m_namespace);
    m_namespace->clear();
    m_namespace->addItem(tr("Host"), QVariant::fromValue<quint64>(0));
    for (const NamespaceReport& c : std::as_const(m_hostReport.containers)) {
        m_namespace->addItem(c.report ? tr("Container %1").arg(c.ns.name)
                                      : tr("Container %1 (not readable)").arg(c.ns.name),
                             QVariant::fromValue<quint64>(c.ns.id));
        if (!c.report) { // nothing to plan with: shown, not chosen
            m_namespace->setItemData(m_namespace->count() - 1, c.ns.message, Qt::ToolTipRole);
            m_namespace->setItemData(m_namespace->count() - 1, 0, Qt::UserRole - 1);
        }
    }
    const int i = m_namespace->findData(QVariant::fromValue<quint64>(current));
    m_namespace->setCurrentIndex(i >= 0 && m_hostReport.reportFor(current) ? i : 0);
    const bool any = m_namespace->count() > 1;
    m_namespaceLabel->setVisible(any);
    m_namespace->setVisible(any);
}

void PlannerPage::namespaceChosen() {
    const Report* chosen = m_hostReport.reportFor(m_namespace->currentData().value<quint64>());
    m_report = chosen ? *chosen : m_hostReport;
    showResult(false);
    m_result->clear();
    loadPlanFor(planKey());
    loadRestorePoint();
    recompute();
}

const IpcNamespace* PlannerPage::container() const {
    const quint64 id = m_namespace->currentData().value<quint64>();
    for (const NamespaceReport& c : m_hostReport.containers)
        if (id != 0 && c.ns.id == id && c.report)
            return &c.ns;
    return nullptr;
}

QString PlannerPage::planKey() const {
    const IpcNamespace* ns = container();
    return ns ? hostKey() + u" / container "_s + ns->name : hostKey();
}

PlannerPage::~PlannerPage() = default;

bool PlannerPage::isApplying() const {
    return m_applying && !m_applying->isFinished();
}

void PlannerPage::setSession(HostSession* session) {
    if (isApplying()) {
        // Limits being applied are not stopped half-way because another host is shown: the
        // request runs to its end, but this page no longer shows its answer.
        HelperReply* running = m_applying.release();
        running->disconnect(this);
        connect(running, &HelperReply::finished, running, &QObject::deleteLater);
        connect(running, &HelperReply::failed, running, &QObject::deleteLater);
    }
    m_applying.reset();
    m_session = session;
    showResult(false);
    m_result->clear();
    loadPlanFor(planKey());
    loadRestorePoint();
    recompute();
}

void PlannerPage::showResult(bool result) {
    // One box at a time in the room below the table: the result of the last change replaces
    // the proposed changes until the plan is edited again.
    m_result->setVisible(result);
    m_changes->setVisible(!result);
}

void PlannerPage::setRestoreStore(const RestoreStore& store) {
    m_restoreStore = store;
    loadRestorePoint();
    updateButtons();
}

void PlannerPage::loadRestorePoint() {
    // Kept on disk per host: a restart of the application still knows what to put back.
    m_lastResult = m_session ? m_restoreStore.load(planKey()) : std::nullopt;
}

void PlannerPage::audit(const QString& phase, const QJsonObject& detail) {
    const Result<bool> written = AuditLog().recordLimits(
        m_runId, phase, hostKey(), m_pendingRestore ? u"restore"_s : u"apply"_s, detail);
    if (!written)
        m_status->setText(written.error().message);
}

void PlannerPage::setPlanStore(const PlanStore& store) {
    m_store = store;
    loadPlanFor(planKey());
    recompute();
}

QString PlannerPage::hostKey() const {
    if (m_session)
        return m_session->config().target();
    return m_report.snapshot.host.hostname;
}

void PlannerPage::loadPlanFor(const QString& host) {
    Plan plan{host, {}};
    QString error;
    if (!host.isEmpty() && !m_store.load(host, plan, error))
        m_status->setText(error);
    plan.host = host;
    setPlan(plan);
}

void PlannerPage::setPlan(const Plan& plan) {
    m_plan = plan;
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Workload& w : m_plan.workloads)
        m_list->addItem(workloadTitle(w));
    m_list->setCurrentRow(m_plan.workloads.isEmpty() ? -1 : 0);
    selectWorkload(m_list->currentRow());
    recompute();
}

void PlannerPage::addWorkload() {
    showResult(false); // a new plan: its changes, not the last result
    Workload w;
    w.kind = WorkloadKind(m_kind->currentData().toInt());
    if (w.kind == WorkloadKind::Apache)
        w.apacheSysvsem = true; // the case worth planning for; unticked it needs nothing
    if (w.kind == WorkloadKind::Custom)
        w.customSemSets = 1;
    m_plan.workloads.append(w);
    m_list->addItem(workloadTitle(w));
    m_list->setCurrentRow(m_list->count() - 1);
    save();
    recompute();
}

void PlannerPage::removeWorkload() {
    showResult(false); // a new plan: its changes, not the last result
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_plan.workloads.size())
        return;
    m_plan.workloads.removeAt(row);
    delete m_list->takeItem(row);
    selectWorkload(m_list->currentRow());
    save();
    recompute();
}

void PlannerPage::selectWorkload(int row) {
    const bool valid = row >= 0 && row < m_plan.workloads.size();
    m_editor->setEnabled(valid);
    m_remove->setEnabled(valid);
    if (valid)
        m_editor->setWorkload(m_plan.workloads.at(row));
}

void PlannerPage::workloadEdited(const Workload& workload) {
    showResult(false); // a new plan: its changes, not the last result
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_plan.workloads.size())
        return;
    m_plan.workloads[row] = workload;
    m_list->item(row)->setText(workloadTitle(workload));
    save();
    recompute();
}

void PlannerPage::save() {
    if (m_plan.host.isEmpty())
        return;
    QString error;
    if (!m_store.save(m_plan, error))
        m_status->setText(error);
}

void PlannerPage::recompute() {
    m_proposal = propose(m_plan, m_report);
    m_model->setProposal(m_proposal);
    QStringList lines, full;
    for (const FieldPlan& f : m_proposal.fields) {
        if (f.changed || f.capped)
            lines.append(f.sentence);
        else if (ProposalModel::isFullNow(f))
            full.append(f.field);
    }
    // Never "nothing needs to change" next to a limit that is used up now.
    if (!full.isEmpty())
        lines.append(tr("%1 is used up now: nothing more fits until objects are removed (see the "
                        "overview and Suggestions) or the limit is raised.")
                         .arg(QLocale().createSeparatedList(full)));
    if (lines.isEmpty())
        lines.append(m_plan.workloads.isEmpty()
                         ? (container() ? tr("Add the workloads this container should hold to see "
                                             "what they need.")
                                        : tr("Add the workloads this host should hold to see what "
                                             "they need."))
                         : tr("The current limits hold this plan; nothing needs to change."));
    m_changes->setPlainText(lines.join(u'\n'));
    updateButtons();
}

void PlannerPage::updateButtons() {
    const bool changes = m_haveReport && m_proposal.hasChanges();
    // A container's limits are set when it starts (docker run --sysctl), not by a sysctl.d file.
    m_export->setEnabled(changes && !container());
    m_export->setToolTip(container() ? tr("A container's limits do not come from a sysctl file: "
                                          "Apply shows how to start the container with them.")
                                     : QString());
    const bool canRun = m_session && m_session->capabilities().canModify && !isApplying();
    // The answer of a running Apply belongs to the namespace it was sent for.
    m_namespace->setEnabled(!isApplying());
    m_apply->setEnabled(changes && canRun);
    m_apply->setToolTip(m_session ? QString() : tr("Connect to the host to apply limits."));
    m_restore->setEnabled(canRun && m_lastResult && m_lastResult->applied &&
                          !m_lastResult->changes.isEmpty());
}

void PlannerPage::exportFile() {
    const QString path = DialogRunner::saveFileName(
        this, tr("Export sysctl file"), u"90-ipcscope.conf"_s, tr("sysctl files (*.conf)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(m_proposal.sysctlFile().toUtf8()) < 0 ||
        !f.commit()) {
        m_status->setText(
            tr("The file could not be written to %1: %2.").arg(path, f.errorString()));
        return;
    }
    m_status->setText(tr("Saved %1. Copy it to /etc/sysctl.d/ and run: sysctl --system").arg(path));
}

bool PlannerPage::confirm(const QString& objectName, const QString& title, const QString& text,
                          const QString& button) {
    QDialog dialog(this);
    dialog.setObjectName(objectName);
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* edit = new QPlainTextEdit(text, &dialog);
    edit->setObjectName(u"confirmText"_s);
    edit->setReadOnly(true);
    edit->setMinimumSize(560, 260);
    layout->addWidget(edit);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton* ok = box->addButton(button, QDialogButtonBox::AcceptRole);
    ok->setObjectName(u"confirmButton"_s);
    box->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(box);
    return DialogRunner::exec(&dialog) == QDialog::Accepted;
}

void PlannerPage::apply() {
    if (!m_session || !m_proposal.hasChanges())
        return;
    QStringList parameters, lines;
    for (const FieldPlan& f : m_proposal.fields)
        if (f.changed && !parameters.contains(f.parameter))
            parameters.append(f.parameter);
    // Exactly the lines the helper writes (remote-helper/applylimits.cpp, mergeSysctlFile).
    for (const QString& parameter : parameters) {
        QStringList values;
        for (const LimitField& g : limitFields())
            if (g.parameter == parameter)
                values.append(QString::number((m_proposal.proposed.*(g.member)).value_or(g.floor)));
        lines.append(parameter + u" = "_s + values.join(u' '));
    }
    const IpcNamespace* ns = container();
    QString text;
    if (ns) {
        QStringList settings;
        for (const QString& c : m_proposal.sysctlCommands())
            settings.append(QString(c).remove(u"sysctl -w "_s));
        text = tr("In the container %1 on %2, as root, inside its IPC namespace (the values are "
                  "read back; if the kernel refuses one, everything is put back):")
                   .arg(ns->name, m_session->config().displayName()) +
               u"\n\n"_s + m_proposal.sysctlCommands().join(u'\n') + u"\n\n"_s +
               containerLimitsNote(*ns, settings);
    } else {
        text = tr("On %1, as root (the values are read back; if the kernel refuses one, everything "
                  "is put back):")
                   .arg(m_session->config().displayName()) +
               u"\n\n"_s + m_proposal.sysctlCommands().join(u'\n') + u"\n\n"_s +
               tr("These lines are set in /etc/sysctl.d/90-ipcscope.conf (its other lines are "
                  "kept):") +
               u"\n\n"_s + lines.join(u'\n');
    }
    text += u"\n\n"_s + tr("Why:") + u'\n' + m_changes->toPlainText();
    if (!confirm(u"applyLimitsDialog"_s, tr("Apply kernel limits"), text, tr("Apply")))
        return;
    run(ns ? limitsChangeDocument(m_proposal.proposed, parameters, false, ns->id)
           : limitsChangeDocument(m_proposal.proposed, parameters),
        false);
}

void PlannerPage::restore() {
    if (!m_session || !m_lastResult)
        return;
    QStringList lines;
    for (const LimitChange& c : m_lastResult->changes)
        lines.append(u"sysctl -w %1='%2'"_s.arg(c.parameter, c.oldValue));
    const IpcNamespace* ns = container();
    QString text = (ns ? tr("In the container %1 on %2, as root, put the runtime values back as "
                            "they were before the last Apply:")
                             .arg(ns->name, m_session->config().displayName())
                       : tr("On %1, as root, put the runtime values back as they were before the "
                            "last Apply:")
                             .arg(m_session->config().displayName())) +
                   u"\n\n"_s + lines.join(u'\n');
    if (m_lastResult->file.isEmpty())
        text += u"\n\n"_s + tr("The Apply wrote no file, so no file is changed.");
    else if (!m_lastResult->fileBefore)
        text += u"\n\n"_s +
                tr("%1 did not exist before the Apply: it is removed.").arg(m_lastResult->file);
    else
        text += u"\n\n"_s +
                tr("%1 is put back as it was before the Apply:").arg(m_lastResult->file) +
                u"\n\n"_s + *m_lastResult->fileBefore;
    if (!confirm(u"restoreLimitsDialog"_s, tr("Restore previous values"), text, tr("Restore")))
        return;
    run(restoreDocument(*m_lastResult), true);
}

void PlannerPage::run(const QByteArray& document, bool restoring) {
    m_pendingRestore = restoring;
    // Audited like a cleanup: the intent is on disk before the helper runs.
    m_runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Result<bool> intent = AuditLog().recordLimits(m_runId, u"intent"_s, hostKey(),
                                                        restoring ? u"restore"_s : u"apply"_s,
                                                        QJsonDocument::fromJson(document).object());
    if (!intent) {
        m_status->setText(intent.error().message);
        return;
    }
    m_applying = m_session->runHelper({u"apply-limits"_s}, document);
    connect(m_applying.get(), &HelperReply::finished, this, &PlannerPage::helperFinished);
    connect(m_applying.get(), &HelperReply::failed, this, &PlannerPage::helperFailed);
    m_status->setText(restoring ? tr("Restoring the previous values…") : tr("Applying…"));
    updateButtons();
}

void PlannerPage::helperFinished(const HelperOutput& output) {
    LimitsResult result;
    QString error;
    if (!parseLimitsResult(output.out, result, error)) {
        const QString why = QString::fromUtf8(output.err).trimmed();
        audit(u"result"_s, QJsonObject{{u"applied"_s, false}, {u"message"_s, why}});
        m_status->setText(tr("The limits were not changed: %1").arg(why));
        updateButtons();
        return;
    }
    audit(u"result"_s, limitsResultToJson(result));
    QStringList lines;
    lines.append(result.applied ? (m_pendingRestore ? tr("Previous values restored. The kernel "
                                                         "now shows:")
                                                    : tr("Applied. The kernel now shows:"))
                                : tr("Nothing was changed: %1").arg(result.message));
    for (const LimitChange& c : result.changes)
        lines.append(u"  %1: %2 → %3"_s.arg(c.parameter, c.oldValue,
                                            c.readBack.isEmpty() ? u"—"_s : c.readBack));
    if (result.fileRemoved)
        lines.append(tr("Removed %1: there was none before.")
                         .arg(m_lastResult ? m_lastResult->file : QString()));
    else if (!result.file.isEmpty())
        lines.append(tr("Written to %1.").arg(result.file));
    m_result->setPlainText(lines.join(u'\n'));
    showResult(true);
    m_status->clear();
    // After a restore there is nothing left to restore; a refused change keeps the old result.
    // What an Apply changed is kept on disk, so that Restore still works after a restart.
    if (result.applied) {
        QString storeError;
        const bool stored = m_pendingRestore ? m_restoreStore.remove(planKey(), storeError)
                                             : m_restoreStore.save(planKey(), result, storeError);
        if (!stored)
            m_status->setText(storeError);
        m_lastResult = m_pendingRestore ? std::nullopt : std::optional<LimitsResult>(result);
    }
    updateButtons();
    emit limitsChanged(result);
}

void PlannerPage::helperFailed(const Error& error) {
    m_status->setText(error.message);
    updateButtons();
}

} // namespace ipcscope
