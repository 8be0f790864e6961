// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/transport.h"

#include "model/snapshotparser.h"
#include "transport/helpererror.h"

using namespace Qt::StringLiterals;

namespace ipcscope {

Result<Snapshot> Transport::snapshot(const CancelToken& cancel) {
    Result<HelperOutput> output = runHelper({u"snapshot"_s}, {}, cancel);
    if (!output)
        return output.error();
    if (output.value().exitCode != 0)
        return helperFailure(describe(), output.value());
    return parseSnapshot(output.value().out);
}

} // namespace ipcscope
