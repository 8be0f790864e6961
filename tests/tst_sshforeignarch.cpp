// SPDX-License-Identifier: GPL-3.0-or-later
// Servers of other processors over SSH: the deployer sends the helper that the server's
// `uname -m` names. The test's own sshd gives its sessions a PATH whose first directory holds a
// `uname` that answers -m with the machine written in a file of the test (sshd_config `SetEnv`);
// for aarch64 a binfmt_misc entry of this test (removed at the end) runs the uploaded aarch64
// helper under qemu-aarch64-static, so the deployed binary really runs and its snapshot is read.
// Architectures without a helper in the installation get the agentless read and say why.
#include "core/hostconfig.h"
#include "requireall.h"
#include "ssh/helperdeployer.h"
#include "ssh/sshtransport.h"
#include "sshdfixture.h"
#include "testipc.h"
#include "transport/helperlocator.h"
#include "transport/prompter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace ipcscope;

namespace {

class NoQuestions : public Prompter {
public:
    HostKeyAnswer unknownHostKey(const HostKeyInfo&) override { return HostKeyAnswer::Reject; }
    std::optional<QString> secret(SecretKind, const QString&, Echo) override {
        return std::nullopt;
    }
};

const QString kBinfmtName = u"ipcscope-test-aarch64"_s;

// A binfmt_misc entry of this test: aarch64 ELF executables run under qemu-aarch64-static (F:
// the interpreter is opened at registration). A shell in a mount namespace of its own mounts
// binfmt_misc (the machine's mounts stay as they are), registers the entry and holds the mount
// while the test needs it: the kernel drops the entry with the mount. Closing the shell's stdin
// removes the entry and ends it.
struct Aarch64Binfmt {
    QProcess holder;
    bool registered = false;
    explicit Aarch64Binfmt(const QString& qemu) {
        const QString entry = u"/proc/sys/fs/binfmt_misc/"_s + kBinfmtName;
        holder.start(
            u"unshare"_s,
            {u"--mount"_s, u"sh"_s, u"-c"_s,
             u"mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc || exit 1; "_s
             u"printf '%s' ':"_s +
                 kBinfmtName +
                 uR"(:M::\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\xb7\x00:)"
                 uR"(\xff\xff\xff\xff\xff\xff\xff\x00\xff\xff\xff\xff\xff\xff\xff\xff\xfe\xff\xff\xff:)"_s +
                 qemu +
                 u":F' > /proc/sys/fs/binfmt_misc/register || exit 1; echo ready; read x; "_s
                 u"echo -1 > "_s +
                 entry});
        while (holder.waitForReadyRead(10000))
            if (holder.readAllStandardOutput().contains("ready")) {
                registered = true;
                break;
            }
    }
    ~Aarch64Binfmt() {
        holder.closeWriteChannel();
        if (!holder.waitForFinished(10000)) {
            holder.kill();
            holder.waitForFinished();
        }
    }
    Aarch64Binfmt(const Aarch64Binfmt&) = delete;
    Aarch64Binfmt& operator=(const Aarch64Binfmt&) = delete;
};

QByteArray sha256(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QString crossHelper(const QString& arch) {
    return QFileInfo(QStringLiteral(IPCSCOPE_HELPER_PATH)).absolutePath() + u'/' +
           crossHelperFileName(arch);
}

} // namespace

class TestSshForeignArch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void anAarch64ServerGetsTheAarch64Helper();
    void aServerWithoutAHelperHereIsReadAgentless_data();
    void aServerWithoutAHelperHereIsReadAgentless();

private:
    bool setMachine(const QString& machine);
    std::unique_ptr<SshTransport> transport(const QString& localHelper) const;

    QTemporaryDir m_fake; // bin/uname and the machine it answers
    std::unique_ptr<testssh::SshdFixture> m_sshd;
    QString m_machineFile;
};

void TestSshForeignArch::initTestCase() {
    if (::geteuid() != 0)
        QSKIP("needs root: the test starts its own sshd on 127.0.0.1");
    if (!QFile::exists(u"/usr/sbin/sshd"_s))
        IPCSCOPE_SKIP_MISSING("/usr/sbin/sshd is missing (install openssh-server)");
    QVERIFY(m_fake.isValid());
    QVERIFY(QFile::setPermissions(
        m_fake.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                           QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup));
    const QString bin = m_fake.filePath(u"bin"_s);
    m_machineFile = m_fake.filePath(u"machine"_s);
    QVERIFY(QDir().mkpath(bin));
    QFile uname(bin + u"/uname"_s);
    QVERIFY(uname.open(QIODevice::WriteOnly));
    uname.write("#!/bin/sh\n# uname -m answers what the test wrote; the rest is the real uname.\n"
                "if [ \"$1\" = -m ]; then cat '" +
                m_machineFile.toUtf8() + "'; else exec /bin/uname \"$@\"; fi\n");
    uname.close();
    QVERIFY(uname.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                 QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup |
                                 QFile::ExeGroup));
    QVERIFY(setMachine(u"aarch64"_s));
    // The sessions' PATH starts with the fake uname (sshd_config SetEnv wins over sshd's default).
    testssh::SshdFixture::Options options;
    options.extraConfig << u"SetEnv PATH=%1:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin"_s.arg(
        bin);
    m_sshd = std::make_unique<testssh::SshdFixture>(options);
    QVERIFY2(m_sshd->start(), qPrintable(m_sshd->errorString()));
    m_sshd->usePrivateHome();
    QVERIFY(m_sshd->trustHostKey());
}

void TestSshForeignArch::cleanupTestCase() {
    m_sshd.reset();
}

bool TestSshForeignArch::setMachine(const QString& machine) {
    QFile f(m_machineFile);
    return f.open(QIODevice::WriteOnly) && f.write(machine.toUtf8() + '\n') > 0;
}

std::unique_ptr<SshTransport> TestSshForeignArch::transport(const QString& localHelper) const {
    HostConfig c;
    c.kind = HostConfig::Kind::Ssh;
    c.host = u"127.0.0.1"_s;
    c.user = u"root"_s;
    c.port = m_sshd->port();
    c.identityFile = m_sshd->clientKeyPath();
    c.knownHostsFile = m_sshd->knownHostsPath();
    c.connectTimeoutSeconds = 10;
    auto t = std::make_unique<SshTransport>(c);
    t->setRemoteCacheDir(m_sshd->remoteCacheDir());
    t->setLocalHelper(localHelper);
    return t;
}

// uname -m says aarch64: the aarch64 helper is uploaded, runs there (under qemu through the
// test's binfmt_misc entry) and its snapshot is read, with the test's own objects in it.
void TestSshForeignArch::anAarch64ServerGetsTheAarch64Helper() {
    if (!builtHelperArchitectures().contains(u"aarch64"_s))
        IPCSCOPE_SKIP_MISSING("this build has no aarch64 helper (install g++-aarch64-linux-gnu)");
    const QString qemu = QStandardPaths::findExecutable(u"qemu-aarch64-static"_s);
    if (qemu.isEmpty())
        IPCSCOPE_SKIP_MISSING("qemu-aarch64-static is missing (install qemu-user-static)");
    Aarch64Binfmt binfmt(qemu);
    if (!binfmt.registered)
        QSKIP("binfmt_misc cannot be mounted or written here");
    QVERIFY(setMachine(u"aarch64"_s));
    testipc::SemSet set(testipc::uniqueKey(1), 2);
    QVERIFY(set.id >= 0);

    NoQuestions prompter;
    auto t = transport(QStringLiteral(IPCSCOPE_HELPER_PATH));
    auto opened = t->open(&prompter, {});
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().detail));
    const Deployment& d = t->deployment();
    QCOMPARE(d.arch, u"aarch64"_s);
    QVERIFY2(d.useHelper, qPrintable(d.fallbackReason));
    QCOMPARE(d.localPath, crossHelper(u"aarch64"_s));
    QCOMPARE(d.sha256, sha256(crossHelper(u"aarch64"_s)));
    QCOMPARE(sha256(d.remotePath()), sha256(crossHelper(u"aarch64"_s)));

    auto snap = t->snapshot({});
    QVERIFY2(snap.ok(), snap.ok() ? "" : qPrintable(snap.error().message));
    const Snapshot& s = snap.value();
    QCOMPARE(s.mode, SnapshotMode::Helper);
    QCOMPARE(s.host.arch, u"aarch64"_s); // qemu's uname(), so the aarch64 helper surely ran
    QVERIFY(std::any_of(s.warnings.cbegin(), s.warnings.cend(),
                        [](const Warning& w) { return w.code == u"emulated"_s; }));
    QVERIFY(std::any_of(s.semaphores.cbegin(), s.semaphores.cend(), [&](const SemaphoreSet& sem) {
        return sem.id == set.id && sem.nsems == 2 && sem.sems.size() == 2;
    }));
}

void TestSshForeignArch::aServerWithoutAHelperHereIsReadAgentless_data() {
    QTest::addColumn<QString>("machine");
    QTest::addColumn<bool>("onlyTheOwnHelper");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a processor IPC Scope has no helper for")
        << u"riscv64"_s << false
        << u"IPC Scope has no helper for the server's processor (riscv64); reading with standard "
           "tools instead"_s;
    QTest::newRow("an installation that lost its s390x helper")
        << u"s390x"_s << true << u"the helper for s390x is missing from this installation"_s;
}

void TestSshForeignArch::aServerWithoutAHelperHereIsReadAgentless() {
    QFETCH(QString, machine);
    QFETCH(bool, onlyTheOwnHelper);
    QFETCH(QString, reason);
    QVERIFY(setMachine(machine));
    // An installation with nothing but this machine's own helper.
    QTemporaryDir alone;
    const QString own = alone.filePath(u"ipcscope-helper"_s);
    QVERIFY(QFile::copy(QStringLiteral(IPCSCOPE_HELPER_PATH), own));
    NoQuestions prompter;
    auto t = transport(onlyTheOwnHelper ? own : QStringLiteral(IPCSCOPE_HELPER_PATH));
    auto opened = t->open(&prompter, {});
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().detail));
    QVERIFY(!t->deployment().useHelper);
    QVERIFY2(t->deployment().fallbackReason.startsWith(reason),
             qPrintable(t->deployment().fallbackReason));
    auto snap = t->snapshot({});
    QVERIFY(snap.ok());
    QCOMPARE(snap.value().mode, SnapshotMode::Agentless);
    QVERIFY2(snap.value().warnings.first().message.contains(reason),
             qPrintable(snap.value().warnings.first().message));
}

QTEST_GUILESS_MAIN(TestSshForeignArch)
#include "tst_sshforeignarch.moc"
