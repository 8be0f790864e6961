#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every Debian package whose files the configured build uses must be installed by scripts/deps.sh:
# named in its list, or pulled in by one of those without recommends (deps.sh installs with
# --no-install-recommends, as a fresh minimal Debian 12 needs). A green build on a developer's
# machine hides a package that only happens to be installed there; this finds it.
#   tests/check-packages.sh BUILD_DIR
# Looks at: the system headers the compiler read (ninja's deps log), the CMake package configs
# found (*_DIR in CMakeCache.txt), the libraries on the link lines, and what the executables load.
set -euo pipefail
build=${1:?usage: check-packages.sh BUILD_DIR}
here=$(cd "$(dirname "$0")/.." && pwd)
command -v dpkg >/dev/null || { echo "SKIP: not a Debian system (no dpkg)"; exit 0; }

files=$(mktemp)
trap 'rm -f "$files"' EXIT
# System headers the compiler actually read.
ninja -C "$build" -t deps 2>/dev/null | awk '$1 ~ /^\/usr\// {print $1}' >>"$files"
# CMake package configs and libraries the configure step found.
sed -nE 's/^[A-Za-z0-9_]+_DIR:PATH=(\/usr\/[^ ]*)$/\1/p' "$build/CMakeCache.txt" |
    grep -v NOTFOUND | grep '/cmake/' >>"$files" || true
# Libraries on the link lines of the programs (not every library a Find module noticed).
ninja -C "$build" -t commands ipcscope ipcscope-cli 2>/dev/null |
    grep -oE '/usr/lib/[^ ]*\.(so|a)(\.[0-9.]+)?' >>"$files" || true
# Shared libraries the programs load.
for exe in "$build"/bin/ipcscope "$build"/bin/ipcscope-cli; do
    [[ -x $exe ]] && ldd "$exe" | awk '$3 ~ /^\// {print $3}' >>"$files"
done
sort -u -o "$files" "$files"
[[ -s $files ]] || { echo "FAIL: found no files the build uses in $build (not configured?)"; exit 1; }

# The packages owning them (a file reached through a symlinked directory is looked up by its
# real path too). "diversion by" lines are not owners.
used=$( (xargs -a "$files" dpkg -S 2>/dev/null || true
         xargs -a "$files" realpath -e 2>/dev/null | xargs dpkg -S 2>/dev/null || true) |
       grep -v '^diversion by' | sed 's/: .*//' | tr ',' '\n' | sed 's/^ *//; s/:.*//' | sort -u)

mapfile -t wanted < <("$here/scripts/deps.sh" --list test)
closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
              --no-replaces --no-enhances "${wanted[@]}" 2>/dev/null |
          sed -nE 's/^ *(PreDepends|Depends): <?([^>]*)>?$/\2/p; s/^([a-z0-9][^ ]*)$/\1/p' |
          sed 's/:any$//' | sort -u)

missing=()
while read -r pkg; do
    [[ -z $pkg ]] && continue
    grep -qxF "${pkg%%:*}" <<<"$closure" || missing+=("$pkg")
done <<<"$used"
echo "$(wc -l <"$files") files used by the build belong to $(wc -l <<<"$used") packages"
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "FAIL: the build uses files of packages that scripts/deps.sh does not install:"
    printf '  %s\n' "${missing[@]}"
    echo "Add them to the package list in scripts/deps.sh."
    exit 1
fi
echo "OK: every one is installed by scripts/deps.sh (directly or as a dependency)"
