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
    const auto* model = static_cast<const ObjectTableModel*>(sourceModel());
    if (sourceParent.isValid())
        return false;
    const ObjectVerdict& object = model->verdictAt(sourceRow);
    if (m_verdict && object.verdict != *m_verdict)
        return false;
    if (!m_owner.isEmpty() && object.owner != m_owner)
        return false;
    if (m_identities && !m_identities->contains(model->identityAt(sourceRow)))
        return false;
    if (!m_text.isEmpty() && !model->searchTextAt(sourceRow).contains(m_text))
        return false;
    return true;
}

bool ObjectFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    // The verdict column (the default sort) without QVariant; ties keep the id order stable.
    if (left.column() == ObjectTableModel::VerdictColumn) {
        static constexpr int order[] = {3, 0, 1, 2}; // InUse last, orphans first
        const auto* model = static_cast<const ObjectTableModel*>(sourceModel());
        const ObjectVerdict& a = model->verdictAt(left.row());
        const ObjectVerdict& b = model->verdictAt(right.row());
        const int va = order[int(a.verdict)], vb = order[int(b.verdict)];
        if (va != vb)
            return va < vb;
        return a.ref.id != b.ref.id ? a.ref.id < b.ref.id : a.ref.name < b.ref.name;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace ipcscope
