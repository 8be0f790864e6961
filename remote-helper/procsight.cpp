// SPDX-License-Identifier: GPL-3.0-or-later
#include "procsight.h"

#include "fileio.h"

#include <cerrno>
#include <csignal>
#include <string_view>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace ipcscope::helper {

namespace {

// Field `index` (0-based, space separated) of a mountinfo line.
std::string_view field(std::string_view line, size_t index) {
    size_t pos = 0;
    for (size_t i = 0; i < index; ++i) {
        pos = line.find(' ', pos);
        if (pos == std::string_view::npos)
            return {};
        ++pos;
    }
    return line.substr(pos, line.find(' ', pos) - pos);
}

template <typename F>
void forEachLine(std::string_view text, F f) {
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        f(text.substr(pos, end - pos));
        pos = end + 1;
    }
}

} // namespace

std::string procHidepid(const char* procRoot) {
    std::string text;
    if (!readFile("/proc/self/mountinfo", text))
        return {};
    std::string mode;
    // The last mount on that point is the one on top.
    forEachLine(text, [&](std::string_view line) {
        const size_t dash = line.find(" - ");
        if (dash == std::string_view::npos || field(line, 4) != procRoot)
            return;
        const std::string_view rest = line.substr(dash + 3);
        if (field(rest, 0) != "proc")
            return;
        mode.clear();
        const std::string_view options = field(rest, 2);
        const size_t at = options.find("hidepid=");
        if (at == std::string_view::npos)
            return;
        std::string_view value = options.substr(at + 8);
        value = value.substr(0, value.find(','));
        if (value != "0" && value != "off")
            mode = std::string(value);
    });
    return mode;
}

bool othersMayBeHidden(const char* procRoot) {
    return ::geteuid() != 0 && !procHidepid(procRoot).empty();
}

Sight pidExists(int64_t pid) {
    if (pid <= 0)
        return Sight::No;
    if (::kill(pid_t(pid), 0) == 0 || errno == EPERM)
        return Sight::Yes;
    return errno == ESRCH ? Sight::No : Sight::Unknown;
}

Sight pidMountsDevice(const char* procRoot, int64_t pid, uint64_t dev) {
    std::string text;
    const std::string path = std::string(procRoot) + "/" + std::to_string(pid) + "/mountinfo";
    if (!readFile(path.c_str(), text) || text.empty())
        return Sight::Unknown;
    const std::string wanted =
        std::to_string(major(dev_t(dev))) + ":" + std::to_string(minor(dev_t(dev)));
    Sight found = Sight::No;
    forEachLine(text, [&](std::string_view line) {
        if (field(line, 2) == wanted)
            found = Sight::Yes;
    });
    return found;
}

} // namespace ipcscope::helper
