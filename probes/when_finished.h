#pragma once

// Runs f(result) on context's thread when a future finishes; nothing when
// context is destroyed first. Every continuation of the project goes through
// it: the resolver's lookups, the store's answers, the audit session's steps
// and the window's. A watcher connected before setFuture() also
// reports a future that is already finished; QFuture::then(context, ...) of
// Qt 6.4 was seen to miss continuations now and then (a continuation posted
// while the thread ran a nested event loop), so the window's continuations
// and AuditSession's go through a watcher.

#include <QFutureWatcher>

namespace mailtls {

template <typename T, typename F>
void whenFinished(QObject *context, const QFuture<T> &future, F &&f)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, f = std::forward<F>(f)]() mutable {
                         watcher->deleteLater();
                         f(watcher->result());
                     });
    watcher->setFuture(future);
}

} // namespace mailtls
