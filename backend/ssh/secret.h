// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets (passwords, passphrases) live as short as possible: overwritten before their memory is
// released, never logged. Qt may have copied a QString elsewhere (implicit sharing ends at our
// detach), so this is best effort, but it keeps the obvious copies out of freed memory.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ipcscope {

inline void wipe(QByteArray& bytes) {
    bytes.fill('\0');
    bytes.clear();
}

inline void wipe(QString& text) {
    text.fill(QChar(u'\0'));
    text.clear();
}

inline void wipe(std::optional<QString>& text) {
    if (text)
        wipe(*text);
    text.reset();
}

} // namespace ipcscope
