#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Updates translations/*.ts from every module's sources (gui, backend, cli) with lupdate, keeping
# what is translated. Then translate the entries marked unfinished (Qt Linguist: German in full,
# plural forms in both files) until tests/tst_translations passes; the build compiles the .qm
# files into the backend (backend/core/CMakeLists.txt).
#   scripts/update-translations.sh          update translations/ in place
#   scripts/update-translations.sh DIR      write the updated files to DIR instead (the test
#                                           compares them with translations/: nothing may change)
# LUPDATE=path overrides the lupdate found.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-translations}
if [[ $out != translations ]]; then
    mkdir -p "$out"
    cp translations/ipcscope_de.ts translations/ipcscope_en.ts "$out"/
fi
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
[[ -x $lupdate ]] || lupdate=$(command -v lupdate)
common=(-silent -locations none -no-obsolete -extensions cpp,h gui backend cli)
"$lupdate" "${common[@]}" -ts "$out/ipcscope_de.ts"
# English is the source language: its file holds only the plural forms.
"$lupdate" "${common[@]}" -pluralonly -ts "$out/ipcscope_en.ts"
