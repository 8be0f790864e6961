// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the helper's JSON (docs/snapshot-schema.md) into a Snapshot. Anything it cannot use —
// malformed or truncated JSON, an unknown major version, a field of the wrong type — becomes an
// Error of kind BadData that names the place ("semaphores[3].sems[0].value: expected a number,
// got a string"); it never crashes and never guesses.
#pragma once

#include "core/error.h"
#include "model/jsonstreamcheck.h"
#include "model/snapshot.h"

#include <QByteArray>

namespace ipcscope {

// The schema this build reads; snapshots of another major version are refused.
inline constexpr int kSnapshotSchemaMajor = 1;

Result<Snapshot> parseSnapshot(const QByteArray& json);

// Reads a snapshot while it arrives, for a transport that hands over the helper's output as it
// comes: a syntax error is seen as soon as its bytes are in, so a helper that writes something
// that is not a snapshot can be stopped early. finish() reads the whole document; its result is
// exactly parseSnapshot()'s. One thread feeds it.
class SnapshotReceiver {
public:
    // The output so far (each call with everything received, the earlier bytes unchanged).
    void received(const QByteArray& soFar);
    // Whether what was received so far has a syntax error already (JsonStreamCheck): the rest
    // need not be read, finish() with what is there says what is wrong.
    bool syntaxErrorSeen() const { return m_check.failed(); }
    Result<Snapshot> finish(const QByteArray& all);

private:
    JsonStreamCheck m_check;
    qsizetype m_checked = 0;
};

} // namespace ipcscope
