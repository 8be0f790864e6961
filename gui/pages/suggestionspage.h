// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor's suggestions with reasons and references, recognised software with the fix at the
// root cause, and the ready /etc/sysctl.d/ snippet to copy or save.
#pragma once

#include "analysis/report.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ipcscope {

class SuggestionModel;

class SuggestionsPage : public QWidget {
    Q_OBJECT
public:
    explicit SuggestionsPage(QWidget* parent = nullptr);
    void setReport(const Report& report);
    SuggestionModel* model() const { return m_model; }
    QString snippet() const;
    // Selects and shows the row of this limit ("SEMMNI"); false when it has none.
    bool showField(const QString& field);
    bool saveSnippet(const QString& path, QString* error);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The reasons and references share the width the short columns leave, and wrap.
    void fitColumns();

    SuggestionModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QLabel* m_software;
    QLabel* m_how = nullptr; // how to use the file; hidden when there is none
    QPlainTextEdit* m_snippet;
    QPushButton* m_copy;
    QPushButton* m_save;
};

} // namespace ipcscope
