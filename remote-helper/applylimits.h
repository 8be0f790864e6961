// SPDX-License-Identifier: GPL-3.0-or-later
// apply-limits: writes kernel IPC limits at runtime (/proc/sys) and to
// <root>/etc/sysctl.d/90-ipcscope.conf, reads them back, and leaves nothing half-applied: when
// the kernel refuses a value (EINVAL, or it reads back differently) or the file cannot be
// written, the runtime values already written are put back and the file is left alone.
#pragma once

#include "jsonwriter.h"
#include "limitschange.h"

#include <optional>
#include <string>
#include <vector>

namespace ipcscope::helper {

struct AppliedLimit {
    std::string parameter;
    std::string oldValue; // normalised: fields separated by one space
    std::string newValue;
    std::string readBack; // what the kernel showed after writing (empty when not written)
};

struct LimitsOutcome {
    bool applied = false;
    bool restored = false;      // runtime values were put back after a refusal
    bool restoreFailed = false; // ... and at least one could not be (see message)
    std::string file;           // the sysctl.d file written, or empty
    bool fileRemoved = false;   // a restore removed it (there was none before the apply)
    bool hadFileBefore = false; // the file existed when the change started ...
    std::string fileBefore;     // ... with this content
    std::vector<AppliedLimit> changes;
    std::string rejectedParameter;
    std::string message;        // why nothing was applied
    std::optional<uint64_t> ns; // the IPC namespace the values were read and set in (asked for)
    // Why the namespace was not entered: "namespace_gone", "permission_denied", "system_error";
    // empty otherwise.
    std::string code;
};

// `root` is "/" on a real host; tests pass a temporary directory (only the sysctl.d file moves
// there: the runtime values are those of the caller's IPC namespace). With `change.ns` naming
// another IPC namespace, everything (old values, writes, read-backs, restores) happens on a
// thread that joined it, through one of its processes (procRoot); refused with code
// "namespace_gone" when no process holds it any more.
LimitsOutcome applyLimits(const LimitsChange& change, const std::string& root,
                          const char* procRoot = "/proc");

// "kernel.sem 32000 1024000000 500 32000 -> 250 32000 100 256 for uid 0 (sudo by alice)"
void logLimits(const LimitsOutcome& outcome);

void writeLimitsResult(const LimitsOutcome& outcome, const char* helperVersion, JsonWriter& w);

// The file content for the settings merged into `existing` (lines of other parameters kept).
std::string mergeSysctlFile(const std::string& existing, const std::vector<LimitSetting>& settings);

} // namespace ipcscope::helper
