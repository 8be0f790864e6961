// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainactions.h"

#include "util/verdictstyle.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace ipcscope {

MainActions::MainActions(QMainWindow* window) {
    QMenu* file = window->menuBar()->addMenu(tr("&File"));
    QMenu* view = window->menuBar()->addMenu(tr("&View"));
    QMenu* hostMenu = window->menuBar()->addMenu(tr("&Host"));
    QMenu* help = window->menuBar()->addMenu(tr("&Help"));
    QToolBar* bar = window->addToolBar(tr("Main toolbar"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);

    refresh = new QAction(style::actionIcon(u"refresh"_s), tr("&Refresh"), window);
    refresh->setObjectName(u"refreshAction"_s);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Read the host's IPC objects again (F5)"));

    find = new QAction(style::actionIcon(u"find"_s), tr("&Find…"), window);
    find->setObjectName(u"findAction"_s);
    find->setShortcut(QKeySequence::Find);

    cancel = new QAction(tr("&Cancel refresh"), window);
    cancel->setShortcut(Qt::Key_Escape);
    cancel->setShortcutContext(Qt::WindowShortcut);
    window->addAction(cancel);

    addHost = new QAction(style::actionIcon(u"add-host"_s), tr("&Add host…"), window);
    addHost->setObjectName(u"addHostAction"_s);
    addHost->setShortcut(QKeySequence(tr("Ctrl+N")));
    importHosts = new QAction(tr("&Import servers…"), window);
    importHosts->setObjectName(u"importHostsAction"_s);
    importHosts->setToolTip(tr("Add servers from ~/.ssh/config or an Ansible inventory"));
    editHost = new QAction(tr("&Edit host…"), window);
    editHost->setObjectName(u"editHostAction"_s);
    editHost->setToolTip(tr("Change how this host is reached: user, port, key, administrator "
                            "mode"));
    duplicateHost = new QAction(tr("D&uplicate host"), window);
    duplicateHost->setObjectName(u"duplicateHostAction"_s);
    duplicateHost->setToolTip(tr("A second entry for the same server, with its own connection "
                                 "(e.g. once with administrator mode)"));
    removeHost = new QAction(tr("Re&move host"), window);
    removeHost->setObjectName(u"removeHostAction"_s);

    exportCsv = new QAction(style::actionIcon(u"export"_s), tr("Export table as &CSV…"), window);
    exportCsv->setObjectName(u"exportCsvAction"_s);
    exportCsv->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportJson = new QAction(tr("Export report as &JSON…"), window);
    exportJson->setObjectName(u"exportJsonAction"_s);
    exportJson->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    exportJson->setToolTip(
        tr("The snapshot's objects with verdicts and reasons, owners, limits and "
           "suggestions (ipcscope.report/1)"));

    settings = new QAction(style::actionIcon(u"settings"_s), tr("&Settings…"), window);
    settings->setObjectName(u"settingsAction"_s);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);

    quit = new QAction(tr("&Quit"), window);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);

    file->addAction(exportCsv);
    file->addAction(exportJson);
    file->addSeparator();
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);

    view->addAction(refresh);
    view->addAction(find);
    view->addSeparator();
    const QStringList pageNames = {tr("&Overview"), tr("O&bjects"),     tr("O&wners"),
                                   tr("&History"),  tr("&Suggestions"), tr("&Planner"),
                                   tr("&Diagnosis")};
    for (int i = 0; i < pageNames.size(); ++i) {
        QAction* a = view->addAction(pageNames.at(i));
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        pages.append(a);
    }

    cleanUp = new QAction(tr("&Clean up…"), window);
    cleanUp->setObjectName(u"cleanUpAction"_s);
    cleanUp->setToolTip(tr("Review the orphaned objects of this host and remove them safely"));
    hostMenu->addAction(cleanUp);
    hostMenu->addSeparator();
    hostMenu->addAction(addHost);
    hostMenu->addAction(importHosts);
    hostMenu->addAction(editHost);
    hostMenu->addAction(duplicateHost);
    hostMenu->addAction(removeHost);
    hostMenu->addAction(refresh);

    about = help->addAction(tr("&About IPC Scope"));

    bar->addAction(refresh);
    bar->addAction(find);
    bar->addSeparator();
    bar->addAction(addHost);
    bar->addAction(exportCsv);
    bar->addAction(settings);
}

} // namespace ipcscope
