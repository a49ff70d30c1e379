// The window's reads of the audit store (the latest result of each endpoint)
// and the checklist part: items, their events, and the run each checklist
// was brought up to date with (schema 3, audit_store.cpp).

#include "app/store/audit_store.h"
#include "app/store/store_dialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSet>
#include <QVariant>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::AuditStore)
};

} // namespace

QList<StoredResult> AuditStore::latestResults(const QString &workspace, int maxRuns, qint64 *latestRun) const
{
    QList<StoredResult> latest;
    QSet<QString> seen;
    const QList<StoredRun> all = runs(workspace);
    if (latestRun)
        *latestRun = all.isEmpty() ? 0 : all.constFirst().id;
    for (qsizetype i = 0; i < all.size() && i < maxRuns; ++i) {
        for (const StoredResult &r : results(all.at(i).id)) {
            if (!seen.contains(r.endpoint)) {
                seen.insert(r.endpoint);
                latest.append(r);
            }
        }
    }
    return latest;
}

QList<TrackedItem> AuditStore::checklistItems(const QString &workspace, const QString &profile) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rule, endpoint, state, note, first_seen_run, last_seen_run, verified_run,"
                             " regressions, %1 FROM checklist_items WHERE workspace = ? AND profile = ?"
                             " ORDER BY first_seen_run, rule, endpoint")
                  .arg(m_dialect->timeText(QStringLiteral("updated_at"))));
    q.addBindValue(workspace);
    q.addBindValue(profile);
    QList<TrackedItem> items;
    if (!q.exec())
        return items;
    while (q.next()) {
        TrackedItem item;
        item.profile = profile;
        item.rule = q.value(0).toString();
        item.endpoint = q.value(1).toString();
        item.state = itemStateFromKey(q.value(2).toString()).value_or(ItemState::Open);
        item.note = q.value(3).toString();
        item.firstSeenRun = q.value(4).toLongLong();
        item.lastSeenRun = q.value(5).toLongLong();
        item.verifiedRun = q.value(6).toLongLong();
        item.regressions = q.value(7).toInt();
        item.updatedAt = readTime(q.value(8));
        items.append(item);
    }
    return items;
}

QList<ItemEvent> AuditStore::checklistEvents(const QString &workspace, const QString &profile) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rule, endpoint, %1, run_id, from_state, to_state, reason, note"
                             " FROM checklist_events WHERE workspace = ? AND profile = ? ORDER BY changed_at, id")
                  .arg(m_dialect->timeText(QStringLiteral("changed_at"))));
    q.addBindValue(workspace);
    q.addBindValue(profile);
    QList<ItemEvent> events;
    if (!q.exec())
        return events;
    while (q.next()) {
        ItemEvent e;
        e.profile = profile;
        e.rule = q.value(0).toString();
        e.endpoint = q.value(1).toString();
        e.at = readTime(q.value(2));
        e.run = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
        if (!q.value(4).isNull())
            e.from = itemStateFromKey(q.value(4).toString());
        e.to = itemStateFromKey(q.value(5).toString()).value_or(ItemState::Open);
        e.change = itemChangeFromKey(q.value(6).toString()).value_or(ItemChange::SetByUser);
        e.note = q.value(7).toString();
        events.append(e);
    }
    return events;
}

qint64 AuditStore::checklistReconciledRun(const QString &workspace, const QString &profile) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT run_id FROM checklist_reconciled WHERE workspace = ? AND profile = ?"));
    q.addBindValue(workspace);
    q.addBindValue(profile);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool AuditStore::saveChecklist(const QString &workspace, const QString &profile,
                               const QList<TrackedItem> &items, const QList<ItemEvent> &events,
                               qint64 reconciledRun, QString *error, bool *superseded)
{
    if (superseded)
        *superseded = false;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlError e;
    if (!execAll(db, {m_dialect->beginWrite()}, &e)) {
        *error = sqlError(location(), e);
        return false;
    }
    bool ok = true;
    if (reconciledRun > 0) {
        // Another workstation may have brought it up to date with this run
        // since it was read: then its update stands, and this one is dropped.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT run_id FROM checklist_reconciled WHERE workspace = ? AND profile = ?"));
        q.addBindValue(workspace);
        q.addBindValue(profile);
        ok = q.exec();
        if (!ok)
            e = q.lastError();
        else if (q.next() && q.value(0).toLongLong() >= reconciledRun) {
            q.finish();
            QSqlError ignored;
            execAll(db, {QStringLiteral("ROLLBACK")}, &ignored);
            if (superseded)
                *superseded = true;
            return true;
        }
    }
    if (ok) {
        QSqlQuery q(db);
        ok = q.prepare(QStringLiteral(
            "INSERT INTO checklist_items (workspace, profile, rule, endpoint, state, note, first_seen_run,"
            " last_seen_run, verified_run, regressions, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (workspace, profile, rule, endpoint) DO UPDATE SET state = excluded.state,"
            " note = excluded.note, last_seen_run = excluded.last_seen_run, verified_run = excluded.verified_run,"
            " regressions = excluded.regressions, updated_at = excluded.updated_at"));
        for (qsizetype i = 0; ok && i < items.size(); ++i) {
            const TrackedItem &item = items.at(i);
            q.bindValue(0, workspace);
            q.bindValue(1, item.profile);
            q.bindValue(2, item.rule);
            q.bindValue(3, item.endpoint);
            q.bindValue(4, itemStateKey(item.state));
            q.bindValue(5, item.note.isNull() ? QStringLiteral("") : item.note); // NOT NULL: a null QString binds as NULL
            q.bindValue(6, item.firstSeenRun);
            q.bindValue(7, item.lastSeenRun);
            q.bindValue(8, item.verifiedRun);
            q.bindValue(9, item.regressions);
            q.bindValue(10, isoTime(item.updatedAt.isValid() ? item.updatedAt : QDateTime::currentDateTimeUtc()));
            ok = q.exec();
        }
        if (!ok)
            e = q.lastError();
    }
    if (ok) {
        QSqlQuery q(db);
        ok = q.prepare(QStringLiteral("INSERT INTO checklist_events (workspace, profile, rule, endpoint, changed_at, run_id,"
                                      " from_state, to_state, reason, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (qsizetype i = 0; ok && i < events.size(); ++i) {
            const ItemEvent &ev = events.at(i);
            q.bindValue(0, workspace);
            q.bindValue(1, ev.profile);
            q.bindValue(2, ev.rule);
            q.bindValue(3, ev.endpoint);
            q.bindValue(4, isoTime(ev.at));
            q.bindValue(5, ev.run ? QVariant(ev.run) : QVariant(QMetaType::fromType<qint64>()));
            q.bindValue(6, ev.from ? QVariant(itemStateKey(*ev.from)) : QVariant(QMetaType::fromType<QString>()));
            q.bindValue(7, itemStateKey(ev.to));
            q.bindValue(8, itemChangeKey(ev.change));
            q.bindValue(9, ev.note.isNull() ? QStringLiteral("") : ev.note);
            ok = q.exec();
        }
        if (!ok)
            e = q.lastError();
    }
    if (ok && reconciledRun > 0) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO checklist_reconciled (workspace, profile, run_id) VALUES (?, ?, ?)"
                                 " ON CONFLICT (workspace, profile) DO UPDATE SET run_id = excluded.run_id"));
        q.addBindValue(workspace);
        q.addBindValue(profile);
        q.addBindValue(reconciledRun);
        ok = q.exec();
        if (!ok)
            e = q.lastError();
    }
    if (ok)
        ok = execAll(db, {QStringLiteral("COMMIT")}, &e);
    if (!ok) {
        *error = sqlError(location(), e);
        QSqlError ignored;
        execAll(db, {QStringLiteral("ROLLBACK")}, &ignored);
        return false;
    }
    return true;
}

std::optional<Reconciliation> updateChecklist(AuditStore &store, const Workspace &workspace,
                                              const Evaluation &evaluation, const StoredRun &run, QDate today,
                                              QString *error)
{
    Reconciliation r;
    r.items = store.checklistItems(workspace.name, evaluation.profileId);
    if (run.id <= store.checklistReconciledRun(workspace.name, evaluation.profileId))
        return r;
    r = reconcileChecklist(r.items, evaluation, run.id, run.startedAt, workspace.acceptedRisks, today);
    bool superseded = false;
    if (!store.saveChecklist(workspace.name, evaluation.profileId, r.changed(), r.events, run.id, error,
                             &superseded))
        return std::nullopt;
    if (superseded)
        return Reconciliation{store.checklistItems(workspace.name, evaluation.profileId), {}};
    return r;
}

std::optional<TrackedItem> setChecklistItemState(AuditStore &store, const QString &workspace, const QString &profile,
                                                 const QString &itemKey, ItemState state, const QString &note,
                                                 const QDateTime &now, QString *error)
{
    QList<TrackedItem> items = store.checklistItems(workspace, profile);
    auto it = std::find_if(items.begin(), items.end(), [&](const TrackedItem &t) { return t.key() == itemKey; });
    if (it == items.end()) {
        *error = Tr::tr("no item '%1' in the checklist of %2 (items are named RULE@ENDPOINT, as listed)")
                     .arg(itemKey, workspace);
        return std::nullopt;
    }
    const std::optional<ItemEvent> event = setItemState(*it, state, note, now, error);
    if (!event || !store.saveChecklist(workspace, profile, {*it}, {*event}, 0, error))
        return std::nullopt;
    return *it;
}

} // namespace mailtls
