// Naming the audit store (--db): SQLite paths and URLs, PostgreSQL URLs with
// their parts decoded, and errors that say what is wrong without ever
// showing the password.

#include "app/store/store_location.h"

#include <QTest>

using namespace mailtls;

class TestStoreLocation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void connectOptions();
};

void TestStoreLocation::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path"); // SQLite; empty for PostgreSQL
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("parameters"); // key=value, joined with &
    QTest::addColumn<QString>("display");

    QTest::newRow("a relative path") << "audits.sqlite"
                                     << "audits.sqlite"
                                     << "" << -1 << ""
                                     << ""
                                     << ""
                                     << ""
                                     << "audits.sqlite";
    QTest::newRow("an absolute path") << "/var/lib/m/a.sqlite"
                                      << "/var/lib/m/a.sqlite"
                                      << "" << -1 << ""
                                      << ""
                                      << ""
                                      << ""
                                      << "/var/lib/m/a.sqlite";
    QTest::newRow("a path with a colon") << "backup:2024.sqlite"
                                         << "backup:2024.sqlite"
                                         << "" << -1 << ""
                                         << ""
                                         << ""
                                         << ""
                                         << "backup:2024.sqlite";
    QTest::newRow("sqlite:relative") << "sqlite:data/a.sqlite"
                                     << "data/a.sqlite"
                                     << "" << -1 << ""
                                     << ""
                                     << ""
                                     << ""
                                     << "data/a.sqlite";
    QTest::newRow("sqlite:/absolute") << "sqlite:/srv/a.sqlite"
                                      << "/srv/a.sqlite"
                                      << "" << -1 << ""
                                      << ""
                                      << ""
                                      << ""
                                      << "/srv/a.sqlite";
    QTest::newRow("sqlite:///absolute, percent-encoded") << "sqlite:///srv/my%20audits.sqlite"
                                                         << "/srv/my audits.sqlite"
                                                         << "" << -1 << ""
                                                         << ""
                                                         << ""
                                                         << ""
                                                         << "/srv/my audits.sqlite";
    QTest::newRow("postgresql, every part")
        << "postgresql://alice:s3cret@db.example.org:6543/mailtls?sslmode=verify-full&sslrootcert=/"
           "etc/ca.pem"
        << ""
        << "db.example.org" << 6543 << "mailtls"
        << "alice"
        << "s3cret"
        << "sslmode=verify-full&sslrootcert=/etc/ca.pem"
        << "postgresql://alice:***@db.example.org:6543/mailtls?sslmode=verify-full&sslrootcert=/"
           "etc/ca.pem";
    QTest::newRow("postgres://, no password, default port") << "postgres://alice@db/mailtls"
                                                            << ""
                                                            << "db" << -1 << "mailtls"
                                                            << "alice"
                                                            << ""
                                                            << ""
                                                            << "postgresql://alice@db/mailtls";
    QTest::newRow("no user (PGUSER or the login name)") << "postgresql://127.0.0.1:5432/audits"
                                                        << ""
                                                        << "127.0.0.1" << 5432 << "audits"
                                                        << ""
                                                        << ""
                                                        << ""
                                                        << "postgresql://127.0.0.1:5432/audits";
    QTest::newRow("IPv6 loopback") << "postgresql://alice@[::1]:5432/mailtls"
                                   << ""
                                   << "::1" << 5432 << "mailtls"
                                   << "alice"
                                   << ""
                                   << ""
                                   << "postgresql://alice@[::1]:5432/mailtls";
    QTest::newRow("percent-encoded user, password and database")
        << "postgresql://al%40ice:p%40ss%3Aw%2Frd%25@127.0.0.1/mail%20tls"
        << ""
        << "127.0.0.1" << -1 << "mail tls"
        << "al@ice"
        << "p@ss:w/rd%"
        << ""
        << "postgresql://al%40ice:***@127.0.0.1/mail%20tls";
    QTest::newRow("a socket folder") << "postgresql:///mailtls?host=/run/postgresql"
                                     << ""
                                     << "/run/postgresql" << -1 << "mailtls"
                                     << ""
                                     << ""
                                     << ""
                                     << "postgresql:///mailtls?host=/run/postgresql";
    QTest::newRow("libpq parameters kept in order")
        << "postgresql://db/m?connect_timeout=3&application_name=ws%20one"
        << ""
        << "db" << -1 << "m"
        << ""
        << ""
        << "connect_timeout=3&application_name=ws one"
        << "postgresql://db/m?connect_timeout=3&application_name=ws%20one";
}

void TestStoreLocation::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, path);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, parameters);
    QFETCH(QString, display);
    QString error;
    const std::optional<StoreLocation> l = StoreLocation::parse(text, &error);
    QVERIFY2(l, qPrintable(error));
    QCOMPARE(l->kind, path.isEmpty() ? StoreLocation::Kind::Postgres : StoreLocation::Kind::Sqlite);
    QCOMPARE(l->path, path);
    QCOMPARE(l->host, host);
    QCOMPARE(l->port, port);
    QCOMPARE(l->database, database);
    QCOMPARE(l->user, user);
    QCOMPARE(l->password, password);
    QStringList pairs;
    for (const auto &[key, value] : l->parameters)
        pairs.append(key + QLatin1Char('=') + value);
    QCOMPARE(pairs.join(QLatin1Char('&')), parameters);
    QCOMPARE(l->display(), display);
    // What is shown names the same store.
    const std::optional<StoreLocation> again = StoreLocation::parse(l->display(), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->host, l->host);
    QCOMPARE(again->database, l->database);
}

void TestStoreLocation::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << ""
                             << "empty";
    QTest::newRow("sqlite: with no file") << "sqlite:"
                                          << "names no file";
    QTest::newRow("sqlite:// with a host") << "sqlite://host/a.sqlite"
                                           << "sqlite:///absolute/path";
    QTest::newRow("another scheme") << "mysql://alice:s3cret@db/mailtls"
                                    << "scheme \"mysql\"";
    QTest::newRow("no database") << "postgresql://alice:s3cret@db/"
                                 << "names no database";
    QTest::newRow("a path below the database") << "postgresql://alice:s3cret@db/a/b"
                                               << "names no database";
    QTest::newRow("a port out of range") << "postgresql://alice:s3cret@db:99999/mailtls"
                                         << "not valid";
    QTest::newRow("a port that is no number") << "postgresql://alice:s3cret@db:x/mailtls"
                                              << "not valid";
    QTest::newRow("an unencoded # in the password") << "postgresql://alice:s3#cret@db/mailtls"
                                                    << "not valid";
    QTest::newRow("a fragment") << "postgresql://alice:s3cret@db/mailtls#s3cret"
                                << "fragment";
    QTest::newRow("the password as a parameter") << "postgresql://alice@db/mailtls?password=s3cret"
                                                 << "unknown parameter \"password\"";
    QTest::newRow("an unknown parameter") << "postgresql://alice:s3cret@db/mailtls?sslmod=require"
                                          << "unknown parameter \"sslmod\"";
    QTest::newRow("a parameter with ';'") << "postgresql://alice:s3cret@db/m?application_name=a;b"
                                          << "without ';'";
    QTest::newRow("a parameter without value") << "postgresql://alice:s3cret@db/m?sslmode"
                                               << "needs a value";
    QTest::newRow("the host twice") << "postgresql://alice:s3cret@db/m?host=/run/postgresql"
                                    << "host twice";
}

void TestStoreLocation::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!StoreLocation::parse(text, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("s3")), qPrintable(error)); // never the password
}

void TestStoreLocation::connectOptions()
{
    QString error;
    auto l = StoreLocation::parse(
        QStringLiteral("postgresql://db/m?sslrootcert=/a%20b/c'd%5Ce&connect_timeout=3"), &error);
    QVERIFY2(l, qPrintable(error));
    // Quoted for libpq; a connect timeout given is kept, the application's name added.
    QCOMPARE(l->connectOptions(),
             QStringLiteral("sslrootcert='/a b/c\\'d\\\\e';connect_timeout='3';"
                            "application_name='mailtls-auditor'"));
    l = StoreLocation::parse(QStringLiteral("postgresql://db/m"), &error);
    QCOMPARE(l->connectOptions(),
             QStringLiteral("connect_timeout='10';application_name='mailtls-auditor'"));
}

QTEST_GUILESS_MAIN(TestStoreLocation)
#include "tst_store_location.moc"
