// SPDX-License-Identifier: GPL-3.0-or-later
#include "logsearch.h"

#include "clitr.h"
#include "transport/helpererror.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ipcscope::cli {

LogSearch searchLogs(Transport& transport, const CancelToken& cancel) {
    LogSearch search;
    if (!transport.capabilities().fullDetail) {
        search.unavailable =
            Tr::tr("IPC Scope's helper cannot run on this host, so its logs are not "
                   "searched.");
        return search;
    }
    Result<HelperOutput> out = transport.runHelper({u"symptoms"_s}, {}, cancel);
    if (!out) {
        search.unavailable = out.error().message;
        return search;
    }
    if (out.value().exitCode != 0) {
        search.unavailable = helperFailure(transport.describe(), out.value()).message;
        return search;
    }
    Result<SymptomScan> parsed = parseSymptoms(out.value().out);
    if (!parsed) {
        search.unavailable = parsed.error().message;
        return search;
    }
    search.scan = std::move(parsed).value();
    return search;
}

} // namespace ipcscope::cli
