// SPDX-License-Identifier: GPL-3.0-or-later
// The application's settings in QSettings. Saved hosts never contain secrets.
#pragma once

#include "core/hostconfig.h"

#include <QList>
#include <QString>

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

QList<HostConfig> savedHosts();
void setSavedHosts(const QList<HostConfig>& hosts);

} // namespace ipcscope::settings
