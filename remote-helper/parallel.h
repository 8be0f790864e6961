// SPDX-License-Identifier: GPL-3.0-or-later
// Splits a range into chunks worked on by a few threads. Used where the kernel makes the helper
// pay one system call per semaphore: tens of thousands of sets take all the cores a server has.
#pragma once

#include <cstddef>
#include <functional>

namespace ipcscope::helper {

// Calls work(chunk, begin, end) for consecutive chunks of [0, count) of about `chunkSize`
// elements, on up to hardware_concurrency() threads (the caller's included). Returns the number
// of chunks; chunk indexes are 0 .. chunks-1 in range order. Runs on the calling thread alone
// when the range is small or threads cannot be started.
size_t parallelChunks(size_t count, size_t chunkSize,
                      const std::function<void(size_t chunk, size_t begin, size_t end)>& work);

// Runs `first` on the calling thread and `second` on another one (or after `first` when no thread
// can be started), and returns when both are done.
void runConcurrently(const std::function<void()>& first, const std::function<void()>& second);

// The number of chunks parallelChunks() will use for `count` and `chunkSize`.
size_t chunkCount(size_t count, size_t chunkSize);

} // namespace ipcscope::helper
