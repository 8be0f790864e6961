// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's actions with their names, icons and shortcuts, placed in its menus and
// toolbar. MainWindow connects them to what they do. Translated in MainWindow's context.
#pragma once

#include <QCoreApplication>
#include <QList>

class QAction;
class QMainWindow;

namespace ipcscope {

struct MainActions {
    Q_DECLARE_TR_FUNCTIONS(ipcscope::MainWindow)
public:
    explicit MainActions(QMainWindow* window);

    QAction* refresh;
    QAction* find;
    QAction* cancel; // Esc, not in a menu
    QAction* addHost;
    QAction* importHosts;
    QAction* editHost;
    QAction* duplicateHost;
    QAction* removeHost;
    QAction* exportCsv;
    QAction* exportJson;
    QAction* settings;
    QAction* quit;
    QAction* cleanUp;
    QAction* about;
    QList<QAction*> pages; // View > Overview … Diagnosis (Alt+1 …), in tab order
};

} // namespace ipcscope
