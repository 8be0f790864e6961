// SPDX-License-Identifier: GPL-3.0-or-later
#include "parallel.h"

#include <algorithm>
#include <atomic>
#include <system_error>
#include <thread>
#include <vector>

namespace ipcscope::helper {

namespace {
constexpr unsigned MaxThreads = 8; // more only adds contention on the IPC locks
}

size_t chunkCount(size_t count, size_t chunkSize) {
    if (chunkSize == 0)
        chunkSize = 1;
    return (count + chunkSize - 1) / chunkSize;
}

size_t parallelChunks(size_t count, size_t chunkSize,
                      const std::function<void(size_t, size_t, size_t)>& work) {
    if (chunkSize == 0)
        chunkSize = 1;
    const size_t chunks = chunkCount(count, chunkSize);
    std::atomic<size_t> next{0};
    const auto worker = [&] {
        for (size_t c = next++; c < chunks; c = next++)
            work(c, c * chunkSize, std::min(count, (c + 1) * chunkSize));
    };
    const unsigned hw = std::max(1u, std::min(std::thread::hardware_concurrency(), MaxThreads));
    const size_t helpers = std::min<size_t>(hw, chunks) > 0 ? std::min<size_t>(hw, chunks) - 1 : 0;
    std::vector<std::thread> threads;
    threads.reserve(helpers);
    for (size_t i = 0; i < helpers; ++i) {
        try {
            threads.emplace_back(worker);
        } catch (const std::system_error&) {
            break; // no more threads: the others (and this one) do the rest
        }
    }
    worker();
    for (auto& t : threads)
        t.join();
    return chunks;
}

void runConcurrently(const std::function<void()>& first, const std::function<void()>& second) {
    std::thread other;
    try {
        other = std::thread(second);
    } catch (const std::system_error&) {
        first();
        second();
        return;
    }
    first();
    other.join();
}

} // namespace ipcscope::helper
