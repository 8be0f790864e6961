// SPDX-License-Identifier: GPL-3.0-or-later
// The limit planner: workloads with what-if controls, a stacked bar per limit (current use,
// planned extra, limit), the proposed values with a sentence per change, export as a sysctl.d
// file, and Apply through the helper (confirmation with the exact lines and sysctl commands,
// then the values read back, and "Restore previous values"). The plan is saved per host.
#pragma once

#include "analysis/report.h"
#include "core/error.h"
#include "planner/limitschange.h"
#include "planner/plan.h"
#include "planner/planjson.h"
#include "transport/transport.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ipcscope {

class HelperReply;
class HostSession;
class PlannerChart;
class ProposalModel;
class WorkloadEditor;

class PlannerPage : public QWidget {
    Q_OBJECT
public:
    explicit PlannerPage(QWidget* parent = nullptr);
    ~PlannerPage() override;

    void setReport(const Report& report);
    // The session Apply and Restore run on; its target names the saved plan. May be null.
    void setSession(HostSession* session);
    // Where plans are kept (default: <AppDataLocation>/plans).
    void setPlanStore(const planner::PlanStore& store);
    // Where the values before the last Apply are kept (default: <AppDataLocation>/restore).
    void setRestoreStore(const planner::RestoreStore& store);

    planner::Plan plan() const { return m_plan; }
    void setPlan(const planner::Plan& plan);
    const planner::Proposal& proposal() const { return m_proposal; }
    std::optional<planner::LimitsResult> lastResult() const { return m_lastResult; }
    ProposalModel* proposalModel() const { return m_model; }

signals:
    // After Apply or Restore: the helper's answer. HostPages refreshes the host through its
    // HostController, so "Current value" shows what the kernel now has.
    void limitsChanged(const ipcscope::planner::LimitsResult& result);

private:
    void addWorkload();
    void removeWorkload();
    void selectWorkload(int row);
    void workloadEdited(const planner::Workload& workload);
    void recompute();
    void save();
    void loadPlanFor(const QString& host);
    QString hostKey() const;
    // Containers have limits of their own (their IPC namespace's): one is planned for at a time.
    void rebuildNamespaces();
    void namespaceChosen();
    // The chosen container (null: the host).
    const IpcNamespace* container() const;
    // The plan and the restore point are kept per host and per container.
    QString planKey() const;
    void exportFile();
    void apply();
    void restore();
    bool confirm(const QString& objectName, const QString& title, const QString& text,
                 const QString& button);
    void run(const QByteArray& document, bool restoring);
    void loadRestorePoint();
    void showResult(bool result);
    void audit(const QString& phase, const QJsonObject& detail);
    void helperFinished(const HelperOutput& output);
    void helperFailed(const Error& error);
    bool isApplying() const;
    void updateButtons();

    Report m_hostReport; // the host's, with its containers
    Report m_report;     // the one planned for: the host's or the chosen container's
    bool m_haveReport = false;
    QPointer<HostSession> m_session;
    planner::PlanStore m_store;
    planner::RestoreStore m_restoreStore;
    QString m_runId;
    planner::Plan m_plan;
    planner::Proposal m_proposal;
    std::optional<planner::LimitsResult> m_lastResult;
    std::unique_ptr<HelperReply> m_applying;
    bool m_pendingRestore = false;

    QLabel* m_namespaceLabel = nullptr;
    QComboBox* m_namespace = nullptr;
    QComboBox* m_kind = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QListWidget* m_list = nullptr;
    WorkloadEditor* m_editor = nullptr;
    ProposalModel* m_model = nullptr;
    PlannerChart* m_chart = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_changes = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_restore = nullptr;
    QPlainTextEdit* m_result = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace ipcscope
