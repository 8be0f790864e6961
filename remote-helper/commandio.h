// SPDX-License-Identifier: GPL-3.0-or-later
// What the helper's commands say on stderr and the exit status that goes with it (as --help
// documents: 1 the command failed, 2 the command line was wrong), and the document a command
// reads from standard input.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ipcscope::helper {

// Writes all of `text` to `fd`.
void print(int fd, std::string_view text);

// "ipcscope-helper: <message>" and where to find help, on stderr; returns 2.
int usageError(const std::string& message);

// "ipcscope-helper: <reason>" on stderr; returns 1.
int failure(const std::string& reason);

// Reads standard input to its end into `text`. Empty when all of it came; otherwise the sentence
// that says why not, naming the document (`what`, "the plan") and its limit (`limitInWords`,
// "64 MiB").
std::string readStandardInput(std::string& text, size_t limit, std::string_view what,
                              std::string_view limitInWords);

} // namespace ipcscope::helper
