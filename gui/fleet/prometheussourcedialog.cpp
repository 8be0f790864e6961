// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/prometheussourcedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipcscope {

using Auth = settings::PrometheusSource::Auth;

PrometheusSourceDialog::PrometheusSourceDialog(const settings::PrometheusSource& source,
                                               const QString& secret, QWidget* parent)
    : QDialog(parent)
    , m_url(new QLineEdit(source.url))
    , m_auth(new QComboBox)
    , m_userLabel(new QLabel(tr("&User:")))
    , m_user(new QLineEdit(source.user))
    , m_secretLabel(new QLabel)
    , m_secret(new QLineEdit(secret))
    , m_secretNote(new QLabel)
    , m_problem(new QLabel) {
    setObjectName(u"prometheusSourceDialog"_s);
    setWindowTitle(tr("Prometheus server"));
    auto* intro = new QLabel(
        tr("The All servers page lists every host whose IPC metrics this Prometheus collects "
           "(ipcscope-helper metrics through node_exporter, see the user guide)."));
    intro->setWordWrap(true);
    m_url->setObjectName(u"prometheusUrl"_s);
    m_url->setPlaceholderText(u"http://prometheus.example.com:9090"_s);
    m_url->setMinimumWidth(340);
    m_auth->setObjectName(u"prometheusAuth"_s);
    m_auth->addItem(tr("None"), int(Auth::None));
    m_auth->addItem(tr("User and password (basic auth)"), int(Auth::Basic));
    m_auth->addItem(tr("Token (bearer)"), int(Auth::Token));
    m_auth->setCurrentIndex(m_auth->findData(int(source.auth)));
    m_user->setObjectName(u"prometheusUser"_s);
    m_secret->setObjectName(u"prometheusSecret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_userLabel->setBuddy(m_user);
    m_secretLabel->setBuddy(m_secret);
    auto* note = m_secretNote;
    note->setText(tr("IPC Scope does not store the password or token: it asks for it again after "
                     "a restart."));
    note->setObjectName(u"prometheusSecretNote"_s);
    note->setWordWrap(true);
    m_problem->setObjectName(u"prometheusProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b3261e"_s);
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&Login:"), m_auth);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_secretLabel, m_secret);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"prometheusOkButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &PrometheusSourceDialog::authChanged);
    authChanged();
    if (!source.url.isEmpty() && source.auth != Auth::None && secret.isEmpty())
        m_secret->setFocus(); // asked again in a new run
}

PrometheusSourceDialog::~PrometheusSourceDialog() {
    m_secret->setText(QString(m_secret->text().size(), QLatin1Char(' ')));
    m_secret->clear();
}

void PrometheusSourceDialog::authChanged() {
    const auto auth = Auth(m_auth->currentData().toInt());
    m_userLabel->setVisible(auth == Auth::Basic);
    m_user->setVisible(auth == Auth::Basic);
    m_secretLabel->setText(auth == Auth::Token ? tr("&Token:") : tr("&Password:"));
    m_secretLabel->setVisible(auth != Auth::None);
    m_secret->setVisible(auth != Auth::None);
    m_secretNote->setVisible(auth != Auth::None);
    fitHeight();
}

// Taller by the rows and lines just shown, so that no field is squashed: a shown window does not
// grow by itself (and a wrapped label does not ask it to).
void PrometheusSourceDialog::fitHeight() {
    if (!isVisible())
        return; // not shown yet: it takes its size from the layout when it is
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (height() < needed)
        resize(width(), needed);
}

QUrl PrometheusSourceDialog::parseUrl(const QString& text) {
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) ||
        url.host().isEmpty() || url.hasQuery() || url.hasFragment())
        return {};
    return url;
}

settings::PrometheusSource PrometheusSourceDialog::source() const {
    settings::PrometheusSource s;
    s.url = parseUrl(m_url->text()).toString();
    s.auth = Auth(m_auth->currentData().toInt());
    s.user = s.auth == Auth::Basic ? m_user->text().trimmed() : QString();
    return s;
}

QString PrometheusSourceDialog::secret() const {
    return Auth(m_auth->currentData().toInt()) == Auth::None ? QString() : m_secret->text();
}

void PrometheusSourceDialog::accept() {
    QString problem;
    const auto auth = Auth(m_auth->currentData().toInt());
    if (parseUrl(m_url->text()).isEmpty())
        problem = tr("Enter the address of the Prometheus server with http:// or https://, for "
                     "example http://prometheus.example.com:9090.");
    else if (auth == Auth::Basic && m_user->text().trimmed().isEmpty())
        problem = tr("Enter the user to log in with.");
    else if (auth == Auth::Basic && m_secret->text().isEmpty())
        problem = tr("Enter the password.");
    else if (auth == Auth::Token && m_secret->text().trimmed().isEmpty())
        problem = tr("Enter the token.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty()) {
        QDialog::accept();
        return;
    }
    fitHeight();
}

} // namespace ipcscope
