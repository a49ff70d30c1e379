// AppSettings: kept in QSettings and read back, hand-edited values held in
// their ranges, and the domain checks' nameservers parsed or named as wrong.

#include "app/session/app_settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace mailtls;

class TestAppSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        AppSettings a;
        a.maxPerHost = 3;
        a.caFile = QStringLiteral("/etc/lab-ca.pem");
        a.domainChecks = false;
        a.intrusiveChecks = false;
        a.dnsServers = QStringLiteral("127.0.0.1:5353");
        a.trustAnchor = QStringLiteral("/var/lib/unbound/root.key");
        a.language = QStringLiteral("ja");
        a.save(settings);
        QCOMPARE(AppSettings::load(settings), a);
    }

    void defaults()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        const AppSettings a = AppSettings::load(settings);
        QCOMPARE(a, AppSettings{});
        QVERIFY(a.domainChecks); // measure 4 is checked unless the user turns it off
        QVERIFY(a.intrusiveChecks); // as testssl.sh and sslyze, unless the user turns them off
        QVERIFY(a.probeOptions().intrusive);
    }

    void handEdited()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("audit/perHost"), 0);
        settings.setValue(QStringLiteral("audit/connections"), QStringLiteral("many"));
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
        const AppSettings a = AppSettings::load(settings);
        QCOMPARE(a.maxPerHost, 1);
        QCOMPARE(a.maxConnections, AppSettings{}.maxConnections);
        QCOMPARE(a.language, QString());
    }

    void domainDns_data()
    {
        QTest::addColumn<QString>("servers");
        QTest::addColumn<QStringList>("expected"); // empty with error: not accepted
        QTest::addColumn<bool>("valid");
        QTest::newRow("none: resolv.conf") << QString() << QStringList{} << true;
        QTest::newRow("one with a port") << QStringLiteral("127.0.0.1:5353") << QStringList{QStringLiteral("127.0.0.1:5353")} << true;
        QTest::newRow("commas and spaces")
            << QStringLiteral(" 192.0.2.53, [2001:db8::53]:5353 ")
            << QStringList{QStringLiteral("192.0.2.53:53"), QStringLiteral("[2001:db8::53]:5353")} << true;
        QTest::newRow("a name is no address") << QStringLiteral("ns1.example.org") << QStringList{} << false;
        QTest::newRow("a bad port") << QStringLiteral("127.0.0.1:99999") << QStringList{} << false;
    }

    void domainDns()
    {
        QFETCH(QString, servers);
        QFETCH(QStringList, expected);
        QFETCH(bool, valid);
        AppSettings a;
        a.dnsServers = servers;
        a.trustAnchor = QStringLiteral(" /tmp/anchor.key ");
        QString error;
        const std::optional<dns::ResolverOptions> options = a.domainDns(&error);
        QCOMPARE(options.has_value(), valid);
        if (!valid) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QStringList got;
        for (const dns::Nameserver &ns : options->servers)
            got << ns.toString();
        QCOMPARE(got, expected);
        QCOMPARE(options->trustAnchorFile, QStringLiteral("/tmp/anchor.key"));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_app_settings.moc"
