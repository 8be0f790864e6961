// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/privatefile.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

QString errnoText(const QString& what, const QByteArray& path) {
    return u"%1 %2: %3"_s.arg(what, QString::fromLocal8Bit(path),
                              QString::fromLocal8Bit(std::strerror(errno)));
}

// mkdir -p with mode 0700 for every folder it creates (QDir::mkpath would use 0777 & ~umask).
PrivateFileResult makeFolders(const QString& folder) {
    const QByteArray path = QFile::encodeName(QDir::cleanPath(folder));
    for (qsizetype at = 1; at <= path.size(); ++at) {
        if (at < path.size() && path.at(at) != '/')
            continue;
        const QByteArray prefix = path.left(at);
        if (::mkdir(prefix.constData(), 0700) != 0 && errno != EEXIST)
            return {false, true, errnoText(u"mkdir"_s, prefix)};
    }
    struct stat st {};
    if (::stat(path.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return {false, true, u"not a folder: "_s + folder};
    return {true, false, {}};
}

} // namespace

PrivateFileResult preparePrivateFile(const QString& path, bool tightenFolder) {
    const QString folder = QFileInfo(path).absolutePath();
    if (PrivateFileResult made = makeFolders(folder); !made.ok)
        return made;
    if (tightenFolder) {
        const QByteArray dir = QFile::encodeName(folder);
        struct stat st {};
        if (::stat(dir.constData(), &st) == 0 && st.st_uid == ::geteuid() && (st.st_mode & 077) &&
            ::chmod(dir.constData(), st.st_mode & 07700) != 0)
            return {false, true, errnoText(u"chmod"_s, dir)};
    }
    const QByteArray file = QFile::encodeName(path);
    const int fd =
        ::open(file.constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return {false, false, errnoText(u"open"_s, file)};
    struct stat st {};
    PrivateFileResult result{true, false, {}};
    if (::fstat(fd, &st) != 0)
        result = {false, false, errnoText(u"fstat"_s, file)};
    else if ((st.st_mode & 077) && ::fchmod(fd, st.st_mode & 07700) != 0)
        result = {false, false, errnoText(u"chmod"_s, file)};
    ::close(fd);
    return result;
}

} // namespace ipcscope
