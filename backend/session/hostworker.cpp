// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/hostworker.h"

#include "analysis/analyzer.h"
#include "core/logging.h"
#include "session/sessiontr.h"
#include "session/transportfactory.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

constexpr int kSteps = 3;

Error cancelledError() {
    return Error{Error::Kind::Cancelled, Tr::tr("Cancelled."), {}};
}

} // namespace

HostWorker::HostWorker(HostConfig config, Prompter* prompter)
    : m_config(std::move(config))
    , m_prompter(prompter) {}

HostWorker::~HostWorker() {
    if (m_transport)
        m_transport->close();
}

Result<bool> HostWorker::ensureOpen(quint64 requestId, const CancelToken& cancel) {
    if (m_open)
        return true;
    emit stateChanged(HostSession::State::Connecting);
    emit progress(requestId, Tr::tr("Connecting"), 1, kSteps);
    if (!m_transport)
        m_transport = createTransport(m_config);
    m_transport->setStageListener([this](ConnectionStage stage) { emit stageReached(stage); });
    Result<bool> opened = m_transport->open(&m_prompter, cancel);
    if (!opened) {
        // Start from scratch next time: a half-open transport is not worth keeping.
        m_transport->close();
        m_transport.reset();
        return opened;
    }
    m_open = true;
    emit capabilitiesChanged(m_transport->capabilities());
    return true;
}

void HostWorker::forget(const Error& error) {
    if (error.kind == Error::Kind::ConnectionLost && m_transport) {
        m_transport->close();
        m_transport.reset();
        m_open = false;
    }
}

bool HostWorker::begin(quint64 requestId, const CancelToken& cancel) {
    if (cancel.isCancelled()) {
        emit failed(requestId, cancelledError());
        return false;
    }
    if (Result<bool> opened = ensureOpen(requestId, cancel); !opened) {
        emit failed(requestId, opened.error());
        return false;
    }
    emit stateChanged(HostSession::State::Working);
    return true;
}

void HostWorker::refresh(quint64 requestId, const CancelToken& cancel) {
    if (!begin(requestId, cancel))
        return;
    emit progress(requestId, Tr::tr("Reading objects"), 2, kSteps);
    Result<Snapshot> snapshot = m_transport->snapshot(cancel);
    if (!snapshot) {
        qCDebug(lcSession) << "snapshot failed:" << snapshot.error().detail;
        forget(snapshot.error());
        emit failed(requestId, snapshot.error());
        return;
    }
    if (cancel.isCancelled()) {
        emit failed(requestId, cancelledError());
        return;
    }
    emit progress(requestId, Tr::tr("Analyzing"), 3, kSteps);
    const Report report = analyze(snapshot.value());
    emit reportReady(requestId, report);
}

void HostWorker::runHelper(quint64 requestId, const QStringList& args, const QByteArray& stdinData,
                           const CancelToken& cancel) {
    if (!begin(requestId, cancel))
        return;
    Result<HelperOutput> output = m_transport->runHelper(args, stdinData, cancel);
    if (!output) {
        forget(output.error());
        emit failed(requestId, output.error());
        return;
    }
    emit helperFinished(requestId, output.value());
}

} // namespace ipcscope
