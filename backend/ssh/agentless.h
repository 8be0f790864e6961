// SPDX-License-Identifier: GPL-3.0-or-later
// The reduced read for servers where the helper cannot run: one shell command reads
// /proc/sysvipc/*, /proc/sys/kernel/*, /proc/sys/fs/mqueue/*, uname, the boot id and the
// referenced processes' /proc/<pid>/stat, and its output becomes the same Snapshot type with
// mode Agentless: no per-semaphore detail, no POSIX objects, no attached-pid lists, no cleanup.
#pragma once

#include "core/cancel.h"
#include "core/error.h"
#include "model/snapshot.h"

#include <QByteArray>
#include <QString>

namespace ipcscope {

class SshSession;

// The POSIX shell command (needs only sh, cat, uname, awk, sort, date, getconf, stat).
QByteArray agentlessCommand();

// Parses the command's output. `reason` (English, as all snapshot warnings are) says why the
// helper could not run; it ends up in a warning.
Result<Snapshot> parseAgentlessOutput(const QByteArray& output, const QString& reason);

Result<Snapshot> agentlessSnapshot(SshSession& session, const QString& reason,
                                   const CancelToken& cancel);

} // namespace ipcscope
