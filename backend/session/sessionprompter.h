// SPDX-License-Identifier: GPL-3.0-or-later
// The prompter one session asks through. It passes every question on to the person's prompter,
// but remembers the sudo password for the life of the session: asked once, not on every refresh
// or helper command, and asked again only when sudo refuses it. It lives in memory only, on the
// session's worker thread, and is overwritten when the session ends or sudo refuses it.
#pragma once

#include "transport/prompter.h"

#include <optional>

namespace ipcscope {

class SessionPrompter final : public Prompter {
public:
    explicit SessionPrompter(Prompter* person);
    ~SessionPrompter() override; // wipes the remembered password
    SessionPrompter(const SessionPrompter&) = delete;
    SessionPrompter& operator=(const SessionPrompter&) = delete;

    HostKeyAnswer unknownHostKey(const HostKeyInfo& key) override;
    std::optional<QString> secret(SecretKind kind, const QString& prompt,
                                  Echo echo = Echo::Off) override;
    void secretRejected(SecretKind kind) override;

    bool remembersSudoPassword() const { return m_sudoPassword.has_value(); }

private:
    Prompter* m_person;
    std::optional<QString> m_sudoPassword;
};

} // namespace ipcscope
