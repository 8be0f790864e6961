// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a Snapshot as the JSON document of docs/snapshot-schema.md (ipcscope.snapshot/1).
#pragma once

#include "accounts.h"
#include "jsonwriter.h"
#include "model.h"

#include <string_view>

namespace ipcscope::helper {

inline constexpr std::string_view SnapshotSchema = "ipcscope.snapshot/1";

void writeSnapshot(const Snapshot& s, const Accounts& accounts, std::string_view helperVersion,
                   JsonWriter& w);

} // namespace ipcscope::helper
