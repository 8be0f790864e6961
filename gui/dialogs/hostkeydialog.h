// SPDX-License-Identifier: GPL-3.0-or-later
// An unknown host key: show the SHA-256 fingerprint and let the person decide.
#pragma once

#include "transport/prompter.h"

#include <QDialog>

namespace ipcscope {

class HostKeyDialog : public QDialog {
    Q_OBJECT
public:
    explicit HostKeyDialog(const HostKeyInfo& key, QWidget* parent = nullptr);
    Prompter::HostKeyAnswer answer() const { return m_answer; }
    // Result codes for DialogRunner::testHook answers.
    enum Code { RejectCode = QDialog::Rejected, AcceptOnceCode = 2, AcceptAndSaveCode = 3 };
    void done(int result) override;

private:
    Prompter::HostKeyAnswer m_answer = Prompter::HostKeyAnswer::Reject;
};

} // namespace ipcscope
