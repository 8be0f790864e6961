// SPDX-License-Identifier: GPL-3.0-or-later
// Where the Fleet page reads Prometheus: the server's address and, behind a reverse proxy, a
// login (user and password, or a bearer token). The address and the user are saved; the
// password or token is not (the page keeps it in memory for this run only).
#pragma once

#include "util/appsettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ipcscope {

class PrometheusSourceDialog : public QDialog {
    Q_OBJECT
public:
    PrometheusSourceDialog(const settings::PrometheusSource& source, const QString& secret,
                           QWidget* parent = nullptr);
    ~PrometheusSourceDialog() override; // clears the secret from the widget
    settings::PrometheusSource source() const;
    QString secret() const;
    void accept() override; // refuses an address that is not http(s)://host… or a missing secret

    // The address as typed, or an empty URL when it is not one Prometheus could be at.
    static QUrl parseUrl(const QString& text);

private:
    void authChanged();
    void fitHeight();

    QLineEdit* m_url;
    QComboBox* m_auth;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_secretLabel;
    QLineEdit* m_secret;
    QLabel* m_secretNote;
    QLabel* m_problem;
};

} // namespace ipcscope
