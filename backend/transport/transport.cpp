// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/transport.h"

#include "core/logging.h"
#include "model/snapshotparser.h"
#include "transport/helpererror.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace ipcscope {

Result<Snapshot> Transport::snapshot(const CancelToken& cancel) {
    QElapsedTimer timer;
    timer.start();
    Result<HelperOutput> output = runHelper({u"snapshot"_s}, {}, cancel);
    if (!output)
        return output.error();
    if (output.value().exitCode != 0)
        return helperFailure(describe(), output.value());
    qCDebug(lcTiming, "helper: %lld ms, %lld bytes", timer.restart(),
            qlonglong(output.value().out.size()));
    Result<Snapshot> snapshot = parseSnapshot(output.value().out);
    qCDebug(lcTiming, "parse: %lld ms", timer.elapsed());
    return snapshot;
}

} // namespace ipcscope
