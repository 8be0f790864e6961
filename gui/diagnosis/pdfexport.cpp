// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis/pdfexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace ipcscope {

bool writePdf(const QString& html, const QString& file, QString* error) {
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("DiagnosisPanel",
                                                 "The PDF could not be written to %1 (%2).")
                         .arg(file, out.errorString());
        return false;
    }
    QPdfWriter writer(&out);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(QCoreApplication::translate("DiagnosisPanel", "IPC report"));
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(&writer);
    return true;
}

} // namespace ipcscope
