// SPDX-License-Identifier: GPL-3.0-or-later
// "What is this?": the help pages shipped in the app (resources/help/<language>/*.html, in
// help.qrc), shown in a QTextBrowser. The page language follows the UI language, falling back
// to English when a page has no translation.
#pragma once

#include <QTextBrowser>
#include <QUrl>

namespace ipcscope {

class HelpViewer : public QTextBrowser {
    Q_OBJECT

public:
    explicit HelpViewer(QWidget* parent = nullptr);

    // `page` like "limits.html", `anchor` like "semmni" (may be empty).
    void showTopic(const QString& page, const QString& anchor = {});

    // qrc URL of a page in the current UI language (or English).
    static QUrl topicUrl(const QString& page, const QString& anchor = {});
    // The help page for a signature code, verdict code or limit field ("SEMMNI").
    static std::pair<QString, QString> topicFor(const QString& code);
};

} // namespace ipcscope
