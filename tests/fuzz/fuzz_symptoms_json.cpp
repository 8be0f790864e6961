// SPDX-License-Identifier: GPL-3.0-or-later
// The backend's reader of `ipcscope-helper symptoms` output (schema ipcscope.symptoms/1) on any
// bytes, and the diagnoser on whatever it accepts: an error in words or a scan, never a crash.
#include "fuzzsupport.h"

#include "analysis/analyzer.h"
#include "diagnosis/diagnoser.h"
#include "diagnosis/symptoms.h"
#include "fixtures.h"

using namespace ipcscope;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const Report report = analyze(testsupport::analysisFixture(u"limits-at-100-percent"_s));
    const Result<SymptomScan> parsed =
        parseSymptoms(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!parsed.ok()) {
        if (parsed.error().message.isEmpty())
            fuzz::mismatch("a refusal without a sentence", "a sentence", "");
        return 0;
    }
    for (const LogSource& source : parsed.value().unreadable())
        unreadableSentence(source);
    withDiagnoses(report, parsed.value());
    return 0;
}
