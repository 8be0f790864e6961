// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/groupsedit.h"

#include <QCompleter>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

// Completes the group being typed (after the last comma) and keeps the ones before it.
class GroupCompleter : public QCompleter {
public:
    GroupCompleter(const QStringList& groups, QLineEdit* edit)
        : QCompleter(groups, edit)
        , m_edit(edit) {
        setCaseSensitivity(Qt::CaseInsensitive);
    }
    QStringList splitPath(const QString& path) const override {
        return {path.section(u',', -1).trimmed()};
    }
    QString pathFromIndex(const QModelIndex& index) const override {
        const QString text = m_edit->text();
        const qsizetype comma = text.lastIndexOf(u',');
        const QString before = comma < 0 ? QString() : text.left(comma + 1) + u' ';
        return before + index.data(completionRole()).toString();
    }

private:
    QLineEdit* m_edit;
};

} // namespace

GroupsEdit::GroupsEdit(const QStringList& known, QWidget* parent)
    : QLineEdit(parent) {
    setObjectName(u"groupsEdit"_s);
    setPlaceholderText(tr("optional, e.g. web, production"));
    setToolTip(tr("Groups separated by commas; the All servers page filters by them"));
    QStringList sorted = known;
    sorted.sort(Qt::CaseInsensitive);
    setCompleter(new GroupCompleter(sorted, this));
}

void GroupsEdit::setGroups(const QStringList& groups) {
    setText(groups.join(u", "_s));
}

QStringList GroupsEdit::parse(const QString& text) {
    QStringList groups;
    for (const QString& part : text.split(u',')) {
        const QString group = part.trimmed();
        if (!group.isEmpty() && !groups.contains(group, Qt::CaseInsensitive))
            groups.append(group);
    }
    return groups;
}

} // namespace ipcscope
