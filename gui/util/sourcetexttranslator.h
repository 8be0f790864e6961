// SPDX-License-Identifier: GPL-3.0-or-later
// A last-resort translator that finds a translation by its source text alone. Some backend
// modules translate through a small tr() helper whose context lupdate cannot see, so their
// catalogue entries sit under a different context; this keeps their sentences translated.
#pragma once

#include <QHash>
#include <QStringList>
#include <QTranslator>

namespace ipcscope {

class SourceTextTranslator : public QTranslator {
    Q_OBJECT
public:
    using QTranslator::QTranslator;
    // Reads a Qt Linguist .ts file (e.g. from the resources).
    bool loadTs(const QString& path);
    bool isEmpty() const override { return m_bySource.isEmpty(); }
    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override;

private:
    QHash<QString, QStringList> m_bySource; // forms: one, or singular and plural
};

} // namespace ipcscope
