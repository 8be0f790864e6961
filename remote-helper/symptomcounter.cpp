// SPDX-License-Identifier: GPL-3.0-or-later
#include "symptomcounter.h"

#include "fileio.h"
#include "logsignatures.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace ipcscope::helper {

namespace {
constexpr std::string_view Header = "ipcscope-symptom-counts 1";
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
    std::istringstream in(text);
    std::string line;
    if (!std::getline(in, line) || line != Header) {
        error = path + " is not a symptom count file of this helper";
        return false;
    }
    // One line per signature: "signature total last_seen at_last_seen".
    while (std::getline(in, line)) {
        if (line.empty())
            continue;
        std::istringstream fields(line);
        std::string signature;
        SymptomCount c;
        if (!(fields >> signature >> c.total >> c.lastSeen >> c.atLastSeen)) {
            counts.clear();
            error = path + " has a line that is not \"signature total last_seen count\"";
            return false;
        }
        counts[signature] = c;
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
    std::string tmp = path + ".XXXXXX";
    const int fd = ::mkstemp(tmp.data());
    if (fd < 0)
        return "cannot create a file next to " + path + ": " + std::strerror(errno);
    const bool written =
        writeAll(fd, text.data(), text.size()) && ::fchmod(fd, 0644) == 0 && ::fsync(fd) == 0;
    const int writeErrno = errno;
    if (::close(fd) != 0 || !written) {
        ::unlink(tmp.c_str());
        return "cannot write " + tmp + ": " + std::strerror(written ? errno : writeErrno);
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const int e = errno;
        ::unlink(tmp.c_str());
        return "cannot rename " + tmp + " to " + path + ": " + std::strerror(e);
    }
    return {};
}

} // namespace ipcscope::helper
