// SPDX-License-Identifier: GPL-3.0-or-later
// Client authentication in OpenSSH's order: none, public key (ssh-agent first, then the key
// files: HostConfig::identityFile or the defaults and IdentityFile entries, passphrases asked
// through the Prompter), keyboard-interactive, password. A failure lists the methods tried.
#pragma once

#include "core/cancel.h"
#include "core/error.h"

namespace ipcscope {

class Prompter;
class SshSession;

Result<bool> authenticate(SshSession& session, Prompter* prompter, const CancelToken& cancel);

} // namespace ipcscope
