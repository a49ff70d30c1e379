// CSV import of hosts and endpoints: a good file merges with links, and every
// bad input fails the whole import with file:line:column.

#include "app/imports/csv_import.h"

#include <QTest>

using namespace mailtls;

class TestCsvImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodFile();
    void mergesIntoExisting();
    void rejects_data();
    void rejects();
};

void TestCsvImport::goodFile()
{
    // A BOM, CRLF, columns in another order, a quoted field with a comma and a line break.
    const QByteArray csv = "\xEF\xBB\xBFhost,protocol,port,address,roles,zone,site,software\r\n"
                           "mx.example.org,smtp,,192.0.2.10,inbound-mx,external,\"Osaka, DC 2\",Postfix\r\n"
                           "mail.example.org,imaps,,192.0.2.20,access;mail-store,internal,\"Tokyo\nfloor 3\",Dovecot\r\n"
                           "mail.example.org,submission,587,,submission,,,\r\n"
                           "mail.example.org,lmtp,24,,,,,\r\n"
                           "\r\n"
                           "dir.example.org,,,192.0.2.30,directory,,,\r\n";
    const CsvImportResult r = importHostsCsv(Workspace{}, csv, QStringLiteral("hosts.csv"));
    QVERIFY2(r.workspace, qPrintable(r.error));
    QCOMPARE(r.hostsAdded, 3);
    QCOMPARE(r.endpointsAdded, 4);
    const Workspace &ws = *r.workspace;
    QCOMPARE(ws.hosts.size(), 3);
    const Host &mx = ws.hosts.at(0);
    QCOMPARE(mx.id, QStringLiteral("mx"));
    QCOMPARE(mx.site, QStringLiteral("Osaka, DC 2"));
    QCOMPARE(mx.zone, Zone::External);
    QCOMPARE(mx.endpoints, QList<Endpoint>{(Endpoint{Protocol::Smtp, 25, {}})});
    const Host &mail = ws.hosts.at(1);
    QCOMPARE(mail.site, QStringLiteral("Tokyo\nfloor 3"));
    QCOMPARE(mail.roles, (QList<HostRole>{HostRole::Access, HostRole::MailStore, HostRole::Submission}));
    QCOMPARE(mail.endpoints.size(), 3);
    QCOMPARE(mail.endpoints.at(2).port, quint16(24));
    QVERIFY(ws.hosts.at(2).endpoints.isEmpty());
    // Links for what the Internet and users reach: MX, IMAPS, submission (not LMTP: its sender is unknown).
    QCOMPARE(r.linksAdded, 3);
    QCOMPARE(ws.links.at(0).kind, LinkKind::InternetInbound);
    QCOMPARE(ws.links.at(0).from, QString(kInternetNode));
    QCOMPARE(ws.links.at(1).kind, LinkKind::UserAccess);
    QCOMPARE(ws.links.at(2).kind, LinkKind::UserSubmission);
    for (const Link &l : ws.links)
        QVERIFY(ws.endpoint(l.endpoint));
}

void TestCsvImport::mergesIntoExisting()
{
    Workspace base;
    base.hosts.append(Host{QStringLiteral("mx"), QStringLiteral("mx.example.org"), {QStringLiteral("192.0.2.10")},
                           {HostRole::InboundMx}, {}, Zone::External, {}, {Endpoint{Protocol::Smtp, 25, {}}}});
    base.links.append(Link{QStringLiteral("in"), LinkKind::InternetInbound, QString(kInternetNode),
                           EndpointRef{QStringLiteral("mx"), Protocol::Smtp, 0}, {}});
    const QByteArray csv = "host,protocol,address\nMX.example.org,smtp,192.0.2.11\nmx.example.org,smtps,\n"
                           "mx2.example.org,smtp,\n";
    const CsvImportResult r = importHostsCsv(base, csv, QStringLiteral("more.csv"));
    QVERIFY2(r.workspace, qPrintable(r.error));
    QCOMPARE(r.hostsAdded, 1);
    QCOMPARE(r.endpointsAdded, 2); // smtps on mx, smtp on mx2; mx's smtp was there
    QCOMPARE(r.workspace->hosts.at(0).addresses,
             (QStringList{QStringLiteral("192.0.2.10"), QStringLiteral("192.0.2.11")}));
    QCOMPARE(r.workspace->hosts.at(1).id, QStringLiteral("mx2"));
    QCOMPARE(r.linksAdded, 1); // users -> smtps; mx's smtp already linked, mx2 is no inbound MX
}

void TestCsvImport::rejects_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");
    QTest::newRow("empty") << QByteArray() << "f.csv:1:1" << "no header row";
    QTest::newRow("100 MB file") << "host,protocol\n" + QByteArray("mx.example.org,smtp\n").repeated(5'300'000)
                                 << "f.csv:1:1" << "larger than 64 MiB";
    QTest::newRow("unknown column") << QByteArray("host,colour\nmx.example.org,red\n") << "f.csv:1:6"
                                    << "unknown column 'colour'";
    QTest::newRow("no host column") << QByteArray("address,protocol\n192.0.2.1,smtp\n") << "f.csv:1:1" << "no 'host' column";
    QTest::newRow("duplicate column") << QByteArray("host,port,port\n") << "f.csv:1:11" << "appears twice";
    QTest::newRow("unknown protocol") << QByteArray("host,protocol\nmx.example.org,smtp\nmx.example.org,x400\n")
                                      << "f.csv:3:16" << "unknown protocol 'x400'";
    QTest::newRow("bad port") << QByteArray("host,protocol,port\nmx.example.org,smtp,70000\n") << "f.csv:2:21"
                              << "'70000' is not a port";
    QTest::newRow("port without protocol") << QByteArray("host,port\nmx.example.org,25\n") << "f.csv:2:16"
                                           << "a port without a protocol";
    QTest::newRow("bad address") << QByteArray("host,address\nmx.example.org,192.0.2.300\n") << "f.csv:2:16"
                                 << "not an IP address";
    QTest::newRow("bad host name") << QByteArray("host\n<b>mx</b>\n") << "f.csv:2:1" << "not a host name";
    QTest::newRow("unknown role") << QByteArray("host,roles\nmx.example.org,inbound-mx;printer\n") << "f.csv:2:16"
                                  << "unknown role 'printer'";
    QTest::newRow("wrong field count") << QByteArray("host,protocol\nmx.example.org,smtp,25\n") << "f.csv:2:"
                                       << "3 fields where the header has 2";
    QTest::newRow("quote not closed") << QByteArray("host,site\nmx.example.org,\"Osaka\n") << "f.csv:2:16"
                                      << "quoted field is not closed";
    QTest::newRow("text after quote") << QByteArray("host,site\nmx.example.org,\"Osaka\"x\n") << "f.csv:2:23"
                                      << "text after a closing quote";
    QTest::newRow("a host name with a line break")
        << QByteArray("host,protocol,zone\nmx.example.org,smtp,external\n\"multi\nline\",,\nmx.example.org,smtps,internal\n")
        << "f.csv:3:1" << "is not a host name";
    QTest::newRow("zone contradiction") << QByteArray("host,protocol,zone\nmx.example.org,smtp,external\nmx.example.org,smtps,internal\n")
                                        << "f.csv:3:22" << "is external on an earlier row";
    QTest::newRow("not UTF-8") << QByteArray("host,site\nmx.example.org,\xff\xfe\n") << "f.csv:1:1" << "not UTF-8";
}

void TestCsvImport::rejects()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, where);
    QFETCH(QString, what);
    const CsvImportResult r = importHostsCsv(Workspace{}, csv, QStringLiteral("f.csv"));
    QVERIFY(!r.workspace);
    QVERIFY2(r.error.startsWith(where), qPrintable(r.error));
    QVERIFY2(r.error.contains(what), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csv_import.moc"
