// SPDX-License-Identifier: GPL-3.0-or-later
// IPC Scope's translations for the GUI and the CLI alike: the .qm files compiled from
// translations/*.ts are resources of the backend (:/i18n), loaded by ordinary QTranslators.
#pragma once

#include <QLocale>
#include <QString>

namespace ipcscope {

// The locale a language setting names: "" = the system's (LANG, LC_ALL, LC_MESSAGES). "C" and
// "POSIX" (LANG=C.UTF-8, common on servers and in containers) name no language: English (US),
// with English plurals ("2 objects", not "2 object(s)").
QLocale catalogueLocale(const QString& language);

// Installs IPC Scope's catalogue and Qt's own for `locale` in place of the ones installed before.
// Returns its name, e.g. "de_DE". The default QLocale (number formats) is left to the caller.
QString installCatalogue(const QLocale& locale);

} // namespace ipcscope
