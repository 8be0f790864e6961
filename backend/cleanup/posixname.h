// SPDX-License-Identifier: GPL-3.0-or-later
// The exact bytes of a POSIX object's name from a snapshot, checked before anything is built
// from them (a removal plan, an equivalent shell command). A snapshot is data from the server
// and may be hostile: a name with '/' or "..", or a name_hex that is not hex or spells other
// bytes than the name shows, would address another file than the one the person saw.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ipcscope {

// The name's bytes (name_hex decoded when given, else the UTF-8 of name) when they are one file
// name: not empty, at most 255 bytes, no '/', no NUL, not "." or "..", and a name_hex of
// even length, hex digits only, that decodes to the bytes name shows (invalid UTF-8 shown as
// U+FFFD). Otherwise nullopt, and `problem` (when given) says what is wrong in words.
std::optional<QByteArray> posixNameBytes(const QString& name, const QString& nameHex,
                                         QString* problem = nullptr);

} // namespace ipcscope
