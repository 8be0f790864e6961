// SPDX-License-Identifier: GPL-3.0-or-later
// Fixture snapshots analysed as the applications do, and the real helper's log search run on the
// fixture log trees of tests/data/logs/. Anything missing or failing stops the test at once.
#pragma once

#include "analysis/analyzer.h"
#include "diagnosis/symptoms.h"
#include "fixtures.h"

#include <QDir>
#include <QProcess>

namespace ipcscope::testsupport {

// The report of a snapshot file under tests/data/, e.g. "analysis/pid-reused.json".
inline Report reportFixture(const QString& path) {
    return analyze(snapshotFixture(path));
}

// What `ipcscope-helper symptoms` finds in tests/data/logs/<tree>.
inline SymptomScan fixtureSymptoms(const QString& tree = QStringLiteral("crashed")) {
    const QString root =
        QDir(QStringLiteral(IPCSCOPE_SOURCE_DIR "/tests/data/logs/") + tree).absolutePath();
    QProcess p;
    p.start(QStringLiteral(IPCSCOPE_HELPER_PATH),
            {QStringLiteral("symptoms"), QStringLiteral("--log-root"), root});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("helper symptoms failed");
    Result<SymptomScan> scan = parseSymptoms(p.readAllStandardOutput());
    if (!scan.ok())
        qFatal("helper symptoms printed what does not parse");
    return scan.value();
}

} // namespace ipcscope::testsupport
