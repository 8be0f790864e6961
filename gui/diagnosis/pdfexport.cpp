// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis/pdfexport.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace ipcscope {

int pageOf(const QTextDocument& doc, int position) {
    const QTextBlock block = doc.findBlock(position);
    const QRectF r = doc.documentLayout()->blockBoundingRect(block);
    const qreal pageHeight = doc.pageSize().height();
    return pageHeight > 0 ? int(r.top() / pageHeight) : 0;
}

void layoutForPages(QTextDocument& doc, const QString& html, QPagedPaintDevice& device) {
    // Laid out with the device's own metrics at its own resolution: measured on the screen and
    // scaled, text would not fit the cells it was measured for.
    doc.documentLayout()->setPaintDevice(&device);
    QTextOption option = doc.defaultTextOption();
    // A narrow table column grows to its longest word instead of splitting it ("Own er").
    option.setWrapMode(QTextOption::WordWrap);
    doc.setDefaultTextOption(option);
    doc.setHtml(html);
    doc.setPageSize(device.pageLayout().paintRectPixels(device.logicalDpiX()).size());

    // A heading at the foot of a page goes to the next one, with its list or table. Moving one
    // moves what follows, so look again until nothing moves (a few rounds at most).
    for (int round = 0; round < 50; ++round) {
        bool moved = false;
        for (QTextBlock b = doc.begin(); b.isValid() && !moved; b = b.next()) {
            if (b.blockFormat().headingLevel() == 0 || !b.next().isValid())
                continue;
            if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            if (pageOf(doc, b.position()) == pageOf(doc, b.next().position()))
                continue;
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(b).mergeBlockFormat(format);
            moved = true;
        }
        if (!moved)
            break;
    }
}

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
    layoutForPages(doc, html, writer);
    doc.print(&writer);
    return true;
}

} // namespace ipcscope
