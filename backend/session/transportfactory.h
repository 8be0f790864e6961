// SPDX-License-Identifier: GPL-3.0-or-later
// The one place that knows which Transport serves which kind of host.
#pragma once

#include "core/hostconfig.h"
#include "transport/transport.h"

#include <memory>

namespace ipcscope {

// A transport for the host, not yet opened.
std::unique_ptr<Transport> createTransport(const HostConfig& config);

} // namespace ipcscope
