// SPDX-License-Identifier: GPL-3.0-or-later
// The options every ipcscope-cli command shares: where the host is and how to get there
// (--identity, --known-hosts, --accept-new-host-key, --sudo, --agentless, --connect-timeout).
// One definition, so that a new connection option reaches every command at once.
#pragma once

#include "core/hostconfig.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace ipcscope::cli {

struct SshOptions {
    SshOptions();

    QCommandLineOption identity;
    QCommandLineOption knownHosts;
    QCommandLineOption acceptNew;
    QCommandLineOption sudo;
    QCommandLineOption agentless;
    QCommandLineOption timeout;

    QList<QCommandLineOption> all() const;
    // Sets what `parser` read into `host` (whose target is parsed already). Returns the usage
    // error in words when an option does not fit, e.g. --identity for the local machine.
    std::optional<QString> apply(const QCommandLineParser& parser, HostConfig& host) const;
};

} // namespace ipcscope::cli
