// SPDX-License-Identifier: GPL-3.0-or-later
// Plain sentences as rich text for word-wrapped labels: paths and variables such as
// "fcntl:${APACHE_LOCK_DIR}" or "/etc/apache2/apache2.conf" never break across lines (a zero-width
// word joiner sits at each place inside them where a line could otherwise break).
#pragma once

#include <QString>

namespace ipcscope::richtext {

// `plain` HTML-escaped (line breaks kept), each word that contains '/', '$', '{' or '=' kept on
// one line. Show it with Qt::RichText.
QString keepPathsTogether(const QString& plain);

} // namespace ipcscope::richtext
