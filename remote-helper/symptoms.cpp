// SPDX-License-Identifier: GPL-3.0-or-later
#include "symptoms.h"

#include "boundedcommand.h"
#include "logsignatures.h"

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ipcscope::helper {

namespace {

const char* errnoName(int e) {
    switch (e) {
    case EACCES:
        return "EACCES";
    case EPERM:
        return "EPERM";
    case ENOENT:
        return "ENOENT";
    case ENOTDIR:
        return "ENOTDIR";
    case EISDIR:
        return "EISDIR";
    case EIO:
        return "EIO";
    case ELOOP:
        return "ELOOP";
    default:
        return "";
    }
}

void markFailure(SymptomSource& src, int e) {
    src.status = (e == ENOENT || e == ENOTDIR) ? "absent"
                 : (e == EACCES || e == EPERM) ? "unreadable"
                                               : "failed";
    if (src.status != "absent") {
        src.reason = std::strerror(e);
        src.errnoName = errnoName(e);
    }
}

// Reads the last SymptomTailBytes of a regular file, starting at a line boundary.
bool readTail(const std::string& path, std::string& out, SymptomSource& src) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        markFailure(src, errno);
        return false;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        // A FIFO or device named like a log must not make the helper block or read forever.
        src.status = "failed";
        src.reason = "not a regular file";
        ::close(fd);
        return false;
    }
    off_t start = 0;
    if (st.st_size > off_t(SymptomTailBytes)) {
        start = st.st_size - off_t(SymptomTailBytes);
        src.truncated = true;
    }
    out.assign(size_t(st.st_size - start), '\0');
    size_t got = 0;
    while (got < out.size()) {
        const ssize_t n = ::pread(fd, out.data() + got, out.size() - got, start + off_t(got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            markFailure(src, errno);
            ::close(fd);
            return false;
        }
        if (n == 0)
            break;
        got += size_t(n);
    }
    ::close(fd);
    out.resize(got);
    src.bytesRead = got;
    if (start > 0) {
        // The first line is most likely cut in the middle.
        const size_t nl = out.find('\n');
        out.erase(0, nl == std::string::npos ? out.size() : nl + 1);
    }
    src.status = "read";
    return true;
}

void addFile(const SymptomOptions& options, const std::string& path, const char* kind,
             std::time_t now, SymptomScan& scan, bool reportAbsent) {
    SymptomSource src;
    src.path = path;
    src.kind = kind;
    std::string text;
    const bool ok = readTail(options.logRoot + path, text, src);
    if (!ok && src.status == "absent" && !reportAbsent)
        return;
    scan.sources.push_back(src);
    if (ok)
        collectSymptoms(text, scan.sources.size() - 1, now, scan);
}

// Files in `dir` whose names match prefix…suffix, sorted so the answer is stable.
void addMatching(const SymptomOptions& options, const std::string& dir, std::string_view prefix,
                 std::string_view suffix, const char* kind, std::time_t now, SymptomScan& scan) {
    DIR* d = ::opendir((options.logRoot + dir).c_str());
    if (!d) {
        const int e = errno;
        if (e == ENOENT || e == ENOTDIR)
            return; // the software is not installed
        SymptomSource src;
        src.path = dir + "/";
        src.kind = kind;
        markFailure(src, e);
        scan.sources.push_back(src);
        return;
    }
    std::vector<std::string> names;
    while (const dirent* e = ::readdir(d)) {
        const std::string_view name = e->d_name;
        if (name.size() >= prefix.size() + suffix.size() &&
            name.substr(0, prefix.size()) == prefix &&
            name.substr(name.size() - suffix.size()) == suffix)
            names.emplace_back(name);
    }
    ::closedir(d);
    std::sort(names.begin(), names.end());
    for (const std::string& name : names)
        addFile(options, dir + "/" + name, kind, now, scan, false);
}

const char* const JournalPaths[] = {"/usr/bin/journalctl", "/bin/journalctl"};

void addJournal(std::time_t now, SymptomScan& scan) {
    std::string program;
    for (const char* p : JournalPaths)
        if (::access(p, X_OK) == 0) {
            program = p;
            break;
        }
    if (program.empty())
        return; // no systemd journal on this host
    scan.journal = true;
    SymptomSource src;
    src.path = "journal";
    src.kind = "journal";
    const CommandResult r = runBounded(program,
                                       {"-u", "postgresql*", "-u", "apache2", "-u", "httpd", "-n",
                                        "500", "-o", "short-iso", "--no-pager"},
                                       4u << 20, 15000);
    if (!r.started) {
        src.status = "failed";
        src.reason = "journalctl " + r.error;
    } else if (r.timedOut) {
        src.status = "failed";
        src.reason = "journalctl did not finish within 15 seconds";
    } else {
        src.status = "read";
        src.bytesRead = r.out.size();
        src.truncated = r.truncated;
        // Without the right group journalctl shows only the user's own journal and says so
        // on stderr; that is a partial read the person should know about.
        if (r.err.find("insufficient permissions") != std::string::npos ||
            r.err.find("not seeing messages from other users") != std::string::npos) {
            src.status = "unreadable";
            src.reason = "journalctl: not allowed to read the system journal";
            src.errnoName = "EACCES";
        } else if (r.exitStatus != 0 && r.out.empty()) {
            src.status = "failed";
            std::string first = r.err.substr(0, r.err.find('\n'));
            src.reason = "journalctl exited with status " + std::to_string(r.exitStatus) +
                         (first.empty() ? std::string() : ": " + first);
        }
    }
    scan.sources.push_back(src);
    if (!r.out.empty())
        collectSymptoms(r.out, scan.sources.size() - 1, now, scan);
}

} // namespace

namespace {

std::string cutLine(std::string_view line) {
    if (line.size() > SymptomLineBytes)
        return std::string(line.substr(0, SymptomLineBytes)) + "\xE2\x80\xA6";
    return std::string(line);
}

template <typename T>
void keepNewest(std::vector<T>& found, size_t most) {
    if (found.size() > most)
        found.erase(found.begin(), found.end() - std::ptrdiff_t(most));
}

// One log line found (a symptom or a start line): what it is under `key`, then where and when.
template <typename Line>
void writeLogLine(JsonWriter& w, const SymptomScan& scan, const char* key, const std::string& what,
                  const Line& l) {
    w.beginObject();
    w.key(key);
    w.string(what);
    w.key("source");
    w.string(scan.sources[l.source].path);
    w.key("kind");
    w.string(scan.sources[l.source].kind);
    w.key("time");
    w.optionalInteger(l.time);
    w.key("time_text");
    if (l.timeText.empty())
        w.null();
    else
        w.string(l.timeText);
    w.key("line");
    w.string(l.line);
    w.endObject();
}

} // namespace

void collectSymptoms(std::string_view text, size_t source, std::time_t now, SymptomScan& scan) {
    std::vector<Symptom> found;
    std::vector<StartLine> starts;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        const std::string_view code = matchSignature(line);
        const std::string_view started = code.empty() ? matchStart(line) : std::string_view();
        if (code.empty() && started.empty())
            continue;
        const std::optional<LogTime> t = parseLogTime(line, now);
        if (!code.empty()) {
            Symptom s;
            s.signature = code;
            s.source = source;
            if (t) {
                s.time = t->seconds;
                s.timeText = t->text;
            }
            s.line = cutLine(line);
            found.push_back(std::move(s));
        } else {
            StartLine s;
            s.program = started;
            s.source = source;
            if (t) {
                s.time = t->seconds;
                s.timeText = t->text;
            }
            s.line = cutLine(line);
            starts.push_back(std::move(s));
        }
    }
    keepNewest(found, SymptomsPerSource);
    keepNewest(starts, StartsPerSource);
    scan.sources[source].matches = found.size();
    for (Symptom& s : found)
        scan.symptoms.push_back(std::move(s));
    for (StartLine& s : starts)
        scan.starts.push_back(std::move(s));
}

SymptomScan scanSymptoms(const SymptomOptions& options) {
    SymptomScan scan;
    const std::time_t now = std::time(nullptr);
    scan.time = int64_t(now);
    scan.logRoot = options.logRoot;
    // Fixed paths are listed even when absent, so the person sees what was looked for.
    addFile(options, "/var/log/apache2/error.log", "apache", now, scan, true);
    addFile(options, "/var/log/httpd/error_log", "apache", now, scan, true);
    addMatching(options, "/var/log/postgresql", "", ".log", "postgresql", now, scan);
    addMatching(options, "/var/log", "php", "-fpm.log", "php-fpm", now, scan);
    addFile(options, "/var/log/php-fpm/error.log", "php-fpm", now, scan, false);
    addFile(options, "/var/log/syslog", "system", now, scan, true);
    addFile(options, "/var/log/messages", "system", now, scan, true);
    addFile(options, "/var/log/kern.log", "system", now, scan, true);
    if (options.journal && options.logRoot.empty())
        addJournal(now, scan);
    return scan;
}

void writeSymptoms(const SymptomScan& scan, const char* helperVersion, JsonWriter& w) {
    w.beginObject();
    w.key("schema");
    w.string("ipcscope.symptoms/1");
    w.key("helper");
    w.beginObject();
    w.key("version");
    w.string(helperVersion);
    w.endObject();
    w.key("time");
    w.integer(scan.time);
    w.key("euid");
    w.unsignedInteger(::geteuid());
    w.key("log_root");
    w.string(scan.logRoot);
    w.key("journal");
    w.boolean(scan.journal);
    w.key("sources");
    w.beginArray();
    for (const SymptomSource& s : scan.sources) {
        w.beginObject();
        w.key("path");
        w.string(s.path);
        w.key("kind");
        w.string(s.kind);
        w.key("status");
        w.string(s.status);
        w.key("reason");
        if (s.reason.empty())
            w.null();
        else
            w.string(s.reason);
        w.key("errno");
        if (s.errnoName.empty())
            w.null();
        else
            w.string(s.errnoName);
        w.key("bytes_read");
        w.unsignedInteger(s.bytesRead);
        w.key("truncated");
        w.boolean(s.truncated);
        w.key("matches");
        w.unsignedInteger(s.matches);
        w.endObject();
    }
    w.endArray();
    w.key("symptoms");
    w.beginArray();
    for (const Symptom& s : scan.symptoms)
        writeLogLine(w, scan, "signature", s.signature, s);
    w.endArray();
    w.key("starts");
    w.beginArray();
    for (const StartLine& s : scan.starts)
        writeLogLine(w, scan, "program", s.program, s);
    w.endArray();
    w.endObject();
}

} // namespace ipcscope::helper
