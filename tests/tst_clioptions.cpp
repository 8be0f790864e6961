// SPDX-License-Identifier: GPL-3.0-or-later
// ipcscope-cli's command line mapped into HostConfig and AnalyzerOptions, and the terminal
// prompter without a terminal.
#include "exitcodes.h"
#include "options.h"
#include "terminalprompter.h"

#include <QTest>

#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ipcscope;
using namespace ipcscope::cli;

namespace {

ParsedCommandLine parse(QStringList args) {
    args.prepend(u"ipcscope-cli"_s);
    return parseCommandLine(args);
}

// Points stdin at /dev/null for the scope of a test: no terminal to ask on.
struct NoTerminal {
    int saved = dup(STDIN_FILENO);
    NoTerminal() {
        const int null = open("/dev/null", O_RDONLY);
        dup2(null, STDIN_FILENO);
        close(null);
    }
    ~NoTerminal() {
        dup2(saved, STDIN_FILENO);
        close(saved);
    }
};

// A pseudo-terminal as stdin for the scope of a test; the test types into `master`.
struct FakeTerminal {
    int saved = dup(STDIN_FILENO);
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    int slave = -1;
    FakeTerminal() {
        if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0)
            return;
        slave = open(ptsname(master), O_RDWR | O_NOCTTY);
        if (slave >= 0)
            dup2(slave, STDIN_FILENO);
    }
    ~FakeTerminal() {
        dup2(saved, STDIN_FILENO);
        close(saved);
        if (slave >= 0)
            close(slave);
        if (master >= 0)
            close(master);
    }
    bool ok() const { return slave >= 0; }
    void type(const char* text) const { (void)!write(master, text, strlen(text)); }
    bool echoes() const {
        termios t{};
        return tcgetattr(STDIN_FILENO, &t) == 0 && (t.c_lflag & ECHO);
    }
};

} // namespace

class TestCliOptions : public QObject {
    Q_OBJECT

private slots:
    void theLocalMachineIsTheDefault() {
        const ParsedCommandLine r = parse({u"report"_s});
        QVERIFY(r.options);
        QCOMPARE(r.options->command, Command::Report);
        QCOMPARE(r.options->host.kind, HostConfig::Kind::Local);
        QVERIFY(!r.options->json);
    }

    void sshFlagsGoIntoTheHostConfig() {
        const ParsedCommandLine r =
            parse({u"report"_s, u"admin@db1:2222"_s, u"--identity"_s, u"/home/a/.ssh/id_ed25519"_s,
                   u"--known-hosts"_s, u"/tmp/kh"_s, u"--accept-new-host-key"_s, u"--sudo"_s,
                   u"--agentless"_s, u"--connect-timeout"_s, u"5"_s, u"--json"_s});
        QVERIFY2(r.options, qPrintable(r.err));
        const HostConfig& h = r.options->host;
        QCOMPARE(h.kind, HostConfig::Kind::Ssh);
        QCOMPARE(h.host, u"db1"_s);
        QCOMPARE(h.user, u"admin"_s);
        QCOMPARE(h.port, 2222);
        QCOMPARE(h.identityFile, u"/home/a/.ssh/id_ed25519"_s);
        QCOMPARE(h.knownHostsFile, u"/tmp/kh"_s);
        QVERIFY(h.acceptNewHostKey);
        QVERIFY(h.sudo);
        QVERIFY(h.agentless);
        QCOMPARE(h.connectTimeoutSeconds, 5);
        QVERIFY(r.options->json);
    }

    void sudoAppliesLocallyToo() {
        const ParsedCommandLine r = parse({u"tune"_s, u"local"_s, u"--sudo"_s});
        QVERIFY(r.options);
        QCOMPARE(r.options->host.kind, HostConfig::Kind::Local);
        QVERIFY(r.options->host.sudo);
    }

    void workloadsAndPostgresSettings() {
        const ParsedCommandLine r =
            parse({u"tune"_s, u"--workload"_s, u"Oracle"_s, u"--workload"_s, u"postgresql"_s,
                   u"--pg-max-connections"_s, u"500"_s, u"--pg-max-wal-senders"_s, u"0"_s,
                   u"--json"_s, u"--pretty"_s});
        QVERIFY2(r.options, qPrintable(r.err));
        QCOMPARE(r.options->analyzer.workloads, (QStringList{u"oracle"_s, u"postgresql"_s}));
        QCOMPARE(r.options->analyzer.postgres.maxConnections, 500);
        QCOMPARE(r.options->analyzer.postgres.maxWalSenders, 0);
        QCOMPARE(r.options->analyzer.postgres.autovacuumMaxWorkers, 3);
        QVERIFY(r.options->pretty);
    }

    void failOnOrphansBelongsToReport() {
        QVERIFY(parse({u"report"_s, u"--fail-on-orphans"_s}).options->failOnOrphans);
        const ParsedCommandLine tune = parse({u"tune"_s, u"--fail-on-orphans"_s});
        QVERIFY(!tune.options);
        QCOMPARE(tune.exitCode, int(ExitUsage));
    }

    void reportSearchesTheLogsUnlessNoLogs() {
        QVERIFY(parse({u"report"_s}).options->searchLogs);
        QVERIFY(!parse({u"report"_s, u"--no-logs"_s}).options->searchLogs);
        const ParsedCommandLine tune = parse({u"tune"_s, u"--no-logs"_s});
        QVERIFY(!tune.options);
        QCOMPARE(tune.exitCode, int(ExitUsage));
    }

    void snapshotAcceptsJson() {
        const ParsedCommandLine r = parse({u"snapshot"_s, u"--json"_s});
        QVERIFY(r.options);
        QCOMPARE(r.options->command, Command::Snapshot);
    }

    void badNumbersAreUsageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("a negative connection count")
            << QStringList{u"tune"_s, u"--pg-max-connections"_s, u"-5"_s};
        QTest::newRow("a zero timeout")
            << QStringList{u"report"_s, u"db1"_s, u"--connect-timeout"_s, u"0"_s};
    }

    void badNumbersAreUsageErrors() {
        QFETCH(QStringList, args);
        const ParsedCommandLine r = parse(args);
        QVERIFY(!r.options);
        QCOMPARE(r.exitCode, int(ExitUsage));
        QVERIFY(r.err.startsWith(u"ipcscope-cli: "_s));
    }

    void helpIsPrintedNotRun() {
        const ParsedCommandLine r = parse({u"tune"_s, u"--help"_s});
        QVERIFY(!r.options);
        QCOMPARE(r.exitCode, int(ExitOk));
        QVERIFY(r.out.startsWith(u"Usage: ipcscope-cli tune"_s));
        QVERIFY(r.out.contains(u"--workload"_s));
        QVERIFY(!r.out.contains(u"\n  --fail-on-orphans"_s)); // an option of report only
    }

    void onATerminalAHostKeyNeedsAYes_data() {
        QTest::addColumn<QByteArray>("typed");
        QTest::addColumn<int>("answer");
        QTest::newRow("y accepts and saves")
            << QByteArray("y\n") << int(Prompter::HostKeyAnswer::AcceptAndSave);
        QTest::newRow("yes accepts and saves")
            << QByteArray("yes\n") << int(Prompter::HostKeyAnswer::AcceptAndSave);
        QTest::newRow("just Enter rejects")
            << QByteArray("\n") << int(Prompter::HostKeyAnswer::Reject);
        QTest::newRow("anything else rejects")
            << QByteArray("sure\n") << int(Prompter::HostKeyAnswer::Reject);
    }

    void onATerminalAHostKeyNeedsAYes() {
        QFETCH(QByteArray, typed);
        QFETCH(int, answer);
        FakeTerminal terminal;
        if (!terminal.ok())
            QSKIP("no pseudo-terminal available");
        QVERIFY(TerminalPrompter::interactive());
        terminal.type(typed.constData());
        HostKeyInfo key;
        key.host = u"db1"_s;
        key.keyType = u"ssh-ed25519"_s;
        key.fingerprint = u"SHA256:abc"_s;
        QCOMPARE(int(TerminalPrompter().unknownHostKey(key)), answer);
    }

    void onATerminalSecretsAreReadWithoutEcho() {
        FakeTerminal terminal;
        if (!terminal.ok())
            QSKIP("no pseudo-terminal available");
        QVERIFY(terminal.echoes());
        terminal.type("hunter2\n");
        const std::optional<QString> secret =
            TerminalPrompter().secret(Prompter::SecretKind::SudoPassword, u"[sudo] password:"_s);
        QCOMPARE(secret, std::optional<QString>(u"hunter2"_s));
        QVERIFY2(terminal.echoes(), "echo was not switched back on");
    }

    void withoutATerminalNothingIsAsked() {
        NoTerminal noTerminal;
        QVERIFY(!TerminalPrompter::interactive());
        TerminalPrompter prompter;
        QVERIFY(!prompter.secret(Prompter::SecretKind::Password, u"Password:"_s));
        HostKeyInfo key;
        key.host = u"db1"_s;
        key.keyType = u"ssh-ed25519"_s;
        key.fingerprint = u"SHA256:abc"_s;
        QCOMPARE(prompter.unknownHostKey(key), Prompter::HostKeyAnswer::Reject);
    }
};

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
