// SPDX-License-Identifier: GPL-3.0-or-later
#include "applylimits.h"

#include "fileio.h"
#include "namespaces.h"
#include "rootfiles.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <syslog.h>
#include <unistd.h>

namespace ipcscope::helper {

namespace {

constexpr const char* FileName = "90-ipcscope.conf";

// /proc/sys/kernel/sem separates fields with tabs: compare and report with single spaces.
std::string normalise(const std::string& text) {
    std::string out;
    bool gap = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n') {
            gap = !out.empty();
            continue;
        }
        if (gap)
            out += ' ';
        gap = false;
        out += c;
    }
    return out;
}

// /proc/sys files by their fixed paths, never through a symbolic link.
bool readProc(const std::string& path, std::string& out) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    std::string raw;
    const bool ok = readAllFrom(fd, raw, 4096) == ReadAll::Ok;
    const int err = errno;
    ::close(fd);
    errno = err;
    if (!ok)
        return false;
    out = normalise(raw);
    return true;
}

// 0 on success, else the errno of the write (EINVAL when the kernel refuses the value).
int writeProc(const std::string& path, const std::string& value) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const std::string line = value + "\n";
    const bool ok = writeAll(fd, line.data(), line.size());
    const int err = ok ? 0 : errno;
    ::close(fd);
    return err;
}

// A sysctl.d file is a few lines; anything far bigger is not one.
constexpr size_t MaxFileBytes = 1u << 20;

// The sysctl.d file, prepared before any runtime value is written: the directory opened (made
// when missing) without following links, the old file read and checked, the new content
// written to a temporary file next to it and synced. Only the rename is left for after the
// runtime values; so a file step that cannot work is found while nothing has changed yet.
class PendingFile {
public:
    ~PendingFile() {
        if (!m_tmp.empty())
            ::unlinkat(m_dirFd, m_tmp.c_str(), 0);
        if (m_dirFd >= 0)
            ::close(m_dirFd);
    }

    bool prepare(const std::string& dir, const LimitsChange& change, std::string& error) {
        m_path = dir + "/" + FileName;
        m_dirFd = openRootDirectory(dir, true, error);
        if (m_dirFd < 0)
            return false;
        std::string existing;
        const RootRead read =
            readRootFileAt(m_dirFd, FileName, m_path, MaxFileBytes, existing, error);
        if (read == RootRead::Refused)
            return false;
        m_existed = read == RootRead::Ok;
        m_before = existing;
        std::string content;
        switch (change.fileMode) {
        case LimitsChange::FileMode::Merge:
            content = mergeSysctlFile(existing, change.settings);
            break;
        case LimitsChange::FileMode::Replace:
            // The file as it was before an apply. apply-limits sets only IPC limits: a line
            // that sets anything else must already be in the file (an apply keeps such lines),
            // so a restore never becomes a way to set another sysctl at boot.
            if (const std::string key = foreignLine(change.fileContent, existing); !key.empty()) {
                error = "the file to restore sets " + key +
                        ", which is neither a kernel IPC limit nor set in " + m_path;
                return false;
            }
            if (change.fileContent.size() > MaxFileBytes) {
                error = "the file to restore is larger than 1 MiB";
                return false;
            }
            content = change.fileContent;
            break;
        case LimitsChange::FileMode::Remove:
            // There was no file before the apply. One that now sets more than IPC limits was
            // edited by someone since: it is left to them.
            if (const std::string key = foreignLine(existing, {}); !key.empty()) {
                error = m_path + " also sets " + key + " now, so it was not removed";
                return false;
            }
            m_remove = m_existed;
            return true;
        }
        int fd = -1;
        for (int attempt = 0; fd < 0 && attempt < 100; ++attempt) {
            m_tmp = std::string(".") + FileName + "." + std::to_string(::getpid()) + "." +
                    std::to_string(attempt);
            fd = ::openat(m_dirFd, m_tmp.c_str(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
            if (fd < 0 && errno != EEXIST)
                break;
        }
        if (fd < 0) {
            error = "could not create a temporary file in " + dir + ": " + std::strerror(errno);
            m_tmp.clear();
            return false;
        }
        bool ok = ::fchmod(fd, 0644) == 0 && writeAll(fd, content.data(), content.size()) &&
                  ::fsync(fd) == 0;
        int err = errno;
        if (::close(fd) != 0 && ok) {
            ok = false;
            err = errno;
        }
        if (!ok) {
            error = "could not write " + m_path + ": " + std::strerror(err);
            return false;
        }
        return true;
    }

    // Rename over the old file, fsync the directory: after a crash the file is either the old
    // or the new one, never half of it.
    bool commit(std::string& error) {
        if (m_tmp.empty()) { // Remove
            if (m_remove && ::unlinkat(m_dirFd, FileName, 0) != 0 && errno != ENOENT) {
                error = "could not remove " + m_path + ": " + std::strerror(errno);
                return false;
            }
            ::fsync(m_dirFd);
            return true;
        }
        if (::renameat(m_dirFd, m_tmp.c_str(), m_dirFd, FileName) != 0) {
            error = "could not write " + m_path + ": " + std::strerror(errno);
            return false;
        }
        m_tmp.clear();
        ::fsync(m_dirFd);
        return true;
    }

    const std::string& path() const { return m_path; }
    bool existed() const { return m_existed; }
    const std::string& before() const { return m_before; }
    bool removes() const { return m_remove; }

private:
    // The first setting in `content` that is not a kernel IPC limit and not a line of
    // `allowedLines` (a file's text), or "".
    static std::string foreignLine(const std::string& content, const std::string& allowedLines) {
        const auto& allowed = allowedLimitParameters();
        const auto lines = [](const std::string& text) {
            std::vector<std::string> out;
            size_t pos = 0;
            while (pos < text.size()) {
                size_t end = text.find('\n', pos);
                if (end == std::string::npos)
                    end = text.size();
                out.push_back(text.substr(pos, end - pos));
                pos = end + 1;
            }
            return out;
        };
        const std::vector<std::string> known = lines(allowedLines);
        for (const std::string& line : lines(content)) {
            const std::string key = sysctlLineKey(line);
            if (key.empty() || std::find(allowed.begin(), allowed.end(), key) != allowed.end())
                continue;
            if (std::find(known.begin(), known.end(), line) == known.end())
                return key;
        }
        return {};
    }

    bool m_existed = false;
    bool m_remove = false;
    std::string m_before;
    int m_dirFd = -1;
    std::string m_tmp;
    std::string m_path;
};

std::string keyOf(const std::string& line) {
    const size_t eq = line.find('=');
    if (eq == std::string::npos || line.empty() || line[0] == '#' || line[0] == ';')
        return {};
    return normalise(line.substr(0, eq));
}

} // namespace

std::string mergeSysctlFile(const std::string& existing,
                            const std::vector<LimitSetting>& settings) {
    std::string out;
    std::vector<bool> written(settings.size(), false);
    if (existing.empty())
        out = "# Kernel IPC limits set by IPC Scope (ipcscope-helper apply-limits).\n"
              "# Loaded at boot by systemd-sysctl; apply now with: sysctl --system\n";
    size_t pos = 0;
    while (pos < existing.size()) {
        size_t end = existing.find('\n', pos);
        if (end == std::string::npos)
            end = existing.size();
        const std::string line = existing.substr(pos, end - pos);
        pos = end + 1;
        const std::string key = keyOf(line);
        bool replaced = false;
        for (size_t i = 0; i < settings.size(); ++i)
            if (!key.empty() && key == settings[i].parameter) {
                if (!written[i])
                    out += settings[i].parameter + " = " + settings[i].text() + "\n";
                written[i] = true;
                replaced = true;
            }
        if (!replaced)
            out += line + "\n";
    }
    for (size_t i = 0; i < settings.size(); ++i)
        if (!written[i])
            out += settings[i].parameter + " = " + settings[i].text() + "\n";
    return out;
}

namespace {

LimitsOutcome applyHere(const LimitsChange& change, const std::string& root) {
    LimitsOutcome out;
    // Every old value first: nothing is written unless all of them can be read (and restored).
    for (const LimitSetting& s : change.settings) {
        AppliedLimit a;
        a.parameter = s.parameter;
        a.newValue = s.text();
        if (!readProc(s.procPath, a.oldValue)) {
            out.rejectedParameter = s.parameter;
            out.message = "could not read " + s.procPath + ": " + std::strerror(errno) +
                          "; nothing was changed";
            return out;
        }
        out.changes.push_back(a);
    }

    PendingFile file;
    if (change.writeFile) {
        std::string error;
        if (!file.prepare((root == "/" ? std::string() : root) + "/etc/sysctl.d", change, error)) {
            out.message = error + "; nothing was changed";
            return out;
        }
    }

    // Puts back every value from `last` down to the first that differs from its old value,
    // newest first. A refused write can still have changed something (kernel.sem stores its
    // first fields before refusing SEMMNI above IPCMNI), so each value is read, not assumed;
    // one that still holds its old value is left alone (nothing to put back, and without root
    // nothing could be).
    std::string restoreFailures;
    auto restore = [&](size_t last) {
        for (size_t j = last + 1; j-- > 0;) {
            const AppliedLimit& a = out.changes[j];
            std::string now;
            if (readProc(change.settings[j].procPath, now) && now == a.oldValue)
                continue;
            out.restored = true;
            if (writeProc(change.settings[j].procPath, a.oldValue) != 0 ||
                !readProc(change.settings[j].procPath, now) || now != a.oldValue) {
                out.restoreFailed = true;
                restoreFailures += "; " + a.parameter + " could not be put back to " + a.oldValue;
            }
        }
    };

    for (size_t i = 0; i < change.settings.size(); ++i) {
        const LimitSetting& s = change.settings[i];
        AppliedLimit& a = out.changes[i];
        const int err = writeProc(s.procPath, a.newValue);
        if (err == 0 && !readProc(s.procPath, a.readBack))
            a.readBack.clear();
        if (err != 0 || a.readBack != a.newValue) {
            out.rejectedParameter = s.parameter;
            out.message = err != 0 ? "the kernel refused " + s.parameter + " = " + a.newValue +
                                         ": " + std::strerror(err)
                                   : "the kernel shows " + s.parameter + " = " + a.readBack +
                                         " after writing " + a.newValue;
            restore(i);
            out.message += out.restored ? "; the values already written were put back"
                                        : "; nothing was changed";
            out.message += " and the file was not written" + restoreFailures;
            return out;
        }
    }

    if (change.writeFile) {
        std::string error;
        if (!file.commit(error)) {
            restore(change.settings.size() - 1);
            out.message = error + "; the runtime values were put back" + restoreFailures;
            return out;
        }
        if (!file.removes() && change.fileMode != LimitsChange::FileMode::Remove)
            out.file = file.path();
        out.fileRemoved = file.removes();
        out.hadFileBefore = file.existed();
        out.fileBefore = file.before();
    }
    out.applied = true;
    return out;
}

} // namespace

LimitsOutcome applyLimits(const LimitsChange& change, const std::string& root,
                          const char* procRoot) {
    const std::optional<uint64_t> ownNs = currentIpcNamespace();
    if (!change.ns || change.ns == ownNs) {
        LimitsOutcome out = applyHere(change, root);
        out.ns = change.ns;
        return out;
    }
    const uint64_t ns = *change.ns;
    LimitsOutcome out;
    out.ns = ns;
    const auto refuse = [&](std::string code, std::string message) {
        out.code = std::move(code);
        out.message = std::move(message) + "; nothing was changed";
        return out;
    };
    const auto namespaces = listOtherIpcNamespaces(ownNs.value_or(0), procRoot);
    const auto it = namespaces.find(ns);
    if (it == namespaces.end())
        return refuse("namespace_gone", "the IPC namespace " + std::to_string(ns) +
                                            " has no running process any more (the container "
                                            "stopped)");
    EnterFailure failure;
    const int fd = openIpcNamespace(ns, it->second, failure, procRoot);
    if (fd < 0)
        return refuse(failure.code == "not_root" ? "permission_denied" : "namespace_gone",
                      failure.message);
    // The file is never part of it (parseLimitsChange refuses that): the work is the runtime.
    const bool entered = runInIpcNamespace(
        fd, ns, [&] { out = applyHere(change, root); }, failure);
    ::close(fd);
    out.ns = ns;
    if (!entered)
        return refuse(failure.code == "setns_refused" ? "permission_denied" : "system_error",
                      failure.message);
    return out;
}

void logLimits(const LimitsOutcome& o) {
    std::string who = "uid " + std::to_string(::getuid());
    if (const char* sudo = std::getenv("SUDO_USER"))
        who += " (sudo by " + std::string(sudo) + ")";
    ::openlog("ipcscope-helper", LOG_PID, LOG_AUTHPRIV);
    const std::string where = o.ns ? " in IPC namespace " + std::to_string(*o.ns) : "";
    for (const AppliedLimit& a : o.changes) {
        const std::string line = (o.applied ? "set " : "refused ") + a.parameter + " " +
                                 a.oldValue + " -> " + a.newValue + where + " for " + who;
        ::syslog(LOG_AUTHPRIV | LOG_NOTICE, "%s", line.c_str());
    }
    if (!o.applied)
        ::syslog(LOG_AUTHPRIV | LOG_NOTICE, "limits not applied: %s", o.message.c_str());
    ::closelog();
}

void writeLimitsResult(const LimitsOutcome& o, const char* helperVersion, JsonWriter& w) {
    w.beginObject();
    w.key("schema");
    w.string("ipcscope.limits-result/1");
    w.key("helper_version");
    w.string(helperVersion);
    w.key("applied");
    w.boolean(o.applied);
    w.key("restored");
    w.boolean(o.restored);
    w.key("restore_failed");
    w.boolean(o.restoreFailed);
    w.key("file");
    if (o.file.empty())
        w.null();
    else
        w.string(o.file);
    w.key("file_removed");
    w.boolean(o.fileRemoved);
    // What the file held before (absent when there was none): a restore puts it back.
    if (o.hadFileBefore) {
        w.key("file_before");
        w.string(o.fileBefore);
    }
    w.key("changes");
    w.beginArray();
    for (const AppliedLimit& a : o.changes) {
        w.beginObject();
        w.key("parameter");
        w.string(a.parameter);
        w.key("old");
        w.string(a.oldValue);
        w.key("new");
        w.string(a.newValue);
        w.key("read_back");
        w.string(a.readBack);
        w.endObject();
    }
    w.endArray();
    w.key("rejected_parameter");
    if (o.rejectedParameter.empty())
        w.null();
    else
        w.string(o.rejectedParameter);
    w.key("message");
    w.string(o.message);
    // Only for a change that named a namespace (results without them are the host's).
    if (o.ns) {
        w.key("ns");
        w.unsignedInteger(*o.ns);
        w.key("code");
        if (o.code.empty())
            w.null();
        else
            w.string(o.code);
    }
    w.endObject();
}

} // namespace ipcscope::helper
