#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Updates translations/*.ts from every module's sources (gui, backend, cli), keeping what is
# translated. Then translate the entries marked unfinished (Qt Linguist) until
# tests/tst_translations passes. German is complete; English holds only plural forms.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
[[ -x $lupdate ]] || lupdate=$(command -v lupdate)
common=(-locations none -no-obsolete -extensions cpp,h gui backend cli)
"$lupdate" "${common[@]}" -ts translations/ipcscope_de.ts
"$lupdate" "${common[@]}" -pluralonly -ts translations/ipcscope_en.ts
