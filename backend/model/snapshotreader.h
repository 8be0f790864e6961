// SPDX-License-Identifier: GPL-3.0-or-later
// Typed reading on a JsonCursor for the snapshot parser: each call reads one value of the
// expected type into a struct member and, when the value does not fit, records the first problem
// with the path of the value ("semaphores[3].sems[0].value: expected a number, got a string").
// After the first problem (of syntax or of meaning) every read returns a default and the walk
// unwinds.
#pragma once

#include "model/jsoncursor.h"
#include "model/modeltr.h"

#include <QCoreApplication>
#include <QList>
#include <QVarLengthArray>

#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace ipcscope::snapshotreading {

using Kind = JsonCursor::Kind;

inline constexpr quint64 kU64Max = std::numeric_limits<quint64>::max();
inline constexpr quint64 kI64Max = quint64(std::numeric_limits<qint64>::max());

inline QString typeName(Kind kind) {
    switch (kind) {
    case Kind::Null:
        return Tr::tr("null");
    case Kind::Bool:
        return Tr::tr("a boolean");
    case Kind::Number:
        return Tr::tr("a number");
    case Kind::String:
        return Tr::tr("a string");
    case Kind::Array:
        return Tr::tr("an array");
    case Kind::Object:
        return Tr::tr("an object");
    case Kind::Invalid:
        break;
    }
    return Tr::tr("nothing");
}

class Reader {
public:
    explicit Reader(QByteArrayView text)
        : m_cursor(text) {}

    JsonCursor& cursor() { return m_cursor; }
    bool failed() const { return m_cursor.failed() || !m_problem.isEmpty(); }
    bool hasProblem() const { return !m_problem.isEmpty(); }
    const QString& problem() const { return m_problem; }

    class Scope {
    public:
        Scope(Reader& reader, const char* key)
            : m_reader(reader) {
            reader.m_path.push_back({key, -1});
        }
        Scope(Reader& reader, qsizetype index)
            : m_reader(reader) {
            reader.m_path.push_back({nullptr, index});
        }
        ~Scope() { m_reader.m_path.pop_back(); }
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        Reader& m_reader;
    };

    // "semaphores[3].sems[0].value"; no key names the current position.
    QString path(const char* key = nullptr) const {
        QString text;
        for (const Segment& segment : m_path) {
            if (segment.index >= 0) {
                text += u'[' + QString::number(segment.index) + u']';
            } else {
                if (!text.isEmpty())
                    text += u'.';
                text += QLatin1StringView(segment.key);
            }
        }
        if (key) {
            if (!text.isEmpty())
                text += u'.';
            text += QLatin1StringView(key);
        }
        return text.isEmpty() ? Tr::tr("the top level") : text;
    }

    void fail(const QString& problem) {
        if (!failed())
            m_problem = problem;
    }
    void missing(const char* key) { fail(Tr::tr("%1: missing").arg(path(key))); }
    void wrongType(const char* key, const QString& expected, Kind got) {
        fail(Tr::tr("%1: expected %2, got %3").arg(path(key), expected, typeName(got)));
    }

    // The kind of the value at the cursor; Null is consumed (absent, as the schema says).
    Kind next() {
        if (failed())
            return Kind::Invalid;
        const Kind kind = m_cursor.peek();
        if (kind == Kind::Null) {
            m_cursor.readNull();
            return Kind::Null;
        }
        return kind;
    }

    void skip() {
        if (!failed())
            m_cursor.skipValue();
    }

    std::optional<QString> string(const char* key) {
        if (!stringNext(key))
            return std::nullopt;
        QString value;
        if (!m_cursor.readString(value))
            return std::nullopt;
        return value;
    }
    void string(const char* key, QString& target) {
        if (std::optional<QString> value = string(key))
            target = std::move(*value);
        else
            target = QString();
    }

    // User and group names: a few distinct ones on tens of thousands of objects. Each is made a
    // QString once and shared, which saves an allocation per field and object.
    void name(const char* key, QString& target) {
        target = QString();
        if (!stringNext(key))
            return;
        QByteArrayView bytes;
        bool ascii = true;
        if (!m_cursor.readStringBytes(bytes, ascii))
            return;
        for (const auto& [known, string] : m_names) {
            if (known == bytes) {
                target = string;
                return;
            }
        }
        target = ascii ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes);
        if (m_names.size() < kMaxNames)
            m_names.emplace_back(bytes.toByteArray(), target);
    }

    bool boolean(const char* key) {
        const Kind kind = next();
        if (kind == Kind::Null || kind == Kind::Invalid)
            return false;
        if (kind != Kind::Bool) {
            wrongType(key, Tr::tr("true or false"), kind);
            return false;
        }
        bool value = false;
        m_cursor.readBool(value);
        return value;
    }

    std::optional<JsonCursor::Number> number(const char* key) {
        const Kind kind = next();
        if (kind == Kind::Null || kind == Kind::Invalid)
            return std::nullopt;
        if (kind != Kind::Number) {
            wrongType(key, Tr::tr("a number"), kind);
            return std::nullopt;
        }
        JsonCursor::Number value;
        if (!m_cursor.readNumber(value))
            return std::nullopt;
        return value;
    }

    std::optional<double> real(const char* key) {
        const std::optional<JsonCursor::Number> value = number(key);
        return value ? std::optional<double>(value->value) : std::nullopt;
    }

    // Unsigned integers up to max; beyond UINT64_MAX they are clamped, as the schema says.
    std::optional<quint64> unsignedValue(const char* key, quint64 max = kU64Max) {
        const std::optional<JsonCursor::Number> value = number(key);
        if (!value)
            return std::nullopt;
        const auto text = [&value] {
            return QString::fromLatin1(value->text);
        };
        if (value->negative && (value->magnitude != 0 || !value->integral) && value->value != 0.0) {
            fail(Tr::tr("%1: expected a number of at least 0, got %2").arg(path(key), text()));
            return std::nullopt;
        }
        if (!value->integral) {
            fail(Tr::tr("%1: expected a whole number, got %2").arg(path(key), text()));
            return std::nullopt;
        }
        if (value->magnitude > max) {
            fail(Tr::tr("%1: %2 is too large (at most %3)")
                     .arg(path(key), QString::number(value->magnitude), QString::number(max)));
            return std::nullopt;
        }
        return value->magnitude;
    }

    std::optional<qint64> signedValue(const char* key) {
        const std::optional<JsonCursor::Number> value = number(key);
        if (!value)
            return std::nullopt;
        const auto text = [&value] {
            return QString::fromLatin1(value->text);
        };
        if (!value->integral) {
            fail(Tr::tr("%1: expected a whole number, got %2").arg(path(key), text()));
            return std::nullopt;
        }
        const quint64 limit = value->negative ? kI64Max + 1 : kI64Max;
        if (value->overflow || value->magnitude > limit) {
            fail(Tr::tr("%1: %2 is out of range").arg(path(key), text()));
            return std::nullopt;
        }
        return value->negative ? qint64(0 - value->magnitude) : qint64(value->magnitude);
    }

    quint64 u64(const char* key) { return unsignedValue(key).value_or(0); }
    uint u32(const char* key) {
        return uint(unsignedValue(key, std::numeric_limits<uint>::max()).value_or(0));
    }
    int count(const char* key) {
        return int(unsignedValue(key, std::numeric_limits<int>::max()).value_or(0));
    }
    // Pids and ids: never negative.
    std::optional<qint64> optId(const char* key) {
        const std::optional<quint64> value = unsignedValue(key, kI64Max);
        return value ? std::optional<qint64>(qint64(*value)) : std::nullopt;
    }
    qint64 id(const char* key) { return optId(key).value_or(0); }
    // Unix seconds.
    qint64 time(const char* key) { return signedValue(key).value_or(0); }
    // A positive number, e.g. the page size the analysis divides by.
    template <typename T>
    void positive(const char* key, T& target) {
        const std::optional<quint64> value =
            unsignedValue(key, quint64(std::numeric_limits<T>::max()));
        if (!value)
            return;
        if (*value == 0) {
            fail(Tr::tr("%1: expected a number of at least 1, got 0").arg(path(key)));
            return;
        }
        target = T(*value);
    }

    // Reads the object at the cursor, calling onKey(key) for every key; onKey reads the value
    // (or skip()s it). False when the value is null; a wrong type is a problem at `key`.
    template <typename OnKey>
    bool object(const char* key, OnKey&& onKey) {
        const Kind kind = next();
        if (kind == Kind::Null || kind == Kind::Invalid)
            return false;
        if (kind != Kind::Object) {
            wrongType(key, Tr::tr("an object"), kind);
            return false;
        }
        if (!m_cursor.enterObject())
            return false;
        QByteArrayView name;
        while (!failed() && m_cursor.nextKey(name))
            onKey(name);
        return !failed();
    }

    // Reads an array of objects with readOne(T&) filling each element.
    template <typename T, typename ReadOne>
    bool list(const char* key, QList<T>& out, ReadOne&& readOne) {
        out.clear(); // a repeated key: the last one wins
        const Kind kind = next();
        if (kind == Kind::Null || kind == Kind::Invalid)
            return false;
        if (kind != Kind::Array) {
            wrongType(key, Tr::tr("an array"), kind);
            return false;
        }
        if (!m_cursor.enterArray())
            return false;
        Scope scope(*this, key);
        for (qsizetype i = 0; !failed() && m_cursor.nextElement(); ++i) {
            Scope item(*this, i);
            const Kind element = m_cursor.peek();
            if (element != Kind::Object) {
                if (element != Kind::Invalid)
                    wrongType(nullptr, Tr::tr("an object"), element);
                return false;
            }
            out.append(T{});
            readOne(out.last());
        }
        return !failed();
    }

    QList<qint64> pids(const char* key) {
        QList<qint64> result;
        const Kind kind = next();
        if (kind == Kind::Null || kind == Kind::Invalid)
            return result;
        if (kind != Kind::Array) {
            wrongType(key, Tr::tr("an array"), kind);
            return result;
        }
        if (!m_cursor.enterArray())
            return result;
        Scope scope(*this, key);
        for (qsizetype i = 0; !failed() && m_cursor.nextElement(); ++i) {
            Scope item(*this, i);
            const Kind element = m_cursor.peek();
            if (element != Kind::Number) {
                if (element != Kind::Invalid)
                    wrongType(nullptr, Tr::tr("a number"), element);
                return result;
            }
            if (const std::optional<quint64> pid = unsignedValue(nullptr, kI64Max))
                result.append(qint64(*pid));
        }
        return result;
    }

    QStringList strings(const char* key) {
        QStringList result;
        const Kind kind = next();
        if (kind == Kind::Null || kind == Kind::Invalid)
            return result;
        if (kind != Kind::Array) {
            wrongType(key, Tr::tr("an array"), kind);
            return result;
        }
        if (!m_cursor.enterArray())
            return result;
        Scope scope(*this, key);
        for (qsizetype i = 0; !failed() && m_cursor.nextElement(); ++i) {
            Scope item(*this, i);
            if (std::optional<QString> s = string(nullptr))
                result.append(*s);
            else
                return result;
        }
        return result;
    }

private:
    // Whether a string comes next; null reads as absent, another kind is a problem at key.
    bool stringNext(const char* key) {
        const Kind kind = next();
        if (kind == Kind::Null || kind == Kind::Invalid)
            return false;
        if (kind != Kind::String) {
            wrongType(key, Tr::tr("a string"), kind);
            return false;
        }
        return true;
    }

    struct Segment {
        const char* key;
        qsizetype index;
    };

    static constexpr size_t kMaxNames = 32; // looked up one by one: a short list
    JsonCursor m_cursor;
    QVarLengthArray<Segment, 8> m_path;
    std::vector<std::pair<QByteArray, QString>> m_names;
    QString m_problem;
};

} // namespace ipcscope::snapshotreading
