// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/transportfactory.h"

#include "ssh/sshtransport.h"
#include "transport/localtransport.h"

namespace ipcscope {

std::unique_ptr<Transport> createTransport(const HostConfig& config) {
    switch (config.kind) {
    case HostConfig::Kind::Local:
        return std::make_unique<LocalTransport>(config.sudo);
    case HostConfig::Kind::Ssh:
        return std::make_unique<SshTransport>(config);
    }
    return nullptr;
}

} // namespace ipcscope
