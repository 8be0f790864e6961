// SPDX-License-Identifier: GPL-3.0-or-later
// The backend's snapshot parser on any bytes. Checks, besides "no crash, no leak, no undefined
// behaviour": a SnapshotReceiver fed the same bytes in pieces of random sizes, reading runs of
// elements of random sizes on its own threads, answers exactly as parseSnapshot() does (the same
// error, or the same snapshot), and a snapshot that is accepted, written back as JSON, reads again
// as the same snapshot.
#include "fuzzsupport.h"

#include "model/snapshotparser.h"
#include "snapshotjson.h"

#include <QByteArray>

using namespace ipcscope;

namespace {

// What two reads must agree on: the whole error, or the snapshot written back as JSON.
QByteArray outcome(const Result<Snapshot>& result) {
    if (!result.ok())
        return "error: " + result.error().message.toUtf8() +
               "\ndetail: " + result.error().detail.toUtf8();
    return cli::snapshotToJson(result.value(), false);
}

std::string_view view(const QByteArray& bytes) {
    return {bytes.constData(), size_t(bytes.size())};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray all(reinterpret_cast<const char*>(data), qsizetype(size));
    const QByteArray whole = outcome(parseSnapshot(all));

    fuzz::Random random(data, size);
    // Runs of elements handed over after 1 to 256 bytes: many runs even in small inputs.
    SnapshotReceiver receiver(qsizetype(random.upTo(256)));
    QByteArray soFar;
    while (soFar.size() < all.size()) {
        const qsizetype piece = qsizetype(random.upTo(size / 4 + 1));
        soFar.append(all.mid(soFar.size(), piece));
        receiver.received(soFar);
    }
    const QByteArray streamed = outcome(receiver.finish(all));
    if (streamed != whole)
        fuzz::mismatch("SnapshotReceiver and parseSnapshot() disagree", view(whole),
                       view(streamed));

    if (!whole.startsWith("error: ")) {
        const QByteArray again = outcome(parseSnapshot(whole));
        if (again != whole)
            fuzz::mismatch("a snapshot written back does not read as itself", view(whole),
                           view(again));
    }
    return 0;
}
