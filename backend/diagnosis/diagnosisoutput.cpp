// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis/diagnosisoutput.h"

#include "analysis/context.h"
#include "analysis/jsonwriter.h"
#include "analysis/reportjson.h"
#include "diagnosis/diagnosistr.h"
#include "diagnosis/signatures.h"

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

void stringOrNull(analysis::JsonWriter& w, const char* key, const QString& s) {
    w.key(key);
    if (s.isEmpty())
        w.null();
    else
        w.value(s);
}

} // namespace

QString currentDiagnosesText(const QList<Diagnosis>& diagnoses) {
    QString out;
    for (const Diagnosis& d : diagnoses) {
        if (d.history)
            continue;
        if (!out.isEmpty())
            out += u'\n';
        out += Tr::tr("What went wrong: %1").arg(d.text) + u'\n';
        if (!d.remedy.isEmpty())
            out += u"  "_s + Tr::tr("What to do: %1").arg(d.remedy) + u'\n';
        out += u"  "_s + Tr::tr("Log: %1").arg(d.evidence.last().source) + u'\n';
    }
    return out;
}

QString historyDiagnosesText(const QList<Diagnosis>& diagnoses) {
    QString out;
    for (const Diagnosis& d : diagnoses) {
        if (!d.history)
            continue;
        out += u"  "_s + d.text + u'\n';
        out += u"      "_s + Tr::tr("Log: %1").arg(d.evidence.last().source) + u'\n';
    }
    if (out.isEmpty())
        return {};
    return Tr::tr("Earlier problems, recovered since") + u'\n' + out;
}

void writeDiagnosisJson(analysis::JsonWriter& w, const QList<Diagnosis>& diagnoses) {
    w.key("diagnosis");
    w.beginArray();
    for (const Diagnosis& d : diagnoses) {
        const Symptom& last = d.evidence.last();
        w.beginObject();
        w.key("level");
        w.value(levelCode(d.level));
        w.key("code");
        w.value(d.code);
        w.key("history");
        w.value(d.history);
        w.key("signature");
        w.value(d.signature);
        w.key("symptom");
        w.value(symptomMessage(last.line));
        w.key("time");
        if (last.time)
            w.value(*last.time);
        else
            w.null();
        stringOrNull(w, "time_text", last.timeText);
        w.key("log");
        w.value(last.source);
        w.key("line");
        w.value(last.line);
        w.key("seen");
        w.value(int(d.evidence.size()));
        w.key("started_again");
        if (d.startedAgain)
            w.value(*d.startedAgain);
        else
            w.null();
        w.key("running_now");
        w.value(d.runningNow);
        w.key("text");
        w.value(d.text);
        stringOrNull(w, "what_to_do", d.remedy);
        stringOrNull(w, "limit", d.limitField);
        w.key("objects");
        w.beginArray();
        for (const ObjectRef& ref : d.objects)
            writeObjectRef(w, ref);
        w.endArray();
        w.endObject();
    }
    w.endArray();
}

QList<Warning> logWarnings(const SymptomScan& scan) {
    QList<Warning> out;
    for (const LogSource& s : scan.unreadable())
        out.append(Warning{u"log_unreadable"_s, unreadableSentence(s)});
    return out;
}

} // namespace ipcscope
