// SPDX-License-Identifier: GPL-3.0-or-later
#include "startservice.h"

#include "boundedcommand.h"
#include "commandio.h"
#include "fileio.h"
#include "jsonwriter.h"

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <syslog.h>
#include <unistd.h>

namespace ipcscope::helper {

namespace {

// The units backend/analysis/software.cpp names as serviceName. Kept as a fixed list on
// purpose: a helper run through sudo must not start or stop anything else.
constexpr std::array<std::string_view, 4> StartableServices = {"apache2", "httpd", "postgresql",
                                                               "uwsgi"};

constexpr size_t MaxOutputBytes = 64u << 10;
// systemd's own default start timeout is 90 s; a little more lets systemctl report it itself.
constexpr int StartTimeoutMs = 100'000;
constexpr int StatusTimeoutMs = 15'000;

bool validCharacters(std::string_view name) {
    if (name.empty() || name.size() > 255)
        return false;
    for (char c : name) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '@' || c == '.' || c == '_' || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

std::string requesterText() {
    std::string who = "uid " + std::to_string(::getuid());
    if (const char* sudoUser = std::getenv("SUDO_USER"); sudoUser && *sudoUser)
        who += " via sudo by " + std::string(sudoUser);
    return who;
}

void logStart(const ServiceStartResult& r) {
    std::string line = "systemctl start " + r.service + " for " + requesterText() + ": ";
    if (r.timedOut)
        line += "timed out";
    else
        line += "exit code " + std::to_string(r.exitCode);
    line += ", now " + (r.state.empty() ? std::string("unknown") : r.state);
    ::openlog("ipcscope-helper", LOG_PID, LOG_AUTHPRIV);
    ::syslog(LOG_AUTHPRIV | LOG_NOTICE, "%s", line.c_str());
    ::closelog();
}

} // namespace

bool isStartableService(std::string_view name) {
    if (!validCharacters(name))
        return false;
    for (std::string_view s : StartableServices)
        if (name == s)
            return true;
    return false;
}

std::string systemctlPath() {
    for (const char* p : {"/usr/bin/systemctl", "/bin/systemctl"})
        if (::access(p, X_OK) == 0)
            return p;
    return {};
}

bool startService(const std::string& systemctl, const std::string& name, ServiceStartResult& result,
                  std::string& error) {
    result = {};
    result.service = name;
    // --no-ask-password: nobody can answer a polkit prompt through the helper's pipes.
    const CommandResult start = runBounded(systemctl, {"--no-ask-password", "start", "--", name},
                                           MaxOutputBytes, StartTimeoutMs);
    if (!start.started) {
        error = "could not run " + systemctl + ": " + start.error;
        return false;
    }
    result.timedOut = start.timedOut;
    result.truncated = start.truncated;
    result.exitCode = start.timedOut ? -1 : start.exitStatus;
    result.output = start.out + start.err;
    if (result.output.size() > MaxOutputBytes) {
        result.output.resize(MaxOutputBytes);
        result.truncated = true;
    }
    if (start.timedOut)
        result.output +=
            (result.output.empty() || result.output.back() == '\n' ? "" : "\n") +
            std::string("systemctl did not finish within 100 seconds and was stopped.");

    const CommandResult status =
        runBounded(systemctl, {"is-active", "--", name}, 4096, StatusTimeoutMs);
    if (status.started && !status.timedOut) {
        std::string state = status.out;
        while (!state.empty() &&
               (state.back() == '\n' || state.back() == '\r' || state.back() == ' '))
            state.pop_back();
        if (const auto nl = state.find('\n'); nl != std::string::npos)
            state.resize(nl);
        result.state = state;
        result.active = status.exitStatus == 0 && state == "active";
    }
    return true;
}

std::string serviceStartJson(const ServiceStartResult& r, std::string_view helperVersion) {
    JsonWriter w(false);
    w.beginObject();
    w.key("schema");
    w.string("ipcscope.service-start/1");
    w.key("helper_version");
    w.string(helperVersion);
    w.key("service");
    w.string(r.service);
    w.key("command");
    w.string("systemctl start " + r.service);
    w.key("exit_code");
    if (r.timedOut)
        w.null();
    else
        w.integer(r.exitCode);
    w.key("timed_out");
    w.boolean(r.timedOut);
    w.key("output");
    w.string(r.output);
    w.key("output_truncated");
    w.boolean(r.truncated);
    w.key("active");
    w.boolean(r.active);
    w.key("state");
    if (r.state.empty())
        w.null();
    else
        w.string(r.state);
    w.endObject();
    std::string text = w.text();
    text += '\n';
    return text;
}

int runStartServiceCommand(int argc, char** argv, const char* helperVersion) {
    if (argc != 3)
        return usageError("'start-service' takes exactly one argument: the service name");
    const std::string name = argv[2];
    if (!validCharacters(name))
        return usageError("'" + name.substr(0, 80) +
                          "' is not a service name (letters, digits, @ . _ - only)");
    if (!isStartableService(name))
        return usageError(
            "'" + name + "' is not a service IPC Scope starts (apache2, httpd, postgresql, uwsgi)");
    const std::string systemctl = systemctlPath();
    if (systemctl.empty())
        return failure("systemd is not available on this server: start " + name +
                       " the way your system does");
    ServiceStartResult result;
    std::string error;
    if (!startService(systemctl, name, result, error))
        return failure(error);
    logStart(result);
    const std::string json = serviceStartJson(result, helperVersion);
    if (!writeAll(1, json.data(), json.size()))
        return failure(std::string("could not write the result to standard output: ") +
                       std::strerror(errno));
    return 0;
}

} // namespace ipcscope::helper
