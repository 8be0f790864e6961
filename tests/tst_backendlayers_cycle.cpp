// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test program: the self-test of the backend's link checks (tests/CMakeLists.txt). A core
// file that uses the session layer must make core's link check fail to link.
#include "session/transportfactory.h"

namespace ipcscope {

bool coreUsingTheSessionLayer() {
    return createTransport(HostConfig{}) != nullptr;
}

} // namespace ipcscope
