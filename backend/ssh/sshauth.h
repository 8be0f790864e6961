// SPDX-License-Identifier: GPL-3.0-or-later
// Client authentication in OpenSSH's order: none, public key (ssh-agent first, then the key
// files: HostConfig::identityFile and the default ~/.ssh/id_* one by one, then IdentityFile
// entries of ~/.ssh/config through libssh; passphrases asked through the Prompter, three tries
// each), keyboard-interactive, password. A failure lists the methods tried. A key whose
// passphrase was wrong three times is skipped, and the result says so: the login never moves
// on to another key silently.
#pragma once

#include "core/cancel.h"
#include "core/error.h"

#include <QString>
#include <QStringList>

namespace ipcscope {

class Prompter;
class SshSession;

struct Login {
    QString method;      // "publickey", "keyboard-interactive", "password", "none"
    QString key;         // the key file that logged in ("~/.ssh/id_ed25519"), empty otherwise
    bool agent = false;  // the key came from ssh-agent
    QStringList skipped; // sentences: a key skipped and why
    // "Logged in as root with the key ~/.ssh/id_ed25519. The key ~/.ssh/id_rsa was skipped: …"
    QString describe(const QString& user) const;
};

Result<Login> authenticate(SshSession& session, Prompter* prompter, const CancelToken& cancel);

} // namespace ipcscope
