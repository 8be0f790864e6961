// SPDX-License-Identifier: GPL-3.0-or-later
// libssh failures as sentences for people (translation context "Ssh"); the technical text of
// libssh goes into Error::detail.
#pragma once

#include "core/error.h"

#include <QString>

namespace ipcscope {

// Maps a failed connect to HostNotFound / ConnectionRefused / Timeout / ConnectionLost / Generic
// from libssh's message (libssh has no error codes for these).
Error connectError(const QString& target, const QString& libsshMessage);
Error connectionLost(const QString& target, const QString& detail);
Error cancelledError();
Error timeoutError(const QString& target, int seconds, const QString& detail = {});

} // namespace ipcscope
