// SPDX-License-Identifier: GPL-3.0-or-later
// Adds an SSH host: where, how to log in, and a connection test that reports each stage in plain
// words before the host is saved.
#pragma once

#include "analysis/report.h"
#include "core/error.h"
#include "core/hostconfig.h"

#include <QWizard>
#include <QWizardPage>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace ipcscope {

class HostSession;
class Prompter;

class HostPage : public QWizardPage {
    Q_OBJECT
public:
    explicit HostPage(const QStringList& knownGroups = {}, QWidget* parent = nullptr);
    bool isComplete() const override;

private:
    QLineEdit* m_host;
};

class AuthPage : public QWizardPage {
    Q_OBJECT
public:
    explicit AuthPage(QWidget* parent = nullptr);
    bool validatePage() override;

private:
    QRadioButton* m_agent;
    QRadioButton* m_keyFile;
    QLineEdit* m_keyPath;
    QLabel* m_keyError;
};

class TestPage : public QWizardPage {
    Q_OBJECT
public:
    TestPage(Prompter* prompter, QWidget* parent = nullptr);
    ~TestPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool succeeded() const { return m_succeeded; }
    void startTest();

private:
    void addStage(const QString& text);
    void finishStages(bool ok);
    // The plain-words stages, in the order of ConnectionStage.
    static QStringList stageNames(const HostConfig& config);
    // failedAt -1: all done, `last` replaces the final line.
    void showStages(const HostConfig& config, int failedAt, const QString& last);

    Prompter* m_prompter;
    std::unique_ptr<HostSession> m_session;
    QListWidget* m_log;
    QLabel* m_result;
    QPushButton* m_again;
    bool m_running = false;
    bool m_succeeded = false;
    int m_reached = 0; // the ConnectionStage the transport reported last
};

class AddHostWizard : public QWizard {
    Q_OBJECT
public:
    // `knownGroups`: the other entries' groups, offered while typing this one's.
    AddHostWizard(Prompter* prompter, QWidget* parent = nullptr,
                  const QStringList& knownGroups = {});
    HostConfig config() const;

private:
    TestPage* m_test;
};

} // namespace ipcscope
