// SPDX-License-Identifier: GPL-3.0-or-later
// Every text ipcscope-cli writes for people goes through writeText(): names, owners, commands,
// hostnames and helper messages come from the server (any local user there can name a /dev/shm
// file), and raw control characters in them would move the cursor, rewrite lines, set the
// window title or plant hyperlinks on the admin's terminal. JSON output is escaped by its writer
// and goes through writeRaw().
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <cstdio>

namespace ipcscope {
struct Error;
}

namespace ipcscope::cli {

// `text` with every control character spelt out: C0 (but line feed and tab), DEL and C1 as
// \xNN, the Unicode bidirectional controls (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069) as
// \uNNNN.
QString terminalSafe(QStringView text);

// terminalSafe(text) in UTF-8.
void writeText(std::FILE* to, const QString& text);

// A parsed command line (out, err, options, exitCode: ParsedCommandLine, ParsedClean, ParsedCheck)
// carried out: its help or usage text printed, then run(options) when there are options, else its
// exit code.
template <typename Parsed, typename Run>
int runParsed(const Parsed& parsed, Run&& run) {
    if (!parsed.out.isEmpty())
        writeText(stdout, parsed.out);
    if (!parsed.err.isEmpty())
        writeText(stderr, parsed.err);
    if (!parsed.options)
        return parsed.exitCode;
    return run(*parsed.options);
}
// Bytes as they are (JSON, already escaped).
void writeRaw(std::FILE* to, QByteArrayView bytes);

// Says on stderr what failed ("ipcscope-cli: " and the sentence, then the technical detail) and
// returns ExitFailure, for a command to `return fail(error);`.
int fail(const Error& error);

} // namespace ipcscope::cli
