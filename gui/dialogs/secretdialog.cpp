// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/secretdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipcscope {

SecretDialog::SecretDialog(Prompter::SecretKind kind, const QString& prompt, Prompter::Echo echo,
                           QWidget* parent)
    : QDialog(parent)
    , m_edit(new QLineEdit) {
    setObjectName(u"secretDialog"_s);
    QString title, explanation;
    switch (kind) {
    case Prompter::SecretKind::Password:
        title = tr("Password");
        explanation = tr("The server asks for your password.");
        break;
    case Prompter::SecretKind::KeyPassphrase:
        title = tr("Key passphrase");
        explanation = tr("Your SSH key is protected by a passphrase.");
        break;
    case Prompter::SecretKind::SudoPassword:
        title = tr("Administrator password");
        explanation = tr("Administrator mode runs the helper with sudo, which asks for your "
                         "password on the server.");
        break;
    case Prompter::SecretKind::KeyboardInteractive:
        title = tr("Login question");
        explanation = tr("The server asks a question to log you in.");
        break;
    }
    setWindowTitle(title);
    auto* text = new QLabel(
        u"<p>%1</p><p><b>%2</b></p>"_s.arg(explanation.toHtmlEscaped(), prompt.toHtmlEscaped()));
    text->setWordWrap(true);
    auto* note = new QLabel(tr("IPC Scope does not store it."));
    m_edit->setObjectName(u"secretEdit"_s);
    m_edit->setEchoMode(echo == Prompter::Echo::On ? QLineEdit::Normal : QLineEdit::Password);
    m_edit->setAccessibleName(title);
    m_edit->setMinimumWidth(280);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"secretOkButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_edit);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

SecretDialog::~SecretDialog() {
    // Do not leave the secret in the widget's buffer longer than needed.
    m_edit->setText(QString(m_edit->text().size(), QLatin1Char(' ')));
    m_edit->clear();
}

QString SecretDialog::secret() const {
    return m_edit->text();
}

} // namespace ipcscope
