// SPDX-License-Identifier: GPL-3.0-or-later
#include "posixipc.h"

#include "fileio.h"
#include "textparse.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <semaphore.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace ipcscope::helper {

namespace {
constexpr long MqueueMagic = 0x19800202; // linux/magic.h

PosixObject fromStat(std::string_view name, const struct stat& st) {
    PosixObject o;
    o.name = std::string(name);
    o.uid = st.st_uid;
    o.gid = st.st_gid;
    o.mode = st.st_mode & 07777;
    o.size = uint64_t(st.st_size);
    o.mtime = int64_t(st.st_mtime);
    o.ctime = int64_t(st.st_ctime);
    o.mtimeNs = int64_t(st.st_mtim.tv_nsec);
    o.ctimeNs = int64_t(st.st_ctim.tv_nsec);
    o.inode = uint64_t(st.st_ino);
    o.dev = uint64_t(st.st_dev);
    return o;
}

// Calls onEntry(name, stat) for each regular file in the directory; false when it cannot be opened.
template <typename F>
bool forEachFile(const char* dir, uint64_t* dirDev, F onEntry) {
    DIR* d = ::opendir(dir);
    if (!d)
        return false;
    const int fd = ::dirfd(d);
    struct stat dst {};
    if (dirDev && ::fstat(fd, &dst) == 0)
        *dirDev = uint64_t(dst.st_dev);
    while (const dirent* e = ::readdir(d)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
            continue;
        struct stat st {};
        if (::fstatat(fd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode))
            continue;
        onEntry(fd, std::string_view(e->d_name), st);
    }
    ::closedir(d);
    return true;
}

bool byName(const PosixObject& a, const PosixObject& b) {
    return a.name < b.name;
}
} // namespace

bool parseMqueueInfo(std::string_view text, uint64_t& qsize, int64_t& notifyPid) {
    bool haveSize = false, havePid = false;
    FieldReader fields(text);
    std::string_view f;
    while (fields.next(f)) {
        const auto colon = f.find(':');
        if (colon == std::string_view::npos)
            continue;
        const auto name = f.substr(0, colon);
        const auto value = f.substr(colon + 1);
        if (name == "QSIZE") {
            if (auto v = toUInt64(value)) {
                qsize = *v;
                haveSize = true;
            }
        } else if (name == "NOTIFY_PID") {
            if (auto v = toInt64(value)) {
                notifyPid = *v;
                havePid = true;
            }
        }
    }
    return haveSize && havePid;
}

std::optional<int64_t> semaphoreValueFromBytes(std::string_view bytes) {
    if (bytes.size() != sizeof(sem_t))
        return std::nullopt;
#if __SIZEOF_POINTER__ == 8
    // glibc with 64-bit atomics: uint64_t data, value in the low 32 bits, waiters in the high ones.
    uint64_t data = 0;
    std::memcpy(&data, bytes.data(), sizeof data);
    const uint32_t value = uint32_t(data & 0xffffffffu);
#else
    // glibc without 64-bit atomics: unsigned value, shifted left by one (bit 0: waiters).
    uint32_t raw = 0;
    std::memcpy(&raw, bytes.data(), sizeof raw);
    const uint32_t value = raw >> 1;
#endif
    if (value > uint32_t(SEM_VALUE_MAX))
        return std::nullopt;
    return int64_t(value);
}

PosixListing listPosixObjects(const char* shmDir, const char* mqueueDir) {
    PosixListing l;
    std::string buf;
    l.shmAvailable = forEachFile(
        shmDir, &l.shmDev, [&](int dirFd, std::string_view name, const struct stat& st) {
            if (name.substr(0, 4) == "sem.") {
                PosixObject o = fromStat(name.substr(4), st);
                // Reading the bytes equals mapping the file read-only, without the mapping.
                if (readFilePrefixAt(dirFd, std::string(name).c_str(), buf, 64))
                    o.value = semaphoreValueFromBytes(buf);
                else
                    ++l.unreadableValues;
                l.semaphores.push_back(std::move(o));
            } else {
                l.shm.push_back(fromStat(name, st));
            }
        });
    struct statfs fs {};
    l.mqueueMounted = ::statfs(mqueueDir, &fs) == 0 && long(fs.f_type) == MqueueMagic;
    if (l.mqueueMounted) {
        forEachFile(mqueueDir, nullptr,
                    [&](int dirFd, std::string_view name, const struct stat& st) {
                        PosixObject o = fromStat(name, st);
                        uint64_t qsize = 0;
                        int64_t notifyPid = 0;
                        if (readFilePrefixAt(dirFd, std::string(name).c_str(), buf, 256) &&
                            parseMqueueInfo(buf, qsize, notifyPid)) {
                            o.qsize = qsize;
                            o.notifyPid = notifyPid;
                        } else {
                            ++l.unreadableValues;
                        }
                        l.mqueues.push_back(std::move(o));
                    });
    }
    std::sort(l.shm.begin(), l.shm.end(), byName);
    std::sort(l.semaphores.begin(), l.semaphores.end(), byName);
    std::sort(l.mqueues.begin(), l.mqueues.end(), byName);
    return l;
}

} // namespace ipcscope::helper
