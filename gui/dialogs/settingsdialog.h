// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ipcscope {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    void accept() override; // saves

private:
    QComboBox* m_interval;
    QSpinBox* m_retention;
    QSpinBox* m_concurrency;
    QComboBox* m_language;
    QLineEdit* m_knownHosts;
};

} // namespace ipcscope
