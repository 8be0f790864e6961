// SPDX-License-Identifier: GPL-3.0-or-later
// An installed IPC Scope works under any prefix: `cmake --install` into a temporary prefix, then
// the installed ipcscope-cli must find the installed helper (bin/../libexec/ipcscope) without
// IPCSCOPE_HELPER and read the local machine.
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestInstall : public QObject {
    Q_OBJECT

private slots:
    void installedCliFindsItsHelperUnderAnyPrefix_data() {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("a prefix of its own") << u"opt/ipcscope"_s;
        QTest::newRow("a /usr-like prefix") << u"usr"_s;
    }

    void installedCliFindsItsHelperUnderAnyPrefix() {
        QFETCH(QString, prefix);
        const QString cmake = QStandardPaths::findExecutable(u"cmake"_s);
        if (cmake.isEmpty())
            QSKIP("cmake is not on PATH");
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString dir = root.filePath(prefix);
        QProcess install;
        install.start(cmake,
                      {u"--install"_s, QStringLiteral(IPCSCOPE_BINARY_DIR), u"--prefix"_s, dir});
        QVERIFY(install.waitForFinished(120'000));
        QVERIFY2(install.exitCode() == 0, install.readAllStandardError().constData());
        QVERIFY(QFileInfo(dir + u"/libexec/ipcscope/ipcscope-helper"_s).isExecutable());
        // The helpers for servers of the other architectures, beside it.
        for (const QString& arch :
             QStringLiteral(IPCSCOPE_CROSS_HELPER_ARCHS).split(u' ', Qt::SkipEmptyParts))
            QVERIFY2(QFileInfo(dir + u"/libexec/ipcscope/ipcscope-helper-"_s + arch).isExecutable(),
                     qPrintable(arch));
        const QString cli = dir + u"/bin/ipcscope-cli"_s;
        QVERIFY(QFileInfo(cli).isExecutable());

        QProcess run;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"IPCSCOPE_HELPER"_s); // found by where the program is, nothing else
        run.setProcessEnvironment(env);
        run.setStandardInputFile(QProcess::nullDevice());
        run.setWorkingDirectory(QDir::rootPath());
        run.start(cli, {u"snapshot"_s, u"local"_s});
        QVERIFY(run.waitForFinished(120'000));
        const QByteArray err = run.readAllStandardError();
        QVERIFY2(run.exitCode() == 0, err.constData());
        const QJsonObject snapshot = QJsonDocument::fromJson(run.readAllStandardOutput()).object();
        QCOMPARE(snapshot.value(u"schema"_s).toString(), u"ipcscope.snapshot/1"_s);
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
