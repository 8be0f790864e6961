// SPDX-License-Identifier: GPL-3.0-or-later
// A small, strict JSON reader for the documents the helper is given (a removal plan on stdin).
// Strict on purpose: what a person confirmed must not be reinterpreted. It accepts RFC 8259
// JSON only — no comments, trailing commas, single quotes, NaN, leading zeros, lone surrogates,
// invalid UTF-8 or duplicate object keys — and nothing after the document but white space.
// Numbers are kept as integers (the plan has no fractions); a fraction or exponent is an error.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ipcscope::helper {

class JsonValue {
public:
    enum class Type { Null, Bool, Integer, String, Array, Object };

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isInteger() const { return m_type == Type::Integer; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool boolean() const { return m_bool; }
    // Integers within [-2^63, 2^64): negative() tells which of the two views holds the value.
    bool negative() const { return m_negative; }
    int64_t int64() const { return int64_t(m_magnitude); }
    uint64_t magnitude() const { return m_magnitude; }
    const std::string& string() const { return m_string; }
    const std::vector<JsonValue>& elements() const { return m_elements; }
    const std::vector<std::pair<std::string, JsonValue>>& members() const { return m_members; }
    // The member called `name`, or nullptr.
    const JsonValue* find(std::string_view name) const;

private:
    friend class JsonParser;
    Type m_type = Type::Null;
    bool m_bool = false;
    bool m_negative = false;
    uint64_t m_magnitude = 0; // two's complement bits when negative
    std::string m_string;
    std::vector<JsonValue> m_elements;
    std::vector<std::pair<std::string, JsonValue>> m_members;
};

// Bounds on what one document may hold, so that hostile input is refused early (at the first
// value over a limit) instead of costing time and memory: each value costs about 100 bytes,
// so maxValues bounds the memory as well. Duplicate keys are found with a hash (no quadratic
// search).
struct JsonLimits {
    size_t maxDepth = 32;         // nesting of arrays and objects
    size_t maxValues = 1'000'000; // values in the whole document (each member and element)
    size_t maxMembers = 64;       // members of one object
};

// Parses `text` into `out`. False with a one-line English `error` (including the byte offset)
// on anything that is not one complete, strict JSON document within `limits`.
bool parseJson(std::string_view text, JsonValue& out, std::string& error,
               const JsonLimits& limits = {});

} // namespace ipcscope::helper
