// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the helper's JSON (docs/snapshot-schema.md) into a Snapshot. Anything it cannot use —
// malformed or truncated JSON, an unknown major version, a field of the wrong type — becomes an
// Error of kind BadData that names the place ("semaphores[3].sems[0].value: expected a number,
// got a string"); it never crashes and never guesses.
#pragma once

#include "core/error.h"
#include "model/snapshot.h"

#include <QByteArray>

namespace ipcscope {

// The schema this build reads; snapshots of another major version are refused.
inline constexpr int kSnapshotSchemaMajor = 1;

Result<Snapshot> parseSnapshot(const QByteArray& json);

} // namespace ipcscope
