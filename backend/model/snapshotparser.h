// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the helper's JSON (docs/snapshot-schema.md) into a Snapshot. Anything it cannot use —
// malformed or truncated JSON, an unknown major version, a field of the wrong type — becomes an
// Error of kind BadData that names the place ("semaphores[3].sems[0].value: expected a number,
// got a string"); it never crashes and never guesses.
#pragma once

#include "core/error.h"
#include "model/snapshot.h"

#include <QByteArray>

#include <memory>

namespace ipcscope {

// The schema this build reads; snapshots of another major version are refused.
inline constexpr int kSnapshotSchemaMajor = 1;

Result<Snapshot> parseSnapshot(const QByteArray& json);

// Reads a snapshot while it arrives, for a transport that hands over the helper's output as it
// comes: a syntax error is seen as soon as its bytes are in, so a helper that writes something
// that is not a snapshot can be stopped early; and the System V arrays (the bulk of a large
// snapshot) are read in runs of whole elements on another thread while the rest still arrives.
// finish() reads the whole document, using those runs where every one of them was read without a
// problem, and reads what is left of them on two threads; its result is exactly
// parseSnapshot()'s (a problem in a run is reported by reading that array again as a whole). One
// thread feeds it.
class SnapshotReceiver {
public:
    // Big enough that handing a run over costs little, small enough that the last one (read
    // after the helper ended) is short.
    static constexpr qsizetype kDefaultRunBytes = 128 * 1024;

    // Runs are handed over once they hold at least runBytes bytes (tests choose small ones).
    explicit SnapshotReceiver(qsizetype runBytes = kDefaultRunBytes);
    ~SnapshotReceiver(); // waits for the run being read, drops the rest
    SnapshotReceiver(const SnapshotReceiver&) = delete;
    SnapshotReceiver& operator=(const SnapshotReceiver&) = delete;

    // The output so far (each call with everything received, the earlier bytes unchanged).
    void received(const QByteArray& soFar);
    // Whether what was received so far has a syntax error already (JsonStreamCheck): the rest
    // need not be read, finish() with what is there says what is wrong.
    bool syntaxErrorSeen() const;
    // `all` is everything received (what received() saw and possibly more).
    Result<Snapshot> finish(const QByteArray& all);

private:
    class Runs;
    std::unique_ptr<Runs> m_runs;
};

} // namespace ipcscope
