// SPDX-License-Identifier: GPL-3.0-or-later
#include "utf8.h"

namespace ipcscope::helper {

// Length of the well-formed sequence at the start of `s`, or 0 when it is ill-formed; `bad` is then
// the length of the maximal subpart to replace by one U+FFFD (at least 1).
// Ranges follow Table 3-7 of the Unicode standard.
static size_t wellFormedLength(std::string_view s, size_t& bad) {
    const auto b = [&](size_t i) {
        return static_cast<unsigned char>(s[i]);
    };
    const unsigned char c = b(0);
    bad = 1;
    if (c < 0x80)
        return 1;
    size_t len;
    unsigned char lo = 0x80, hi = 0xbf; // allowed range of the second byte
    if (c >= 0xc2 && c <= 0xdf) {
        len = 2;
    } else if (c >= 0xe0 && c <= 0xef) {
        len = 3;
        if (c == 0xe0)
            lo = 0xa0; // no overlongs
        else if (c == 0xed)
            hi = 0x9f; // no surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
        len = 4;
        if (c == 0xf0)
            lo = 0x90; // no overlongs
        else if (c == 0xf4)
            hi = 0x8f; // nothing above U+10FFFF
    } else {
        return 0; // 0x80..0xc1 and 0xf5..0xff never start a sequence
    }
    for (size_t i = 1; i < len; ++i) {
        if (i >= s.size())
            return 0;
        const unsigned char ci = b(i);
        const bool ok = i == 1 ? (ci >= lo && ci <= hi) : (ci >= 0x80 && ci <= 0xbf);
        if (!ok)
            return 0;
        bad = i + 1;
    }
    return len;
}

bool appendRepairedUtf8(std::string_view in, std::string& out) {
    bool repaired = false;
    size_t i = 0;
    while (i < in.size()) {
        // Fast path for runs of ASCII.
        size_t j = i;
        while (j < in.size() && static_cast<unsigned char>(in[j]) < 0x80)
            ++j;
        if (j > i) {
            out.append(in.data() + i, j - i);
            i = j;
            continue;
        }
        size_t bad = 1;
        const size_t len = wellFormedLength(in.substr(i), bad);
        if (len > 0) {
            out.append(in.data() + i, len);
            i += len;
        } else {
            // `bad` is the maximal subpart: the lead byte plus the continuation bytes that
            // were acceptable before the sequence broke off.
            out.append("\xef\xbf\xbd");
            i += bad;
            repaired = true;
        }
    }
    return repaired;
}

bool isValidUtf8(std::string_view in) {
    size_t i = 0;
    while (i < in.size()) {
        size_t bad = 1;
        const size_t len = wellFormedLength(in.substr(i), bad);
        if (len == 0)
            return false;
        i += len;
    }
    return true;
}

std::string toHex(std::string_view bytes) {
    static const char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        out.push_back(digits[c >> 4]);
        out.push_back(digits[c & 0xf]);
    }
    return out;
}

} // namespace ipcscope::helper
