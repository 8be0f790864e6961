// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers the fuzz harnesses share: a deterministic random source derived from the input
// (so that a crash file reproduces the same run), and a loud stop when a harness's own check
// fails, which libFuzzer reports as a crash and saves the input of.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace ipcscope::fuzz {

// splitmix64, seeded with FNV-1a of the input: no global state, same input → same pieces.
class Random {
public:
    Random(const uint8_t* data, size_t size) {
        uint64_t h = 14695981039346656037ull;
        for (size_t i = 0; i < size; ++i)
            h = (h ^ data[i]) * 1099511628211ull;
        m_state = h;
    }
    uint64_t next() {
        uint64_t z = (m_state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    // 1 … max
    size_t upTo(size_t max) { return max == 0 ? 1 : 1 + size_t(next() % max); }

private:
    uint64_t m_state;
};

// Stops with both sides printed: a property the harness checks does not hold.
[[noreturn]] inline void mismatch(const char* what, std::string_view expected,
                                  std::string_view got) {
    const auto head = [](std::string_view s) {
        return s.substr(0, 2000);
    };
    std::fprintf(stderr, "\n*** %s\n--- expected (%zu bytes):\n%.*s\n--- got (%zu bytes):\n%.*s\n",
                 what, expected.size(), int(head(expected).size()), head(expected).data(),
                 got.size(), int(head(got).size()), head(got).data());
    std::abort();
}

} // namespace ipcscope::fuzz
