// SPDX-License-Identifier: GPL-3.0-or-later
// Files only their owner may read: the cleanup audit log and the history database say which IPC
// objects of which users were removed, when, and by whom. They are created 0600 in folders
// created 0700, and one that an older version left readable by others is tightened.
#pragma once

#include <QString>

namespace ipcscope {

struct PrivateFileResult {
    bool ok = false;
    bool folderFailed = false; // the folders could not be made (else: the file, or its mode)
    QString detail;            // what failed, for Error::detail (errno text, path)
};

// Creates the missing folders of `path` with mode 0700 and the file (empty) with mode 0600, and
// takes group and other permissions away from an existing file. `tightenFolder`: also from the
// file's own folder when it exists already (only for a folder that is the application's own, not
// one a person chose). Symbolic links are not followed for the file.
PrivateFileResult preparePrivateFile(const QString& path, bool tightenFolder);

} // namespace ipcscope
