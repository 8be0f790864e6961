// SPDX-License-Identifier: GPL-3.0-or-later
// A host entry's groups typed as one line, "web, production", completing each name from the
// groups other entries have (the Fleet page filters by them).
#pragma once

#include <QLineEdit>
#include <QStringList>

namespace ipcscope {

class GroupsEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit GroupsEdit(const QStringList& known, QWidget* parent = nullptr);
    void setGroups(const QStringList& groups);
    QStringList groups() const { return parse(text()); }
    // The groups of a line: separated by commas, trimmed, without empty ones and repeats.
    static QStringList parse(const QString& text);
};

} // namespace ipcscope
