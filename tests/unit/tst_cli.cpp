#include "app/cli/cli.h"
#include "app/store/audit_store.h"
#include "app/cli/version.h"
#include "tests/common/cli_run.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace mailtls;

namespace {
using Run = CliRun;

Run run(const QStringList &args) { return runCli(args); }

const QString kDemo = QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json");
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wantsCommandLine_data();
    void wantsCommandLine();
    void version();
    void help();
    void unknownCommand();
    void inventory();
    void inventoryJsonRoundTrips();
    void inventoryBadFile();
    void storeLocation_data();
    void storeLocation();
    void auditRefusesAStoreBeforeProbing();
    void discoverUsage_data();
    void discoverUsage();
    void profiles_data();
    void profiles();
};

void TestCli::wantsCommandLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("headless");
    QTest::newRow("no arguments") << QStringList{} << false;
    QTest::newRow("workspace only") << QStringList{QStringLiteral("--workspace"), QStringLiteral("a.json")} << false;
    QTest::newRow("lang only") << QStringList{QStringLiteral("--lang"), QStringLiteral("ja")} << false;
    QTest::newRow("window on a store")
        << QStringList{QStringLiteral("--workspace"), QStringLiteral("a.json"), QStringLiteral("--db"),
                       QStringLiteral("/tmp/audits.sqlite")}
        << false;
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << true;
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << true;
    QTest::newRow("subcommand") << QStringList{QStringLiteral("inventory")} << true;
    QTest::newRow("lang then subcommand")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("probe")} << true;
}

void TestCli::wantsCommandLine()
{
    QFETCH(QStringList, args);
    QFETCH(bool, headless);
    QCOMPARE(cli::wantsCommandLine(QStringList{QStringLiteral("mailtls-auditor")} + args), headless);
}

void TestCli::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("mailtls-auditor " MAILTLS_VERSION)));
    QVERIFY2(r.out.contains(QLatin1String("OpenSSL 3")), qPrintable(r.out));
}

void TestCli::help()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains(QLatin1String("Usage: mailtls-auditor")));
    QVERIFY(r.out.contains(QLatin1String("inventory")));
    // Every subcommand is in the one table, the report too (the window's QGuiApplication is main()'s).
    for (const char *command : {"audit", "runs", "import", "findings", "profiles", "checklist", "path", "report"})
        QVERIFY2(r.out.contains(QStringLiteral("  %1  ").arg(QString::fromLatin1(command), -12)), command);
    const Run sub = run({QStringLiteral("inventory"), QStringLiteral("--help")});
    QCOMPARE(sub.status, 0);
    QVERIFY(sub.out.contains(QLatin1String("--workspace")));
}

void TestCli::unknownCommand()
{
    const Run r = run({QStringLiteral("frobnicate")});
    QCOMPARE(r.status, 2);
    QVERIFY(r.err.contains(QLatin1String("unknown command 'frobnicate'")));
}

void TestCli::inventory()
{
    const Run r = run({QStringLiteral("inventory"), QStringLiteral("--workspace"), kDemo});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains(QLatin1String("Kumo Trading (demo)")));
    QVERIFY(r.out.contains(QLatin1String("8 host")));
    QVERIFY(r.out.contains(QLatin1String("smtp://127.0.0.11:2525")));
    QVERIFY(r.out.contains(QLatin1String("M2  Delivery to store: relay.kumo.internal -> archive/lmtp")));
}

void TestCli::inventoryJsonRoundTrips()
{
    const Run r = run({QStringLiteral("inventory"), QStringLiteral("-w"), kDemo, QStringLiteral("--json")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains(QLatin1String("\"schema_version\": 5")));
    QVERIFY(r.out.contains(QLatin1String("\"endpoint\": \"pop/pop3\"")));
}

void TestCli::inventoryBadFile()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nope.json"));
    const Run r = run({QStringLiteral("inventory"), QStringLiteral("--workspace"), missing});
    QCOMPARE(r.status, 4); // a file that cannot be read
    QVERIFY2(r.err.contains(missing), qPrintable(r.err));
    const Run noArg = run({QStringLiteral("inventory")});
    QCOMPARE(noArg.status, 2);
}

// --db names the store for audit and runs; runs says where it is; a password never shows.
void TestCli::storeLocation_data()
{
    QTest::addColumn<QStringList>("args"); // {FILE} stands for a file in a temporary folder
    QTest::addColumn<bool>("existing");    // a store is made at {FILE} first
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("said");
    QTest::newRow("runs, another scheme") << QStringList{QStringLiteral("runs"), QStringLiteral("--db"),
                                                         QStringLiteral("mysql://alice:s3cret@db/m")}
                                          << false << 2 << "runs: --db: the audit store URL's scheme \"mysql\"";
    QTest::newRow("audit, no database in the URL")
        << QStringList{QStringLiteral("audit"), QStringLiteral("--workspace"), kDemo, QStringLiteral("--db"),
                       QStringLiteral("postgresql://alice:s3cret@db/")}
        << false << 2 << "audit: --db: the PostgreSQL URL names no database";
    QTest::newRow("audit, --expiry-days not a number")
        << QStringList{QStringLiteral("audit"), QStringLiteral("--workspace"), kDemo, QStringLiteral("--db"),
                       QStringLiteral("{FILE}"), QStringLiteral("--expiry-days"), QStringLiteral("soon")}
        << false << 2 << "audit: --expiry-days takes a number of days";
    QTest::newRow("audit, --notify-mail with two addresses")
        << QStringList{QStringLiteral("audit"), QStringLiteral("--workspace"), kDemo, QStringLiteral("--db"),
                       QStringLiteral("{FILE}"), QStringLiteral("--notify-mail"),
                       QStringLiteral("root, evil@example.org")}
        << false << 2 << "audit: --notify-mail takes one mail address (got 'root, evil@example.org')";
    QTest::newRow("audit, --notify-mail with a header in it")
        << QStringList{QStringLiteral("audit"), QStringLiteral("--workspace"), kDemo, QStringLiteral("--db"),
                       QStringLiteral("{FILE}"), QStringLiteral("--notify-mail"),
                       QStringLiteral("root\nBcc: evil@example.org")}
        << false << 2 << "audit: --notify-mail takes one mail address";
    QTest::newRow("audit, --notify-mail ending in a line break")
        << QStringList{QStringLiteral("audit"), QStringLiteral("--workspace"), kDemo, QStringLiteral("--db"),
                       QStringLiteral("{FILE}"), QStringLiteral("--notify-mail"), QStringLiteral("root\n")}
        << false << 2 << "audit: --notify-mail takes one mail address";
    QTest::newRow("runs, an SQLite file not there yet")
        << QStringList{QStringLiteral("runs"), QStringLiteral("--db"), QStringLiteral("sqlite:{FILE}")} << false
        << 0 << "No runs yet ({FILE} does not exist).";
    QTest::newRow("runs, an SQLite store") << QStringList{QStringLiteral("runs"), QStringLiteral("--db"),
                                                          QStringLiteral("sqlite://{FILE}")}
                                           << true << 0 << "Store: {FILE}\n";
}

void TestCli::storeLocation()
{
    QFETCH(QStringList, args);
    QFETCH(bool, existing);
    QFETCH(int, status);
    QFETCH(QString, said);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("audits.sqlite"));
    if (existing) {
        QString error;
        QVERIFY2(AuditStore::open(file, &error), qPrintable(error));
    }
    args.replaceInStrings(QStringLiteral("{FILE}"), file);
    said.replace(QStringLiteral("{FILE}"), file);
    const Run r = run(args);
    QCOMPARE(r.status, status);
    QVERIFY2((status ? r.err : r.out).contains(said), qPrintable(r.out + r.err));
    if (status == 2)
        QVERIFY(!QFile::exists(file)); // refused before the store is made
    QVERIFY2(!r.err.contains(QLatin1String("s3cret")), qPrintable(r.err));
}

// A store that cannot be opened is said before anything is probed (the demo's
// hosts are never asked), and the file is left as it was.
void TestCli::auditRefusesAStoreBeforeProbing()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("foreign.sqlite"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not an audit store");
    f.close();
    const Run r = run({QStringLiteral("audit"), QStringLiteral("--workspace"), kDemo, QStringLiteral("--db"), file});
    QCOMPARE(r.status, 4); // a store that cannot be opened
    QVERIFY2(r.err.startsWith(QLatin1String("audit: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(file), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("audit: run")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("not an audit store"));
}

// Bad arguments to discover and import --dns end before any query (these tests
// must not ask a real nameserver); tst_dns_discovery runs them against dnsmasq.
void TestCli::discoverUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("what");
    QTest::newRow("no domain") << QStringList{QStringLiteral("discover")} << "give one DOMAIN";
    QTest::newRow("two domains") << QStringList{QStringLiteral("discover"), QStringLiteral("a.example"),
                                                QStringLiteral("b.example")}
                                 << "give one DOMAIN";
    QTest::newRow("not a domain") << QStringList{QStringLiteral("discover"), QStringLiteral("kumo example")}
                                  << "'kumo example' is not a domain name";
    QTest::newRow("server not an address")
        << QStringList{QStringLiteral("discover"), QStringLiteral("kumo.example"), QStringLiteral("--server"),
                       QStringLiteral("ns.example")}
        << "discover: --server: 'ns.example' is not an IP address";
    QTest::newRow("timeout not a number")
        << QStringList{QStringLiteral("discover"), QStringLiteral("kumo.example"), QStringLiteral("--timeout"),
                       QStringLiteral("soon")}
        << "discover: --timeout takes a number of seconds";
    QTest::newRow("import: two sources")
        << QStringList{QStringLiteral("import"), QStringLiteral("-w"), kDemo, QStringLiteral("--dns"),
                       QStringLiteral("kumo.example"), QStringLiteral("--csv"), QStringLiteral("x.csv")}
        << "one of --csv FILE, --nmap FILE or --dns DOMAIN";
    QTest::newRow("import: not a domain")
        << QStringList{QStringLiteral("import"), QStringLiteral("-w"), kDemo, QStringLiteral("--dns"),
                       QStringLiteral("-bad-.example")}
        << "import: '-bad-.example' is not a domain name";
    QTest::newRow("import: bad server")
        << QStringList{QStringLiteral("import"), QStringLiteral("-w"), kDemo, QStringLiteral("--dns"),
                       QStringLiteral("kumo.example"), QStringLiteral("--server"), QStringLiteral("[::1]:0")}
        << "import: --server: '0' is not a port";
}

void TestCli::discoverUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, what);
    const Run r = run(args);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(what), qPrintable(r.err));
    QVERIFY(run({QStringLiteral("--help")}).out.contains(QLatin1String("discover")));
}

QTEST_GUILESS_MAIN(TestCli)
void TestCli::profiles_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("out"); // a part of stdout
    QTest::addColumn<QString>("err"); // a part of stderr
    QTest::newRow("list") << QStringList{QStringLiteral("profiles")} << 0
                          << "mozilla-intermediate  5.7" << "";
    QTest::newRow("list as JSON") << QStringList{QStringLiteral("profiles"), QStringLiteral("--json")} << 0
                                  << "\"id\": \"ncsc-nl\"" << "";
    QTest::newRow("findings names the known profiles")
        << QStringList{QStringLiteral("findings"), QStringLiteral("--workspace"), kDemo, QStringLiteral("--profile"),
                       QStringLiteral("pci")}
        << 2 << ""
        << "unknown profile 'pci' (known: m3aawg, rfc9325, rfc8314, mozilla-intermediate, mozilla-modern, "
           "nist-800-52r2, bsi-tr-02102-2, ncsc-nl)";
}

void TestCli::profiles()
{
    QFETCH(QStringList, args);
    const Run r = run(args);
    QTEST(r.status, "status");
    QFETCH(QString, out);
    QFETCH(QString, err);
    QVERIFY2(r.out.contains(out), qPrintable(r.out));
    QVERIFY2(r.err.contains(err), qPrintable(r.err));
}

#include "tst_cli.moc"
