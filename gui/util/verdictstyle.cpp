// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/verdictstyle.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must be used outside of any namespace.
static void initIpcscopeResources() {
    Q_INIT_RESOURCE(ipcscope);
}

namespace ipcscope::style {

bool isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

namespace {
// Hues chosen to be told apart also with red-green colour blindness together with the shapes;
// on dark backgrounds the lighter variant keeps the contrast.
QColor pick(const QPalette& palette, const char* light, const char* dark) {
    return QColor(QLatin1String(isDark(palette) ? dark : light));
}
} // namespace

QIcon verdictIcon(Verdict verdict) {
    switch (verdict) {
    case Verdict::InUse:
        return QIcon(u":/icons/verdict-in-use.svg"_s);
    case Verdict::Orphaned:
        return QIcon(u":/icons/verdict-orphaned.svg"_s);
    case Verdict::PossiblyOrphaned:
        return QIcon(u":/icons/verdict-possibly-orphaned.svg"_s);
    case Verdict::Unknown:
        break;
    }
    return QIcon(u":/icons/verdict-unknown.svg"_s);
}

QColor verdictColor(Verdict verdict, const QPalette& palette) {
    switch (verdict) {
    case Verdict::InUse:
        return pick(palette, "#1f7a3a", "#6fd08c");
    case Verdict::Orphaned:
        return pick(palette, "#b3261e", "#ff8a80");
    case Verdict::PossiblyOrphaned:
        return pick(palette, "#8a5a00", "#f3c04f");
    case Verdict::Unknown:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QIcon levelIcon(Level level) {
    switch (level) {
    case Level::Ok:
        return QIcon(u":/icons/verdict-in-use.svg"_s);
    case Level::Warning:
        return QIcon(u":/icons/verdict-possibly-orphaned.svg"_s);
    case Level::Critical:
        break;
    }
    return QIcon(u":/icons/verdict-orphaned.svg"_s);
}

QColor levelColor(Level level, const QPalette& palette) {
    switch (level) {
    case Level::Ok:
        return pick(palette, "#2e8b57", "#5cc98a");
    case Level::Warning:
        return pick(palette, "#d08c00", "#f3c04f");
    case Level::Critical:
        break;
    }
    return pick(palette, "#c62828", "#ff7a70");
}

QString levelName(Level level) {
    switch (level) {
    case Level::Ok:
        return QCoreApplication::translate("Style", "OK");
    case Level::Warning:
        return QCoreApplication::translate("Style", "Warning");
    case Level::Critical:
        break;
    }
    return QCoreApplication::translate("Style", "Critical");
}

void initResources() {
    static const bool done = [] {
        initIpcscopeResources();
        return true;
    }();
    Q_UNUSED(done)
}

QIcon appIcon() {
    return QIcon(u":/icons/ipcscope.svg"_s);
}

QIcon actionIcon(const QString& name) {
    return QIcon(u":/icons/action-%1.svg"_s.arg(name));
}

} // namespace ipcscope::style
