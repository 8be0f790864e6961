// SPDX-License-Identifier: GPL-3.0-or-later
// Host entries in bulk: the Host entries of an OpenSSH client configuration, and an Ansible
// inventory as INI and as the JSON of ansible-inventory --list, with groups, variables, ranges,
// and what is left out said in words.
#include "core/hostimport.h"

#include <QtTest>

using namespace ipcscope;
using namespace Qt::StringLiterals;

namespace {

QStringList names(const ImportedHosts& imported) {
    QStringList out;
    for (const HostConfig& c : imported.hosts)
        out.append(c.displayName());
    return out;
}

} // namespace

class TestHostImport : public QObject {
    Q_OBJECT
private slots:
    void sshConfigHostsWithoutPatterns() {
        const ImportedHosts got = hostsFromSshConfig(
            u"# servers\n"
            "Host web1 web2\n"
            "    HostName 10.0.0.1\n"
            "    User deploy\n"
            "host=db1\n"
            "Host *.internal !bastion gw?\n"
            "Match host foo\n"
            "Include ~/.ssh/config.d/*\n"
            "Host \"quoted name\" web1\n"
            "Host -oProxyCommand=x\n"_s);
        QCOMPARE(names(got), (QStringList{u"web1"_s, u"web2"_s, u"db1"_s}));
        for (const HostConfig& c : got.hosts) {
            QCOMPARE(c.kind, HostConfig::Kind::Ssh);
            // User and port stay in ~/.ssh/config, where the transport reads them.
            QVERIFY(c.user.isEmpty());
            QCOMPARE(c.port, 0);
            QCOMPARE(c.host, c.displayName());
        }
        const QString skipped = got.skipped.join(u"\n"_s);
        QVERIFY2(skipped.contains(u"*.internal (line 6): a pattern, not one server"_s),
                 qPrintable(skipped));
        QVERIFY(skipped.contains(u"!bastion (line 6)"_s));
        QVERIFY(skipped.contains(u"gw? (line 6)"_s));
        QVERIFY(skipped.contains(u"Match host foo (line 7): a Match block names no host"_s));
        QVERIFY(skipped.contains(u"Include ~/.ssh/config.d/* (line 8): included files are not "
                                 "read"_s));
        QVERIFY(skipped.contains(u"quoted name (line 9)"_s));
        QVERIFY(skipped.contains(u"-oProxyCommand=x (line 10)"_s));
    }

    void ansibleIniGroupsVarsAndRanges() {
        const ImportedHosts got = hostsFromAnsibleIni(
            u"mail.example.com\n"
            "[web]\n"
            "web[01:03].example.com ansible_user=deploy\n"
            "[db]\n"
            "db1 ansible_host=10.0.0.5 ansible_port=2222  # primary\n"
            "web01.example.com\n"
            "[db:vars]\n"
            "ansible_user=postgres\n"
            "[production:children]\n"
            "web\n"
            "db\n"
            "[web:vars]\n"
            "ansible_port=22\n"_s);
        QCOMPARE(names(got), (QStringList{u"mail.example.com"_s, u"web01.example.com"_s,
                                          u"web02.example.com"_s, u"web03.example.com"_s,
                                          u"db1"_s}));
        const HostConfig& mail = got.hosts.at(0);
        QCOMPARE(mail.groups, QStringList{u"ungrouped"_s});
        const HostConfig& web01 = got.hosts.at(1);
        QCOMPARE(web01.user, u"deploy"_s);
        QCOMPARE(web01.port, 22);
        QCOMPARE(web01.groups, (QStringList{u"web"_s, u"db"_s, u"production"_s}));
        const HostConfig& db1 = got.hosts.at(4);
        QCOMPARE(db1.host, u"10.0.0.5"_s);
        QCOMPARE(db1.port, 2222);
        QCOMPARE(db1.user, u"postgres"_s);
        QCOMPARE(db1.groups, (QStringList{u"db"_s, u"production"_s}));
        QVERIFY(got.skipped.isEmpty());
    }

    void ansibleInventoryJson() {
        const QByteArray json = R"({
            "_meta": {"hostvars": {"app1": {"ansible_host": "192.0.2.7", "ansible_port": 2200},
                                    "app2": {"ansible_user": "ops"}}},
            "all": {"children": ["ungrouped", "apps"]},
            "apps": {"hosts": ["app1", "app2"], "children": ["canary"]},
            "canary": {"hosts": ["app2"]},
            "ungrouped": {"hosts": ["local", "bad host"]}
        })";
        const ImportedHosts got = hostsFromAnsibleJson(json);
        QCOMPARE(names(got), (QStringList{u"app1"_s, u"app2"_s}));
        QCOMPARE(got.hosts.at(0).host, u"192.0.2.7"_s);
        QCOMPARE(got.hosts.at(0).port, 2200);
        QCOMPARE(got.hosts.at(1).user, u"ops"_s);
        QCOMPARE(got.hosts.at(1).groups, (QStringList{u"apps"_s, u"canary"_s}));
        const QString skipped = got.skipped.join(u"\n"_s);
        QVERIFY2(skipped.contains(u"local (group ungrouped): it names the local machine"_s),
                 qPrintable(skipped));
        QVERIFY(skipped.contains(u"bad host (group ungrouped)"_s));

        const ImportedHosts broken = hostsFromAnsibleJson("not json");
        QVERIFY(broken.hosts.isEmpty());
        QVERIFY(broken.skipped.value(0).startsWith(u"The inventory is not the JSON"_s));
    }
};

QTEST_GUILESS_MAIN(TestHostImport)
#include "tst_hostimport.moc"
