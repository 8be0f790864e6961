// SPDX-License-Identifier: GPL-3.0-or-later
// Splitting independent per-object work over the cores. Analysing and writing a report of tens of
// thousands of objects is a loop whose iterations share nothing but read-only input, so each
// thread takes one contiguous slice of the index range; the caller's thread takes the first.
#pragma once

#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

namespace ipcscope {

// How many slices parallelSlices() cuts [0, count) into: one per core, but none smaller than
// minSlice items (starting a thread costs about as much as a few hundred cheap items).
inline int sliceCount(qsizetype count, qsizetype minSlice) {
    const qsizetype byWork = count / std::max<qsizetype>(minSlice, 1);
    return int(std::clamp<qsizetype>(byWork, 1, std::max(QThread::idealThreadCount(), 1)));
}

// Calls fn(slice, begin, end) for each slice of [0, count), concurrently, and returns when all
// have returned. fn must only read shared state and write what belongs to its own slice.
template <typename Fn>
void parallelSlices(qsizetype count, qsizetype minSlice, Fn&& fn) {
    const int slices = sliceCount(count, minSlice);
    const auto bound = [count, slices](int slice) {
        return qsizetype(count * slice / slices);
    };
    std::vector<std::thread> threads;
    threads.reserve(size_t(slices - 1));
    for (int slice = 1; slice < slices; ++slice)
        threads.emplace_back([&fn, &bound, slice] { fn(slice, bound(slice), bound(slice + 1)); });
    fn(0, bound(0), bound(1));
    for (std::thread& t : threads)
        t.join();
}

} // namespace ipcscope
