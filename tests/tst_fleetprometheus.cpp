// SPDX-License-Identifier: GPL-3.0-or-later
// The Fleet page with Prometheus as its source: one row per instance that reports the helper's
// metrics, with the SSH table's columns, states and worst-first order; logins (basic auth, bearer
// token) whose secret is never saved; errors in words that keep the earlier rows; opening a row.
// Most of it talks to a small HTTP server in this test that answers like Prometheus' query API
// (and refuses without the right login); run by tests/tst_prometheus.sh it also reads the real
// Prometheus that scrapes the helper's metrics there (IPCSCOPE_PROMETHEUS_URL).
#include "dialogs/dialoghook.h"
#include "dialogs/hostactions.h"
#include "fleet/fleetmodel.h"
#include "fleet/fleetpage.h"
#include "fleet/prometheusfleetmodel.h"
#include "fleet/prometheusreader.h"
#include "guisettings.h"
#include "host/hostcontrollers.h"
#include "models/hostlistmodel.h"
#include "util/appsettings.h"
#include "util/language.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWizard>
#include <QtTest>

#include <memory>
#include <optional>

using namespace ipcscope;
using namespace Qt::StringLiterals;

namespace {

// What one instance reports, as the fake server answers it.
struct FakeInstance {
    QString instance;
    std::optional<double> up = 1;
    double ageSeconds = 30; // of its metrics
    QString version = u"1.4.0"_s;
    double orphaned = 0;
    double possiblyOrphaned = 0;
    QList<std::tuple<QString, double, double>> limits; // name, used, limit
    QStringList symptoms;
};

// Answers GET /api/v1/query like Prometheus does, from `instances`; with `login` set, only
// requests that send it as their Authorization header (else 401).
class FakePrometheus : public QObject {
public:
    enum class Answer { Data, Garbage };
    QList<FakeInstance> instances;
    QByteArray login;
    Answer answer = Answer::Data;
    QList<QByteArray> authorizations; // as received

    bool start() {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    void stop() { m_server.close(); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }

private:
    void read(QTcpSocket* socket) {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        buffer.clear();
        QByteArray authorization;
        for (const QByteArray& line : lines)
            if (line.toLower().startsWith("authorization:"))
                authorization = line.mid(14).trimmed();
        authorizations.append(authorization);
        const QUrl target(QString::fromLatin1(lines.first().split(' ').value(1)));
        const QString promql = QUrlQuery(target).queryItemValue(u"query"_s, QUrl::FullyDecoded);
        if (!login.isEmpty() && authorization != login)
            return reply(socket, "401 Unauthorized", "text/plain", "Unauthorized\n",
                         "WWW-Authenticate: Basic realm=\"prometheus\"\r\n");
        if (answer == Answer::Garbage)
            return reply(socket, "200 OK", "text/html", "<html><body>It works!</body></html>");
        reply(socket, "200 OK", "application/json", QJsonDocument(result(promql)).toJson());
    }

    void reply(QTcpSocket* socket, const QByteArray& status, const QByteArray& type,
               const QByteArray& body, const QByteArray& extra = {}) {
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type +
                      "\r\nContent-Length: " + QByteArray::number(body.size()) +
                      "\r\nConnection: close\r\n" + extra + "\r\n" + body);
        socket->disconnectFromHost();
    }

    QJsonObject result(const QString& promql) const {
        const double now = double(QDateTime::currentSecsSinceEpoch());
        QJsonArray vector;
        const auto add = [&](const QString& instance, double value, QJsonObject labels = {}) {
            labels.insert(u"instance"_s, instance);
            labels.insert(u"job"_s, u"node"_s);
            vector.append(
                QJsonObject{{u"metric"_s, labels},
                            {u"value"_s, QJsonArray{now, QString::number(value, 'g', 17)}}});
        };
        for (const FakeInstance& i : instances) {
            if (promql.contains(u"ipcscope_scrape_timestamp_seconds"_s))
                add(i.instance, now - i.ageSeconds);
            else if (promql == u"up"_s && i.up)
                add(i.instance, *i.up);
            else if (promql.contains(u"ipcscope_helper_info"_s))
                add(i.instance, 1, {{u"version"_s, i.version}});
            else if (promql.contains(u"ipcscope_orphaned_objects"_s))
                add(i.instance, i.orphaned);
            else if (promql.contains(u"possibly_orphaned"_s))
                add(i.instance, i.possiblyOrphaned);
            else if (promql.contains(u"ipcscope_limit_used{"_s) ||
                     promql.contains(u"ipcscope_limit{"_s)) {
                const bool used = promql.contains(u"ipcscope_limit_used{"_s);
                for (const auto& [name, use, limit] : i.limits)
                    add(i.instance, used ? use : limit,
                        {{u"limit"_s, name}, {u"scope"_s, u"total"_s}});
            } else if (promql.contains(u"ipcscope_log_symptom_last_seen_timestamp_seconds"_s)) {
                for (const QString& signature : i.symptoms) // its age, below an hour
                    add(i.instance, 120, {{u"signature"_s, signature}});
            }
        }
        if (promql == u"up"_s) // Prometheus scrapes itself too: not a host with the metrics
            add(u"localhost:9090"_s, 1, {{u"job"_s, u"prometheus"_s}});
        return {{u"status"_s, u"success"_s},
                {u"data"_s, QJsonObject{{u"resultType"_s, u"vector"_s}, {u"result"_s, vector}}}};
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

FakeInstance named(const QString& instance) {
    FakeInstance i;
    i.instance = instance;
    return i;
}

QList<FakeInstance> mixedFleet() {
    QList<FakeInstance> fleet;
    fleet.append(named(u"db1.example.com:9100"_s));
    fleet.last().limits = {{u"SEMMNI"_s, 128, 128}, {u"SHMMNI"_s, 10, 4096}};
    fleet.append(named(u"web1:9100"_s));
    fleet.last().orphaned = 3;
    fleet.last().limits = {{u"SEMMNI"_s, 20, 128}};
    fleet.append(named(u"web2:9100"_s));
    fleet.last().limits = {{u"SEMMNI"_s, 5, 128}};
    fleet.append(named(u"app1:9100"_s));
    fleet.last().limits = {{u"SEMMNI"_s, 110, 128}};
    fleet.last().possiblyOrphaned = 4;
    fleet.append(named(u"down:9100"_s));
    fleet.last().up = 0;
    fleet.append(named(u"stale:9100"_s));
    fleet.last().ageSeconds = 2 * 3600 + 60;
    fleet.append(named(u"gone:9100"_s));
    fleet.last().up.reset();
    fleet.append(named(u"logs:9100"_s));
    fleet.last().symptoms = {u"apache_mutex_create"_s};
    return fleet;
}

// The rows as the person sees them, top to bottom, each as its cells joined by " | ".
QStringList shownRows(QTableView* table) {
    QStringList rows;
    const QAbstractItemModel* m = table->model();
    for (int row = 0; row < m->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < FleetModel::LastRefresh; ++column)
            cells.append(m->index(row, column).data().toString());
        rows.append(cells.join(u" | "_s));
    }
    return rows;
}

// The error of the last answer, or nothing.
QString errorText(const PrometheusFleetModel* model) {
    return model->lastError() ? model->lastError()->message : QString();
}

bool waitForAnswer(PrometheusFleetModel* model) {
    QSignalSpy finished(model, &PrometheusFleetModel::refreshFinished);
    return !model->isRefreshing() || finished.wait(20000);
}

void usePrometheus(const QUrl& url, settings::PrometheusSource::Auth auth = {},
                   const QString& user = {}) {
    settings::setPrometheusSource({url.toString(), auth, user});
    settings::setFleetFromPrometheus(true);
}

} // namespace

class TestFleetPrometheus : public QObject {
    Q_OBJECT
public:
    static void initMain() { testgui::useOwnSettings(); }

private slots:
    void initTestCase() {
        QVERIFY(testgui::settingsDir()->isValid());
        installTranslators(u"en"_s);
    }
    void init() {
        QSettings().clear();
        settings::setSavedHosts({});
        QVERIFY(m_fake.start());
        m_fake.instances = mixedFleet();
    }
    void cleanup() {
        DialogRunner::testHook = nullptr;
        m_fake.stop();
        m_fake.login.clear();
        m_fake.answer = FakePrometheus::Answer::Data;
        m_fake.authorizations.clear();
        QSettings().clear();
    }

    // Every instance with the helper's metrics is a row, worst first, in the SSH table's words.
    void instancesAreRowsWorstFirst() {
        usePrometheus(m_fake.url());
        HostListModel hosts;
        HostControllers controllers(&hosts, nullptr, nullptr);
        FleetPage page(&hosts, &controllers);
        QAbstractItemModelTester tester(page.prometheusModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            page.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page.fromPrometheus());
        QCOMPARE(page.findChild<QComboBox*>(u"fleetSource"_s)->currentText(), u"Prometheus"_s);
        QVERIFY(waitForAnswer(page.prometheusModel()));
        QVERIFY(!page.prometheusModel()->lastError());
        QCOMPARE(
            shownRows(page.table()),
            QStringList({
                u"db1.example.com:9100 | Limit critical | SEMMNI 100.0 % used (128 of 128) "
                u"| 0 | SEMMNI 100.0 % | 1.4.0"_s,
                u"down:9100 | Unreachable | Prometheus cannot scrape it (up is 0): its "
                u"node_exporter does not answer. | 0 |  | 1.4.0"_s,
                u"gone:9100 | Unreachable | Prometheus no longer scrapes it; the values are "
                u"the last it reported. | 0 |  | 1.4.0"_s,
                u"stale:9100 | Unreachable | Its IPC metrics are from 2 hours ago: the "
                u"ipcscope-metrics timer on it has stopped or fails. | 0 |  | 1.4.0"_s,
                u"web1:9100 | Orphans found | 3 orphaned objects | 3 | SEMMNI 15.6 % | 1.4.0"_s,
                u"app1:9100 | Warnings | SEMMNI 85.9 % used (110 of 128) | 0 | SEMMNI 85.9 % "
                u"| 1.4.0"_s,
                u"logs:9100 | Warnings | IPC failure in the logs: apache_mutex_create | 0 |  "
                u"| 1.4.0"_s,
                u"web2:9100 | OK | Nothing to do | 0 | SEMMNI 3.91 % | 1.4.0"_s,
            }));
        const QAbstractItemModel* shown = page.table()->model();
        QCOMPARE(shown->headerData(FleetModel::Server, Qt::Horizontal).toString(), u"Instance"_s);
        QCOMPARE(shown->index(0, FleetModel::LastRefresh).data().toString(), u"just now"_s);
        QCOMPARE(shown->index(0, FleetModel::LimitUse).data(Qt::ToolTipRole).toString(),
                 u"SEMMNI: 128 of 128 in use"_s);
        const QString summary = page.findChild<QLabel*>(u"fleetSummary"_s)->text();
        QVERIFY2(summary.startsWith(u"8 servers · 1 with a limit critical · 3 with orphans or "
                                    u"warnings · 3 unreachable  —  Prometheus at "_s +
                                    m_fake.url().toString() + u", answered "_s),
                 qPrintable(summary));
        QVERIFY(m_fake.authorizations.contains(QByteArray())); // no login asked for, none sent

        // F5 asks again; the rows are updated in place (the selection stays).
        m_fake.instances[2].orphaned = 1; // web2
        m_fake.instances[0].orphaned = 2; // db1, whose limit is critical too
        page.table()->selectRow(7);
        page.refreshAll();
        QVERIFY(page.prometheusModel()->isRefreshing());
        QVERIFY(waitForAnswer(page.prometheusModel()));
        QCOMPARE(shownRows(page.table()).at(5),
                 u"web2:9100 | Orphans found | 1 orphaned object | 1 | SEMMNI 3.91 % | 1.4.0"_s);
        QCOMPARE(page.table()->currentIndex().data().toString(), u"web2:9100"_s);
        // The filter reads what the rows say and what they say on hover: "orphan" finds the
        // Limit critical server with orphans as well.
        auto* filter = page.findChild<QLineEdit*>(u"fleetFilter"_s);
        filter->setText(u"ORPHAN"_s);
        QStringList found;
        for (int row = 0; row < page.table()->model()->rowCount(); ++row)
            found << page.table()->model()->index(row, FleetModel::Server).data().toString();
        QCOMPARE(found, (QStringList{u"db1.example.com:9100"_s, u"web1:9100"_s, u"web2:9100"_s}));
        QCOMPARE(page.table()->model()->index(0, FleetModel::Orphaned).data(Qt::ToolTipRole),
                 QVariant(u"2 orphaned objects"_s));
        filter->clear();
        QCOMPARE(page.table()->model()->rowCount(), 8);

        // Back to the host entries: the choice is remembered.
        page.setFromPrometheus(false);
        QVERIFY(!settings::fleetFromPrometheus());
        QCOMPARE(page.table()->model()->rowCount(), 1); // the local machine
        QCOMPARE(shown->headerData(FleetModel::Server, Qt::Horizontal).toString(), u"Server"_s);
    }

    // Errors are said in words and the rows of the last answer stay.
    void errorsKeepTheEarlierRows_data() {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<QString>("message");
        QTest::newRow("a login is required") << u"401"_s
                                             << u"Prometheus at %1 did not accept the login "
                                                u"(HTTP 401). Check the user and password or "
                                                u"the token."_s;
        QTest::newRow("the answer is not Prometheus'")
            << u"garbage"_s << u"Prometheus sent an answer that is not a query result."_s;
        QTest::newRow("nothing listens there any more")
            << u"refused"_s
            << u"Prometheus at %1 refused the connection. Check the address and that "
               u"Prometheus runs there."_s;
    }
    void errorsKeepTheEarlierRows() {
        QFETCH(QString, failure);
        QFETCH(QString, message);
        const QUrl url = m_fake.url();
        usePrometheus(url);
        HostListModel hosts;
        HostControllers controllers(&hosts, nullptr, nullptr);
        FleetPage page(&hosts, &controllers);
        QAbstractItemModelTester tester(page.prometheusModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitForAnswer(page.prometheusModel()));
        const QStringList before = shownRows(page.table());
        QCOMPARE(before.size(), 8);

        if (failure == u"401"_s)
            m_fake.login = "Basic c29tZW9uZTplbHNl";
        else if (failure == u"garbage"_s)
            m_fake.answer = FakePrometheus::Answer::Garbage;
        else
            m_fake.stop();
        page.refreshAll();
        QVERIFY(waitForAnswer(page.prometheusModel()));
        QVERIFY(page.prometheusModel()->lastError());
        QCOMPARE(page.prometheusModel()->lastError()->message,
                 message.contains(u"%1"_s) ? message.arg(url.toDisplayString()) : message);
        QCOMPARE(shownRows(page.table()), before);
        auto* banner = page.findChild<QWidget*>(u"fleetError"_s);
        QVERIFY(!banner->isHidden());
        QVERIFY(page.findChild<QPushButton*>(u"refreshAllButton"_s)->isEnabled());
    }

    // Basic auth: the page asks for the password once per run (the user is saved, the password
    // never), sends it, and a wrong one is a 401 in words.
    void basicAuthAsksForThePasswordAndNeverSavesIt() {
        m_fake.login = "Basic " + QByteArray("alice:pa ss:wörd").toBase64();
        usePrometheus(m_fake.url(), settings::PrometheusSource::Auth::Basic, u"alice"_s);
        HostListModel hosts;
        HostControllers controllers(&hosts, nullptr, nullptr);
        FleetPage page(&hosts, &controllers);
        QVERIFY(page.fromPrometheus());
        QVERIFY(!page.prometheusModel()->isRefreshing()); // nothing sent without the password
        QVERIFY(page.findChild<QLabel*>(u"fleetSummary"_s)
                    ->text()
                    .endsWith(u"needs the password or token once per run: press Refresh (F5)."_s));
        int asked = 0;
        DialogRunner::testHook = [&asked](QDialog* dialog) {
            ++asked;
            QCOMPARE(dialog->objectName(), u"prometheusSourceDialog"_s);
            QCOMPARE(dialog->findChild<QLineEdit*>(u"prometheusUser"_s)->text(), u"alice"_s);
            auto* secret = dialog->findChild<QLineEdit*>(u"prometheusSecret"_s);
            QVERIFY(secret->isVisibleTo(dialog));
            QCOMPARE(secret->echoMode(), QLineEdit::Password);
            secret->insert(u"pa ss:wörd"_s); // as typed (keyClicks takes ASCII only)
            dialog->findChild<QPushButton*>(u"prometheusOkButton"_s)->click();
        };
        page.refreshAll(); // F5
        QCOMPARE(asked, 1);
        QVERIFY(waitForAnswer(page.prometheusModel()));
        QCOMPARE(errorText(page.prometheusModel()), QString());
        QCOMPARE(page.prometheusModel()->rowCount(), 8);
        page.refreshAll(); // known for this run: not asked again
        QVERIFY(waitForAnswer(page.prometheusModel()));
        QCOMPARE(asked, 1);
        QVERIFY(!page.prometheusModel()->lastError());

        // Saved: the address, the kind of login and the user; the password nowhere.
        QSettings saved;
        saved.sync();
        QCOMPARE(saved.value(u"fleet/prometheusUser"_s).toString(), u"alice"_s);
        QCOMPARE(saved.value(u"fleet/prometheusAuth"_s).toString(), u"basic"_s);
        QFile file(saved.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("alice"));
        QVERIFY(!text.contains("pa ss"));
        QVERIFY(!text.contains(QByteArray("alice:pa ss:wörd").toBase64()));

        // Another password: refused in words, the rows stay.
        m_fake.login = "Basic " + QByteArray("alice:new").toBase64();
        page.refreshAll();
        QVERIFY(waitForAnswer(page.prometheusModel()));
        QVERIFY(page.prometheusModel()->lastError());
        QCOMPARE(page.prometheusModel()->lastError()->kind, Error::Kind::AuthenticationFailed);
        QCOMPARE(page.prometheusModel()->rowCount(), 8);
    }

    void aBearerTokenIsSent() {
        m_fake.login = "Bearer glsa_0123456789abcdef";
        PrometheusReader reader(m_fake.url());
        PrometheusFleetModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReader(&reader);
        model.refresh();
        QVERIFY(waitForAnswer(&model));
        QVERIFY(model.lastError());
        QCOMPARE(model.lastError()->kind, Error::Kind::AuthenticationFailed);
        QCOMPARE(model.rowCount(), 0);
        reader.setBearerToken(u" glsa_0123456789abcdef\n"_s); // as pasted
        model.refresh();
        QVERIFY(waitForAnswer(&model));
        QVERIFY(!model.lastError());
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(m_fake.authorizations.last(), m_fake.login);
    }

    void theServerDialogRefusesWhatIsNotAnAddress_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("an address with a port") << u"http://localhost:9"_s << true;
        QTest::newRow("https behind a path prefix") << u"https://localhost:9/prom"_s << true;
        QTest::newRow("no scheme") << u"prometheus:9090"_s << false;
        QTest::newRow("another scheme") << u"ftp://prometheus"_s << false;
        QTest::newRow("no host") << u"http://"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void theServerDialogRefusesWhatIsNotAnAddress() {
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        HostListModel hosts;
        HostControllers controllers(&hosts, nullptr, nullptr);
        FleetPage page(&hosts, &controllers);
        QString problem;
        bool fits = true;
        DialogRunner::testHook = [&](QDialog* dialog) {
            dialog->show();
            auto* url = dialog->findChild<QLineEdit*>(u"prometheusUrl"_s);
            url->setText(typed);
            dialog->findChild<QPushButton*>(u"prometheusOkButton"_s)->click();
            auto* label = dialog->findChild<QLabel*>(u"prometheusProblem"_s);
            problem = label->text();
            QCoreApplication::processEvents();
            // The problem line makes room for itself: nothing is squashed.
            if (label->isVisible())
                fits = url->height() >= url->sizeHint().height() &&
                       label->height() >= label->heightForWidth(label->width());
            // Rows shown for a login (user, password, the note) make room for themselves too.
            dialog->findChild<QComboBox*>(u"prometheusAuth"_s)->setCurrentIndex(1); // basic auth
            QCoreApplication::processEvents();
            auto* user = dialog->findChild<QLineEdit*>(u"prometheusUser"_s);
            fits = fits && user->isVisible() && user->height() >= user->sizeHint().height() &&
                   url->height() >= url->sizeHint().height();
            dialog->findChild<QComboBox*>(u"prometheusAuth"_s)->setCurrentIndex(0);
            if (qEnvironmentVariableIsSet("IPCSCOPE_TEST_SHOTS"))
                dialog->grab().save(qEnvironmentVariable("IPCSCOPE_TEST_SHOTS") +
                                    u"/prometheus-dialog.png"_s);
        };
        QCOMPARE(page.choosePrometheusServer(), accepted);
        if (accepted) {
            QVERIFY(problem.isEmpty());
            QCOMPARE(settings::prometheusSource().url, typed);
        } else {
            QCOMPARE(problem, u"Enter the address of the Prometheus server with http:// or "
                              u"https://, for example http://prometheus.example.com:9090."_s);
            QVERIFY(settings::prometheusSource().url.isEmpty());
            QVERIFY(fits);
        }
    }

    // Choosing Prometheus without a server asks for one; cancelled, the page stays with SSH.
    void choosingPrometheusAsksForTheServer() {
        HostListModel hosts;
        HostControllers controllers(&hosts, nullptr, nullptr);
        FleetPage page(&hosts, &controllers);
        QVERIFY(!page.fromPrometheus());
        DialogRunner::testHook = [](QDialog* dialog) {
            dialog->reject();
        };
        page.setFromPrometheus(true);
        QVERIFY(!page.fromPrometheus());
        QVERIFY(!settings::fleetFromPrometheus());
        QCOMPARE(page.findChild<QComboBox*>(u"fleetSource"_s)->currentIndex(), 0);
        DialogRunner::testHook = [this](QDialog* dialog) {
            dialog->findChild<QLineEdit*>(u"prometheusUrl"_s)->setText(m_fake.url().toString());
            dialog->findChild<QPushButton*>(u"prometheusOkButton"_s)->click();
        };
        page.setFromPrometheus(true);
        QVERIFY(page.fromPrometheus());
        QVERIFY(settings::fleetFromPrometheus());
        QVERIFY(waitForAnswer(page.prometheusModel()));
        QCOMPARE(page.table()->model()->rowCount(), 8);
    }

    // Opening a row connects over SSH to the host entry of that name; without one, the person
    // is offered to add it, and the Add host wizard starts with the name filled in.
    void openingAnInstanceOpensItsHostEntry() {
        usePrometheus(m_fake.url());
        HostListModel hosts;
        HostConfig web1;
        web1.kind = HostConfig::Kind::Ssh;
        web1.host = u"WEB1"_s;
        web1.user = u"admin"_s;
        const int web1Row = hosts.addHost(web1);
        HostConfig app1a = web1, app1b = web1;
        app1a.host = app1b.host = u"app1"_s;
        app1b.port = 2222;
        hosts.addHost(app1a);
        const int app1bRow = hosts.addHost(app1b);
        HostControllers controllers(&hosts, nullptr, nullptr);
        FleetPage page(&hosts, &controllers);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(waitForAnswer(page.prometheusModel()));
        QSignalSpy opened(&page, &FleetPage::openHost);
        QSignalSpy add(&page, &FleetPage::addHostRequested);
        const auto rowOf = [&page](const QString& instance) {
            const QAbstractItemModel* m = page.table()->model();
            for (int row = 0; row < m->rowCount(); ++row)
                if (m->index(row, FleetModel::Server).data().toString() == instance)
                    return m->index(row, FleetModel::Server);
            return QModelIndex();
        };
        int asked = 0;
        DialogRunner::testHook = [&asked](QDialog*) {
            ++asked;
        };
        // A double-click emits `activated` (and doubleClicked, which the page does not follow:
        // it would ask its question twice).
        const auto doubleClick = [&page](const QModelIndex& index) {
            emit page.table()->doubleClicked(index);
            emit page.table()->activated(index);
        };
        emit page.table()->activated(rowOf(u"web1:9100"_s)); // Enter
        QCOMPARE(asked, 0);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toInt(), web1Row);

        DialogRunner::testHook = [&asked](QDialog* dialog) {
            ++asked;
            QCOMPARE(dialog->objectName(), u"fleetChooseHostDialog"_s);
            auto* choice = dialog->findChild<QComboBox*>();
            QCOMPARE(choice->count(), 2);
            QCOMPARE(choice->itemText(1), u"admin@app1:2222"_s);
            choice->setCurrentIndex(1);
            dialog->accept();
        };
        doubleClick(rowOf(u"app1:9100"_s));
        QCOMPARE(asked, 1);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.at(1).at(0).toInt(), app1bRow);

        DialogRunner::testHook = [&asked](QDialog* dialog) {
            ++asked;
            auto* box = qobject_cast<QMessageBox*>(dialog);
            QVERIFY(box);
            QCOMPARE(box->objectName(), u"fleetAddInstanceBox"_s);
            QCOMPARE(box->text(), u"db1.example.com reports to Prometheus, but none of your host "
                                  u"entries connects to it. Add it as an SSH host to open it?"_s);
            box->button(QMessageBox::Yes)->click();
        };
        doubleClick(rowOf(u"db1.example.com:9100"_s));
        QCOMPARE(asked, 2); // asked once, not once more for the double-click's `activated`
        QCOMPARE(opened.size(), 2);
        QCOMPARE(add.size(), 1);
        QCOMPARE(add.at(0).at(0).toString(), u"db1.example.com"_s);

        // The wizard it leads to (MainWindow connects them) starts with the host filled in.
        QWidget window;
        HostActions actions(&hosts, nullptr, &window);
        QString prefilled;
        DialogRunner::testHook = [&prefilled](QDialog* dialog) {
            auto* wizard = qobject_cast<QWizard*>(dialog);
            QVERIFY(wizard);
            prefilled = wizard->field(u"host"_s).toString();
            dialog->reject();
        };
        QCOMPARE(actions.add(u"db1.example.com"_s), -1);
        QCOMPARE(prefilled, u"db1.example.com"_s);
    }

    void instanceHostNames_data() {
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("host");
        QTest::newRow("a name and a port") << u"db1.example.com:9100"_s << u"db1.example.com"_s;
        QTest::newRow("an IPv4 address") << u"10.0.0.7:9100"_s << u"10.0.0.7"_s;
        QTest::newRow("an IPv6 address in brackets") << u"[fd00::7]:9100"_s << u"fd00::7"_s;
        QTest::newRow("a name without a port") << u"db1"_s << u"db1"_s;
    }
    void instanceHostNames() {
        QFETCH(QString, instance);
        QFETCH(QString, host);
        QCOMPARE(FleetInstance::hostName(instance), host);
    }

    // Run by tests/tst_prometheus.sh: the real Prometheus, scraping the helper's metrics of a
    // namespace with SEMMNI 9 of 10 used, one orphaned set, eight possibly orphaned.
    void theRealPrometheus() {
        const QUrl url(qEnvironmentVariable("IPCSCOPE_PROMETHEUS_URL"));
        const QString instance = qEnvironmentVariable("IPCSCOPE_PROMETHEUS_INSTANCE");
        if (url.isEmpty())
            QSKIP("run by tests/tst_prometheus.sh, which starts the Prometheus it reads");
        usePrometheus(url);
        HostListModel hosts;
        HostControllers controllers(&hosts, nullptr, nullptr);
        FleetPage page(&hosts, &controllers);
        QAbstractItemModelTester tester(page.prometheusModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitForAnswer(page.prometheusModel()));
        QCOMPARE(errorText(page.prometheusModel()), QString());
        // 9 of 10 is critical, as in the report: 95 % of 10 rounds down to 9.
        QCOMPARE(shownRows(page.table()),
                 QStringList{instance +
                             u" | Limit critical | SEMMNI 90.0 % used (9 of 10) | 1 | "
                             u"SEMMNI 90.0 % | "_s +
                             QStringLiteral(IPCSCOPE_VERSION)});
        QCOMPARE(page.table()->model()->index(0, FleetModel::LastRefresh).data().toString(),
                 u"just now"_s);
        // The Apache failure logged a minute ago.
        QCOMPARE(page.prometheusModel()->instance(0).symptoms,
                 QStringList{u"apache_mutex_create"_s});
    }

private:
    FakePrometheus m_fake;
};

QTEST_MAIN(TestFleetPrometheus)
#include "tst_fleetprometheus.moc"
