// SPDX-License-Identifier: GPL-3.0-or-later
// One logging category per component: QT_LOGGING_RULES="ipcscope.*.debug=true" shows them all.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcModel)
Q_DECLARE_LOGGING_CATEGORY(lcAnalysis)
Q_DECLARE_LOGGING_CATEGORY(lcTransport)
Q_DECLARE_LOGGING_CATEGORY(lcSsh)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcHistory)
Q_DECLARE_LOGGING_CATEGORY(lcCleanup)
// Stage durations of a snapshot and a report (helper, parse, analysis, output), for benchmarks:
// QT_LOGGING_RULES="ipcscope.timing.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcTiming)
