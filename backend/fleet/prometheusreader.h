// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a Prometheus server: a PromQL instant query over its HTTP API (/api/v1/query), answered
// per instance. For the fleet view past a few hundred hosts, where Prometheus collects the
// helper's metrics (docs/monitoring.md) and the desktop no longer polls each server itself.
//
// Shaped like QNetworkReply: query() returns one reply per request, owned by the caller, which
// emits finished() once; deleting it aborts the request.
//
// A Prometheus behind a reverse proxy may want HTTP basic auth or a bearer token. The reader keeps
// the secret in memory only (the caller asks a person for it, nothing stores it) and never logs it.
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ipcscope {

// One series of an instant vector: its labels (with `instance`) and its value at `time`.
struct PrometheusSample {
    QString instance; // the `instance` label, empty when the series has none
    QMap<QString, QString> labels;
    double value = 0; // NaN and ±Inf as Prometheus sends them
    double time = 0;  // Unix seconds of the evaluation
    friend bool operator==(const PrometheusSample&, const PrometheusSample&) = default;
};

// Parses the API's answer to an instant query (`{"status":"success","data":{"resultType":
// "vector"|"scalar", "result":…}}`); an error answer becomes an Error with Prometheus' message.
Result<QList<PrometheusSample>> parsePrometheusQueryResponse(const QByteArray& json);

class PrometheusReply : public QObject {
    Q_OBJECT
public:
    ~PrometheusReply() override;
    bool isFinished() const { return m_result.has_value(); }
    // Valid once finished.
    const Result<QList<PrometheusSample>>& result() const { return *m_result; }

signals:
    void finished();

private:
    friend class PrometheusReader;
    PrometheusReply(QNetworkReply* reply, const QUrl& server, QObject* parent);
    void done(Result<QList<PrometheusSample>> result);

    QPointer<QNetworkReply> m_reply;
    QUrl m_server;
    std::optional<Result<QList<PrometheusSample>>> m_result;
};

class PrometheusReader : public QObject {
    Q_OBJECT
public:
    // `server`: the base URL, e.g. http://prometheus:9090 (a path prefix is kept).
    explicit PrometheusReader(const QUrl& server, QObject* parent = nullptr);
    ~PrometheusReader() override; // wipes the credentials

    // Credentials sent with every query from now on (the Authorization header); one replaces the
    // other, clearCredentials() sends none.
    void setBasicAuth(const QString& user, const QString& password);
    void setBearerToken(const QString& token);
    void clearCredentials();

    QUrl server() const { return m_server; }
    // Milliseconds until a request is given up (default 10 s).
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // Runs `promql` as an instant query now. The reply is a child of `owner` (or of the reader).
    PrometheusReply* query(const QString& promql, QObject* owner = nullptr);

private:
    QUrl m_server;
    int m_timeoutMs = 10000;
    QNetworkAccessManager* m_network;
    QByteArray m_authorization; // the header's value, or empty
};

} // namespace ipcscope
