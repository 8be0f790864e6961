// SPDX-License-Identifier: GPL-3.0-or-later
// Uploads one file through SFTP the way that never leaves a half-written file under the final
// name: write "<name>.part-<random>" (its own, so that uploads at once do not meet), close,
// rename over the final name, chmod.
#pragma once

#include "core/cancel.h"
#include "core/error.h"

#include <QString>

namespace ipcscope {

class SshSession;

// remoteDir is absolute and exists; the final file gets `mode`.
Result<bool> uploadFile(SshSession& session, const QString& localPath, const QString& remoteDir,
                        const QString& remoteName, unsigned mode, const CancelToken& cancel);

// A random suffix for a .part file of one upload (12 hex digits).
QString uniquePartSuffix();

} // namespace ipcscope
