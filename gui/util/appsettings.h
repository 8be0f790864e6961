// SPDX-License-Identifier: GPL-3.0-or-later
// The application's settings in QSettings. Saved hosts never contain secrets.
#pragma once

#include "core/hostconfig.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ipcscope::settings {

int refreshIntervalSeconds(); // 0 = off; every minute unless chosen otherwise
void setRefreshIntervalSeconds(int seconds);
int historyRetentionDays();
void setHistoryRetentionDays(int days);
int fleetConcurrency(); // hosts refreshed at once by the Fleet page's "Refresh all" (default 8)
void setFleetConcurrency(int hosts);
QString language(); // "" = system, "en", "de"
void setLanguage(const QString& language);
QString knownHostsFile(); // "" = ~/.ssh/known_hosts
void setKnownHostsFile(const QString& path);

// Where the Fleet page reads its rows: the host entries over SSH, or a Prometheus server. The
// login's secret (password or token) is never saved: the page asks for it once per run.
struct PrometheusSource {
    enum class Auth { None, Basic, Token };
    QString url; // e.g. http://prometheus:9090
    Auth auth = Auth::None;
    QString user; // for Auth::Basic
};
bool fleetFromPrometheus();
void setFleetFromPrometheus(bool prometheus);
PrometheusSource prometheusSource();
void setPrometheusSource(const PrometheusSource& source);

QList<HostConfig> savedHosts();
void setSavedHosts(const QList<HostConfig>& hosts);
// The local machine's groups (its entry is not among the saved hosts).
QStringList localGroups();
void setLocalGroups(const QStringList& groups);

} // namespace ipcscope::settings
