// nmap XML import: open mail ports become endpoints of merged hosts; anything
// that is not a well-formed nmap report fails with file:line:column.

#include "app/imports/nmap_import.h"

#include <QTest>

using namespace mailtls;

namespace {

// The shape `nmap -sV -oX` writes (trimmed): one host with a user-given name,
// one known only by address, one with nothing of ours open.
const QByteArray kReport = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nmaprun>
<nmaprun scanner="nmap" args="nmap -sV -oX scan.xml 192.0.2.0/28" start="1764201600" version="7.93" xmloutputversion="1.05">
<host starttime="1764201600" endtime="1764201610"><status state="up" reason="syn-ack"/>
<address addr="192.0.2.10" addrtype="ipv4"/>
<hostnames><hostname name="mx.example.org" type="user"/><hostname name="10.2.0.192.in-addr.example" type="PTR"/></hostnames>
<ports>
<port protocol="tcp" portid="25"><state state="open" reason="syn-ack"/><service name="smtp" product="Postfix smtpd" method="probed" conf="10"/></port>
<port protocol="tcp" portid="22"><state state="open" reason="syn-ack"/><service name="ssh" method="probed" conf="10"/></port>
<port protocol="tcp" portid="587"><state state="filtered" reason="no-response"/><service name="submission" method="table" conf="3"/></port>
<port protocol="tcp" portid="10993"><state state="open" reason="syn-ack"/><service name="imap" tunnel="ssl" method="probed" conf="10"/></port>
<port protocol="udp" portid="110"><state state="open" reason="udp-response"/><service name="pop3"/></port>
</ports></host>
<host><status state="up"/><address addr="192.0.2.11" addrtype="ipv4"/><address addr="00:11:22:33:44:55" addrtype="mac"/>
<ports><port protocol="tcp" portid="993"><state state="open"/></port><port protocol="tcp" portid="443"><state state="open"/><service name="https"/></port></ports></host>
<host><status state="up"/><address addr="192.0.2.12" addrtype="ipv4"/>
<ports><port protocol="tcp" portid="3306"><state state="open"/><service name="mysql"/></port></ports></host>
<runstats><finished time="1764201620" exit="success"/></runstats>
</nmaprun>
)";

} // namespace

class TestNmapImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void report();
    void mergesByAddress();
    void rejects_data();
    void rejects();
};

void TestNmapImport::report()
{
    const CsvImportResult r = importNmapXml(Workspace{}, kReport, QStringLiteral("scan.xml"));
    QVERIFY2(r.workspace, qPrintable(r.error));
    QCOMPARE(r.hostsAdded, 2); // the MySQL-only host has nothing of ours
    const Host &mx = r.workspace->hosts.at(0);
    QCOMPARE(mx.name, QStringLiteral("mx.example.org")); // the user-given name wins over PTR
    QCOMPARE(mx.id, QStringLiteral("mx"));
    // Open TCP only: SMTP 25, and "ssl/imap" on 10993 is IMAPS; not ssh, not filtered 587, not UDP.
    QCOMPARE(mx.endpoints, (QList<Endpoint>{{Protocol::Smtp, 25, {}}, {Protocol::Imaps, 10993, {}}}));
    const Host &other = r.workspace->hosts.at(1);
    QCOMPARE(other.name, QStringLiteral("192.0.2.11"));
    QCOMPARE(other.addresses, QStringList{QStringLiteral("192.0.2.11")}); // not the MAC
    QCOMPARE(other.endpoints, (QList<Endpoint>{{Protocol::Imaps, 993, {}}, {Protocol::Https, 443, {}}}));
    QCOMPARE(r.endpointsAdded, 4);
    // Users reach the IMAPS endpoints; SMTP and HTTPS need roles nmap cannot know.
    QCOMPARE(r.linksAdded, 2);
}

void TestNmapImport::mergesByAddress()
{
    Workspace base;
    base.hosts.append(Host{QStringLiteral("gw"), QStringLiteral("gateway.example.org"), {QStringLiteral("192.0.2.11")},
                           {}, {}, Zone::External, {}, {Endpoint{Protocol::Imaps, 993, {}}}});
    const CsvImportResult r = importNmapXml(base, kReport, QStringLiteral("scan.xml"));
    QVERIFY2(r.workspace, qPrintable(r.error));
    QCOMPARE(r.hostsAdded, 1);
    QCOMPARE(r.workspace->hosts.at(0).name, QStringLiteral("gateway.example.org"));
    QCOMPARE(r.workspace->hosts.at(0).endpoints.size(), 2); // 993 was there, 443 is new
}

void TestNmapImport::rejects_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("what");
    QTest::newRow("not XML") << QByteArray("host,port\nmx,25\n") << "scan.xml:1:";
    QTest::newRow("cut short") << kReport.left(kReport.indexOf("<runstats>")) << "scan.xml:";
    QTest::newRow("another XML") << QByteArray("<?xml version=\"1.0\"?><rss><channel/></rss>") << "no <nmaprun>";
    QTest::newRow("bad port") << QByteArray("<nmaprun><host><address addr=\"192.0.2.1\" addrtype=\"ipv4\"/><ports>"
                                            "<port protocol=\"tcp\" portid=\"99999\"/></ports></host></nmaprun>")
                              << "portid '99999' is not a port";
}

void TestNmapImport::rejects()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, what);
    const CsvImportResult r = importNmapXml(Workspace{}, xml, QStringLiteral("scan.xml"));
    QVERIFY(!r.workspace);
    QVERIFY2(r.error.startsWith(QStringLiteral("scan.xml:")), qPrintable(r.error));
    QVERIFY2(r.error.contains(what), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestNmapImport)
#include "tst_nmap_import.moc"
