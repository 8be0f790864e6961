// SPDX-License-Identifier: GPL-3.0-or-later
// Linked into every test that links the backend: the test reads English as ipcscope-cli does
// under LANG=C, through the English catalogue and its plural forms ("2 objects", not
// "2 object(s)"). Tests of another language install theirs (tst_translations).
#include "core/catalogue.h"

#include <QCoreApplication>

namespace {

void installEnglish() {
    ipcscope::installCatalogue(ipcscope::catalogueLocale(QStringLiteral("C")));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglish)
