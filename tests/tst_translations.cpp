// SPDX-License-Identifier: GPL-3.0-or-later
// Every .ts file is complete: no unfinished or vanished entries, every placeholder of the source
// kept in the translation, plural forms filled in; and the compiled German catalogue is in the
// application and used.
#include "util/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
    void theCLocaleReadsEnglish();
    void germanIsCompiledIn();
};

void TestTranslations::tsFilesAreComplete_data() {
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(IPCSCOPE_SOURCE_DIR) + u"/translations"_s);
    const QStringList files = dir.entryList({u"*.ts"_s}, QDir::Files);
    QVERIFY(files.contains(u"ipcscope_de.ts"_s));
    for (const QString& file : files)
        QTest::newRow(qPrintable(file + u" has every entry translated"_s)) << dir.filePath(file);
}

void TestTranslations::tsFilesAreComplete() {
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    const bool pluralOnly = path.endsWith(u"_en.ts"_s);
    static const QRegularExpression placeholder(u"%(\\d|n)"_s);
    QStringList problems;
    int count = 0;
    auto check = [&](const QString& source, const QString& type, bool numerus,
                     const QStringList& forms) {
        ++count;
        if (type == u"unfinished"_s || type == u"vanished"_s || type == u"obsolete"_s) {
            problems.append(u"%1: %2"_s.arg(type, source));
            return;
        }
        if (numerus && forms.size() < 2)
            problems.append(u"plural forms missing: %1"_s.arg(source));
        if (!numerus && pluralOnly)
            return;
        for (const QString& form : forms) {
            if (form.isEmpty()) {
                problems.append(u"empty: %1"_s.arg(source));
                continue;
            }
            auto it = placeholder.globalMatch(source);
            while (it.hasNext()) {
                const QString p = it.next().captured(0);
                if (!form.contains(p))
                    problems.append(u"%1 lost in: %2 → %3"_s.arg(p, source, form));
            }
        }
    };
    QXmlStreamReader xml(data);
    QString source, type, text;
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
    const QString used = ipcscope::installTranslators(u"C"_s);
    QCOMPARE(used, u"en_US"_s);
    QCOMPARE(QCoreApplication::translate("ipcscope::OverviewPage",
                                         "%n more finding(s) in the object tables.", nullptr, 2),
             u"2 more findings in the object tables."_s);
    QCOMPARE(QCoreApplication::translate("ipcscope::OverviewPage",
                                         "%n more finding(s) in the object tables.", nullptr, 1),
             u"1 more finding in the object tables."_s);
}

void TestTranslations::germanIsCompiledIn() {
    QVERIFY(QFile::exists(u":/i18n/ipcscope_de.qm"_s));
    const QString used = ipcscope::installTranslators(u"de"_s);
    QCOMPARE(used, u"de_DE"_s);
    QCOMPARE(QCoreApplication::translate("ipcscope::MainWindow", "&Refresh"), u"&Aktualisieren"_s);
    QCOMPARE(QCoreApplication::translate("Format", "%n minute(s) ago", nullptr, 3),
             u"vor 3 Minuten"_s);
    // A backend sentence whose tr() helper uses a context lupdate could not see.
    QCOMPARE(QCoreApplication::translate("HostConfig", "Local machine"), u"Dieser Rechner"_s);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
