// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/language.h"

#include "util/sourcetexttranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ipcscope {

QString installTranslators(const QString& language) {
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // "C" and "POSIX" (LANG=C.UTF-8, common on servers and in containers) name no language: the
    // texts are English then, with English plurals ("2 objects", not "2 object(s)").
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    // Installed first, so asked last: only for sentences the catalogue has under another
    // context.
    auto* bySource = new SourceTextTranslator(QCoreApplication::instance());
    if (bySource->loadTs(u":/i18n-source/ipcscope_%1.ts"_s.arg(locale.name().section(u'_', 0, 0))))
        QCoreApplication::installTranslator(bySource);
    auto* ours = new QTranslator(QCoreApplication::instance());
    // English is the source language: its file holds only the plural forms.
    if (ours->load(locale, u"ipcscope"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return locale.name();
}

} // namespace ipcscope
