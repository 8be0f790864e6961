// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "clitr.h"
#include "sshoptions.h"
#include "terminaltext.h"

#include "analysis/analyzer.h"
#include "analysis/limits.h"
#include "session/transportfactory.h"
#include "transport/prompter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <limits>
#include <map>
#include <memory>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace ipcscope::cli {

namespace {

// A monitoring system runs the check without a person: nothing can be asked.
class NoQuestions : public Prompter {
public:
    HostKeyAnswer unknownHostKey(const HostKeyInfo&) override { return HostKeyAnswer::Reject; }
    std::optional<QString> secret(SecretKind, const QString&, Echo) override {
        return std::nullopt;
    }
};

ParsedCheck usageError(const QString& message) {
    ParsedCheck r;
    r.exitCode = int(CheckState::Unknown);
    r.out = u"UNKNOWN - "_s + message + u'\n';
    r.err = Tr::tr("Run \"ipcscope-cli check --help\" for help.") + u'\n';
    return r;
}

QString helpTail() {
    return Tr::tr(
        "TARGET is \"local\" (the default) or [user@]host[:port] for a server reached over SSH; "
        "several targets are checked at the same time.\n\n"
        "The kernel limits on a total (SEMMNI, SEMMNS, SHMMNI, SHMALL, MSGMNI, MQ_QUEUES_MAX) are "
        "compared with the thresholds; objects judged orphaned count as --orphans says. Nothing "
        "is asked: an unknown host key is refused unless --accept-new-host-key is given.\n\n"
        "Exit codes (the monitoring plugin convention):\n"
        "  0  OK\n"
        "  1  WARNING: a limit at or above --warning, or orphaned objects\n"
        "  2  CRITICAL: a limit at or above --critical (or orphaned objects with --orphans "
        "critical)\n"
        "  3  UNKNOWN: a host could not be read, or a usage error\n"
        "With several targets the worst state wins: CRITICAL, then WARNING, then UNKNOWN.\n");
}

bool readPercent(const QCommandLineParser& p, const QCommandLineOption& o, int& out,
                 QString& error) {
    if (!p.isSet(o))
        return true;
    bool ok = false;
    const int n = p.value(o).toInt(&ok);
    if (!ok || n < 1 || n > 100) {
        error = Tr::tr("--%1 needs a percentage from 1 to 100, not \"%2\".")
                    .arg(o.names().constFirst(), p.value(o));
        return false;
    }
    out = n;
    return true;
}

// One line of plugin output may hold neither a line break nor "|" (the performance data
// separator).
QString oneLine(QString text) {
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    text.replace(u'|', u'/');
    return text.trimmed();
}

// A performance data label: quoted when it holds anything but letters, digits and "_.:-@".
QString perfLabel(const QString& label) {
    const bool plain = std::all_of(label.begin(), label.end(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u':' || c == u'-' ||
               c == u'@';
    });
    if (plain)
        return label;
    QString quoted = label;
    quoted.replace(u"'"_s, u"''"_s);
    return u'\'' + quoted + u'\'';
}

QString orphanText(ObjectType type, int n, const QString& software) {
    if (software.isEmpty()) {
        switch (type) {
        case ObjectType::Semaphore:
            return Tr::tr("%n orphaned semaphore set(s)", nullptr, n);
        case ObjectType::SharedMemory:
            return Tr::tr("%n orphaned shared memory segment(s)", nullptr, n);
        case ObjectType::MessageQueue:
            return Tr::tr("%n orphaned message queue(s)", nullptr, n);
        case ObjectType::PosixShm:
            return Tr::tr("%n orphaned POSIX shared memory object(s)", nullptr, n);
        case ObjectType::PosixSemaphore:
            return Tr::tr("%n orphaned POSIX semaphore(s)", nullptr, n);
        case ObjectType::PosixMqueue:
            return Tr::tr("%n orphaned POSIX message queue(s)", nullptr, n);
        }
        return {};
    }
    switch (type) {
    case ObjectType::Semaphore:
        return Tr::tr("%n orphaned semaphore set(s) of %1", nullptr, n).arg(software);
    case ObjectType::SharedMemory:
        return Tr::tr("%n orphaned shared memory segment(s) of %1", nullptr, n).arg(software);
    case ObjectType::MessageQueue:
        return Tr::tr("%n orphaned message queue(s) of %1", nullptr, n).arg(software);
    case ObjectType::PosixShm:
        return Tr::tr("%n orphaned POSIX shared memory object(s) of %1", nullptr, n).arg(software);
    case ObjectType::PosixSemaphore:
        return Tr::tr("%n orphaned POSIX semaphore(s) of %1", nullptr, n).arg(software);
    case ObjectType::PosixMqueue:
        return Tr::tr("%n orphaned POSIX message queue(s) of %1", nullptr, n).arg(software);
    }
    return {};
}

constexpr ObjectType kTypes[] = {ObjectType::Semaphore,      ObjectType::SharedMemory,
                                 ObjectType::MessageQueue,   ObjectType::PosixShm,
                                 ObjectType::PosixSemaphore, ObjectType::PosixMqueue};

// Worst first; among equals, the order of the hosts and of their problems.
int severityRank(CheckState s) {
    switch (s) {
    case CheckState::Critical:
        return 3;
    case CheckState::Warning:
        return 2;
    case CheckState::Unknown:
        return 1;
    case CheckState::Ok:
        return 0;
    }
    return 0;
}

} // namespace

QString checkStateWord(CheckState state) {
    switch (state) {
    case CheckState::Ok:
        return u"OK"_s;
    case CheckState::Warning:
        return u"WARNING"_s;
    case CheckState::Critical:
        return u"CRITICAL"_s;
    case CheckState::Unknown:
        return u"UNKNOWN"_s;
    }
    return u"UNKNOWN"_s;
}

quint64 thresholdValue(quint64 limit, int percent) {
    // ceil(limit * percent / 100) - 1 without overflow (SHMALL may be close to 2^64).
    const quint64 p = quint64(std::clamp(percent, 0, 100));
    const quint64 first = limit / 100 * p + ((limit % 100) * p + 99) / 100;
    return first > 0 ? first - 1 : 0;
}

CheckState worstState(CheckState a, CheckState b) {
    return severityRank(a) >= severityRank(b) ? a : b;
}

ParsedCheck parseCheckCommandLine(const QStringList& arguments) {
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Check the IPC limits and orphaned objects of one or more hosts for a monitoring "
               "system (Nagios, Icinga, Zabbix, Sensu, Checkmk): one status line, performance "
               "data after \"|\", exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN."));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addPositionalArgument(u"TARGET"_s,
                            Tr::tr("\"local\" (default) or [user@]host[:port]; repeatable."),
                            u"[TARGET…]"_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    const QCommandLineOption warning(
        u"warning"_s, Tr::tr("WARNING when a limit is used to PCT percent or more (default 80)."),
        u"PCT"_s);
    const QCommandLineOption critical(
        u"critical"_s, Tr::tr("CRITICAL when a limit is used to PCT percent or more (default 95)."),
        u"PCT"_s);
    const QCommandLineOption orphans(
        u"orphans"_s,
        Tr::tr("What objects judged orphaned make the state: warning (default), critical or "
               "ignore."),
        u"LEVEL"_s);
    p.addOption(help);
    const SshOptions ssh;
    p.addOptions(ssh.all());
    p.addOptions({warning, critical, orphans});

    if (!p.parse(arguments.mid(1)))
        return usageError(p.errorText());
    if (p.isSet(help)) {
        ParsedCheck r;
        QString text = p.helpText();
        const qsizetype firstLineEnd = text.indexOf(u'\n');
        text.replace(0, firstLineEnd, u"Usage: ipcscope-cli check [TARGET…] [options]"_s);
        r.out = text + u'\n' + helpTail();
        return r;
    }

    CheckOptions o;
    QString error;
    if (!readPercent(p, warning, o.thresholds.warningPercent, error) ||
        !readPercent(p, critical, o.thresholds.criticalPercent, error))
        return usageError(error);
    if (o.thresholds.warningPercent > o.thresholds.criticalPercent)
        return usageError(Tr::tr("--warning (%1) must not be above --critical (%2).")
                              .arg(o.thresholds.warningPercent)
                              .arg(o.thresholds.criticalPercent));
    if (p.isSet(orphans)) {
        const QString level = p.value(orphans).toLower();
        if (level == "warning"_L1)
            o.thresholds.orphans = CheckThresholds::Orphans::Warning;
        else if (level == "critical"_L1)
            o.thresholds.orphans = CheckThresholds::Orphans::Critical;
        else if (level == "ignore"_L1)
            o.thresholds.orphans = CheckThresholds::Orphans::Ignore;
        else
            return usageError(Tr::tr("--orphans needs warning, critical or ignore, not \"%1\".")
                                  .arg(p.value(orphans)));
    }

    QStringList targets = p.positionalArguments();
    if (targets.isEmpty())
        targets << u"local"_s;
    bool anyRemote = false;
    for (const QString& target : std::as_const(targets)) {
        const std::optional<HostConfig> host = HostConfig::fromTarget(target, &error);
        if (!host)
            return usageError(error);
        anyRemote = anyRemote || host->kind == HostConfig::Kind::Ssh;
        o.hosts << *host;
    }
    // The SSH options apply to the SSH targets; beside one, "local" simply does not use them.
    for (HostConfig& host : o.hosts) {
        if (anyRemote && host.kind != HostConfig::Kind::Ssh) {
            HostConfig remoteLike = HostConfig::fromTarget(u"x@localhost"_s).value();
            if (const std::optional<QString> sshError = ssh.apply(p, remoteLike))
                return usageError(*sshError);
            host.sudo = remoteLike.sudo;
            continue;
        }
        if (const std::optional<QString> sshError = ssh.apply(p, host))
            return usageError(*sshError);
    }

    ParsedCheck r;
    r.options = o;
    return r;
}

HostCheck checkReport(const QString& host, const Report& report,
                      const CheckThresholds& thresholds) {
    HostCheck c;
    c.host = host;
    for (const LimitUsage& u : report.limits) {
        if (!analysis::limitsTheTotal(u.field))
            continue;
        const QString label = u.field.toLower();
        if (!u.limit) {
            c.perfdata << perfLabel(label) + u'=' + QString::number(u.used) + u";;;0;"_s;
            continue;
        }
        const quint64 warn = thresholdValue(*u.limit, thresholds.warningPercent);
        const quint64 crit = thresholdValue(*u.limit, thresholds.criticalPercent);
        c.perfdata << perfLabel(label) + u'=' + QString::number(u.used) + u';' +
                          QString::number(warn) + u';' + QString::number(crit) + u";0;"_s +
                          QString::number(*u.limit);
        const CheckState state = u.used > crit   ? CheckState::Critical
                                 : u.used > warn ? CheckState::Warning
                                                 : CheckState::Ok;
        if (state == CheckState::Ok)
            continue;
        // Whole percent, rounded down, in integers (29/100 is 29 %, not 28.999… %).
        const quint64 l = *u.limit;
        const quint64 percent = l == 0 ? 100
                                : u.used <= std::numeric_limits<quint64>::max() / 100
                                    ? u.used * 100 / l
                                    : quint64(double(u.used) / double(l) * 100.0);
        c.problems << HostCheck::Problem{
            state, Tr::tr("%1 %2 % (%3/%4)").arg(u.field).arg(percent).arg(u.used).arg(*u.limit)};
        c.state = worstState(c.state, state);
    }

    // Orphans per type (performance data) and per type and software (words).
    std::map<int, int> perType;
    std::map<std::pair<int, QString>, int> perSoftware;
    for (const ObjectVerdict& v : report.objects) {
        if (v.verdict != Verdict::Orphaned)
            continue;
        ++perType[int(v.ref.type)];
        ++perSoftware[{int(v.ref.type), v.software}];
    }
    const QString orphanThreshold = u"0"_s;
    const QString warnField =
        thresholds.orphans == CheckThresholds::Orphans::Warning ? orphanThreshold : QString();
    const QString critField =
        thresholds.orphans == CheckThresholds::Orphans::Critical ? orphanThreshold : QString();
    for (ObjectType type : kTypes)
        c.perfdata << u"orphans_"_s + objectTypeCode(type) + u'=' +
                          QString::number(perType[int(type)]) + u';' + warnField + u';' +
                          critField + u";0;"_s;
    if (thresholds.orphans != CheckThresholds::Orphans::Ignore) {
        const CheckState state = thresholds.orphans == CheckThresholds::Orphans::Critical
                                     ? CheckState::Critical
                                     : CheckState::Warning;
        for (const auto& [key, n] : perSoftware) {
            QString software;
            if (!key.second.isEmpty()) {
                software = key.second;
                for (const Software& s : report.software)
                    if (s.id == key.second && !s.name.isEmpty())
                        software = s.name;
            }
            c.problems << HostCheck::Problem{state, orphanText(ObjectType(key.first), n, software)};
            c.state = worstState(c.state, state);
        }
    }
    return c;
}

HostCheck unreachable(const QString& host, const Error& error) {
    HostCheck c;
    c.host = host;
    c.state = CheckState::Unknown;
    QString text = error.message;
    if (!error.detail.isEmpty())
        text += u" ("_s + error.detail + u')';
    c.problems << HostCheck::Problem{CheckState::Unknown, oneLine(text)};
    return c;
}

CheckOutput combineChecks(const QList<HostCheck>& hosts, const CheckThresholds& thresholds) {
    CheckOutput out;
    const bool several = hosts.size() > 1;
    struct Item {
        CheckState state;
        QString text;
    };
    QList<Item> items;
    QStringList perfdata;
    for (const HostCheck& h : hosts) {
        out.state = worstState(out.state, h.state);
        for (const HostCheck::Problem& p : h.problems)
            items << Item{p.state, several ? Tr::tr("%1: %2").arg(h.host, oneLine(p.text))
                                           : oneLine(p.text)};
        for (const QString& item : h.perfdata)
            perfdata << (several ? perfLabel(h.host + u':' + item.section(u'=', 0, 0)) + u'=' +
                                       item.section(u'=', 1)
                                 : item);
    }
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        return severityRank(a.state) > severityRank(b.state);
    });
    QString summary;
    if (items.isEmpty()) {
        summary = thresholds.orphans == CheckThresholds::Orphans::Ignore
                      ? Tr::tr("no IPC limit at %1 % or more").arg(thresholds.warningPercent)
                      : Tr::tr("no IPC limit at %1 % or more, no orphaned objects")
                            .arg(thresholds.warningPercent);
        if (several)
            summary = Tr::tr("%n host(s): %1", nullptr, int(hosts.size())).arg(summary);
    } else {
        QStringList texts;
        for (const Item& i : std::as_const(items))
            texts << i.text;
        summary = texts.join(u"; "_s);
    }
    out.text = checkStateWord(out.state) + u" - "_s + summary;
    if (!perfdata.isEmpty())
        out.text += u" | "_s + perfdata.join(u' ');
    out.text += u'\n';
    if (several)
        for (const HostCheck& h : hosts)
            out.text += Tr::tr("%1: %2").arg(oneLine(h.host), checkStateWord(h.state)) + u'\n';
    return out;
}

namespace {

HostCheck checkHost(const HostConfig& host, const CheckThresholds& thresholds) {
    const QString name = host.target();
    NoQuestions prompter;
    const CancelToken cancel;
    std::unique_ptr<Transport> transport = createTransport(host);
    if (!transport)
        return unreachable(name,
                           Error{Error::Kind::NotSupported,
                                 Tr::tr("This build of IPC Scope cannot reach servers over SSH."),
                                 {}});
    if (Result<bool> opened = transport->open(&prompter, cancel); !opened)
        return unreachable(name, opened.error());
    Result<Snapshot> snapshot = transport->snapshot(cancel);
    transport->close();
    if (!snapshot)
        return unreachable(name, snapshot.error());
    return checkReport(name, analyze(snapshot.value()), thresholds);
}

// Hosts checked at the same time at most: each is a connection and a helper run.
constexpr qsizetype MaxParallelHosts = 16;

} // namespace

int runCheck(const CheckOptions& options) {
    const qsizetype n = options.hosts.size();
    std::vector<HostCheck> results;
    results.resize(size_t(n));
    // Each worker takes the next host; each host has its own transport on one thread (a libssh
    // session is used by one thread only).
    std::atomic<qsizetype> next{0};
    auto worker = [&options, &results, &next, n] {
        for (qsizetype i = next++; i < n; i = next++)
            results[size_t(i)] = checkHost(options.hosts.at(i), options.thresholds);
    };
    std::vector<std::thread> threads;
    for (qsizetype t = 0; t < std::min(n, MaxParallelHosts); ++t)
        threads.emplace_back(worker);
    for (std::thread& t : threads)
        t.join();
    const CheckOutput out =
        combineChecks(QList<HostCheck>(results.begin(), results.end()), options.thresholds);
    writeText(stdout, out.text);
    std::fflush(stdout);
    return int(out.state);
}

int checkMain(const QStringList& arguments) {
    return runParsed(parseCheckCommandLine(arguments), runCheck);
}

} // namespace ipcscope::cli
