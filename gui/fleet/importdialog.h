// SPDX-License-Identifier: GPL-3.0-or-later
// Host > Import servers…: host entries in bulk from ~/.ssh/config or an Ansible inventory (INI
// read directly; YAML through `ansible-inventory --list` when Ansible is installed), each one
// ticked or not, with the inventory's groups and an optional group typed for all of them.
// Entries already in the list (same address) are shown but not offered again.
#pragma once

#include "core/hostconfig.h"
#include "core/hostimport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProcess;

namespace ipcscope {

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    // `existing`: the entries already in the list (not offered again).
    explicit ImportDialog(const QList<HostConfig>& existing, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Reads the file now (the YAML case ends later; loaded() says when).
    void load(const QString& path);
    // The ticked entries, with the typed group added.
    QList<HostConfig> chosen() const;
    QListWidget* list() const { return m_list; }

signals:
    void loaded();

private:
    void show(const ImportedHosts& found, const QString& error = {});
    bool isYaml(const QString& path) const;

    QList<HostConfig> m_existing;
    QList<HostConfig> m_found;
    QComboBox* m_kind;
    QLineEdit* m_path;
    QLineEdit* m_group;
    QListWidget* m_list;
    QLabel* m_notes;
    QProcess* m_ansible = nullptr;
};

} // namespace ipcscope
