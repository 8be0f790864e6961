// SPDX-License-Identifier: GPL-3.0-or-later
#include "symptomscommand.h"

#include "commandio.h"
#include "fileio.h"
#include "rootfiles.h"
#include "symptoms.h"

#include <cerrno>
#include <cstring>
#include <string>
#include <string_view>
#include <sys/stat.h>

namespace ipcscope::helper {

int runSymptomsCommand(int argc, char** argv, const char* helperVersion) {
    SymptomOptions options;
    bool pretty = false;
    for (int i = 2; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--pretty") {
            pretty = true;
        } else if (arg == "--no-journal") {
            options.journal = false;
        } else if (arg == "--log-root" || arg.substr(0, 11) == "--log-root=") {
            if (const std::string refusal = refuseTestOnlyOption("--log-root", true);
                !refusal.empty())
                return usageError(refusal);
            std::string value;
            if (arg == "--log-root") {
                if (i + 1 >= argc)
                    return usageError("'--log-root' needs a directory");
                value = argv[++i];
            } else {
                value = std::string(arg.substr(11));
            }
            while (value.size() > 1 && value.back() == '/')
                value.pop_back();
            if (value.empty() || value[0] != '/')
                return usageError("'--log-root' needs an absolute directory");
            struct stat st {};
            if (::stat(value.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
                return failure("the log root " + value + " is not a directory");
            options.logRoot = value == "/" ? std::string() : value;
        } else {
            return usageError("unknown option for 'symptoms': '" + std::string(arg) + "'");
        }
    }
    const SymptomScan scan = scanSymptoms(options);
    JsonWriter writer(pretty, 1);
    writeSymptoms(scan, helperVersion, writer);
    if (!writer.finish())
        return failure(std::string("could not write the symptoms to standard output: ") +
                       std::strerror(errno));
    return 0;
}

} // namespace ipcscope::helper
