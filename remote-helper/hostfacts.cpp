// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostfacts.h"

#include "fileio.h"
#include "procparse.h"
#include "textparse.h"

#include <ctime>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>

namespace ipcscope::helper {

static std::optional<uint64_t> nsInode(const char* path) {
    struct stat st {};
    if (::stat(path, &st) != 0)
        return std::nullopt;
    return uint64_t(st.st_ino);
}

HostFacts readHostFacts(std::vector<Warning>& warnings) {
    HostFacts h;
    struct utsname u {};
    if (::uname(&u) == 0) {
        h.hostname = u.nodename;
        h.os = u.sysname;
        h.kernel = u.release;
        h.arch = u.machine;
    }
    h.time = int64_t(::time(nullptr));
    h.euid = ::geteuid();
    const long page = ::sysconf(_SC_PAGESIZE);
    h.pageSize = page > 0 ? uint64_t(page) : 4096;
    const long ticks = ::sysconf(_SC_CLK_TCK);
    h.clockTicks = ticks > 0 ? ticks : 100;

    std::string buf;
    if (readFile("/proc/sys/kernel/random/boot_id", buf))
        h.bootId = std::string(trimmed(buf));
    std::vector<std::string> missing;
    std::optional<int64_t> btime;
    if (readFile("/proc/stat", buf))
        btime = parseBootTime(buf);
    if (btime)
        h.bootTime = *btime;
    else
        missing.emplace_back("/proc/stat (btime)");
    std::optional<uint64_t> centis;
    if (readFile("/proc/uptime", buf))
        centis = parseUptimeCentis(buf);
    if (centis)
        h.uptimeCentis = *centis;
    else
        missing.emplace_back("/proc/uptime");
    std::optional<uint64_t> mem;
    if (readFile("/proc/meminfo", buf))
        mem = parseMemTotal(buf);
    if (mem)
        h.memTotal = *mem;
    else
        missing.emplace_back("/proc/meminfo (MemTotal)");
    h.ipcNs = nsInode("/proc/self/ns/ipc");
    h.pidNs = nsInode("/proc/self/ns/pid");
    if (!missing.empty()) {
        std::string list;
        for (const auto& m : missing)
            list += (list.empty() ? "" : ", ") + m;
        warnings.push_back({"proc_unreadable", "could not read " + list + "; shown as 0"});
    }
    return h;
}

bool parseSemLimits(std::string_view text, Limits& limits) {
    FieldReader fields(text);
    std::optional<uint64_t> v[4];
    std::string_view f;
    for (auto& x : v) {
        if (!fields.next(f))
            return false;
        x = toUInt64(f);
        if (!x)
            return false;
    }
    limits.semmsl = v[0];
    limits.semmns = v[1];
    limits.semopm = v[2];
    limits.semmni = v[3];
    return true;
}

Limits readLimits(std::vector<Warning>& warnings) {
    Limits l;
    std::string buf;
    std::string missing;
    const auto note = [&](const char* path) {
        missing += (missing.empty() ? "" : ", ") + std::string(path);
    };
    if (!readFile("/proc/sys/kernel/sem", buf) || !parseSemLimits(buf, l))
        note("/proc/sys/kernel/sem");
    // SEMVMX is a compile-time constant of the kernel (include/uapi/linux/sem.h).
    l.semvmx = 32767;
    const struct {
        const char* path;
        std::optional<uint64_t> Limits::*field;
        bool optionalFile; // absent without a mounted/compiled-in feature: not worth a warning
    } files[] = {
        {"/proc/sys/kernel/shmmax", &Limits::shmmax, false},
        {"/proc/sys/kernel/shmall", &Limits::shmall, false},
        {"/proc/sys/kernel/shmmni", &Limits::shmmni, false},
        {"/proc/sys/kernel/msgmax", &Limits::msgmax, false},
        {"/proc/sys/kernel/msgmnb", &Limits::msgmnb, false},
        {"/proc/sys/kernel/msgmni", &Limits::msgmni, false},
        {"/proc/sys/fs/mqueue/queues_max", &Limits::mqQueuesMax, false},
        {"/proc/sys/fs/mqueue/msg_max", &Limits::mqMsgMax, false},
        {"/proc/sys/fs/mqueue/msgsize_max", &Limits::mqMsgsizeMax, false},
        // msg_default and msgsize_default appeared in Linux 3.5.
        {"/proc/sys/fs/mqueue/msg_default", &Limits::mqMsgDefault, true},
        {"/proc/sys/fs/mqueue/msgsize_default", &Limits::mqMsgsizeDefault, true},
    };
    for (const auto& f : files) {
        if (readFile(f.path, buf)) {
            if (auto v = toUInt64(trimmed(buf))) {
                l.*f.field = v;
                continue;
            }
        }
        if (!f.optionalFile)
            note(f.path);
    }
    if (!missing.empty())
        warnings.push_back(
            {"limits_unreadable", "could not read " + missing + "; these limits are unknown"});
    return l;
}

bool kernelAtLeast(std::string_view release, int major, int minor) {
    const auto dot = release.find('.');
    if (dot == std::string_view::npos)
        return false;
    const auto maj = toInt64(release.substr(0, dot));
    std::string_view rest = release.substr(dot + 1);
    size_t n = 0;
    while (n < rest.size() && rest[n] >= '0' && rest[n] <= '9')
        ++n;
    const auto min = toInt64(rest.substr(0, n));
    if (!maj || !min)
        return false;
    return *maj > major || (*maj == major && *min >= minor);
}

} // namespace ipcscope::helper
