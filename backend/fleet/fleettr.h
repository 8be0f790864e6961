// SPDX-License-Identifier: GPL-3.0-or-later
// The translation context of the fleet layer (backend/fleet): Tr::tr("…"). lupdate records
// exactly this context (scripts/update-translations.sh).
#pragma once

#include <QCoreApplication>

namespace ipcscope {
// Unnamed: every module has its own ipcscope::Tr (see history/historytr.h). Include it in the
// module's own files only.
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IpcScope::Fleet)
};
} // namespace
} // namespace ipcscope
