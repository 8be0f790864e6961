// SPDX-License-Identifier: GPL-3.0-or-later
// Reading whole (pseudo-)files with plain syscalls: /proc files report size 0, so they are read
// until EOF into a reused buffer, without stdio or iostreams (which would bloat the static binary).
#pragma once

#include <string>

namespace ipcscope::helper {

// Reads the file at `path` (relative to the directory `dirFd`, or AT_FDCWD) into `out`.
// Returns false and leaves errno set when it cannot be opened or read.
bool readFileAt(int dirFd, const char* path, std::string& out);
bool readFile(const char* path, std::string& out);

// Reads at most `limit` bytes (for files where only the beginning matters).
bool readFilePrefixAt(int dirFd, const char* path, std::string& out, size_t limit);

// Reads `fd` to its end into `out`, retrying on EINTR. Stops early with TooLarge once more than
// `limit` bytes came (a command's input that big is not what it expects); Failed leaves errno set.
enum class ReadAll { Ok, TooLarge, Failed };
ReadAll readAllFrom(int fd, std::string& out, size_t limit);

// Writes all of `data` to `fd`, retrying on short writes and EINTR.
bool writeAll(int fd, const char* data, size_t size);

// Replaces `target` with `text` at once (mode 0644): written and synced to a temporary file
// made from `tmpTemplate` (mkstemp, ending in XXXXXX), then renamed over it. Empty on success,
// else an English sentence; `place` says where the temporary file goes ("in DIR").
std::string replaceFileAtomically(std::string tmpTemplate, const std::string& target,
                                  const std::string& text, const std::string& place);

} // namespace ipcscope::helper
