// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundedcommand.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace ipcscope::helper {

CommandResult runBounded(const std::string& program, const std::vector<std::string>& args,
                         size_t maxBytes, int timeoutMs) {
    CommandResult r;
    int outPipe[2], errPipe[2];
    if (::pipe2(outPipe, O_CLOEXEC) != 0) {
        r.error = std::strerror(errno);
        return r;
    }
    if (::pipe2(errPipe, O_CLOEXEC) != 0) {
        r.error = std::strerror(errno);
        ::close(outPipe[0]);
        ::close(outPipe[1]);
        return r;
    }
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const std::string& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);

    const pid_t pid = ::fork();
    if (pid < 0) {
        r.error = std::strerror(errno);
        for (int fd : {outPipe[0], outPipe[1], errPipe[0], errPipe[1]})
            ::close(fd);
        return r;
    }
    if (pid == 0) {
        const int devNull = ::open("/dev/null", O_RDONLY);
        if (devNull >= 0)
            ::dup2(devNull, 0);
        ::dup2(outPipe[1], 1);
        ::dup2(errPipe[1], 2);
        // The pager and colours are off by arguments; this keeps journalctl from asking anyway.
        ::setenv("SYSTEMD_PAGER", "", 1);
        ::setenv("SYSTEMD_COLORS", "0", 1);
        ::execv(program.c_str(), argv.data());
        ::_exit(127);
    }
    r.started = true;
    ::close(outPipe[1]);
    ::close(errPipe[1]);

    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
    int open = 2;
    char buf[16384];
    while (open > 0) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                              deadline - std::chrono::steady_clock::now())
                              .count();
        if (left <= 0) {
            r.timedOut = true;
            break;
        }
        const int n = ::poll(fds, 2, int(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            break;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t got = ::read(fds[i].fd, buf, sizeof buf);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0) {
                ::close(fds[i].fd);
                fds[i].fd = -1;
                --open;
                continue;
            }
            std::string& target = i == 0 ? r.out : r.err;
            const size_t room = maxBytes > target.size() ? maxBytes - target.size() : 0;
            target.append(buf, std::min(room, size_t(got)));
            if (size_t(got) > room)
                r.truncated = true;
        }
        if (r.truncated)
            break;
    }
    for (pollfd& f : fds)
        if (f.fd >= 0)
            ::close(f.fd);
    if (open > 0)
        ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status))
        r.exitStatus = WEXITSTATUS(status);
    if (r.exitStatus == 127 && r.out.empty()) {
        r.started = false;
        r.error = "could not be started";
    }
    return r;
}

} // namespace ipcscope::helper
