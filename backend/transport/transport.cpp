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
    SnapshotReceiver receiver;
    Result<HelperOutput> output =
        runHelperStreaming({u"snapshot"_s}, {}, cancel,
                           [&receiver](const QByteArray& soFar) { receiver.received(soFar); });
    if (!output)
        return output.error();
    if (output.value().exitCode != 0)
        return helperFailure(describe(), output.value());
    qCDebug(lcTiming, "helper: %lld ms, %lld bytes", timer.restart(),
            qlonglong(output.value().out.size()));
    Result<Snapshot> snapshot = receiver.finish(output.value().out);
    qCDebug(lcTiming, "parse: %lld ms after the helper ended%s", timer.elapsed(),
            receiver.sliced() ? ", semaphore sets read in slices" : "");
    return snapshot;
}

} // namespace ipcscope
