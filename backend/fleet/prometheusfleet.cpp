// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/prometheusfleet.h"

#include "fleet/prometheusreader.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

// The order of PrometheusFleetQuery::queries().
enum Query { Snapshot, Up, Helper, Orphaned, PossiblyOrphaned, LimitUsed, LimitValue, Symptoms };

// A day back: a host that stopped reporting is still listed (as not current) with what it said.
QString last(const QString& selector) {
    return u"last_over_time(%1[1d])"_s.arg(selector);
}

double ratio(const FleetInstance::Limit& l) {
    if (l.limit > 0)
        return l.used / l.limit;
    return l.used > 0 ? std::numeric_limits<double>::infinity() : 0.0;
}

} // namespace

QString FleetInstance::hostName(const QString& instance) {
    if (instance.startsWith(u'[')) { // [::1]:9100
        const qsizetype close = instance.indexOf(u']');
        return close > 0 ? instance.mid(1, close - 1) : instance;
    }
    const qsizetype colon = instance.lastIndexOf(u':');
    // More than one colon without brackets: an IPv6 address without a port.
    if (colon < 0 || instance.indexOf(u':') != colon)
        return instance;
    return instance.left(colon);
}

const FleetInstance::Limit* FleetInstance::mostUsedLimit() const {
    const Limit* most = nullptr;
    for (const Limit& l : limits) {
        if (!most || ratio(l) > ratio(*most))
            most = &l;
    }
    return most;
}

QStringList PrometheusFleetQuery::queries() {
    return {
        last(u"ipcscope_scrape_timestamp_seconds"_s),
        u"up"_s,
        last(u"ipcscope_helper_info"_s),
        u"sum by (instance) (%1)"_s.arg(last(u"ipcscope_orphaned_objects"_s)),
        u"sum by (instance) (%1)"_s.arg(
            last(u"ipcscope_objects{helper_verdict=\"possibly_orphaned\"}"_s)),
        last(u"ipcscope_limit_used{scope=\"total\"}"_s),
        last(u"ipcscope_limit{scope=\"total\"}"_s),
        // A failure logged in the last hour (as the helper saw it in the logs' time stamps).
        u"time() - %1 < 3600"_s.arg(last(u"ipcscope_log_symptom_last_seen_timestamp_seconds"_s)),
    };
}

PrometheusFleetQuery::PrometheusFleetQuery(PrometheusReader* reader, QObject* parent)
    : QObject(parent) {
    for (const QString& promql : queries()) {
        PrometheusReply* reply = reader->query(promql, this);
        m_replies.append(reply);
        connect(reply, &PrometheusReply::finished, this, &PrometheusFleetQuery::replied);
    }
}

void PrometheusFleetQuery::replied() {
    if (m_result)
        return;
    for (PrometheusReply* reply : std::as_const(m_replies)) {
        if (reply->isFinished() && !reply->result()) {
            m_result = reply->result().error(); // the first error is the answer: stop the rest
            for (PrometheusReply* other : std::as_const(m_replies))
                if (other != reply)
                    delete other;
            m_replies.clear();
            emit finished();
            return;
        }
    }
    if (!std::all_of(m_replies.cbegin(), m_replies.cend(),
                     [](const PrometheusReply* r) { return r->isFinished(); }))
        return;
    const auto samples = [this](Query q) -> const QList<PrometheusSample>& {
        return m_replies.at(q)->result().value();
    };
    QMap<QString, FleetInstance> byName; // sorted by instance
    for (const PrometheusSample& s : samples(Snapshot)) {
        if (s.instance.isEmpty() || byName.contains(s.instance))
            continue;
        FleetInstance& i = byName[s.instance];
        i.instance = s.instance;
        i.snapshotTime = s.value;
        i.evaluatedAt = s.time;
    }
    const auto each = [&](Query q, auto&& apply) {
        for (const PrometheusSample& s : samples(q)) {
            const auto it = byName.find(s.instance);
            if (it != byName.end())
                apply(*it, s);
        }
    };
    each(Up, [](FleetInstance& i, const PrometheusSample& s) {
        // Several jobs may scrape one instance: down in any of them counts.
        i.up = i.up ? std::min(*i.up, s.value) : s.value;
    });
    each(Helper, [](FleetInstance& i, const PrometheusSample& s) {
        i.helperVersion = s.labels.value(u"version"_s);
    });
    each(Orphaned, [](FleetInstance& i, const PrometheusSample& s) { i.orphaned = s.value; });
    each(PossiblyOrphaned,
         [](FleetInstance& i, const PrometheusSample& s) { i.possiblyOrphaned = s.value; });
    each(LimitUsed, [](FleetInstance& i, const PrometheusSample& s) {
        i.limits.append({s.labels.value(u"limit"_s), s.value, std::nan("")});
    });
    each(LimitValue, [](FleetInstance& i, const PrometheusSample& s) {
        for (FleetInstance::Limit& l : i.limits)
            if (l.name == s.labels.value(u"limit"_s))
                l.limit = s.value;
    });
    each(Symptoms, [](FleetInstance& i, const PrometheusSample& s) {
        const QString signature = s.labels.value(u"signature"_s);
        if (!signature.isEmpty() && !i.symptoms.contains(signature))
            i.symptoms.append(signature);
    });
    QList<FleetInstance> out;
    out.reserve(byName.size());
    for (FleetInstance& i : byName) {
        // A limit the helper could not read has a use but no value: not a use in percent.
        i.limits.removeIf([](const FleetInstance::Limit& l) { return std::isnan(l.limit); });
        // The report's order, which also settles ties for the most used one (all at 0 %).
        static const QStringList order = {u"SEMMNI"_s, u"SEMMNS"_s, u"SHMMNI"_s,
                                          u"SHMALL"_s, u"MSGMNI"_s, u"MQ_QUEUES_MAX"_s};
        std::stable_sort(i.limits.begin(), i.limits.end(), [](const auto& a, const auto& b) {
            return quint32(order.indexOf(a.name)) < quint32(order.indexOf(b.name));
        });
        i.symptoms.sort();
        out.append(std::move(i));
    }
    m_result = std::move(out);
    emit finished();
}

} // namespace ipcscope
