// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalprompter.h"

#include "clitr.h"
#include "terminaltext.h"

#include <QCoreApplication>

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ipcscope::cli {

namespace {

// Questions carry the server's words (keyboard-interactive prompts): escaped like all text.
void say(const QString& text) {
    writeText(stderr, text);
    std::fflush(stderr);
}

// One line from stdin without the newline; false at end of input.
bool readLine(std::string& line) {
    line.clear();
    std::clearerr(stdin); // an earlier end of input must not answer this question
    for (;;) {
        const int c = std::fgetc(stdin);
        if (c == EOF)
            return !line.empty();
        if (c == '\n')
            return true;
        line.push_back(char(c));
    }
}

} // namespace

bool TerminalPrompter::interactive() {
    return isatty(STDIN_FILENO) == 1;
}

Prompter::HostKeyAnswer TerminalPrompter::unknownHostKey(const HostKeyInfo& key) {
    if (!interactive()) {
        say(Tr::tr(
                "ipcscope-cli: the host key of %1 is unknown and cannot be confirmed: not running "
                "on a terminal. Check its fingerprint %2 and run again with "
                "--accept-new-host-key.")
                .arg(key.host, key.fingerprint) +
            u'\n');
        return HostKeyAnswer::Reject;
    }
    say(Tr::tr("The authenticity of host %1 (port %2) cannot be established.\n"
               "Its %3 key fingerprint is %4.\n"
               "Compare it with the fingerprint the server's administrator gives you.\n"
               "Accept the key and save it to %5? [y/N] ")
            .arg(key.host)
            .arg(key.port)
            .arg(key.keyType, key.fingerprint,
                 key.knownHostsFile.isEmpty() ? u"~/.ssh/known_hosts"_s : key.knownHostsFile));
    std::string answer;
    if (!readLine(answer))
        return HostKeyAnswer::Reject;
    const QString a = QString::fromStdString(answer).trimmed().toLower();
    return (a == "y"_L1 || a == "yes"_L1) ? HostKeyAnswer::AcceptAndSave : HostKeyAnswer::Reject;
}

std::optional<QString> TerminalPrompter::secret(SecretKind kind, const QString& prompt, Echo echo) {
    Q_UNUSED(kind);
    if (!interactive()) {
        say(Tr::tr("ipcscope-cli: cannot ask for a password: not running on a terminal.") + u'\n');
        return std::nullopt;
    }
    say(prompt.endsWith(u' ') ? prompt : prompt + u' ');
    termios saved{};
    // Echo stays on only for a question the server marks as echoed (not a password).
    const bool haveTerm = echo == Echo::Off && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerm) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        // TCSANOW, not TCSAFLUSH: what was typed ahead (or piped in by `expect`) stays.
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    const bool got = readLine(line);
    if (haveTerm)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    say(u"\n"_s);
    if (!got) {
        line.assign(line.size(), '\0');
        return std::nullopt;
    }
    QString result = QString::fromStdString(line);
    // The caller wipes the QString; wipe our copy of the bytes now.
    line.assign(line.size(), '\0');
    return result;
}

} // namespace ipcscope::cli
