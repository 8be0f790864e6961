// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/guiprompter.h"

#include "dialogs/dialoghook.h"
#include "dialogs/hostkeydialog.h"
#include "dialogs/secretdialog.h"

#include <QThread>

namespace ipcscope {

GuiPrompter::GuiPrompter(QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_dialogParent(dialogParent) {}

template <typename F>
auto GuiPrompter::onGuiThread(F function) {
    using R = decltype(function());
    if (QThread::currentThread() == thread())
        return function();
    // Blocks this (worker) thread until the GUI thread has run the dialog.
    R result{};
    QMetaObject::invokeMethod(
        this, [&] { result = function(); }, Qt::BlockingQueuedConnection);
    return result;
}

Prompter::HostKeyAnswer GuiPrompter::unknownHostKey(const HostKeyInfo& key) {
    return onGuiThread([this, key] {
        HostKeyDialog dialog(key, m_dialogParent);
        DialogRunner::exec(&dialog);
        return dialog.answer();
    });
}

std::optional<QString> GuiPrompter::secret(SecretKind kind, const QString& prompt, Echo echo) {
    return onGuiThread([this, kind, prompt, echo]() -> std::optional<QString> {
        SecretDialog dialog(kind, prompt, echo, m_dialogParent);
        if (DialogRunner::exec(&dialog) != QDialog::Accepted)
            return std::nullopt;
        return dialog.secret();
    });
}

} // namespace ipcscope
