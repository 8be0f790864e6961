// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandio.h"

#include "fileio.h"

#include <cerrno>
#include <cstring>

namespace ipcscope::helper {

void print(int fd, std::string_view text) {
    writeAll(fd, text.data(), text.size());
}

int usageError(const std::string& message) {
    print(2, "ipcscope-helper: " + message + "\nTry 'ipcscope-helper --help'.\n");
    return 2;
}

int failure(const std::string& reason) {
    print(2, "ipcscope-helper: " + reason + "\n");
    return 1;
}

std::string readStandardInput(std::string& text, size_t limit, std::string_view what,
                              std::string_view limitInWords) {
    switch (readAllFrom(0, text, limit)) {
    case ReadAll::Ok:
        return {};
    case ReadAll::TooLarge:
        return std::string(what) + " on standard input is larger than " + std::string(limitInWords);
    case ReadAll::Failed:
        break;
    }
    return "could not read " + std::string(what) + " from standard input: " + std::strerror(errno);
}

} // namespace ipcscope::helper
