// SPDX-License-Identifier: GPL-3.0-or-later
// Answers the transport's questions on the terminal: an unknown host key is shown with its
// SHA-256 fingerprint and needs a "y"; secrets are read from the terminal with echo off. Without
// a terminal nothing can be asked and the question fails with a clear message.
#pragma once

#include "transport/prompter.h"

namespace ipcscope::cli {

class TerminalPrompter : public Prompter {
public:
    HostKeyAnswer unknownHostKey(const HostKeyInfo& key) override;
    std::optional<QString> secret(SecretKind kind, const QString& prompt,
                                  Echo echo = Echo::Off) override;

    // Whether questions can be asked (stdin is a terminal).
    static bool interactive();
};

} // namespace ipcscope::cli
