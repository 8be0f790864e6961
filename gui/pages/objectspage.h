// SPDX-License-Identifier: GPL-3.0-or-later
// The object tables: one tab per type, a filter bar shared by all tabs, and the details panel.
#pragma once

#include "analysis/report.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;

namespace ipcscope {

class ObjectDetailsPanel;
class ObjectFilterProxy;
class ObjectTableModel;

class ObjectsPage : public QWidget {
    Q_OBJECT
public:
    enum Tab { SemaphoresTab, SharedMemoryTab, MessageQueuesTab, PosixTab, TabCount };

    explicit ObjectsPage(QWidget* parent = nullptr);
    void setReport(const Report& report, bool remote);

    // Which IPC namespace's objects are shown: 0 the host's, else a container's (by its id).
    void setNamespace(quint64 ns);
    quint64 currentNamespace() const;

    void setOwnerFilter(const QString& owner);
    void setVerdictFilter(std::optional<Verdict> verdict);
    // Restricts the tables to these objects and shows `note` (the finding's text) above them,
    // with how many of them the current report still has.
    void showObjects(const QList<ObjectRef>& objects, const QString& note, quint64 ns = 0);
    void clearObjectRestriction();
    void focusFilter();

    int currentTab() const;
    void setCurrentTab(int tab);
    ObjectTableModel* model(int tab) const { return m_models.at(tab); }
    ObjectFilterProxy* proxy(int tab) const { return m_proxies.at(tab); }
    QTableView* view(int tab) const { return m_views.at(tab); }
    ObjectDetailsPanel* details() const { return m_details; }
    QSplitter* splitter() const { return m_splitter; }
    // The objects selected in the current tab (several with Ctrl or Shift).
    QList<ObjectRef> selectedObjects() const;

signals:
    // "Clean up…" for the selected objects: the guided cleanup with them ticked.
    void cleanUp(const QList<ipcscope::ObjectRef>& objects, quint64 ns);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuildNamespaceChoices();
    void showNamespace();
    void applyTextFilter();
    void updateDetails();
    void updateTabTitles();
    void updateRestrictionText();
    void rebuildOwnerChoices();
    void updateCleanAction();
    void showSomeRows();

    QLineEdit* m_filter;
    QComboBox* m_owner;
    QComboBox* m_verdict;
    QLabel* m_namespaceLabel;
    QComboBox* m_namespace;
    QWidget* m_restrictionBar;
    QLabel* m_restrictionText;
    // The finding whose objects are shown (showObjects()): its text, its objects' identities
    // and how many it had, to say how many of them a later refresh still finds.
    QString m_restrictionNote;
    QSet<QString> m_restrictionIdentities;
    int m_restrictionTotal = 0;
    QTabWidget* m_tabs;
    QList<ObjectTableModel*> m_models;
    QList<ObjectFilterProxy*> m_proxies;
    QList<QTableView*> m_views;
    ObjectDetailsPanel* m_details;
    QAction* m_cleanAction;
    QPushButton* m_cleanButton;
    QSplitter* m_splitter;
    QTimer* m_filterDelay;
    Report m_hostReport; // with the containers' reports
    Report m_report;     // the one shown: the host's or a container's
    bool m_remote = false;
    bool m_columnsSized = false;
};

} // namespace ipcscope
