// SPDX-License-Identifier: GPL-3.0-or-later
// The translation context of the limit planner (backend/planner): Tr::tr("…"), and Tr::tr("%n
// object(s)", nullptr, n) for plurals. lupdate records exactly this context
// (scripts/update-translations.sh).
#pragma once

#include <QCoreApplication>

namespace ipcscope {
// Unnamed: every module has its own ipcscope::Tr, and one name with external linkage would let
// the linker keep one module's inline tr() for all of them. Include it in the module's own files
// only.
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IpcScope::Planner)
};
} // namespace
} // namespace ipcscope
