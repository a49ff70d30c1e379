#include "app/cli/store_options.h"

#include "app/store/audit_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace mailtls::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::AuditCommand)
};

} // namespace

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              Tr::tr("The audit store: an SQLite file (default: %1), sqlite:FILE, or "
                                     "postgresql://user@host[:port]/database[?sslmode=...] for a store shared "
                                     "with a team (the password from PGPASSWORD or ~/.pgpass).")
                                  .arg(AuditStore::defaultPath()),
                              Tr::tr("url"));
}

// Where --db says (the default file when not given); nullopt when it cannot be understood.
std::optional<StoreLocation> dbLocation(const QCommandLineParser &parser, const QCommandLineOption &db,
                                        const QString &command, QTextStream &err)
{
    if (!parser.isSet(db))
        return StoreLocation::sqliteFile(AuditStore::defaultPath());
    QString error;
    std::optional<StoreLocation> location = StoreLocation::parse(parser.value(db), &error);
    if (!location)
        err << Tr::tr("%1: --db: %2").arg(command, error) << Qt::endl;
    return location;
}

} // namespace mailtls::cli
