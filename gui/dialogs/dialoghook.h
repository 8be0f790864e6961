// SPDX-License-Identifier: GPL-3.0-or-later
// Runs modal dialogs. Tests set `testHook` to answer dialogs without a person: the hook gets the
// fully built dialog, fills in widgets found by objectName and answers it the way a person would
// (clicking a button, or done()); the dialog's result is returned as from exec().
#pragma once

#include <QDialog>
#include <QFileDialog>

#include <functional>

namespace ipcscope {

struct DialogRunner {
    static inline std::function<void(QDialog*)> testHook;
    static int exec(QDialog* dialog) {
        if (testHook) {
            dialog->setResult(QDialog::Rejected);
            dialog->show(); // as a person would see it (a wizard starts its first page here)
            testHook(dialog);
            dialog->hide();
            return dialog->result();
        }
        return dialog->exec();
    }

    // File choosers: tests set `fileHook` to return a path (empty: cancelled).
    static inline std::function<QString(const QString& suggested)> fileHook;
    static QString saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                                const QString& filter) {
        if (fileHook)
            return fileHook(suggested);
        return QFileDialog::getSaveFileName(parent, title, suggested, filter);
    }
};

} // namespace ipcscope
