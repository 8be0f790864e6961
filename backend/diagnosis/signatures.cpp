// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis/signatures.h"

#include "analysis/context.h"
#include "diagnosis/diagnosistr.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

bool has(QStringView line, QLatin1StringView needle) {
    return line.contains(needle);
}
// Case-insensitive for ASCII letters only, like the helper: Qt's Unicode folding would also take
// U+212A KELVIN SIGN for a 'k' and match lines the helper does not.
bool hasNoCase(QStringView line, QLatin1StringView needle) {
    const auto lower = [](char16_t c) {
        return c >= u'A' && c <= u'Z' ? char16_t(c - u'A' + u'a') : c;
    };
    for (qsizetype i = 0; i + needle.size() <= line.size(); ++i) {
        qsizetype j = 0;
        while (j < needle.size() && lower(line[i + j].unicode()) == lower(needle[j].unicode()))
            ++j;
        if (j == needle.size())
            return true;
    }
    return false;
}

} // namespace

QString matchSignature(QStringView line) {
    // Keep in step with remote-helper/logsignatures.cpp: the most specific signature first.
    if (has(line, "AH00023"_L1) ||
        (hasNoCase(line, "couldn't create the"_L1) && hasNoCase(line, "mutex"_L1)) ||
        hasNoCase(line, "couldn't create accept lock"_L1))
        return u"apache_mutex_create"_s;
    if (has(line, "AH00144"_L1) || hasNoCase(line, "couldn't grab the accept mutex"_L1))
        return u"apache_accept_mutex"_s;
    if (has(line, "could not create semaphores"_L1))
        return u"postgresql_semaphores"_s;
    if (has(line, "could not create shared memory segment"_L1))
        return u"postgresql_shared_memory"_s;
    if (has(line, "semctl("_L1) && has(line, "IPC_RMID"_L1) && has(line, "failed"_L1))
        return u"semctl_rmid_failed"_s;
    if (has(line, "semget"_L1) && has(line, "No space left on device"_L1))
        return u"semget_no_space"_s;
    if (has(line, "shmget"_L1) && has(line, "No space left on device"_L1))
        return u"shmget_no_space"_s;
    if (has(line, "shmget"_L1) && has(line, "Cannot allocate memory"_L1))
        return u"shmget_no_memory"_s;
    return {};
}

QList<std::pair<QString, QString>> matchLines(const QString& text) {
    QList<std::pair<QString, QString>> out;
    const auto lines = QStringView(text).split(u'\n');
    for (QStringView line : lines) {
        line = line.trimmed();
        const QString code = matchSignature(line);
        if (!code.isEmpty())
            out.append({code, line.toString()});
    }
    return out;
}

QStringList signatureCodes() {
    return {u"apache_mutex_create"_s,      u"apache_accept_mutex"_s, u"postgresql_semaphores"_s,
            u"postgresql_shared_memory"_s, u"semctl_rmid_failed"_s,  u"semget_no_space"_s,
            u"shmget_no_space"_s,          u"shmget_no_memory"_s};
}

std::optional<SignatureInfo> signatureInfo(const QString& code) {
    if (code == "apache_mutex_create"_L1)
        return SignatureInfo{
            code, u"apache"_s, ObjectType::Semaphore, Tr::tr("Apache could not create a lock"),
            Tr::tr(
                "When Apache starts it creates locks (\"mutexes\") so that its worker processes "
                "take turns, like a talking stick in a meeting. On Linux these are often System V "
                "semaphore sets, and the kernel allows only a fixed number of them (SEMMNI). When "
                "every allowed set is taken, Apache cannot create its lock and refuses to start. "
                "\"No space left on device\" here has nothing to do with the disk: it means the "
                "kernel's table of semaphore sets is full, usually with sets left behind by "
                "earlier Apache processes that were killed.")};
    if (code == "apache_accept_mutex"_L1)
        return SignatureInfo{
            code, u"apache"_s, ObjectType::Semaphore, Tr::tr("Apache lost its lock while running"),
            Tr::tr("Apache's worker processes take turns accepting new connections using a lock "
                   "(the \"accept mutex\"). This message means the lock vanished or broke while "
                   "Apache was running: someone removed the semaphore set (for example with ipcrm, "
                   "or systemd removing a user's IPC objects when that user logged out), and the "
                   "workers gave up. Apache usually stops right after it.")};
    if (code == "postgresql_semaphores"_L1)
        return SignatureInfo{
            code, u"postgresql"_s, ObjectType::Semaphore,
            Tr::tr("PostgreSQL could not create its semaphores"),
            Tr::tr(
                "PostgreSQL needs a few semaphore sets for its connections and refuses to start "
                "without them. \"No space left on device\" means the kernel's limit on semaphore "
                "sets (SEMMNI) or on semaphores in total (SEMMNS) was reached - not that the disk "
                "is full. Either leftover sets take the room, or the limits are too low for the "
                "configured max_connections.")};
    if (code == "postgresql_shared_memory"_L1)
        return SignatureInfo{
            code, u"postgresql"_s, ObjectType::SharedMemory,
            Tr::tr("PostgreSQL could not create its shared memory"),
            Tr::tr(
                "PostgreSQL keeps a small System V shared-memory segment as a safety marker and "
                "refuses to start without it. \"No space left on device\" means the kernel's limit "
                "on segments (SHMMNI) or on shared memory in total (SHMALL) was reached; \"Cannot "
                "allocate memory\" means the memory asked for is not available; \"Invalid "
                "argument\" means the segment is larger than SHMMAX allows.")};
    if (code == "semctl_rmid_failed"_L1)
        return SignatureInfo{
            code,
            {},
            ObjectType::Semaphore,
            Tr::tr("A semaphore set disappeared under a program"),
            Tr::tr("A program tried to remove its own semaphore set and found it already gone. The "
                   "usual cause is systemd-logind's RemoveIPC=yes: when the last session of a user "
                   "ends, systemd deletes every IPC object that user owns - including those of a "
                   "database or web server running under that account. Setting RemoveIPC=no in "
                   "/etc/systemd/logind.conf, or running the service under a system account, "
                   "prevents it.")};
    if (code == "semget_no_space"_L1)
        return SignatureInfo{
            code,
            {},
            ObjectType::Semaphore,
            Tr::tr("A program could not create a semaphore set"),
            Tr::tr(
                "A program asked the kernel for a new semaphore set and was refused because the "
                "kernel's limit on semaphore sets (SEMMNI) or on semaphores in total (SEMMNS) was "
                "reached. \"No space left on device\" is the kernel's way of saying its table is "
                "full - the disk is fine.")};
    if (code == "shmget_no_space"_L1)
        return SignatureInfo{
            code,
            {},
            ObjectType::SharedMemory,
            Tr::tr("A program could not create a shared-memory segment"),
            Tr::tr("A program asked the kernel for a new shared-memory segment and was refused "
                   "because the kernel's limit on segments (SHMMNI) or on shared memory in total "
                   "(SHMALL) was reached. The disk is not involved.")};
    if (code == "shmget_no_memory"_L1)
        return SignatureInfo{
            code,
            {},
            ObjectType::SharedMemory,
            Tr::tr("A program could not get the shared memory it asked for"),
            Tr::tr(
                "A program asked for a shared-memory segment and the kernel could not provide the "
                "memory: the request is larger than the free memory or the huge pages reserved, "
                "or the segments already there (perhaps left behind) hold too much.")};
    return std::nullopt;
}

QString symptomMessage(const QString& line) {
    // Apache: "… (28)No space left on device: AH00023: Couldn't create the ssl-cache mutex"
    static const QRegularExpression apache(u"\\((\\d+)\\)([^:]+): (?:AH\\d+: )?(.*)$"_s);
    if (const auto m = apache.match(line); m.hasMatch())
        return (m.captured(2) + u": "_s + m.captured(3)).trimmed();
    static const QRegularExpression apacheNoErrno(u"\\] (?:\\[[^\\]]*\\] )*(?:AH\\d+: )(.*)$"_s);
    if (const auto m = apacheNoErrno.match(line); m.hasMatch())
        return m.captured(1).trimmed();
    // PostgreSQL: "… [9121] FATAL:  could not create semaphores: No space left on device"
    static const QRegularExpression postgres(u"\\b(?:FATAL|ERROR|LOG|WARNING|PANIC):\\s+(.*)$"_s);
    if (const auto m = postgres.match(line); m.hasMatch())
        return m.captured(1).trimmed();
    // syslog and journal: "Nov 23 12:49:10 web1 myapp[4411]: message"
    static const QRegularExpression tagged(u"^\\S.*?\\s\\S+?(?:\\[\\d+\\])?: (.*)$"_s);
    if (const auto m = tagged.match(line); m.hasMatch())
        return m.captured(1).trimmed();
    return line.trimmed();
}

} // namespace ipcscope
