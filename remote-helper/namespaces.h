// SPDX-License-Identifier: GPL-3.0-or-later
// IPC namespaces other than the helper's own (containers): which exist, what a person calls
// them, and running work inside one. System V objects and their limits live per IPC namespace;
// /proc/sysvipc, /proc/sys/kernel and semctl/shmctl/msgctl answer for the calling thread's
// namespace, so a thread that has joined a namespace with setns(CLONE_NEWIPC) sees that
// namespace's objects while the rest of the helper stays in its own.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipcscope::helper {

// Running processes per IPC namespace other than `ownNs`, from one pass over `procRoot`: a few
// pids of each (any of them opens the namespace). Processes whose namespace cannot be read (not
// root) are left out and counted in `unchecked`.
std::map<uint64_t, std::vector<int64_t>>
listOtherIpcNamespaces(uint64_t ownNs, const char* procRoot = "/proc", size_t* unchecked = nullptr);

// What the cgroup path of a process says about the container it runs in.
struct ContainerIdentity {
    std::optional<std::string>
        runtime;                   // "docker", "podman", "kubernetes", "containerd", "cri-o", "lxc"
    std::optional<std::string> id; // container id (hex) or LXC name
    std::optional<std::string> pod; // Kubernetes pod uid
};

// Parses the text of /proc/<pid>/cgroup (v1 or v2): docker-<id>.scope, /docker/<id>,
// libpod-<id>.scope, kubepods…/pod<uid>/<id> or …-pod<uid>.slice/cri-containerd-<id>.scope,
// crio-<id>.scope, /lxc/<name>, lxc.payload.<name>. Empty when it names no container.
ContainerIdentity containerFromCgroup(std::string_view cgroupText);

// The container's name from the runtime's state on this host (Docker's config.v2.json, Podman's
// containers.json under `stateRoot`); nullopt when it is not found.
std::optional<std::string> containerName(const ContainerIdentity& c, const char* stateRoot = "");

// Why a namespace could not be entered.
struct EnterFailure {
    std::string code;    // "not_root", "setns_refused", "gone"
    std::string message; // one English sentence
};

// Opens the IPC namespace `nsId` through the first of `pids` whose /proc/<pid>/ns/ipc still is
// that namespace (a pid may have exited and been reused since the list was made). Returns the
// descriptor (close it) or -1 with `failure` filled.
int openIpcNamespace(uint64_t nsId, const std::vector<int64_t>& pids, EnterFailure& failure,
                     const char* procRoot = "/proc");

// Runs `work` on a thread of its own that has joined the namespace open on `nsFd` and checked
// that it is in `nsId`; the calling thread's namespace is not changed. False (and `work` not run)
// when the kernel refuses to join.
bool runInIpcNamespace(int nsFd, uint64_t nsId, const std::function<void()>& work,
                       EnterFailure& failure);

// The inode of the calling thread's IPC namespace, nullopt when unreadable.
std::optional<uint64_t> currentIpcNamespace();

} // namespace ipcscope::helper
