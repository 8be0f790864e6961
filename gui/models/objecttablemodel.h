// SPDX-License-Identifier: GPL-3.0-or-later
// Base of the per-type object tables. Rows are the report's objects of this model's types; a
// refreshed report updates rows in place (matched by identity: id and key, or POSIX name) so
// that views keep their selection and scroll position, even with tens of thousands of rows.
#pragma once

#include "analysis/report.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ipcscope {

class ObjectTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        SortRole = Qt::UserRole, // raw value: bytes, seconds, numbers
        VerdictRole,             // int(Verdict)
        OwnerRole,               // owner name
        SearchRole,              // lower-case text the filter box searches
        ExportRole,              // exact value for CSV
        IdentityRole,            // stable identity across refreshes
        ObjectIndexRole,         // index into Report::objects
    };
    // Column 0 of every object table is the verdict.
    static constexpr int VerdictColumn = 0;

    explicit ObjectTableModel(QList<ObjectType> types, QObject* parent = nullptr);

    // Replaces the data; rows that still exist are updated in place.
    void setReport(const Report& report);
    const Report& report() const { return m_report; }
    QList<ObjectType> types() const { return m_types; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const ObjectVerdict& verdictAt(int row) const;
    int objectIndexAt(int row) const { return m_rows.at(row).objectIndex; }
    int rowOfIdentity(const QString& identity) const;
    // Direct access for the filter proxy: no QVariant per row and keystroke.
    const QString& searchTextAt(int row) const { return m_rows.at(row).search; }
    const QString& identityAt(int row) const { return m_rows.at(row).identity; }
    static QString identityOf(const ObjectVerdict& object, const Report& report);

protected:
    struct Row {
        int objectIndex = -1; // into m_report.objects
        QString identity;
        QString search;
    };
    virtual QString headerText(int column) const = 0;
    virtual QString headerToolTip(int column) const { return headerText(column); }
    virtual QVariant cell(const Row& row, int column, int role) const = 0;
    virtual QString searchExtra(const ObjectVerdict& object) const;

    qint64 now() const { return m_report.snapshot.host.time; }
    QString processLabel(qint64 pid) const; // "1234 (apache2)", "1234 (exited)"
    // Shared helpers for typical cells.
    QVariant timeCell(qint64 when, int role) const;
    static QVariant bytesCell(quint64 bytes, int role);
    static QVariant numberCell(quint64 n, int role);
    QVariant pidCell(qint64 pid, int role) const;
    QVariant commonCell(const ObjectVerdict& object, const SysvCommon& common, int kind,
                        int role) const;
    QVariant softwareCell(const ObjectVerdict& object, int role) const;
    enum CommonKind { KeyCell, IdCell, OwnerCell, PermsCell, ChangedCell };

    const ObjectVerdict& verdictOf(const Row& row) const {
        return m_report.objects.at(row.objectIndex);
    }

private:
    QVariant verdictCell(const ObjectVerdict& object, int role) const;
    QList<Row> buildRows(const Report& report) const;

    QList<ObjectType> m_types;
    Report m_report;
    QList<Row> m_rows;
    QHash<QString, int> m_rowByIdentity;
    QHash<qint64, int> m_processByPid;
};

// A System V table: verdict, key, id, owner and permissions first, then the type's own columns,
// then changed and software. The subclass names its own columns and fills their cells; the
// shared ones are the same in every table.
class SysvTableModel : public ObjectTableModel {
    Q_OBJECT
public:
    // The columns every System V table starts with. A subclass's Column enum goes on from
    // FirstOwnColumn with the type's own columns and ends with Changed, Software, ColumnCount.
    enum SharedColumn { Verdict = VerdictColumn, Key, Id, Owner, Permissions, FirstOwnColumn };
    int columnCount(const QModelIndex& parent = {}) const override;

protected:
    SysvTableModel(ObjectType type, int columnCount, QObject* parent);
    // The object's own columns, numbered as in the subclass's Column enum.
    virtual QString ownHeader(int column) const = 0;
    virtual QString ownToolTip(int column) const = 0;
    virtual QVariant ownCell(const ObjectVerdict& object, int column, int role) const = 0;

private:
    // Key, id, owner, permissions and times of the object, from the snapshot list of its type.
    const SysvCommon& common(const ObjectVerdict& object) const;
    QString headerText(int column) const final;
    QString headerToolTip(int column) const final;
    QVariant cell(const Row& row, int column, int role) const final;
    int changedColumn() const { return m_columnCount - 2; }
    int softwareColumn() const { return m_columnCount - 1; }

    int m_columnCount;
};

} // namespace ipcscope
