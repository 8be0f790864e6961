#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One-off migration, to be removed once every branch is merged: turns the backend's and the CLI's
# file-local tr() helpers (and QCoreApplication::translate / analysis::translated with a
# hand-written context) into the module's Tr::tr() (e.g. backend/analysis/analysistr.h), inserts
# the `nullptr` disambiguation before a plural count, and includes the module's Tr header.
# Usage: scripts/convert-tr-calls.sh [FILE...]   (default: every .cpp/.h in backend/ and cli/)
# Then: clang-format -i on the changed files, build, scripts/update-translations.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
files=("$@")
if ((${#files[@]} == 0)); then
    mapfile -t files < <(grep -rlE --include='*.cpp' --include='*.h' \
        '(^|[^[:alnum:]_:.>])tr\(|QCoreApplication::translate\(|translated\(' backend cli |
        grep -vE '(tr|catalogue)\.h$|/catalogue\.cpp$')
fi
for f in "${files[@]}"; do
    case $f in
    cli/*) header=clitr.h ;;
    backend/*/*) module=${f#backend/}; module=${module%%/*}; header=$module/${module}tr.h ;;
    *) echo "skipped (not backend/<module>/ or cli/): $f" >&2; continue ;;
    esac
    [[ -f ${header/#/${f%%/*}/} || -f cli/$header ]] || { echo "no $header for $f" >&2; exit 1; }
    perl -0pi -e '
        # 1. The file-local helpers, and an unnamed namespace left empty by their removal.
        s/^(?:inline )?QString tr\(const char\* text(?:, int n(?: = -1)?)?\) \{\n[^\n]*\n\}\n\n?//mg;
        s/^namespace \{\n\s*\} \/\/ namespace\n\n?//mg;
        # 2. Every call: tr( / QCoreApplication::translate("Ctx", / translated("Ctx", -> Tr::tr(
        s/(?<![\w:.>~])tr\(/Tr::tr(/g;
        s/QCoreApplication::translate\(\s*"[^"]*",\s*/Tr::tr(/g;
        s/(?<![\w.>])(?:analysis::)?translated\(\s*"[^"]*",\s*/Tr::tr(/g;
        # 3. A plural count right after the text: Tr::tr("%n x(s)", n) -> Tr::tr("%n x(s)", nullptr, n)
        s/(Tr::tr\((?:\s*"(?:[^"\\]|\\.)*")+)\s*,\s*(?!nullptr\b)(?=[^"\s])/$1, nullptr, /g;
    ' "$f"
    grep -q 'Tr::tr(' "$f" || continue
    grep -qF "#include \"$header\"" "$f" && continue
    # 4. The include: into the block of project includes after the file's own header, else a
    # block of its own after it.
    perl -0pi -e '
        my $inc = "#include \"'"$header"'\"\n";
        s/\A((?:[^\n]*\n)*?#include "[^"]*"\n\n)(#include ")/$1$inc$2/
            or s/\A((?:[^\n]*\n)*?#include [^\n]*\n)/$1\n$inc/;
    ' "$f"
done
