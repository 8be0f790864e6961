// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis/symptoms.h"

#include "analysis/context.h"
#include "diagnosis/diagnosistr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

Error badData(const QString& detail) {
    return Error{Error::Kind::BadData,
                 Tr::tr("The log search on the server returned something IPC Scope cannot read. "
                        "Update IPC Scope and its helper to the same version and try again."),
                 detail};
}

// The whole number at `key` (0 when absent), or false when it lies outside T's range: converting
// such a double is undefined behaviour, and no helper writes one.
template <typename T>
bool readWhole(const QJsonObject& o, QLatin1StringView key, T& out) {
    const double value = o.value(key).toDouble();
    const double bound = std::ldexp(1.0, std::numeric_limits<T>::digits); // 2^63, 2^64, 2^32
    const bool fits = std::numeric_limits<T>::is_signed ? value >= -bound && value < bound
                                                        : value > -1.0 && value < bound;
    if (!fits)
        return false;
    out = T(value);
    return true;
}

Error outOfRange(QLatin1StringView key, const QJsonObject& o) {
    return badData(key + u": "_s + QString::number(o.value(key).toDouble()) +
                   u" is out of range"_s);
}

LogSource::Status statusFromCode(const QString& code) {
    if (code == "read"_L1)
        return LogSource::Status::Read;
    if (code == "unreadable"_L1)
        return LogSource::Status::Unreadable;
    if (code == "failed"_L1)
        return LogSource::Status::Failed;
    return LogSource::Status::Absent;
}

} // namespace

QList<LogSource> SymptomScan::unreadable() const {
    QList<LogSource> out;
    for (const LogSource& s : sources)
        if (s.status == LogSource::Status::Unreadable || s.status == LogSource::Status::Failed)
            out.append(s);
    return out;
}

Result<SymptomScan> parseSymptoms(const QByteArray& json) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return badData(error.errorString() + u" at offset "_s + QString::number(error.offset));
    const QJsonObject root = doc.object();
    const QString schema = root.value("schema"_L1).toString();
    if (!schema.startsWith("ipcscope.symptoms/"_L1))
        return badData(u"schema is \""_s + schema + u"\", expected ipcscope.symptoms/1"_s);
    if (schema != QLatin1StringView(kSymptomsSchema))
        return badData(u"unsupported schema version "_s + schema);
    SymptomScan scan;
    scan.helperVersion = root.value("helper"_L1).toObject().value("version"_L1).toString();
    if (!readWhole(root, "time"_L1, scan.time))
        return outOfRange("time"_L1, root);
    if (!readWhole(root, "euid"_L1, scan.euid))
        return outOfRange("euid"_L1, root);
    scan.logRoot = root.value("log_root"_L1).toString();
    scan.journal = root.value("journal"_L1).toBool();
    for (const QJsonValue& v : root.value("sources"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        LogSource s;
        s.path = o.value("path"_L1).toString();
        s.kind = o.value("kind"_L1).toString();
        s.status = statusFromCode(o.value("status"_L1).toString());
        s.reason = o.value("reason"_L1).toString();
        s.errnoName = o.value("errno"_L1).toString();
        if (!readWhole(o, "bytes_read"_L1, s.bytesRead))
            return outOfRange("bytes_read"_L1, o);
        s.truncated = o.value("truncated"_L1).toBool();
        s.matches = o.value("matches"_L1).toInt();
        scan.sources.append(s);
    }
    for (const QJsonValue& v : root.value("symptoms"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        Symptom s;
        s.signature = o.value("signature"_L1).toString();
        s.source = o.value("source"_L1).toString();
        s.kind = o.value("kind"_L1).toString();
        if (o.value("time"_L1).isDouble()) {
            qint64 time = 0;
            if (!readWhole(o, "time"_L1, time))
                return outOfRange("time"_L1, o);
            s.time = time;
        }
        s.timeText = o.value("time_text"_L1).toString();
        s.line = o.value("line"_L1).toString();
        if (s.signature.isEmpty())
            return badData(u"a symptom without signature"_s);
        scan.symptoms.append(s);
    }
    for (const QJsonValue& v : root.value("starts"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        StartLine s;
        s.program = o.value("program"_L1).toString();
        s.source = o.value("source"_L1).toString();
        s.kind = o.value("kind"_L1).toString();
        if (o.value("time"_L1).isDouble())
            s.time = qint64(o.value("time"_L1).toDouble());
        s.timeText = o.value("time_text"_L1).toString();
        s.line = o.value("line"_L1).toString();
        if (!s.program.isEmpty())
            scan.starts.append(s);
    }
    return scan;
}

QString unreadableSentence(const LogSource& source) {
    const QString what = source.path == "journal"_L1 ? Tr::tr("the system journal") : source.path;
    if (source.status == LogSource::Status::Unreadable)
        return Tr::tr("IPC Scope was not allowed to read %1 (%2). Connect in "
                      "administrator mode to include it.")
            .arg(what, source.reason);
    return Tr::tr("IPC Scope could not read %1 (%2).").arg(what, source.reason);
}

} // namespace ipcscope
