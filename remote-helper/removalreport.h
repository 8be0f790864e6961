// SPDX-License-Identifier: GPL-3.0-or-later
// What `ipcscope-helper remove` tells: the result document (schema ipcscope.removal-result/1,
// docs/cleanup-schema.md) on stdout and one syslog line per item (LOG_AUTHPRIV | LOG_NOTICE).
#pragma once

#include "jsonwriter.h"
#include "removal.h"

#include <string>
#include <vector>

namespace ipcscope::helper {

// Who asked, for the log: the plan's requested_by, the sudo user and the real uid.
struct Requester {
    std::string requestedBy;
    std::string sudoUser; // empty when not run through sudo
    uint32_t uid = 0;
    std::string describe() const;
};

Requester currentRequester(const RemovalPlan& plan);

void writeRemovalResult(const RemovalPlan& plan, const std::vector<RemovalOutcome>& outcomes,
                        const Requester& requester, std::string_view helperVersion,
                        JsonWriter& writer);

// The syslog line of one item (also used by the tests, which cannot read the system log).
std::string removalLogLine(const RemovalItem& item, const RemovalOutcome& outcome,
                           const Requester& requester);

// Sends one line per item to syslog. Without a syslog daemon the lines are lost silently.
void logRemovals(const RemovalPlan& plan, const std::vector<RemovalOutcome>& outcomes,
                 const Requester& requester);

} // namespace ipcscope::helper
