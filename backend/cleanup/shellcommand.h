// SPDX-License-Identifier: GPL-3.0-or-later
// The shell command a person would type for the same removal (shown before confirming, for
// people who want to know what happens; the helper does more: it re-checks first).
#pragma once

#include "cleanup/cleanupplan.h"

#include <QString>

#include <optional>

namespace ipcscope {

// "ipcrm -s 32769", "ipcrm -m 5", "ipcrm -q 7", "rm /dev/shm/name", "rm /dev/shm/sem.name",
// "rm /dev/mqueue/name"; names are quoted for a POSIX shell, exact bytes included. Empty for a
// POSIX name that fails posixNameBytes() (such objects are never in a plan).
QString shellCommand(const CleanupItem& item);

// The file of a POSIX object as one shell word, built from its checked bytes only: plain, '…'
// quoted, or $'…' with \xNN for bytes that are not UTF-8 and for control and bidirectional
// characters. nullopt when the name fails posixNameBytes().
std::optional<QString> posixPathWord(ObjectType type, const QString& name, const QString& nameHex);

// `text` as one shell word: unquoted when plain, '…' otherwise.
QString shellQuote(const QString& text);

} // namespace ipcscope
