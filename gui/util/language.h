// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ipcscope {

// Loads our translation and Qt's for `language` ("" = the system's), returns the language used.
QString installTranslators(const QString& language);

} // namespace ipcscope
