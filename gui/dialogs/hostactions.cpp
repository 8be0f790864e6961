// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/hostactions.h"

#include "fleet/importdialog.h"

#include "dialogs/addhostwizard.h"
#include "dialogs/dialoghook.h"
#include "dialogs/groupsedit.h"
#include "models/hostlistmodel.h"
#include "util/appsettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipcscope {

// --- Edit dialog ----------------------------------------------------------------------------

EditHostDialog::EditHostDialog(const HostConfig& config, QWidget* parent,
                               const QStringList& knownGroups)
    : QDialog(parent)
    , m_config(config)
    , m_name(new QLineEdit(config.name))
    , m_host(new QLineEdit(config.host))
    , m_port(new QSpinBox)
    , m_user(new QLineEdit(config.user))
    , m_keyFile(new QLineEdit(config.identityFile))
    , m_groups(new GroupsEdit(knownGroups))
    , m_sudo(new QCheckBox(tr("Administrator mode: run the helper with &sudo")))
    , m_agentless(new QCheckBox(tr("Read without the helper (reduced view, no cleanup)"))) {
    setObjectName(u"editHostDialog"_s);
    setWindowTitle(tr("Edit %1").arg(config.displayName()));
    m_name->setObjectName(u"nameEdit"_s);
    m_host->setObjectName(u"hostEdit"_s);
    m_port->setObjectName(u"portSpin"_s);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (22 or ~/.ssh/config)"));
    m_port->setValue(config.port);
    m_user->setObjectName(u"userEdit"_s);
    m_user->setPlaceholderText(tr("from ~/.ssh/config, else your local user"));
    m_keyFile->setObjectName(u"keyFileEdit"_s);
    m_keyFile->setPlaceholderText(tr("empty: SSH agent and default keys (~/.ssh/id_*)"));
    m_groups->setGroups(config.groups);
    m_sudo->setObjectName(u"sudoCheck"_s);
    m_sudo->setChecked(config.sudo);
    m_agentless->setObjectName(u"agentlessCheck"_s);
    m_agentless->setChecked(config.agentless);
    auto* note = new QLabel(tr("Saving connects again with these settings. The history of the "
                               "server stays: it belongs to its address."));
    note->setWordWrap(true);
    auto* browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a private key"),
                                                          QDir::homePath() + u"/.ssh"_s);
        if (!path.isEmpty())
            m_keyFile->setText(path);
    });
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Display name:"), m_name);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&User:"), m_user);
    // A row of two widgets gets no buddy of its own: without one the "&" would show.
    auto* keyLabel = new QLabel(tr("&Key file:"));
    keyLabel->setBuddy(m_keyFile);
    form->addRow(keyLabel, keyRow);
    form->addRow(tr("&Groups:"), m_groups);
    form->addRow(QString(), m_sudo);
    form->addRow(QString(), m_agentless);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveHostButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    // The local machine has nothing to edit but administrator mode and its groups.
    const bool local = config.kind == HostConfig::Kind::Local;
    for (QWidget* w : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_host),
                       static_cast<QWidget*>(m_port), static_cast<QWidget*>(m_user),
                       static_cast<QWidget*>(m_keyFile), static_cast<QWidget*>(m_agentless),
                       static_cast<QWidget*>(browse)})
        w->setEnabled(!local);
}

HostConfig EditHostDialog::config() const {
    HostConfig c = m_config;
    c.name = m_name->text().trimmed();
    c.host = m_host->text().trimmed();
    c.port = m_port->value();
    c.user = m_user->text().trimmed();
    c.identityFile = m_keyFile->text().trimmed();
    c.groups = m_groups->groups();
    c.sudo = m_sudo->isChecked();
    c.agentless = m_agentless->isChecked();
    return c;
}

void EditHostDialog::accept() {
    const HostConfig c = config();
    QString problem;
    if (c.kind == HostConfig::Kind::Ssh) {
        QString error;
        if (c.host.isEmpty() || !HostConfig::fromTarget(c.target(), &error))
            problem = error.isEmpty() ? tr("Type the server's name or address.") : error;
        else if (!c.identityFile.isEmpty() && !QFileInfo(c.identityFile).isReadable())
            problem = tr("The key file %1 cannot be read. Choose an existing private key file, "
                         "or leave it empty to use the SSH agent.")
                          .arg(c.identityFile);
    }
    if (problem.isEmpty()) {
        QDialog::accept();
        return;
    }
    QMessageBox box(QMessageBox::Warning, windowTitle(), problem, QMessageBox::Ok, this);
    box.setObjectName(u"editHostProblemBox"_s);
    DialogRunner::exec(&box);
}

// --- Actions --------------------------------------------------------------------------------

HostActions::HostActions(HostListModel* hosts, Prompter* prompter, QWidget* window)
    : QObject(window)
    , m_hosts(hosts)
    , m_prompter(prompter)
    , m_window(window) {}

void HostActions::save() {
    settings::setSavedHosts(m_hosts->savedHosts());
    settings::setLocalGroups(m_hosts->config(0).groups);
}

void HostActions::load() {
    m_hosts->setSavedHosts(settings::savedHosts());
    if (const QStringList groups = settings::localGroups(); !groups.isEmpty()) {
        HostConfig local = m_hosts->config(0);
        local.groups = groups;
        m_hosts->replaceConfig(0, local);
    }
}

QStringList HostActions::knownGroups() const {
    QStringList groups;
    for (int row = 0; row < m_hosts->rowCount(); ++row)
        for (const QString& g : m_hosts->config(row).groups)
            if (!groups.contains(g))
                groups.append(g);
    return groups;
}

int HostActions::add(const QString& host) {
    AddHostWizard wizard(m_prompter, m_window, knownGroups());
    if (!host.isEmpty())
        wizard.setField(u"host"_s, host);
    if (DialogRunner::exec(&wizard) != QDialog::Accepted)
        return -1;
    const int row = m_hosts->addHost(wizard.config());
    save();
    return row;
}

int HostActions::importHosts() {
    QList<HostConfig> existing;
    for (int row = 0; row < m_hosts->rowCount(); ++row)
        existing.append(m_hosts->config(row));
    ImportDialog dialog(existing, m_window);
    dialog.load(dialog.findChild<QLineEdit*>(u"importPath"_s)->text());
    if (DialogRunner::exec(&dialog) != QDialog::Accepted)
        return 0;
    const QList<HostConfig> chosen = dialog.chosen();
    for (const HostConfig& config : chosen)
        m_hosts->addHost(config);
    save();
    return int(chosen.size());
}

int HostActions::edit(int row) {
    EditHostDialog dialog(m_hosts->config(row), m_window, knownGroups());
    if (DialogRunner::exec(&dialog) != QDialog::Accepted)
        return -1;
    m_hosts->replaceConfig(row, dialog.config());
    save();
    return row;
}

int HostActions::duplicate(int row) {
    if (row <= 0)
        return -1;
    const int copy = m_hosts->duplicateHost(row);
    save();
    return copy;
}

bool HostActions::confirmRemove(int row) {
    if (row <= 0)
        return false;
    QMessageBox box(QMessageBox::Question, tr("Remove host"),
                    tr("Remove %1 from the list? Its history stays on this computer.")
                        .arg(m_hosts->config(row).displayName()),
                    QMessageBox::Cancel, m_window);
    QPushButton* removeButton = box.addButton(tr("Remove"), QMessageBox::AcceptRole);
    box.setObjectName(u"removeHostBox"_s);
    DialogRunner::exec(&box);
    return box.clickedButton() == removeButton;
}

void HostActions::remove(int row) {
    if (row <= 0)
        return;
    m_hosts->removeHost(row); // its controller goes with the row
    save();
}

bool HostActions::readyToCleanUp(int row, const Report& report, bool elevated,
                                 const QList<ObjectRef>& objects) {
    const uint euid = report.snapshot.host.euid;
    if (euid == 0 || elevated)
        return true;
    int others = 0;
    for (const ObjectVerdict& o : report.objects) {
        const bool chosen = std::any_of(objects.begin(), objects.end(), [&](const ObjectRef& r) {
            return r.type == o.ref.type && r.index == o.ref.index;
        });
        if (chosen && o.uid != euid)
            ++others;
    }
    if (others == 0)
        return true;
    const HostConfig config = m_hosts->config(row);
    QMessageBox box(QMessageBox::Information, tr("Administrator rights needed"),
                    tr("%n of the objects to clean up belong to other users. %1 is connected as "
                       "%2 without administrator mode, so the server would refuse to remove "
                       "them.\n\nReconnect in administrator mode (sudo) first? sudo may ask for "
                       "your password on the server.",
                       nullptr, others)
                        .arg(config.displayName(), report.snapshot.host.user),
                    QMessageBox::Cancel, m_window);
    box.setObjectName(u"cleanupRightsBox"_s);
    QPushButton* reconnect = box.addButton(tr("Reconnect with sudo"), QMessageBox::AcceptRole);
    reconnect->setObjectName(u"reconnectSudoButton"_s);
    QPushButton* anyway = box.addButton(tr("Continue without"), QMessageBox::DestructiveRole);
    anyway->setObjectName(u"continueWithoutSudoButton"_s);
    box.setDefaultButton(reconnect);
    DialogRunner::exec(&box);
    if (box.clickedButton() == anyway)
        return true;
    if (box.clickedButton() == reconnect) {
        HostConfig admin = config;
        admin.sudo = true;
        m_hosts->replaceConfig(row, admin); // a new session; the window refreshes it
        save();
    }
    return false;
}

} // namespace ipcscope
