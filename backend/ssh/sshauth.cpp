// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssh/sshauth.h"

#include "core/logging.h"
#include "ssh/secret.h"
#include "ssh/ssherror.h"
#include "ssh/sshsession.h"
#include "ssh/sshtr.h"
#include "transport/prompter.h"

#include <QCoreApplication>
#include <QStringList>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

struct AuthContext {
    Prompter* prompter = nullptr;
    const CancelToken* cancel = nullptr;
    bool declined = false; // the person cancelled a question
};

// libssh asks for a key passphrase through this callback while it imports a key file.
int passphraseCallback(const char* prompt, char* buf, size_t len, int /*echo*/, int /*verify*/,
                       void* userdata) {
    auto* ctx = static_cast<AuthContext*>(userdata);
    if (!ctx->prompter || ctx->cancel->isCancelled() || len == 0)
        return -1;
    std::optional<QString> answer =
        ctx->prompter->secret(Prompter::SecretKind::KeyPassphrase, QString::fromUtf8(prompt));
    if (!answer) {
        ctx->declined = true;
        return -1;
    }
    QByteArray bytes = answer->toUtf8();
    wipe(answer);
    const bool fits = size_t(bytes.size()) < len;
    if (fits) {
        std::memcpy(buf, bytes.constData(), size_t(bytes.size()));
        buf[bytes.size()] = '\0';
    }
    wipe(bytes);
    return fits ? 0 : -1;
}

// libssh keeps the pointer: this one stays valid for the life of the program.
ssh_callbacks_struct noCallbacks = [] {
    ssh_callbacks_struct cb{};
    ssh_callbacks_init(&cb);
    return cb;
}();

QString methodName(unsigned method) {
    switch (method) {
    case SSH_AUTH_METHOD_NONE:
        return u"none"_s;
    case SSH_AUTH_METHOD_PUBLICKEY:
        return u"publickey"_s;
    case SSH_AUTH_METHOD_INTERACTIVE:
        return u"keyboard-interactive"_s;
    case SSH_AUTH_METHOD_PASSWORD:
        return u"password"_s;
    case SSH_AUTH_METHOD_HOSTBASED:
        return u"hostbased"_s;
    case SSH_AUTH_METHOD_GSSAPI_MIC:
        return u"gssapi-with-mic"_s;
    }
    return u"unknown"_s;
}

QStringList methodNames(int methods) {
    QStringList names;
    for (unsigned m :
         {SSH_AUTH_METHOD_PUBLICKEY, SSH_AUTH_METHOD_INTERACTIVE, SSH_AUTH_METHOD_PASSWORD,
          SSH_AUTH_METHOD_HOSTBASED, SSH_AUTH_METHOD_GSSAPI_MIC})
        if (unsigned(methods) & m)
            names << methodName(m);
    return names;
}

class Authenticator {
public:
    Authenticator(SshSession& session, Prompter* prompter, const CancelToken& cancel)
        : m_session(session)
        , m_s(session.handle())
        , m_cancel(cancel) {
        m_ctx.prompter = prompter;
        m_ctx.cancel = &cancel;
    }

    Result<bool> run();

private:
    int publicKey();
    int keyboardInteractive();
    int password();
    Error failure() const;

    SshSession& m_session;
    ssh_session m_s;
    const CancelToken& m_cancel;
    AuthContext m_ctx;
    QStringList m_tried;
    int m_offered = 0;
};

int Authenticator::publicKey() {
    ssh_callbacks_struct cb{};
    ssh_callbacks_init(&cb);
    cb.userdata = &m_ctx;
    cb.auth_function = passphraseCallback;
    ssh_set_callbacks(m_s, &cb);
    // Agent first, then each key file; a key file's passphrase is asked only when the server
    // accepts its public half.
    const int rc = ssh_userauth_publickey_auto(m_s, nullptr, nullptr);
    ssh_set_callbacks(m_s, &noCallbacks);
    return rc;
}

int Authenticator::keyboardInteractive() {
    int rc = ssh_userauth_kbdint(m_s, nullptr, nullptr);
    while (rc == SSH_AUTH_INFO) {
        const QString name = QString::fromUtf8(ssh_userauth_kbdint_getname(m_s));
        const QString instruction = QString::fromUtf8(ssh_userauth_kbdint_getinstruction(m_s));
        const int prompts = ssh_userauth_kbdint_getnprompts(m_s);
        for (int i = 0; i < prompts; ++i) {
            char echo = 0;
            QString prompt =
                QString::fromUtf8(ssh_userauth_kbdint_getprompt(m_s, unsigned(i), &echo));
            for (const QString& extra : {instruction, name})
                if (!extra.isEmpty())
                    prompt = extra + u'\n' + prompt;
            if (!m_ctx.prompter || m_cancel.isCancelled())
                return SSH_AUTH_DENIED;
            // The server says whether the answer may be shown (a PAM password may not).
            std::optional<QString> answer =
                m_ctx.prompter->secret(Prompter::SecretKind::KeyboardInteractive, prompt,
                                       echo ? Prompter::Echo::On : Prompter::Echo::Off);
            if (!answer) {
                m_ctx.declined = true;
                return SSH_AUTH_DENIED;
            }
            QByteArray bytes = answer->toUtf8();
            wipe(answer);
            ssh_userauth_kbdint_setanswer(m_s, unsigned(i), bytes.constData());
            wipe(bytes);
        }
        rc = ssh_userauth_kbdint(m_s, nullptr, nullptr);
    }
    return rc;
}

int Authenticator::password() {
    const QString prompt =
        Tr::tr("Password for %1@%2:").arg(m_session.user(), m_session.config().host);
    int rc = SSH_AUTH_DENIED;
    // Three attempts, like OpenSSH, so that a typo does not end the connection.
    for (int attempt = 0; attempt < 3 && rc == SSH_AUTH_DENIED; ++attempt) {
        if (!m_ctx.prompter || m_cancel.isCancelled())
            return SSH_AUTH_DENIED;
        std::optional<QString> answer =
            m_ctx.prompter->secret(Prompter::SecretKind::Password, prompt);
        if (!answer) {
            m_ctx.declined = true;
            return SSH_AUTH_DENIED;
        }
        QByteArray bytes = answer->toUtf8();
        wipe(answer);
        rc = ssh_userauth_password(m_s, nullptr, bytes.constData());
        wipe(bytes);
    }
    return rc;
}

Error Authenticator::failure() const {
    const QString target = m_session.config().target();
    if (m_ctx.declined)
        return {Error::Kind::Cancelled, Tr::tr("Login to %1 was cancelled.").arg(target), {}};
    QString message;
    if (m_tried.isEmpty())
        message = Tr::tr("%1 offers no login method that IPC Scope supports (it offers: %2).")
                      .arg(target, methodNames(m_offered).join(u", "_s));
    else if (!m_ctx.prompter && !m_tried.contains(u"password"_s) &&
             (m_offered & (SSH_AUTH_METHOD_PASSWORD | SSH_AUTH_METHOD_INTERACTIVE)))
        message = Tr::tr("Login to %1 as %2 failed. Tried: %3. A password could be asked, but "
                         "nobody can be asked here; use a key (ssh-agent or an identity file).")
                      .arg(target, m_session.user(), m_tried.join(u", "_s));
    else
        message = Tr::tr("Login to %1 as %2 failed. Tried: %3. Check the user name, the key "
                         "(ssh-agent or identity file) or the password.")
                      .arg(target, m_session.user(), m_tried.join(u", "_s));
    return {Error::Kind::AuthenticationFailed, message,
            u"server offers: %1; tried: %2"_s.arg(methodNames(m_offered).join(u", "_s),
                                                  m_tried.join(u", "_s))};
}

Result<bool> Authenticator::run() {
    int rc = ssh_userauth_none(m_s, nullptr);
    m_tried << methodName(SSH_AUTH_METHOD_NONE);
    int done = 0; // methods already used, so a partial success moves on to the next one
    for (int round = 0; rc != SSH_AUTH_SUCCESS; ++round) {
        if (round > 10) // a server that keeps answering "partial success" is not followed forever
            return failure();
        if (rc == SSH_AUTH_ERROR)
            return m_session.lastError(Tr::tr("logging in"));
        if (m_cancel.isCancelled())
            return cancelledError();
        m_offered = ssh_userauth_list(m_s, nullptr);
        const auto next = [&](unsigned method) {
            return (unsigned(m_offered) & method) && !(unsigned(done) & method);
        };
        if (next(SSH_AUTH_METHOD_PUBLICKEY)) {
            done |= SSH_AUTH_METHOD_PUBLICKEY;
            m_tried << methodName(SSH_AUTH_METHOD_PUBLICKEY);
            rc = publicKey();
        } else if (next(SSH_AUTH_METHOD_INTERACTIVE)) {
            done |= SSH_AUTH_METHOD_INTERACTIVE;
            m_tried << methodName(SSH_AUTH_METHOD_INTERACTIVE);
            rc = keyboardInteractive();
        } else if (next(SSH_AUTH_METHOD_PASSWORD)) {
            done |= SSH_AUTH_METHOD_PASSWORD;
            m_tried << methodName(SSH_AUTH_METHOD_PASSWORD);
            rc = password();
        } else {
            return failure();
        }
        if (m_ctx.declined)
            return failure();
        if (rc == SSH_AUTH_PARTIAL)
            done = 0; // another factor is required; the server lists what remains
    }
    qCDebug(lcSsh) << "authenticated with" << m_tried.last();
    return true;
}

} // namespace

Result<bool> authenticate(SshSession& session, Prompter* prompter, const CancelToken& cancel) {
    if (cancel.isCancelled())
        return cancelledError();
    return Authenticator(session, prompter, cancel).run();
}

} // namespace ipcscope
