// SPDX-License-Identifier: GPL-3.0-or-later
// Everything IPC Scope knows and does for one configured host entry: its HostSession, the
// latest report, the search of its logs (symptoms) and when to run it, and the refresh in
// progress. One controller per entry, never shared: two entries for the same server have two
// sessions and two sets of data. Widget-free, so the GUI's pages subscribe to it (as hotspot's
// pages subscribe to their parser) and a command-line front end could drive it too.
#pragma once

#include "analysis/report.h"
#include "core/error.h"
#include "core/hostconfig.h"
#include "diagnosis/symptoms.h"
#include "session/hostsession.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace ipcscope {

class HistoryService;
class Prompter;

class HostController : public QObject {
    Q_OBJECT
public:
    // The prompter is asked on the session's worker thread and must outlive the controller.
    explicit HostController(HostConfig config, Prompter* prompter = nullptr,
                            QObject* parent = nullptr);
    ~HostController() override; // cancels what runs and joins the session's worker

    const HostConfig& config() const { return m_session->config(); }
    HostSession* session() const { return m_session.get(); }
    // The key the host's history is stored under: its address without the user (the history is
    // the server's, and stays when the entry is edited).
    QString historyKey() const;
    // Where each fresh report is recorded (under historyKey()); none: nothing is recorded.
    void setHistory(HistoryService* history);

    // The latest report, empty before the first refresh succeeded.
    const std::optional<Report>& report() const { return m_report; }
    // The report as the overview shows it: with the diagnoses of the log search merged in.
    std::optional<Report> diagnosedReport() const;
    // The latest search of the host's logs (helper `symptoms`), or why there is none.
    const std::optional<SymptomScan>& symptoms() const { return m_symptoms; }
    const QString& symptomsUnavailable() const { return m_symptomsUnavailable; }

    // Why the last refresh failed (not when cancelled); empty once a refresh succeeds.
    const std::optional<Error>& lastError() const { return m_lastError; }

    bool isRefreshing() const { return m_refresh != nullptr; }
    bool hasTried() const { return m_tried; } // a refresh was asked for at least once
    // What follows a report: the search of the host's logs (helper `symptoms`, shown by the
    // host's pages), right away or only once the pages show the host (searchLogs()). The Fleet
    // page's "Refresh all" reads many hosts for their rows, which do not show the search, so it
    // spares each server that work until the host is opened.
    enum class LogSearch { AfterReport, WhenShown };
    // Takes a snapshot; a refresh still running is superseded (its result never shown).
    void refresh(LogSearch logSearch = LogSearch::AfterReport);
    // Searches the logs unless a search runs, one was asked for less than two minutes ago or
    // there is no report yet (the host was never read).
    void searchLogs();
    // Stops the running refresh; the last report stays.
    void cancel();

signals:
    void refreshStarted();
    // A fresh report is in, and handed to the history (pages take it from here).
    void reportChanged(const ipcscope::Report& report);
    // The refresh failed; Error::Kind::Cancelled when it was cancelled. The last report stays.
    void refreshFailed(const ipcscope::Error& error);
    // symptoms() or symptomsUnavailable() changed.
    void symptomsChanged();

private:
    void onReport(const Report& report);
    void onRefreshFailed(const Error& error);
    void onSymptoms(const HelperOutput& output);
    void setSymptomsUnavailable(const QString& why);

    std::unique_ptr<HostSession> m_session;
    QPointer<HistoryService> m_history;
    std::optional<Report> m_report;
    std::unique_ptr<RefreshReply> m_refresh; // the refresh under way
    bool m_tried = false;
    LogSearch m_logSearch = LogSearch::AfterReport; // of the refresh under way
    std::optional<Error> m_lastError;
    std::optional<SymptomScan> m_symptoms;
    QString m_symptomsUnavailable;
    qint64 m_symptomsAt = 0; // when the search was asked for, seconds since the epoch
    std::unique_ptr<HelperReply> m_symptomsSearch;
};

} // namespace ipcscope
