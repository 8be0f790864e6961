// SPDX-License-Identifier: GPL-3.0-or-later
#include "host/hostcontrollers.h"

#include "models/hostlistmodel.h"
#include "session/hostcontroller.h"
#include "util/appsettings.h"

namespace ipcscope {

HostControllers::HostControllers(HostListModel* hosts, Prompter* prompter, HistoryService* history,
                                 QObject* parent)
    : QObject(parent)
    , m_hosts(hosts)
    , m_prompter(prompter)
    , m_history(history) {
    m_controllers.resize(size_t(m_hosts->rowCount()));
    connect(m_hosts, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) {
                for (int row = first; row <= last; ++row)
                    m_controllers.insert(m_controllers.begin() + row, nullptr);
            });
    connect(m_hosts, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex&, int first, int last) {
                drop(size_t(first), size_t(last));
                m_controllers.erase(m_controllers.begin() + first,
                                    m_controllers.begin() + last + 1);
            });
    connect(m_hosts, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_controllers.empty())
            drop(0, m_controllers.size() - 1);
        m_controllers.clear();
        m_controllers.resize(size_t(m_hosts->rowCount()));
    });
    connect(m_hosts, &HostListModel::configReplaced, this, [this](int row) {
        drop(size_t(row), size_t(row));
        emit replaced(row);
    });
}

HostControllers::~HostControllers() {
    if (!m_controllers.empty())
        drop(0, m_controllers.size() - 1);
}

void HostControllers::drop(size_t first, size_t last) {
    for (size_t row = first; row <= last && row < m_controllers.size(); ++row) {
        if (std::unique_ptr<HostController>& c = m_controllers[row]) {
            emit aboutToDrop(c.get());
            c.reset(); // cancels what runs and joins its worker; secrets go with it
        }
    }
}

HostController* HostControllers::at(int row) {
    std::unique_ptr<HostController>& slot = m_controllers.at(size_t(row));
    if (!slot) {
        HostConfig config = m_hosts->config(row);
        // The known_hosts file chosen in Settings holds every server's key (an entry may name
        // its own); without it, ~/.ssh/known_hosts.
        if (config.kind == HostConfig::Kind::Ssh && config.knownHostsFile.isEmpty())
            config.knownHostsFile = settings::knownHostsFile();
        slot = std::make_unique<HostController>(config, m_prompter);
        slot->setHistory(m_history);
        emit created(slot.get());
    }
    return slot.get();
}

HostController* HostControllers::existing(int row) const {
    if (row < 0 || size_t(row) >= m_controllers.size())
        return nullptr;
    return m_controllers[size_t(row)].get();
}

int HostControllers::rowOf(const HostController* controller) const {
    for (size_t row = 0; row < m_controllers.size(); ++row) {
        if (m_controllers[row].get() == controller)
            return int(row);
    }
    return -1;
}

void HostControllers::cancelAll() {
    for (const std::unique_ptr<HostController>& c : m_controllers) {
        if (c)
            c->session()->cancel();
    }
}

} // namespace ipcscope
