// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet/prometheusreader.h"

#include "fleet/fleettr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <limits>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

// Prometheus sends sample values as strings: "0.9", "NaN", "+Inf", "-Inf".
std::optional<double> sampleValue(const QJsonValue& v) {
    const QString text = v.toString();
    if (text == "NaN"_L1)
        return std::numeric_limits<double>::quiet_NaN();
    if (text == "+Inf"_L1)
        return std::numeric_limits<double>::infinity();
    if (text == "-Inf"_L1)
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double d = text.toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

Error badAnswer(const QString& detail) {
    return Error{Error::Kind::BadData,
                 Tr::tr("Prometheus sent an answer that is not a query result."), detail};
}

} // namespace

Result<QList<PrometheusSample>> parsePrometheusQueryResponse(const QByteArray& json) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return badAnswer(parseError.errorString());
    const QJsonObject top = doc.object();
    const QString status = top.value("status"_L1).toString();
    if (status == "error"_L1)
        return Error{
            Error::Kind::Generic,
            Tr::tr("Prometheus could not run the query: %1").arg(top.value("error"_L1).toString()),
            top.value("errorType"_L1).toString()};
    if (status != "success"_L1)
        return badAnswer(u"status: "_s + status);
    const QJsonObject data = top.value("data"_L1).toObject();
    const QString type = data.value("resultType"_L1).toString();
    QList<PrometheusSample> out;
    if (type == "scalar"_L1) {
        const QJsonArray pair = data.value("result"_L1).toArray();
        const std::optional<double> value = sampleValue(pair.at(1));
        if (pair.size() != 2 || !value)
            return badAnswer(u"scalar result"_s);
        out.append(PrometheusSample{{}, {}, *value, pair.at(0).toDouble()});
        return out;
    }
    if (type != "vector"_L1)
        return badAnswer(u"resultType: "_s + type);
    for (const QJsonValue& item : data.value("result"_L1).toArray()) {
        const QJsonObject series = item.toObject();
        const QJsonArray pair = series.value("value"_L1).toArray();
        const std::optional<double> value = sampleValue(pair.at(1));
        if (pair.size() != 2 || !value)
            return badAnswer(u"vector sample without a value"_s);
        PrometheusSample s;
        const QJsonObject metric = series.value("metric"_L1).toObject();
        for (auto it = metric.begin(); it != metric.end(); ++it)
            s.labels.insert(it.key(), it.value().toString());
        s.instance = s.labels.value(u"instance"_s);
        s.value = *value;
        s.time = pair.at(0).toDouble();
        out.append(s);
    }
    return out;
}

PrometheusReply::PrometheusReply(QNetworkReply* reply, const QUrl& server, QObject* parent)
    : QObject(parent)
    , m_reply(reply)
    , m_server(server) {
    connect(reply, &QNetworkReply::finished, this, [this] {
        QNetworkReply* r = m_reply;
        if (!r)
            return;
        r->deleteLater();
        const QByteArray body = r->readAll();
        const QString where = m_server.toDisplayString();
        // Prometheus answers a bad query with 400/422 and a JSON error: that says more.
        if (r->error() == QNetworkReply::NoError ||
            r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 400) {
            Result<QList<PrometheusSample>> parsed = parsePrometheusQueryResponse(body);
            if (parsed || r->error() == QNetworkReply::NoError ||
                parsed.error().kind != Error::Kind::BadData) {
                done(std::move(parsed));
                return;
            }
        }
        switch (r->error()) {
        case QNetworkReply::ConnectionRefusedError:
            done(Error{Error::Kind::ConnectionRefused,
                       Tr::tr("Prometheus at %1 refused the connection. Check the address and "
                              "that Prometheus runs there.")
                           .arg(where),
                       r->errorString()});
            return;
        case QNetworkReply::HostNotFoundError:
            done(Error{Error::Kind::HostNotFound,
                       Tr::tr("The Prometheus server %1 was not found. Check its name.").arg(where),
                       r->errorString()});
            return;
        case QNetworkReply::AuthenticationRequiredError:
            done(Error{Error::Kind::AuthenticationFailed,
                       Tr::tr("Prometheus at %1 did not accept the login (HTTP 401). Check the "
                              "user and password or the token.")
                           .arg(where),
                       r->errorString()});
            return;
        case QNetworkReply::ContentAccessDenied:
            done(Error{Error::Kind::PermissionDenied,
                       Tr::tr("Prometheus at %1 refused access (HTTP 403). The login is known "
                              "but may not read this server.")
                           .arg(where),
                       r->errorString()});
            return;
        case QNetworkReply::ContentNotFoundError:
            done(Error{Error::Kind::BadData,
                       Tr::tr("%1 has no Prometheus query API (HTTP 404). Check the address, "
                              "including a path prefix if Prometheus runs behind one.")
                           .arg(where),
                       r->errorString()});
            return;
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            done(Error{Error::Kind::Timeout,
                       Tr::tr("Prometheus at %1 did not answer in time.").arg(where),
                       r->errorString()});
            return;
        default:
            done(Error{Error::Kind::Generic,
                       Tr::tr("Prometheus at %1 could not be read.").arg(where), r->errorString()});
        }
    });
}

PrometheusReply::~PrometheusReply() {
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->error() == QNetworkReply::NoError) // one that failed already has ended
            m_reply->abort();
        m_reply->deleteLater();
    }
}

void PrometheusReply::done(Result<QList<PrometheusSample>> result) {
    m_result = std::move(result);
    emit finished();
}

PrometheusReader::PrometheusReader(const QUrl& server, QObject* parent)
    : QObject(parent)
    , m_server(server)
    , m_network(new QNetworkAccessManager(this)) {}

PrometheusReader::~PrometheusReader() {
    clearCredentials();
}

void PrometheusReader::setBasicAuth(const QString& user, const QString& password) {
    clearCredentials();
    QByteArray plain = user.toUtf8() + ':' + password.toUtf8();
    m_authorization = "Basic " + plain.toBase64();
    plain.fill('\0');
}

void PrometheusReader::setBearerToken(const QString& token) {
    clearCredentials();
    m_authorization = "Bearer " + token.trimmed().toUtf8();
}

void PrometheusReader::clearCredentials() {
    m_authorization.fill('\0');
    m_authorization.clear();
}

PrometheusReply* PrometheusReader::query(const QString& promql, QObject* owner) {
    QUrl url = m_server;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + u"api/v1/query"_s);
    // Encoded here: a "+" left as it is would reach Prometheus as a space.
    url.setQuery(u"query="_s + QString::fromLatin1(QUrl::toPercentEncoding(promql)),
                 QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    return new PrometheusReply(m_network->get(request), m_server, owner ? owner : this);
}

} // namespace ipcscope
