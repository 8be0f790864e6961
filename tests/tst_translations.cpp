// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue is what lupdate makes of the sources (a new or changed string without its
// translation fails here), German is complete with real plural forms, every placeholder of the
// source is kept, and the compiled catalogue is used by the GUI, the backend and the CLI.
#include "analysis/context.h"
#include "analysis/report.h"
#include "core/catalogue.h"
#include "core/hostconfig.h"
#include "diagnosis/htmlreport.h"
#include "util/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ipcscope;

namespace {

QString translationsDir() {
    return QStringLiteral(IPCSCOPE_SOURCE_DIR) + u"/translations"_s;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The first line that differs, for the failure message.
QString firstDifference(const QByteArray& a, const QByteArray& b) {
    const QList<QByteArray> la = a.split('\n');
    const QList<QByteArray> lb = b.split('\n');
    for (qsizetype i = 0; i < std::max(la.size(), lb.size()); ++i) {
        const QByteArray x = la.value(i);
        const QByteArray y = lb.value(i);
        if (x != y)
            return u"line %1: checked in \"%2\", lupdate \"%3\""_s.arg(i + 1).arg(
                QString::fromUtf8(x.trimmed()), QString::fromUtf8(y.trimmed()));
    }
    return {};
}

// A report with `count` objects no running program uses (the verdict is not "in use").
Report reportWithUnusedObjects(int count) {
    Report report;
    for (int i = 0; i < count; ++i) {
        ObjectVerdict o;
        o.ref.type = ObjectType::Semaphore;
        o.ref.id = i;
        o.verdict = Verdict::Orphaned;
        report.objects.append(o);
    }
    return report;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void catalogueIsWhatLupdateMakesOfTheSources_data();
    void catalogueIsWhatLupdateMakesOfTheSources();
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
    void theCLocaleReadsEnglish();
    void germanIsCompiledIn();
    void germanPluralsInBackendSentences_data();
    void germanPluralsInBackendSentences();
    void theCliSpeaksTheLanguageOfItsEnvironment();
};

void TestTranslations::catalogueIsWhatLupdateMakesOfTheSources_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("German: every message of the sources, no other") << u"ipcscope_de.ts"_s;
    QTest::newRow("English: every plural message of the sources") << u"ipcscope_en.ts"_s;
}

// scripts/update-translations.sh into a temporary directory must change nothing: a message added
// to or changed in the sources, or one that is gone, fails until the script has been run and the
// new messages translated (tsFilesAreComplete).
void TestTranslations::catalogueIsWhatLupdateMakesOfTheSources() {
    QFETCH(QString, file);
    QTemporaryDir out;
    QVERIFY(out.isValid());
    QProcess script;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LUPDATE"_s, QStringLiteral(IPCSCOPE_LUPDATE));
    script.setProcessEnvironment(env);
    script.start(
        u"bash"_s,
        {QStringLiteral(IPCSCOPE_SOURCE_DIR) + u"/scripts/update-translations.sh"_s, out.path()});
    QVERIFY(script.waitForFinished(120'000));
    QVERIFY2(script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0,
             script.readAllStandardError().constData());
    const QByteArray checkedIn = readAll(translationsDir() + u'/' + file);
    const QByteArray updated = readAll(out.filePath(file));
    QVERIFY(!checkedIn.isEmpty());
    QVERIFY2(
        checkedIn == updated,
        qPrintable(u"translations/%1 is not what scripts/update-translations.sh makes of the "
                   "sources; run it and translate the new messages. First difference: %2"_s.arg(
                       file, firstDifference(checkedIn, updated))));
}

void TestTranslations::tsFilesAreComplete_data() {
    QTest::addColumn<QString>("path");
    const QDir dir(translationsDir());
    const QStringList files = dir.entryList({u"*.ts"_s}, QDir::Files);
    QVERIFY(files.contains(u"ipcscope_de.ts"_s));
    for (const QString& file : files)
        QTest::newRow(qPrintable(file + u" has every entry translated"_s)) << dir.filePath(file);
}

void TestTranslations::tsFilesAreComplete() {
    QFETCH(QString, path);
    const QByteArray data = readAll(path);
    const bool pluralOnly = path.endsWith(u"_en.ts"_s);
    static const QRegularExpression placeholder(u"%(\\d|n)"_s);
    // "Objekt(e)", "Sekunde(n)", "Satz/-sätze": a plural written out instead of a plural form.
    static const QRegularExpression makeshiftPlural(u"\\w\\((e|n|en|s|es)\\)|\\w/-\\w"_s);
    QStringList problems;
    int count = 0;
    auto check = [&](const QString& source, const QString& type, bool numerus,
                     const QStringList& forms) {
        ++count;
        if (type == u"unfinished"_s || type == u"vanished"_s || type == u"obsolete"_s) {
            problems.append(u"%1: %2"_s.arg(type, source));
            return;
        }
        // Both languages have two forms: one, and other.
        if (numerus && forms.size() != 2)
            problems.append(u"%1 plural forms instead of 2: %2"_s.arg(forms.size()).arg(source));
        if (!numerus && pluralOnly)
            return;
        if (!numerus && source.contains(u"%n"_s))
            problems.append(
                u"%n outside a plural message (Tr::tr(text, nullptr, n)): %1"_s.arg(source));
        for (const QString& form : forms) {
            if (form.isEmpty()) {
                problems.append(u"empty: %1"_s.arg(source));
                continue;
            }
            if (makeshiftPlural.match(form).hasMatch())
                problems.append(u"plural written out: %1 → %2"_s.arg(source, form));
            auto it = placeholder.globalMatch(source);
            while (it.hasNext()) {
                const QString p = it.next().captured(0);
                if (!form.contains(p))
                    problems.append(u"%1 lost in: %2 → %3"_s.arg(p, source, form));
            }
        }
    };
    QXmlStreamReader xml(data);
    QString source, type;
    QStringList forms;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"message"_s) {
                numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
                source.clear();
                type.clear();
                forms.clear();
            } else if (xml.name() == u"source"_s) {
                source = xml.readElementText();
            } else if (xml.name() == u"translation"_s) {
                type = xml.attributes().value(u"type"_s).toString();
                if (!numerus)
                    forms.append(xml.readElementText());
            } else if (xml.name() == u"numerusform"_s) {
                forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message"_s) {
            check(source, type, numerus, forms);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(count > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n') +
                                            u"\n(%1 problems)"_s.arg(problems.size())));
}

// LANG=C.UTF-8 names no language: English, with its plurals (runs before German is installed).
void TestTranslations::theCLocaleReadsEnglish() {
    const QString used = installTranslators(u"C"_s);
    QCOMPARE(used, u"en_US"_s);
    QCOMPARE(QCoreApplication::translate("ipcscope::OverviewPage",
                                         "%n more finding(s) in the object tables.", nullptr, 2),
             u"2 more findings in the object tables."_s);
    QCOMPARE(QCoreApplication::translate("ipcscope::OverviewPage",
                                         "%n more finding(s) in the object tables.", nullptr, 1),
             u"1 more finding in the object tables."_s);
    QVERIFY(htmlReport(reportWithUnusedObjects(1))
                .contains(u"1 of 1 object is not in use by a running program."_s));
    QVERIFY(htmlReport(reportWithUnusedObjects(5))
                .contains(u"5 of 5 objects are not in use by a running program."_s));
    QCOMPARE(analysis::unitName(u"sets"_s, 6), u"sets"_s);
    QCOMPARE(analysis::unitName(u"sets"_s, 1), u"set"_s);
}

void TestTranslations::germanIsCompiledIn() {
    QVERIFY(QFile::exists(u":/i18n/ipcscope_de.qm"_s));
    const QString used = installTranslators(u"de"_s);
    QCOMPARE(used, u"de_DE"_s);
    QCOMPARE(QCoreApplication::translate("ipcscope::MainWindow", "&Refresh"), u"&Aktualisieren"_s);
    QCOMPARE(QCoreApplication::translate("Format", "%n minute(s) ago", nullptr, 3),
             u"vor 3 Minuten"_s);
    QCOMPARE(QCoreApplication::translate("ipcscope::ObjectsPage", "Shared memory"),
             u"Gemeinsamer Speicher"_s);
    // Backend sentences, under their module's context (Tr::tr in backend/session).
    QCOMPARE(HostConfig{}.displayName(), u"Dieser Rechner"_s);
}

void TestTranslations::germanPluralsInBackendSentences_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("one object: 1 Objekt")
        << 1 << u"1 von 1 Objekt wird von keinem laufenden Programm genutzt."_s;
    QTest::newRow("five objects: 5 Objekten")
        << 5 << u"5 von 5 Objekten werden von keinem laufenden Programm genutzt."_s;
}

void TestTranslations::germanPluralsInBackendSentences() {
    QFETCH(int, count);
    QFETCH(QString, sentence);
    installTranslators(u"de"_s);
    const QString html = htmlReport(reportWithUnusedObjects(count));
    QVERIFY2(html.contains(sentence), qPrintable(html.section(u"<p>"_s, 0, 3)));
    QCOMPARE(QCoreApplication::translate("IpcScope::Analysis", "%n object(s)", nullptr, 1),
             u"1 Objekt"_s);
    QCOMPARE(QCoreApplication::translate("IpcScope::Analysis", "%n object(s)", nullptr, 5),
             u"5 Objekte"_s);
    // "6 von 6 Sätzen" in the limit sentences, not "6 von 6 sets".
    QCOMPARE(analysis::unitName(u"sets"_s, 6), u"Sätze"_s);
    QCOMPARE(analysis::unitName(u"sets"_s, 1), u"Satz"_s);
}

// The CLI has no GUI and no settings: it follows LC_ALL / LC_MESSAGES / LANG, as other tools do.
void TestTranslations::theCliSpeaksTheLanguageOfItsEnvironment() {
    auto help = [](const QString& locale) {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LC_ALL"_s, locale);
        cli.setProcessEnvironment(env);
        cli.setStandardInputFile(QProcess::nullDevice());
        cli.start(QStringLiteral(IPCSCOPE_CLI_PATH), {u"--help"_s});
        if (!cli.waitForFinished(30'000))
            return QString();
        return QString::fromUtf8(cli.readAllStandardOutput()).section(u'\n', 0, 0);
    };
    QCOMPARE(help(u"de_DE.UTF-8"_s), u"Aufruf: ipcscope-cli BEFEHL [ZIEL] [Optionen]"_s);
    QCOMPARE(help(u"C.UTF-8"_s), u"Usage: ipcscope-cli COMMAND [TARGET] [options]"_s);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
