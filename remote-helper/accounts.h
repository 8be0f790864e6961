// SPDX-License-Identifier: GPL-3.0-or-later
// User and group names from /etc/passwd and /etc/group. A static glibc cannot load NSS modules
// reliably, so the helper reads the files itself and never calls getpwuid()/getgrgid(); ids
// without a local entry (LDAP, SSSD users) are shown as the number.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ipcscope::helper {

class Accounts {
public:
    // Parses "name:x:id:..." lines; comments, blank and malformed lines are skipped; the first
    // entry for an id wins (like getpwuid on files).
    void parsePasswd(std::string_view text);
    void parseGroup(std::string_view text);
    // Reads the system files; false when one could not be read.
    bool load(const char* passwdPath = "/etc/passwd", const char* groupPath = "/etc/group");

    // The name, or the number as a string when the id has no entry. References stay valid as
    // long as the Accounts; not thread-safe (numbers are cached on first use).
    const std::string& userName(uint32_t uid) const;
    const std::string& groupName(uint32_t gid) const;
    bool hasUser(uint32_t uid) const { return m_users.count(uid) != 0; }
    bool hasGroup(uint32_t gid) const { return m_groups.count(gid) != 0; }

private:
    std::unordered_map<uint32_t, std::string> m_users, m_groups;
    mutable std::unordered_map<uint32_t, std::string> m_unknown; // ids shown as numbers
};

} // namespace ipcscope::helper
