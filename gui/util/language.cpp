// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/language.h"

#include "core/catalogue.h"

namespace ipcscope {

QString installTranslators(const QString& language) {
    return installCatalogue(catalogueLocale(language));
}

} // namespace ipcscope
