// SPDX-License-Identifier: GPL-3.0-or-later
// A Snapshot written back as JSON (schema ipcscope.snapshot/1, docs/snapshot-schema.md), for
// `ipcscope-cli snapshot` when there are no helper bytes to print (the agentless read) or when
// --pretty asks for indentation.
#pragma once

#include "model/snapshot.h"

#include <QByteArray>

namespace ipcscope::cli {

QByteArray snapshotToJson(const Snapshot& snapshot, bool pretty);

} // namespace ipcscope::cli
