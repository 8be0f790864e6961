// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/hostkeydialog.h"

#include "util/verdictstyle.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipcscope {

HostKeyDialog::HostKeyDialog(const HostKeyInfo& key, QWidget* parent)
    : QDialog(parent) {
    setObjectName(u"hostKeyDialog"_s);
    setWindowTitle(tr("Unknown host key"));
    auto* icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion).pixmap(40, 40));
    const QString address = key.port == 22 ? key.host : u"%1:%2"_s.arg(key.host).arg(key.port);
    // Entries of the host list may share an address: name the one that asks.
    const QString where = key.entryName.isEmpty() || key.entryName == address
                              ? address
                              : tr("%1 (%2)").arg(key.entryName, address);
    auto* text = new QLabel(
        tr("<p><b>IPC Scope has not connected to %1 before.</b></p>"
           "<p>Check that the fingerprint below matches the server's key before you trust it. "
           "On the server, <code>ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub</code> shows it.</p>")
            .arg(where.toHtmlEscaped(), QString(key.keyType).remove(u"ssh-"_s).toHtmlEscaped()));
    text->setWordWrap(true);
    auto* type = new QLabel(tr("Key type: %1").arg(key.keyType));
    auto* fingerprint = new QLineEdit(key.fingerprint);
    fingerprint->setObjectName(u"fingerprint"_s);
    fingerprint->setReadOnly(true);
    fingerprint->setAccessibleName(tr("Fingerprint"));
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprint->setMinimumWidth(fingerprint->fontMetrics().horizontalAdvance(key.fingerprint) +
                                 20);
    auto* file =
        new QLabel(key.knownHostsFile.isEmpty()
                       ? QString()
                       : tr("“Trust and remember” adds the key to %1.").arg(key.knownHostsFile));
    file->setWordWrap(true);

    auto* buttons = new QDialogButtonBox;
    auto* save = buttons->addButton(tr("Trust and &remember"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"trustSaveButton"_s);
    auto* once = buttons->addButton(tr("Trust &once"), QDialogButtonBox::AcceptRole);
    once->setObjectName(u"trustOnceButton"_s);
    auto* cancel = buttons->addButton(tr("&Do not connect"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(u"rejectKeyButton"_s);
    cancel->setDefault(true); // the safe choice on Enter
    connect(save, &QPushButton::clicked, this, [this] { done(AcceptAndSaveCode); });
    connect(once, &QPushButton::clicked, this, [this] { done(AcceptOnceCode); });
    connect(cancel, &QPushButton::clicked, this, [this] { done(RejectCode); });

    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(type);
    layout->addWidget(fingerprint);
    layout->addWidget(file);
    layout->addWidget(buttons);
}

void HostKeyDialog::done(int result) {
    m_answer = result == AcceptAndSaveCode ? Prompter::HostKeyAnswer::AcceptAndSave
               : result == AcceptOnceCode  ? Prompter::HostKeyAnswer::AcceptOnce
                                           : Prompter::HostKeyAnswer::Reject;
    QDialog::done(result);
}

} // namespace ipcscope
