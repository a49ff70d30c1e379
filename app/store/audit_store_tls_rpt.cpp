// The TLS-RPT part of the audit store (schema 5, audit_store.cpp): imported
// aggregate reports, once per organisation and report-id, with their JSON.

#include "app/store/audit_store.h"
#include "app/store/store_dialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mailtls {

bool AuditStore::addTlsRptReports(const QList<StoredTlsRptReport> &reports, int *added, QString *error)
{
    *added = 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlError e;
    if (!execAll(db, {m_dialect->beginWrite()}, &e)) {
        *error = sqlError(location(), e);
        return false;
    }
    QSqlQuery q(db);
    bool ok = q.prepare(QStringLiteral(
        "INSERT INTO tls_rpt_reports (organization, report_id, start_at, end_at, source, imported_at, report)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (organization, report_id) DO NOTHING"));
    const QString now = isoNow();
    int count = 0;
    for (qsizetype i = 0; ok && i < reports.size(); ++i) {
        const StoredTlsRptReport &r = reports.at(i);
        q.bindValue(0, r.organization);
        q.bindValue(1, r.reportId);
        q.bindValue(2, isoTime(r.start));
        q.bindValue(3, isoTime(r.end));
        q.bindValue(4, r.source.isNull() ? QStringLiteral("") : r.source); // NOT NULL: a null QString binds as NULL
        q.bindValue(5, now);
        q.bindValue(6, packJson(r.json));
        ok = q.exec();
        if (ok && q.numRowsAffected() > 0)
            ++count;
    }
    if (!ok)
        e = q.lastError();
    q.finish();
    if (ok)
        ok = execAll(db, {QStringLiteral("COMMIT")}, &e);
    if (!ok) {
        *error = sqlError(location(), e);
        QSqlError ignored;
        execAll(db, {QStringLiteral("ROLLBACK")}, &ignored);
        return false;
    }
    *added = count;
    return true;
}

QList<StoredTlsRptReport> AuditStore::tlsRptReports() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT organization, report_id, %1, %2, source, %3, report FROM tls_rpt_reports"
                             " ORDER BY start_at, organization, report_id")
                  .arg(m_dialect->timeText(QStringLiteral("start_at")), m_dialect->timeText(QStringLiteral("end_at")),
                       m_dialect->timeText(QStringLiteral("imported_at"))));
    QList<StoredTlsRptReport> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        StoredTlsRptReport r;
        r.organization = q.value(0).toString();
        r.reportId = q.value(1).toString();
        r.start = readTime(q.value(2));
        r.end = readTime(q.value(3));
        r.source = q.value(4).toString();
        r.importedAt = readTime(q.value(5));
        r.json = unpackJson(q.value(6));
        out.append(r);
    }
    return out;
}

} // namespace mailtls
