// SPDX-License-Identifier: GPL-3.0-or-later
#include "symptomcounter.h"

#include "fileio.h"
#include "logsignatures.h"
#include "textparse.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace ipcscope::helper {

namespace {
constexpr std::string_view Header = "ipcscope-symptom-counts 1";

// The words of a line separated by blanks. (No <sstream>: its locale machinery would add about
// 600 KB to the static helper.)
std::vector<std::string_view> words(std::string_view line) {
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < line.size()) {
        const size_t start = line.find_first_not_of(" \t", i);
        if (start == std::string_view::npos)
            break;
        const size_t end = std::min(line.find_first_of(" \t", start), line.size());
        out.push_back(line.substr(start, end - start));
        i = end;
    }
    return out;
}
} // namespace

bool readSymptomCounts(const std::string& path, SymptomCounts& counts, std::string& error) {
    counts.clear();
    std::string text;
    if (!readFile(path.c_str(), text)) {
        if (errno == ENOENT)
            return true;
        error = "cannot read " + path + ": " + std::strerror(errno);
        return false;
    }
    const std::string_view all = text;
    size_t eol = all.find('\n');
    if (all.substr(0, eol) != Header) {
        error = path + " is not a symptom count file of this helper";
        return false;
    }
    // One line per signature: "signature total last_seen at_last_seen".
    while (eol != std::string_view::npos && eol + 1 < all.size()) {
        const size_t start = eol + 1;
        eol = all.find('\n', start);
        const std::string_view line =
            all.substr(start, eol == std::string_view::npos ? std::string_view::npos : eol - start);
        const std::vector<std::string_view> f = words(line);
        if (f.empty())
            continue;
        const auto total = f.size() == 4 ? toUInt64(f[1]) : std::nullopt;
        const auto lastSeen = f.size() == 4 ? toInt64(f[2]) : std::nullopt;
        const auto atLastSeen = f.size() == 4 ? toUInt64(f[3]) : std::nullopt;
        if (!total || !lastSeen || !atLastSeen) {
            counts.clear();
            error = path + " has a line that is not \"signature total last_seen count\"";
            return false;
        }
        counts[std::string(f[0])] = SymptomCount{*total, *lastSeen, *atLastSeen};
    }
    return true;
}

void countNewSymptoms(const SymptomScan& scan, SymptomCounts& counts) {
    for (std::string_view known : KnownSignatures) {
        SymptomCount& c = counts[std::string(known)];
        const int64_t before = c.lastSeen;
        uint64_t atBefore = 0; // lines with the time stamp counted last time, seen again now
        int64_t newest = before;
        uint64_t atNewest = 0;
        for (const Symptom& sym : scan.symptoms) {
            if (sym.signature != known || !sym.time || *sym.time < before)
                continue;
            if (*sym.time == before) {
                ++atBefore;
                continue;
            }
            ++c.total;
            if (*sym.time > newest) {
                newest = *sym.time;
                atNewest = 0;
            }
            atNewest += *sym.time == newest;
        }
        // Lines in the second counted last time: only those beyond the ones counted then (a
        // second may have got more lines after the last run).
        if (atBefore > c.atLastSeen)
            c.total += atBefore - c.atLastSeen;
        if (newest != before) {
            c.lastSeen = newest;
            c.atLastSeen = atNewest;
        } else if (atBefore > c.atLastSeen) {
            c.atLastSeen = atBefore;
        }
    }
}

std::string writeSymptomCounts(const std::string& path, const SymptomCounts& counts) {
    std::string text(Header);
    text += '\n';
    for (const auto& [signature, c] : counts)
        text += signature + ' ' + std::to_string(c.total) + ' ' + std::to_string(c.lastSeen) + ' ' +
                std::to_string(c.atLastSeen) + '\n';
    return replaceFileAtomically(path + ".XXXXXX", path, text, "next to " + path);
}

} // namespace ipcscope::helper
