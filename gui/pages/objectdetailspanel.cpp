// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/objectdetailspanel.h"

#include "cleanup/shellcommand.h"

#include "models/posixmodel.h"
#include "models/semaphorevaluesmodel.h"
#include "util/format.h"
#include "util/verdictstyle.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {
QLineEdit* commandLine(QWidget* parent, const QString& name, QLayout* into, const QString& label) {
    auto* row = new QHBoxLayout;
    auto* edit = new QLineEdit(parent);
    edit->setReadOnly(true);
    edit->setObjectName(name);
    edit->setAccessibleName(label);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* copy = new QToolButton(parent);
    copy->setIcon(style::actionIcon(u"copy"_s));
    copy->setToolTip(QCoreApplication::translate("ObjectDetailsPanel", "Copy to the clipboard"));
    copy->setAccessibleName(
        QCoreApplication::translate("ObjectDetailsPanel", "Copy %1").arg(label));
    copy->setObjectName(name + u"Copy"_s);
    QObject::connect(copy, &QToolButton::clicked, edit,
                     [edit] { QGuiApplication::clipboard()->setText(edit->text()); });
    auto* caption = new QLabel(label, parent);
    caption->setMinimumWidth(60);
    row->addWidget(caption);
    row->addWidget(edit, 1);
    row->addWidget(copy);
    static_cast<QVBoxLayout*>(into)->addLayout(row);
    return edit;
}
} // namespace

ObjectDetailsPanel::ObjectDetailsPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_verdict(new QLabel)
    , m_reasons(new QLabel)
    , m_factsBox(new QWidget)
    , m_facts(new QFormLayout(m_factsBox))
    , m_semTitle(new QLabel)
    , m_semTable(new QTableView)
    , m_semModel(new SemaphoreValuesModel(this))
    , m_processes(new QLabel)
    , m_commandsNote(new QLabel)
    , m_body(new QWidget)
    , m_empty(new QLabel(tr("Select an object to see why it got its verdict, its processes and "
                            "the equivalent commands."))) {
    setObjectName(u"detailsPanel"_s);
    setAccessibleName(tr("Object details"));
    m_title->setObjectName(u"detailsTitle"_s);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setObjectName(u"detailsVerdict"_s);
    m_reasons->setObjectName(u"detailsReasons"_s);
    m_reasons->setWordWrap(true);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_facts->setContentsMargins(0, 0, 0, 0);
    m_semTitle->setText(tr("<b>Semaphores</b>"));
    m_semTable->setObjectName(u"semaphoreValuesTable"_s);
    m_semTable->setAccessibleName(tr("Semaphores of this set"));
    m_semTable->setModel(m_semModel);
    m_semTable->verticalHeader()->hide();
    m_semTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_semTable->horizontalHeader()->setStretchLastSection(true);
    m_semTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_semTable->setMinimumHeight(90);
    m_semTable->verticalHeader()->setDefaultSectionSize(m_semTable->fontMetrics().height() + 6);
    m_semTable->setMaximumHeight(180);
    m_processes->setObjectName(u"detailsProcesses"_s);
    m_processes->setWordWrap(true);
    m_processes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_commandsNote->setWordWrap(true);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setObjectName(u"detailsEmpty"_s);

    auto* body = new QVBoxLayout(m_body);
    body->addWidget(m_title);
    body->addWidget(m_verdict);
    body->addWidget(m_reasons);
    body->addSpacing(4);
    body->addWidget(m_factsBox);
    body->addWidget(m_semTitle);
    body->addWidget(m_semTable);
    auto* processTitle = new QLabel(tr("<b>Processes</b>"));
    body->addWidget(processTitle);
    body->addWidget(m_processes);
    body->addWidget(new QLabel(tr("<b>Equivalent commands</b>")));
    m_inspect = commandLine(m_body, u"inspectCommand"_s, body, tr("Inspect"));
    m_remove = commandLine(m_body, u"removeCommand"_s, body, tr("Remove"));
    body->addWidget(m_commandsNote);
    body->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_body);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(scroll);
    m_body->parentWidget()->parentWidget()->hide(); // the scroll area
}

QString ObjectDetailsPanel::inspectCommand() const {
    return m_inspect->text();
}

QString ObjectDetailsPanel::removeCommand() const {
    return m_remove->text();
}

void ObjectDetailsPanel::addFact(const QString& label, const QString& value, const QString& tip) {
    auto* v = new QLabel(value);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->setWordWrap(true);
    if (!tip.isEmpty())
        v->setToolTip(tip);
    m_facts->addRow(label, v);
}

QString ObjectDetailsPanel::processLine(const Report& report, qint64 pid) const {
    for (const Process& p : report.snapshot.processes) {
        if (p.pid != pid)
            continue;
        const QString who = p.user.isEmpty() ? QString() : tr(", user %1").arg(p.user);
        if (p.alive)
            return tr("%1 %2 — running%3").arg(pid).arg(p.comm, who);
        return tr("%1 %2 — exited").arg(pid).arg(p.comm.isEmpty() ? tr("(unknown)") : p.comm);
    }
    return QString::number(pid);
}

void ObjectDetailsPanel::setObject(const Report& report, int objectIndex, bool remote) {
    QWidget* scroll = m_body->parentWidget()->parentWidget();
    if (objectIndex < 0 || objectIndex >= report.objects.size()) {
        scroll->hide();
        m_empty->show();
        m_semModel->setSet(report, -1);
        m_inspect->clear();
        m_remove->clear();
        return;
    }
    m_empty->hide();
    scroll->show();
    const ObjectVerdict& object = report.objects.at(objectIndex);
    const qint64 now = report.snapshot.host.time;

    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);

    const QColor color = style::verdictColor(object.verdict, palette());
    m_verdict->setText(
        u"<img src='%1' width=16 height=16> <span style='color:%2'><b>%3</b></span>"_s.arg(
            object.verdict == Verdict::InUse      ? u":/icons/verdict-in-use.svg"_s
            : object.verdict == Verdict::Orphaned ? u":/icons/verdict-orphaned.svg"_s
            : object.verdict == Verdict::PossiblyOrphaned
                ? u":/icons/verdict-possibly-orphaned.svg"_s
                : u":/icons/verdict-unknown.svg"_s,
            color.name(), verdictName(object.verdict).toHtmlEscaped()));
    QStringList reasons;
    for (const Reason& r : object.reasons)
        reasons.append(u"<li>%1</li>"_s.arg(r.text.toHtmlEscaped()));
    m_reasons->setText(reasons.isEmpty() ? tr("No reasons were given.")
                                         : u"<ul style='margin-left:-20px'>%1</ul>"_s.arg(
                                               reasons.join(QString())));

    QList<qint64> pids;
    QString inspect, remove;
    const bool sysv = object.ref.id >= 0;
    auto common = [&](const SysvCommon& c) {
        addFact(tr("Key"), format::keyHex(c.key),
                c.key == 0 ? tr("IPC_PRIVATE") : QString::number(qint32(c.key)));
        addFact(tr("ID"), QString::number(c.id));
        addFact(tr("Owner"), tr("%1 (uid %2), group %3").arg(c.owner).arg(c.uid).arg(c.group));
        addFact(tr("Creator"), tr("%1 (uid %2)").arg(c.creator).arg(c.cuid));
        addFact(tr("Permissions"), format::perms(c.perms), format::permsTooltip(c.perms));
        addFact(tr("Changed"), format::relativeTime(c.ctime, now), format::absoluteTime(c.ctime));
    };
    m_semTitle->hide();
    m_semTable->hide();
    m_semModel->setSet(report, -1);
    switch (object.ref.type) {
    case ObjectType::Semaphore: {
        const SemaphoreSet& s = report.snapshot.semaphores.at(object.ref.index);
        m_title->setText(tr("Semaphore set %1").arg(s.id));
        common(s);
        addFact(tr("Semaphores"), format::number(quint64(s.nsems)));
        addFact(tr("Last operation"), format::relativeTime(s.otime, now),
                format::absoluteTime(s.otime));
        m_semTitle->show();
        if (s.detail) {
            m_semModel->setSet(report, object.ref.index);
            m_semTable->show();
        } else {
            m_semTitle->setText(tr("<b>Semaphores</b> — the values could not be read (not enough "
                                   "rights, or a reduced view)."));
        }
        for (const Semaphore& sem : s.sems) {
            if (sem.pid > 0 && !pids.contains(sem.pid))
                pids.append(sem.pid);
        }
        inspect = u"ipcs -s -i %1"_s.arg(s.id);
        remove = u"ipcrm -s %1"_s.arg(s.id);
        break;
    }
    case ObjectType::SharedMemory: {
        const SharedMemorySegment& m = report.snapshot.sharedMemory.at(object.ref.index);
        m_title->setText(tr("Shared memory segment %1").arg(m.id));
        common(m);
        addFact(tr("Size"), format::bytes(m.size), format::exactBytes(m.size));
        if (m.rss)
            addFact(tr("Resident"), format::bytes(*m.rss), format::exactBytes(*m.rss));
        addFact(tr("Attached"), tr("%n process(es)", nullptr, int(m.nattch)));
        addFact(tr("Last attach"), format::relativeTime(m.atime, now),
                format::absoluteTime(m.atime));
        addFact(tr("Last detach"), format::relativeTime(m.dtime, now),
                format::absoluteTime(m.dtime));
        if (m.dest)
            addFact(tr("Marked"), tr("for removal at the last detach"));
        pids = m.attachedPids;
        for (qint64 pid : {m.cpid, m.lpid}) {
            if (pid > 0 && !pids.contains(pid))
                pids.append(pid);
        }
        inspect = u"ipcs -m -i %1"_s.arg(m.id);
        remove = u"ipcrm -m %1"_s.arg(m.id);
        break;
    }
    case ObjectType::MessageQueue: {
        const MessageQueue& q = report.snapshot.messageQueues.at(object.ref.index);
        m_title->setText(tr("Message queue %1").arg(q.id));
        common(q);
        addFact(tr("Messages"), format::number(q.qnum));
        addFact(tr("Queued"), format::bytes(q.cbytes), format::exactBytes(q.cbytes));
        if (q.qbytes)
            addFact(tr("Capacity"), format::bytes(*q.qbytes), format::exactBytes(*q.qbytes));
        addFact(tr("Last send"), format::relativeTime(q.stime, now), format::absoluteTime(q.stime));
        addFact(tr("Last receive"), format::relativeTime(q.rtime, now),
                format::absoluteTime(q.rtime));
        for (qint64 pid : {q.lspid, q.lrpid}) {
            if (pid > 0 && !pids.contains(pid))
                pids.append(pid);
        }
        inspect = u"ipcs -q -i %1"_s.arg(q.id);
        remove = u"ipcrm -q %1"_s.arg(q.id);
        break;
    }
    case ObjectType::PosixShm:
    case ObjectType::PosixSemaphore:
    case ObjectType::PosixMqueue: {
        const PosixObject& p = PosixModel::object(report, object.ref);
        m_title->setText(tr("%1 /%2").arg(objectTypeName(object.ref.type), p.name));
        addFact(tr("Owner"), tr("%1 (uid %2), group %3").arg(p.owner).arg(p.uid).arg(p.group));
        addFact(tr("Mode"), format::perms(p.mode), format::permsTooltip(p.mode));
        addFact(tr("Size"), format::bytes(p.size), format::exactBytes(p.size));
        if (p.value)
            addFact(tr("Value"), QString::number(*p.value));
        if (p.qsize)
            addFact(tr("Queued"), format::bytes(*p.qsize), format::exactBytes(*p.qsize));
        addFact(tr("Modified"), format::relativeTime(p.mtime, now), format::absoluteTime(p.mtime));
        if (!p.nameHex.isEmpty())
            addFact(tr("Exact name bytes"), p.nameHex);
        pids = p.mappedPids;
        if (p.notifyPid && *p.notifyPid > 0 && !pids.contains(*p.notifyPid))
            pids.append(*p.notifyPid);
        // Built from the checked name bytes only: a hostile name gets no command.
        if (const std::optional<QString> path = posixPathWord(object.ref.type, p.name, p.nameHex)) {
            inspect = u"ls -l "_s + *path;
            remove = u"rm "_s + *path;
        }
        break;
    }
    }
    Q_UNUSED(sysv)
    if (!object.software.isEmpty()) {
        for (const Software& sw : report.software) {
            if (sw.id == object.software)
                addFact(tr("Software"), sw.name, sw.rootCause);
        }
    }

    std::sort(pids.begin(), pids.end());
    QStringList lines;
    for (qint64 pid : std::as_const(pids))
        lines.append(processLine(report, pid).toHtmlEscaped());
    m_processes->setText(lines.isEmpty() ? tr("No process refers to this object.")
                                         : lines.join(u"<br>"_s));
    // A container's object: the same commands inside its IPC namespace (the plain ones would act
    // on the host's object with that id); none when no process of it is known.
    if (report.snapshot.containerNamespace != 0) {
        const QString in = report.snapshot.containerPid > 0 && sysv
                               ? u"nsenter --target %1 --ipc "_s.arg(report.snapshot.containerPid)
                               : QString();
        inspect = in.isEmpty() ? QString() : in + inspect;
        remove = in.isEmpty() ? QString() : in + remove;
    }
    m_inspect->setText(inspect);
    m_remove->setText(remove);
    m_commandsNote->setText(
        remote ? tr("Run these on %1. Removing by hand skips IPC Scope's re-check that the object "
                    "is still the one you looked at.")
                     .arg(report.snapshot.host.hostname.toHtmlEscaped())
               : tr("Removing by hand skips IPC Scope's re-check that the object is still the one "
                    "you looked at."));
}

} // namespace ipcscope
