// SPDX-License-Identifier: GPL-3.0-or-later
// Files the helper reads and writes as root (apply-limits' sysctl.d file): never through a
// symbolic link, never a FIFO or device, only directories and files owned by root — so that
// nobody can make the helper read or overwrite a file they could not touch themselves. Every
// step is relative to a directory descriptor (openat), so a path cannot be swapped half-way.
// Also the rule for options that exist for tests only (`--root`, `--log-root`).
#pragma once

#include <string>

namespace ipcscope::helper {

// Empty when a test-only option may be used; otherwise the sentence that refuses it. Such
// options move root's reads and writes into a directory chosen by the caller, so they are only
// for a real root: never under sudo (SUDO_UID set), where the caller chose the directory
// without being root, nor with an effective uid other than the real one (set-uid). Plain other
// uids are refused too, unless `ownRightsSuffice` (the option then reads with the caller's own
// rights only, as `symptoms --log-root` does for tests of unreadable logs).
std::string refuseTestOnlyOption(const char* option, bool ownRightsSuffice = false);

// Opens the absolute directory `path` one component at a time (O_DIRECTORY | O_NOFOLLOW),
// creating missing ones with mode 0755 when `create` is set. Every component must be a
// directory owned by root that only root may write to (or with the sticky bit, like /tmp).
// Returns the descriptor, or -1 with a sentence in `error`.
int openRootDirectory(const std::string& path, bool create, std::string& error);

// Reads `name` inside `dirFd` (O_NOFOLLOW | O_NONBLOCK: a symbolic link or FIFO neither
// redirects nor blocks the read). It must be a regular file owned by root with one link and at
// most `limit` bytes. `shown` is the path used in the error sentence.
enum class RootRead { Ok, Absent, Refused };
RootRead readRootFileAt(int dirFd, const char* name, const std::string& shown, size_t limit,
                        std::string& out, std::string& error);

} // namespace ipcscope::helper
