// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/reportjson.h"

#include "analysis/jsonwriter.h"
#include "core/parallel.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace ipcscope {

using analysis::JsonWriter;

namespace {

// "0x0001e240": always 8 digits, as ipcs prints keys.
void keyHexValue(JsonWriter& w, quint32 key) {
    static const char digits[] = "0123456789abcdef";
    char text[10] = {'0', 'x'};
    for (int i = 0; i < 8; ++i)
        text[2 + i] = digits[(key >> (28 - 4 * i)) & 15];
    w.plainValue(QLatin1StringView(text, 10));
}

void optional(JsonWriter& w, const char* key, const std::optional<quint64>& v) {
    w.key(key);
    if (v)
        w.value(*v);
    else
        w.null();
}

void stringOrNull(JsonWriter& w, const char* key, const QString& s) {
    w.key(key);
    if (s.isEmpty())
        w.null();
    else
        w.value(s);
}

void writeHost(JsonWriter& w, const Report& r) {
    const Snapshot& s = r.snapshot;
    w.key("host");
    w.beginObject();
    w.key("hostname");
    w.value(s.host.hostname);
    w.key("kernel");
    w.value(s.host.kernel);
    w.key("arch");
    w.value(s.host.arch);
    w.key("time");
    w.value(s.host.time);
    w.key("boot_id");
    w.value(s.host.bootId);
    w.key("euid");
    w.value(s.host.euid);
    w.key("user");
    w.value(s.host.user);
    w.key("full_view");
    w.value(s.host.fullView);
    w.key("mode");
    w.value(s.mode == SnapshotMode::Agentless ? "agentless" : "helper");
    w.key("helper_version");
    w.value(s.helperVersion);
    w.key("snapshot_schema");
    w.value(s.schema);
    w.endObject();
}

void writeSummary(JsonWriter& w, const Report& r) {
    w.key("summary");
    w.beginObject();
    w.key("objects");
    w.value(int(r.objects.size()));
    for (Verdict v :
         {Verdict::InUse, Verdict::Orphaned, Verdict::PossiblyOrphaned, Verdict::Unknown}) {
        const QByteArray code = verdictCode(v).toLatin1();
        w.key(code.constData());
        w.value(r.count(v));
    }
    w.key("by_type");
    w.beginObject();
    for (ObjectType t :
         {ObjectType::Semaphore, ObjectType::SharedMemory, ObjectType::MessageQueue,
          ObjectType::PosixShm, ObjectType::PosixSemaphore, ObjectType::PosixMqueue}) {
        const QByteArray code = objectTypeCode(t).toLatin1();
        w.key(code.constData());
        w.value(r.count(t));
    }
    w.endObject();
    w.endObject();
}

} // namespace

void writeObjectRef(JsonWriter& w, const ObjectRef& ref) {
    w.beginObject();
    w.key("type");
    w.value(objectTypeCode(ref.type));
    w.key("id");
    if (ref.id >= 0)
        w.value(ref.id);
    else
        w.null();
    stringOrNull(w, "name", ref.name);
    w.endObject();
}

namespace {

void writeObject(JsonWriter& w, const ObjectVerdict& o) {
    const bool sysv = o.ref.type == ObjectType::Semaphore ||
                      o.ref.type == ObjectType::SharedMemory ||
                      o.ref.type == ObjectType::MessageQueue;
    w.beginObject();
    w.key("type");
    w.value(objectTypeCode(o.ref.type));
    w.key("id");
    if (sysv)
        w.value(o.ref.id);
    else
        w.null();
    w.key("key");
    if (sysv)
        w.value(quint64(o.key));
    else
        w.null();
    w.key("key_hex");
    if (sysv)
        keyHexValue(w, o.key);
    else
        w.null();
    stringOrNull(w, "name", o.ref.name);
    w.key("owner");
    w.value(o.owner);
    w.key("uid");
    w.value(o.uid);
    w.key("verdict");
    w.value(verdictCode(o.verdict));
    w.key("reasons");
    w.beginArray();
    for (const Reason& reason : o.reasons) {
        w.beginObject();
        w.key("code");
        w.value(reason.code);
        w.key("text");
        w.value(reason.text);
        w.endObject();
    }
    w.endArray();
    stringOrNull(w, "software", o.software);
    w.endObject();
}

// The objects array, the bulk of a report (about 370 bytes per object). Written in batches, each
// batch in slices on all cores, and handed to the sink batch by batch: the memory stays at a
// batch's worth and is reused, however many objects there are.
void writeObjects(JsonWriter& w, const Report& r, const ReportSink& sink) {
    constexpr qsizetype kBatch = 8192;
    constexpr qsizetype kMinSlice = 1024;
    w.key("objects");
    w.beginArray();
    sink(w.written());
    w.clearWritten();
    std::vector<JsonWriter> parts;
    const ObjectVerdict* objects = r.objects.constData();
    for (qsizetype start = 0; start < r.objects.size(); start += kBatch) {
        const qsizetype count = std::min(kBatch, r.objects.size() - start);
        const int slices = sliceCount(count, kMinSlice);
        parts.resize(std::max(parts.size(), size_t(slices)));
        for (int i = 0; i < slices; ++i)
            parts[size_t(i)].continueIn(w, start > 0 || i > 0);
        parallelSlices(count, kMinSlice, [&](int slice, qsizetype begin, qsizetype end) {
            JsonWriter& part = parts[size_t(slice)];
            part.reserve((end - begin) * 400);
            for (qsizetype i = start + begin; i < start + end; ++i)
                writeObject(part, objects[i]);
        });
        for (int i = 0; i < slices; ++i)
            sink(parts[size_t(i)].written());
    }
    w.continued(!r.objects.isEmpty());
    w.endArray();
}

void writeOwners(JsonWriter& w, const Report& r) {
    w.key("owners");
    w.beginArray();
    for (const OwnerSummary& o : r.owners) {
        w.beginObject();
        w.key("uid");
        w.value(o.uid);
        w.key("owner");
        w.value(o.owner);
        w.key("semaphore_sets");
        w.value(o.semaphoreSets);
        w.key("semaphores");
        w.value(o.semaphores);
        w.key("segments");
        w.value(o.segments);
        w.key("segment_bytes");
        w.value(o.segmentBytes);
        w.key("queues");
        w.value(o.queues);
        w.key("messages");
        w.value(o.messages);
        w.key("message_bytes");
        w.value(o.messageBytes);
        w.key("posix_objects");
        w.value(o.posixObjects);
        w.key("in_use");
        w.value(o.inUse);
        w.key("orphaned");
        w.value(o.orphaned);
        w.key("possibly_orphaned");
        w.value(o.possiblyOrphaned);
        w.key("unknown");
        w.value(o.unknown);
        w.key("running_processes");
        w.value(o.runningProcesses);
        w.endObject();
    }
    w.endArray();
}

void writeLimits(JsonWriter& w, const Report& r) {
    w.key("limits");
    w.beginArray();
    for (const LimitUsage& l : r.limits) {
        w.beginObject();
        w.key("parameter");
        w.value(l.parameter);
        w.key("field");
        w.value(l.field);
        w.key("unit");
        w.value(l.unit);
        w.key("used");
        w.value(l.used);
        optional(w, "limit", l.limit);
        w.key("ratio");
        if (l.limit && *l.limit)
            w.value(l.ratio());
        else
            w.null();
        w.key("level");
        w.value(levelCode(l.level));
        w.key("reclaimable");
        w.value(l.reclaimable);
        w.key("explanation");
        w.value(l.explanation);
        w.endObject();
    }
    w.endArray();
}

void writeSoftware(JsonWriter& w, const Report& r) {
    w.key("software");
    w.beginArray();
    for (const Software& s : r.software) {
        w.beginObject();
        w.key("id");
        w.value(s.id);
        w.key("name");
        w.value(s.name);
        w.key("running");
        w.value(s.running);
        stringOrNull(w, "running_user", s.runningUser);
        w.key("running_since");
        if (s.running)
            w.value(s.runningSince);
        else
            w.null();
        w.key("objects");
        w.value(s.objects);
        w.key("orphaned");
        w.value(s.orphaned);
        stringOrNull(w, "root_cause", s.rootCause);
        stringOrNull(w, "service", s.serviceName);
        w.endObject();
    }
    w.endArray();
}

void writeSuggestions(JsonWriter& w, const Report& r) {
    w.key("suggestions");
    w.beginArray();
    for (const Suggestion& s : r.suggestions) {
        w.beginObject();
        w.key("parameter");
        w.value(s.parameter);
        w.key("field");
        w.value(s.field);
        w.key("current");
        w.value(s.current);
        w.key("suggested");
        w.value(s.suggested);
        w.key("reason");
        w.value(s.reason);
        w.key("reference");
        w.value(s.reference);
        w.key("kind");
        w.value(suggestionKindCode(s.kind));
        w.key("level");
        w.value(levelCode(s.level));
        w.key("orphaned");
        w.value(s.orphaned);
        w.key("enough_after_cleanup");
        w.value(s.enoughAfterCleanup);
        w.endObject();
    }
    w.endArray();
    stringOrNull(w, "sysctl_snippet", r.sysctlSnippet);
}

void writeFindings(JsonWriter& w, const Report& r) {
    w.key("findings");
    w.beginArray();
    for (const Finding& f : r.findings) {
        w.beginObject();
        w.key("level");
        w.value(levelCode(f.level));
        w.key("code");
        w.value(f.code);
        w.key("text");
        w.value(f.text);
        w.key("action");
        w.value(findingActionCode(f.action));
        // A container's finding: its objects are in that container's entry of `containers`.
        w.key("ns");
        w.value(f.ns);
        w.key("objects");
        w.beginArray();
        for (const ObjectRef& ref : f.objects)
            writeObjectRef(w, ref);
        w.endArray();
        w.endObject();
    }
    w.endArray();
}

void writeWarnings(JsonWriter& w, const Report& r) {
    w.key("warnings");
    w.beginArray();
    for (const Warning& warning : r.snapshot.warnings) {
        w.beginObject();
        w.key("code");
        w.value(warning.code);
        w.key("message");
        w.value(warning.message);
        w.endObject();
    }
    w.endArray();
}

// Every other IPC namespace (containers): what it is and, when it could be read, its own
// summary, findings, limits and objects, judged on their own. A few per host, so written whole.
void writeContainers(JsonWriter& w, const Report& r) {
    w.key("containers");
    w.beginArray();
    for (const NamespaceReport& c : r.containers) {
        w.beginObject();
        w.key("ns");
        w.value(c.ns.id);
        w.key("name");
        w.value(c.ns.name);
        stringOrNull(w, "runtime", c.ns.runtime);
        stringOrNull(w, "container_id", c.ns.containerId);
        w.key("pid");
        w.value(c.ns.oldestPid);
        w.key("readable");
        w.value(bool(c.report));
        stringOrNull(w, "message", c.report ? QString() : c.ns.message);
        if (c.report) {
            writeSummary(w, *c.report);
            writeFindings(w, *c.report);
            writeLimits(w, *c.report);
            w.key("objects");
            w.beginArray();
            for (const ObjectVerdict& o : c.report->objects)
                writeObject(w, o);
            w.endArray();
        }
        w.endObject();
    }
    w.endArray();
}

void writeHeader(JsonWriter& w, const Report& r) {
    w.key("schema");
    w.value(kReportSchema);
    w.key("generator");
    w.value(u"IPC Scope " IPCSCOPE_VERSION ""_s);
    writeHost(w, r);
}

} // namespace

QString levelCode(Level level) {
    switch (level) {
    case Level::Ok:
        return u"ok"_s;
    case Level::Warning:
        return u"warning"_s;
    case Level::Critical:
        return u"critical"_s;
    }
    return {};
}

QString findingActionCode(Finding::Action a) {
    switch (a) {
    case Finding::Action::None:
        return u"none"_s;
    case Finding::Action::Clean:
        return u"clean"_s;
    case Finding::Action::ShowObjects:
        return u"show_objects"_s;
    case Finding::Action::Explain:
        return u"explain"_s;
    }
    return {};
}

void reportToJson(const Report& r, bool pretty, const ReportSink& sink) {
    reportToJson(r, pretty, sink, {});
}

void reportToJson(const Report& r, bool pretty, const ReportSink& sink,
                  const ReportSection& afterSummary) {
    JsonWriter w(pretty);
    w.beginObject();
    writeHeader(w, r);
    writeSummary(w, r);
    if (afterSummary)
        afterSummary(w);
    writeFindings(w, r);
    writeLimits(w, r);
    writeSuggestions(w, r);
    writeSoftware(w, r);
    writeOwners(w, r);
    writeObjects(w, r, sink);
    writeWarnings(w, r);
    writeContainers(w, r);
    w.endObject();
    sink(w.take());
}

QByteArray reportToJson(const Report& r, bool pretty) {
    QByteArray out;
    out.reserve(r.objects.size() * 400 + 16384);
    reportToJson(r, pretty, [&out](QByteArrayView part) { out.append(part); });
    return out;
}

QByteArray tuneToJson(const Report& r, bool pretty) {
    JsonWriter w(pretty);
    w.beginObject();
    writeHeader(w, r);
    writeLimits(w, r);
    writeSuggestions(w, r);
    w.endObject();
    return w.take();
}

} // namespace ipcscope
