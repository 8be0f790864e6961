// SPDX-License-Identifier: GPL-3.0-or-later
// The planner keeps one JSON file per host (plans, restore points), each kind in a folder of its
// own under the application's data directory.
#pragma once

#include <QString>

namespace ipcscope::planner {

// `directory`, or <AppDataLocation>/<folder> when it is empty.
QString storeDirectory(const QString& directory, const QString& folder);

// The file of a host in `directory`; the name is made safe for a file name
// ("db1:22" -> "db1_22.json", never hidden).
QString hostFilePath(const QString& directory, const QString& host);

} // namespace ipcscope::planner
