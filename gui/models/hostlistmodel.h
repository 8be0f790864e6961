// SPDX-License-Identifier: GPL-3.0-or-later
// The host sidebar: the local machine first, then saved SSH hosts, each with a status badge and
// the time of its last successful refresh.
#pragma once

#include "analysis/report.h"
#include "core/hostconfig.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace ipcscope {

class HostListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Status {
        NotRefreshed,
        Refreshing,
        Ok,
        Warnings,
        Orphans,
        Unreachable,
        LimitCritical
    };
    enum Role { StatusRole = Qt::UserRole, StatusTextRole, LastRefreshRole, ConfigIndexRole };

    explicit HostListModel(QObject* parent = nullptr);

    // Row 0 is always the local machine.
    void setSavedHosts(const QList<HostConfig>& hosts);
    QList<HostConfig> savedHosts() const;
    // Each entry gets its own id (HostConfig::id): a copy of an entry is a new entry.
    int addHost(const HostConfig& config); // returns the row
    void removeHost(int row);              // never row 0
    // The entry in `row` now reaches its host this way (edited; row 0 only for administrator
    // mode, which is not saved); its id stays, its state is
    // forgotten. configReplaced() tells the owner of its controller to make a new one.
    void replaceConfig(int row, const HostConfig& config);
    // A copy of the entry in `row` below the last one, with a new id and "(copy)" in its name.
    int duplicateHost(int row);
    int rowOfId(const QString& id) const;
    const HostConfig& config(int row) const { return m_entries.at(row).config; }
    Status status(int row) const { return m_entries.at(row).status; }
    void setStatus(int row, Status status, const QString& detail = {});
    void setRefreshed(int row, const QDateTime& when);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    static QString statusText(Status status);
    // The badge a report earns: a limit critical, else orphans, else warnings (possible orphans, a
    // limit close to full), else OK. The same order as the All servers page.
    static Status statusFor(const Report& report);

signals:
    void configReplaced(int row);

private:
    struct Entry {
        HostConfig config;
        Status status = Status::NotRefreshed;
        Status lastKnown = Status::NotRefreshed; // shown while refreshing
        QString detail;
        QDateTime lastRefresh;
    };
    QList<Entry> m_entries;
};

} // namespace ipcscope
