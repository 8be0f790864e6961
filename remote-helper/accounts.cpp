// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts.h"

#include "fileio.h"
#include "textparse.h"

namespace ipcscope::helper {

static void parseIdFile(std::string_view text, std::unordered_map<uint32_t, std::string>& out) {
    LineReader lines(text);
    std::string_view line;
    while (lines.next(line)) {
        if (line.empty() || line.front() == '#' || line.front() == '+' || line.front() == '-')
            continue; // comments and NIS compat entries
        const auto c1 = line.find(':');
        if (c1 == 0 || c1 == std::string_view::npos)
            continue;
        const auto c2 = line.find(':', c1 + 1);
        if (c2 == std::string_view::npos)
            continue;
        const auto c3 = line.find(':', c2 + 1);
        const auto idField = line.substr(
            c2 + 1, c3 == std::string_view::npos ? std::string_view::npos : c3 - c2 - 1);
        const auto id = toUInt64(idField);
        if (!id || *id > UINT32_MAX)
            continue;
        out.try_emplace(static_cast<uint32_t>(*id), line.substr(0, c1));
    }
}

void Accounts::parsePasswd(std::string_view text) {
    parseIdFile(text, m_users);
}

void Accounts::parseGroup(std::string_view text) {
    parseIdFile(text, m_groups);
}

bool Accounts::load(const char* passwdPath, const char* groupPath) {
    std::string buf;
    bool ok = readFile(passwdPath, buf);
    parsePasswd(buf);
    ok = readFile(groupPath, buf) && ok;
    parseGroup(buf);
    return ok;
}

const std::string& Accounts::userName(uint32_t uid) const {
    const auto it = m_users.find(uid);
    if (it != m_users.end())
        return it->second;
    return m_unknown.try_emplace(uid, std::to_string(uid)).first->second;
}

const std::string& Accounts::groupName(uint32_t gid) const {
    const auto it = m_groups.find(gid);
    if (it != m_groups.end())
        return it->second;
    return m_unknown.try_emplace(gid, std::to_string(gid)).first->second;
}

} // namespace ipcscope::helper
