// SPDX-License-Identifier: GPL-3.0-or-later
#include "namespaces.h"

#include "fileio.h"
#include "textparse.h"

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sched.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace ipcscope::helper {

namespace {

bool isHex(std::string_view s) {
    if (s.empty())
        return false;
    for (const char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

bool startsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

// "<prefix><hex>.scope" → hex, else empty.
std::string_view scopeId(std::string_view segment, std::string_view prefix) {
    if (!startsWith(segment, prefix))
        return {};
    std::string_view rest = segment.substr(prefix.size());
    if (rest.size() > 6 && rest.substr(rest.size() - 6) == ".scope")
        rest.remove_suffix(6);
    return isHex(rest) && rest.size() >= 12 ? rest : std::string_view();
}

// One cgroup path ("/system.slice/docker-<id>.scope"), segment by segment.
ContainerIdentity fromPath(std::string_view path) {
    ContainerIdentity c;
    std::vector<std::string_view> segments;
    for (size_t start = 0; start <= path.size();) {
        const size_t end = std::min(path.find('/', start), path.size());
        if (end > start)
            segments.push_back(path.substr(start, end - start));
        start = end + 1;
    }
    bool kube = false;
    for (size_t i = 0; i < segments.size(); ++i) {
        const std::string_view s = segments[i];
        if (startsWith(s, "kubepods"))
            kube = true;
        // Kubernetes pods: "pod<uid>" (cgroupfs driver) or "kubepods-besteffort-pod<uid>.slice"
        // (systemd driver, with '_' for '-').
        if (kube) {
            const size_t at = s.find("pod", startsWith(s, "kubepods") ? 8 : 0);
            if (at != std::string_view::npos && (at == 0 || s[at - 1] == '-')) {
                std::string uid(s.substr(at + 3));
                if (uid.size() > 6 && uid.compare(uid.size() - 6, 6, ".slice") == 0)
                    uid.resize(uid.size() - 6);
                for (char& ch : uid)
                    if (ch == '_')
                        ch = '-';
                if (!uid.empty())
                    c.pod = uid;
            }
        }
        std::string_view id;
        if (!(id = scopeId(s, "docker-")).empty())
            c.runtime = "docker";
        else if (!(id = scopeId(s, "libpod-")).empty())
            c.runtime = "podman";
        else if (!(id = scopeId(s, "cri-containerd-")).empty())
            c.runtime = "containerd";
        else if (!(id = scopeId(s, "crio-")).empty())
            c.runtime = "cri-o";
        else if (i > 0 && (segments[i - 1] == "docker" || segments[i - 1] == "libpod_parent") &&
                 isHex(s) && s.size() >= 12) {
            id = s;
            c.runtime = segments[i - 1] == "docker" ? "docker" : "podman";
        } else if (kube && c.pod && isHex(s) && s.size() >= 12) {
            id = s;
        } else if (i > 0 && (segments[i - 1] == "lxc" || segments[i - 1] == "lxc.payload")) {
            id = s;
            c.runtime = "lxc";
        } else if (startsWith(s, "lxc.payload.") && s.size() > 12) {
            id = s.substr(12);
            c.runtime = "lxc";
        }
        if (!id.empty()) {
            c.id = std::string(id);
            break;
        }
    }
    if (kube && (c.id || c.pod))
        c.runtime = "kubernetes";
    if (!c.id && !c.pod)
        return {};
    return c;
}

// The value of the first "<key>":"<value>" in JSON text found after `from`; a plain search, enough
// for the runtimes' own files, which the helper does not otherwise parse.
std::optional<std::string> jsonStringAfter(std::string_view text, size_t from,
                                           std::string_view key) {
    const std::string needle = "\"" + std::string(key) + "\":";
    size_t at = text.find(needle, from);
    if (at == std::string_view::npos)
        return std::nullopt;
    at += needle.size();
    while (at < text.size() && (text[at] == ' ' || text[at] == '['))
        ++at;
    if (at >= text.size() || text[at] != '"')
        return std::nullopt;
    const size_t end = text.find('"', at + 1);
    if (end == std::string_view::npos || end - at - 1 > 256)
        return std::nullopt;
    return std::string(text.substr(at + 1, end - at - 1));
}

} // namespace

std::map<uint64_t, std::vector<int64_t>>
listOtherIpcNamespaces(uint64_t ownNs, const char* procRoot, size_t* unchecked) {
    constexpr size_t PidsKept = 4;
    std::map<uint64_t, std::vector<int64_t>> found;
    DIR* dir = ::opendir(procRoot);
    if (!dir)
        return found;
    const int procFd = ::dirfd(dir);
    char path[64];
    while (const dirent* e = ::readdir(dir)) {
        const auto pid = toInt64(e->d_name);
        if (!pid || *pid <= 0)
            continue;
        std::snprintf(path, sizeof path, "%lld/ns/ipc", static_cast<long long>(*pid));
        struct stat ns {};
        if (::fstatat(procFd, path, &ns, 0) != 0) {
            if (unchecked && (errno == EACCES || errno == EPERM))
                ++*unchecked;
            continue;
        }
        if (uint64_t(ns.st_ino) == ownNs)
            continue;
        auto& pids = found[uint64_t(ns.st_ino)];
        if (pids.size() < PidsKept)
            pids.push_back(*pid);
    }
    ::closedir(dir);
    return found;
}

ContainerIdentity containerFromCgroup(std::string_view text) {
    ContainerIdentity best;
    for (size_t start = 0; start < text.size();) {
        const size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        // "hierarchy-id:controllers:path"; the path may itself hold ':'.
        const size_t first = line.find(':');
        const size_t second = first == std::string_view::npos ? first : line.find(':', first + 1);
        if (second == std::string_view::npos)
            continue;
        ContainerIdentity c = fromPath(line.substr(second + 1));
        if (c.id) // the first line that names a container wins
            return c;
        if (c.pod && !best.pod)
            best = c;
    }
    return best;
}

std::optional<std::string> containerName(const ContainerIdentity& c, const char* stateRoot) {
    if (!c.id || !c.runtime)
        return std::nullopt;
    if (*c.runtime == "lxc")
        return c.id;
    std::string buf;
    if (*c.runtime == "docker") {
        const std::string path =
            std::string(stateRoot) + "/var/lib/docker/containers/" + *c.id + "/config.v2.json";
        if (readFile(path.c_str(), buf)) {
            // "Name":"/web-1"
            auto name = jsonStringAfter(buf, 0, "Name");
            if (name && !name->empty() && (*name)[0] == '/')
                name->erase(0, 1);
            if (name && !name->empty())
                return name;
        }
        return std::nullopt;
    }
    if (*c.runtime == "podman") {
        for (const char* file : {"/var/lib/containers/storage/overlay-containers/containers.json",
                                 "/run/containers/storage/overlay-containers/containers.json"}) {
            const std::string path = std::string(stateRoot) + file;
            if (!readFile(path.c_str(), buf))
                continue;
            // [{"id":"<id>","names":["web"],...}]
            const size_t at = buf.find("\"id\":\"" + *c.id + "\"");
            if (at == std::string::npos)
                continue;
            if (auto name = jsonStringAfter(buf, at, "names"); name && !name->empty())
                return name;
        }
    }
    return std::nullopt;
}

int openIpcNamespace(uint64_t nsId, const std::vector<int64_t>& pids, EnterFailure& failure,
                     const char* procRoot) {
    int lastErrno = ENOENT;
    for (const int64_t pid : pids) {
        const std::string path = std::string(procRoot) + '/' + std::to_string(pid) + "/ns/ipc";
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            lastErrno = errno;
            continue;
        }
        // The descriptor holds the namespace: what it refers to cannot change any more.
        struct stat st {};
        if (::fstat(fd, &st) == 0 && uint64_t(st.st_ino) == nsId)
            return fd;
        ::close(fd);
        lastErrno = ENOENT;
    }
    if (lastErrno == EACCES || lastErrno == EPERM) {
        failure = {"not_root", "not root: the IPC namespace " + std::to_string(nsId) +
                                   " of other users' processes cannot be opened"};
    } else {
        failure = {"gone", "the IPC namespace " + std::to_string(nsId) +
                               " has no running process any more"};
    }
    return -1;
}

std::optional<uint64_t> currentIpcNamespace() {
    struct stat st {};
    if (::stat("/proc/thread-self/ns/ipc", &st) != 0)
        return std::nullopt;
    return uint64_t(st.st_ino);
}

bool runInIpcNamespace(int nsFd, uint64_t nsId, const std::function<void()>& work,
                       EnterFailure& failure) {
    bool entered = false;
    // setns(CLONE_NEWIPC) changes the namespace of the calling thread only (each task has its
    // own set of namespaces); threads it starts inherit it. A thread of its own keeps the rest
    // of the helper where it was.
    std::thread worker([&] {
        if (::setns(nsFd, CLONE_NEWIPC) != 0) {
            const int error = errno;
            failure = {"setns_refused",
                       "the kernel refused to enter the IPC namespace " + std::to_string(nsId) +
                           " (" + std::strerror(error) + ")" +
                           (error == EPERM ? "; entering another namespace needs root" : "")};
            return;
        }
        if (currentIpcNamespace() != nsId) {
            failure = {"setns_refused", "after entering the IPC namespace " + std::to_string(nsId) +
                                            " the helper found itself in another one"};
            return;
        }
        entered = true;
        work();
    });
    worker.join();
    return entered;
}

} // namespace ipcscope::helper
