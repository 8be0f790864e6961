// SPDX-License-Identifier: GPL-3.0-or-later
// Export of what the person sees: a table as CSV (exact values, the rows the filter shows, in
// the order shown) and the snapshot as JSON.
#pragma once

#include <QByteArray>
#include <QString>

class QAbstractItemModel;

namespace ipcscope {

// RFC 4180 CSV with a header row; uses `exportRole` when a cell has it, else the display text.
QByteArray tableToCsv(const QAbstractItemModel* model, int exportRole);
// Writes atomically; returns false and sets *error (a sentence) when it cannot.
bool writeFile(const QString& path, const QByteArray& data, QString* error);

} // namespace ipcscope
