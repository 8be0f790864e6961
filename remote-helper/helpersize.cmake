# SPDX-License-Identifier: GPL-3.0-or-later
# Prints a built helper's size: cmake -DHELPER=<file> -P helpersize.cmake
file(SIZE "${HELPER}" bytes)
math(EXPR kib "${bytes} / 1024")
get_filename_component(name "${HELPER}" NAME)
message(STATUS "${name}: ${bytes} bytes (${kib} KiB)")
