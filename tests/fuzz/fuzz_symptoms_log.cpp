// SPDX-License-Identifier: GPL-3.0-or-later
// A log's tail searched for IPC failure signatures, the way `ipcscope-helper symptoms` does it,
// and the answer carried through to the desktop's diagnosis. The input is the log text. Checks,
// besides "no crash, no leak, no undefined behaviour": the helper's signature rules and the
// backend's (for pasted text) give every line the same code, as both files promise; the JSON the
// helper writes reads in the backend with every symptom in it; the diagnoser links those symptoms
// against a real report.
#include "fuzzsupport.h"

#include "analysis/analyzer.h"
#include "diagnosis/diagnoser.h"
#include "diagnosis/signatures.h"
#include "diagnosis/symptoms.h"
#include "fixtures.h"
#include "jsonwriter.h"
#include "logsignatures.h"
#include "symptoms.h"

namespace helper = ipcscope::helper;
using namespace ipcscope;
using namespace Qt::StringLiterals;

namespace {

std::string_view view(const QString& text, QByteArray& storage) {
    storage = text.toUtf8();
    return {storage.constData(), size_t(storage.size())};
}

// Same line splitting as helper::collectSymptoms().
void compareSignatures(std::string_view text) {
    for (size_t pos = 0; pos < text.size();) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        const std::string_view inHelper = helper::matchSignature(line);
        QByteArray storage;
        const QString inBackend =
            matchSignature(QString::fromUtf8(line.data(), qsizetype(line.size())));
        if (view(inBackend, storage) != inHelper)
            fuzz::mismatch("the helper and the backend match a line differently", inHelper,
                           view(inBackend, storage));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const Report report = analyze(testsupport::analysisFixture(u"limits-at-100-percent"_s));
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    compareSignatures(text);

    helper::SymptomScan scan;
    scan.time = 1795000000; // 2026-11-18, a fixed "now" so that a crash file reproduces
    helper::SymptomSource source;
    source.path = "/var/log/apache2/error.log";
    source.kind = "apache";
    source.status = "read";
    source.bytesRead = size;
    scan.sources.push_back(source);
    helper::collectSymptoms(text, 0, std::time_t(scan.time), scan);
    helper::JsonWriter writer(false);
    helper::writeSymptoms(scan, "0.1.0", writer);
    writer.finish();

    const Result<SymptomScan> parsed = parseSymptoms(QByteArray::fromStdString(writer.text()));
    if (!parsed.ok())
        fuzz::mismatch("the backend cannot read the helper's symptoms", writer.text(),
                       parsed.error().detail.toStdString());
    if (size_t(parsed.value().symptoms.size()) != scan.symptoms.size())
        fuzz::mismatch("symptoms lost between helper and backend", writer.text(),
                       std::to_string(parsed.value().symptoms.size()));
    for (const Diagnosis& d : diagnose(report, parsed.value()))
        if (d.text.isEmpty())
            fuzz::mismatch("a diagnosis without a sentence", "a sentence", d.code.toStdString());
    return 0;
}
