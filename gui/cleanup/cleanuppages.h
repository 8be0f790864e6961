// SPDX-License-Identifier: GPL-3.0-or-later
// The pages of the CleanupWizard (cleanupwizard.h). Widgets carry objectNames for tests.
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace ipcscope {

class CleanupWizard;

class ChooseObjectsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ChooseObjectsPage(CleanupWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void tickGroup(int index);
    CleanupWizard* m_wizard;
    QTreeWidget* m_list;
    QComboBox* m_groups;
    QLabel* m_kept; // the objects that stay, and why
};

class ReviewObjectsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReviewObjectsPage(CleanupWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void forceToggled(bool on);
    void updateSelectable();
    CleanupWizard* m_wizard;
    QTreeWidget* m_tree;
    QCheckBox* m_force;
};

class ShellCommandsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ShellCommandsPage(CleanupWizard* wizard);
    void initializePage() override;

private:
    CleanupWizard* m_wizard;
    QPlainTextEdit* m_text;
};

class ConfirmCleanupPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ConfirmCleanupPage(CleanupWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool needsHostName() const;

private:
    CleanupWizard* m_wizard;
    QLabel* m_summary;
    QLabel* m_hostPrompt;
    QLineEdit* m_hostEdit;
};

class CleanupProgressPage : public QWizardPage {
    Q_OBJECT
public:
    explicit CleanupProgressPage(CleanupWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    CleanupWizard* m_wizard;
    QLabel* m_stage;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
};

class CleanupResultsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit CleanupResultsPage(CleanupWizard* wizard);
    void initializePage() override;

private:
    CleanupWizard* m_wizard;
    QLabel* m_summary;
    QTreeWidget* m_tree;
};

class CleanupAfterCarePage : public QWizardPage {
    Q_OBJECT
public:
    explicit CleanupAfterCarePage(CleanupWizard* wizard);
    void initializePage() override;

private:
    CleanupWizard* m_wizard;
    QLabel* m_advice;
    QVBoxLayout* m_starters; // one ServiceStarter per recognised software that is not running
};

} // namespace ipcscope
