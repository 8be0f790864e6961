// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's part about the host shown: connection state, the snapshot's time, progress
// and the Cancel button. It follows the HostController it is shown for, as the pages do.
#pragma once

#include "session/hostcontroller.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace ipcscope {

class HostStatus : public QObject {
    Q_OBJECT
public:
    // Adds its widgets to `bar`.
    explicit HostStatus(QStatusBar* bar, QObject* parent = nullptr);

    void setController(HostController* controller);
    // A passing message in the state label ("Saved …").
    void showMessage(const QString& text);

signals:
    void cancelRequested();

private:
    void setBusy(bool busy);
    void showSnapshotTime();
    QString hostName() const;
    QString connectedText() const;

    QPointer<HostController> m_controller;
    QList<QMetaObject::Connection> m_subscriptions;
    QLabel* m_stateLabel;
    QLabel* m_snapshotLabel;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
};

} // namespace ipcscope
