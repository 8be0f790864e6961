// SPDX-License-Identifier: GPL-3.0-or-later
#include "removalreport.h"

#include "utf8.h"

#include <cstdlib>
#include <syslog.h>
#include <unistd.h>

namespace ipcscope::helper {

namespace {

constexpr std::string_view Schema = "ipcscope.removal-result/1";

// Object identity for people: "semaphore set 32769 (key 0x1c500001)" or "POSIX … \"name\"".
std::string describeItem(const RemovalItem& item) {
    const std::string where =
        item.ns ? " in IPC namespace " + std::to_string(*item.ns) : std::string();
    if (isSysv(item.kind))
        return std::string(kindWords(item.kind)) + " id " + std::to_string(item.id) + " (key " +
               std::to_string(item.key) + ", owner uid " + std::to_string(item.uid) + ")" + where;
    std::string name;
    appendRepairedUtf8(item.name, name);
    return std::string(kindWords(item.kind)) + " \"" + name + "\" (inode " +
           std::to_string(item.inode) + ", owner uid " + std::to_string(item.uid) + ")";
}

// Syslog lines must not carry control characters from names or plan text.
std::string printable(std::string_view in) {
    std::string repaired;
    appendRepairedUtf8(in, repaired);
    std::string out;
    for (char c : repaired)
        out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? '?' : c;
    return out;
}

} // namespace

std::string Requester::describe() const {
    std::string s = "uid " + std::to_string(uid);
    if (!sudoUser.empty())
        s += " (sudo by " + sudoUser + ")";
    if (!requestedBy.empty())
        s += ", requested by " + requestedBy;
    return s;
}

Requester currentRequester(const RemovalPlan& plan) {
    Requester r;
    r.requestedBy = plan.requestedBy;
    if (const char* sudo = std::getenv("SUDO_USER"))
        r.sudoUser = sudo;
    r.uid = uint32_t(::getuid());
    return r;
}

void writeRemovalResult(const RemovalPlan& plan, const std::vector<RemovalOutcome>& outcomes,
                        const Requester& requester, std::string_view helperVersion, JsonWriter& w) {
    size_t counts[3] = {0, 0, 0};
    w.beginObject();
    w.key("schema");
    w.string(Schema);
    w.key("helper");
    w.string(helperVersion);
    w.key("uid");
    w.unsignedInteger(requester.uid);
    w.key("sudo_user");
    if (requester.sudoUser.empty())
        w.null();
    else
        w.string(requester.sudoUser);
    w.key("requested_by");
    w.string(requester.requestedBy);
    w.key("items");
    w.beginArray();
    for (size_t i = 0; i < plan.items.size() && i < outcomes.size(); ++i) {
        const RemovalItem& item = plan.items[i];
        const RemovalOutcome& o = outcomes[i];
        ++counts[int(o.status)];
        w.beginObject();
        w.key("type");
        w.string(kindCode(item.kind));
        if (isSysv(item.kind)) {
            w.key("id");
            w.integer(item.id);
        } else {
            w.key("name");
            if (w.string(item.name)) {
                w.key("name_hex");
                w.string(toHex(item.name));
            }
        }
        if (item.ns) {
            w.key("ns");
            w.unsignedInteger(*item.ns);
        }
        w.key("forced");
        w.boolean(item.force);
        w.key("result");
        w.string(statusCode(o.status));
        w.key("code");
        w.string(o.code);
        w.key("message");
        w.string(o.message);
        w.key("errno");
        if (o.error)
            w.integer(o.error);
        else
            w.null();
        w.endObject();
    }
    w.endArray();
    w.key("removed");
    w.unsignedInteger(counts[0]);
    w.key("refused");
    w.unsignedInteger(counts[1]);
    w.key("failed");
    w.unsignedInteger(counts[2]);
    w.endObject();
}

std::string removalLogLine(const RemovalItem& item, const RemovalOutcome& outcome,
                           const Requester& requester) {
    std::string line = std::string(statusCode(outcome.status)) + " " + describeItem(item);
    if (item.force)
        line += " [forced]";
    line += " for " + requester.describe();
    if (outcome.status != RemovalOutcome::Status::Removed)
        line += ": " + outcome.code + ": " + outcome.message;
    return printable(line);
}

void logRemovals(const RemovalPlan& plan, const std::vector<RemovalOutcome>& outcomes,
                 const Requester& requester) {
    ::openlog("ipcscope-helper", LOG_PID, LOG_AUTHPRIV);
    for (size_t i = 0; i < plan.items.size() && i < outcomes.size(); ++i)
        ::syslog(LOG_AUTHPRIV | LOG_NOTICE, "%s",
                 removalLogLine(plan.items[i], outcomes[i], requester).c_str());
    ::closelog();
}

} // namespace ipcscope::helper
