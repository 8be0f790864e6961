// SPDX-License-Identifier: GPL-3.0-or-later
// Targets as people type them ("local", "root@db1:2222", "[::1]:22") and what is refused.
#include "core/hostconfig.h"
#include "session/transportfactory.h"

#include <QTest>

using namespace ipcscope;
using namespace Qt::StringLiterals;

class TestHostConfig : public QObject {
    Q_OBJECT

private slots:
    void validTargets_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("local");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("target");

        QTest::newRow("local is the local machine")
            << u"local"_s << true << QString() << QString() << 0 << u"local"_s;
        QTest::newRow("LOCAL in capitals is the local machine too")
            << u"LOCAL"_s << true << QString() << QString() << 0 << u"local"_s;
        QTest::newRow("surrounding spaces are ignored")
            << u"  local \t"_s << true << QString() << QString() << 0 << u"local"_s;
        QTest::newRow("a host name alone")
            << u"db1"_s << false << QString() << u"db1"_s << 0 << u"db1"_s;
        QTest::newRow("localhost is a host reached over SSH")
            << u"localhost"_s << false << QString() << u"localhost"_s << 0 << u"localhost"_s;
        QTest::newRow("a fully qualified name")
            << u"web-01.example.com"_s << false << QString() << u"web-01.example.com"_s << 0
            << u"web-01.example.com"_s;
        QTest::newRow("user and host")
            << u"root@db1"_s << false << u"root"_s << u"db1"_s << 0 << u"root@db1"_s;
        QTest::newRow("user, host and port") << u"user@host:2222"_s << false << u"user"_s
                                             << u"host"_s << 2222 << u"user@host:2222"_s;
        QTest::newRow("host and port")
            << u"10.0.0.7:22"_s << false << QString() << u"10.0.0.7"_s << 22 << u"10.0.0.7:22"_s;
        QTest::newRow("an IPv6 address in brackets with a port")
            << u"[::1]:22"_s << false << QString() << u"::1"_s << 22 << u"[::1]:22"_s;
        QTest::newRow("a user with a link-local IPv6 address and port")
            << u"user@[fe80::1]:2200"_s << false << u"user"_s << u"fe80::1"_s << 2200
            << u"user@[fe80::1]:2200"_s;
        QTest::newRow("an IPv6 address in brackets without a port")
            << u"[2001:db8::5]"_s << false << QString() << u"2001:db8::5"_s << 0
            << u"[2001:db8::5]"_s;
        QTest::newRow("a bare IPv6 address has no port")
            << u"admin@fe80::1"_s << false << u"admin"_s << u"fe80::1"_s << 0
            << u"admin@[fe80::1]"_s;
        QTest::newRow("an IPv6 address with a zone")
            << u"[fe80::1%eth0]:22"_s << false << QString() << u"fe80::1%eth0"_s << 22
            << u"[fe80::1%eth0]:22"_s;
        QTest::newRow("the highest port")
            << u"h:65535"_s << false << QString() << u"h"_s << 65535 << u"h:65535"_s;
        QTest::newRow("a user name with dots and dashes")
            << u"svc.backup-1@h"_s << false << u"svc.backup-1"_s << u"h"_s << 0
            << u"svc.backup-1@h"_s;
    }
    void validTargets() {
        QFETCH(QString, text);
        QFETCH(bool, local);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, target);

        QString error;
        const std::optional<HostConfig> config = HostConfig::fromTarget(text, &error);
        QVERIFY2(config.has_value(), qPrintable(error));
        QCOMPARE(config->kind, local ? HostConfig::Kind::Local : HostConfig::Kind::Ssh);
        QCOMPARE(config->user, user);
        QCOMPARE(config->host, host);
        QCOMPARE(config->port, port);
        QCOMPARE(config->target(), target);
        // target() is read back to the same host.
        const std::optional<HostConfig> again = HostConfig::fromTarget(config->target());
        QVERIFY(again.has_value());
        QCOMPARE(again->kind, config->kind);
        QCOMPARE(again->user, config->user);
        QCOMPARE(again->host, config->host);
        QCOMPARE(again->port, config->port);
    }

    void invalidTargets_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");

        QTest::newRow("nothing") << QString() << u"No host given"_s;
        QTest::newRow("only spaces") << u"   "_s << u"No host given"_s;
        QTest::newRow("a space inside the host") << u"db 1"_s << u"not a valid host name"_s;
        QTest::newRow("a space inside the user") << u"a b@db1"_s << u"not a valid user name"_s;
        QTest::newRow("an empty user") << u"@db1"_s << u"not a valid user name"_s;
        QTest::newRow("a user but no host") << u"root@"_s << u"has no host name"_s;
        QTest::newRow("a port but no host") << u":22"_s << u"has no host name"_s;
        QTest::newRow("a colon without a port") << u"db1:"_s << u"not a valid port"_s;
        QTest::newRow("port zero") << u"db1:0"_s << u"not a valid port"_s;
        QTest::newRow("a port above 65535") << u"db1:65536"_s << u"not a valid port"_s;
        QTest::newRow("a negative port") << u"db1:-22"_s << u"not a valid port"_s;
        QTest::newRow("a port with a sign") << u"db1:+22"_s << u"not a valid port"_s;
        QTest::newRow("a port with letters") << u"db1:ssh"_s << u"not a valid port"_s;
        QTest::newRow("a port with a space") << u"db1: 22"_s << u"not a valid port"_s;
        QTest::newRow("a host that looks like an option")
            << u"-oProxyCommand=x"_s << u"not a valid host name"_s;
        QTest::newRow("a user that looks like an option")
            << u"-l@db1"_s << u"not a valid user name"_s;
        QTest::newRow("shell characters in the host")
            << u"db1;reboot"_s << u"not a valid host name"_s;
        QTest::newRow("a path instead of a host") << u"/etc/passwd"_s << u"not a valid host name"_s;
        QTest::newRow("an unclosed bracket") << u"[::1:22"_s << u"closing"_s;
        QTest::newRow("empty brackets") << u"[]:22"_s << u"not a valid IPv6 address"_s;
        QTest::newRow("a name in brackets") << u"[db1]:22"_s << u"not a valid IPv6 address"_s;
        QTest::newRow("text after the brackets") << u"[::1]x"_s << u"Unexpected"_s;
        QTest::newRow("a bad port after brackets") << u"[::1]:99999"_s << u"not a valid port"_s;
    }
    void invalidTargets() {
        QFETCH(QString, text);
        QFETCH(QString, words);
        QString error;
        QVERIFY(!HostConfig::fromTarget(text, &error).has_value());
        QVERIFY2(error.contains(words), qPrintable(error));
        // Without a place for the message it still refuses, and does not crash.
        QVERIFY(!HostConfig::fromTarget(text).has_value());
    }

    void displayName() {
        HostConfig local;
        QCOMPARE(local.displayName(), u"Local machine"_s);
        HostConfig remote = *HostConfig::fromTarget(u"root@db1:2222"_s);
        QCOMPARE(remote.displayName(), u"root@db1:2222"_s);
        remote.name = u"Billing database"_s;
        QCOMPARE(remote.displayName(), u"Billing database"_s);
    }

    void transportsForEachKind() {
        const auto local = createTransport(HostConfig{});
        QVERIFY(local);
        QCOMPARE(local->describe(), u"local machine"_s);
        const auto remote = createTransport(*HostConfig::fromTarget(u"root@db1"_s));
        QVERIFY(remote);
    }
};

QTEST_GUILESS_MAIN(TestHostConfig)
#include "tst_hostconfig.moc"
