// SPDX-License-Identifier: GPL-3.0-or-later
#include "host/hoststatus.h"

#include "session/hostcontroller.h"
#include "util/format.h"
#include "util/verdictstyle.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace ipcscope {

HostStatus::HostStatus(QStatusBar* bar, QObject* parent)
    : QObject(parent)
    , m_stateLabel(new QLabel)
    , m_snapshotLabel(new QLabel)
    , m_progress(new QProgressBar)
    , m_cancel(new QToolButton) {
    m_stateLabel->setObjectName(u"connectionState"_s);
    m_snapshotLabel->setObjectName(u"snapshotTime"_s);
    m_progress->setObjectName(u"refreshProgress"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setMaximumWidth(180);
    m_progress->setMaximumHeight(16);
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setIcon(style::actionIcon(u"cancel"_s));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the running refresh (Esc)"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, &HostStatus::cancelRequested);
    bar->addWidget(m_stateLabel, 1);
    bar->addPermanentWidget(m_snapshotLabel);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
    setBusy(false);
}

QString HostStatus::hostName() const {
    return m_controller ? m_controller->config().displayName() : QString();
}

// "Connected to db1 · Logged in as root with the key ~/.ssh/id_ed25519." The login says which
// key was used and which were skipped (a wrong passphrase never passes silently).
QString HostStatus::connectedText() const {
    const QString login = m_controller ? m_controller->session()->capabilities().login : QString();
    if (login.isEmpty())
        return tr("Connected to %1").arg(hostName());
    return tr("Connected to %1 · %2").arg(hostName(), login);
}

void HostStatus::showMessage(const QString& text) {
    m_stateLabel->setText(text);
}

void HostStatus::setBusy(bool busy) {
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy)
        m_progress->setRange(0, 0);
}

void HostStatus::showSnapshotTime() {
    if (!m_controller || !m_controller->report()) {
        m_snapshotLabel->clear();
        return;
    }
    const Snapshot& s = m_controller->report()->snapshot;
    m_snapshotLabel->setText(tr("Snapshot %1").arg(format::absoluteTime(s.host.time)));
    m_snapshotLabel->setToolTip(s.host.hostname);
}

void HostStatus::setController(HostController* controller) {
    for (const QMetaObject::Connection& c : std::as_const(m_subscriptions))
        disconnect(c);
    m_subscriptions.clear();
    m_controller = controller;
    showSnapshotTime();
    if (!controller) {
        setBusy(false);
        m_stateLabel->clear();
        return;
    }
    HostSession* session = controller->session();
    m_subscriptions
        << connect(controller, &HostController::refreshStarted, this,
                   [this] {
                       setBusy(true);
                       m_stateLabel->setText(tr("Connecting to %1…").arg(hostName()));
                   })
        << connect(controller, &HostController::reportChanged, this,
                   [this] {
                       setBusy(false);
                       m_stateLabel->setText(connectedText());
                       showSnapshotTime();
                   })
        << connect(controller, &HostController::refreshFailed, this,
                   [this](const Error& error) {
                       setBusy(false);
                       m_stateLabel->setText(error.kind == Error::Kind::Cancelled
                                                 ? tr("Refresh cancelled")
                                                 : tr("Not connected to %1").arg(hostName()));
                   })
        << connect(session, &HostSession::progress, this,
                   [this](const QString& stage, int step, int steps) {
                       m_stateLabel->setText(stage);
                       if (steps > 0) {
                           m_progress->setRange(0, steps);
                           m_progress->setValue(step);
                       }
                   })
        << connect(session, &HostSession::stateChanged, this, [this](HostSession::State state) {
               switch (state) {
               case HostSession::State::Connecting:
                   m_stateLabel->setText(tr("Connecting to %1…").arg(hostName()));
                   break;
               case HostSession::State::Working:
                   m_stateLabel->setText(tr("Reading the IPC objects of %1…").arg(hostName()));
                   break;
               case HostSession::State::Ready:
                   m_stateLabel->setText(connectedText());
                   break;
               case HostSession::State::Failed:
                   m_stateLabel->setText(tr("Not connected to %1").arg(hostName()));
                   break;
               case HostSession::State::Idle:
                   m_stateLabel->setText(tr("Idle"));
                   break;
               }
           });
    setBusy(controller->isRefreshing());
    if (!controller->isRefreshing())
        m_stateLabel->setText(controller->report() ? connectedText() : QString());
}

} // namespace ipcscope
