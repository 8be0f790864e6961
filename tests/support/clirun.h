// SPDX-License-Identifier: GPL-3.0-or-later
// The real ipcscope-cli run as a user would run it, its exit code and both outputs kept. Its
// stdin is never a terminal, so it may ask nothing. Needs IPCSCOPE_CLI_PATH.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace testcli {

struct Run {
    int exitCode = -1; // -1: crashed or timed out
    QByteArray out;
    QByteArray err;
};

inline Run runCli(const QStringList& args, const QProcessEnvironment& env) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(IPCSCOPE_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace testcli
