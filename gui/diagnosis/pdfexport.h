// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML report as PDF, laid out by QTextDocument on A4 pages (QPdfWriter: Qt GUI only, no
// print dialog needed).
#pragma once

#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace ipcscope {

// Returns false with a sentence in `error` when the file cannot be written.
bool writePdf(const QString& html, const QString& file, QString* error = nullptr);

// Lays `html` out in `doc` page by page as `device` will print it: measured with the device's own
// fonts, words broken only between words, and every heading on the page of what follows it.
void layoutForPages(QTextDocument& doc, const QString& html, QPagedPaintDevice& device);

// The page `doc` (laid out by layoutForPages) prints the start of the block at `position` on.
int pageOf(const QTextDocument& doc, int position);

} // namespace ipcscope
