// SPDX-License-Identifier: GPL-3.0-or-later
// ipcscope: the desktop application. Everything lives in the ipcscope_gui library.
#include "mainwindow.h"
#include "util/appsettings.h"
#include "util/language.h"
#include "util/verdictstyle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

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

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "See, understand and safely clean up Linux IPC objects."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption page(
        u"page"_s,
        QCoreApplication::translate("main", "Start on a page: overview, objects, owners, history "
                                            "or suggestions."),
        u"name"_s);
    const QCommandLineOption addHost(
        u"add-host"_s, QCoreApplication::translate("main", "Open the Add host wizard."));
    parser.addOption(page);
    parser.addOption(addHost);
    parser.process(app);

    ipcscope::MainWindow window;
    const QStringList pages = {u"overview"_s,    u"objects"_s, u"owners"_s,   u"history"_s,
                               u"suggestions"_s, u"planner"_s, u"diagnosis"_s};
    const int index = pages.indexOf(parser.value(page).toLower());
    if (index > 0)
        window.showPage(ipcscope::MainWindow::Page(index));
    window.show();
    if (parser.isSet(addHost))
        QTimer::singleShot(300, &window, &ipcscope::MainWindow::addHost);
    return app.exec();
}
