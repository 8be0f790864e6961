// SPDX-License-Identifier: GPL-3.0-or-later
// The hand-written snapshots of tests/data/ (analysis/ has one per situation), read with the real
// parser. A fixture that is missing or does not parse stops the test at once.
#pragma once

#include "model/snapshotparser.h"

#include <QFile>
#include <QString>
#include <QtGlobal>

namespace ipcscope::testsupport {

// A snapshot file under tests/data/, e.g. "diagnosis/apache-semmni-full.json".
inline Snapshot snapshotFixture(const QString& path) {
    QFile file(QStringLiteral(IPCSCOPE_SOURCE_DIR "/tests/data/") + path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s not found", qPrintable(file.fileName()));
    Result<Snapshot> parsed = parseSnapshot(file.readAll());
    if (!parsed.ok())
        qFatal("fixture %s does not parse: %s", qPrintable(path),
               qPrintable(parsed.error().message));
    return parsed.value();
}

inline Snapshot analysisFixture(const QString& name) {
    return snapshotFixture(QStringLiteral("analysis/") + name + QStringLiteral(".json"));
}

} // namespace ipcscope::testsupport
