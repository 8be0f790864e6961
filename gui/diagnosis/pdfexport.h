// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML report as PDF, laid out by QTextDocument on A4 pages (QPdfWriter: Qt GUI only, no
// print dialog needed).
#pragma once

#include <QString>

namespace ipcscope {

// Returns false with a sentence in `error` when the file cannot be written.
bool writePdf(const QString& html, const QString& file, QString* error = nullptr);

} // namespace ipcscope
