// SPDX-License-Identifier: GPL-3.0-or-later
// Where this installation's ipcscope-helper is: the local transport runs it, the SSH transport
// copies it to servers. One lookup for both, so they always agree on which helper is "ours".
#pragma once

#include <QString>
#include <QStringList>

namespace ipcscope {

// $IPCSCOPE_HELPER when set (tests, development; then nothing else), else next to the executable
// (build tree), else the install directory (libexec/ipcscope). Empty when none exists.
QString locateHelper();

// The paths locateHelper() looks at, for an error message that says where it looked.
QStringList helperSearchPaths();

// The helpers for servers of other architectures lie beside the native one, named
// ipcscope-helper-<arch> (remote-helper/cross.cmake): "ipcscope-helper-aarch64".
QString crossHelperFileName(const QString& arch);

// The server architectures (uname -m names: x86_64, aarch64, ppc64le, s390x) that this build
// made a helper for, and those it left out (no cross compiler when it was built).
QStringList builtHelperArchitectures();
QStringList leftOutHelperArchitectures();

} // namespace ipcscope
