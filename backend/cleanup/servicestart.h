// SPDX-License-Identifier: GPL-3.0-or-later
// Reads what `ipcscope-helper start-service NAME` printed (schema ipcscope.service-start/1),
// the after-care step that starts the software whose leftovers a cleanup removed.
#pragma once

#include "core/error.h"
#include "transport/transport.h"

#include <QString>
#include <QStringList>

namespace ipcscope {

struct ServiceStartResult {
    QString service;
    QString command;   // "systemctl start apache2"
    int exitCode = -1; // systemctl start's exit code; -1 when it timed out
    bool timedOut = false;
    QString output; // what systemctl printed (standard output and error)
    bool outputTruncated = false;
    bool active = false; // `systemctl is-active` said "active" afterwards
    QString state;       // what `systemctl is-active` printed, empty when it printed nothing
    bool started() const { return exitCode == 0 && active; }
};

// The helper arguments for starting `service`.
QStringList serviceStartArguments(const QString& service);
// The command a person would type on the server (shown next to the button).
QString serviceStartCommand(const QString& service);

// The helper's whole answer: exit status 0 with the JSON, or 1/2 with a reason on stderr, which
// becomes an Error with a sentence (e.g. systemd missing on the server).
Result<ServiceStartResult> parseServiceStart(const HelperOutput& output, const QString& service);

} // namespace ipcscope
