// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/richtext.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

namespace ipcscope::richtext {

namespace {
// Unicode line breaking allows a break inside "${" and after '/'; a WORD JOINER (U+2060, zero
// width) at each such place inside one word keeps the word on one line.
QString joined(const QString& word) {
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, word);
    QString out;
    qsizetype last = 0;
    for (qsizetype at = breaks.toNextBoundary(); at > 0 && at < word.size();
         at = breaks.toNextBoundary()) {
        out += word.mid(last, at - last) + QChar(0x2060);
        last = at;
    }
    return out + word.mid(last);
}
} // namespace

QString keepPathsTogether(const QString& plain) {
    static const QRegularExpression word(u"\\S+"_s);
    QString html;
    qsizetype last = 0;
    auto between = [&](qsizetype to) {
        html += plain.mid(last, to - last).toHtmlEscaped().replace(u'\n', u"<br>"_s);
    };
    for (const QRegularExpressionMatch& m : word.globalMatch(plain)) {
        between(m.capturedStart());
        const QString w = m.captured();
        const bool technical =
            w.contains(u'/') || w.contains(u'$') || w.contains(u'{') || w.contains(u'=');
        html += (technical ? joined(w) : w).toHtmlEscaped();
        last = m.capturedEnd();
    }
    between(plain.size());
    return html;
}

} // namespace ipcscope::richtext
