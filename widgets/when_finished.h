#pragma once

// Runs f(result) on context's thread when a future finishes. A watcher
// connected before setFuture() also reports a future that is already
// finished; QFuture::then(context, ...) of Qt 6.4 was seen to miss that case
// now and then, so the window's continuations go through a watcher.

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
