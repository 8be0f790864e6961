// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/importdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

enum Kind { SshConfig, Ansible };

bool sameServer(const HostConfig& a, const HostConfig& b) {
    return a.kind == b.kind && a.host == b.host && a.port == b.port && a.user == b.user;
}

} // namespace

ImportDialog::ImportDialog(const QList<HostConfig>& existing, QWidget* parent)
    : QDialog(parent)
    , m_existing(existing)
    , m_kind(new QComboBox)
    , m_path(new QLineEdit)
    , m_group(new QLineEdit)
    , m_list(new QListWidget)
    , m_notes(new QLabel) {
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import servers"));
    m_kind->setObjectName(u"importKind"_s);
    m_kind->addItem(tr("SSH client configuration"), SshConfig);
    m_kind->addItem(tr("Ansible inventory (INI or YAML)"), Ansible);
    m_path->setObjectName(u"importPath"_s);
    m_path->setText(QDir::home().filePath(u".ssh/config"_s));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_kind->currentData().toInt() == SshConfig)
            m_path->setText(QDir::home().filePath(u".ssh/config"_s));
        else if (QFile::exists(u"/etc/ansible/hosts"_s))
            m_path->setText(u"/etc/ansible/hosts"_s);
        else
            m_path->clear();
    });
    auto* browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import servers from"), m_path->text());
        if (!path.isEmpty())
            load(path);
    });
    auto* read = new QPushButton(tr("&Read"));
    read->setObjectName(u"importRead"_s);
    connect(read, &QPushButton::clicked, this, [this] { load(m_path->text().trimmed()); });
    connect(m_path, &QLineEdit::returnPressed, this, [this] { load(m_path->text().trimmed()); });
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    pathRow->addWidget(read);
    m_group->setObjectName(u"importGroup"_s);
    m_group->setPlaceholderText(tr("optional, e.g. customers or production"));
    m_list->setObjectName(u"importList"_s);
    m_list->setMinimumHeight(220);
    m_notes->setObjectName(u"importNotes"_s);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("&From:"), m_kind);
    auto* fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    form->addRow(tr("Add to &group:"), m_group);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import ticked servers"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"importOk"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_notes);
    layout->addWidget(buttons);
    resize(640, 480);
}

ImportDialog::~ImportDialog() {
    if (m_ansible) {
        m_ansible->kill();
        m_ansible->waitForFinished(2000);
    }
}

bool ImportDialog::isYaml(const QString& path) const {
    return path.endsWith(u".yml"_s) || path.endsWith(u".yaml"_s);
}

void ImportDialog::load(const QString& path) {
    m_path->setText(path);
    m_list->clear();
    m_found.clear();
    const bool ansible = m_kind->currentData().toInt() == Ansible || isYaml(path);
    if (ansible && isYaml(path)) {
        const QString tool = QStandardPaths::findExecutable(u"ansible-inventory"_s);
        if (tool.isEmpty()) {
            show({}, tr("A YAML inventory is read with Ansible's ansible-inventory command, which "
                        "is not installed here. Install Ansible, or import an INI inventory."));
            return;
        }
        if (m_ansible)
            m_ansible->kill();
        m_ansible = new QProcess(this);
        m_notes->setText(tr("Reading %1 with ansible-inventory…").arg(path));
        QProcess* process = m_ansible;
        connect(process, &QProcess::finished, this, [this, process](int code) {
            if (process != m_ansible)
                return process->deleteLater();
            m_ansible = nullptr;
            process->deleteLater();
            if (code != 0)
                show({}, tr("ansible-inventory could not read the inventory: %1")
                             .arg(QString::fromUtf8(process->readAllStandardError()).trimmed()));
            else
                show(hostsFromAnsibleJson(process->readAllStandardOutput()));
        });
        connect(process, &QProcess::errorOccurred, this, [this, process] {
            if (process == m_ansible && process->state() == QProcess::NotRunning) {
                m_ansible = nullptr;
                process->deleteLater();
                show({},
                     tr("ansible-inventory could not be started: %1").arg(process->errorString()));
            }
        });
        process->start(tool, {u"-i"_s, path, u"--list"_s});
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        show({}, tr("%1 could not be read: %2").arg(path, file.errorString()));
        return;
    }
    const QString text = QString::fromUtf8(file.read(4 << 20));
    show(ansible ? hostsFromAnsibleIni(text) : hostsFromSshConfig(text));
}

void ImportDialog::show(const ImportedHosts& found, const QString& error) {
    m_found = found.hosts;
    int offered = 0;
    for (const HostConfig& config : found.hosts) {
        const bool known =
            std::any_of(m_existing.cbegin(), m_existing.cend(),
                        [&config](const HostConfig& e) { return sameServer(e, config); });
        QString text = config.displayName();
        if (config.host != text || config.port || !config.user.isEmpty())
            text += u" — "_s + config.target();
        if (!config.groups.isEmpty())
            text += u" — "_s + tr("groups: %1").arg(config.groups.join(u", "_s));
        if (known)
            text += u" "_s + tr("(already in the list)");
        auto* item = new QListWidgetItem(text, m_list);
        item->setFlags(known ? Qt::ItemIsUserCheckable
                             : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(known ? Qt::Unchecked : Qt::Checked);
        offered += known ? 0 : 1;
    }
    QStringList notes;
    if (!error.isEmpty())
        notes.append(error);
    else
        notes.append(tr("%n server(s) found", nullptr, int(found.hosts.size())) + u", "_s +
                     tr("%n new", nullptr, offered) + u"."_s);
    if (!found.skipped.isEmpty())
        notes.append(tr("Left out: %1").arg(found.skipped.join(u"; "_s)));
    m_notes->setText(notes.join(u"\n"_s));
    emit loaded();
}

QList<HostConfig> ImportDialog::chosen() const {
    QList<HostConfig> out;
    const QString group = m_group->text().trimmed();
    for (int i = 0; i < m_list->count() && i < m_found.size(); ++i) {
        if (m_list->item(i)->checkState() != Qt::Checked)
            continue;
        HostConfig config = m_found.at(i);
        if (!group.isEmpty() && !config.groups.contains(group))
            config.groups.append(group);
        out.append(config);
    }
    return out;
}

} // namespace ipcscope
