// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/addhostwizard.h"

#include "dialogs/groupsedit.h"
#include "session/hostsession.h"
#include "util/appsettings.h"
#include "util/format.h"
#include "util/verdictstyle.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {
// The local user's name: what ssh would log in as by default.
QString localUserName() {
    if (const passwd* pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}
} // namespace

// --- Host -----------------------------------------------------------------------------------

HostPage::HostPage(const QStringList& knownGroups, QWidget* parent)
    : QWizardPage(parent)
    , m_host(new QLineEdit) {
    setTitle(tr("Which server?"));
    setSubTitle(tr("The server is reached with SSH, like <code>ssh user@host</code>. Names from "
                   "your ~/.ssh/config work too."));
    m_host->setObjectName(u"hostEdit"_s);
    m_host->setPlaceholderText(tr("db1.example.com or 192.0.2.10"));
    auto* port = new QSpinBox;
    port->setObjectName(u"portSpin"_s);
    port->setRange(1, 65535);
    port->setValue(22);
    auto* user = new QLineEdit(localUserName());
    user->setObjectName(u"userEdit"_s);
    auto* name = new QLineEdit;
    name->setObjectName(u"nameEdit"_s);
    name->setPlaceholderText(tr("optional, e.g. “Database primary”"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), port);
    form->addRow(tr("&User:"), user);
    form->addRow(tr("&Display name:"), name);
    auto* groups = new GroupsEdit(knownGroups);
    form->addRow(tr("&Groups:"), groups);
    registerField(u"groups"_s, groups);
    registerField(u"host*"_s, m_host);
    registerField(u"port"_s, port);
    registerField(u"user"_s, user);
    registerField(u"name"_s, name);
}

bool HostPage::isComplete() const {
    const QString h = m_host->text().trimmed();
    return !h.isEmpty() && !h.contains(u' ') && !h.contains(u'@');
}

// --- Authentication -------------------------------------------------------------------------

AuthPage::AuthPage(QWidget* parent)
    : QWizardPage(parent)
    , m_agent(new QRadioButton(tr("SSH &agent and default keys (~/.ssh/id_*)")))
    , m_keyFile(new QRadioButton(tr("A &key file:")))
    , m_keyPath(new QLineEdit)
    , m_keyError(new QLabel) {
    setTitle(tr("How do you log in?"));
    setSubTitle(tr("Passwords and passphrases are asked when needed and never stored."));
    m_agent->setObjectName(u"agentRadio"_s);
    m_keyFile->setObjectName(u"keyFileRadio"_s);
    m_keyPath->setObjectName(u"keyFileEdit"_s);
    m_keyPath->setAccessibleName(tr("Key file"));
    m_agent->setChecked(true);
    m_keyPath->setEnabled(false);
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setEnabled(false);
    connect(m_keyFile, &QRadioButton::toggled, m_keyPath, &QWidget::setEnabled);
    connect(m_keyFile, &QRadioButton::toggled, browse, &QWidget::setEnabled);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a private key"),
                                                          QDir::homePath() + u"/.ssh"_s);
        if (!path.isEmpty())
            m_keyPath->setText(path);
    });
    m_keyError->setObjectName(u"keyFileError"_s);
    m_keyError->setWordWrap(true);
    m_keyError->hide();

    auto* sudo = new QCheckBox(tr("Administrator mode: run the helper with &sudo"));
    sudo->setObjectName(u"sudoCheck"_s);
    auto* sudoNote = new QLabel(tr("Needed to see every user's objects and for cleanup. sudo may "
                                   "ask for your password on the server."));
    sudoNote->setWordWrap(true);
    sudoNote->setIndent(22);
    auto* agentless = new QCheckBox(tr("Read without the helper (reduced view, no cleanup)"));
    agentless->setObjectName(u"agentlessCheck"_s);

    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFile);
    keyRow->addWidget(m_keyPath, 1);
    keyRow->addWidget(browse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_agent);
    layout->addLayout(keyRow);
    layout->addWidget(m_keyError);
    layout->addSpacing(12);
    layout->addWidget(sudo);
    layout->addWidget(sudoNote);
    layout->addWidget(agentless);
    layout->addStretch(1);
    registerField(u"useKeyFile"_s, m_keyFile);
    registerField(u"keyFile"_s, m_keyPath);
    registerField(u"sudo"_s, sudo);
    registerField(u"agentless"_s, agentless);
}

bool AuthPage::validatePage() {
    if (!m_keyFile->isChecked())
        return true;
    const QFileInfo info(m_keyPath->text());
    if (info.isFile() && info.isReadable()) {
        m_keyError->hide();
        return true;
    }
    m_keyError->setText(tr("The key file %1 cannot be read. Choose an existing private key file, "
                           "or use the SSH agent.")
                            .arg(m_keyPath->text()));
    m_keyError->show();
    return false;
}

// --- Test -----------------------------------------------------------------------------------

TestPage::TestPage(Prompter* prompter, QWidget* parent)
    : QWizardPage(parent)
    , m_prompter(prompter)
    , m_log(new QListWidget)
    , m_result(new QLabel)
    , m_again(new QPushButton(tr("&Test again"))) {
    setTitle(tr("Testing the connection"));
    setSubTitle(tr("IPC Scope reaches the server, checks its identity, logs in, starts its helper "
                   "and reads the IPC objects once."));
    m_log->setObjectName(u"testLog"_s);
    m_log->setAccessibleName(tr("Connection test steps"));
    m_result->setObjectName(u"testResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_again->setObjectName(u"testAgainButton"_s);
    connect(m_again, &QPushButton::clicked, this, &TestPage::startTest);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_again, 0, Qt::AlignLeft);
}

TestPage::~TestPage() = default;

void TestPage::initializePage() {
    startTest();
}

void TestPage::cleanupPage() {
    m_session.reset(); // cancels and joins
    m_running = false;
}

bool TestPage::isComplete() const {
    // Saving is allowed after a failed test too (the server may be down right now), but not
    // while the test runs.
    return !m_running;
}

void TestPage::addStage(const QString& text) {
    // While running: the session's own progress, marked as under way.
    auto* item = new QListWidgetItem(QIcon(u":/icons/host-idle.svg"_s), text);
    m_log->addItem(item);
    m_log->scrollToItem(item);
}

void TestPage::finishStages(bool ok) {
    Q_UNUSED(ok)
    m_running = false;
    m_again->setEnabled(true);
    emit completeChanged();
}

QStringList TestPage::stageNames(const HostConfig& config) {
    const QString user = config.user.isEmpty() ? tr("your user") : config.user;
    return {
        tr("Reach %1")
            .arg(config.port ? u"%1:%2"_s.arg(config.host).arg(config.port) : config.host),
        tr("Verify the server's host key"),
        tr("Log in as %1").arg(user),
        config.sudo ? tr("Start the helper with sudo") : tr("Start the helper"),
        tr("Read the IPC objects"),
    };
}

void TestPage::showStages(const HostConfig& config, int failedAt, const QString& last) {
    const QStringList stages = stageNames(config);
    m_log->clear();
    for (int i = 0; i < stages.size(); ++i) {
        if (failedAt >= 0 && i > failedAt) {
            auto* item = new QListWidgetItem(QIcon(u":/icons/host-idle.svg"_s),
                                             tr("%1 — not tried").arg(stages.at(i)));
            m_log->addItem(item);
            continue;
        }
        const bool failed = i == failedAt;
        QString text = stages.at(i);
        if (!failed && i == stages.size() - 1 && !last.isEmpty())
            text = last;
        else if (failed)
            text = tr("%1 — failed").arg(stages.at(i));
        else
            text = tr("%1 — done").arg(stages.at(i));
        m_log->addItem(new QListWidgetItem(failed ? style::verdictIcon(Verdict::Orphaned)
                                                  : style::verdictIcon(Verdict::InUse),
                                           text));
    }
}

void TestPage::startTest() {
    auto* wizard = qobject_cast<AddHostWizard*>(this->wizard());
    if (!wizard)
        return;
    m_log->clear();
    m_result->clear();
    m_succeeded = false;
    m_reached = 0;
    m_running = true;
    m_again->setEnabled(false);
    emit completeChanged();

    const HostConfig config = wizard->config();
    m_session = std::make_unique<HostSession>(config, m_prompter);
    // The transport reports each stage as it starts it: a failure belongs to the last one.
    connect(m_session.get(), &HostSession::stageReached, this,
            [this, config](ConnectionStage stage) {
                m_reached = int(stage);
                addStage(stageNames(config).value(m_reached) + u'…');
            });
    // The test's reply lives as long as its session (both go in cleanupPage()).
    RefreshReply* reply = m_session->refresh().release();
    reply->setParent(m_session.get());
    connect(reply, &RefreshReply::finished, this, [this, config](const Report& report) {
        const int n = report.snapshot.objectCount();
        showStages(config, -1, tr("Read %n IPC object(s) — done", nullptr, n));
        finishStages(true);
        m_succeeded = true;
        QString text = tr("<b>Everything works.</b> Click “Add host” to save it.");
        if (report.snapshot.mode == SnapshotMode::Agentless)
            text += u' ' + tr("The helper could not run there, so the view is reduced.");
        m_result->setText(text);
    });
    connect(reply, &RefreshReply::failed, this, [this, config](const Error& error) {
        showStages(config, m_reached, {});
        finishStages(false);
        m_result->setText(tr("<b>The test failed.</b> %1").arg(error.message.toHtmlEscaped()) +
                          (error.detail.isEmpty()
                               ? QString()
                               : u"<br><small>%1</small>"_s.arg(error.detail.toHtmlEscaped())));
    });
}

// --- Wizard ---------------------------------------------------------------------------------

AddHostWizard::AddHostWizard(Prompter* prompter, QWidget* parent, const QStringList& knownGroups)
    : QWizard(parent)
    , m_test(new TestPage(prompter)) {
    setObjectName(u"addHostWizard"_s);
    setWindowTitle(tr("Add a server"));
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, style::appIcon().pixmap(48, 48));
    setOption(QWizard::NoBackButtonOnStartPage);
    addPage(new HostPage(knownGroups));
    addPage(new AuthPage);
    addPage(m_test);
    setButtonText(QWizard::FinishButton, tr("&Add host"));
    resize(620, 460);
}

HostConfig AddHostWizard::config() const {
    HostConfig c;
    c.kind = HostConfig::Kind::Ssh;
    c.host = field(u"host"_s).toString().trimmed();
    c.port = field(u"port"_s).toInt();
    c.user = field(u"user"_s).toString().trimmed();
    c.name = field(u"name"_s).toString().trimmed();
    c.groups = GroupsEdit::parse(field(u"groups"_s).toString());
    if (field(u"useKeyFile"_s).toBool())
        c.identityFile = field(u"keyFile"_s).toString();
    c.sudo = field(u"sudo"_s).toBool();
    c.agentless = field(u"agentless"_s).toBool();
    c.knownHostsFile = settings::knownHostsFile();
    return c;
}

} // namespace ipcscope
