// SPDX-License-Identifier: GPL-3.0-or-later
// The known IPC failure signatures: the same codes and matching rules as the helper
// (remote-helper/logsignatures.cpp), for text a person pastes, plus what each one means.
// docs/symptoms-schema.md lists the codes.
#pragma once

#include "analysis/report.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ipcscope {

struct SignatureInfo {
    QString code;        // "apache_mutex_create", …
    QString program;     // "apache", "postgresql", or empty when any program may write it
    ObjectType resource; // what ran out or disappeared
    QString title;       // translated, short: "Apache could not create a lock"
    QString explanation; // translated, one paragraph in plain words
};

// The code of the first signature `line` matches, or empty (same order as the helper).
QString matchSignature(QStringView line);
// Every line of `text` that matches, as (code, line) pairs in text order.
QList<std::pair<QString, QString>> matchLines(const QString& text);

std::optional<SignatureInfo> signatureInfo(const QString& code);
QStringList signatureCodes();

// The error message inside a log line, without time stamps and prefixes:
// "No space left on device: Couldn't create the ssl-cache mutex".
QString symptomMessage(const QString& line);

} // namespace ipcscope
