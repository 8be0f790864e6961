// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/objecttablemodel.h"

#include "util/format.h"
#include "util/verdictstyle.h"

#include <QApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace ipcscope {

ObjectTableModel::ObjectTableModel(QList<ObjectType> types, QObject* parent)
    : QAbstractTableModel(parent)
    , m_types(std::move(types)) {}

QString ObjectTableModel::identityOf(const ObjectVerdict& object, const Report&) {
    // A System V id can be reused for a new object; the key tells them apart in practice.
    if (object.ref.id >= 0)
        return u"%1:%2:%3"_s.arg(objectTypeCode(object.ref.type))
            .arg(object.ref.id)
            .arg(object.key);
    return objectTypeCode(object.ref.type) + u':' + object.ref.name;
}

QString ObjectTableModel::searchExtra(const ObjectVerdict&) const {
    return {};
}

QList<ObjectTableModel::Row> ObjectTableModel::buildRows(const Report& report) const {
    QList<Row> rows;
    for (int i = 0; i < report.objects.size(); ++i) {
        const ObjectVerdict& object = report.objects.at(i);
        if (!m_types.contains(object.ref.type))
            continue;
        Row row;
        row.objectIndex = i;
        row.identity = identityOf(object, report);
        QString search = format::keyHex(object.key) + u' ' + QString::number(object.ref.id) + u' ' +
                         object.owner + u' ' + object.ref.name + u' ' +
                         verdictName(object.verdict) + u' ' + object.software + u' ' +
                         searchExtra(object);
        row.search = search.toLower();
        rows.append(std::move(row));
    }
    return rows;
}

void ObjectTableModel::setReport(const Report& report) {
    // The old report stays in place until the vanished rows are removed: views may still ask
    // for their data while they go.
    QHash<qint64, int> processByPid;
    processByPid.reserve(report.snapshot.processes.size());
    for (int i = 0; i < report.snapshot.processes.size(); ++i)
        processByPid.insert(report.snapshot.processes.at(i).pid, i);

    QList<Row> fresh = buildRows(report);
    QHash<QString, int> freshByIdentity;
    freshByIdentity.reserve(fresh.size());
    for (int i = 0; i < fresh.size(); ++i)
        freshByIdentity.insert(fresh.at(i).identity, i);

    // 1. Remove rows that are gone, in contiguous ranges from the end so indexes stay valid.
    for (int end = int(m_rows.size()) - 1; end >= 0;) {
        if (freshByIdentity.contains(m_rows.at(end).identity)) {
            --end;
            continue;
        }
        int begin = end;
        while (begin > 0 && !freshByIdentity.contains(m_rows.at(begin - 1).identity))
            --begin;
        beginRemoveRows({}, begin, end);
        m_rows.remove(begin, end - begin + 1);
        endRemoveRows();
        end = begin - 1;
    }

    // 2. Update the survivors in place (their row numbers do not change).
    m_report = report;
    m_processByPid = std::move(processByPid);
    QList<bool> taken(fresh.size(), false);
    m_rowByIdentity.clear();
    m_rowByIdentity.reserve(fresh.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        const int f = freshByIdentity.value(m_rows.at(i).identity);
        m_rows[i] = fresh.at(f);
        taken[f] = true;
        m_rowByIdentity.insert(m_rows.at(i).identity, i);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));

    // 3. Append the new ones.
    QList<Row> added;
    for (int f = 0; f < fresh.size(); ++f) {
        if (!taken.at(f))
            added.append(fresh.at(f));
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (Row& row : added) {
            m_rowByIdentity.insert(row.identity, int(m_rows.size()));
            m_rows.append(std::move(row));
        }
        endInsertRows();
    }
}

int ObjectTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

const ObjectVerdict& ObjectTableModel::verdictAt(int row) const {
    return m_report.objects.at(m_rows.at(row).objectIndex);
}

int ObjectTableModel::rowOfIdentity(const QString& identity) const {
    return m_rowByIdentity.value(identity, -1);
}

QVariant ObjectTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const ObjectVerdict& object = verdictOf(row);
    switch (role) {
    case VerdictRole:
        return int(object.verdict);
    case OwnerRole:
        return object.owner;
    case SearchRole:
        return row.search;
    case IdentityRole:
        return row.identity;
    case ObjectIndexRole:
        return row.objectIndex;
    default:
        break;
    }
    if (index.column() == VerdictColumn)
        return verdictCell(object, role);
    return cell(row, index.column(), role);
}

QVariant ObjectTableModel::verdictCell(const ObjectVerdict& object, int role) const {
    switch (role) {
    case Qt::DisplayRole:
    case ExportRole:
        return role == ExportRole ? verdictCode(object.verdict) : verdictName(object.verdict);
    case Qt::DecorationRole:
        return style::verdictIcon(object.verdict);
    case Qt::ForegroundRole:
        return style::verdictColor(object.verdict, QApplication::palette());
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const Reason& reason : object.reasons)
            lines.append(u"• "_s + reason.text);
        return lines.isEmpty() ? verdictName(object.verdict) : lines.join(u'\n');
    }
    case SortRole: {
        // Problems first when sorted ascending.
        static constexpr int order[] = {3, 0, 1, 2}; // InUse, Orphaned, Possibly, Unknown
        return order[int(object.verdict)];
    }
    default:
        return {};
    }
}

QVariant ObjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole)
        return headerText(section);
    if (role == Qt::ToolTipRole)
        return headerToolTip(section);
    return {};
}

QString ObjectTableModel::processLabel(qint64 pid) const {
    if (pid <= 0)
        return tr("none");
    const int i = m_processByPid.value(pid, -1);
    if (i < 0)
        return QString::number(pid);
    const Process& process = m_report.snapshot.processes.at(i);
    if (!process.alive)
        return tr("%1 (%2, exited)")
            .arg(pid)
            .arg(process.comm.isEmpty() ? tr("unknown") : process.comm);
    return tr("%1 (%2)").arg(pid).arg(process.comm);
}

QVariant ObjectTableModel::timeCell(qint64 when, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        return format::relativeTime(when, now());
    case Qt::ToolTipRole:
        return format::absoluteTime(when);
    case ExportRole:
        return when > 0 ? QVariant(format::absoluteTime(when)) : QVariant(QString());
    case SortRole:
        return when;
    default:
        return {};
    }
}

QVariant ObjectTableModel::bytesCell(quint64 bytes, int role) {
    switch (role) {
    case Qt::DisplayRole:
        return format::bytes(bytes);
    case Qt::ToolTipRole:
        return format::exactBytes(bytes);
    case ExportRole:
    case SortRole:
        return bytes;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ObjectTableModel::numberCell(quint64 n, int role) {
    switch (role) {
    case Qt::DisplayRole:
        return format::number(n);
    case ExportRole:
    case SortRole:
        return n;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ObjectTableModel::pidCell(qint64 pid, int role) const {
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return processLabel(pid);
    case ExportRole:
    case SortRole:
        return pid;
    default:
        return {};
    }
}

QVariant ObjectTableModel::commonCell(const ObjectVerdict& object, const SysvCommon& common,
                                      int kind, int role) const {
    switch (kind) {
    case KeyCell:
        if (role == Qt::DisplayRole || role == ExportRole)
            return format::keyHex(common.key);
        if (role == SortRole)
            return common.key;
        if (role == Qt::ToolTipRole)
            return common.key == 0 ? tr("IPC_PRIVATE: created without a key")
                                   : tr("Key %1 (decimal %2)")
                                         .arg(format::keyHex(common.key))
                                         .arg(qint32(common.key));
        if (role == Qt::FontRole)
            return QVariant(); // fixed font comes from the delegate-free default
        return {};
    case IdCell:
        // An id is a name, not a quantity: no digit grouping.
        if (role == Qt::DisplayRole)
            return QString::number(common.id);
        return numberCell(quint64(common.id), role);
    case OwnerCell:
        if (role == Qt::DisplayRole || role == ExportRole || role == SortRole)
            return object.owner;
        if (role == Qt::ToolTipRole)
            return tr("Owner %1 (uid %2), creator %3 (uid %4), group %5")
                .arg(common.owner)
                .arg(common.uid)
                .arg(common.creator)
                .arg(common.cuid)
                .arg(common.group);
        return {};
    case PermsCell:
        if (role == Qt::DisplayRole || role == ExportRole)
            return format::perms(common.perms);
        if (role == SortRole)
            return common.perms;
        if (role == Qt::ToolTipRole)
            return format::permsTooltip(common.perms);
        return {};
    case ChangedCell:
        return timeCell(common.ctime, role);
    default:
        return {};
    }
}

QVariant ObjectTableModel::softwareCell(const ObjectVerdict& object, int role) const {
    if (role != Qt::DisplayRole && role != ExportRole && role != SortRole &&
        role != Qt::ToolTipRole)
        return {};
    if (object.software.isEmpty())
        return QString();
    for (const Software& software : m_report.software) {
        if (software.id == object.software)
            return software.name;
    }
    return object.software;
}

SysvTableModel::SysvTableModel(ObjectType type, int columnCount, QObject* parent)
    : ObjectTableModel({type}, parent)
    , m_columnCount(columnCount) {}

const SysvCommon& SysvTableModel::common(const ObjectVerdict& object) const {
    const Snapshot& snapshot = report().snapshot;
    switch (object.ref.type) {
    case ObjectType::Semaphore:
        return snapshot.semaphores.at(object.ref.index);
    case ObjectType::SharedMemory:
        return snapshot.sharedMemory.at(object.ref.index);
    default:
        return snapshot.messageQueues.at(object.ref.index);
    }
}

int SysvTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_columnCount;
}

QString SysvTableModel::headerText(int column) const {
    if (column == VerdictColumn)
        return tr("Verdict");
    if (column == Key)
        return tr("Key");
    if (column == Id)
        return tr("ID");
    if (column == Owner)
        return tr("Owner");
    if (column == Permissions)
        return tr("Permissions");
    if (column == changedColumn())
        return tr("Changed");
    if (column == softwareColumn())
        return tr("Software");
    return column > Permissions && column < m_columnCount ? ownHeader(column) : QString();
}

QString SysvTableModel::headerToolTip(int column) const {
    if (column == changedColumn())
        return tr("Time of creation or the last change of permissions (ctime)");
    if (column == softwareColumn())
        return tr("Software recognised from the object's signature");
    if (column >= FirstOwnColumn && column < changedColumn())
        return ownToolTip(column);
    return headerText(column);
}

QVariant SysvTableModel::cell(const Row& row, int column, int role) const {
    const ObjectVerdict& object = verdictOf(row);
    if (column == Key)
        return commonCell(object, common(object), KeyCell, role);
    if (column == Id)
        return commonCell(object, common(object), IdCell, role);
    if (column == Owner)
        return commonCell(object, common(object), OwnerCell, role);
    if (column == Permissions)
        return commonCell(object, common(object), PermsCell, role);
    if (column == changedColumn())
        return commonCell(object, common(object), ChangedCell, role);
    if (column == softwareColumn())
        return softwareCell(object, role);
    if (column >= FirstOwnColumn && column < changedColumn())
        return ownCell(object, column, role);
    return {};
}

} // namespace ipcscope
