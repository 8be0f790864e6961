// SPDX-License-Identifier: GPL-3.0-or-later
// The answer to one HostSession request, in the QNetworkReply shape: the caller owns it, only the
// caller hears its signals, and dropping it cancels the work it stands for. Exactly one of
// finished() or failed() is emitted, queued on the GUI thread; the reply may be deleted in a slot
// connected to either.
#pragma once

#include "analysis/report.h"
#include "core/error.h"
#include "transport/transport.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace ipcscope {

class HostSession;

class SessionReply : public QObject {
    Q_OBJECT
public:
    ~SessionReply() override; // cancels the work when it has not answered yet

    bool isFinished() const { return m_finished; }
    // Why the request failed, once failed() was emitted.
    const std::optional<Error>& error() const { return m_error; }
    // Asks the work to stop; failed() with Error::Kind::Cancelled follows unless it finished
    // first. Other callers' requests on the same session go on.
    void cancel();

signals:
    void progress(const QString& stage, int step, int steps);
    void failed(const ipcscope::Error& error);

protected:
    explicit SessionReply(HostSession* session);
    // Marks the reply answered; false when it was already (nothing may be emitted then).
    bool settle();

private:
    friend class HostSession;
    void fail(const Error& error);

    QPointer<HostSession> m_session;
    bool m_finished = false;
    std::optional<Error> m_error;
};

// A snapshot and its analysis. A refresh superseded by a newer one on the same session is not
// answered with its own (stale) result: it waits for the newest refresh and gets that answer.
class RefreshReply final : public SessionReply {
    Q_OBJECT
signals:
    void finished(const ipcscope::Report& report);

private:
    friend class HostSession;
    using SessionReply::SessionReply;
    void finish(const Report& report);
};

// One helper command (remove, apply-limits, symptoms, start-service).
class HelperReply final : public SessionReply {
    Q_OBJECT
signals:
    void finished(const ipcscope::HelperOutput& output);

private:
    friend class HostSession;
    using SessionReply::SessionReply;
    void finish(const HelperOutput& output);
};

} // namespace ipcscope
