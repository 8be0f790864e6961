// SPDX-License-Identifier: GPL-3.0-or-later
// A strict pull reader over JSON text (RFC 8259): the caller walks the document value by value
// and builds its own structs, so no DOM of the whole document is ever held in memory (a 12 MB
// snapshot took ~150 MB as a QJsonDocument). Integers are read exactly from their digits, so
// values near 2^64 survive, which doubles cannot guarantee. The first syntax error stops the
// walk and is kept with its byte offset; running into the end of the text marks it truncated.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace ipcscope {

class JsonCursor {
public:
    enum class Kind { Object, Array, String, Number, Bool, Null, Invalid };

    struct Number {
        bool negative = false;
        bool integral = false; // no fraction (or one that is zero) and within ±UINT64_MAX
        bool overflow = false; // |value| > UINT64_MAX: magnitude is clamped to UINT64_MAX
        quint64 magnitude = 0; // |value| when integral (clamped when overflow)
        double value = 0;      // the value as a double
        QByteArrayView text;   // as written, for messages
    };

    // The deepest nesting accepted; deeper documents are refused as a syntax error.
    static constexpr int kMaxDepth = 64;

    explicit JsonCursor(QByteArrayView text);

    // What comes next (after whitespace); Invalid at the end of the text or on a bad character.
    Kind peek();

    // Objects: enterObject() consumes '{'; nextKey() returns each key until it consumes '}'.
    // The key view is valid until the next call on the cursor.
    bool enterObject();
    bool nextKey(QByteArrayView& key);
    // Arrays: enterArray() consumes '['; nextElement() is true before each element, false after
    // consuming ']'.
    bool enterArray();
    bool nextElement();

    bool readString(QString& out);
    // The string's UTF-8 bytes without making a QString: a view of the text, or of a scratch
    // buffer when escapes were decoded (valid until the next call). ascii: only bytes below 0x80.
    bool readStringBytes(QByteArrayView& bytes, bool& ascii);
    bool readNumber(Number& out);
    bool readBool(bool& out);
    bool readNull();
    // Skips one value of any kind, checking its syntax.
    bool skipValue();
    // After the root value: only whitespace may follow.
    bool atEnd();
    // Moves past the value at the cursor, which ends just before `end`, without reading it: for a
    // value whose syntax and contents were read elsewhere (SnapshotReceiver's element runs).
    void skipValueReadElsewhere(qsizetype end);

    bool failed() const { return m_failed; }
    bool truncated() const { return m_truncated; }
    qsizetype errorOffset() const { return m_errorOffset; }
    QString errorReason() const { return m_errorReason; }
    qsizetype offset() const { return m_pos; }

private:
    void skipSpace();
    bool fail(const QString& reason, qsizetype at);
    bool failEnd();
    bool expect(char c);
    // Reads the string starting at m_pos (the opening quote) as UTF-8: a view of the text, or of
    // scratch when escapes had to be decoded. ascii: only bytes below 0x80.
    bool scanString(QByteArrayView& view, QByteArray& scratch, bool& ascii);
    bool close(char c);

    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    int m_depth = 0;
    bool m_first[kMaxDepth + 1] = {}; // per open container: no element read yet
    QByteArray m_keyScratch;
    QByteArray m_stringScratch;
    bool m_failed = false;
    bool m_truncated = false;
    qsizetype m_errorOffset = 0;
    QString m_errorReason;
};

} // namespace ipcscope
