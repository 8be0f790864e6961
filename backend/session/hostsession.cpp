// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/hostsession.h"

#include "core/logging.h"
#include "session/hostworker.h"

#include <QDeadlineTimer>
#include <QThread>

#include <chrono>

#include <mutex>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

// How long the destructor waits for the worker to end. Cancelled helper runs stop within about
// two seconds (SIGTERM, then SIGKILL).
constexpr std::chrono::milliseconds kJoinTimeout{5000};

// Values that travel between the worker and the GUI thread through queued signals.
void registerMetaTypes() {
    static std::once_flag once;
    std::call_once(once, [] {
        qRegisterMetaType<ipcscope::Snapshot>();
        qRegisterMetaType<ipcscope::Report>();
        qRegisterMetaType<ipcscope::Error>();
        qRegisterMetaType<ipcscope::HelperOutput>();
        qRegisterMetaType<ipcscope::HostConfig>();
        qRegisterMetaType<ipcscope::TransportCapabilities>();
        qRegisterMetaType<ipcscope::HostSession::State>();
    });
}

} // namespace

HostSession::HostSession(HostConfig config, Prompter* prompter, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_thread(std::make_unique<QThread>()) {
    registerMetaTypes();
    m_thread->setObjectName(u"HostSession %1"_s.arg(m_config.target()));
    m_worker = new HostWorker(m_config, prompter);
    m_worker->moveToThread(m_thread.get());
    // The worker (and its transport) is destroyed on its own thread when the thread ends.
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    // Only matters for a thread let go by the destructor: otherwise the thread is deleted first
    // and this queued call with it.
    connect(m_thread.get(), &QThread::finished, m_thread.get(), &QObject::deleteLater);

    connect(m_worker, &HostWorker::stateChanged, this, [this](State state) {
        if (!m_pending.isEmpty())
            setState(state);
    });
    connect(m_worker, &HostWorker::progress, this,
            [this](const QString& stage, int step, int steps) {
                if (!m_pending.isEmpty())
                    emit progress(stage, step, steps);
            });
    connect(m_worker, &HostWorker::capabilitiesChanged, this,
            [this](const TransportCapabilities& capabilities) { m_capabilities = capabilities; });
    connect(m_worker, &HostWorker::reportReady, this, [this](quint64 id, const Report& report) {
        if (!finish(id)) {
            qCDebug(lcSession) << "dropping stale report" << id;
            return;
        }
        m_hadReport = true;
        m_settled = State::Ready;
        if (m_pending.isEmpty())
            setState(m_settled);
        emit reportReady(id, report);
    });
    connect(m_worker, &HostWorker::helperFinished, this,
            [this](quint64 id, const HelperOutput& output) {
                finish(id);
                if (m_pending.isEmpty())
                    setState(m_settled == State::Failed || m_hadReport ? m_settled : State::Idle);
                emit helperFinished(id, output);
            });
    connect(m_worker, &HostWorker::failed, this, [this](quint64 id, const Error& error) {
        if (!finish(id)) {
            qCDebug(lcSession) << "dropping stale failure" << id << error.detail;
            return;
        }
        // A cancelled request leaves the last result on screen.
        if (error.kind != Error::Kind::Cancelled)
            m_settled = State::Failed;
        else if (m_settled != State::Failed)
            m_settled = m_hadReport ? State::Ready : State::Idle;
        if (m_pending.isEmpty())
            setState(m_settled);
        emit failed(id, error);
    });

    m_thread->start();
}

HostSession::~HostSession() {
    for (const Pending& pending : std::as_const(m_pending))
        pending.cancel.cancel();
    m_thread->quit();
    // A worker blocked in the Prompter waits for a dialog on this very thread (the GUI's
    // prompter runs it through a blocking queued call), so it cannot finish while we wait here.
    // Rather than deadlock, let it go: once this thread runs its event loop again the question
    // is answered or dropped, the cancelled worker ends, and the thread deletes itself.
    if (!m_thread->wait(QDeadlineTimer(kJoinTimeout))) {
        qCWarning(lcSession) << "worker of" << m_config.target()
                             << "still busy at destruction; it ends on its own";
        m_thread.release(); // deleted through finished() -> deleteLater(), see the constructor
    }
}

bool HostSession::finish(quint64 requestId) {
    const auto it = m_pending.constFind(requestId);
    const bool refresh = it != m_pending.cend() && it->refresh;
    if (it != m_pending.cend())
        m_pending.erase(it);
    // Only the newest refresh counts; older ones were superseded (and cancelled).
    return !refresh || requestId == m_lastRefresh;
}

quint64 HostSession::refresh() {
    const quint64 id = m_nextRequest++;
    // A newer refresh makes older ones pointless: stop them instead of waiting for them.
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->refresh)
            it->cancel.cancel();
    }
    m_lastRefresh = id;
    CancelToken cancel;
    m_pending.insert(id, Pending{cancel, true});
    HostWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, id, cancel] { worker->refresh(id, cancel); }, Qt::QueuedConnection);
    return id;
}

quint64 HostSession::runHelper(const QStringList& args, const QByteArray& stdinData) {
    const quint64 id = m_nextRequest++;
    CancelToken cancel;
    m_pending.insert(id, Pending{cancel, false});
    HostWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, id, args, stdinData, cancel] { worker->runHelper(id, args, stdinData, cancel); },
        Qt::QueuedConnection);
    return id;
}

void HostSession::cancel() {
    for (const Pending& pending : std::as_const(m_pending))
        pending.cancel.cancel();
}

void HostSession::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace ipcscope
