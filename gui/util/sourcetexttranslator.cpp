// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/sourcetexttranslator.h"

#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace ipcscope {

bool SourceTextTranslator::loadTs(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&file);
    QString source;
    QStringList forms;
    bool finished = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"message"_s) {
                source.clear();
                forms.clear();
                finished = true;
            } else if (xml.name() == u"source"_s) {
                source = xml.readElementText();
            } else if (xml.name() == u"translation"_s) {
                finished = xml.attributes().value(u"type"_s).isEmpty();
                if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace())
                    forms.append(xml.text().toString());
            } else if (xml.name() == u"numerusform"_s) {
                forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message"_s) {
            if (finished && !source.isEmpty() && !forms.isEmpty() && !m_bySource.contains(source))
                m_bySource.insert(source, forms);
        }
    }
    return !xml.hasError() && !m_bySource.isEmpty();
}

QString SourceTextTranslator::translate(const char*, const char* sourceText, const char*,
                                        int n) const {
    const auto it = m_bySource.constFind(QString::fromUtf8(sourceText));
    if (it == m_bySource.constEnd())
        return {};
    // English and German: the first form is the singular.
    return it->size() > 1 && n != 1 ? it->at(1) : it->first();
}

} // namespace ipcscope
