// SPDX-License-Identifier: GPL-3.0-or-later
// ipcscope: the desktop application. Everything lives in the ipcscope_gui library.
#include "mainwindow.h"
#include "util/appsettings.h"
#include "util/language.h"
#include "util/verdictstyle.h"

#include <QApplication>

using namespace Qt::StringLiterals;

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"IPC Scope"_s);
    QCoreApplication::setOrganizationDomain(u"ipcscope.io"_s);
    QCoreApplication::setApplicationName(u"ipcscope"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(IPCSCOPE_VERSION));
    QGuiApplication::setApplicationDisplayName(u"IPC Scope"_s);
    QGuiApplication::setDesktopFileName(u"io.ipcscope.IPCScope"_s);
    ipcscope::style::initResources();
    QApplication::setWindowIcon(ipcscope::style::appIcon());
    ipcscope::installTranslators(ipcscope::settings::language());

    ipcscope::MainWindow window;
    window.show();
    return app.exec();
}
