// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalogue.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

QPointer<QTranslator> g_ours;
QPointer<QTranslator> g_qt;

// Replaces *slot with a translator for `locale` loaded from `directory`, if one exists.
void replace(QPointer<QTranslator>& slot, const QLocale& locale, const QString& name,
             const QString& directory) {
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, u"_"_s, directory)) {
        QCoreApplication::installTranslator(translator);
        slot = translator;
    } else {
        delete translator;
    }
}

} // namespace

QLocale catalogueLocale(const QString& language) {
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString installCatalogue(const QLocale& locale) {
    // English is the source language: its catalogue holds only the plural forms.
    replace(g_ours, locale, u"ipcscope"_s, u":/i18n"_s);
    replace(g_qt, locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return locale.name();
}

} // namespace ipcscope
