// SPDX-License-Identifier: GPL-3.0-or-later
// ipcscope-helper: prints a JSON snapshot of this host's IPC objects for IPC Scope.
// Exit codes: 0 success, 2 usage error, 1 failure (one line on stderr).
#include "applylimitscommand.h"
#include "commandio.h"
#include "fileio.h"
#include "jsonwriter.h"
#include "metrics.h"
#include "removal.h"
#include "removalreport.h"
#include "snapshot.h"
#include "snapshotjson.h"
#include "startservice.h"
#include "symptomscommand.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <string_view>
#include <unistd.h>

#ifndef IPCSCOPE_HELPER_VERSION
#define IPCSCOPE_HELPER_VERSION "0.0.0"
#endif

namespace {

using namespace ipcscope::helper;

constexpr std::string_view Usage =
    "Usage: ipcscope-helper COMMAND [OPTIONS]\n"
    "\n"
    "Prints facts about this Linux host's System V and POSIX IPC objects for IPC Scope.\n"
    "\n"
    "Commands:\n"
    "  snapshot [--pretty]  print one JSON document (schema ipcscope.snapshot/1) on stdout:\n"
    "                       host facts, kernel limits, semaphores, shared memory, message\n"
    "                       queues, POSIX objects and the processes they refer to\n"
    "  remove               read a removal plan (JSON, schema ipcscope.removal-plan/1) on\n"
    "                       stdin; re-check every object and remove it only when it is still\n"
    "                       the one in the plan and unused (or forced); print the result\n"
    "                       (schema ipcscope.removal-result/1) and log each item to syslog\n"
    "  symptoms [--log-root DIR] [--no-journal] [--pretty]\n"
    "                       search the tails of the Apache, PostgreSQL, PHP-FPM and system\n"
    "                       logs and the journal for known IPC failures; print them (schema\n"
    "                       ipcscope.symptoms/1), unreadable logs included with the reason\n"
    "  apply-limits [--root DIR]\n"
    "                       read kernel IPC limits (JSON, schema ipcscope.limits-change/1) on\n"
    "                       stdin; write them to /proc/sys and DIR/etc/sysctl.d/90-ipcscope.conf\n"
    "                       (DIR defaults to /), read them back and print old and new values\n"
    "                       (schema ipcscope.limits-result/1); a value the kernel refuses puts\n"
    "                       back what was written and leaves the file alone (exit status 3)\n"
    "  start-service NAME   run `systemctl start NAME` for a service IPC Scope recognises\n"
    "                       (apache2, httpd, postgresql, uwsgi), then `systemctl is-active\n"
    "                       NAME`; print its output (schema ipcscope.service-start/1) and log\n"
    "                       the request to syslog\n"
    "  metrics [--textfile DIR] [--state FILE] [--no-logs] [--no-journal] [--max-owners N]\n"
    "                       print Prometheus metrics (text format 0.0.4): objects by type,\n"
    "                       helper verdict, owner and software, limits with use and ratio,\n"
    "                       orphaned objects and bytes, IPC failures in the logs; with\n"
    "                       --textfile write DIR/ipcscope.prom atomically instead, for\n"
    "                       node_exporter's textfile collector; the log failure counter\n"
    "                       keeps its totals in FILE (default DIR/.ipcscope-symptom-counts;\n"
    "                       without either, no counter)\n"
    "  version              print the helper version\n"
    "  help, --help, -h     print this text\n"
    "\n"
    "Exit status: 0 success (for remove: the plan was processed, see each item's result;\n"
    "for start-service: systemctl ran, the JSON says whether the service is active),\n"
    "2 usage error, 1 failure (reason on stderr), 3 apply-limits refused (nothing changed),\n"
    "4 remove carried out the plan but could not write its result (counts on stderr).\n"
    "Run as root for per-semaphore detail of every set and the pids attached to every segment.\n";

int runSnapshot(bool pretty) {
    Snapshot snapshot;
    Accounts accounts;
    std::string error;
    if (!takeSnapshot(snapshot, accounts, error))
        return failure(error);
    JsonWriter writer(pretty, 1);
    writeSnapshot(snapshot, accounts, IPCSCOPE_HELPER_VERSION, writer);
    if (!writer.finish())
        return failure(std::string("could not write the snapshot to standard output: ") +
                       std::strerror(errno));
    return 0;
}

// remove: the plan was carried out, but its result could not be written (stderr has the counts).
constexpr int ResultLost = 4;

// Set when the helper was started with descriptor 1 closed (it is then opened on /dev/null so
// that no file the helper opens can become "standard output").
bool stdoutWasClosed = false;

// Descriptors 0-2 that are closed at start are opened on /dev/null: otherwise the first file
// the helper opens (as root: a directory, a sysctl file) would be written to as stdout.
void openStandardDescriptors() {
    for (int fd = 0; fd <= 2; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        if (fd == 1)
            stdoutWasClosed = true;
        const int null = ::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
        if (null >= 0 && null != fd) {
            ::dup2(null, fd);
            ::close(null);
        }
    }
}

// The plan is small (a few hundred bytes per object); anything near this size is not a plan.
constexpr size_t MaxPlanBytes = 64u << 20;

int runRemove() {
    std::string text;
    if (const std::string unread = readStandardInput(text, MaxPlanBytes, "the plan", "64 MiB");
        !unread.empty())
        return failure(unread);
    RemovalPlan plan;
    std::string error;
    if (!parseRemovalPlan(text, plan, error))
        return failure(error);
    if (stdoutWasClosed)
        return failure("standard output is closed, so the result could not be reported; "
                       "nothing was removed");
    const Requester requester = currentRequester(plan);
    const std::vector<RemovalOutcome> outcomes = removeObjects(plan);
    logRemovals(plan, outcomes, requester);
    JsonWriter writer(false, 1);
    writeRemovalResult(plan, outcomes, requester, IPCSCOPE_HELPER_VERSION, writer);
    if (!writer.finish()) {
        // The objects are gone all the same: say so, with its own exit status.
        const int error = errno;
        size_t counts[3] = {0, 0, 0};
        for (const RemovalOutcome& o : outcomes)
            ++counts[int(o.status)];
        print(2, "ipcscope-helper: the plan was carried out but the result could not be written "
                 "to standard output (" +
                     std::string(std::strerror(error)) + "): " + std::to_string(counts[0]) +
                     " removed, " + std::to_string(counts[1]) + " refused, " +
                     std::to_string(counts[2]) +
                     " failed; take a fresh snapshot to see what is left\n");
        return ResultLost;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    // A closed pipe should end in exit status 1 with a reason, not in death by SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    openStandardDescriptors();
    if (argc < 2)
        return usageError("missing command");
    const std::string_view command = argv[1];
    if (command == "help" || command == "--help" || command == "-h") {
        if (argc > 2)
            return usageError("'" + std::string(command) + "' takes no arguments");
        print(1, Usage);
        return 0;
    }
    if (command == "version" || command == "--version") {
        if (argc > 2)
            return usageError("'version' takes no arguments");
        print(1, "ipcscope-helper " IPCSCOPE_HELPER_VERSION "\n");
        return 0;
    }
    if (command == "snapshot") {
        bool pretty = false;
        for (int i = 2; i < argc; ++i) {
            const std::string_view arg = argv[i];
            if (arg == "--pretty")
                pretty = true;
            else
                return usageError("unknown option for 'snapshot': '" + std::string(arg) + "'");
        }
        return runSnapshot(pretty);
    }
    if (command == "remove") {
        if (argc > 2)
            return usageError("'remove' takes no arguments: the plan comes on standard input");
        return runRemove();
    }
    if (command == "apply-limits") {
        if (stdoutWasClosed)
            return failure("standard output is closed, so the result could not be reported; "
                           "nothing was changed");
        return runApplyLimitsCommand(argc, argv, IPCSCOPE_HELPER_VERSION);
    }
    if (command == "symptoms")
        return runSymptomsCommand(argc, argv, IPCSCOPE_HELPER_VERSION);
    if (command == "metrics")
        return runMetricsCommand(argc, argv, IPCSCOPE_HELPER_VERSION);
    if (command == "start-service")
        return runStartServiceCommand(argc, argv, IPCSCOPE_HELPER_VERSION);
    return usageError("unknown command '" + std::string(command) + "'");
}
