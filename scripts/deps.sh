#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages IPC Scope needs to build, run and test, when any is missing.
# Usage: scripts/deps.sh [--list] [build|test|package]
#   test adds the packages the tests use (sshd, Xvfb, …); package adds dpkg-dev for scripts/package.sh.
#   --list prints the packages, one a line, and installs nothing (tests/check-packages.sh uses it).
set -euo pipefail
list=0
if [[ "${1:-}" == --list ]]; then
    list=1
    shift
fi

packages=(cmake ninja-build g++ pkg-config file
          qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
          libqt6sql6-sqlite libqt6svg6 libqt6opengl6-dev libgl-dev libssh-dev util-linux
          # the helper for aarch64, ppc64le and s390x servers (remote-helper/cross.cmake)
          g++-aarch64-linux-gnu g++-powerpc64le-linux-gnu g++-s390x-linux-gnu)
if [[ "${1:-build}" == package ]]; then
    packages+=(dpkg-dev)
fi
if [[ "${1:-build}" == test ]]; then
    packages+=(openssh-server openssh-client sudo xvfb x11-utils imagemagick procps python3-jsonschema
               apache2 postgresql openssl curl      # real software for tst_realapache/postgres
               prometheus prometheus-node-exporter jq  # tst_prometheus: the helper's metrics
               clang libclang-rt-14-dev             # clang with libFuzzer: scripts/fuzz.sh
               qemu-user-static)                    # the cross-built helpers: tst_crosshelpers
fi

if [[ $list -eq 1 ]]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then
    sudo=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null || [[ -t 0 ]]; then
    sudo=(sudo)
else
    echo "IPC Scope needs these Debian packages: ${missing[*]}" >&2
    echo "Install them as root (apt-get install ${missing[*]}) and run this again." >&2
    exit 1
fi
echo "Installing missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
