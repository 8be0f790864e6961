// SPDX-License-Identifier: GPL-3.0-or-later
#include "applylimits.h"

#include "fileio.h"

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

bool readProc(const std::string& path, std::string& out) {
    std::string raw;
    if (!readFile(path.c_str(), raw))
        return false;
    out = normalise(raw);
    return true;
}

// 0 on success, else the errno of the write (EINVAL when the kernel refuses the value).
int writeProc(const std::string& path, const std::string& value) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const std::string line = value + "\n";
    const bool ok = writeAll(fd, line.data(), line.size());
    const int err = ok ? 0 : errno;
    ::close(fd);
    return err;
}

bool makeDirs(const std::string& path) {
    std::string sofar;
    size_t pos = 0;
    while (pos != std::string::npos) {
        pos = path.find('/', pos + 1);
        sofar = path.substr(0, pos);
        if (!sofar.empty() && ::mkdir(sofar.c_str(), 0755) != 0 && errno != EEXIST)
            return false;
    }
    return true;
}

// Temporary file in the same directory, fsync, rename over the old one, fsync the directory:
// after a crash the file is either the old or the new one, never half of it.
bool writeAtomically(const std::string& dir, const std::string& content, std::string& error) {
    const std::string path = dir + "/" + FileName;
    std::string tmp = dir + "/." + FileName + ".XXXXXX";
    const int fd = ::mkstemp(tmp.data());
    if (fd < 0) {
        error = "could not create a temporary file in " + dir + ": " + std::strerror(errno);
        return false;
    }
    bool ok =
        ::fchmod(fd, 0644) == 0 && writeAll(fd, content.data(), content.size()) && ::fsync(fd) == 0;
    int err = errno;
    if (::close(fd) != 0 && ok) {
        ok = false;
        err = errno;
    }
    if (ok && ::rename(tmp.c_str(), path.c_str()) != 0) {
        ok = false;
        err = errno;
    }
    if (!ok) {
        ::unlink(tmp.c_str());
        error = "could not write " + path + ": " + std::strerror(err);
        return false;
    }
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return true;
}

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

LimitsOutcome applyLimits(const LimitsChange& change, const std::string& root) {
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

    auto restore = [&](size_t upTo) {
        out.restored = true;
        for (size_t j = upTo + 1; j-- > 0;) {
            const AppliedLimit& a = out.changes[j];
            std::string now;
            if (writeProc(change.settings[j].procPath, a.oldValue) != 0 ||
                !readProc(change.settings[j].procPath, now) || now != a.oldValue) {
                out.restoreFailed = true;
                out.message += "; " + a.parameter + " could not be put back to " + a.oldValue;
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
            out.message += "; the values already written were put back and the file was not "
                           "written";
            // A refused write leaves the old value, but putting it back costs nothing.
            restore(i);
            return out;
        }
    }

    if (change.writeFile) {
        const std::string dir = (root == "/" ? std::string() : root) + "/etc/sysctl.d";
        std::string existing, error;
        const std::string path = dir + "/" + FileName;
        if (!readFile(path.c_str(), existing) && errno != ENOENT) {
            error = "could not read " + path + ": " + std::strerror(errno);
        } else if (!makeDirs(dir)) {
            error = "could not create " + dir + ": " + std::strerror(errno);
        } else if (writeAtomically(dir, mergeSysctlFile(existing, change.settings), error)) {
            out.file = path;
        }
        if (out.file.empty()) {
            out.message = error + "; the runtime values were put back";
            restore(change.settings.size() - 1);
            return out;
        }
    }
    out.applied = true;
    return out;
}

void logLimits(const LimitsOutcome& o) {
    std::string who = "uid " + std::to_string(::getuid());
    if (const char* sudo = std::getenv("SUDO_USER"))
        who += " (sudo by " + std::string(sudo) + ")";
    ::openlog("ipcscope-helper", LOG_PID, LOG_AUTHPRIV);
    for (const AppliedLimit& a : o.changes) {
        const std::string line = (o.applied ? "set " : "refused ") + a.parameter + " " +
                                 a.oldValue + " -> " + a.newValue + " for " + who;
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
    w.endObject();
}

} // namespace ipcscope::helper
