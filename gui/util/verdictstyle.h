// SPDX-License-Identifier: GPL-3.0-or-later
// How verdicts and levels look: an icon of its own shape, a word, and a colour taken relative to
// the current palette so that dark themes stay readable. Never colour alone.
#pragma once

#include "analysis/report.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace ipcscope::style {

QIcon verdictIcon(Verdict verdict);
QColor verdictColor(Verdict verdict, const QPalette& palette);
QIcon levelIcon(Level level);
QColor levelColor(Level level, const QPalette& palette);
QString levelName(Level level); // translated: "OK", "Warning", "Critical"
QIcon appIcon();
QIcon actionIcon(const QString& name); // "refresh", "add-host", ... from our resources
bool isDark(const QPalette& palette);
// Registers the icons compiled into this static library (call once before using them).
void initResources();

} // namespace ipcscope::style
