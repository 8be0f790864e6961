// SPDX-License-Identifier: GPL-3.0-or-later
// The verdict per object with its reasons (docs/verdicts.md explains every rule and code).
// Evidence is gathered per object (attached, waiting, referenced processes alive and the same,
// gone, reused, invisible), then one decision turns it into in_use / orphaned /
// possibly_orphaned / unknown.
#pragma once

#include "analysis/report.h"

namespace ipcscope::analysis {

class Context;
class SoftwareCatalog;

class VerdictJudge {
public:
    VerdictJudge(const Context& context, const SoftwareCatalog& software);

    ObjectVerdict judge(const SemaphoreSet& set, int index) const;
    ObjectVerdict judge(const SharedMemorySegment& segment, int index) const;
    ObjectVerdict judge(const MessageQueue& queue, int index) const;
    ObjectVerdict judge(ObjectType type, const PosixObject& object, int index) const;

private:
    const Context& m_context;
    const SoftwareCatalog& m_software;
};

} // namespace ipcscope::analysis
