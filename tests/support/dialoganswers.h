// SPDX-License-Identifier: GPL-3.0-or-later
// Answers to the GUI's modal dialogs, given through DialogRunner::testHook as a person would
// give them, after checking that the dialog asks what the test expects.
#pragma once

#include "dialogs/dialoghook.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QTest>

namespace testgui {

// Answers the service starter's question before it runs `command` ("systemctl start apache2")
// with `answer`, counting the questions in `asked`.
inline void answerServiceStart(int& asked, const QString& command,
                               QMessageBox::StandardButton answer) {
    ipcscope::DialogRunner::testHook = [&asked, command, answer](QDialog* dialog) {
        ++asked;
        auto* box = qobject_cast<QMessageBox*>(dialog);
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("startServiceConfirmDialog"));
        QVERIFY(box->text().contains(command));
        box->button(answer)->click();
    };
}

} // namespace testgui
