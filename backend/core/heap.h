// SPDX-License-Identifier: GPL-3.0-or-later
// The heap of a short-lived process that reads one large snapshot (ipcscope-cli). A snapshot of
// tens of thousands of objects is tens of megabytes of small allocations made within a fraction
// of a second, and the first touch of every 4 KiB page is a page fault; on virtual machines a
// fault costs microseconds, and the faults took more time than the parsing itself (about 12,000
// of them for 38,000 objects). Asking for transparent huge pages on the heap turns 512 of those
// faults into one.
#pragma once

namespace ipcscope {

// Call first thing in main(), before any other thread starts. Keeps every allocation in one heap
// that grows in large steps and is never trimmed (the process ends soon after), and asks the
// kernel for huge pages on it (MADV_HUGEPAGE, which the usual "madvise" setting of
// /sys/kernel/mm/transparent_hugepage/enabled honours). Does nothing where that is not possible.
// Not for long-running programs: memory freed there would stay with the process.
void prepareHeapForOneLargeSnapshot();

} // namespace ipcscope
