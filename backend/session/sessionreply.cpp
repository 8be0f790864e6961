// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/sessionreply.h"

#include "session/hostsession.h"

namespace ipcscope {

SessionReply::SessionReply(HostSession* session)
    : m_session(session) {}

SessionReply::~SessionReply() {
    if (!m_finished && m_session)
        m_session->drop(this);
}

void SessionReply::cancel() {
    if (!m_finished && m_session)
        m_session->cancelReply(this);
}

bool SessionReply::settle() {
    if (m_finished)
        return false;
    m_finished = true;
    return true;
}

void SessionReply::fail(const Error& error) {
    if (!settle())
        return;
    m_error = error;
    emit failed(error); // the last use of `this`: a slot may delete the reply
}

void RefreshReply::finish(const Report& report) {
    if (settle())
        emit finished(report);
}

void HelperReply::finish(const HelperOutput& output) {
    if (settle())
        emit finished(output);
}

} // namespace ipcscope
