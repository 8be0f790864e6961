// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/appsettings.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipcscope::settings {

int refreshIntervalSeconds() {
    return QSettings().value(u"refresh/intervalSeconds"_s, 60).toInt();
}

void setRefreshIntervalSeconds(int seconds) {
    QSettings().setValue(u"refresh/intervalSeconds"_s, seconds);
}

int historyRetentionDays() {
    return QSettings().value(u"history/retentionDays"_s, 30).toInt();
}

void setHistoryRetentionDays(int days) {
    QSettings().setValue(u"history/retentionDays"_s, days);
}

int fleetConcurrency() {
    return std::clamp(QSettings().value(u"fleet/concurrency"_s, 8).toInt(), 1, 64);
}

void setFleetConcurrency(int hosts) {
    QSettings().setValue(u"fleet/concurrency"_s, std::clamp(hosts, 1, 64));
}

bool fleetFromPrometheus() {
    return QSettings().value(u"fleet/source"_s).toString() == "prometheus"_L1;
}

void setFleetFromPrometheus(bool prometheus) {
    QSettings().setValue(u"fleet/source"_s, prometheus ? u"prometheus"_s : u"ssh"_s);
}

PrometheusSource prometheusSource() {
    const QSettings s;
    PrometheusSource source;
    source.url = s.value(u"fleet/prometheusUrl"_s).toString();
    const QString auth = s.value(u"fleet/prometheusAuth"_s).toString();
    source.auth = auth == "basic"_L1   ? PrometheusSource::Auth::Basic
                  : auth == "token"_L1 ? PrometheusSource::Auth::Token
                                       : PrometheusSource::Auth::None;
    source.user = s.value(u"fleet/prometheusUser"_s).toString();
    return source;
}

void setPrometheusSource(const PrometheusSource& source) {
    QSettings s;
    s.setValue(u"fleet/prometheusUrl"_s, source.url);
    static const QString names[] = {u"none"_s, u"basic"_s, u"token"_s};
    s.setValue(u"fleet/prometheusAuth"_s, names[int(source.auth)]);
    s.setValue(u"fleet/prometheusUser"_s, source.user);
}

QString language() {
    return QSettings().value(u"ui/language"_s).toString();
}

void setLanguage(const QString& language) {
    QSettings().setValue(u"ui/language"_s, language);
}

QString knownHostsFile() {
    return QSettings().value(u"ssh/knownHostsFile"_s).toString();
}

void setKnownHostsFile(const QString& path) {
    QSettings().setValue(u"ssh/knownHostsFile"_s, path);
}

QList<HostConfig> savedHosts() {
    QSettings s;
    QList<HostConfig> hosts;
    const int n = s.beginReadArray(u"hosts"_s);
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        HostConfig c;
        c.kind = HostConfig::Kind::Ssh;
        // Entries saved before ids existed get one now (kept from the next save on).
        c.id = s.value(u"id"_s).toString();
        if (c.id.isEmpty())
            c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.name = s.value(u"name"_s).toString();
        c.host = s.value(u"host"_s).toString();
        c.user = s.value(u"user"_s).toString();
        c.port = s.value(u"port"_s, 0).toInt();
        c.identityFile = s.value(u"identityFile"_s).toString();
        c.sudo = s.value(u"sudo"_s, false).toBool();
        c.agentless = s.value(u"agentless"_s, false).toBool();
        c.groups = s.value(u"groups"_s).toStringList();
        if (!c.host.isEmpty())
            hosts.append(c);
    }
    s.endArray();
    return hosts;
}

void setSavedHosts(const QList<HostConfig>& hosts) {
    QSettings s;
    s.beginWriteArray(u"hosts"_s, int(hosts.size()));
    for (int i = 0; i < hosts.size(); ++i) {
        s.setArrayIndex(i);
        const HostConfig& c = hosts.at(i);
        s.setValue(u"id"_s, c.id);
        s.setValue(u"name"_s, c.name);
        s.setValue(u"host"_s, c.host);
        s.setValue(u"user"_s, c.user);
        s.setValue(u"port"_s, c.port);
        s.setValue(u"identityFile"_s, c.identityFile);
        s.setValue(u"sudo"_s, c.sudo);
        s.setValue(u"agentless"_s, c.agentless);
        s.setValue(u"groups"_s, c.groups);
    }
    s.endArray();
}

QStringList localGroups() {
    return QSettings().value(u"localHost/groups"_s).toStringList();
}

void setLocalGroups(const QStringList& groups) {
    QSettings().setValue(u"localHost/groups"_s, groups);
}

} // namespace ipcscope::settings
