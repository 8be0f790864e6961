// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/helperlocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ipcscope {

QStringList helperSearchPaths() {
    // An explicit choice is never replaced by a fallback: a wrong IPCSCOPE_HELPER must show up
    // as an error, not silently run another helper.
    const QString fromEnv = qEnvironmentVariable("IPCSCOPE_HELPER");
    if (!fromEnv.isEmpty())
        return {fromEnv};
    QStringList paths;
    if (QCoreApplication::instance()) {
        const QString dir = QCoreApplication::applicationDirPath();
        // The build tree keeps them side by side; an installation keeps the helper in libexec.
        paths << dir + u"/ipcscope-helper"_s;
        paths << QDir::cleanPath(dir + u"/"_s + QStringLiteral(IPCSCOPE_HELPER_RELATIVE_DIR) +
                                 u"/ipcscope-helper"_s);
    }
    paths << QStringLiteral(IPCSCOPE_HELPER_INSTALL_DIR "/ipcscope-helper");
    return paths;
}

QString crossHelperFileName(const QString& arch) {
    return u"ipcscope-helper-"_s + arch;
}

QStringList builtHelperArchitectures() {
    return QStringLiteral(IPCSCOPE_HELPER_ARCHITECTURES).split(u' ', Qt::SkipEmptyParts);
}

QStringList leftOutHelperArchitectures() {
    return QStringLiteral(IPCSCOPE_HELPER_ARCHITECTURES_LEFT_OUT).split(u' ', Qt::SkipEmptyParts);
}

QString locateHelper() {
    for (const QString& path : helperSearchPaths()) {
        const QFileInfo info(path);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return {};
}

} // namespace ipcscope
