// SPDX-License-Identifier: GPL-3.0-or-later
// Shown instead of a host's pages while there is no data to show: why (never read, being read,
// or what went wrong the last time) and what to do, with a Connect/Retry button. A host without
// data never shows an all-clear.
#pragma once

#include "core/error.h"
#include "core/hostconfig.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;

namespace ipcscope {

class NoDataPanel : public QFrame {
    Q_OBJECT
public:
    explicit NoDataPanel(QWidget* parent = nullptr);

    // `tried`: a refresh was asked for; `busy`: one runs now; `error`: why the last one failed.
    void showState(const HostConfig& host, bool tried, bool busy,
                   const std::optional<Error>& error);
    QString title() const;
    QString text() const;

    // What to do about an error of this kind, in words.
    static QString advice(Error::Kind kind);

signals:
    void retryRequested();
    void editRequested();

private:
    QLabel* m_title;
    QLabel* m_text;
    QLabel* m_detail;
    QPushButton* m_retry;
    QPushButton* m_edit;
};

} // namespace ipcscope
