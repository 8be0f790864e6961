// SPDX-License-Identifier: GPL-3.0-or-later
// A self-contained HTML report of one host, for support tickets: diagnoses and findings in
// sentences, limit bars, owners, the objects that are not in use with reasons, each container's
// own limits and such objects, suggestions, the symptoms with their log lines, and when and with which helper it was taken. No scripts, no
// external files; the bars are table cells so that browsers and QTextDocument (the GUI's PDF
// export) draw them alike.
#pragma once

#include "analysis/report.h"
#include "diagnosis/symptoms.h"

#include <QString>

namespace ipcscope {

// `symptoms` may be empty (the log search was not run); the section then says so.
QString htmlReport(const Report& report, const SymptomScan& symptoms = {});

} // namespace ipcscope
