// SPDX-License-Identifier: GPL-3.0-or-later
// What the Host menu and the host list's context menu do to entries: add (the wizard), edit,
// duplicate, remove, and switch an entry to administrator mode when a cleanup needs it. Each
// saves the list. Editing replaces the entry's controller (HostControllers follows the model).
#pragma once

#include "analysis/report.h"
#include "core/hostconfig.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace ipcscope {

class GroupsEdit;
class HostListModel;
class Prompter;

// How one SSH host entry reaches its server: name, address, port, user, key, administrator mode,
// and its groups (completed from `knownGroups`). For the local machine only administrator mode
// (kept until the program ends, not saved).
class EditHostDialog : public QDialog {
    Q_OBJECT
public:
    explicit EditHostDialog(const HostConfig& config, QWidget* parent = nullptr,
                            const QStringList& knownGroups = {});
    HostConfig config() const; // the edited copy; same id
    void accept() override;    // refuses an empty host or an unreadable key file

private:
    HostConfig m_config;
    QLineEdit* m_name;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_user;
    QLineEdit* m_keyFile;
    GroupsEdit* m_groups;
    QCheckBox* m_sudo;
    QCheckBox* m_agentless;
};

class HostActions : public QObject {
    Q_OBJECT
public:
    HostActions(HostListModel* hosts, Prompter* prompter, QWidget* window);

    // Each returns the row to show afterwards, or -1 when the person cancelled.
    int add(const QString& host = {}); // the wizard with `host` filled in
    // Host > Import servers…: entries from ~/.ssh/config or an Ansible inventory; how many were
    // added (0 when cancelled).
    int importHosts();
    int edit(int row);
    int duplicate(int row);
    // Asks whether to remove the entry in `row` (never row 0, the local machine).
    bool confirmRemove(int row);
    void remove(int row); // removes it and saves the list; its controller goes with the row

    // Before a cleanup of `objects` of the host in `row` (`report` read with `elevated` rights):
    // when they belong to other users and the session has no administrator rights, says so at
    // the start and offers to reconnect with sudo (the entry switches to administrator mode).
    // False: do not open the wizard.
    bool readyToCleanUp(int row, const Report& report, bool elevated,
                        const QList<ObjectRef>& objects);

    // The saved entries into the list, the local machine's groups too.
    void load();

private:
    void save();
    QStringList knownGroups() const; // of every entry

    HostListModel* m_hosts;
    Prompter* m_prompter;
    QWidget* m_window;
};

} // namespace ipcscope
