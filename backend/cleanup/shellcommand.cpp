// SPDX-License-Identifier: GPL-3.0-or-later
#include "cleanup/shellcommand.h"

#include "cleanup/posixname.h"

#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

bool isPlain(QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'.' || c == u'_' || c == u'-' || c == u'+' || c == u'/' || c == u'@' ||
           c == u'%' || c == u',' || c == u':' || c == u'=';
}

// Characters that a terminal or a reader could take for something else: control characters,
// DEL, C1 and the Unicode bidirectional controls.
bool isDeceptive(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// $'…' (bash, zsh, ksh, and POSIX sh since 2024) spells every byte that is not printable ASCII
// as \xNN: for bytes that are not UTF-8 and for deceptive characters.
QString bytesWord(const QByteArray& bytes) {
    QString out = u"$'"_s;
    for (const char b : bytes) {
        const auto c = uchar(b);
        if (c == '\'' || c == '\\')
            out += u"\\"_s + QLatin1Char(char(c));
        else if (c >= 0x20 && c < 0x7F)
            out += QLatin1Char(char(c));
        else
            out += u"\\x%1"_s.arg(uint(c), 2, 16, QLatin1Char('0'));
    }
    return out + u'\'';
}

QString directoryOf(ObjectType type) {
    return type == ObjectType::PosixMqueue ? u"/dev/mqueue/"_s : u"/dev/shm/"_s;
}

} // namespace

QString shellQuote(const QString& text) {
    if (!text.isEmpty() && std::all_of(text.begin(), text.end(), isPlain))
        return text;
    QString out = u"'"_s;
    for (QChar c : text)
        out += c == u'\'' ? u"'\\''"_s : QString(c);
    return out + u'\'';
}

std::optional<QString> posixPathWord(ObjectType type, const QString& name, const QString& nameHex) {
    const std::optional<QByteArray> bytes = posixNameBytes(name, nameHex);
    if (!bytes)
        return std::nullopt;
    const QByteArray path =
        directoryOf(type).toLatin1() + (type == ObjectType::PosixSemaphore ? "sem." : "") + *bytes;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(path);
    if (decoder.hasError() ||
        std::any_of(text.begin(), text.end(), [](QChar c) { return isDeceptive(c.unicode()); }))
        return bytesWord(path);
    return shellQuote(text);
}

QString shellCommand(const CleanupItem& item) {
    // A container's object: the same command inside its IPC namespace (System V), or on the
    // file in its own /dev/shm seen through a process's root (POSIX). Without a process to enter
    // it by, no command rather than one that would act on the host's object of that id.
    QString in;
    if (item.ns != 0) {
        if (item.namespacePid <= 0)
            return QString();
        in = u"nsenter --target %1 --ipc "_s.arg(item.namespacePid);
    }
    switch (item.ref.type) {
    case ObjectType::Semaphore:
        return in + u"ipcrm -s %1"_s.arg(item.ref.id);
    case ObjectType::SharedMemory:
        return in + u"ipcrm -m %1"_s.arg(item.ref.id);
    case ObjectType::MessageQueue:
        return in + u"ipcrm -q %1"_s.arg(item.ref.id);
    case ObjectType::PosixShm:
    case ObjectType::PosixSemaphore:
    case ObjectType::PosixMqueue:
        break;
    }
    // Plans hold only checked names (buildCleanupPlan); a name that fails the check gets no
    // command at all rather than one that could do something else.
    std::optional<QString> path = posixPathWord(item.ref.type, item.ref.name, item.nameHex);
    if (path && item.ns != 0) {
        // Inside the quotes, if any: the prefix is plain text.
        const qsizetype at = path->startsWith(u"$'"_s) ? 2 : path->startsWith(u'\'') ? 1 : 0;
        path->insert(at, u"/proc/%1/root"_s.arg(item.namespacePid));
    }
    return path ? u"rm "_s + *path : QString();
}

} // namespace ipcscope
