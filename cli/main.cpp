// SPDX-License-Identifier: GPL-3.0-or-later
// ipcscope-cli: the backend from a terminal. Parsing in options.cpp, the commands in commands.cpp.
#include "checkcommand.h"
#include "cleancommand.h"
#include "commands.h"
#include "core/catalogue.h"
#include "core/heap.h"
#include "options.h"
#include "terminaltext.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv) {
    ipcscope::prepareHeapForOneLargeSnapshot();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ipcscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IPCSCOPE_VERSION));
    // In the language of the environment (LANG, LC_ALL, LC_MESSAGES), as other command-line tools.
    ipcscope::installCatalogue(ipcscope::catalogueLocale(QString()));

    // `clean` has its own command line and runs on a host session (cli/cleancommand.h).
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("clean"))
        return ipcscope::cli::cleanMain(arguments);
    // `check` is a monitoring plugin with its own exit codes (cli/checkcommand.h).
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("check"))
        return ipcscope::cli::checkMain(arguments);
    return ipcscope::cli::runParsed(
        ipcscope::cli::parseCommandLine(arguments),
        [](const auto& options) { return ipcscope::cli::run(options); });
}
