// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/nodatapanel.h"

#include "util/verdictstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipcscope {

NoDataPanel::NoDataPanel(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel)
    , m_text(new QLabel)
    , m_detail(new QLabel)
    , m_retry(new QPushButton)
    , m_edit(new QPushButton(tr("&Edit host…"))) {
    setObjectName(u"noDataPanel"_s);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    m_title->setObjectName(u"noDataTitle"_s);
    m_text->setObjectName(u"noDataText"_s);
    m_detail->setObjectName(u"noDataDetail"_s);
    m_retry->setObjectName(u"noDataRetryButton"_s);
    m_edit->setObjectName(u"noDataEditButton"_s);
    for (QLabel* l : {m_title, m_text, m_detail}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setMaximumWidth(640);
    }
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    connect(m_retry, &QPushButton::clicked, this, &NoDataPanel::retryRequested);
    connect(m_edit, &QPushButton::clicked, this, &NoDataPanel::editRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_detail);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addStretch(1);
}

QString NoDataPanel::title() const {
    return m_title->text();
}

QString NoDataPanel::text() const {
    return m_text->text();
}

QString NoDataPanel::advice(Error::Kind kind) {
    switch (kind) {
    case Error::Kind::HostKeyUnknown:
        return tr("IPC Scope did not log in because the server's host key was not accepted. "
                  "Connect again and compare the fingerprint with the one the server's "
                  "administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on "
                  "the server).");
    case Error::Kind::HostKeyChanged:
        return tr("The server's host key is not the one accepted before. If the server was "
                  "reinstalled, remove its old key with ssh-keygen -R and connect again; "
                  "otherwise ask its administrator before you do.");
    case Error::Kind::HostNotFound:
    case Error::Kind::ConnectionRefused:
    case Error::Kind::Timeout:
    case Error::Kind::ConnectionLost:
        return tr("Check the address and port (Edit host…), that the server is running and that "
                  "its SSH server accepts connections from here, then retry.");
    case Error::Kind::AuthenticationFailed:
        return tr("Check the user name and the key or password (Edit host…), then retry.");
    case Error::Kind::PermissionDenied:
        return tr("Check administrator mode (Edit host…) and that your account may use sudo "
                  "there, then retry.");
    default:
        return tr("Retry; the line below says what went wrong.");
    }
}

void NoDataPanel::showState(const HostConfig& host, bool tried, bool busy,
                            const std::optional<Error>& error) {
    const QString name = host.displayName();
    m_edit->setVisible(host.kind == HostConfig::Kind::Ssh);
    m_retry->setEnabled(!busy);
    m_detail->clear();
    if (busy) {
        m_title->setText(tr("<h3>Reading %1…</h3>").arg(name.toHtmlEscaped()));
        m_text->setText(tr("There is no data of this host yet. IPC Scope is connecting to it and "
                           "reading its IPC objects; this page fills in when that is done."));
        m_retry->setText(tr("&Connect"));
    } else if (error) {
        m_title->setText(tr("<h3>No data: %1 could not be read</h3>").arg(name.toHtmlEscaped()));
        m_text->setText(error->message + u"\n\n"_s + advice(error->kind));
        m_detail->setText(error->detail);
        m_retry->setText(tr("&Retry"));
    } else {
        m_title->setText(tr("<h3>No data: %1 was not read yet</h3>").arg(name.toHtmlEscaped()));
        m_text->setText(tried ? tr("The last attempt was cancelled. Connect to read the IPC "
                                   "objects of this host.")
                              : tr("IPC Scope has not connected to this host yet. Connect to read "
                                   "its IPC objects."));
        m_retry->setText(tr("&Connect"));
    }
    m_detail->setVisible(!m_detail->text().isEmpty());
}

} // namespace ipcscope
