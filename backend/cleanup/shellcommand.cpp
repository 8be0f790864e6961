// SPDX-License-Identifier: GPL-3.0-or-later
#include "cleanup/shellcommand.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

bool isPlain(QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'.' || c == u'_' || c == u'-' || c == u'+' || c == u'/' || c == u'@' ||
           c == u'%' || c == u',' || c == u':' || c == u'=';
}

// $'\x..' (bash, zsh, ksh, and POSIX sh since 2024) spells bytes that are not valid UTF-8.
QString bytesWord(const QString& prefix, const QString& hex) {
    QString out = u"$'"_s;
    for (QChar c : prefix)
        out += c == u'\'' ? u"\\'"_s : QString(c);
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        out += u"\\x"_s + hex.mid(i, 2);
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

QString shellCommand(const CleanupItem& item) {
    switch (item.ref.type) {
    case ObjectType::Semaphore:
        return u"ipcrm -s %1"_s.arg(item.ref.id);
    case ObjectType::SharedMemory:
        return u"ipcrm -m %1"_s.arg(item.ref.id);
    case ObjectType::MessageQueue:
        return u"ipcrm -q %1"_s.arg(item.ref.id);
    case ObjectType::PosixShm:
    case ObjectType::PosixSemaphore:
    case ObjectType::PosixMqueue:
        break;
    }
    const QString prefix = directoryOf(item.ref.type) +
                           (item.ref.type == ObjectType::PosixSemaphore ? u"sem."_s : QString());
    if (!item.nameHex.isEmpty())
        return u"rm "_s + bytesWord(prefix, item.nameHex);
    return u"rm "_s + shellQuote(prefix + item.ref.name);
}

} // namespace ipcscope
