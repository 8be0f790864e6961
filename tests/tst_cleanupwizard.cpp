// SPDX-License-Identifier: GPL-3.0-or-later
// The cleanup wizard walked end to end offscreen on this machine, through its real widgets found
// by objectName: an orphaned set and a segment attached by a live child; "force" declined once,
// then confirmed in its second dialog (answered through DialogRunner's test hook); the host name
// typed to confirm; a second orphan ticked by its owner; all removed, the results and the audit
// log checked. Then an Apache mutex left behind is cleaned and the after-care page offers to
// start apache2, showing what this machine's systemctl said.
#include "cleanup/cleanupwizard.h"
#include "cleanup/servicestarter.h"
#include "dialoganswers.h"
#include "dialogs/dialoghook.h"
#include "ipcnsholder.h"
#include "session/hostsession.h"
#include "testipc.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <QtTest>
#include <optional>

#include <pwd.h>

using namespace Qt::StringLiterals;
using namespace ipcscope;

namespace {

// A uid that runs no process here: semaphore sets last used by it are judged orphaned.
constexpr uid_t IdleUid = 54331;

std::optional<ObjectRef> findSysv(const Report& r, ObjectType type, qint64 id) {
    for (const ObjectVerdict& v : r.objects) {
        if (v.ref.type == type && v.ref.id == id)
            return v.ref;
    }
    return std::nullopt;
}

// By key: ids repeat across object types (a fresh IPC namespace starts every type at 0).
// One refresh of the session, waited for; nullopt when no report came within a minute.
std::optional<Report> readHost(HostSession& session) {
    const std::unique_ptr<RefreshReply> reply = session.refresh();
    QSignalSpy ready(reply.get(), &RefreshReply::finished);
    while (ready.isEmpty()) {
        if (!ready.wait(60000))
            return std::nullopt;
    }
    return ready.first().at(0).value<Report>();
}

QTreeWidgetItem* rowFor(QTreeWidget* tree, key_t key) {
    const QString needle = u"(key 0x%1)"_s.arg(quint32(key), 8, 16, QLatin1Char('0'));
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).contains(needle))
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TestCleanupWizard : public QObject {
    Q_OBJECT
private slots:
    void walkThroughWithForce();
    void aContainersObjectsAreRemovedInItsNamespace();
    void anObjectRemovedSinceTheSnapshotIsAlreadyGone();
    void afterCareOffersToStartApache();
    void pagesFitAndTheEndLeavesOnlyFinish();
    void cleanup() { DialogRunner::testHook = nullptr; }
};

void TestCleanupWizard::walkThroughWithForce() {
    testipc::OrphanSem orphan(testipc::uniqueKey(1), IdleUid);
    QVERIFY(orphan.id >= 0);
    testipc::OrphanSem sibling(testipc::uniqueKey(3),
                               IdleUid); // not pre-selected: ticked by owner below
    QVERIFY(sibling.id >= 0);
    testipc::ShmSegment seg(testipc::uniqueKey(2), 4096);
    QVERIFY(seg.id >= 0);
    testipc::Child user([&] { shmat(seg.id, nullptr, SHM_RDONLY); });
    QVERIFY(user.pid > 0);

    HostSession session(HostConfig{});
    const std::optional<Report> read = readHost(session);
    QVERIFY2(read, "the host was not read within a minute");
    const Report& report = *read;
    const auto orphanRef = findSysv(report, ObjectType::Semaphore, orphan.id);
    const auto segRef = findSysv(report, ObjectType::SharedMemory, seg.id);
    QVERIFY(orphanRef && segRef);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString logPath = dir.filePath(u"audit.jsonl"_s);
    CleanupWizard wizard(&session, report, {*orphanRef, *segRef});
    wizard.setAuditLogPath(logPath);
    wizard.show();

    // Choose: both pre-selected.
    QCOMPARE(wizard.currentId(), int(CleanupWizard::ChoosePage));
    auto* chooseList = wizard.findChild<QTreeWidget*>(u"chooseList"_s);
    QVERIFY(chooseList);
    QCOMPARE(rowFor(chooseList, testipc::uniqueKey(1))->checkState(0), Qt::Checked);
    QCOMPARE(rowFor(chooseList, testipc::uniqueKey(2))->checkState(0), Qt::Checked);
    QCOMPARE(rowFor(chooseList, testipc::uniqueKey(3))->checkState(0), Qt::Unchecked);
    // "All orphaned of this owner".
    auto* groups = wizard.findChild<QComboBox*>(u"tickGroupCombo"_s);
    QVERIFY(groups);
    const int ownerEntry = groups->findData(QString::number(IdleUid), Qt::UserRole);
    QVERIFY(ownerEntry > 0);
    emit groups->activated(ownerEntry);
    QCOMPARE(rowFor(chooseList, testipc::uniqueKey(3))->checkState(0), Qt::Checked);
    wizard.next();

    // Review: the segment is in use and cannot be ticked until force is on.
    QCOMPARE(wizard.currentId(), int(CleanupWizard::ReviewPage));
    auto* review = wizard.findChild<QTreeWidget*>(u"reviewTree"_s);
    auto* force = wizard.findChild<QCheckBox*>(u"forceSwitch"_s);
    QVERIFY(review && force);
    QVERIFY(force->isVisible());
    QVERIFY(wizard.currentPage()->subTitle().contains(u"switch on \"force\""_s));
    QTreeWidgetItem* segRow = rowFor(review, testipc::uniqueKey(2));
    QTreeWidgetItem* orphanRow = rowFor(review, testipc::uniqueKey(1));
    QVERIFY(segRow && orphanRow);
    QCOMPARE(segRow->text(1), verdictName(Verdict::InUse));
    QVERIFY(segRow->childCount() > 0); // its reasons
    QCOMPARE(segRow->checkState(0), Qt::Unchecked);
    QVERIFY(!(segRow->flags() & Qt::ItemIsUserCheckable));
    QCOMPARE(orphanRow->checkState(0), Qt::Checked);

    // The second confirmation, declined: force stays off.
    int asked = 0;
    DialogRunner::testHook = [&](QDialog* dialog) {
        ++asked;
        auto* box = qobject_cast<QMessageBox*>(dialog);
        QVERIFY(box);
        QCOMPARE(box->objectName(), u"forceConfirmDialog"_s);
        QVERIFY(box->text().contains(QString::number(seg.id)));
        box->button(QMessageBox::No)->click();
    };
    force->click();
    QCOMPARE(asked, 1);
    QVERIFY(!force->isChecked());
    QVERIFY(!(segRow->flags() & Qt::ItemIsUserCheckable));

    // Confirmed: the segment can be ticked.
    DialogRunner::testHook = [&](QDialog* dialog) {
        ++asked;
        qobject_cast<QMessageBox*>(dialog)->button(QMessageBox::Yes)->click();
    };
    force->click();
    QCOMPARE(asked, 2);
    QVERIFY(force->isChecked());
    QVERIFY(segRow->flags() & Qt::ItemIsUserCheckable);
    segRow->setCheckState(0, Qt::Checked);
    wizard.next();

    // The equivalent commands.
    QCOMPARE(wizard.currentId(), int(CleanupWizard::CommandsPage));
    const QString commands = wizard.findChild<QPlainTextEdit*>(u"commandsText"_s)->toPlainText();
    QVERIFY(commands.contains(u"ipcrm -s %1"_s.arg(orphan.id)));
    QVERIFY(commands.contains(u"ipcrm -m %1"_s.arg(seg.id)));
    wizard.next();

    // Confirm: a forced object needs the host name typed.
    QCOMPARE(wizard.currentId(), int(CleanupWizard::ConfirmPage));
    auto* hostEdit = wizard.findChild<QLineEdit*>(u"hostNameEdit"_s);
    QVERIFY(hostEdit && hostEdit->isVisible());
    QVERIFY(!wizard.currentPage()->isComplete());
    QTest::keyClicks(hostEdit, u"not-"_s + wizard.hostName());
    QVERIFY(!wizard.currentPage()->isComplete());
    hostEdit->clear();
    QTest::keyClicks(hostEdit, wizard.hostName());
    QVERIFY(wizard.currentPage()->isComplete());
    QSignalSpy pageChanged(&wizard, &QWizard::currentIdChanged);
    wizard.next();

    // Progress, then the results on their own.
    while (wizard.currentId() != CleanupWizard::ResultsPage)
        QVERIFY(pageChanged.wait(60000));
    QVERIFY(wizard.hasOutcome());
    auto* results = wizard.findChild<QTreeWidget*>(u"resultsTree"_s);
    QCOMPARE(results->topLevelItemCount(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(results->topLevelItem(i)->text(1), tr("Removed"));
        QCOMPARE(results->topLevelItem(i)->text(2), tr("Gone"));
    }
    orphan.id = sibling.id = -1;
    wizard.next();

    QCOMPARE(wizard.currentId(), int(CleanupWizard::AfterCarePage));
    QVERIFY(!wizard.findChild<QLabel*>(u"afterCareAdvice"_s)->text().isEmpty());

    // Intent and result of both objects, the forced one marked.
    QFile log(logPath);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 6);
    QCOMPARE(std::count_if(lines.begin(), lines.end(),
                           [](const QByteArray& l) { return l.contains("\"force\":true"); }),
             2);
    user.kill();
    seg.id = -1; // removed; freed at the child's detach
}

// An object removed by someone else after the snapshot: the helper finds it gone, and the results
// say "Already gone", not "Kept" because "something uses them".
void TestCleanupWizard::anObjectRemovedSinceTheSnapshotIsAlreadyGone() {
    if (geteuid() != 0)
        QSKIP("needs root to start processes in IPC namespaces of their own (unshare --ipc)");
    testns::IpcNamespaceHolder holder(testns::IpcNamespaceHolder::Holds::NamespaceOnly, 0x4e7c0000,
                                      1);
    QVERIFY2(holder.ready(), qPrintable(holder.errorString()));
    HostSession session(HostConfig{});
    const std::optional<Report> read = readHost(session);
    QVERIFY2(read, "the host was not read within a minute");
    const Report* inside = read->reportFor(holder.ns());
    QVERIFY(inside);
    const auto setRef = findSysv(*inside, ObjectType::Semaphore, 0);
    QVERIFY(setRef);
    QTemporaryDir dir;
    CleanupWizard wizard(&session, *inside, {*setRef});
    wizard.setAuditLogPath(dir.filePath(u"audit.jsonl"_s));
    wizard.show();
    // Someone else removes it while the wizard is open.
    bool removed = false;
    holder.run(u"ipcrm"_s, {u"-s"_s, u"0"_s}, &removed);
    QVERIFY(removed);
    QSignalSpy pageChanged(&wizard, &QWizard::currentIdChanged);
    while (wizard.currentId() != CleanupWizard::ConfirmPage)
        wizard.next();
    wizard.next();
    while (wizard.currentId() != CleanupWizard::ResultsPage)
        QVERIFY(pageChanged.wait(60000));
    auto* results = wizard.findChild<QTreeWidget*>(u"resultsTree"_s);
    QCOMPARE(results->topLevelItemCount(), 1);
    QCOMPARE(results->topLevelItem(0)->text(1), u"Already gone"_s);
    const QString summary = wizard.findChild<QLabel*>(u"resultsSummary"_s)->text();
    QVERIFY2(
        summary.contains(u"1 object was already gone: removed since the snapshot was taken."_s),
        qPrintable(summary));
    QVERIFY2(!summary.contains(u"kept"_s), qPrintable(summary));
}

// A container's leftovers, chosen on its own report: the wizard names the container, its commands
// enter the namespace, and the helper removes there only (another namespace has the same ids).
void TestCleanupWizard::aContainersObjectsAreRemovedInItsNamespace() {
    if (geteuid() != 0)
        QSKIP("needs root to start processes in IPC namespaces of their own (unshare --ipc)");
    testns::IpcNamespaceHolder a(testns::IpcNamespaceHolder::Holds::NamespaceOnly, 0x4e7a0000, 1);
    QVERIFY2(a.ready(), qPrintable(a.errorString()));
    testns::IpcNamespaceHolder b(testns::IpcNamespaceHolder::Holds::NamespaceOnly, 0x4e7b0000, 1);
    QVERIFY2(b.ready(), qPrintable(b.errorString()));

    HostSession session(HostConfig{});
    const std::optional<Report> read = readHost(session);
    QVERIFY2(read, "the host was not read within a minute");
    const Report* inB = read->reportFor(b.ns());
    QVERIFY(inB);
    const auto setRef = findSysv(*inB, ObjectType::Semaphore, 0);
    QVERIFY(setRef);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString logPath = dir.filePath(u"audit.jsonl"_s);
    CleanupWizard wizard(&session, *inB, {*setRef});
    wizard.setAuditLogPath(logPath);
    wizard.show();
    // This machine is the host list's "Local machine": the wizard says both names.
    const QString place =
        u"the container cat (pid %1) on the local machine (%2)"_s.arg(b.pid()).arg(
            wizard.hostName());
    QCOMPARE(wizard.windowTitle(), u"Clean up IPC objects in "_s + place);
    auto* chooseList = wizard.findChild<QTreeWidget*>(u"chooseList"_s);
    QCOMPARE(rowFor(chooseList, 0x4e7b0000)->checkState(0), Qt::Checked);
    wizard.next();
    // Nothing in use: no force switch, and the page does not speak of one.
    QCOMPARE(wizard.currentId(), int(CleanupWizard::ReviewPage));
    QVERIFY(wizard.findChild<QCheckBox*>(u"forceSwitch"_s)->isHidden());
    QVERIFY2(!wizard.currentPage()->subTitle().contains(u"force"_s),
             qPrintable(wizard.currentPage()->subTitle()));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CleanupWizard::CommandsPage));
    const QString commands = wizard.findChild<QPlainTextEdit*>(u"commandsText"_s)->toPlainText();
    QVERIFY2(commands.contains(u"nsenter --target %1 --ipc ipcrm -s 0"_s.arg(b.pid())),
             qPrintable(commands));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CleanupWizard::ConfirmPage));
    QVERIFY2(wizard.findChild<QLabel*>(u"confirmSummary"_s)
                 ->text()
                 .startsWith(u"1 object will be removed in "_s + place),
             qPrintable(wizard.findChild<QLabel*>(u"confirmSummary"_s)->text()));
    QSignalSpy pageChanged(&wizard, &QWizard::currentIdChanged);
    wizard.next();
    while (wizard.currentId() != CleanupWizard::ResultsPage)
        QVERIFY(pageChanged.wait(60000));
    auto* results = wizard.findChild<QTreeWidget*>(u"resultsTree"_s);
    QCOMPARE(results->topLevelItemCount(), 1);
    QCOMPARE(results->topLevelItem(0)->text(1), tr("Removed"));
    QCOMPARE(results->topLevelItem(0)->text(2), tr("Gone"));

    // Inside each namespace: B's set is gone, A's set 0 (same id) is still there.
    const auto semsIn = [](const testns::IpcNamespaceHolder& h) {
        return h.run(u"cat"_s, {u"/proc/sysvipc/sem"_s});
    };
    QVERIFY(semsIn(a).contains(QByteArray::number(0x4e7a0000)));
    QVERIFY(!semsIn(b).contains(QByteArray::number(0x4e7b0000)));
    QFile log(logPath);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("\"ns\":" + QByteArray::number(b.ns())));
}

// Apache's mutex left behind: IPC_PRIVATE, one semaphore, 0600, created by root and handed to
// www-data, its creator killed. Cleaned up through the wizard; Apache is not running here, so
// the after-care page offers to start apache2 and shows what this machine's systemctl said.
void TestCleanupWizard::afterCareOffersToStartApache() {
    const passwd* www = getpwnam("www-data");
    if (!www)
        QSKIP("no www-data account on this machine");
    QFile init(u"/proc/1/comm"_s);
    const bool systemd = init.open(QIODevice::ReadOnly) && init.readAll().trimmed() == "systemd";
    if (systemd && (QFile::exists(u"/lib/systemd/system/apache2.service"_s) ||
                    QFile::exists(u"/etc/systemd/system/apache2.service"_s)))
        QSKIP("systemd runs here and apache2.service exists: the test would really start it");
    const uid_t wwwUid = www->pw_uid;
    int idPipe[2];
    QVERIFY(pipe(idPipe) == 0);
    int semId = -1;
    {
        testipc::Child creator([&] {
            const int id = semget(IPC_PRIVATE, 1, IPC_CREAT | 0600);
            sembuf op{0, 1, 0};
            semop(id, &op, 1);
            semid_ds ds{};
            semctl(id, 0, IPC_STAT, &ds);
            ds.sem_perm.uid = wwwUid;
            semctl(id, 0, IPC_SET, &ds);
            (void)!write(idPipe[1], &id, sizeof id);
        });
        QVERIFY(read(idPipe[0], &semId, sizeof semId) == sizeof semId);
        creator.kill();
    }
    close(idPipe[0]);
    close(idPipe[1]);
    QVERIFY(semId >= 0);
    struct Remove {
        int& id;
        ~Remove() {
            if (id >= 0)
                semctl(id, 0, IPC_RMID);
        }
    } removeOnFailure{semId};

    HostSession session(HostConfig{});
    const std::optional<Report> read = readHost(session);
    QVERIFY2(read, "the host was not read within a minute");
    const Report& report = *read;
    const auto ref = findSysv(report, ObjectType::Semaphore, semId);
    QVERIFY(ref);
    bool apacheRunning = true;
    for (const Software& sw : report.software)
        if (sw.id == u"apache"_s)
            apacheRunning = sw.running;
    if (apacheRunning)
        QSKIP("Apache runs on this machine: nothing to start");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CleanupWizard wizard(&session, report, {*ref});
    wizard.setAuditLogPath(dir.filePath(u"audit.jsonl"_s));
    wizard.show();
    QSignalSpy pageChanged(&wizard, &QWizard::currentIdChanged);
    while (wizard.currentId() != CleanupWizard::ResultsPage) {
        if (wizard.currentId() == CleanupWizard::ProgressPage)
            QVERIFY(pageChanged.wait(60000));
        else
            wizard.next();
    }
    QCOMPARE(wizard.findChild<QTreeWidget*>(u"resultsTree"_s)->topLevelItem(0)->text(1),
             tr("Removed"));
    semId = -1;
    wizard.next();

    QCOMPARE(wizard.currentId(), int(CleanupWizard::AfterCarePage));
    auto* starter = wizard.findChild<ServiceStarter*>(u"serviceStarter_apache2"_s);
    QVERIFY(starter && starter->isVisible());
    QVERIFY(starter->findChild<QLabel*>(u"serviceStartCommand"_s)
                ->text()
                .contains(u"sudo systemctl start apache2"_s));
    auto* button = starter->findChild<QPushButton*>(u"startServiceButton"_s);
    QVERIFY(button && button->isVisible());
    int asked = 0;
    testgui::answerServiceStart(asked, u"systemctl start apache2"_s, QMessageBox::Yes);
    QSignalSpy finished(starter, &ServiceStarter::finished);
    button->click();
    QCOMPARE(asked, 1);
    QVERIFY(starter->findChild<QProgressBar*>(u"serviceStartProgress"_s)->isVisible());
    while (finished.isEmpty())
        QVERIFY(finished.wait(150000));
    auto* status = starter->findChild<QLabel*>(u"serviceStartStatus"_s);
    QVERIFY(status->isVisible() && !status->text().isEmpty());
    const bool hasSystemctl =
        QFile::exists(u"/usr/bin/systemctl"_s) || QFile::exists(u"/bin/systemctl"_s);
    if (hasSystemctl) {
        // Whatever systemctl said here (no systemd as PID 1, or no such unit), shown as said.
        auto* output = starter->findChild<QPlainTextEdit*>(u"serviceStartOutput"_s);
        QVERIFY(output->isVisible() && output->isReadOnly());
        QVERIFY(!output->toPlainText().trimmed().isEmpty());
        QVERIFY(status->text().contains(u"could not be started"_s) ||
                status->text().contains(u"running now"_s));
    } else {
        QVERIFY(status->text().contains(u"does not use systemd"_s));
    }
}

// The wizard fits its pages and the screen; every page has a heading and a sentence under it; the
// first page says which objects stay and why; the results speak plainly; once the removal ran
// there is no Back and no Cancel, only Next (to the after-care page) and Finish.
void TestCleanupWizard::pagesFitAndTheEndLeavesOnlyFinish() {
    testipc::OrphanSem orphan(testipc::uniqueKey(5), IdleUid);
    QVERIFY(orphan.id >= 0);
    // A set a live process keeps using: judged in use, so it stays and the first page says so.
    testipc::SemSet busy(testipc::uniqueKey(6), 1);
    QVERIFY(busy.id >= 0);
    testipc::Child user([&] {
        sembuf op{0, 1, 0};
        semop(busy.id, &op, 1);
    });
    QVERIFY(user.pid > 0);

    HostSession session(HostConfig{});
    const std::optional<Report> read = readHost(session);
    QVERIFY2(read, "the host was not read within a minute");
    const Report& report = *read;
    const auto orphanRef = findSysv(report, ObjectType::Semaphore, orphan.id);
    QVERIFY(orphanRef);
    bool busyInUse = false;
    for (const ObjectVerdict& v : report.objects)
        busyInUse = busyInUse || (v.ref.id == busy.id && v.ref.type == ObjectType::Semaphore &&
                                  v.verdict == Verdict::InUse);

    {
        // Opened with nothing chosen (e.g. only possibly orphaned objects): it does not claim
        // that the chosen objects are ticked.
        CleanupWizard none(&session, report, {});
        none.show();
        QVERIFY2(none.currentPage()->subTitle().startsWith(u"Nothing is ticked yet"_s),
                 qPrintable(none.currentPage()->subTitle()));
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CleanupWizard wizard(&session, report, {*orphanRef});
    wizard.setAuditLogPath(dir.filePath(u"audit.jsonl"_s));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // Never bigger than the screen, and big enough for the first page's content.
    const QSize available = wizard.screen()->availableGeometry().size();
    QVERIFY2(wizard.width() <= available.width() && wizard.height() <= available.height(),
             qPrintable(u"%1x%2"_s.arg(wizard.width()).arg(wizard.height())));
    QVERIFY(wizard.width() >= qMin(820, available.width() - 24));

    auto* kept = wizard.findChild<QLabel*>(u"keptLabel"_s);
    QVERIFY(kept);
    QVERIFY(busyInUse);
    QVERIFY(kept->isVisible());
    QVERIFY2(kept->text().contains(u"These stay:"_s), qPrintable(kept->text()));
    QVERIFY2(kept->text().contains(u"semaphore set %1 "_s.arg(busy.id)), qPrintable(kept->text()));

    QSignalSpy pageChanged(&wizard, &QWizard::currentIdChanged);
    QSet<QString> titles;
    while (wizard.currentId() != CleanupWizard::ResultsPage) {
        QWizardPage* page = wizard.currentPage();
        QVERIFY2(!page->title().isEmpty() && !page->subTitle().isEmpty(),
                 qPrintable(page->objectName()));
        titles.insert(page->title());
        // Nothing clipped: the page has at least the room its layout asks for.
        QVERIFY2(page->height() >= page->minimumSizeHint().height(),
                 qPrintable(page->objectName()));
        for (QTreeWidget* tree : page->findChildren<QTreeWidget*>()) {
            // Every column in sight: no sideways scrolling.
            QCOMPARE(tree->horizontalScrollBar()->maximum(), 0);
        }
        if (wizard.currentId() == CleanupWizard::ProgressPage)
            QVERIFY(pageChanged.wait(60000));
        else
            wizard.next();
    }
    orphan.id = -1;
    QCOMPARE(titles.size(), 5); // choose, review, commands, confirm, progress: all different

    auto* results = wizard.findChild<QTreeWidget*>(u"resultsTree"_s);
    QCOMPARE(results->topLevelItem(0)->text(1), tr("Removed"));
    QCOMPARE(results->topLevelItem(0)->text(2), tr("Gone"));
    const QString summary = wizard.findChild<QLabel*>(u"resultsSummary"_s)->text();
    for (const QString& jargon : {u"snapshot"_s, u"Refused"_s, u"Failed:"_s})
        QVERIFY2(!summary.contains(jargon), qPrintable(summary));
    QVERIFY(!wizard.currentPage()->subTitle().isEmpty());

    // After the removal: no way back, nothing to cancel.
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());
    QVERIFY(!wizard.button(QWizard::CancelButton)->isVisible());
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    QVERIFY(wizard.button(QWizard::NextButton)->isVisible());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CleanupWizard::AfterCarePage));
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());
    QVERIFY(!wizard.button(QWizard::CancelButton)->isVisible());
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    QVERIFY(!wizard.currentPage()->subTitle().isEmpty());
}

QTEST_MAIN(TestCleanupWizard)
#include "tst_cleanupwizard.moc"
