// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/objectfilterproxy.h"

#include "models/objecttablemodel.h"

namespace ipcscope {

ObjectFilterProxy::ObjectFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ObjectTableModel::SortRole);
    setDynamicSortFilter(true);
}

void ObjectFilterProxy::setText(const QString& text) {
    const QString lower = text.trimmed().toLower();
    if (lower == m_text)
        return;
    m_text = lower;
    invalidateFilter();
}

void ObjectFilterProxy::setOwner(const QString& owner) {
    if (owner == m_owner)
        return;
    m_owner = owner;
    invalidateFilter();
}

void ObjectFilterProxy::setVerdict(std::optional<Verdict> verdict) {
    if (verdict == m_verdict)
        return;
    m_verdict = verdict;
    invalidateFilter();
}

void ObjectFilterProxy::setIdentities(std::optional<QSet<QString>> identities) {
    m_identities = std::move(identities);
    invalidateFilter();
}

bool ObjectFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex index = model->index(sourceRow, 0, sourceParent);
    if (m_verdict && model->data(index, ObjectTableModel::VerdictRole).toInt() != int(*m_verdict))
        return false;
    if (!m_owner.isEmpty() && model->data(index, ObjectTableModel::OwnerRole).toString() != m_owner)
        return false;
    if (m_identities &&
        !m_identities->contains(model->data(index, ObjectTableModel::IdentityRole).toString()))
        return false;
    if (!m_text.isEmpty() &&
        !model->data(index, ObjectTableModel::SearchRole).toString().contains(m_text))
        return false;
    return true;
}

} // namespace ipcscope
