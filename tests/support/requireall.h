// SPDX-License-Identifier: GPL-3.0-or-later
// A skip for something that `scripts/deps.sh test` installs (openssh-server, util-linux's unshare
// and setpriv, file, python3-jsonschema, Apache, PostgreSQL). Run by hand on a machine without
// it, the test skips and says what is missing. Run by scripts/test.sh (and so by CI), which sets
// IPCSCOPE_TESTS_REQUIRE_ALL=1 after installing everything, the same skip is a failure: a test
// that silently stops running because an install step went missing would hide a regression.
#pragma once

#include <QtTest>

namespace testenv {
inline bool requireAll() {
    return qEnvironmentVariable("IPCSCOPE_TESTS_REQUIRE_ALL") == QLatin1String("1");
}
} // namespace testenv

#define IPCSCOPE_SKIP_MISSING(what)                                                                \
    do {                                                                                           \
        if (testenv::requireAll())                                                                 \
            QFAIL(                                                                                 \
                qPrintable(QStringLiteral("missing although scripts/deps.sh test installs it: ") + \
                           QStringLiteral(what)));                                                 \
        QSKIP(what);                                                                               \
    } while (false)
