#include "app/store/store_location.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::StoreLocation)
};

// The libpq connection parameters a URL's query may carry. Not the password
// (it would be shown wherever the URL is), nor what the URL's parts say.
const QStringList &knownParameters()
{
    static const QStringList names{
        QStringLiteral("host"),
        QStringLiteral("hostaddr"),
        QStringLiteral("sslmode"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),
        QStringLiteral("sslcrldir"),
        QStringLiteral("sslsni"),
        QStringLiteral("requirepeer"),
        QStringLiteral("gssencmode"),
        QStringLiteral("channel_binding"),
        QStringLiteral("krbsrvname"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"),
        QStringLiteral("target_session_attrs"),
        QStringLiteral("keepalives"),
        QStringLiteral("keepalives_idle"),
        QStringLiteral("keepalives_interval"),
        QStringLiteral("keepalives_count"),
        QStringLiteral("tcp_user_timeout"),
        QStringLiteral("passfile"),
    };
    return names;
}

std::optional<StoreLocation> parsePostgres(const QString &text, QString *error)
{
    // QUrl's own error text quotes the whole URL, password included: never shown.
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        *error =
            Tr::tr("the PostgreSQL URL is not valid: check the host and port, and percent-encode "
                   "@ : / % in the user name and password");
        return std::nullopt;
    }
    StoreLocation l;
    l.kind = StoreLocation::Kind::Postgres;
    l.host = url.host(QUrl::FullyDecoded);
    l.port = url.port(-1);
    l.user = url.userName(QUrl::FullyDecoded);
    l.password = url.password(QUrl::FullyDecoded);
    l.database = url.path(QUrl::FullyDecoded).mid(1);
    if (l.database.isEmpty() || l.database.contains(QLatin1Char('/'))) {
        *error = Tr::tr("the PostgreSQL URL names no database: postgresql://user@host/DATABASE");
        return std::nullopt;
    }
    if (url.hasFragment()) {
        *error = Tr::tr(
            "the PostgreSQL URL has a fragment (#...); percent-encode # in a password as %23");
        return std::nullopt;
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!knownParameters().contains(key)) {
            *error = Tr::tr("the PostgreSQL URL has an unknown parameter \"%1\" (known: %2)")
                         .arg(key, knownParameters().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        // QPSQL separates its connect options with ';' and cannot quote one.
        if (value.isEmpty() || value.contains(QLatin1Char(';'))) {
            *error =
                Tr::tr("the PostgreSQL URL's parameter \"%1\" needs a value without ';'").arg(key);
            return std::nullopt;
        }
        if (key == QLatin1String("host")) {
            if (!l.host.isEmpty()) {
                *error = Tr::tr(
                    "the PostgreSQL URL names the host twice (before the database and in ?host=)");
                return std::nullopt;
            }
            l.host = value;
            continue;
        }
        l.parameters.append({key, value});
    }
    return l;
}

} // namespace

StoreLocation StoreLocation::sqliteFile(const QString &path)
{
    StoreLocation l;
    l.path = path;
    return l;
}

std::optional<StoreLocation> StoreLocation::parse(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty()) {
        *error = Tr::tr("the audit store location is empty");
        return std::nullopt;
    }
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString scheme = colon > 0 ? text.left(colon).toLower() : QString();
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres"))
        return parsePostgres(text, error);
    if (scheme == QLatin1String("sqlite")) {
        const QString rest = text.mid(colon + 1);
        if (rest.isEmpty()) {
            *error = Tr::tr("sqlite: names no file");
            return std::nullopt;
        }
        if (!rest.startsWith(QLatin1String("//")))
            return sqliteFile(rest);
        // sqlite:///abs/path: a URL with no host, percent-encoded like any.
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || !url.host().isEmpty() || url.path().isEmpty()) {
            *error = Tr::tr("an SQLite URL is sqlite:///absolute/path or sqlite:relative/path");
            return std::nullopt;
        }
        return sqliteFile(url.path(QUrl::FullyDecoded));
    }
    if (text.contains(QLatin1String("://"))) {
        *error =
            Tr::tr("the audit store URL's scheme \"%1\" is not one of sqlite: and postgresql://")
                .arg(text.left(text.indexOf(QLatin1String("://"))));
        return std::nullopt;
    }
    return sqliteFile(text);
}

QString StoreLocation::display() const
{
    if (kind == Kind::Sqlite)
        return path;
    // Built by hand: QUrl drops the "//" of a URL without a host (a socket folder).
    const auto encoded = [](const QString &s) {
        return QString::fromLatin1(QUrl::toPercentEncoding(s));
    };
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty() || !password.isEmpty())
        out += encoded(user) + (password.isEmpty() ? QString() : QStringLiteral(":***")) +
               QLatin1Char('@');
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket)
        out += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port != -1)
        out += QLatin1Char(':') + QString::number(port);
    out += QLatin1Char('/') + encoded(database);
    QUrlQuery query;
    if (socket)
        query.addQueryItem(QStringLiteral("host"), host);
    for (const auto &[key, value] : parameters)
        query.addQueryItem(key, value);
    if (!query.isEmpty())
        out += QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    return out;
}

QString StoreLocation::connectOptions() const
{
    QList<std::pair<QString, QString>> all = parameters;
    const auto has = [&](const QString &key) {
        return std::any_of(all.cbegin(), all.cend(), [&](const auto &p) { return p.first == key; });
    };
    // An unreachable server fails in seconds, not after TCP's minutes; and its
    // administrator sees who is connected.
    if (!has(QStringLiteral("connect_timeout")))
        all.append({QStringLiteral("connect_timeout"), QStringLiteral("10")});
    if (!has(QStringLiteral("application_name")))
        all.append({QStringLiteral("application_name"), QStringLiteral("mailtls-auditor")});
    QStringList out;
    for (auto [key, value] : all) {
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('\''), QLatin1String("\\'"));
        out.append(key + QLatin1String("='") + value + QLatin1Char('\''));
    }
    return out.join(QLatin1Char(';'));
}

} // namespace mailtls
