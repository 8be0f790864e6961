// SPDX-License-Identifier: GPL-3.0-or-later
// The SnapshotReceiver's threaded path: it cuts the semaphores array into slices only past 1 MiB
// of semaphore sets, far beyond what a fuzzer mutates. So the input is a document whose
// `,"semaphores":[` gets about 1.1 MiB of well-formed sets put in front of its own elements;
// everything else (the rest of the document, the input's own sets, the array's end and what
// follows it) is the fuzzer's. The receiver is fed the result in pieces of random sizes and must
// answer exactly as the single-threaded read does, which it gets for the same document with a
// space after `"semaphores":` (the receiver looks for the compact layout only); byte offsets in
// errors are left out of the comparison, as that space moves them.
#include "fuzzsupport.h"

#include "model/snapshotparser.h"
#include "snapshotjson.h"

#include <QByteArray>
#include <QRegularExpression>

using namespace ipcscope;
using namespace Qt::StringLiterals;

namespace {

QByteArray outcome(const Result<Snapshot>& result) {
    if (!result.ok()) {
        static const QRegularExpression offset(u"byte \\d+"_s);
        QString text = u"error: "_s + result.error().message + u"\ndetail: "_s;
        text += result.error().detail;
        return text.replace(offset, u"byte N"_s).toUtf8();
    }
    return cli::snapshotToJson(result.value(), false);
}

std::string_view view(const QByteArray& bytes) {
    return {bytes.constData(), size_t(bytes.size())};
}

// Compact sets as the helper writes them, a little over the receiver's 1 MiB threshold.
const QByteArray& filler() {
    static const QByteArray sets = [] {
        QByteArray out;
        for (int id = 0; out.size() < 1100 * 1024; ++id) {
            out += R"({"key":)" + QByteArray::number(id * 7919) + R"(,"id":)" +
                   QByteArray::number(id) +
                   R"(,"perms":384,"uid":33,"gid":0,"cuid":0,"cgid":0,"owner":"www-data",)"
                   R"("group":"root","creator":"root","ctime":1700080000,"nsems":2,)"
                   R"("otime":1700080100,"detail":true,"sems":[{"value":1,"pid":7267,)"
                   R"("ncnt":0,"zcnt":0},{"value":0,"pid":0,"ncnt":0,"zcnt":0}]},)";
        }
        return out;
    }();
    return sets;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    QByteArray all(reinterpret_cast<const char*>(data), qsizetype(size));
    static constexpr QByteArrayView open = R"(,"semaphores":[)";
    const qsizetype at = all.indexOf(open);
    if (at < 0)
        return -1; // not kept in the corpus: nothing here reaches the slices
    const qsizetype first = at + open.size();
    QByteArray sets = filler();
    if (first < all.size() && all.at(first) == ']')
        sets.chop(1); // the input's array is empty: no comma before its ']'
    all.insert(first, sets);

    QByteArray spaced = all;
    spaced.insert(first - 1, ' ');
    SnapshotReceiver single;
    const QByteArray whole = outcome(single.finish(spaced));
    if (single.sliced())
        fuzz::mismatch("the reference read was sliced", "not sliced", "sliced");

    fuzz::Random random(data, size);
    SnapshotReceiver receiver;
    QByteArray soFar;
    while (soFar.size() < all.size()) {
        soFar.append(all.mid(soFar.size(), qsizetype(random.upTo(192 * 1024))));
        receiver.received(soFar);
    }
    const QByteArray streamed = outcome(receiver.finish(all));
    if (streamed != whole)
        fuzz::mismatch("SnapshotReceiver and the single-threaded read disagree", view(whole),
                       view(streamed));
    // How often the threaded path really ran (printed at exit; many inputs end up on one thread).
    static size_t runs = 0, sliced = 0;
    if (runs++ == 0)
        std::atexit([] { std::fprintf(stderr, "sliced reads: %zu of %zu\n", sliced, runs); });
    sliced += receiver.sliced() ? 1 : 0;
    return 0;
}
