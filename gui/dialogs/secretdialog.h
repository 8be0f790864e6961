// SPDX-License-Identifier: GPL-3.0-or-later
// Asks for a password, key passphrase or sudo password. Nothing is stored.
#pragma once

#include "transport/prompter.h"

#include <QDialog>

class QLineEdit;

namespace ipcscope {

class SecretDialog : public QDialog {
    Q_OBJECT
public:
    // The answer is shown while typed only with Prompter::Echo::On.
    SecretDialog(Prompter::SecretKind kind, const QString& prompt,
                 Prompter::Echo echo = Prompter::Echo::Off, QWidget* parent = nullptr);
    ~SecretDialog() override;
    QString secret() const;

private:
    QLineEdit* m_edit;
};

} // namespace ipcscope
