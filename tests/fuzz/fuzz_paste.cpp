// SPDX-License-Identifier: GPL-3.0-or-later
// The paste analyser of the diagnosis panel: any text a person pastes (a log excerpt, an email, a
// web page) is searched for a known signature and checked against a real report. Checks, besides
// "no crash, no leak, no undefined behaviour": a recognised paste has a known signature, a title,
// an explanation and the message found in it.
#include "fuzzsupport.h"

#include "analysis/analyzer.h"
#include "diagnosis/diagnoser.h"
#include "diagnosis/signatures.h"
#include "fixtures.h"

using namespace ipcscope;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const Report report = analyze(testsupport::analysisFixture(u"limits-at-100-percent"_s));
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const PasteAnalysis paste = analyzePaste(text, report);
    if (paste.recognised && (!signatureCodes().contains(paste.signature) || paste.title.isEmpty() ||
                             paste.explanation.isEmpty() || paste.message.isEmpty()))
        fuzz::mismatch("a recognised paste without its explanation", "signature, title, message",
                       paste.signature.toStdString());
    return 0;
}
