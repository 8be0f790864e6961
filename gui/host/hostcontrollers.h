// SPDX-License-Identifier: GPL-3.0-or-later
// One HostController per row of the host list, created on first use and following the rows
// however they change. An edited entry (HostListModel::configReplaced) gets a new controller: a
// new session with the new configuration; the old one is cancelled and goes.
#pragma once

#include <QObject>

#include <memory>
#include <vector>

namespace ipcscope {

class HistoryService;
class HostController;
class HostListModel;
class Prompter;

class HostControllers : public QObject {
    Q_OBJECT
public:
    // The prompter is asked on the sessions' worker threads and must outlive this. Every
    // controller records its reports in `history` (may be null: nothing is recorded).
    HostControllers(HostListModel* hosts, Prompter* prompter, HistoryService* history,
                    QObject* parent = nullptr);
    ~HostControllers() override;

    HostController* at(int row);             // created on first use
    HostController* existing(int row) const; // null when not made yet
    int rowOf(const HostController* controller) const;
    void cancelAll(); // the window closes

signals:
    void created(ipcscope::HostController* controller);
    // The controller is about to be deleted (its row went or was edited): let go of it.
    void aboutToDrop(ipcscope::HostController* controller);
    // The entry in `row` was edited; the next at(row) makes its new controller.
    void replaced(int row);

private:
    void drop(size_t first, size_t last);

    HostListModel* m_hosts;
    Prompter* m_prompter;
    HistoryService* m_history;
    std::vector<std::unique_ptr<HostController>> m_controllers;
};

} // namespace ipcscope
