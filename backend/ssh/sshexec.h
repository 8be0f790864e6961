// SPDX-License-Identifier: GPL-3.0-or-later
// Runs one command on an open session: feeds stdin, collects stdout, stderr and the exit status.
// The wait polls the CancelToken; a cancelled or timed-out command's channel is closed.
#pragma once

#include "core/cancel.h"
#include "core/error.h"
#include "transport/transport.h"

#include <QByteArray>

namespace ipcscope {

class SshSession;

struct ExecOptions {
    QByteArray stdinData;   // written, then EOF
    int timeoutSeconds = 0; // 0: no limit (the person can still cancel)
    // Standard output beyond this fails the command (helperOutputTooLarge) and closes the
    // channel; of standard error only the first kHelperStderrKept bytes are kept.
    qint64 maxOutput = kDefaultHelperOutputLimit;
};

// exitCode is -1 when the remote process ended without an exit status (killed by a signal).
Result<HelperOutput> execCommand(SshSession& session, const QByteArray& command,
                                 const ExecOptions& options, const CancelToken& cancel);

// Quotes one word for the POSIX shell on the server.
QByteArray shellQuote(const QByteArray& word);

} // namespace ipcscope
