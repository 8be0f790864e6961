// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/exporter.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {
// A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return, which some
// programs skip) as a formula. Names, paths and commands come from the server, so such a cell is
// written with a leading apostrophe, which spreadsheets show as text. Plain numbers stay numbers.
QString neutralised(const QString& value) {
    if (value.isEmpty())
        return value;
    const QChar first = value.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' &&
        first != u'\r')
        return value;
    bool isNumber = false;
    value.toDouble(&isNumber);
    return isNumber ? value : u'\'' + value;
}

QString csvField(const QString& raw) {
    const QString value = neutralised(raw);
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}
} // namespace

QByteArray tableToCsv(const QAbstractItemModel* model, int exportRole) {
    QString out;
    QStringList fields;
    for (int c = 0; c < model->columnCount(); ++c)
        fields.append(csvField(model->headerData(c, Qt::Horizontal).toString()));
    out += fields.join(u',') + u"\r\n"_s;
    for (int r = 0; r < model->rowCount(); ++r) {
        fields.clear();
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex index = model->index(r, c);
            QVariant v = model->data(index, exportRole);
            if (!v.isValid())
                v = model->data(index, Qt::DisplayRole);
            fields.append(csvField(v.toString()));
        }
        out += fields.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

bool writeFile(const QString& path, const QByteArray& data, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("Export", "%1 could not be opened for writing: %2")
                     .arg(path, file.errorString());
        return false;
    }
    file.write(data);
    if (!file.commit()) {
        *error = QCoreApplication::translate("Export", "%1 could not be written: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ipcscope
