// SPDX-License-Identifier: GPL-3.0-or-later
// The shell command a person would type for the same removal (shown before confirming, for
// people who want to know what happens; the helper does more: it re-checks first).
#pragma once

#include "cleanup/cleanupplan.h"

#include <QString>

namespace ipcscope {

// "ipcrm -s 32769", "ipcrm -m 5", "ipcrm -q 7", "rm /dev/shm/name", "rm /dev/shm/sem.name",
// "rm /dev/mqueue/name"; names are quoted for a POSIX shell, exact bytes included.
QString shellCommand(const CleanupItem& item);

// `text` as one shell word: unquoted when plain, '…' otherwise.
QString shellQuote(const QString& text);

} // namespace ipcscope
