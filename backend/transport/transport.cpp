// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/transport.h"

#include "core/logging.h"
#include "model/snapshotparser.h"
#include "transport/helpererror.h"
#include "transport/transporttr.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace ipcscope {

qint64 helperOutputLimitFromEnvironment() {
    QByteArray text = qgetenv("IPCSCOPE_MAX_HELPER_OUTPUT").trimmed().toUpper();
    if (text.isEmpty())
        return kDefaultHelperOutputLimit;
    int shift = 0;
    switch (text.back()) {
    case 'K':
        shift = 10;
        break;
    case 'M':
        shift = 20;
        break;
    case 'G':
        shift = 30;
        break;
    }
    if (shift)
        text.chop(1);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 1 || value > (qint64(1) << (62 - shift))) {
        qCWarning(lcTransport) << "IPCSCOPE_MAX_HELPER_OUTPUT is not a size, using the default:"
                               << qgetenv("IPCSCOPE_MAX_HELPER_OUTPUT");
        return kDefaultHelperOutputLimit;
    }
    return value << shift;
}

Result<Snapshot> Transport::snapshot(const CancelToken& cancel) {
    reportStage(ConnectionStage::Reading);
    QElapsedTimer timer;
    timer.start();
    SnapshotReceiver receiver;
    // A stream that is not JSON is stopped at its first syntax error, not read to its end.
    Result<HelperOutput> output =
        runHelperStreaming({u"snapshot"_s}, {}, cancel, [&receiver](const QByteArray& soFar) {
            receiver.received(soFar);
            return !receiver.syntaxErrorSeen();
        });
    if (!output)
        return output.error();
    if (output.value().stoppedEarly) {
        qCDebug(lcTransport) << "snapshot stopped at a syntax error after"
                             << output.value().out.size() << "bytes";
        Result<Snapshot> parsed = parseSnapshot(output.value().out);
        if (!parsed)
            return parsed.error();
        return Error{Error::Kind::BadData,
                     Tr::tr("The helper's output (%1) is not a snapshot, so "
                            "it was stopped.")
                         .arg(describe()),
                     {}};
    }
    if (output.value().exitCode != 0)
        return helperFailure(describe(), output.value());
    qCDebug(lcTiming, "helper: %lld ms, %lld bytes", timer.restart(),
            qlonglong(output.value().out.size()));
    Result<Snapshot> snapshot = receiver.finish(output.value().out);
    qCDebug(lcTiming, "parse: %lld ms after the helper ended", timer.elapsed());
    return snapshot;
}

} // namespace ipcscope
