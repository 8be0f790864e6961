// SPDX-License-Identifier: GPL-3.0-or-later
// The one place that knows which Transport serves which kind of host.
#pragma once

#include "session/hostconfig.h"
#include "transport/transport.h"

#include <memory>

namespace ipcscope {

// A transport for the host, not yet opened; nullptr when this build cannot reach such hosts
// (SSH support not compiled in).
std::unique_ptr<Transport> createTransport(const HostConfig& config);

// Whether createTransport() can serve SSH hosts in this build.
bool sshAvailable();

} // namespace ipcscope
