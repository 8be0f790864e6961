// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"

Q_LOGGING_CATEGORY(lcModel, "ipcscope.model", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAnalysis, "ipcscope.analysis", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTransport, "ipcscope.transport", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSsh, "ipcscope.ssh", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "ipcscope.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHistory, "ipcscope.history", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCleanup, "ipcscope.cleanup", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTiming, "ipcscope.timing", QtWarningMsg)
