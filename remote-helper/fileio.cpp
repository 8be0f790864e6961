// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileio.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ipcscope::helper {

static bool readFd(int fd, std::string& out, size_t limit) {
    out.clear();
    size_t used = 0;
    for (;;) {
        if (out.size() - used < 4096)
            out.resize(out.size() < 4096 ? 8192 : out.size() * 2);
        size_t room = out.size() - used;
        if (limit - used < room)
            room = limit - used;
        if (room == 0)
            break;
        const ssize_t n = ::read(fd, out.data() + used, room);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            out.resize(used);
            return false;
        }
        if (n == 0)
            break;
        used += size_t(n);
    }
    out.resize(used);
    return true;
}

bool readFilePrefixAt(int dirFd, const char* path, std::string& out, size_t limit) {
    const int fd = ::openat(dirFd, path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        out.clear();
        return false;
    }
    const bool ok = readFd(fd, out, limit);
    const int savedErrno = errno;
    ::close(fd);
    errno = savedErrno;
    return ok;
}

bool readFileAt(int dirFd, const char* path, std::string& out) {
    return readFilePrefixAt(dirFd, path, out, size_t(-1));
}

bool readFile(const char* path, std::string& out) {
    return readFileAt(AT_FDCWD, path, out);
}

ReadAll readAllFrom(int fd, std::string& out, size_t limit) {
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return ReadAll::Failed;
        if (n == 0)
            return ReadAll::Ok;
        out.append(buf, size_t(n));
        if (out.size() > limit)
            return ReadAll::TooLarge;
    }
}

bool writeAll(int fd, const char* data, size_t size) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= size_t(n);
    }
    return true;
}

std::string replaceFileAtomically(std::string tmp, const std::string& target,
                                  const std::string& text, const std::string& place) {
    const int fd = ::mkstemp(tmp.data());
    if (fd < 0)
        return "cannot create a file " + place + ": " + std::strerror(errno);
    const bool written =
        writeAll(fd, text.data(), text.size()) && ::fchmod(fd, 0644) == 0 && ::fsync(fd) == 0;
    const int writeErrno = errno;
    if (::close(fd) != 0 || !written) {
        ::unlink(tmp.c_str());
        return "cannot write " + tmp + ": " + std::strerror(written ? errno : writeErrno);
    }
    if (::rename(tmp.c_str(), target.c_str()) != 0) {
        const int e = errno;
        ::unlink(tmp.c_str());
        return "cannot rename " + tmp + " to " + target + ": " + std::strerror(e);
    }
    return {};
}

} // namespace ipcscope::helper
