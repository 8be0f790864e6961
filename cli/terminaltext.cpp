// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminaltext.h"

#include "clitr.h"
#include "exitcodes.h"

#include "core/error.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipcscope::cli {

namespace {

bool isBidiControl(char32_t c) {
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

bool needsEscape(char32_t c) {
    if (c == u'\n' || c == u'\t')
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
}

} // namespace

QString terminalSafe(QStringView text) {
    // Most text has nothing to escape: return it unchanged without building a copy.
    const auto first =
        std::find_if(text.begin(), text.end(), [](QChar c) { return needsEscape(c.unicode()); });
    if (first == text.end())
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    out.append(text.first(first - text.begin()));
    for (auto it = first; it != text.end(); ++it) {
        const char16_t c = it->unicode();
        if (!needsEscape(c))
            out.append(*it);
        else if (c < 0x100)
            out.append(u"\\x%1"_s.arg(uint(c), 2, 16, QLatin1Char('0')));
        else
            out.append(u"\\u%1"_s.arg(uint(c), 4, 16, QLatin1Char('0')));
    }
    return out;
}

void writeText(std::FILE* to, const QString& text) {
    writeRaw(to, terminalSafe(text).toUtf8());
}

void writeRaw(std::FILE* to, QByteArrayView bytes) {
    std::fwrite(bytes.data(), 1, size_t(bytes.size()), to);
}

int fail(const Error& error) {
    QString text = u"ipcscope-cli: "_s + error.message + u'\n';
    if (!error.detail.isEmpty())
        text += Tr::tr("  detail: %1").arg(error.detail) + u'\n';
    writeText(stderr, text);
    return ExitFailure;
}

} // namespace ipcscope::cli
