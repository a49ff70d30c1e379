#pragma once

// Child processes of a test die with it, whatever way it ends: the kernel
// sends them a signal when the test's thread that started them is gone
// (PR_SET_PDEATHSIG), as the lab does for its servers.

#include <QProcess>

#include <csignal>
#include <grp.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace storetest {

// Optionally as another user (uid 0: as we are): PostgreSQL refuses to run as
// root. The parent-death signal is set after the user changes, which clears it.
inline void dieWithTest(QProcess &p, int signal = SIGKILL, uid_t uid = 0, gid_t gid = 0)
{
    const pid_t parent = ::getpid();
    p.setChildProcessModifier([parent, signal, uid, gid] {
        if (uid != 0 && (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0))
            ::_exit(126);
        ::prctl(PR_SET_PDEATHSIG, signal);
        if (::getppid() != parent)
            ::_exit(1);
    });
}

} // namespace storetest
