// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace ipcscope {

// How to reach one host. Saved by the GUI (no secrets in here, ever).
struct HostConfig {
    enum class Kind { Local, Ssh };
    Kind kind = Kind::Local;
    // Stable id of the host entry ("local" for the local machine, a UUID for each saved entry):
    // two entries for the same server are two ids and never share a session, data or secrets.
    QString id;
    QString name;                  // display name; empty means target()
    QString host;                  // name or address, or a Host alias from ~/.ssh/config
    QString user;                  // empty: from ~/.ssh/config, else the local user
    int port = 0;                  // 0: from ~/.ssh/config, else 22
    QString identityFile;          // empty: agent and default keys
    QString knownHostsFile;        // empty: ~/.ssh/known_hosts
    bool acceptNewHostKey = false; // unknown keys only; a changed key is always refused
    bool sudo = false;             // administrator mode
    bool agentless = false;        // force the reduced read without the helper
    int connectTimeoutSeconds = 10;
    QStringList groups; // the person's or the inventory's groups ("web", "production"), for filters

    // "local" or "[user@]host[:port]"; nullopt and *error set when malformed.
    static std::optional<HostConfig> fromTarget(const QString& target, QString* error = nullptr);
    QString target() const;      // the inverse of fromTarget
    QString displayName() const; // name, else "Local machine" (translated) or target()
    // The server's address, "host[:port]" without the user: the key of its history, which
    // belongs to the server and so stays when the entry's user or key is edited.
    QString address() const;
};

} // namespace ipcscope

Q_DECLARE_METATYPE(ipcscope::HostConfig)
