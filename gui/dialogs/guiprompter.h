// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's Prompter: called on a session's worker thread, it shows the dialog on the GUI thread
// through a blocking queued call. The worker waits; the GUI thread keeps running its event loop.
#pragma once

#include "transport/prompter.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

namespace ipcscope {

class GuiPrompter : public QObject, public Prompter {
    Q_OBJECT
public:
    explicit GuiPrompter(QWidget* dialogParent, QObject* parent = nullptr);

    HostKeyAnswer unknownHostKey(const HostKeyInfo& key) override;
    std::optional<QString> secret(SecretKind kind, const QString& prompt,
                                  Echo echo = Echo::Off) override;

private:
    template <typename F>
    auto onGuiThread(F function);

    QPointer<QWidget> m_dialogParent;
};

} // namespace ipcscope
