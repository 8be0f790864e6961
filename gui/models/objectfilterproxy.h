// SPDX-License-Identifier: GPL-3.0-or-later
// Filters an object table by free text, owner, verdict, or a fixed set of objects (the objects a
// finding talks about), and sorts by raw values (ObjectTableModel::SortRole).
#pragma once

#include "analysis/report.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace ipcscope {

// The source must be an ObjectTableModel (the filter reads its rows directly, for speed).
class ObjectFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ObjectFilterProxy(QObject* parent = nullptr);

    void setText(const QString& text);
    void setOwner(const QString& owner); // empty: every owner
    void setVerdict(std::optional<Verdict> verdict);
    // Only these identities (ObjectTableModel::IdentityRole); nullopt: no such restriction.
    void setIdentities(std::optional<QSet<QString>> identities);

    QString text() const { return m_text; }
    QString owner() const { return m_owner; }
    std::optional<Verdict> verdict() const { return m_verdict; }
    bool hasIdentities() const { return m_identities.has_value(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text; // lower case
    QString m_owner;
    std::optional<Verdict> m_verdict;
    std::optional<QSet<QString>> m_identities;
};

} // namespace ipcscope
