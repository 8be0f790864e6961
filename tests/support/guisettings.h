// SPDX-License-Identifier: GPL-3.0-or-later
// GUI tests keep their settings and history in a temporary directory of their own, never the
// user's, and read hosts with the helper this build made. Called from the test class's
// initMain(), before QApplication exists and reads the environment.
#pragma once

#include <QTemporaryDir>
#include <QtGlobal>

namespace testgui {

// Lives as long as the test process.
inline QTemporaryDir* settingsDir() {
    static QTemporaryDir dir;
    return &dir;
}

inline void useOwnSettings() {
    qputenv("XDG_CONFIG_HOME", settingsDir()->filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", settingsDir()->filePath(QStringLiteral("data")).toUtf8());
}

inline void useBuiltHelper() {
    qputenv("IPCSCOPE_HELPER", IPCSCOPE_HELPER_PATH);
}

} // namespace testgui
