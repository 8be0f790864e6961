// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include "utf8.h"

#include <unordered_set>

namespace ipcscope::helper {

const JsonValue* JsonValue::find(std::string_view name) const {
    for (const auto& [key, value] : m_members) {
        if (key == name)
            return &value;
    }
    return nullptr;
}

class JsonParser {
public:
    JsonParser(std::string_view text, const JsonLimits& limits)
        : m_text(text)
        , m_limits(limits) {}

    bool parseDocument(JsonValue& out, std::string& error) {
        skipSpace();
        if (!parseValue(out, 0)) {
            error = m_error + " at byte " + std::to_string(m_pos);
            return false;
        }
        skipSpace();
        if (m_pos != m_text.size()) {
            error = "unexpected text after the JSON document at byte " + std::to_string(m_pos);
            return false;
        }
        return true;
    }

private:
    bool fail(const char* what) {
        m_error = what;
        return false;
    }
    bool failLimit(const std::string& what) {
        m_error = what;
        return false;
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

    void skipSpace() {
        while (!atEnd()) {
            const char c = m_text[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    bool literal(std::string_view word) {
        if (m_text.substr(m_pos, word.size()) != word)
            return fail("invalid literal");
        m_pos += word.size();
        return true;
    }

    bool parseValue(JsonValue& v, size_t depth) {
        if (atEnd())
            return fail("unexpected end of input");
        if (++m_values > m_limits.maxValues)
            return failLimit("more than " + std::to_string(m_limits.maxValues) +
                             " values, more than this document may hold");
        switch (peek()) {
        case '{':
            return parseObject(v, depth + 1);
        case '[':
            return parseArray(v, depth + 1);
        case '"':
            v.m_type = JsonValue::Type::String;
            return parseString(v.m_string);
        case 't':
            v.m_type = JsonValue::Type::Bool;
            v.m_bool = true;
            return literal("true");
        case 'f':
            v.m_type = JsonValue::Type::Bool;
            v.m_bool = false;
            return literal("false");
        case 'n':
            v.m_type = JsonValue::Type::Null;
            return literal("null");
        default:
            return parseNumber(v);
        }
    }

    bool tooDeep(size_t depth) {
        if (depth <= m_limits.maxDepth)
            return false;
        failLimit("nesting deeper than " + std::to_string(m_limits.maxDepth));
        return true;
    }

    bool parseObject(JsonValue& v, size_t depth) {
        if (tooDeep(depth))
            return false;
        v.m_type = JsonValue::Type::Object;
        ++m_pos; // '{'
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        // Keys seen so far, by hash: a linear search per key would make n keys cost n².
        std::unordered_set<std::string> keys;
        for (;;) {
            if (peek() != '"')
                return fail("expected a string as object key");
            if (v.m_members.size() >= m_limits.maxMembers)
                return failLimit("an object with more than " + std::to_string(m_limits.maxMembers) +
                                 " members, more than this document may hold");
            std::string key;
            if (!parseString(key))
                return false;
            if (!keys.insert(key).second)
                return fail("duplicate object key");
            skipSpace();
            if (peek() != ':')
                return fail("expected ':'");
            ++m_pos;
            skipSpace();
            JsonValue member;
            if (!parseValue(member, depth))
                return false;
            v.m_members.emplace_back(std::move(key), std::move(member));
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                skipSpace();
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return true;
            }
            return atEnd() ? fail("unexpected end of input") : fail("expected ',' or '}'");
        }
    }

    bool parseArray(JsonValue& v, size_t depth) {
        if (tooDeep(depth))
            return false;
        v.m_type = JsonValue::Type::Array;
        ++m_pos; // '['
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            JsonValue element;
            if (!parseValue(element, depth))
                return false;
            v.m_elements.push_back(std::move(element));
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                skipSpace();
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                return true;
            }
            return atEnd() ? fail("unexpected end of input") : fail("expected ',' or ']'");
        }
    }

    bool hex4(uint32_t& out) {
        if (m_text.size() - m_pos < 4)
            return fail("truncated \\u escape");
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text[m_pos++];
            out <<= 4;
            if (c >= '0' && c <= '9')
                out |= uint32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                out |= uint32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                out |= uint32_t(c - 'A' + 10);
            else
                return fail("invalid \\u escape");
        }
        return true;
    }

    static void appendUtf8(uint32_t cp, std::string& out) {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xc0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            out += char(0xe0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3f));
            out += char(0x80 | (cp & 0x3f));
        } else {
            out += char(0xf0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3f));
            out += char(0x80 | ((cp >> 6) & 0x3f));
            out += char(0x80 | (cp & 0x3f));
        }
    }

    bool parseEscape(std::string& out) {
        if (atEnd())
            return fail("unterminated string");
        const char c = m_text[m_pos++];
        switch (c) {
        case '"':
            out += '"';
            return true;
        case '\\':
            out += '\\';
            return true;
        case '/':
            out += '/';
            return true;
        case 'b':
            out += '\b';
            return true;
        case 'f':
            out += '\f';
            return true;
        case 'n':
            out += '\n';
            return true;
        case 'r':
            out += '\r';
            return true;
        case 't':
            out += '\t';
            return true;
        case 'u':
            break;
        default:
            return fail("invalid escape");
        }
        uint32_t cp = 0;
        if (!hex4(cp))
            return false;
        if (cp >= 0xdc00 && cp <= 0xdfff)
            return fail("lone low surrogate");
        if (cp >= 0xd800 && cp <= 0xdbff) {
            if (m_text.substr(m_pos, 2) != "\\u")
                return fail("lone high surrogate");
            m_pos += 2;
            uint32_t low = 0;
            if (!hex4(low))
                return false;
            if (low < 0xdc00 || low > 0xdfff)
                return fail("lone high surrogate");
            cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        }
        appendUtf8(cp, out);
        return true;
    }

    bool parseString(std::string& out) {
        ++m_pos; // '"'
        const size_t start = m_pos;
        std::string raw;
        for (;;) {
            if (atEnd())
                return fail("unterminated string");
            const char c = m_text[m_pos];
            if (c == '"') {
                ++m_pos;
                break;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail("control character in string");
            if (c == '\\') {
                ++m_pos;
                if (!parseEscape(raw))
                    return false;
                continue;
            }
            raw += c;
            ++m_pos;
        }
        if (!isValidUtf8(raw)) {
            m_pos = start;
            return fail("invalid UTF-8 in string");
        }
        out = std::move(raw);
        return true;
    }

    bool parseNumber(JsonValue& v) {
        const size_t start = m_pos;
        bool negative = false;
        if (peek() == '-') {
            negative = true;
            ++m_pos;
        }
        if (!(peek() >= '0' && peek() <= '9'))
            return fail("invalid value");
        if (peek() == '0' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] >= '0' &&
            m_text[m_pos + 1] <= '9')
            return fail("leading zero in number");
        uint64_t magnitude = 0;
        while (peek() >= '0' && peek() <= '9') {
            const uint64_t digit = uint64_t(m_text[m_pos] - '0');
            if (magnitude > (UINT64_MAX - digit) / 10)
                return fail("number out of range");
            magnitude = magnitude * 10 + digit;
            ++m_pos;
        }
        if (peek() == '.' || peek() == 'e' || peek() == 'E')
            return fail("only integers are accepted");
        if (negative && magnitude > uint64_t(INT64_MAX) + 1) {
            m_pos = start;
            return fail("number out of range");
        }
        v.m_type = JsonValue::Type::Integer;
        v.m_negative = negative && magnitude != 0;
        v.m_magnitude = v.m_negative ? uint64_t(0) - magnitude : magnitude;
        return true;
    }

    std::string_view m_text;
    JsonLimits m_limits;
    size_t m_pos = 0;
    size_t m_values = 0;
    std::string m_error;
};

bool parseJson(std::string_view text, JsonValue& out, std::string& error,
               const JsonLimits& limits) {
    out = JsonValue();
    JsonParser parser(text, limits);
    return parser.parseDocument(out, error);
}

} // namespace ipcscope::helper
