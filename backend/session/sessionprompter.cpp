// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/sessionprompter.h"

#include "ssh/secret.h"

namespace ipcscope {

SessionPrompter::SessionPrompter(Prompter* person)
    : m_person(person) {}

SessionPrompter::~SessionPrompter() {
    wipe(m_sudoPassword);
}

Prompter::HostKeyAnswer SessionPrompter::unknownHostKey(const HostKeyInfo& key) {
    return m_person ? m_person->unknownHostKey(key) : HostKeyAnswer::Reject;
}

std::optional<QString> SessionPrompter::secret(SecretKind kind, const QString& prompt, Echo echo) {
    if (kind == SecretKind::SudoPassword && m_sudoPassword) {
        // A copy for the caller, who wipes it after use; ours stays until the session ends.
        QString copy(m_sudoPassword->constData(), m_sudoPassword->size());
        return copy;
    }
    if (!m_person)
        return std::nullopt;
    std::optional<QString> answer = m_person->secret(kind, prompt, echo);
    if (kind == SecretKind::SudoPassword && answer)
        m_sudoPassword = QString(answer->constData(), answer->size()); // a deep copy
    return answer;
}

void SessionPrompter::secretRejected(SecretKind kind) {
    if (kind == SecretKind::SudoPassword)
        wipe(m_sudoPassword);
    if (m_person)
        m_person->secretRejected(kind);
}

} // namespace ipcscope
