// SPDX-License-Identifier: GPL-3.0-or-later
// An inline message above the page: what happened and what to do, with the technical detail
// behind a "Details" button. The page below keeps showing the earlier data.
#pragma once

#include "core/error.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace ipcscope {

class ErrorBanner : public QFrame {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget* parent = nullptr);
    void showError(const QString& title, const Error& error);
    QString message() const;
    QString detail() const;

private:
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_detailsButton;
    QPlainTextEdit* m_details;
};

} // namespace ipcscope
