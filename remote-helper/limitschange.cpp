// SPDX-License-Identifier: GPL-3.0-or-later
#include "limitschange.h"

#include "jsonreader.h"

#include <algorithm>

namespace ipcscope::helper {

const std::vector<std::string_view>& allowedLimitParameters() {
    // Only the IPC limits: a limits change must never become a way to set any sysctl as root.
    static const std::vector<std::string_view> list = {"kernel.sem",
                                                       "kernel.shmmax",
                                                       "kernel.shmall",
                                                       "kernel.shmmni",
                                                       "kernel.msgmax",
                                                       "kernel.msgmnb",
                                                       "kernel.msgmni",
                                                       "fs.mqueue.queues_max",
                                                       "fs.mqueue.msg_max",
                                                       "fs.mqueue.msgsize_max",
                                                       "fs.mqueue.msg_default",
                                                       "fs.mqueue.msgsize_default"};
    return list;
}

std::string LimitSetting::text() const {
    std::string out;
    for (size_t i = 0; i < values.size(); ++i) {
        if (i)
            out += ' ';
        out += std::to_string(values[i]);
    }
    return out;
}

std::string sysctlLineKey(const std::string& line) {
    const size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos || line[start] == '#' || line[start] == ';')
        return {};
    const size_t eq = line.find('=', start);
    if (eq == std::string::npos)
        return {}; // systemd-sysctl ignores a line that is not an assignment
    std::string key = line.substr(start, eq - start);
    while (!key.empty() && (key.back() == ' ' || key.back() == '\t'))
        key.pop_back();
    return key;
}

namespace {

bool readValue(const JsonValue& v, uint64_t& out) {
    if (!v.isInteger() || v.negative())
        return false;
    out = v.magnitude();
    return true;
}

} // namespace

bool parseLimitsChange(std::string_view text, LimitsChange& change, std::string& error) {
    JsonValue doc;
    // A change names at most 13 parameters: a few dozen values, nothing deep.
    JsonLimits bounds;
    bounds.maxDepth = 8;
    bounds.maxValues = 1024;
    bounds.maxMembers = 64;
    if (!parseJson(text, doc, error, bounds)) {
        error = "the limits change could not be read: " + error;
        return false;
    }
    if (!doc.isObject()) {
        error = "the limits change must be a JSON object";
        return false;
    }
    for (const auto& [name, value] : doc.members())
        if (name != "schema" && name != "write_file" && name != "limits" &&
            name != "file_content" && name != "remove_file" && name != "ns") {
            error = "unknown member '" + name + "' in the limits change";
            return false;
        }
    const JsonValue* schema = doc.find("schema");
    if (!schema || !schema->isString() || schema->string() != "ipcscope.limits-change/1") {
        error = "the limits change must have \"schema\": \"ipcscope.limits-change/1\"";
        return false;
    }
    LimitsChange out;
    if (const JsonValue* ns = doc.find("ns")) {
        uint64_t v = 0;
        if (!readValue(*ns, v) || v == 0 || v > UINT32_MAX) {
            error = "\"ns\" must be the inode of an IPC namespace (a positive integer)";
            return false;
        }
        out.ns = v;
        out.writeFile = false; // the default: the host's file is not the container's
    }
    if (const JsonValue* wf = doc.find("write_file")) {
        if (!wf->isBool()) {
            error = "\"write_file\" must be true or false";
            return false;
        }
        out.writeFile = wf->boolean();
    }
    const JsonValue* content = doc.find("file_content");
    const JsonValue* remove = doc.find("remove_file");
    if (content && remove) {
        error = "\"file_content\" and \"remove_file\" cannot both be given";
        return false;
    }
    if (content) {
        if (!content->isString()) {
            error = "\"file_content\" must be a string";
            return false;
        }
        out.fileMode = LimitsChange::FileMode::Replace;
        out.fileContent = content->string();
    }
    if (remove) {
        if (!remove->isBool() || !remove->boolean()) {
            error = "\"remove_file\" must be true when given";
            return false;
        }
        out.fileMode = LimitsChange::FileMode::Remove;
    }
    if (out.ns && (out.writeFile || content || remove)) {
        error = "the limits of another IPC namespace (\"ns\") are set at runtime only: "
                "\"write_file\", \"file_content\" and \"remove_file\" are the host's "
                "/etc/sysctl.d";
        return false;
    }
    if (out.fileMode != LimitsChange::FileMode::Merge && !out.writeFile) {
        error = "\"file_content\" and \"remove_file\" need \"write_file\": true";
        return false;
    }
    const JsonValue* limits = doc.find("limits");
    if (!limits || !limits->isObject() || limits->members().empty()) {
        error = "the limits change must have a non-empty \"limits\" object";
        return false;
    }
    const auto& allowed = allowedLimitParameters();
    for (const auto& [name, value] : limits->members()) {
        if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
            error = "'" + name + "' is not a kernel IPC limit that apply-limits sets";
            return false;
        }
        LimitSetting s;
        s.parameter = name;
        s.procPath = "/proc/sys/" + name;
        std::replace(s.procPath.begin() + 10, s.procPath.end(), '.', '/');
        const size_t expected = name == "kernel.sem" ? 4 : 1;
        if (expected == 4) {
            if (!value.isArray() || value.elements().size() != 4) {
                error = "kernel.sem must be an array of 4 integers (SEMMSL SEMMNS SEMOPM SEMMNI)";
                return false;
            }
            for (const JsonValue& e : value.elements()) {
                uint64_t v = 0;
                if (!readValue(e, v)) {
                    error = "kernel.sem must hold non-negative integers";
                    return false;
                }
                s.values.push_back(v);
            }
        } else {
            uint64_t v = 0;
            if (!readValue(value, v)) {
                error = name + " must be a non-negative integer";
                return false;
            }
            s.values.push_back(v);
        }
        out.settings.push_back(std::move(s));
    }
    change = std::move(out);
    return true;
}

} // namespace ipcscope::helper
