// SPDX-License-Identifier: GPL-3.0-or-later
// The document `apply-limits` reads on stdin (schema ipcscope.limits-change/1,
// docs/limits-schema.md): which kernel IPC limits to set to which values. Parsed strictly; the
// ranges are left to the kernel, which is the only judge of what it accepts (the apply step
// reads every value back).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipcscope::helper {

struct LimitSetting {
    std::string parameter;        // "kernel.sem"
    std::string procPath;         // "/proc/sys/kernel/sem"
    std::vector<uint64_t> values; // 4 for kernel.sem, 1 otherwise
    // "250 32000 100 128": how it is written to /proc/sys and to the sysctl.d file.
    std::string text() const;
};

struct LimitsChange {
    bool writeFile = true;              // also write <root>/etc/sysctl.d/90-ipcscope.conf
    std::vector<LimitSetting> settings; // in document order; each parameter at most once
    // How the file is written (a restore puts back the file as it was before an apply):
    // Merge the settings into it; Replace it with `fileContent`; Remove it (there was none).
    enum class FileMode { Merge, Replace, Remove };
    FileMode fileMode = FileMode::Merge;
    std::string fileContent;
    // The IPC namespace (inode) whose limits to set, a container's; none: the helper's own.
    // Never with the file: /etc/sysctl.d is the host's, and a container's values go with it.
    std::optional<uint64_t> ns;
};

// Whether `line` of a sysctl.d file sets a parameter, and which ("" for comments and blanks).
std::string sysctlLineKey(const std::string& line);

// False with a one-line English `error` on anything but a valid ipcscope.limits-change/1
// document (unknown parameter, negative or fractional value, wrong number of kernel.sem fields).
bool parseLimitsChange(std::string_view text, LimitsChange& change, std::string& error);

// The parameters apply-limits may set, in sysctl notation.
const std::vector<std::string_view>& allowedLimitParameters();

} // namespace ipcscope::helper
