// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/heap.h"

#include "core/logging.h"

#include <QtGlobal>

#include <cerrno>
#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace ipcscope {

void prepareHeapForOneLargeSnapshot() {
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    constexpr int kStep = 256 << 20; // address space only: pages are touched as they are used
    constexpr quintptr kHugePage = 2 << 20;
    // Every allocation from the main heap, which grows by sbrk in steps of kStep: one arena for
    // all threads (the other arenas are mmap'ed heaps that this cannot advise), large blocks
    // there too instead of in mappings of their own (32 MiB is glibc's ceiling), no trimming.
    mallopt(M_ARENA_MAX, 1);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 2 * kStep);
    mallopt(M_TOP_PAD, kStep);
    const auto before = reinterpret_cast<quintptr>(sbrk(0));
    void* volatile grow = malloc(1 << 20); // volatile: not optimised away with the free below
    free(grow);
    const auto top = reinterpret_cast<quintptr>(sbrk(0));
    const quintptr from = (before + kHugePage - 1) & ~(kHugePage - 1);
    const quintptr to = top & ~(kHugePage - 1);
    if (to > from && madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE) != 0)
        qCDebug(lcModel) << "huge pages for the heap refused:" << qt_error_string(errno);
#endif
}

} // namespace ipcscope
