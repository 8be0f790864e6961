// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/hostsession.h"

#include "core/logging.h"
#include "session/hostworker.h"
#include "session/sessiontr.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <mutex>
#include <utility>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

// How long the destructor waits for the worker to end. Cancelled helper runs stop within about
// two seconds (SIGTERM, then SIGKILL).
constexpr std::chrono::milliseconds kJoinTimeout{5000};

// How much nicer than the thread that made it the worker thread is (Linux keeps a nice value
// per thread).
constexpr int kWorkerNiceness = 10;

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
        qRegisterMetaType<ipcscope::ConnectionStage>();
        qRegisterMetaType<ipcscope::HostSession::State>();
    });
}

Error cancelledError() {
    return Error{Error::Kind::Cancelled, Tr::tr("Cancelled."), {}};
}

} // namespace

HostSession::HostSession(HostConfig config, Prompter* prompter, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_thread(std::make_unique<QThread>()) {
    registerMetaTypes();
    m_thread->setObjectName(u"HostSession %1"_s.arg(m_config.target()));
    // The worker's SSH handshakes and analysis give way to the GUI thread: with many sessions
    // at once (Refresh all) they would otherwise keep it from a core for tens of milliseconds.
    connect(
        m_thread.get(), &QThread::started, m_thread.get(),
        [] {
            // The new thread starts with the nice value of the one that made it.
            const id_t tid = id_t(::gettid());
            errno = 0;
            const int nice = ::getpriority(PRIO_PROCESS, tid);
            if (errno == 0)
                ::setpriority(PRIO_PROCESS, tid, std::min(19, nice + kWorkerNiceness));
        },
        Qt::DirectConnection);
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
    connect(m_worker, &HostWorker::progress, this, &HostSession::onProgress);
    connect(m_worker, &HostWorker::stageReached, this, &HostSession::stageReached);
    connect(m_worker, &HostWorker::capabilitiesChanged, this,
            [this](const TransportCapabilities& capabilities) { m_capabilities = capabilities; });
    connect(m_worker, &HostWorker::reportReady, this, &HostSession::onReport);
    connect(m_worker, &HostWorker::helperFinished, this, &HostSession::onHelperFinished);
    connect(m_worker, &HostWorker::failed, this, &HostSession::onFailed);

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

QList<QPointer<RefreshReply>> HostSession::takeRefreshWaiters() {
    return std::exchange(m_refreshWaiters, {});
}

void HostSession::onProgress(quint64 requestId, const QString& stage, int step, int steps) {
    if (m_pending.isEmpty())
        return;
    emit progress(stage, step, steps);
    const auto it = m_pending.constFind(requestId);
    if (it == m_pending.cend())
        return;
    if (!it->refresh) {
        if (HelperReply* reply = it->helper)
            emit reply->progress(stage, step, steps);
        return;
    }
    if (requestId != m_lastRefresh)
        return;
    const QList<QPointer<RefreshReply>> waiters = m_refreshWaiters; // a slot may drop one
    for (const QPointer<RefreshReply>& reply : waiters) {
        if (reply)
            emit reply->progress(stage, step, steps);
    }
}

void HostSession::onReport(quint64 requestId, const Report& report) {
    if (!finish(requestId)) {
        qCDebug(lcSession) << "dropping stale report" << requestId;
        return;
    }
    m_hadReport = true;
    m_settled = State::Ready;
    if (m_pending.isEmpty())
        setState(m_settled);
    for (const QPointer<RefreshReply>& reply : takeRefreshWaiters()) {
        if (reply)
            reply->finish(report);
    }
}

void HostSession::onHelperFinished(quint64 requestId, const HelperOutput& output) {
    const QPointer<HelperReply> reply = m_pending.value(requestId).helper;
    finish(requestId);
    if (m_pending.isEmpty())
        setState(m_settled == State::Failed || m_hadReport ? m_settled : State::Idle);
    if (reply)
        reply->finish(output);
}

void HostSession::onFailed(quint64 requestId, const Error& error) {
    const Pending pending = m_pending.value(requestId);
    if (!finish(requestId)) {
        qCDebug(lcSession) << "dropping stale failure" << requestId << error.detail;
        return;
    }
    // A cancelled request leaves the last result on screen.
    if (error.kind != Error::Kind::Cancelled)
        m_settled = State::Failed;
    else if (m_settled != State::Failed)
        m_settled = m_hadReport ? State::Ready : State::Idle;
    if (m_pending.isEmpty())
        setState(m_settled);
    if (!pending.refresh) {
        if (HelperReply* reply = pending.helper)
            reply->fail(error);
        return;
    }
    for (const QPointer<RefreshReply>& reply : takeRefreshWaiters()) {
        if (reply)
            reply->fail(error);
    }
}

std::unique_ptr<RefreshReply> HostSession::refresh() {
    const quint64 id = m_nextRequest++;
    // A newer refresh makes older ones pointless: stop them instead of waiting for them. Their
    // replies stay in m_refreshWaiters and get this refresh's answer.
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->refresh)
            it->cancel.cancel();
    }
    m_lastRefresh = id;
    CancelToken cancel;
    m_pending.insert(id, Pending{cancel, true, {}});
    std::unique_ptr<RefreshReply> reply(new RefreshReply(this));
    m_refreshWaiters.append(reply.get());
    HostWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, id, cancel] { worker->refresh(id, cancel); }, Qt::QueuedConnection);
    return reply;
}

std::unique_ptr<HelperReply> HostSession::runHelper(const QStringList& args,
                                                    const QByteArray& stdinData) {
    const quint64 id = m_nextRequest++;
    CancelToken cancel;
    std::unique_ptr<HelperReply> reply(new HelperReply(this));
    m_pending.insert(id, Pending{cancel, false, reply.get()});
    HostWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, id, args, stdinData, cancel] { worker->runHelper(id, args, stdinData, cancel); },
        Qt::QueuedConnection);
    return reply;
}

void HostSession::cancel() {
    for (const Pending& pending : std::as_const(m_pending))
        pending.cancel.cancel();
}

void HostSession::drop(SessionReply* reply) {
    // Called from ~SessionReply: only the pointer's value may be used.
    const auto isReply = [reply](const QPointer<RefreshReply>& r) {
        return static_cast<SessionReply*>(r.data()) == reply;
    };
    if (std::any_of(m_refreshWaiters.cbegin(), m_refreshWaiters.cend(), isReply)) {
        m_refreshWaiters.removeIf(
            [&isReply](const QPointer<RefreshReply>& r) { return !r || isReply(r); });
        // Nobody else waits for the newest refresh: stop it.
        if (m_refreshWaiters.isEmpty() && m_pending.contains(m_lastRefresh))
            m_pending.value(m_lastRefresh).cancel.cancel();
        return;
    }
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (!it->refresh && static_cast<SessionReply*>(it->helper.data()) == reply) {
            it->cancel.cancel();
            it->helper.clear();
        }
    }
}

void HostSession::cancelReply(SessionReply* reply) {
    const auto isOther = [reply](const QPointer<RefreshReply>& r) {
        return r && static_cast<SessionReply*>(r.data()) != reply;
    };
    const auto self = std::find_if(m_refreshWaiters.cbegin(), m_refreshWaiters.cend(),
                                   [reply](const QPointer<RefreshReply>& r) {
                                       return static_cast<SessionReply*>(r.data()) == reply;
                                   });
    if (self != m_refreshWaiters.cend() &&
        std::any_of(m_refreshWaiters.cbegin(), m_refreshWaiters.cend(), isOther)) {
        // Others still wait for this refresh: only this caller stops waiting.
        m_refreshWaiters.erase(self);
        QPointer<SessionReply> target(reply);
        QMetaObject::invokeMethod(
            reply,
            [target] {
                if (target)
                    target->fail(cancelledError());
            },
            Qt::QueuedConnection);
        return;
    }
    if (self != m_refreshWaiters.cend()) {
        if (m_pending.contains(m_lastRefresh))
            m_pending.value(m_lastRefresh).cancel.cancel();
        return;
    }
    for (const Pending& pending : std::as_const(m_pending)) {
        if (!pending.refresh && static_cast<SessionReply*>(pending.helper.data()) == reply)
            pending.cancel.cancel();
    }
}

void HostSession::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace ipcscope
