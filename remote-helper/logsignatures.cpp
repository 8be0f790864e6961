// SPDX-License-Identifier: GPL-3.0-or-later
#include "logsignatures.h"

#include <array>
#include <cctype>
#include <cstring>

namespace ipcscope::helper {

namespace {

bool contains(std::string_view hay, std::string_view needle) {
    return hay.find(needle) != std::string_view::npos;
}

// Case-insensitive for ASCII: Apache 2.2 and 2.4 differ in capitals ("Couldn't"/"couldn't").
bool containsNoCase(std::string_view hay, std::string_view needle) {
    if (needle.size() > hay.size())
        return false;
    for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
        size_t j = 0;
        while (j < needle.size() && std::tolower(static_cast<unsigned char>(hay[i + j])) ==
                                        std::tolower(static_cast<unsigned char>(needle[j])))
            ++j;
        if (j == needle.size())
            return true;
    }
    return false;
}

} // namespace

std::string_view matchSignature(std::string_view line) {
    // Order matters: the most specific signature wins (an AH00023 line also says "No space
    // left on device").
    if (contains(line, "AH00023") ||
        (containsNoCase(line, "couldn't create the") && containsNoCase(line, "mutex")) ||
        containsNoCase(line, "couldn't create accept lock"))
        return "apache_mutex_create";
    if (contains(line, "AH00144") || containsNoCase(line, "couldn't grab the accept mutex"))
        return "apache_accept_mutex";
    if (contains(line, "could not create semaphores"))
        return "postgresql_semaphores";
    if (contains(line, "could not create shared memory segment"))
        return "postgresql_shared_memory";
    if (contains(line, "semctl(") && contains(line, "IPC_RMID") && contains(line, "failed"))
        return "semctl_rmid_failed";
    if (contains(line, "semget") && contains(line, "No space left on device"))
        return "semget_no_space";
    if (contains(line, "shmget") && contains(line, "No space left on device"))
        return "shmget_no_space";
    if (contains(line, "shmget") && contains(line, "Cannot allocate memory"))
        return "shmget_no_memory";
    return {};
}

std::string_view matchStart(std::string_view line) {
    // Apache 2.4 (AH00163 prefork, AH00292 worker, AH00489 event) and 2.2 say the same words.
    if (contains(line, "configured -- resuming normal operations") || contains(line, "AH00163") ||
        contains(line, "AH00292") || contains(line, "AH00489"))
        return "apache";
    if (contains(line, "database system is ready to accept connections"))
        return "postgresql";
    if (contains(line, "fpm is running, pid") || contains(line, "ready to handle connections"))
        return "php-fpm";
    // systemd in the journal or syslog: "systemd[1]: Started apache2.service - The Apache …".
    // Debian's plain postgresql.service only runs /bin/true, so it says nothing about a cluster;
    // its clusters are postgresql@15-main.service.
    if (contains(line, "systemd") && contains(line, ": Started ")) {
        const std::string_view unit = line.substr(line.find(": Started ") + 10);
        if (contains(unit, "apache2.service") || contains(unit, "httpd.service") ||
            contains(unit, "The Apache HTTP Server"))
            return "apache";
        if (contains(unit, "postgresql@") || contains(unit, "PostgreSQL Cluster"))
            return "postgresql";
        if (contains(unit, "php") && contains(unit, "fpm"))
            return "php-fpm";
    }
    return {};
}

namespace {

constexpr std::array<std::string_view, 12> Months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

int monthIndex(std::string_view s) {
    for (size_t i = 0; i < Months.size(); ++i)
        if (s == Months[i])
            return int(i);
    return -1;
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Reads exactly `n` digits at `pos`.
bool digits(std::string_view s, size_t pos, size_t n, int& out) {
    if (pos + n > s.size())
        return false;
    out = 0;
    for (size_t i = 0; i < n; ++i) {
        if (!isDigit(s[pos + i]))
            return false;
        out = out * 10 + (s[pos + i] - '0');
    }
    return true;
}

// hh:mm:ss at `pos`, then an optional fraction; returns the position after it or npos.
size_t clock(std::string_view s, size_t pos, std::tm& tm) {
    int h, m, sec;
    if (!digits(s, pos, 2, h) || pos + 2 >= s.size() || s[pos + 2] != ':' ||
        !digits(s, pos + 3, 2, m) || pos + 5 >= s.size() || s[pos + 5] != ':' ||
        !digits(s, pos + 6, 2, sec))
        return std::string_view::npos;
    if (h > 23 || m > 59 || sec > 60)
        return std::string_view::npos;
    tm.tm_hour = h;
    tm.tm_min = m;
    tm.tm_sec = sec;
    pos += 8;
    if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        ++pos;
        while (pos < s.size() && isDigit(s[pos]))
            ++pos;
    }
    return pos;
}

int64_t fromUtc(std::tm tm) {
    return int64_t(timegm(&tm));
}

int64_t fromLocal(std::tm tm) {
    tm.tm_isdst = -1;
    return int64_t(std::mktime(&tm));
}

// An optional zone after a space or directly: "Z", "+0000", "+00:00", "UTC", "GMT".
// Returns the offset east of UTC in seconds, or nullopt for "local"; advances `pos`.
std::optional<int> zone(std::string_view s, size_t& pos, bool allowSpace) {
    size_t p = pos;
    if (allowSpace && p < s.size() && s[p] == ' ')
        ++p;
    if (p < s.size() && s[p] == 'Z') {
        pos = p + 1;
        return 0;
    }
    if (s.substr(p, 3) == "UTC" || s.substr(p, 3) == "GMT") {
        pos = p + 3;
        return 0;
    }
    if (p < s.size() && (s[p] == '+' || s[p] == '-')) {
        int hh, mm;
        if (digits(s, p + 1, 2, hh)) {
            size_t q = p + 3;
            if (q < s.size() && s[q] == ':')
                ++q;
            if (digits(s, q, 2, mm)) {
                const int sign = s[p] == '-' ? -1 : 1;
                pos = q + 2;
                return sign * (hh * 3600 + mm * 60);
            }
        }
    }
    return std::nullopt;
}

// "2026-11-23 12:47:44.123 UTC" or "2026-11-23T12:47:44+0000"
std::optional<LogTime> isoLike(std::string_view s) {
    std::tm tm{};
    int y, mo, d;
    if (!digits(s, 0, 4, y) || s.size() < 11 || s[4] != '-' || !digits(s, 5, 2, mo) ||
        s[7] != '-' || !digits(s, 8, 2, d) || (s[10] != ' ' && s[10] != 'T'))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > 31)
        return std::nullopt;
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    size_t pos = clock(s, 11, tm);
    if (pos == std::string_view::npos)
        return std::nullopt;
    const std::optional<int> offset = zone(s, pos, s[10] == ' ');
    const int64_t t = offset ? fromUtc(tm) - *offset : fromLocal(tm);
    return LogTime{t, s.substr(0, pos)};
}

// "[Mon Nov 23 12:47:44.123456 2026]" (Apache 2.4; 2.2 without the fraction)
std::optional<LogTime> apache(std::string_view s) {
    if (s.size() < 26 || s[0] != '[' || s[4] != ' ' || s[8] != ' ')
        return std::nullopt;
    const int mon = monthIndex(s.substr(5, 3));
    if (mon < 0)
        return std::nullopt;
    std::tm tm{};
    int d;
    const size_t dayPos = s[9] == ' ' ? 10 : 9;
    if (!digits(s, dayPos, dayPos == 10 ? 1 : 2, d))
        return std::nullopt;
    size_t pos = dayPos + (dayPos == 10 ? 1 : 2);
    if (pos >= s.size() || s[pos] != ' ')
        return std::nullopt;
    pos = clock(s, pos + 1, tm);
    int y;
    if (pos == std::string_view::npos || pos >= s.size() || s[pos] != ' ' ||
        !digits(s, pos + 1, 4, y) || pos + 5 >= s.size() || s[pos + 5] != ']')
        return std::nullopt;
    tm.tm_year = y - 1900;
    tm.tm_mon = mon;
    tm.tm_mday = d;
    return LogTime{fromLocal(tm), s.substr(1, pos + 4)};
}

// "[23-Nov-2026 12:30:00]" (PHP-FPM's own log)
std::optional<LogTime> phpFpm(std::string_view s) {
    std::tm tm{};
    int d, y;
    if (s.size() < 22 || s[0] != '[' || !digits(s, 1, 2, d) || s[3] != '-' || s[7] != '-' ||
        !digits(s, 8, 4, y) || s[12] != ' ')
        return std::nullopt;
    const int mon = monthIndex(s.substr(4, 3));
    if (mon < 0 || d < 1 || d > 31)
        return std::nullopt;
    const size_t pos = clock(s, 13, tm);
    if (pos == std::string_view::npos || pos >= s.size() || s[pos] != ']')
        return std::nullopt;
    tm.tm_year = y - 1900;
    tm.tm_mon = mon;
    tm.tm_mday = d;
    return LogTime{fromLocal(tm), s.substr(1, pos - 1)};
}

// "Nov 23 12:47:44" (classic syslog; the day is space-padded)
std::optional<LogTime> syslog(std::string_view s, std::time_t now) {
    if (s.size() < 15 || s[3] != ' ')
        return std::nullopt;
    const int mon = monthIndex(s.substr(0, 3));
    if (mon < 0)
        return std::nullopt;
    int d;
    if (s[4] == ' ') {
        if (!digits(s, 5, 1, d))
            return std::nullopt;
    } else if (!digits(s, 4, 2, d)) {
        return std::nullopt;
    }
    if (s[6] != ' ')
        return std::nullopt;
    std::tm tm{};
    const size_t pos = clock(s, 7, tm);
    if (pos == std::string_view::npos)
        return std::nullopt;
    std::tm nowTm{};
    localtime_r(&now, &nowTm);
    tm.tm_year = nowTm.tm_year;
    tm.tm_mon = mon;
    tm.tm_mday = d;
    int64_t t = fromLocal(tm);
    // A December line read in January belongs to last year (a day of slack for clock skew).
    if (t > int64_t(now) + 86400) {
        tm.tm_year -= 1;
        t = fromLocal(tm);
    }
    return LogTime{t, s.substr(0, pos)};
}

} // namespace

std::optional<LogTime> parseLogTime(std::string_view line, std::time_t now) {
    if (line.empty())
        return std::nullopt;
    if (line[0] == '[')
        return line.size() > 3 && line[3] == '-' ? phpFpm(line) : apache(line);
    if (isDigit(line[0]))
        return isoLike(line);
    return syslog(line, now);
}

} // namespace ipcscope::helper
