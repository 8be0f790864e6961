// SPDX-License-Identifier: GPL-3.0-or-later
// Fake helpers for the transport and session tests: small shell scripts written into the test's
// own temporary directory, and a look at whether a process they started still runs.
#pragma once

#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <sys/types.h>

namespace ipcscope::testsupport {

// The executable script `name` in `dir` that runs `body` with /bin/sh; empty if it could not be
// written.
inline QString shellScript(const QTemporaryDir& dir, const QString& name, const QByteArray& body) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write("#!/bin/sh\n" + body + "\n");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

// True while the process runs (or exists as a zombie); false once it is gone.
inline bool processExists(qint64 pid) {
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
}

} // namespace ipcscope::testsupport
