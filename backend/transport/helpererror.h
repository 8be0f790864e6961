// SPDX-License-Identifier: GPL-3.0-or-later
// How a helper run that did not succeed is told to a person. Shared by every transport so that a
// failing helper reads the same locally and over SSH.
#pragma once

#include "core/error.h"
#include "transport/transport.h"

namespace ipcscope {

// The helper ran and exited with a non-zero code: its one-line reason from stderr in words.
// `where` is Transport::describe() ("local machine", "root@db1:22").
Error helperFailure(const QString& where, const HelperOutput& output);

// The helper's standard output passed `limit` bytes and the run was stopped.
Error helperOutputTooLarge(const QString& where, qint64 limit);

// "1 GiB", "512 KiB", "1000 bytes": a limit as set.
QString limitText(qint64 bytes);

// The first non-empty line of the helper's stderr, trimmed and shortened for a message.
QString firstErrorLine(const QByteArray& err);

} // namespace ipcscope
