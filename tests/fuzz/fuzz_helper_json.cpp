// SPDX-License-Identifier: GPL-3.0-or-later
// The helper's strict JSON reader and the two documents it reads on stdin as root: removal plans
// (`ipcscope-helper remove`) and limits changes (`apply-limits`). Checks, besides "no crash, no
// leak, no undefined behaviour": every refusal says why; a document the reader accepts, written
// back with the helper's JSON string escaping, reads again as the same document; an accepted plan
// names only safe POSIX names; an accepted limits change sets only allowed parameters, each once,
// with four values for kernel.sem and one otherwise.
#include "fuzzsupport.h"

#include "jsonreader.h"
#include "jsonwriter.h" // appendJsonString
#include "limitschange.h"
#include "removalplan.h"

#include <algorithm>
#include <set>

using namespace ipcscope::helper;

namespace {

// Compact JSON; strings and keys go through the helper's own appendJsonString.
void write(const JsonValue& v, std::string& out) {
    const auto string = [&out](const std::string& bytes) {
        if (appendJsonString(bytes, out))
            ipcscope::fuzz::mismatch("the reader accepted invalid UTF-8", "", bytes);
    };
    switch (v.type()) {
    case JsonValue::Type::Null:
        out += "null";
        break;
    case JsonValue::Type::Bool:
        out += v.boolean() ? "true" : "false";
        break;
    case JsonValue::Type::Integer:
        out += v.negative() ? std::to_string(v.int64()) : std::to_string(v.magnitude());
        break;
    case JsonValue::Type::String:
        string(v.string());
        break;
    case JsonValue::Type::Array:
        out += '[';
        for (size_t i = 0; i < v.elements().size(); ++i) {
            if (i)
                out += ',';
            write(v.elements()[i], out);
        }
        out += ']';
        break;
    case JsonValue::Type::Object:
        out += '{';
        for (size_t i = 0; i < v.members().size(); ++i) {
            if (i)
                out += ',';
            string(v.members()[i].first);
            out += ':';
            write(v.members()[i].second, out);
        }
        out += '}';
        break;
    }
}

std::string text(const JsonValue& v) {
    std::string out;
    write(v, out);
    return out;
}

void checkJson(std::string_view input) {
    JsonValue doc;
    std::string error;
    if (!parseJson(input, doc, error)) {
        if (error.empty())
            ipcscope::fuzz::mismatch("parseJson refused without a reason", "a reason", "");
        return;
    }
    const std::string written = text(doc);
    JsonValue again;
    if (!parseJson(written, again, error))
        ipcscope::fuzz::mismatch("a document written back does not read", input, written);
    if (text(again) != written)
        ipcscope::fuzz::mismatch("a document written back reads differently", written, text(again));
}

void checkPlan(std::string_view input) {
    RemovalPlan plan;
    std::string error;
    if (!parseRemovalPlan(input, plan, error)) {
        if (error.empty())
            ipcscope::fuzz::mismatch("parseRemovalPlan refused without a reason", "a reason", "");
        return;
    }
    for (const RemovalItem& item : plan.items)
        if (!isSysv(item.kind) && !isSafePosixName(item.name))
            ipcscope::fuzz::mismatch("a plan with an unsafe POSIX name was accepted", input,
                                     item.name);
}

void checkLimits(std::string_view input) {
    LimitsChange change;
    std::string error;
    if (!parseLimitsChange(input, change, error)) {
        if (error.empty())
            ipcscope::fuzz::mismatch("parseLimitsChange refused without a reason", "a reason", "");
        return;
    }
    const auto& allowed = allowedLimitParameters();
    std::set<std::string> seen;
    for (const LimitSetting& s : change.settings) {
        if (std::find(allowed.begin(), allowed.end(), s.parameter) == allowed.end())
            ipcscope::fuzz::mismatch("a parameter outside the allowed list", input, s.parameter);
        if (!seen.insert(s.parameter).second)
            ipcscope::fuzz::mismatch("a parameter set twice", input, s.parameter);
        if (s.values.size() != (s.parameter == "kernel.sem" ? 4u : 1u))
            ipcscope::fuzz::mismatch("the wrong number of values", input, s.text());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    checkJson(input);
    checkPlan(input);
    checkLimits(input);
    return 0;
}
