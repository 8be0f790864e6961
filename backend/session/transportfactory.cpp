// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/transportfactory.h"

#include "transport/localtransport.h"

// SSH support comes from backend/ssh/ (libssh); a build without it still serves the local machine.
#if __has_include("ssh/sshtransport.h")
#include "ssh/sshtransport.h"
#define IPCSCOPE_HAVE_SSH_TRANSPORT 1
#endif

namespace ipcscope {

bool sshAvailable() {
#ifdef IPCSCOPE_HAVE_SSH_TRANSPORT
    return true;
#else
    return false;
#endif
}

std::unique_ptr<Transport> createTransport(const HostConfig& config) {
    switch (config.kind) {
    case HostConfig::Kind::Local:
        return std::make_unique<LocalTransport>(config.sudo);
    case HostConfig::Kind::Ssh:
#ifdef IPCSCOPE_HAVE_SSH_TRANSPORT
        return std::make_unique<SshTransport>(config);
#else
        return nullptr;
#endif
    }
    return nullptr;
}

} // namespace ipcscope
