// SPDX-License-Identifier: GPL-3.0-or-later
// JSON documents checked against our published schemas (docs/*.schema.json) by python3's
// jsonschema: the schema itself must be valid Draft 2020-12, and every document must follow it.
#pragma once

#include "requireall.h"

#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

namespace testschema {

// python3 with the jsonschema module, or empty when either is missing (the caller skips with
// IPCSCOPE_SKIP_WITHOUT_JSONSCHEMA).
inline QString python() {
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty() ||
        QProcess::execute(python, {QStringLiteral("-c"), QStringLiteral("import jsonschema")}) != 0)
        return {};
    return python;
}

struct Check {
    bool valid = false;
    QByteArray output; // the first complaints about each document, or why the check did not run
};

// Validates each file against docs/<schema>.schema.json.
inline Check validate(const QString& python, const QString& schema, const QStringList& files) {
    const QString script = QStringLiteral(R"(import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
bad = 0
for path in sys.argv[2:]:
    for e in list(validator.iter_errors(json.load(open(path))))[:3]:
        bad += 1
        print(path, "/".join(str(p) for p in e.absolute_path), e.message)
sys.exit(1 if bad else 0)
)");
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(python, QStringList{QStringLiteral("-c"), script,
                                QStringLiteral(IPCSCOPE_SOURCE_DIR "/docs/") + schema +
                                    QStringLiteral(".schema.json")} +
                        files);
    if (!p.waitForFinished(60000))
        return {false, "python3 did not finish the schema check within a minute"};
    return {p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAll()};
}

} // namespace testschema

// In a test function: skips the test when `python` is empty (a failure where everything must be
// installed, see requireall.h).
#define IPCSCOPE_SKIP_WITHOUT_JSONSCHEMA(python)                                                   \
    do {                                                                                           \
        if ((python).isEmpty())                                                                    \
            IPCSCOPE_SKIP_MISSING(                                                                 \
                "python3 with jsonschema is not installed (Debian package python3-jsonschema)");   \
    } while (false)
