#pragma once

// A real `mailtls-auditor audit` killed with SIGKILL in the middle of its
// run, written once for every database: the SQLite and the PostgreSQL
// integration tests each call it with their store. Every connection it makes
// is to 127.0.0.1.

#include <QProcessEnvironment>
#include <QString>

namespace storetest {

// Accepts TCP connections on 127.0.0.1 (the kernel does, from the backlog) and never says a word.
class SilentListener
{
public:
    SilentListener();
    ~SilentListener();
    SilentListener(const SilentListener &) = delete;
    SilentListener &operator=(const SilentListener &) = delete;
    quint16 port() const { return m_port; }

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

// A port on 127.0.0.1 where nothing listens: connections are refused at once.
quint16 closedPort();

// The audit of a workspace "hanging" of two endpoints (one refuses at once,
// one accepts and never speaks), into the store named db (as --db takes it;
// location: the same as AuditStore::open takes it here, a password
// included), with env for the command's processes; the workspace file is
// written in folder. While it runs, `runs` in another process and a store
// that stays open say running; once it is killed, both say interrupted, and
// the refused endpoint's result is kept. Checks with QTest macros: call it as
// the whole of a test function.
void killedAuditCommandIsInterrupted(const QString &db, const QString &location,
                                     const QProcessEnvironment &env, const QString &folder);

} // namespace storetest
