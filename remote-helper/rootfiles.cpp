// SPDX-License-Identifier: GPL-3.0-or-later
#include "rootfiles.h"

#include "fileio.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ipcscope::helper {

std::string refuseTestOnlyOption(const char* option, bool ownRightsSuffice) {
    const char* sudoUid = std::getenv("SUDO_UID");
    if (!sudoUid && ::geteuid() == ::getuid() && (::getuid() == 0 || ownRightsSuffice))
        return {};
    return std::string("'") + option + "' is for tests run by root only and is refused " +
           (sudoUid ? "under sudo" : "for uid " + std::to_string(::getuid())) +
           ": it would let the caller choose which files the helper reads and writes";
}

namespace {

std::string describe(const struct stat& st) {
    if (S_ISLNK(st.st_mode))
        return "a symbolic link";
    if (S_ISFIFO(st.st_mode))
        return "a FIFO";
    if (S_ISDIR(st.st_mode))
        return "a directory";
    if (S_ISREG(st.st_mode))
        return "a file";
    return "a device or socket";
}

} // namespace

int openRootDirectory(const std::string& path, bool create, std::string& error) {
    if (path.empty() || path[0] != '/') {
        error = path + " is not an absolute path";
        return -1;
    }
    int fd = ::open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    std::string sofar;
    size_t pos = 1;
    for (;;) {
        if (fd < 0) {
            error = "could not open " + (sofar.empty() ? std::string("/") : sofar) + ": " +
                    std::strerror(errno);
            return -1;
        }
        struct stat st {};
        if (::fstat(fd, &st) != 0 || st.st_uid != 0 ||
            ((st.st_mode & (S_IWGRP | S_IWOTH)) && !(st.st_mode & S_ISVTX))) {
            error = (sofar.empty() ? std::string("/") : sofar) +
                    " is not a directory that only root may change; nothing is read or "
                    "written there";
            ::close(fd);
            return -1;
        }
        while (pos < path.size() && path[pos] == '/')
            ++pos;
        if (pos >= path.size())
            return fd;
        size_t end = path.find('/', pos);
        if (end == std::string::npos)
            end = path.size();
        const std::string part = path.substr(pos, end - pos);
        pos = end;
        sofar += "/" + part;
        if (part == "..") {
            ::close(fd);
            error = sofar + " contains '..'";
            return -1;
        }
        if (create && ::mkdirat(fd, part.c_str(), 0755) != 0 && errno != EEXIST) {
            error = "could not create " + sofar + ": " + std::strerror(errno);
            ::close(fd);
            return -1;
        }
        const int next =
            ::openat(fd, part.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        const int openErrno = errno;
        if (next < 0 && (openErrno == ELOOP || openErrno == ENOTDIR)) {
            struct stat what {};
            const bool known = ::fstatat(fd, part.c_str(), &what, AT_SYMLINK_NOFOLLOW) == 0;
            error = sofar + " is " + (known ? describe(what) : std::string("not a directory")) +
                    ", not a directory; it is not followed";
            ::close(fd);
            return -1;
        }
        ::close(fd);
        fd = next;
        errno = openErrno;
    }
}

RootRead readRootFileAt(int dirFd, const char* name, const std::string& shown, size_t limit,
                        std::string& out, std::string& error) {
    out.clear();
    const int fd = ::openat(dirFd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        const int openErrno = errno;
        if (openErrno == ENOENT)
            return RootRead::Absent;
        struct stat what {};
        if (openErrno == ELOOP && ::fstatat(dirFd, name, &what, AT_SYMLINK_NOFOLLOW) == 0)
            error = shown + " is " + describe(what) + "; it is not followed";
        else
            error = "could not open " + shown + ": " + std::strerror(openErrno);
        return RootRead::Refused;
    }
    struct stat st {};
    RootRead result = RootRead::Refused;
    if (::fstat(fd, &st) != 0) {
        error = "could not read " + shown + ": " + std::strerror(errno);
    } else if (!S_ISREG(st.st_mode)) {
        error = shown + " is " + describe(st) + ", not a regular file";
    } else if (st.st_uid != 0) {
        error = shown + " belongs to uid " + std::to_string(st.st_uid) + ", not to root";
    } else if (st.st_nlink != 1) {
        error = shown + " has " + std::to_string(st.st_nlink) +
                " hard links; a file root writes must have one";
    } else if (uint64_t(st.st_size) > limit) {
        error = shown + " is larger than " + std::to_string(limit) + " bytes";
    } else {
        switch (readAllFrom(fd, out, limit)) {
        case ReadAll::Ok:
            result = RootRead::Ok;
            break;
        case ReadAll::TooLarge:
            error = shown + " is larger than " + std::to_string(limit) + " bytes";
            break;
        case ReadAll::Failed:
            error = "could not read " + shown + ": " + std::strerror(errno);
            break;
        }
    }
    ::close(fd);
    return result;
}

} // namespace ipcscope::helper
