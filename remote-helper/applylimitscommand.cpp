// SPDX-License-Identifier: GPL-3.0-or-later
#include "applylimitscommand.h"

#include "applylimits.h"
#include "commandio.h"
#include "fileio.h"
#include "jsonwriter.h"
#include "limitschange.h"
#include "rootfiles.h"

#include <cerrno>
#include <cstring>
#include <string>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>

namespace ipcscope::helper {

namespace {

// A limits change is a few hundred bytes.
constexpr size_t MaxChangeBytes = 1u << 20;

} // namespace

int runApplyLimitsCommand(int argc, char** argv, const char* helperVersion) {
    std::string root = "/";
    for (int i = 2; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--root") {
            if (const std::string refusal = refuseTestOnlyOption("--root"); !refusal.empty())
                return usageError(refusal);
            if (i + 1 >= argc)
                return usageError("--root needs an absolute path of an existing directory");
            root = argv[++i];
            struct stat st {};
            if (root.empty() || root[0] != '/' || ::stat(root.c_str(), &st) != 0 ||
                !S_ISDIR(st.st_mode))
                return usageError("--root needs an absolute path of an existing directory");
            while (root.size() > 1 && root.back() == '/')
                root.pop_back();
        } else {
            return usageError("unknown option for 'apply-limits': '" + std::string(arg) + "'");
        }
    }
    std::string text;
    if (const std::string unread =
            readStandardInput(text, MaxChangeBytes, "the limits change", "1 MiB");
        !unread.empty())
        return failure(unread);
    LimitsChange change;
    std::string error;
    if (!parseLimitsChange(text, change, error))
        return failure(error);
    const LimitsOutcome outcome = applyLimits(change, root);
    logLimits(outcome);
    JsonWriter writer(false, 1);
    writeLimitsResult(outcome, helperVersion, writer);
    if (!writer.finish()) {
        // Whatever was done is done: say what, with its own exit status.
        print(2, "ipcscope-helper: the result could not be written to standard output (" +
                     std::string(std::strerror(errno)) + "); " +
                     (outcome.applied ? std::string("the limits were applied")
                                      : "the limits were not applied: " + outcome.message) +
                     "\n");
        return 4;
    }
    if (!outcome.applied)
        print(2, "ipcscope-helper: " + outcome.message + "\n");
    return outcome.applied ? 0 : 3;
}

} // namespace ipcscope::helper
