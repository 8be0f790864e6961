// SPDX-License-Identifier: GPL-3.0-or-later
#include "cleanup/servicestarter.h"

#include "cleanup/servicestart.h"
#include "cleanup/shellcommand.h"
#include "core/error.h"
#include "dialogs/dialoghook.h"
#include "session/hostsession.h"
#include "transport/transport.h"

#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipcscope {

ServiceStarter::ServiceStarter(HostSession* session, const Software& software,
                               const QString& hostName, QWidget* parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_service(software.serviceName)
    , m_softwareName(software.name)
    , m_hostName(hostName) {
    setObjectName(u"serviceStarter_"_s + m_service);
    setTitle(tr("%1 is not running").arg(m_softwareName));
    auto* layout = new QVBoxLayout(this);

    const bool canStart = m_session && m_session->capabilities().canModify;
    auto* how = new QLabel(this);
    how->setObjectName(u"serviceStartCommand"_s);
    how->setWordWrap(true);
    how->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The command stays visible for people who prefer to run it themselves.
    const QString intro =
        canStart ? tr("IPC Scope can start it for you, or you can run this on %1 yourself:")
                       .arg(m_hostName)
                 : tr("This connection cannot change the server (it has no helper), so IPC Scope "
                      "cannot start it. Run this on %1:")
                       .arg(m_hostName);
    how->setText(u"<p>%1</p><pre>sudo %2</pre>"_s.arg(
        intro.toHtmlEscaped(), (u"systemctl start "_s + shellQuote(m_service)).toHtmlEscaped()));
    layout->addWidget(how);

    if (canStart) {
        m_button = new QPushButton(tr("Start %1").arg(m_service), this);
        m_button->setObjectName(u"startServiceButton"_s);
        connect(m_button, &QPushButton::clicked, this, &ServiceStarter::askAndStart);
        layout->addWidget(m_button, 0, Qt::AlignLeft);
    }
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"serviceStartProgress"_s);
    m_progress->setRange(0, 0); // busy: systemctl gives no progress
    m_progress->setFormat(tr("Starting %1 …").arg(m_service));
    m_progress->setTextVisible(true);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(u"serviceStartStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    layout->addWidget(m_status);
    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(u"serviceStartOutput"_s);
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("systemctl printed nothing."));
    m_output->hide();
    layout->addWidget(m_output);
}

ServiceStarter::~ServiceStarter() = default;

bool ServiceStarter::isBusy() const {
    return m_reply && !m_reply->isFinished();
}

void ServiceStarter::askAndStart() {
    if (isBusy())
        return;
    QMessageBox box(QMessageBox::Question, tr("Start %1?").arg(m_softwareName),
                    tr("IPC Scope will run this command on %1 as the connection's user (root in "
                       "administrator mode):\n\n%2\n\nand then check whether %3 is active.")
                        .arg(m_hostName, serviceStartCommand(m_service), m_service),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(u"startServiceConfirmDialog"_s);
    box.setDefaultButton(QMessageBox::No);
    box.button(QMessageBox::Yes)->setText(tr("Start %1").arg(m_service));
    if (DialogRunner::exec(&box) != QMessageBox::Yes)
        return;
    m_button->setEnabled(false);
    m_status->hide();
    m_output->hide();
    m_progress->show();
    m_reply = m_session->runHelper(serviceStartArguments(m_service), {});
    connect(m_reply.get(), &HelperReply::finished, this, &ServiceStarter::onHelperFinished);
    connect(m_reply.get(), &HelperReply::failed, this, &ServiceStarter::onFailed);
}

void ServiceStarter::showStatus(const QString& text) {
    m_progress->hide();
    m_status->setText(text);
    m_status->show();
    if (m_button)
        m_button->setEnabled(true);
    emit finished();
}

void ServiceStarter::onHelperFinished(const HelperOutput& output) {
    const Result<ServiceStartResult> parsed = parseServiceStart(output, m_service);
    if (!parsed) {
        m_output->setPlainText(parsed.error().detail);
        m_output->setVisible(!parsed.error().detail.isEmpty());
        showStatus(parsed.error().message);
        return;
    }
    const ServiceStartResult& r = parsed.value();
    m_output->setPlainText(r.output);
    m_output->show();
    QString text;
    if (r.active)
        text = tr("%1 is running now.").arg(m_service);
    else if (r.timedOut)
        text = tr("systemctl did not finish within 100 seconds, and %1 is not active. Look at "
                  "its log on the server (journalctl -u %1).")
                   .arg(m_service);
    else if (r.exitCode == 0)
        text = tr("systemctl started %1, but it is not active now (%2). It may have stopped "
                  "again: look at its log on the server (journalctl -u %1).")
                   .arg(m_service, r.state.isEmpty() ? tr("state unknown") : r.state);
    else
        text = tr("%1 could not be started: systemctl ended with exit code %2. Its output is "
                  "below.")
                   .arg(m_service)
                   .arg(r.exitCode);
    if (m_button && r.active)
        m_button->hide();
    showStatus(text);
}

void ServiceStarter::onFailed(const Error& error) {
    m_output->setPlainText(error.detail);
    m_output->setVisible(!error.detail.isEmpty());
    showStatus(error.message);
}

} // namespace ipcscope
