// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis/helpviewer.h"

#include <QFile>
#include <QLocale>

using namespace Qt::StringLiterals;

// Outside the namespace: Q_INIT_RESOURCE declares a global function. The help lives in a static
// library, whose resource registration the linker would otherwise drop.
static void initHelpResources() {
    Q_INIT_RESOURCE(help);
}

namespace ipcscope {

HelpViewer::HelpViewer(QWidget* parent)
    : QTextBrowser(parent) {
    initHelpResources();
    setObjectName(u"helpViewer"_s);
    setAccessibleName(tr("Help"));
    setOpenExternalLinks(false);
    setOpenLinks(true);
    showTopic(u"index.html"_s);
}

QUrl HelpViewer::topicUrl(const QString& page, const QString& anchor) {
    initHelpResources();
    const QString language = QLocale().name().section(u'_', 0, 0);
    QString path = u":/help/"_s + language + u'/' + page;
    if (!QFile::exists(path))
        path = u":/help/en/"_s + page;
    QUrl url(u"qrc"_s + path);
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    return url;
}

std::pair<QString, QString> HelpViewer::topicFor(const QString& code) {
    static const QStringList limitFields = {u"SEMMNI"_s, u"SEMMNS"_s, u"SEMMSL"_s, u"SEMOPM"_s,
                                            u"SHMMNI"_s, u"SHMMAX"_s, u"SHMALL"_s, u"MSGMNI"_s,
                                            u"MSGMNB"_s, u"MSGMAX"_s};
    if (limitFields.contains(code))
        return {u"limits.html"_s, code.toLower()};
    if (code == "in_use"_L1 || code == "orphaned"_L1 || code == "possibly_orphaned"_L1 ||
        code == "unknown"_L1)
        return {u"verdicts.html"_s, code};
    if (code == "sem"_L1)
        return {u"semaphore.html"_s, {}};
    if (code == "shm"_L1)
        return {u"shared-memory.html"_s, {}};
    if (code == "msg"_L1)
        return {u"message-queue.html"_s, {}};
    if (code.startsWith("posix"_L1))
        return {u"posix.html"_s, {}};
    if (code == "semctl_rmid_failed"_L1 || code == "apache_accept_mutex"_L1)
        return {u"outlive.html"_s, {}};
    if (!code.isEmpty())
        return {u"symptoms.html"_s, {}};
    return {u"index.html"_s, {}};
}

void HelpViewer::showTopic(const QString& page, const QString& anchor) {
    setSource(topicUrl(page, anchor));
}

} // namespace ipcscope
