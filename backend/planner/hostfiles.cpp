// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/hostfiles.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ipcscope::planner {

QString storeDirectory(const QString& directory, const QString& folder) {
    if (!directory.isEmpty())
        return directory;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/' + folder;
}

QString hostFilePath(const QString& directory, const QString& host) {
    QString name;
    for (const QChar c : host)
        name += (c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_') ? c : u'_';
    if (name.isEmpty() || name.startsWith(u'.'))
        name.prepend(u'_');
    return directory + u'/' + name + u".json"_s;
}

} // namespace ipcscope::planner
