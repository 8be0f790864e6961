// SPDX-License-Identifier: GPL-3.0-or-later
// Test support: sets IPCSCOPE_HELPER (the helper program the backend runs) for one scope and
// restores the previous value afterwards, also when a QVERIFY fails and returns early.
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace testenv {

class HelperEnv {
public:
    explicit HelperEnv(const QString& path)
        : m_old(qgetenv("IPCSCOPE_HELPER")) {
        qputenv("IPCSCOPE_HELPER", path.toLocal8Bit());
    }
    ~HelperEnv() {
        if (m_old.isEmpty())
            qunsetenv("IPCSCOPE_HELPER");
        else
            qputenv("IPCSCOPE_HELPER", m_old);
    }
    HelperEnv(const HelperEnv&) = delete;
    HelperEnv& operator=(const HelperEnv&) = delete;

private:
    QByteArray m_old;
};

} // namespace testenv
