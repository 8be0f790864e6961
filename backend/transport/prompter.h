// SPDX-License-Identifier: GPL-3.0-or-later
// Interactive questions asked from the worker thread. The GUI answers them with dialogs (blocking
// the worker, never the GUI thread), the CLI on the terminal or from flags.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ipcscope {

struct HostKeyInfo {
    QString host; // as the person typed it
    int port = 22;
    QString keyType;     // "ssh-ed25519"
    QString fingerprint; // "SHA256:…"
    QString knownHostsFile;
    QString entryName; // the host list's name for it ("web1"), when it has one of its own
};

class Prompter {
public:
    enum class HostKeyAnswer { Reject, AcceptOnce, AcceptAndSave };
    enum class SecretKind { Password, KeyPassphrase, SudoPassword, KeyboardInteractive };
    // Whether the answer may be shown while it is typed. Off for everything but a
    // keyboard-interactive question the server marks as echoed (libssh's `echo` flag, e.g. a
    // user name or a one-time code; PAM's password question is not echoed).
    enum class Echo { Off, On };

    virtual ~Prompter() = default;
    virtual HostKeyAnswer unknownHostKey(const HostKeyInfo& key) = 0;
    // nullopt when the person cancels. The caller wipes the returned secret after use.
    virtual std::optional<QString> secret(SecretKind kind, const QString& prompt,
                                          Echo echo = Echo::Off) = 0;
    // The last answer of this kind was refused (sudo: "incorrect password"). A prompter that
    // remembers answers (session/sessionprompter.h) forgets it, so the next question is asked.
    virtual void secretRejected(SecretKind kind) { (void)kind; }
};

} // namespace ipcscope
