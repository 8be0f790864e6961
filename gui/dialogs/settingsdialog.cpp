// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/settingsdialog.h"

#include "util/appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace ipcscope {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_interval(new QComboBox)
    , m_retention(new QSpinBox)
    , m_concurrency(new QSpinBox)
    , m_language(new QComboBox)
    , m_knownHosts(new QLineEdit) {
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_interval->setObjectName(u"refreshIntervalCombo"_s);
    m_interval->addItem(tr("Off"), 0);
    m_interval->addItem(tr("Every 10 seconds"), 10);
    m_interval->addItem(tr("Every minute"), 60);
    m_interval->setCurrentIndex(qMax(0, m_interval->findData(settings::refreshIntervalSeconds())));
    m_retention->setObjectName(u"retentionSpin"_s);
    m_retention->setRange(1, 3650);
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(settings::historyRetentionDays());
    m_concurrency->setObjectName(u"fleetConcurrencySpin"_s);
    m_concurrency->setRange(1, 64);
    m_concurrency->setSuffix(tr(" servers at once"));
    m_concurrency->setValue(settings::fleetConcurrency());
    m_concurrency->setToolTip(
        tr("How many servers \"Refresh all\" on the All servers page reads at "
           "the same time."));
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings::language())));
    m_knownHosts->setObjectName(u"knownHostsEdit"_s);
    m_knownHosts->setPlaceholderText(QDir::homePath() + u"/.ssh/known_hosts"_s);
    m_knownHosts->setText(settings::knownHostsFile());
    auto* browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("known_hosts file"), QDir::homePath() + u"/.ssh/known_hosts"_s, {}, nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_knownHosts->setText(path);
    });
    auto* knownRow = new QHBoxLayout;
    knownRow->addWidget(m_knownHosts, 1);
    knownRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Automatic refresh:"), m_interval);
    form->addRow(tr("Keep &history for:"), m_retention);
    form->addRow(tr("&Refresh all:"), m_concurrency);
    form->addRow(tr("&Language:"), m_language);
    auto* languageNote = new QLabel(tr("A new language takes effect when IPC Scope starts again."));
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);
    // A row of two widgets gets no buddy of its own: without one the "&" would show.
    auto* knownLabel = new QLabel(tr("&known_hosts file:"));
    knownLabel->setBuddy(m_knownHosts);
    form->addRow(knownLabel, knownRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::accept() {
    settings::setRefreshIntervalSeconds(m_interval->currentData().toInt());
    settings::setHistoryRetentionDays(m_retention->value());
    settings::setFleetConcurrency(m_concurrency->value());
    settings::setLanguage(m_language->currentData().toString());
    settings::setKnownHostsFile(m_knownHosts->text().trimmed());
    QDialog::accept();
}

} // namespace ipcscope
