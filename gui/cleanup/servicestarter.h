// SPDX-License-Identifier: GPL-3.0-or-later
// After-care for software that is not running: shows the command a person would type
// (`sudo systemctl start apache2`) and, when the session can change the server, a button that
// asks for confirmation and then runs `ipcscope-helper start-service NAME` on the host session
// without blocking the window, showing systemctl's output and whether the service is active now.
#pragma once

#include "analysis/report.h"

#include <QGroupBox>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace ipcscope {

class HelperReply;
class HostSession;
struct Error;
struct HelperOutput;

class ServiceStarter : public QGroupBox {
    Q_OBJECT
public:
    // `session` must outlive the widget.
    ServiceStarter(HostSession* session, const Software& software, const QString& hostName,
                   QWidget* parent = nullptr);
    ~ServiceStarter() override; // a start still running is cancelled

    QString service() const { return m_service; }
    bool isBusy() const;

signals:
    // The helper answered (or failed); the output box and the status line are filled.
    void finished();

private:
    void askAndStart();
    void onHelperFinished(const ipcscope::HelperOutput& output);
    void onFailed(const ipcscope::Error& error);
    void showStatus(const QString& text);

    HostSession* m_session;
    QString m_service;
    QString m_softwareName;
    QString m_hostName;
    std::unique_ptr<HelperReply> m_reply;
    QPushButton* m_button = nullptr;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPlainTextEdit* m_output;
};

} // namespace ipcscope
