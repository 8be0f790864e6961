// SPDX-License-Identifier: GPL-3.0-or-later
#include "procparse.h"

#include "textparse.h"

namespace ipcscope::helper {

std::optional<StatFields> parseStat(std::string_view text) {
    const auto open = text.find('(');
    const auto close = text.rfind(')');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open)
        return std::nullopt;
    StatFields s;
    s.comm = text.substr(open + 1, close - open - 1);
    // After the comm: field 3 (state) onwards, numbered as in proc(5).
    FieldReader fields(text.substr(close + 1));
    std::string_view f;
    int index = 3;
    bool haveStart = false;
    while (fields.next(f)) {
        switch (index) {
        case 3:
            if (f.size() != 1)
                return std::nullopt;
            s.state = f[0];
            break;
        case 4: {
            const auto v = toInt64(f);
            if (!v)
                return std::nullopt;
            s.ppid = *v;
            break;
        }
        case 9: {
            const auto v = toUInt64(f);
            if (!v)
                return std::nullopt;
            s.flags = *v;
            break;
        }
        case 22: {
            const auto v = toUInt64(f);
            if (!v)
                return std::nullopt;
            s.startTicks = *v;
            haveStart = true;
            break;
        }
        default:
            break;
        }
        if (index == 22)
            break;
        ++index;
    }
    if (!haveStart)
        return std::nullopt;
    return s;
}

std::optional<uint32_t> parseStatusRealUid(std::string_view text) {
    LineReader lines(text);
    std::string_view line;
    while (lines.next(line)) {
        if (line.substr(0, 4) != "Uid:")
            continue;
        FieldReader fields(line.substr(4));
        std::string_view f;
        if (!fields.next(f))
            return std::nullopt;
        const auto v = toUInt64(f);
        if (!v || *v > UINT32_MAX)
            return std::nullopt;
        return static_cast<uint32_t>(*v);
    }
    return std::nullopt;
}

static std::optional<uint32_t> hexNumber(std::string_view s) {
    if (s.empty() || s.size() > 8)
        return std::nullopt;
    uint32_t v = 0;
    for (const char c : s) {
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= uint32_t(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= uint32_t(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= uint32_t(c - 'A' + 10);
        else
            return std::nullopt;
    }
    return v;
}

void parseMaps(std::string_view text, const std::function<void(const MapsEntry&)>& onFile) {
    LineReader lines(text);
    std::string_view line;
    while (lines.next(line)) {
        // Cheap reject: anonymous mappings, [heap], [stack] … have no '/'.
        const auto slash = line.find('/');
        if (slash == std::string_view::npos)
            continue;
        // address perms offset dev inode path
        FieldReader fields(line);
        std::string_view address, perms, offset, dev, inode;
        if (!fields.next(address) || !fields.next(perms) || !fields.next(offset) ||
            !fields.next(dev) || !fields.next(inode))
            continue;
        const std::string_view path = trimmed(fields.rest());
        if (path.empty() || path.front() != '/')
            continue;
        const auto colon = dev.find(':');
        if (colon == std::string_view::npos)
            continue;
        const auto major = hexNumber(dev.substr(0, colon));
        const auto minor = hexNumber(dev.substr(colon + 1));
        const auto ino = toUInt64(inode);
        if (!major || !minor || !ino)
            continue;
        onFile(MapsEntry{*major, *minor, *ino, path});
    }
}

std::optional<int64_t> parseBootTime(std::string_view procStat) {
    LineReader lines(procStat);
    std::string_view line;
    while (lines.next(line)) {
        if (line.substr(0, 6) == "btime ")
            return toInt64(trimmed(line.substr(6)));
    }
    return std::nullopt;
}

std::optional<uint64_t> parseMemTotal(std::string_view meminfo) {
    LineReader lines(meminfo);
    std::string_view line;
    while (lines.next(line)) {
        if (line.substr(0, 9) != "MemTotal:")
            continue;
        FieldReader fields(line.substr(9));
        std::string_view number, unit;
        if (!fields.next(number))
            return std::nullopt;
        const auto v = toUInt64(number);
        if (!v)
            return std::nullopt;
        if (fields.next(unit) && unit == "kB")
            return *v * 1024;
        return *v;
    }
    return std::nullopt;
}

std::optional<uint64_t> parseUptimeCentis(std::string_view uptime) {
    FieldReader fields(uptime);
    std::string_view first;
    if (!fields.next(first))
        return std::nullopt;
    const auto dot = first.find('.');
    const auto whole = toUInt64(first.substr(0, dot));
    if (!whole)
        return std::nullopt;
    uint64_t centis = *whole * 100;
    if (dot != std::string_view::npos) {
        const std::string_view frac = first.substr(dot + 1);
        if (frac.empty() || frac.size() > 9 || !toUInt64(frac))
            return std::nullopt;
        if (frac.size() >= 1)
            centis += uint64_t(frac[0] - '0') * 10;
        if (frac.size() >= 2)
            centis += uint64_t(frac[1] - '0');
    }
    return centis;
}

} // namespace ipcscope::helper
