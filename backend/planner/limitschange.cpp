// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/limitschange.h"

#include "analysis/advisor.h"
#include "analysis/context.h"
#include "planner/plannertr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ipcscope::planner {

namespace {

// Values near 2^64 (SHMMAX, SHMALL) do not survive a double: the document is written by hand.
void appendValue(QByteArray& out, const QString& parameter, const QList<quint64>& values) {
    out += "\"" + parameter.toLatin1() + "\":";
    if (values.size() == 1) {
        out += QByteArray::number(values.first());
        return;
    }
    out += '[';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += ',';
        out += QByteArray::number(values.at(i));
    }
    out += ']';
}

} // namespace

QByteArray limitsChangeDocument(const Limits& values, const QStringList& parameters,
                                bool writeFile) {
    QByteArray out = "{\"schema\":\"ipcscope.limits-change/1\",\"write_file\":";
    out += writeFile ? "true" : "false";
    out += ",\"limits\":{";
    bool first = true;
    QStringList done;
    for (const LimitField& f : limitFields()) {
        const QString parameter(f.parameter);
        if (!parameters.contains(parameter) || done.contains(parameter))
            continue;
        done.append(parameter);
        QList<quint64> v;
        for (const LimitField& g : limitFields())
            if (g.parameter == f.parameter)
                v.append((values.*(g.member)).value_or(g.floor));
        if (!first)
            out += ',';
        first = false;
        appendValue(out, parameter, v);
    }
    out += "}}\n";
    return out;
}

bool parseLimitsResult(const QByteArray& json, LimitsResult& result, QString& error) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    const QJsonObject o = doc.object();
    if (!doc.isObject() || o.value(u"schema"_s).toString() != u"ipcscope.limits-result/1") {
        error = Tr::tr("The helper did not answer with a limits result (%1).")
                    .arg(pe.error ? pe.errorString() : u"schema"_s);
        return false;
    }
    LimitsResult r;
    r.applied = o.value(u"applied"_s).toBool();
    r.restored = o.value(u"restored"_s).toBool();
    r.file = o.value(u"file"_s).toString();
    r.rejectedParameter = o.value(u"rejected_parameter"_s).toString();
    r.message = o.value(u"message"_s).toString();
    for (const QJsonValue& v : o.value(u"changes"_s).toArray()) {
        const QJsonObject c = v.toObject();
        r.changes.append({c.value(u"parameter"_s).toString(), c.value(u"old"_s).toString(),
                          c.value(u"new"_s).toString(), c.value(u"read_back"_s).toString()});
    }
    result = r;
    return true;
}

QByteArray restoreDocument(const LimitsResult& result, bool writeFile) {
    QByteArray out = "{\"schema\":\"ipcscope.limits-change/1\",\"write_file\":";
    out += writeFile ? "true" : "false";
    out += ",\"limits\":{";
    bool first = true;
    for (const LimitChange& c : result.changes) {
        QList<quint64> v;
        for (const QString& part : c.oldValue.split(u' ', Qt::SkipEmptyParts))
            v.append(part.toULongLong());
        if (v.isEmpty())
            continue;
        if (!first)
            out += ',';
        first = false;
        appendValue(out, c.parameter, v);
    }
    out += "}}\n";
    return out;
}

} // namespace ipcscope::planner
