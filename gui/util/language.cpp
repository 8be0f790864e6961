// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/language.h"

#include "core/catalogue.h"

namespace ipcscope {

QString installTranslators(const QString& language) {
    const QLocale locale = catalogueLocale(language);
    // Numbers and dates in the window follow the language too.
    QLocale::setDefault(locale);
    return installCatalogue(locale);
}

} // namespace ipcscope
