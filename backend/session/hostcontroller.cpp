// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/hostcontroller.h"

#include "diagnosis/diagnoser.h"
#include "history/historyservice.h"
#include "session/sessiontr.h"
#include "transport/helpererror.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

// Logs change slowly and reading them (and the journal) costs more than a snapshot, so the
// search runs after the first report of a host (or when its pages first show it) and then at
// most every two minutes.
constexpr qint64 kSymptomsInterval = 120;

// A reply is deleted after its slot returns, never inside it.
template <typename Reply>
void release(std::unique_ptr<Reply>& reply) {
    if (reply)
        reply.release()->deleteLater();
}

} // namespace

HostController::HostController(HostConfig config, Prompter* prompter, QObject* parent)
    : QObject(parent)
    , m_session(std::make_unique<HostSession>(std::move(config), prompter)) {}

HostController::~HostController() {
    // Replies first: they tell the session what to cancel; then the session joins its worker.
    m_refresh.reset();
    m_symptomsSearch.reset();
    m_session.reset();
}

QString HostController::historyKey() const {
    return config().kind == HostConfig::Kind::Local ? u"local"_s : config().address();
}

void HostController::setHistory(HistoryService* history) {
    m_history = history;
}

std::optional<Report> HostController::diagnosedReport() const {
    if (!m_report)
        return std::nullopt;
    if (!m_symptoms)
        return m_report;
    return withDiagnoses(*m_report, *m_symptoms);
}

void HostController::refresh(LogSearch logSearch) {
    m_tried = true;
    m_logSearch = logSearch;
    m_refresh = m_session->refresh();
    connect(m_refresh.get(), &RefreshReply::finished, this, &HostController::onReport);
    connect(m_refresh.get(), &RefreshReply::failed, this, &HostController::onRefreshFailed);
    emit refreshStarted();
}

void HostController::cancel() {
    if (m_refresh)
        m_refresh->cancel();
}

void HostController::onReport(const Report& report) {
    release(m_refresh);
    m_lastError.reset();
    m_report = report;
    if (m_history)
        m_history->record(historyKey(), report);
    emit reportChanged(report);
    if (m_logSearch == LogSearch::AfterReport)
        searchLogs();
}

void HostController::onRefreshFailed(const Error& error) {
    release(m_refresh);
    if (error.kind != Error::Kind::Cancelled)
        m_lastError = error;
    emit refreshFailed(error);
}

void HostController::searchLogs() {
    if (m_symptomsSearch || !m_report)
        return;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (m_symptomsAt != 0 && now - m_symptomsAt < kSymptomsInterval)
        return;
    m_symptomsAt = now;
    if (!m_session->capabilities().canModify) {
        // Agentless read: without the helper there is nothing to search the logs with.
        setSymptomsUnavailable(
            Tr::tr("IPC Scope's helper cannot run on this host, so its logs are not searched."));
        return;
    }
    m_symptomsSearch = m_session->runHelper({u"symptoms"_s}, {});
    connect(m_symptomsSearch.get(), &HelperReply::finished, this, &HostController::onSymptoms);
    connect(m_symptomsSearch.get(), &HelperReply::failed, this, [this](const Error& error) {
        release(m_symptomsSearch);
        setSymptomsUnavailable(error.message);
    });
}

void HostController::onSymptoms(const HelperOutput& output) {
    release(m_symptomsSearch);
    if (output.exitCode != 0) {
        setSymptomsUnavailable(helperFailure(config().displayName(), output).message);
        return;
    }
    Result<SymptomScan> scan = parseSymptoms(output.out);
    if (!scan) {
        setSymptomsUnavailable(scan.error().message);
        return;
    }
    m_symptoms = std::move(scan).value();
    m_symptomsUnavailable.clear();
    emit symptomsChanged();
}

void HostController::setSymptomsUnavailable(const QString& why) {
    m_symptoms.reset();
    m_symptomsUnavailable = why;
    emit symptomsChanged();
}

} // namespace ipcscope
