// SPDX-License-Identifier: GPL-3.0-or-later
// PrometheusReader against a real Prometheus: tests/tst_prometheus.sh starts node_exporter and
// Prometheus with the helper's metrics of a namespace with SEMMNI 9 of 10 in use, and runs this
// program while they hold the data (IPCSCOPE_PROMETHEUS_URL, IPCSCOPE_PROMETHEUS_INSTANCE).
#include "fleet/prometheusreader.h"
#include "localport.h"

#include <QSignalSpy>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace ipcscope;

namespace {

// Runs the query and waits for its answer.
Result<QList<PrometheusSample>> ask(PrometheusReader& reader, const QString& promql) {
    std::unique_ptr<PrometheusReply> reply(reader.query(promql));
    QSignalSpy finished(reply.get(), &PrometheusReply::finished);
    if (!reply->isFinished() && !finished.wait(20000))
        return Error{Error::Kind::Timeout, u"no answer within 20 s"_s, promql};
    return reply->result();
}

} // namespace

class TestPrometheusReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_url = QUrl(qEnvironmentVariable("IPCSCOPE_PROMETHEUS_URL"));
        m_instance = qEnvironmentVariable("IPCSCOPE_PROMETHEUS_INSTANCE");
        if (m_url.isEmpty())
            QSKIP("run by tests/tst_prometheus.sh, which starts the Prometheus it reads");
    }

    void anInstantQueryAnswersPerInstance() {
        PrometheusReader reader(m_url);
        const auto r = ask(reader, u"ipcscope_limit_used_ratio{limit=\"SEMMNI\"}"_s);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message + u' ' + r.error().detail));
        QCOMPARE(r.value().size(), 1);
        const PrometheusSample& s = r.value().constFirst();
        QCOMPARE(s.instance, m_instance);
        QCOMPARE(s.value, 0.9);
        QCOMPARE(s.labels.value(u"limit"_s), u"SEMMNI"_s);
        QCOMPARE(s.labels.value(u"sysctl"_s), u"kernel.sem"_s);
        QVERIFY(s.time > 1.7e9);
    }

    void operatorsReachPrometheusUnchanged() {
        PrometheusReader reader(m_url);
        // "+" must not turn into a space, nor "&" end the parameter.
        const auto r = ask(reader, u"ipcscope_limit_used{limit=\"SEMMNI\"} + 1 and on(instance) "
                                   u"ipcscope_limit{limit=~\"SEMMNI|SEMMNS\"}"_s);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r.value().size(), 1);
        QCOMPARE(r.value().constFirst().value, 10.0);
    }

    void aScalarAndNaNAreValues() {
        PrometheusReader reader(m_url);
        const auto scalar = ask(reader, u"scalar(ipcscope_limit{limit=\"SEMMNI\"})"_s);
        QVERIFY(scalar);
        QCOMPARE(scalar.value().size(), 1);
        QCOMPARE(scalar.value().constFirst().value, 10.0);
        QVERIFY(scalar.value().constFirst().instance.isEmpty());
        const auto nan = ask(reader, u"vector(0) / 0"_s);
        QVERIFY(nan);
        QVERIFY(std::isnan(nan.value().constFirst().value));
    }

    void aQueryWithoutDataIsEmpty() {
        PrometheusReader reader(m_url);
        const auto r = ask(reader, u"ipcscope_limit{limit=\"NO_SUCH_LIMIT\"}"_s);
        QVERIFY(r);
        QVERIFY(r.value().isEmpty());
    }

    void aBadQueryIsPrometheusOwnError() {
        PrometheusReader reader(m_url);
        const auto r = ask(reader, u"sum(("_s);
        QVERIFY(!r);
        QVERIFY2(r.error().message.startsWith(u"Prometheus could not run the query: "_s),
                 qPrintable(r.error().message));
        QCOMPARE(r.error().detail, u"bad_data"_s);
    }

    void aServerThatIsNotThereIsRefused() {
        const int port = testns::freePort();
        QVERIFY(port > 0);
        const QUrl url(u"http://127.0.0.1:%1"_s.arg(port));
        PrometheusReader reader(url);
        const auto r = ask(reader, u"up"_s);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::ConnectionRefused);
        QCOMPARE(r.error().message,
                 u"Prometheus at http://127.0.0.1:%1 refused the connection. Check the address "
                 u"and that Prometheus runs there."_s.arg(port));
    }

private:
    QUrl m_url;
    QString m_instance;
};

QTEST_GUILESS_MAIN(TestPrometheusReader)
#include "tst_prometheusreader.moc"
