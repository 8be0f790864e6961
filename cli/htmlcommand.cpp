// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlcommand.h"

#include "clitr.h"
#include "diagnosis/htmlreport.h"

#include <QCoreApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ipcscope::cli {

Result<bool> writeHtmlReport(const Report& report, const SymptomScan& scan, const QString& file) {
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(htmlReport(report, scan).toUtf8()) < 0 ||
        !f.commit())
        return Error{Error::Kind::Generic,
                     Tr::tr("The HTML report could not be written to %1. "
                            "Check the folder exists and is writable.")
                         .arg(file),
                     f.errorString()};
    return true;
}

} // namespace ipcscope::cli
