// SPDX-License-Identifier: GPL-3.0-or-later
#include "cleanup/posixname.h"

#include "cleanup/cleanuptr.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

constexpr qsizetype kNameMax = 255; // NAME_MAX of Linux file systems

bool isHexDigit(QChar c) {
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Runs of U+FFFD as one: the helper replaces each invalid byte, Qt's decoder each invalid
// sequence; the valid characters must agree either way.
QString collapseReplacements(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == QChar::ReplacementCharacter && out.endsWith(QChar::ReplacementCharacter))
            continue;
        out.append(c);
    }
    return out;
}

std::optional<QByteArray> refuse(QString* problem, const QString& text) {
    if (problem)
        *problem = text;
    return std::nullopt;
}

} // namespace

std::optional<QByteArray> posixNameBytes(const QString& name, const QString& nameHex,
                                         QString* problem) {
    QByteArray bytes;
    if (!nameHex.isEmpty()) {
        if (nameHex.size() % 2 != 0 || !std::all_of(nameHex.begin(), nameHex.end(), isHexDigit))
            return refuse(problem, Tr::tr("its exact name bytes (name_hex) are not hexadecimal"));
        bytes = QByteArray::fromHex(nameHex.toLatin1());
        if (collapseReplacements(QString::fromUtf8(bytes)) != collapseReplacements(name))
            return refuse(problem, Tr::tr("its exact name bytes (name_hex) do not match its name"));
    } else {
        bytes = name.toUtf8();
    }
    if (bytes.isEmpty())
        return refuse(problem, Tr::tr("its name is empty"));
    if (bytes.size() > kNameMax)
        return refuse(problem, Tr::tr("its name is longer than a file name can be"));
    if (bytes.contains('/'))
        return refuse(problem, Tr::tr("its name contains '/', so it would name another file"));
    if (bytes.contains('\0'))
        return refuse(problem, Tr::tr("its name contains a NUL byte"));
    if (bytes == "." || bytes == "..")
        return refuse(problem, Tr::tr("its name is \".\" or \"..\", a folder"));
    return bytes;
}

} // namespace ipcscope
