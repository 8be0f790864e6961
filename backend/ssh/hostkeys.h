// SPDX-License-Identifier: GPL-3.0-or-later
// The host key check, a security boundary: a known key passes; an unknown key is shown to a
// person (key type and SHA-256 fingerprint) who accepts it or not — or accepted without asking
// when HostConfig::acceptNewHostKey says so; a changed key is refused, always, with no way to
// "connect anyway".
#pragma once

#include "core/cancel.h"
#include "core/error.h"
#include "transport/prompter.h"

namespace ipcscope {

class SshSession;

// The server's key as the prompter shows it; empty fields when libssh could not give them.
HostKeyInfo serverHostKey(const SshSession& session);

Result<bool> verifyHostKey(SshSession& session, Prompter* prompter, const CancelToken& cancel);

} // namespace ipcscope
