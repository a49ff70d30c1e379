#pragma once

// SQL as another program would run it on a database: a QtSql connection of
// its own, opened, used and removed, for tests that fake or inspect what the
// store finds.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace storetest {

// Runs the statements on the database that `point` sets the connection to;
// the first column of the last statement's rows, or nullopt with *error.
inline std::optional<QStringList> rawSql(const QString &driver,
                                         const std::function<void(QSqlDatabase &)> &point,
                                         const QStringList &statements, QString *error)
{
    const QString name = QStringLiteral("storetest-raw");
    std::optional<QStringList> values = QStringList();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        point(db);
        if (!db.open()) {
            *error = db.lastError().text();
            values.reset();
        } else {
            QSqlQuery q(db);
            for (const QString &s : statements) {
                if (!q.exec(s)) {
                    *error = s + QStringLiteral(": ") + q.lastError().text();
                    values.reset();
                    break;
                }
                values->clear();
                while (q.next())
                    values->append(q.value(0).toString());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

} // namespace storetest
