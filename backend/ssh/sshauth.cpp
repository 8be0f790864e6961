// SPDX-License-Identifier: GPL-3.0-or-later
#include "ssh/sshauth.h"

#include "core/logging.h"
#include "ssh/secret.h"
#include "ssh/ssherror.h"
#include "ssh/sshsession.h"
#include "ssh/sshtr.h"
#include "transport/prompter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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
    bool declined = false;        // the person cancelled a question
    bool passphraseAsked = false; // a key file's passphrase was asked already
};

// libssh asks for a key passphrase through this callback while it imports a key file (only for
// IdentityFile entries of ~/.ssh/config, see Authenticator::publicKey()). libssh's prompt does
// not name the key, so once a passphrase was asked for a key we know, none is asked here: the
// same key would be asked for twice.
int passphraseCallback(const char* prompt, char* buf, size_t len, int /*echo*/, int /*verify*/,
                       void* userdata) {
    auto* ctx = static_cast<AuthContext*>(userdata);
    if (!ctx->prompter || ctx->cancel->isCancelled() || len == 0 || ctx->passphraseAsked)
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

    Result<Login> run();

private:
    int publicKey();
    int keyFile(const QString& path);
    ssh_key privateKey(const QString& path);
    QStringList keyFiles() const;
    int keyboardInteractive();
    int password();
    Error failure() const;

    SshSession& m_session;
    ssh_session m_s;
    const CancelToken& m_cancel;
    AuthContext m_ctx;
    QStringList m_tried;
    int m_offered = 0;
    Login m_login;
};

// "~/.ssh/id_rsa" for a key in the person's home, the path otherwise.
QString shownPath(const QString& path) {
    const QString home = QDir::homePath() + u'/';
    return path.startsWith(home) ? u"~/"_s + path.mid(home.size()) : path;
}

// The key files tried one by one, so that we know which one logged in and which were skipped:
// the identity file of the host entry, then OpenSSH's default names.
QStringList Authenticator::keyFiles() const {
    QStringList files;
    if (!m_session.config().identityFile.isEmpty())
        files << QDir::cleanPath(m_session.config().identityFile);
    for (const char* name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
        const QString path = sshUserDir() + u'/' + QLatin1StringView(name);
        if (QFile::exists(path) && !files.contains(path))
            files << path;
    }
    return files;
}

int refuseQuietly(const char*, char*, size_t, int, int, void* userdata) {
    *static_cast<bool*>(userdata) = true; // the key wants a passphrase
    return -1;
}

// The private key of `path`, with its passphrase asked when it has one (three tries, as OpenSSH
// does); null when it cannot be opened, and then m_login.skipped says why.
ssh_key Authenticator::privateKey(const QString& path) {
    const QByteArray file = QFile::encodeName(path);
    const QString shown = shownPath(path);
    ssh_key key = nullptr;
    bool encrypted = false;
    if (ssh_pki_import_privkey_file(file.constData(), nullptr, refuseQuietly, &encrypted, &key) ==
        SSH_OK)
        return key;
    if (!encrypted) {
        m_login.skipped << Tr::tr("The key %1 was skipped: it could not be read.").arg(shown);
        return nullptr;
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (!m_ctx.prompter || m_cancel.isCancelled())
            return nullptr;
        m_ctx.passphraseAsked = true;
        const QString prompt =
            attempt == 0
                ? Tr::tr("Passphrase for the key %1:").arg(shown)
                : Tr::tr("That passphrase was wrong. Passphrase for the key %1:").arg(shown);
        std::optional<QString> answer =
            m_ctx.prompter->secret(Prompter::SecretKind::KeyPassphrase, prompt);
        if (!answer) {
            m_ctx.declined = true;
            return nullptr;
        }
        QByteArray bytes = answer->toUtf8();
        wipe(answer);
        const int rc = ssh_pki_import_privkey_file(file.constData(), bytes.constData(), nullptr,
                                                   nullptr, &key);
        wipe(bytes);
        if (rc == SSH_OK)
            return key;
        m_ctx.prompter->secretRejected(Prompter::SecretKind::KeyPassphrase);
    }
    m_login.skipped << Tr::tr("The key %1 was skipped: its passphrase was wrong.").arg(shown);
    qCWarning(lcSsh) << "key" << shown << "skipped: wrong passphrase";
    return nullptr;
}

int Authenticator::keyFile(const QString& path) {
    ssh_key pub = nullptr;
    const QByteArray pubFile = QFile::encodeName(path + u".pub"_s);
    if (ssh_pki_import_pubkey_file(pubFile.constData(), &pub) == SSH_OK) {
        // The passphrase is asked only when the server accepts the key's public half.
        const int offered = ssh_userauth_try_publickey(m_s, nullptr, pub);
        ssh_key_free(pub);
        if (offered != SSH_AUTH_SUCCESS)
            return offered;
    }
    ssh_key key = privateKey(path);
    if (!key)
        return SSH_AUTH_DENIED;
    const int rc = ssh_userauth_publickey(m_s, nullptr, key);
    ssh_key_free(key);
    if (rc == SSH_AUTH_SUCCESS || rc == SSH_AUTH_PARTIAL)
        m_login.key = shownPath(path);
    return rc;
}

int Authenticator::publicKey() {
    // The agent first, as OpenSSH does.
    if (qEnvironmentVariableIsSet("SSH_AUTH_SOCK")) {
        const int rc = ssh_userauth_agent(m_s, nullptr);
        if (rc == SSH_AUTH_SUCCESS || rc == SSH_AUTH_PARTIAL) {
            m_login.agent = true;
            return rc;
        }
        if (rc == SSH_AUTH_ERROR && !ssh_is_connected(m_s))
            return rc;
    }
    for (const QString& path : keyFiles()) {
        const int rc = keyFile(path);
        if (rc == SSH_AUTH_SUCCESS || rc == SSH_AUTH_PARTIAL || m_ctx.declined)
            return rc;
        if (rc == SSH_AUTH_ERROR && !ssh_is_connected(m_s))
            return rc;
    }
    // IdentityFile entries of ~/.ssh/config: libssh knows them, we do not (and it would offer
    // the keys above again, so only when the file names one).
    QFile config(sshUserDir() + u"/config"_s);
    if (!config.open(QIODevice::ReadOnly) || !config.readAll().toLower().contains("identityfile"))
        return SSH_AUTH_DENIED;
    ssh_callbacks_struct cb{};
    ssh_callbacks_init(&cb);
    cb.userdata = &m_ctx;
    cb.auth_function = passphraseCallback;
    ssh_set_callbacks(m_s, &cb);
    const int rc = ssh_userauth_publickey_auto(m_s, nullptr, nullptr);
    ssh_set_callbacks(m_s, &noCallbacks);
    if (rc == SSH_AUTH_SUCCESS)
        m_login.key = Tr::tr("a key file named in ~/.ssh/config");
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

Result<Login> Authenticator::run() {
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
    m_login.method = m_tried.last();
    qCInfo(lcSsh).noquote() << m_login.describe(m_session.user());
    return m_login;
}

} // namespace

QString Login::describe(const QString& user) const {
    QString text;
    if (method == u"publickey"_s && agent)
        text = Tr::tr("Logged in as %1 with a key from ssh-agent.").arg(user);
    else if (method == u"publickey"_s)
        text = Tr::tr("Logged in as %1 with the key %2.").arg(user, key);
    else if (method == u"password"_s)
        text = Tr::tr("Logged in as %1 with a password.").arg(user);
    else if (method == u"keyboard-interactive"_s)
        text = Tr::tr("Logged in as %1 by answering the server's questions.").arg(user);
    else
        text = Tr::tr("Logged in as %1 without a key or password.").arg(user);
    for (const QString& note : skipped)
        text += u' ' + note;
    return text;
}

Result<Login> authenticate(SshSession& session, Prompter* prompter, const CancelToken& cancel) {
    if (cancel.isCancelled())
        return cancelledError();
    return Authenticator(session, prompter, cancel).run();
}

} // namespace ipcscope
