// SPDX-License-Identifier: GPL-3.0-or-later
// The SSH transport against a real OpenSSH server started by the test (tests/support/sshdfixture):
// host keys, authentication, helper deployment, the agentless fallback, broken connections and
// the equality of a snapshot over SSH with the local one. Everything on 127.0.0.1.
#include "analysis/report.h"
#include "core/hostconfig.h"
#include "model/snapshotparser.h"
#include "requireall.h"
#include "session/hostsession.h"
#include "ssh/helperdeployer.h"
#include "ssh/sshtransport.h"
#include "transport/prompter.h"

#include "sshdfixture.h"
#include "testipc.h"
#include "valuediff.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ipcscope;

namespace {

// Bytes that arrived at the server's end of the test sshd's connections and that it has not read
// (the receive queues in /proc/net/tcp). With the server frozen (SIGSTOP), the number grows as
// soon as the client's request reaches it: the observable event the tests wait for.
qint64 unreadAtServer(int serverPort) {
    qint64 total = 0;
    QFile file(u"/proc/net/tcp"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray portHex = QByteArray::number(serverPort, 16).toUpper().rightJustified(4, '0');
    file.readLine(); // the header
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().simplified().split(' ');
        // sl local_address rem_address st tx_queue:rx_queue ...; 01 = ESTABLISHED
        if (f.size() < 5 || f.at(3) != "01" || !f.at(1).endsWith(':' + portHex))
            continue;
        total += f.at(4).mid(f.at(4).indexOf(':') + 1).toLongLong(nullptr, 16);
    }
    return total;
}

// Answers questions the way a test tells it to, and remembers every question.
class TestPrompter : public Prompter {
public:
    HostKeyAnswer hostKeyAnswer = HostKeyAnswer::Reject;
    QList<HostKeyInfo> hostKeyQuestions;
    QList<SecretKind> secretKinds;
    QStringList secretPrompts;
    QList<std::optional<QString>> answers; // handed out in order; nullopt = the person cancels

    HostKeyAnswer unknownHostKey(const HostKeyInfo& key) override {
        hostKeyQuestions.append(key);
        return hostKeyAnswer;
    }
    QList<Echo> echoes;
    std::optional<QString> secret(SecretKind kind, const QString& prompt, Echo echo) override {
        secretKinds.append(kind);
        echoes.append(echo);
        secretPrompts.append(prompt);
        return answers.isEmpty() ? std::nullopt : answers.takeFirst();
    }
};

// A local user for the password test, removed with its home again however the test ends.
struct TestUser {
    QString name;
    bool created = false;
    explicit TestUser(const QString& user, const QString& password)
        : name(user) {
        quiet(u"userdel"_s, {u"-r"_s, name}); // a leftover of a crashed run
        created = quiet(u"useradd"_s, {u"-m"_s, u"-s"_s, u"/bin/sh"_s, name}) == 0;
        if (!created)
            return;
        QProcess chpasswd;
        chpasswd.start(u"chpasswd"_s, QStringList{});
        chpasswd.waitForStarted();
        chpasswd.write((name + u':' + password + u'\n').toUtf8());
        chpasswd.closeWriteChannel();
        chpasswd.waitForFinished();
        created = chpasswd.exitCode() == 0;
    }
    ~TestUser() {
        quiet(u"pkill"_s, {u"-KILL"_s, u"-U"_s, name}); // only this user's processes
        quiet(u"userdel"_s, {u"-r"_s, name});
    }
    static int quiet(const QString& program, const QStringList& args) {
        QProcess p;
        p.start(program, args);
        p.waitForFinished();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
};

// A user of this machine whom a rule in /etc/sudoers.d lets run anything as root, with or
// without their password ("s3cret sudo"); the rule and the user are removed when the test ends,
// however it ends.
struct SudoUser {
    TestUser user;
    QString rule;
    bool ready = false;
    SudoUser(const QString& name, bool needsPassword)
        : user(name, u"s3cret sudo"_s)
        , rule(u"/etc/sudoers.d/ipcscope-test-%1"_s.arg(name)) {
        QFile f(rule);
        ready = user.created && f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                f.write(u"%1 ALL=(root) %2ALL\n"_s
                            .arg(name, needsPassword ? QString() : u"NOPASSWD: "_s)
                            .toUtf8()) > 0 &&
                f.setPermissions(QFile::ReadOwner);
    }
    ~SudoUser() { QFile::remove(rule); }
    SudoUser(const SudoUser&) = delete;
    SudoUser& operator=(const SudoUser&) = delete;
};

// A tmpfs mounted noexec, unmounted again at the end.
struct NoexecMount {
    QString path;
    bool mounted = false;
    explicit NoexecMount(const QString& dir)
        : path(dir) {
        QDir().mkpath(path);
        mounted = ::mount("tmpfs", path.toLocal8Bit().constData(), "tmpfs",
                          MS_NOEXEC | MS_NOSUID | MS_NODEV, "size=16m,mode=0700") == 0;
    }
    ~NoexecMount() {
        if (mounted)
            ::umount2(path.toLocal8Bit().constData(), MNT_DETACH);
    }
};

// A TCP port on 127.0.0.1 that listens but never accepts: the handshake completes in the kernel,
// no SSH banner ever comes.
struct SilentListener {
    int fd = -1;
    int port = 0;
    SilentListener() {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
            ::listen(fd, 8) == 0 &&
            ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
            port = ntohs(addr.sin_port);
    }
    ~SilentListener() { ::close(fd); }
};

int closedPort() {
    SilentListener l; // bound, then closed: nobody listens there afterwards
    return l.port;
}

QByteArray sha256File(const QString& path) {
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !h.addData(&f))
        return {};
    return h.result().toHex();
}

const SemaphoreSet* findSem(const Snapshot& s, quint32 key) {
    for (const auto& o : s.semaphores)
        if (o.key == key)
            return &o;
    return nullptr;
}
const SharedMemorySegment* findShm(const Snapshot& s, quint32 key) {
    for (const auto& o : s.sharedMemory)
        if (o.key == key)
            return &o;
    return nullptr;
}
const MessageQueue* findMsg(const Snapshot& s, quint32 key) {
    for (const auto& o : s.messageQueues)
        if (o.key == key)
            return &o;
    return nullptr;
}

Result<Snapshot> localSnapshot() {
    QProcess helper;
    helper.start(QStringLiteral(IPCSCOPE_HELPER_PATH), {u"snapshot"_s});
    if (!helper.waitForFinished(60000) || helper.exitCode() != 0)
        return Error{Error::Kind::HelperFailed, u"local helper failed"_s,
                     QString::fromUtf8(helper.readAllStandardError())};
    return parseSnapshot(helper.readAllStandardOutput());
}

} // namespace

class TestSshTransport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void unknownHostKey_data();
    void unknownHostKey();
    void changedHostKeyIsRefusedWithoutAsking();
    void unauthorizedKeyIsRefusedWithTheMethodsTried();
    void passwordIsAskedThroughThePrompter();
    void keyboardInteractiveAsksThePrompter();
    void keyPassphraseIsAskedThroughThePrompter_data();
    void keyPassphraseIsAskedThroughThePrompter();
    void aWrongPassphraseSkipsTheKeyAndSaysWhichLoggedIn_data();
    void aWrongPassphraseSkipsTheKeyAndSaysWhichLoggedIn();
    void aKeyHeldOnlyByTheSshAgentLogsIn();
    void sshConfigAliasResolvesAndExplicitOptionsWin();
    void aProxyCommandFromSshConfigCarriesTheConnection();
    void administratorModeUsesSudo_data();
    void administratorModeUsesSudo();
    void theSudoPasswordIsAskedOncePerSession();
    void helperIsUploadedReusedAndReplacedAfterTampering();
    void severalSessionsCopyTheHelperAtOnce_data();
    void severalSessionsCopyTheHelperAtOnce();
    void tamperingAfterOpenIsCaughtBeforeAnElevatedRun();
    void agentlessReadFindsTheTestsObjects();
    void noexecCacheFallsBackToAgentless();
    void aServerWithoutSftpGetsTheHelperThroughTheShell();
    void connectionKilledDuringASnapshotGivesACleanError();
    void snapshotWaitingForAFrozenServerCanBeCancelled();
    void unreachableServer_data();
    void unreachableServer();
    void cancelledBeforeConnecting();
    void snapshotOverSshEqualsTheLocalOne();
    void aHostSessionOverSshDeliversAReport();
    void endlessOutputOverSshIsStoppedAtTheLimit();

private:
    // The entry for the test's sshd, or for `sshd` (a server of a test's own).
    HostConfig config(const testssh::SshdFixture* sshd = nullptr) const;
    std::unique_ptr<SshTransport> transport(const HostConfig& cfg) const;
    QString remoteCache() const { return m_sshd->remoteCacheDir(); }

    std::unique_ptr<testssh::SshdFixture> m_sshd;
};

void TestSshTransport::initTestCase() {
    if (::geteuid() != 0)
        QSKIP("needs root: the test starts its own sshd on 127.0.0.1");
    if (!QFile::exists(u"/usr/sbin/sshd"_s))
        IPCSCOPE_SKIP_MISSING("/usr/sbin/sshd is missing (install openssh-server)");
    m_sshd = std::make_unique<testssh::SshdFixture>();
    QVERIFY2(m_sshd->start(), qPrintable(m_sshd->errorString()));
    m_sshd->usePrivateHome();
}

void TestSshTransport::init() {
    if (!m_sshd)
        return;
    // Each test starts from a known_hosts that trusts the server, unless it says otherwise.
    QFile::remove(m_sshd->knownHostsPath());
    QVERIFY(m_sshd->trustHostKey());
}

void TestSshTransport::cleanupTestCase() {
    m_sshd.reset();
}

HostConfig TestSshTransport::config(const testssh::SshdFixture* sshd) const {
    if (!sshd)
        sshd = m_sshd.get();
    HostConfig c;
    c.kind = HostConfig::Kind::Ssh;
    c.host = u"127.0.0.1"_s;
    c.user = u"root"_s;
    c.port = sshd->port();
    c.identityFile = sshd->clientKeyPath();
    c.knownHostsFile = sshd->knownHostsPath();
    c.connectTimeoutSeconds = 10;
    return c;
}

std::unique_ptr<SshTransport> TestSshTransport::transport(const HostConfig& cfg) const {
    auto t = std::make_unique<SshTransport>(cfg);
    t->setRemoteCacheDir(remoteCache());
    t->setLocalHelper(QStringLiteral(IPCSCOPE_HELPER_PATH));
    return t;
}

void TestSshTransport::unknownHostKey_data() {
    QTest::addColumn<bool>("acceptNewHostKey");
    QTest::addColumn<Prompter::HostKeyAnswer>("answer");
    QTest::addColumn<bool>("connects");
    QTest::addColumn<int>("questions");
    QTest::addColumn<bool>("stored");

    QTest::newRow("a key the person accepts and saves is stored in known_hosts")
        << false << Prompter::HostKeyAnswer::AcceptAndSave << true << 1 << true;
    QTest::newRow("a key accepted once connects but is not stored")
        << false << Prompter::HostKeyAnswer::AcceptOnce << true << 1 << false;
    QTest::newRow("a key the person rejects stops the connection")
        << false << Prompter::HostKeyAnswer::Reject << false << 1 << false;
    QTest::newRow("accept-new-host-key stores an unknown key without asking")
        << true << Prompter::HostKeyAnswer::Reject << true << 0 << true;
}

void TestSshTransport::unknownHostKey() {
    QFETCH(bool, acceptNewHostKey);
    QFETCH(Prompter::HostKeyAnswer, answer);
    QFETCH(bool, connects);
    QFETCH(int, questions);
    QFETCH(bool, stored);

    QFile::remove(m_sshd->knownHostsPath()); // the server is unknown
    HostConfig cfg = config();
    cfg.acceptNewHostKey = acceptNewHostKey;
    cfg.agentless = true; // host keys only: no deployment needed
    TestPrompter prompter;
    prompter.hostKeyAnswer = answer;
    auto t = transport(cfg);
    auto opened = t->open(&prompter, {});
    QCOMPARE(opened.ok(), connects);
    if (!connects)
        QCOMPARE(opened.error().kind, Error::Kind::HostKeyUnknown);
    QCOMPARE(prompter.hostKeyQuestions.size(), questions);
    if (questions) {
        const HostKeyInfo& key = prompter.hostKeyQuestions.first();
        QCOMPARE(key.keyType, m_sshd->hostKeyType());
        QCOMPARE(key.fingerprint, m_sshd->hostKeyFingerprint());
        QCOMPARE(key.port, m_sshd->port());
        QCOMPARE(key.knownHostsFile, m_sshd->knownHostsPath());
    }
    t->close();

    // A stored key is known next time: no question at all.
    TestPrompter second;
    second.hostKeyAnswer = Prompter::HostKeyAnswer::Reject;
    HostConfig again = config();
    again.agentless = true;
    auto t2 = transport(again);
    QCOMPARE(t2->open(&second, {}).ok(), stored);
    QCOMPARE(second.hostKeyQuestions.size(), stored ? 0 : 1);
}

void TestSshTransport::changedHostKeyIsRefusedWithoutAsking() {
    HostConfig cfg = config();
    cfg.agentless = true;
    cfg.acceptNewHostKey = true; // must not matter for a changed key
    // Nor may a ~/.ssh/config that switches strict checking off (libssh would then call every
    // key "known").
    const QString sshDir = QDir::homePath() + u"/.ssh"_s;
    QDir().mkpath(sshDir);
    QFile conf(sshDir + u"/config"_s);
    QVERIFY(conf.open(QIODevice::WriteOnly | QIODevice::Truncate));
    conf.write("Host *\n  StrictHostKeyChecking no\n");
    conf.close();
    struct Remove {
        QString path;
        ~Remove() { QFile::remove(path); }
    } removeConfig{conf.fileName()};
    QVERIFY2(m_sshd->regenerateHostKey(), qPrintable(m_sshd->errorString()));
    TestPrompter prompter;
    prompter.hostKeyAnswer = Prompter::HostKeyAnswer::AcceptAndSave;
    auto t = transport(cfg);
    auto opened = t->open(&prompter, {});
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, Error::Kind::HostKeyChanged);
    QVERIFY(prompter.hostKeyQuestions.isEmpty());
    QVERIFY(opened.error().message.contains(u"changed"_s));
    QVERIFY(opened.error().detail.contains(m_sshd->hostKeyFingerprint()));
    // known_hosts still holds only the old key.
    QFile known(m_sshd->knownHostsPath());
    QVERIFY(known.open(QIODevice::ReadOnly));
    QCOMPARE(known.readAll().count('\n'), 1);
}

void TestSshTransport::unauthorizedKeyIsRefusedWithTheMethodsTried() {
    HostConfig cfg = config();
    cfg.identityFile = m_sshd->generateUnauthorizedKey();
    QVERIFY(!cfg.identityFile.isEmpty());
    TestPrompter prompter;
    auto t = transport(cfg);
    auto opened = t->open(&prompter, {});
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, Error::Kind::AuthenticationFailed);
    QVERIFY2(opened.error().message.contains(u"none, publickey"_s),
             qPrintable(opened.error().message));
    QVERIFY(prompter.secretKinds.isEmpty()); // the server offers no password: nothing to ask
}

void TestSshTransport::passwordIsAskedThroughThePrompter() {
    const QString name = u"ipcst%1"_s.arg(::getpid());
    TestUser user(name, u"right horse battery"_s);
    QVERIFY2(user.created, "useradd/chpasswd failed");
    testssh::SshdFixture sshd({true, {}});
    QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
    QVERIFY(sshd.trustHostKey());

    HostConfig cfg = config();
    cfg.port = sshd.port();
    cfg.user = name;
    cfg.identityFile.clear(); // no key at all: the private HOME has none, there is no agent
    cfg.knownHostsFile = sshd.knownHostsPath();
    TestPrompter prompter;
    prompter.answers = {u"wrong"_s, u"right horse battery"_s};
    SshTransport t(cfg);
    // The fixture's directories belong to root (0700): the user cannot write the cache there.
    t.setRemoteCacheDir(sshd.dir() + u"/cache"_s);
    t.setLocalHelper(QStringLiteral(IPCSCOPE_HELPER_PATH));
    auto opened = t.open(&prompter, {});
    QVERIFY2(opened.ok(),
             opened.ok() ? ""
                         : qPrintable(opened.error().message + u" / "_s + opened.error().detail));
    QCOMPARE(prompter.secretKinds, (QList<Prompter::SecretKind>{Prompter::SecretKind::Password,
                                                                Prompter::SecretKind::Password}));
    QVERIFY(prompter.secretPrompts.first().contains(name));
    // No write access to the cache directory → the reduced read, and it says why.
    QVERIFY(!t.deployment().useHelper);
    QVERIFY2(t.deployment().fallbackReason.contains(u"cannot be written"_s),
             qPrintable(t.deployment().fallbackReason));
    QVERIFY(!t.capabilities().canModify);
    auto snap = t.snapshot({});
    QVERIFY2(snap.ok(), snap.ok() ? "" : qPrintable(snap.error().detail));
    QCOMPARE(snap.value().mode, SnapshotMode::Agentless);
    QCOMPARE(snap.value().host.user, name);
    t.close();

    // A person who cancels the question ends the login, as cancelled.
    TestPrompter cancelling;
    SshTransport t2(cfg);
    auto refused = t2.open(&cancelling, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Cancelled);
}

void TestSshTransport::keyboardInteractiveAsksThePrompter() {
    if (!QFile::exists(u"/etc/pam.d/sshd"_s))
        QSKIP("no PAM configuration for sshd: keyboard-interactive needs PAM");
    const QString name = u"ipcki%1"_s.arg(::getpid());
    TestUser user(name, u"kbd secret"_s);
    QVERIFY2(user.created, "useradd/chpasswd failed");
    // PAM asks the password through keyboard-interactive; plain password auth is off.
    testssh::SshdFixture sshd({false, {u"UsePAM yes"_s, u"KbdInteractiveAuthentication yes"_s}});
    QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
    QVERIFY(sshd.trustHostKey());
    HostConfig cfg = config();
    cfg.port = sshd.port();
    cfg.user = name;
    cfg.identityFile.clear();
    cfg.knownHostsFile = sshd.knownHostsPath();
    cfg.agentless = true;
    TestPrompter prompter;
    prompter.answers = {u"kbd secret"_s};
    SshTransport t(cfg);
    auto opened = t.open(&prompter, {});
    if (!opened)
        qWarning().noquote() << sshd.logTail(30);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().detail));
    QCOMPARE(prompter.secretKinds,
             QList<Prompter::SecretKind>{Prompter::SecretKind::KeyboardInteractive});
    QVERIFY(prompter.secretPrompts.first().contains(u"assword"_s));
    // PAM's password question is not echoed, and the prompter is told so.
    QCOMPARE(prompter.echoes, QList<Prompter::Echo>{Prompter::Echo::Off});
}

void TestSshTransport::keyPassphraseIsAskedThroughThePrompter_data() {
    QTest::addColumn<std::optional<QString>>("answer");
    QTest::addColumn<Error::Kind>("kind"); // Generic: it connects
    QTest::newRow("the right passphrase unlocks the key")
        << std::optional<QString>(u"key pass"_s) << Error::Kind::Generic;
    QTest::newRow("a person who cancels the passphrase question cancels the login")
        << std::optional<QString>() << Error::Kind::Cancelled;
}

void TestSshTransport::keyPassphraseIsAskedThroughThePrompter() {
    QFETCH(std::optional<QString>, answer);
    QFETCH(Error::Kind, kind);
    static QString key; // one key for both rows
    if (key.isEmpty())
        key = m_sshd->generateAuthorizedKey(u"locked_ed25519"_s, u"key pass"_s);
    QVERIFY(!key.isEmpty());
    // Without the public half next to it, libssh must open the private key to try it.
    QFile::remove(key + u".pub"_s);
    HostConfig cfg = config();
    cfg.identityFile = key;
    cfg.agentless = true;
    TestPrompter prompter;
    prompter.answers = {answer};
    auto t = transport(cfg);
    auto opened = t->open(&prompter, {});
    QCOMPARE(prompter.secretKinds.value(0), Prompter::SecretKind::KeyPassphrase);
    if (kind == Error::Kind::Generic) {
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    } else {
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, kind);
    }
}

void TestSshTransport::aWrongPassphraseSkipsTheKeyAndSaysWhichLoggedIn_data() {
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<bool>("skipped");
    QTest::newRow("three wrong passphrases skip the key, and the login names the other key")
        << QStringList{u"wrong"_s, u"still wrong"_s, u"wrong again"_s} << true;
    QTest::newRow("the right passphrase logs in with that key")
        << QStringList{u"second pass"_s} << false;
}

void TestSshTransport::aWrongPassphraseSkipsTheKeyAndSaysWhichLoggedIn() {
    QFETCH(QStringList, answers);
    QFETCH(bool, skipped);
    static QString locked; // one key for both rows
    if (locked.isEmpty())
        locked = m_sshd->generateAuthorizedKey(u"second_locked_ed25519"_s, u"second pass"_s);
    QVERIFY(!locked.isEmpty());
    // A second authorized key, without passphrase, under a default name in the private HOME.
    const QString sshDir = QDir::homePath() + u"/.ssh"_s;
    const QString plain = sshDir + u"/id_ed25519"_s;
    struct RemoveKey {
        QString path;
        ~RemoveKey() {
            QFile::remove(path);
            QFile::remove(path + u".pub"_s);
        }
    } removeKey{plain};
    QVERIFY(QDir().mkpath(sshDir));
    QVERIFY(QFile::copy(m_sshd->clientKeyPath(), plain));
    QVERIFY(QFile::copy(m_sshd->clientKeyPath() + u".pub"_s, plain + u".pub"_s));
    QFile::setPermissions(plain, QFile::ReadOwner | QFile::WriteOwner);

    HostConfig cfg = config();
    cfg.identityFile = locked; // tried first
    cfg.agentless = true;
    TestPrompter prompter;
    for (const QString& a : answers)
        prompter.answers.append(a);
    auto t = transport(cfg);
    auto opened = t->open(&prompter, {});
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    QCOMPARE(prompter.secretKinds.size(), answers.size());
    QCOMPARE(prompter.secretPrompts.first(), u"Passphrase for the key %1:"_s.arg(locked));
    if (skipped) {
        QCOMPARE(prompter.secretPrompts.at(1),
                 u"That passphrase was wrong. Passphrase for the key %1:"_s.arg(locked));
        QCOMPARE(t->capabilities().login,
                 u"Logged in as root with the key ~/.ssh/id_ed25519. The key %1 was skipped: its "
                 "passphrase was wrong."_s.arg(locked));
    } else {
        QCOMPARE(t->capabilities().login, u"Logged in as root with the key %1."_s.arg(locked));
    }
}

void TestSshTransport::aKeyHeldOnlyByTheSshAgentLogsIn() {
    const QString socket = m_sshd->dir() + u"/agent.sock"_s;
    QProcess agent;
    agent.start(u"ssh-agent"_s, {u"-D"_s, u"-a"_s, socket});
    QVERIFY(agent.waitForStarted());
    struct Stop {
        QProcess& p;
        ~Stop() {
            p.kill(); // our own agent, by its QProcess
            p.waitForFinished();
            qunsetenv("SSH_AUTH_SOCK");
        }
    } stop{agent};
    QVERIFY(QTest::qWaitFor([&] { return QFile::exists(socket); }, 5000)); // the agent listens
    QProcess add;
    add.setProcessEnvironment([&] {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SSH_AUTH_SOCK"_s, socket);
        return env;
    }());
    add.start(u"ssh-add"_s, {m_sshd->clientKeyPath()});
    QVERIFY(add.waitForFinished());
    QCOMPARE(add.exitCode(), 0);
    qputenv("SSH_AUTH_SOCK", socket.toLocal8Bit());

    HostConfig cfg = config();
    cfg.identityFile.clear(); // only the agent holds the key
    cfg.agentless = true;
    TestPrompter prompter;
    auto t = transport(cfg);
    auto opened = t->open(&prompter, {});
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    QVERIFY(prompter.secretKinds.isEmpty());
}

void TestSshTransport::sshConfigAliasResolvesAndExplicitOptionsWin() {
    const QString sshDir = QDir::homePath() + u"/.ssh"_s;
    QDir().mkpath(sshDir);
    QFile conf(sshDir + u"/config"_s);
    QVERIFY(conf.open(QIODevice::WriteOnly | QIODevice::Truncate));
    conf.write(u"Host ipcscope-test-alias\n  HostName 127.0.0.1\n  Port %1\n  User nobody\n"
               "  IdentityFile %2\n"_s.arg(m_sshd->port())
                   .arg(m_sshd->clientKeyPath())
                   .toUtf8());
    conf.close();
    struct Remove {
        QString path;
        ~Remove() { QFile::remove(path); }
    } removeConfig{conf.fileName()};

    HostConfig cfg;
    cfg.kind = HostConfig::Kind::Ssh;
    cfg.host = u"ipcscope-test-alias"_s;
    cfg.user = u"root"_s; // explicit: wins over "User nobody"
    cfg.knownHostsFile = m_sshd->knownHostsPath();
    cfg.agentless = true;
    TestPrompter prompter;
    auto t = transport(cfg);
    auto opened = t->open(&prompter, {});
    QVERIFY2(opened.ok(),
             opened.ok() ? ""
                         : qPrintable(opened.error().message + u" / "_s + opened.error().detail));
    QVERIFY(prompter.hostKeyQuestions.isEmpty()); // HostName's key entry matched
    auto snap = t->snapshot({});
    QVERIFY(snap.ok());
    QCOMPARE(snap.value().host.user, u"root"_s);
}

void TestSshTransport::aProxyCommandFromSshConfigCarriesTheConnection() {
    // libssh 0.10 turns ProxyJump into a ProxyCommand running `ssh -W`; this is that path, with
    // the jump's own ssh told explicitly which key and known_hosts to use.
    const QString sshDir = QDir::homePath() + u"/.ssh"_s;
    QDir().mkpath(sshDir);
    QFile conf(sshDir + u"/config"_s);
    QVERIFY(conf.open(QIODevice::WriteOnly | QIODevice::Truncate));
    // HostName does not resolve: only the proxy, which connects to 127.0.0.1 itself, gets there.
    conf.write(u"Host ipcscope-behind-jump\n  HostName ipcscope-jump-target.invalid\n"
               "  Port %1\n"
               "  ProxyCommand ssh -F /dev/null -i %2 -o IdentitiesOnly=yes -o BatchMode=yes "
               "-o UserKnownHostsFile=%3 -o StrictHostKeyChecking=yes -p %1 -W 127.0.0.1:%p "
               "root@127.0.0.1\n"_s.arg(m_sshd->port())
                   .arg(m_sshd->clientKeyPath(), m_sshd->knownHostsPath())
                   .toUtf8());
    conf.close();
    struct Remove {
        QString path;
        ~Remove() { QFile::remove(path); }
    } removeConfig{conf.fileName()};

    HostConfig cfg = config();
    cfg.host = u"ipcscope-behind-jump"_s;
    cfg.port = 0;
    TestPrompter prompter;
    prompter.hostKeyAnswer = Prompter::HostKeyAnswer::AcceptOnce; // known under another name
    auto t = transport(cfg);
    auto opened = t->open(&prompter, {});
    QVERIFY2(opened.ok(),
             opened.ok() ? ""
                         : qPrintable(opened.error().message + u" / "_s + opened.error().detail));
    QCOMPARE(prompter.hostKeyQuestions.size(), 1);
    QCOMPARE(prompter.hostKeyQuestions.first().fingerprint, m_sshd->hostKeyFingerprint());
    auto snap = t->snapshot({});
    QVERIFY(snap.ok());
    QCOMPARE(snap.value().mode, SnapshotMode::Helper);
}

void TestSshTransport::administratorModeUsesSudo_data() {
    QTest::addColumn<bool>("needsPassword");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("works");
    QTest::newRow("passwordless sudo runs the helper as root without asking")
        << false << QString() << true;
    QTest::newRow("sudo that wants a password gets it from the prompter")
        << true << u"s3cret sudo"_s << true;
    QTest::newRow("a wrong sudo password is refused in words") << true << u"not it"_s << false;
}

void TestSshTransport::administratorModeUsesSudo() {
    QFETCH(bool, needsPassword);
    QFETCH(QString, answer);
    QFETCH(bool, works);
    if (!QFile::exists(u"/usr/bin/sudo"_s))
        IPCSCOPE_SKIP_MISSING("sudo is not installed (scripts/deps.sh installs it for the tests)");
    const QString name = u"ipcsu%1"_s.arg(::getpid());
    const SudoUser user(name, needsPassword);
    QVERIFY2(user.ready, "useradd/chpasswd or the sudoers rule failed");

    HostConfig cfg = config();
    cfg.user = name; // logs in with the fixture's key (its authorized_keys serves every user)
    cfg.sudo = true;
    TestPrompter prompter;
    if (!answer.isEmpty())
        prompter.answers = {answer};
    SshTransport t(cfg);
    t.setRemoteCacheDir(u"~/.cache/ipcscope"_s); // in the user's home, removed with it
    t.setLocalHelper(QStringLiteral(IPCSCOPE_HELPER_PATH));
    auto opened = t.open(&prompter, {});
    if (!opened)
        qWarning().noquote() << m_sshd->logTail(200);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().detail));
    QVERIFY(t.deployment().useHelper);
    QVERIFY(t.deployment().remoteDir.startsWith(u"/home/"_s + name));
    QVERIFY(t.capabilities().elevated);
    auto snap = t.snapshot({});
    // A refused password is asked again (here the person then cancels).
    QCOMPARE(prompter.secretKinds.size(), needsPassword ? (works ? 1 : 2) : 0);
    if (needsPassword)
        QCOMPARE(prompter.secretKinds.first(), Prompter::SecretKind::SudoPassword);
    if (!works) {
        QVERIFY(!snap);
        QCOMPARE(snap.error().kind, Error::Kind::PermissionDenied);
        return;
    }
    QVERIFY2(snap.ok(),
             snap.ok() ? "" : qPrintable(snap.error().message + u" / "_s + snap.error().detail));
    QCOMPARE(snap.value().host.euid, 0u); // the helper ran as root
    QCOMPARE(snap.value().mode, SnapshotMode::Helper);
}

// The sudo password is asked once for the life of a session (not on every refresh or helper
// command), kept in memory only, and asked again only when sudo refuses it.
void TestSshTransport::theSudoPasswordIsAskedOncePerSession() {
    if (!QFile::exists(u"/usr/bin/sudo"_s))
        QSKIP("sudo is not installed (scripts/deps.sh installs it for the tests)");
    const QString name = u"ipcso%1"_s.arg(::getpid());
    const SudoUser user(name, true);
    QVERIFY2(user.ready, "useradd/chpasswd or the sudoers rule failed");
    struct Restore {
        QByteArray cache = qgetenv("IPCSCOPE_REMOTE_CACHE");
        ~Restore() { qputenv("IPCSCOPE_REMOTE_CACHE", cache); }
    } restore;
    // The session builds its own transport: the helper goes to the user's home (removed with it).
    qputenv("IPCSCOPE_REMOTE_CACHE", "~/.cache/ipcscope");

    HostConfig cfg = config();
    cfg.user = name;
    cfg.sudo = true;
    TestPrompter prompter;
    prompter.answers = {u"not it"_s, u"s3cret sudo"_s}; // a typo first
    {
        HostSession session(cfg, &prompter);
        for (int i = 0; i < 2; ++i) {
            const std::unique_ptr<RefreshReply> reply = session.refresh();
            QSignalSpy reports(reply.get(), &RefreshReply::finished);
            QSignalSpy failures(reply.get(), &RefreshReply::failed);
            QTRY_VERIFY_WITH_TIMEOUT(!reports.isEmpty() || !failures.isEmpty(), 60000);
            QVERIFY2(failures.isEmpty(),
                     failures.isEmpty()
                         ? ""
                         : qPrintable(failures.first().at(0).value<Error>().message));
            QCOMPARE(reports.first().at(0).value<Report>().snapshot.host.euid, 0u);
        }
        const std::unique_ptr<HelperReply> helper = session.runHelper({u"version"_s}, {});
        QSignalSpy done(helper.get(), &HelperReply::finished);
        QSignalSpy failed(helper.get(), &HelperReply::failed);
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failed.isEmpty(), 60000);
        QVERIFY(failed.isEmpty());
        QCOMPARE(done.first().at(0).value<HelperOutput>().exitCode, 0);
    }
    // Asked twice in all: the typo, refused by sudo, then the password, never again.
    QCOMPARE(prompter.secretKinds,
             (QList<Prompter::SecretKind>{Prompter::SecretKind::SudoPassword,
                                          Prompter::SecretKind::SudoPassword}));
    QVERIFY2(prompter.secretPrompts.at(1).startsWith(u"sudo did not accept the password."_s),
             qPrintable(prompter.secretPrompts.at(1)));
}

// Eight sessions of one account copy the helper into an empty cache at the same time (the All
// servers page refreshing entries of one server), over SFTP and, where the server has no SFTP,
// through the shell: each ends with the helper, none falls back to the agentless read, and one
// file is left. (With one shared .part name, most of them fell back.)
void TestSshTransport::severalSessionsCopyTheHelperAtOnce_data() {
    QTest::addColumn<bool>("sftp");
    QTest::newRow("over SFTP") << true;
    QTest::newRow("through the shell") << false;
}

void TestSshTransport::severalSessionsCopyTheHelperAtOnce() {
    QFETCH(bool, sftp);
    testssh::SshdFixture sshd({false, {}, sftp});
    QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
    QVERIFY(sshd.trustHostKey());
    const HostConfig cfg = config(&sshd);
    const QString cache = sshd.dir() + u"/empty-cache"_s; // nothing deployed there yet
    constexpr int kSessions = 8;
    std::vector<std::unique_ptr<SshTransport>> transports;
    for (int i = 0; i < kSessions; ++i) {
        transports.push_back(transport(cfg));
        transports.back()->setRemoteCacheDir(cache);
    }
    std::vector<std::thread> threads;
    std::atomic<int> withHelper{0};
    QStringList reasons;
    std::mutex reasonsLock;
    for (int i = 0; i < kSessions; ++i) {
        threads.emplace_back([&, i] {
            TestPrompter prompter;
            const Result<bool> opened = transports[size_t(i)]->open(&prompter, {});
            const Deployment& d = transports[size_t(i)]->deployment();
            if (opened && d.useHelper) {
                ++withHelper;
            } else {
                const std::lock_guard lock(reasonsLock);
                reasons << (opened ? d.fallbackReason : opened.error().detail);
            }
        });
    }
    for (std::thread& t : threads)
        t.join();
    QVERIFY2(withHelper == kSessions, qPrintable(reasons.join(u"; "_s)));
    QCOMPARE(QDir(cache).entryList({u"*.part*"_s}, QDir::Files), QStringList());
    QCOMPARE(QDir(cache).entryList({u"helper-*"_s}, QDir::Files).size(), 1);
}

void TestSshTransport::helperIsUploadedReusedAndReplacedAfterTampering() {
    QDir(remoteCache()).removeRecursively();
    TestPrompter prompter;
    QString remotePath;
    {
        auto t = transport(config());
        QVERIFY(t->open(&prompter, {}).ok());
        QVERIFY(t->deployment().useHelper);
        QVERIFY(t->deployment().uploaded);
        remotePath = t->deployment().remotePath();
        QVERIFY(remotePath.startsWith(remoteCache()));
        QVERIFY(QFileInfo(remotePath).fileName().startsWith(u"helper-"_s));
    }
    QCOMPARE(sha256File(remotePath), sha256File(QStringLiteral(IPCSCOPE_HELPER_PATH)));
    QCOMPARE(QFileInfo(remoteCache()).permissions() & 0x7777,
             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser |
                 QFile::WriteUser | QFile::ExeUser);
    // No .part file is left behind (each upload has one of its own).
    QCOMPARE(QDir(remoteCache()).entryList({u"*.part*"_s}, QDir::Files), QStringList());
    struct stat first {};
    QCOMPARE(::stat(remotePath.toLocal8Bit().constData(), &first), 0);
    QCOMPARE(first.st_mode & 07777, mode_t(0700));

    // Second connection: the same file is used, not copied again.
    {
        auto t = transport(config());
        QVERIFY(t->open(&prompter, {}).ok());
        QVERIFY(t->deployment().useHelper);
        QVERIFY(!t->deployment().uploaded);
        QVERIFY(t->snapshot({}).ok());
    }
    struct stat second {};
    QCOMPARE(::stat(remotePath.toLocal8Bit().constData(), &second), 0);
    QCOMPARE(second.st_ino, first.st_ino);
    QCOMPARE(second.st_mtim.tv_nsec, first.st_mtim.tv_nsec);
    QCOMPARE(second.st_mtim.tv_sec, first.st_mtim.tv_sec);

    // Someone changes the file: the next connection replaces it with ours.
    {
        QFile f(remotePath);
        QVERIFY(f.open(QIODevice::Append));
        f.write("tampered");
    }
    {
        auto t = transport(config());
        QVERIFY(t->open(&prompter, {}).ok());
        QVERIFY(t->deployment().uploaded);
        QVERIFY(t->snapshot({}).ok());
    }
    QCOMPARE(sha256File(remotePath), sha256File(QStringLiteral(IPCSCOPE_HELPER_PATH)));
}

void TestSshTransport::tamperingAfterOpenIsCaughtBeforeAnElevatedRun() {
    // Logged in as root, every run is elevated: the hash is checked in the same command.
    TestPrompter prompter;
    HostConfig cfg = config();
    cfg.sudo = true;
    auto t = transport(cfg);
    QVERIFY(t->open(&prompter, {}).ok());
    QVERIFY(t->capabilities().elevated);
    const QString remotePath = t->deployment().remotePath();
    {
        QFile f(remotePath);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("#!/bin/sh\necho '{\"schema\":\"evil\"}'\n");
    }
    auto snap = t->snapshot({});
    QVERIFY2(snap.ok(),
             snap.ok() ? "" : qPrintable(snap.error().message + u" / "_s + snap.error().detail));
    QCOMPARE(snap.value().mode, SnapshotMode::Helper);
    QCOMPARE(sha256File(remotePath), sha256File(QStringLiteral(IPCSCOPE_HELPER_PATH)));
}

void TestSshTransport::agentlessReadFindsTheTestsObjects() {
    const key_t semKey = testipc::uniqueKey(1), shmKey = testipc::uniqueKey(2),
                msgKey = testipc::uniqueKey(3);
    testipc::SemSet sem(semKey, 3, 0640);
    testipc::ShmSegment shm(shmKey, 8192, 0600);
    testipc::MsgQueue msg(msgKey, 0644);
    QVERIFY(sem.id >= 0 && shm.id >= 0 && msg.id >= 0);
    QVERIFY(msg.send(1, "hello", 5));
    testipc::Child attached([&] { ::shmat(shm.id, nullptr, SHM_RDONLY); });

    HostConfig cfg = config();
    cfg.agentless = true;
    TestPrompter prompter;
    auto t = transport(cfg);
    QVERIFY(t->open(&prompter, {}).ok());
    QVERIFY(!t->capabilities().fullDetail);
    QVERIFY(!t->capabilities().canModify);
    auto helperRun = t->runHelper({u"snapshot"_s}, {}, {});
    QVERIFY(!helperRun);
    QCOMPARE(helperRun.error().kind, Error::Kind::HelperFailed);

    auto snap = t->snapshot({});
    QVERIFY2(snap.ok(), snap.ok() ? "" : qPrintable(snap.error().detail));
    const Snapshot& s = snap.value();
    QCOMPARE(s.mode, SnapshotMode::Agentless);
    QVERIFY(std::any_of(s.warnings.cbegin(), s.warnings.cend(), [](const Warning& w) {
        return w.code == u"agentless"_s && w.message.startsWith(u"reduced detail"_s);
    }));
    const SemaphoreSet* set = findSem(s, quint32(semKey));
    QVERIFY(set);
    QCOMPARE(set->id, qint64(sem.id));
    QCOMPARE(set->nsems, 3);
    QCOMPARE(set->perms, 0640u);
    QCOMPARE(set->owner, u"root"_s);
    QVERIFY(!set->detail);
    const SharedMemorySegment* seg = findShm(s, quint32(shmKey));
    QVERIFY(seg);
    QCOMPARE(seg->size, quint64(8192));
    QCOMPARE(seg->nattch, qint64(1));
    QCOMPARE(seg->lpid, qint64(attached.pid));
    const MessageQueue* queue = findMsg(s, quint32(msgKey));
    QVERIFY(queue);
    QCOMPARE(queue->qnum, quint64(1));
    QCOMPARE(queue->cbytes, quint64(5));
    QCOMPARE(queue->lspid, qint64(::getpid()));

    // The referenced processes are there, alive, with the right start time as the helper sees it.
    auto local = localSnapshot();
    QVERIFY(local.ok());
    for (qint64 pid : {qint64(attached.pid), qint64(::getpid())}) {
        auto found = std::find_if(s.processes.cbegin(), s.processes.cend(),
                                  [&](const Process& p) { return p.pid == pid; });
        auto helperSide =
            std::find_if(local.value().processes.cbegin(), local.value().processes.cend(),
                         [&](const Process& p) { return p.pid == pid; });
        QVERIFY(found != s.processes.cend());
        QVERIFY(helperSide != local.value().processes.cend());
        QVERIFY(found->alive);
        QCOMPARE(found->comm, helperSide->comm);
        QCOMPARE(found->uid, helperSide->uid);
        QVERIFY(found->startTime && helperSide->startTime);
        QVERIFY(qAbs(*found->startTime - *helperSide->startTime) < 0.02);
    }
    QCOMPARE(s.limits.semmni, local.value().limits.semmni);
    QCOMPARE(s.limits.shmmax, local.value().limits.shmmax);
    QCOMPARE(s.limits.msgmnb, local.value().limits.msgmnb);
    QCOMPARE(s.limits.mqQueuesMax, local.value().limits.mqQueuesMax);
    QCOMPARE(s.host.bootId, local.value().host.bootId);
    QCOMPARE(s.host.kernel, local.value().host.kernel);
    QCOMPARE(s.host.ipcNamespace, local.value().host.ipcNamespace);
    QCOMPARE(s.host.pageSize, local.value().host.pageSize);
    QCOMPARE(s.host.clockTicks, local.value().host.clockTicks);
    // The System V fields and names come out as the helper's (the same parsers read them).
    const SemaphoreSet* helperSet = findSem(local.value(), quint32(semKey));
    const SharedMemorySegment* helperSeg = findShm(local.value(), quint32(shmKey));
    const MessageQueue* helperQueue = findMsg(local.value(), quint32(msgKey));
    QVERIFY(helperSet && helperSeg && helperQueue);
    COMPARE_VALUES(static_cast<const SysvCommon&>(*set),
                   static_cast<const SysvCommon&>(*helperSet));
    COMPARE_VALUES(static_cast<const SysvCommon&>(*seg),
                   static_cast<const SysvCommon&>(*helperSeg));
    COMPARE_VALUES(static_cast<const SysvCommon&>(*queue),
                   static_cast<const SysvCommon&>(*helperQueue));
    QVERIFY(!s.users.isEmpty());
    QVERIFY(std::any_of(s.programs.cbegin(), s.programs.cend(),
                        [](const Program& p) { return p.comm == u"sshd"_s; }));
}

void TestSshTransport::noexecCacheFallsBackToAgentless() {
    NoexecMount mount(m_sshd->dir() + u"/noexec-cache"_s);
    if (!mount.mounted)
        QSKIP("cannot mount a tmpfs here (no CAP_SYS_ADMIN in this container)");
    TestPrompter prompter;
    auto t = transport(config());
    t->setRemoteCacheDir(mount.path);
    auto opened = t->open(&prompter, {});
    QVERIFY(opened.ok());
    QVERIFY(!t->deployment().useHelper);
    QVERIFY2(t->deployment().fallbackReason.contains(u"noexec"_s),
             qPrintable(t->deployment().fallbackReason));
    auto snap = t->snapshot({});
    QVERIFY(snap.ok());
    QCOMPARE(snap.value().mode, SnapshotMode::Agentless);
    QVERIFY(snap.value().warnings.first().message.contains(u"noexec"_s));
}

// A new user's sshd had no sftp subsystem: the helper goes through the shell instead, so the
// full view stays (the agentless reader is for servers where the helper cannot run at all).
void TestSshTransport::aServerWithoutSftpGetsTheHelperThroughTheShell() {
    testssh::SshdFixture sshd({false, {}, false});
    QVERIFY2(sshd.start(), qPrintable(sshd.errorString()));
    QVERIFY(sshd.trustHostKey());
    const HostConfig cfg = config(&sshd);
    TestPrompter prompter;
    auto t = transport(cfg);
    t->setRemoteCacheDir(sshd.dir() + u"/empty-cache"_s); // nothing deployed there yet
    auto opened = t->open(&prompter, {});
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().detail));
    QVERIFY2(t->deployment().useHelper, qPrintable(t->deployment().fallbackReason));
    QVERIFY(t->deployment().uploaded);
    QVERIFY(QFileInfo(t->deployment().remotePath()).isExecutable());
    QCOMPARE(QDir(sshd.dir() + u"/empty-cache"_s).entryList({u"*.part*"_s}, QDir::Files),
             QStringList());
    auto snap = t->snapshot({});
    QVERIFY(snap.ok());
    QCOMPARE(snap.value().mode, SnapshotMode::Helper);
}

void TestSshTransport::connectionKilledDuringASnapshotGivesACleanError() {
    const key_t key = testipc::uniqueKey(4);
    testipc::SemSet sem(key, 1);
    QVERIFY(sem.id >= 0);
    TestPrompter prompter;
    auto t = transport(config());
    QVERIFY(t->open(&prompter, {}).ok());
    auto first = t->snapshot({});
    QVERIFY(first.ok());
    const Snapshot kept = first.value();

    // Freeze the server side of our connection, start a snapshot that waits for it, then kill
    // the server side: the connection breaks in the middle of the request.
    const QList<qint64> serving = m_sshd->sessionPids();
    QVERIFY(!serving.isEmpty());
    for (qint64 pid : serving)
        ::kill(pid_t(pid), SIGSTOP);
    const qint64 unreadBefore = unreadAtServer(m_sshd->port());
    std::optional<Result<Snapshot>> second;
    std::thread worker([&] { second = t->snapshot({}); });
    // The request has reached the frozen server when its unread bytes grow.
    const bool reached =
        QTest::qWaitFor([&] { return unreadAtServer(m_sshd->port()) > unreadBefore; }, 10000);
    m_sshd->killSessions();
    worker.join();
    QVERIFY(reached);

    QVERIFY(second.has_value());
    QVERIFY(!second->ok());
    QCOMPARE(second->error().kind, Error::Kind::ConnectionLost);
    QVERIFY(!second->error().message.isEmpty());
    QVERIFY(!t->isOpen());
    // Further use says the same, without crashing.
    auto third = t->snapshot({});
    QVERIFY(!third);
    QCOMPARE(third.error().kind, Error::Kind::ConnectionLost);
    // The earlier snapshot is untouched.
    QVERIFY(findSem(kept, quint32(key)));
    QCOMPARE(kept.objectCount(), first.value().objectCount());
    // And a new connection works again.
    QVERIFY(t->open(&prompter, {}).ok());
    QVERIFY(t->snapshot({}).ok());
}

void TestSshTransport::snapshotWaitingForAFrozenServerCanBeCancelled() {
    TestPrompter prompter;
    HostConfig cfg = config();
    cfg.connectTimeoutSeconds = 600; // only the token can end the wait
    auto t = transport(cfg);
    QVERIFY(t->open(&prompter, {}).ok());
    const QList<qint64> serving = m_sshd->sessionPids();
    QVERIFY(!serving.isEmpty());
    struct Thaw {
        QList<qint64> pids;
        ~Thaw() {
            for (qint64 pid : pids)
                ::kill(pid_t(pid), SIGCONT);
        }
    } thaw{serving};
    for (qint64 pid : serving)
        ::kill(pid_t(pid), SIGSTOP);
    const qint64 unreadBefore = unreadAtServer(m_sshd->port());

    CancelToken cancel;
    std::optional<Result<Snapshot>> result;
    std::thread worker([&] { result = t->snapshot(cancel); });
    // Cancel once the request is at the frozen server, i.e. while the client waits for its answer.
    const bool reached =
        QTest::qWaitFor([&] { return unreadAtServer(m_sshd->port()) > unreadBefore; }, 10000);
    cancel.cancel();
    worker.join();
    QVERIFY(reached);
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, Error::Kind::Cancelled);
}

void TestSshTransport::unreachableServer_data() {
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<Error::Kind>("kind");
    QTest::newRow("a closed port is refused")
        << u"127.0.0.1"_s << closedPort() << Error::Kind::ConnectionRefused;
    QTest::newRow("a port that never answers times out")
        << u"127.0.0.1"_s << -1 << Error::Kind::Timeout;
    QTest::newRow("a name that does not exist is not found")
        << u"no-such-host.invalid"_s << 22 << Error::Kind::HostNotFound;
}

void TestSshTransport::unreachableServer() {
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(Error::Kind, kind);
    SilentListener silent;
    HostConfig cfg = config();
    cfg.host = host;
    cfg.port = port == -1 ? silent.port : port;
    cfg.connectTimeoutSeconds = 1;
    TestPrompter prompter;
    auto t = transport(cfg);
    auto opened = t->open(&prompter, {});
    QVERIFY(!opened);
    QVERIFY2(opened.error().kind == kind,
             qPrintable(opened.error().message + u" / "_s + opened.error().detail));
    QVERIFY(!opened.error().message.isEmpty());
    QVERIFY(prompter.hostKeyQuestions.isEmpty());
}

void TestSshTransport::cancelledBeforeConnecting() {
    CancelToken cancel;
    cancel.cancel();
    TestPrompter prompter;
    SilentListener silent; // would wait for the whole timeout if the token were ignored
    HostConfig cfg = config();
    cfg.port = silent.port;
    cfg.connectTimeoutSeconds = 600;
    auto t = transport(cfg);
    auto opened = t->open(&prompter, cancel);
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, Error::Kind::Cancelled);
}

void TestSshTransport::snapshotOverSshEqualsTheLocalOne() {
    const key_t semKey = testipc::uniqueKey(5), shmKey = testipc::uniqueKey(6),
                msgKey = testipc::uniqueKey(7);
    testipc::SemSet sem(semKey, 4, 0660);
    testipc::ShmSegment shm(shmKey, 65536, 0640);
    testipc::MsgQueue msg(msgKey, 0600);
    QVERIFY(sem.id >= 0 && shm.id >= 0 && msg.id >= 0);
    for (int i = 0; i < 4; ++i)
        QVERIFY(sem.setValue(i, 10 * i + 1));
    QVERIFY(msg.send(2, "abc", 3));

    TestPrompter prompter;
    auto t = transport(config());
    QVERIFY(t->open(&prompter, {}).ok());
    QVERIFY(t->deployment().useHelper);
    auto remote = t->snapshot({});
    auto local = localSnapshot();
    QVERIFY2(remote.ok(), remote.ok() ? "" : qPrintable(remote.error().detail));
    QVERIFY(local.ok());
    QCOMPARE(remote.value().mode, SnapshotMode::Helper);

    const SemaphoreSet* rs = findSem(remote.value(), quint32(semKey));
    const SemaphoreSet* ls = findSem(local.value(), quint32(semKey));
    QVERIFY(rs && ls);
    QCOMPARE(rs->id, ls->id);
    QCOMPARE(rs->perms, ls->perms);
    QCOMPARE(rs->nsems, 4);
    QVERIFY(rs->detail);
    QCOMPARE(rs->sems.size(), ls->sems.size());
    for (qsizetype i = 0; i < rs->sems.size(); ++i)
        QCOMPARE(rs->sems.at(i).value, ls->sems.at(i).value);
    QCOMPARE(rs->sems.at(3).value, 31);

    const SharedMemorySegment* rm = findShm(remote.value(), quint32(shmKey));
    const SharedMemorySegment* lm = findShm(local.value(), quint32(shmKey));
    QVERIFY(rm && lm);
    QCOMPARE(rm->id, lm->id);
    QCOMPARE(rm->perms, lm->perms);
    QCOMPARE(rm->size, lm->size);

    const MessageQueue* rq = findMsg(remote.value(), quint32(msgKey));
    const MessageQueue* lq = findMsg(local.value(), quint32(msgKey));
    QVERIFY(rq && lq);
    QCOMPARE(rq->id, lq->id);
    QCOMPARE(rq->perms, lq->perms);
    QCOMPARE(rq->qnum, lq->qnum);
    QCOMPARE(rq->cbytes, lq->cbytes);
    QCOMPARE(remote.value().host.bootId, local.value().host.bootId);
}

void TestSshTransport::aHostSessionOverSshDeliversAReport() {
    // The session builds its transport itself: the fixture's usePrivateHome() pointed the remote
    // cache at its own directory through the environment.
    QCOMPARE(qEnvironmentVariable("IPCSCOPE_REMOTE_CACHE"), remoteCache());
    const key_t key = testipc::uniqueKey(8);
    testipc::SemSet sem(key, 2);
    QVERIFY(sem.id >= 0);
    TestPrompter prompter;
    HostSession session(config(), &prompter);
    const std::unique_ptr<RefreshReply> reply = session.refresh();
    QSignalSpy reports(reply.get(), &RefreshReply::finished);
    QSignalSpy failures(reply.get(), &RefreshReply::failed);
    QVERIFY(reports.wait(60000) || !failures.isEmpty());
    QVERIFY2(failures.isEmpty(),
             failures.isEmpty() ? "" : qPrintable(failures.first().at(0).value<Error>().detail));
    const Report report = reports.first().at(0).value<Report>();
    QCOMPARE(report.snapshot.mode, SnapshotMode::Helper);
    QVERIFY(findSem(report.snapshot, quint32(key)));
    QVERIFY(session.capabilities().canModify);
}

// A "helper" on the server that never stops writing: /usr/bin/yes (an executable of this
// machine's architecture, so the deployer uploads and runs it as the helper). The read stops at
// the limit, the channel is closed (which ends the remote yes), and the error says so.
void TestSshTransport::endlessOutputOverSshIsStoppedAtTheLimit() {
    const QString yes = QStandardPaths::findExecutable(u"yes"_s);
    if (yes.isEmpty())
        IPCSCOPE_SKIP_MISSING("yes (coreutils) is missing");
    QDir(remoteCache()).removeRecursively();
    TestPrompter prompter;
    SshTransport t(config());
    t.setRemoteCacheDir(remoteCache());
    t.setLocalHelper(yes);
    t.setOutputLimit(1 << 20);
    QVERIFY(t.open(&prompter, {}).ok());
    QVERIFY2(t.deployment().useHelper, qPrintable(t.deployment().fallbackReason));
    const QString remotePath = t.deployment().remotePath();
    for (const bool asSnapshot : {false, true}) {
        Error error;
        if (asSnapshot) {
            auto snap = t.snapshot({});
            QVERIFY(!snap.ok());
            error = snap.error();
        } else {
            auto run = t.runHelper({u"snapshot"_s}, {}, {});
            QVERIFY(!run.ok());
            error = run.error();
        }
        QCOMPARE(error.kind, Error::Kind::HelperFailed);
        QVERIFY2(error.message.contains(u"exceeded 1 MiB"_s), qPrintable(error.message));
    }
    // The remote writers end once their channel is closed.
    const auto remoteYesRunning = [&remotePath] {
        for (const QString& pid : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
            if (QFileInfo(u"/proc/"_s + pid + u"/exe"_s).symLinkTarget() == remotePath)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(!remoteYesRunning(), 20000);
    t.close();
    QDir(remoteCache()).removeRecursively();
}

QTEST_GUILESS_MAIN(TestSshTransport)
#include "tst_sshtransport.moc"
