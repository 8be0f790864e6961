// SPDX-License-Identifier: GPL-3.0-or-later
// The `start-service` command: after a cleanup, starts the software whose leftovers were removed
// (`systemctl start apache2`) and reports what systemctl said. Only the units that IPC Scope's
// software recognition names can be started, so the helper never becomes a general way to run
// systemctl with arbitrary arguments.
#pragma once

#include <string>
#include <string_view>

namespace ipcscope::helper {

// True for the exact unit names the analyzer suggests (apache2, httpd, postgresql, uwsgi).
bool isStartableService(std::string_view name);

// The absolute path of systemctl, or empty when this host has none.
std::string systemctlPath();

struct ServiceStartResult {
    std::string service;
    int exitCode = -1; // systemctl start's exit code; -1 when killed or timed out
    bool timedOut = false;
    bool truncated = false;
    std::string output;  // systemctl start's standard output and error, bounded
    bool active = false; // `systemctl is-active` said "active" afterwards
    std::string state;   // what `systemctl is-active` printed (active, failed, inactive …)
};

// Runs `systemctl start NAME` then `systemctl is-active NAME`. False (with `error`) when
// systemctl could not be run at all.
bool startService(const std::string& systemctl, const std::string& name, ServiceStartResult& result,
                  std::string& error);

std::string serviceStartJson(const ServiceStartResult& result, std::string_view helperVersion);

// argv[0] is the program, argv[1] "start-service". Returns the exit status (0, 1 or 2).
int runStartServiceCommand(int argc, char** argv, const char* helperVersion);

} // namespace ipcscope::helper
