// DNS discovery without a network: the queries it asks, how it reads the
// answers (MX order, null MX, SRV "not offered", odd targets, failures), and
// how the result merges into a workspace like every other import.

#include "app/imports/dns_import.h"
#include "app/inventory/workspace_io.h"

#include <QJsonArray>
#include <QTest>

using namespace mailtls;
using dns::LookupResult;
using dns::LookupStatus;
using dns::RecordType;

namespace {

dns::Record mxRecord(quint16 preference, const QString &target)
{
    dns::Record r;
    r.type = RecordType::Mx;
    r.preference = preference;
    r.target = target;
    return r;
}

dns::Record srvRecord(quint16 priority, quint16 weight, quint16 port, const QString &target)
{
    dns::Record r;
    r.type = RecordType::Srv;
    r.priority = priority;
    r.weight = weight;
    r.port = port;
    r.target = target;
    return r;
}

dns::Record addressRecord(const QString &address)
{
    dns::Record r;
    r.address = QHostAddress(address);
    r.type = r.address.protocol() == QAbstractSocket::IPv6Protocol ? RecordType::Aaaa : RecordType::A;
    return r;
}

LookupResult lookup(const QString &name, RecordType type, LookupStatus status, const QList<dns::Record> &records = {},
                    const QStringList &aliases = {})
{
    LookupResult r;
    r.name = name;
    r.type = type;
    r.status = status;
    r.records = records;
    r.aliases = aliases;
    if (dns::isFailure(status))
        r.detail = QStringLiteral("127.0.0.60:5353: no answer within 1.0 s");
    return r;
}

// What a server says about kumo.example: two MX (listed out of order), submission,
// IMAPS, POP3 not offered, mail. an alias of mx1, and one timed-out query.
QList<LookupResult> kumoAnswers()
{
    return {
        lookup(QStringLiteral("kumo.example"), RecordType::Mx, LookupStatus::Ok,
               {mxRecord(20, QStringLiteral("mx2.kumo.example")), mxRecord(10, QStringLiteral("MX1.kumo.example."))}),
        lookup(QStringLiteral("_submission._tcp.kumo.example"), RecordType::Srv, LookupStatus::Ok,
               {srvRecord(0, 1, 587, QStringLiteral("smtp.kumo.example"))}),
        lookup(QStringLiteral("_imaps._tcp.kumo.example"), RecordType::Srv, LookupStatus::Ok,
               {srvRecord(10, 1, 993, QStringLiteral("imap2.kumo.example")),
                srvRecord(0, 5, 10993, QStringLiteral("imap.kumo.example")),
                srvRecord(0, 50, 993, QStringLiteral("imap.kumo.example"))}),
        lookup(QStringLiteral("_pop3._tcp.kumo.example"), RecordType::Srv, LookupStatus::Ok,
               {srvRecord(0, 0, 0, QStringLiteral("."))}),
        lookup(QStringLiteral("_imap._tcp.kumo.example"), RecordType::Srv, LookupStatus::NxDomain),
        lookup(QStringLiteral("_pop3s._tcp.kumo.example"), RecordType::Srv, LookupStatus::Timeout),
        lookup(QStringLiteral("mail.kumo.example"), RecordType::A, LookupStatus::Ok,
               {addressRecord(QStringLiteral("192.0.2.11"))}, {QStringLiteral("mx1.kumo.example")}),
        lookup(QStringLiteral("mx1.kumo.example"), RecordType::A, LookupStatus::Ok,
               {addressRecord(QStringLiteral("192.0.2.11"))}),
        lookup(QStringLiteral("mx1.kumo.example"), RecordType::Aaaa, LookupStatus::Ok,
               {addressRecord(QStringLiteral("2001:db8::11"))}),
        lookup(QStringLiteral("mx2.kumo.example"), RecordType::A, LookupStatus::Ok,
               {addressRecord(QStringLiteral("192.0.2.12"))}),
        lookup(QStringLiteral("smtp.kumo.example"), RecordType::A, LookupStatus::Ok,
               {addressRecord(QStringLiteral("192.0.2.14"))}),
        lookup(QStringLiteral("imap.kumo.example"), RecordType::A, LookupStatus::Ok,
               {addressRecord(QStringLiteral("192.0.2.21"))}),
    };
}

QStringList queryNames(const QList<DnsQuery> &queries)
{
    QStringList out;
    for (const DnsQuery &q : queries)
        out.append(q.first + QLatin1Char('/') + dns::recordTypeName(q.second));
    return out;
}

} // namespace

class TestDnsImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalize_data();
    void normalize();
    void queries();
    void assemble();
    void assembleOddities();
    void importIntoEmpty();
    void importMergesIntoDemo();
    void refuses_data();
    void refuses();
    void json();
};

void TestDnsImport::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: rejected
    QTest::newRow("plain") << "kumo.example" << "kumo.example";
    QTest::newRow("case and dot") << " Kumo.Example. " << "kumo.example";
    QTest::newRow("IDN to ACE") << QStringLiteral("b\u00fccher.example") << "xn--bcher-kva.example";
    QTest::newRow("one label") << "localhost" << "";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("space") << "kumo example" << "";
    QTest::newRow("an SRV name") << "_imaps._tcp.kumo.example" << "";
}

void TestDnsImport::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString error;
    const auto domain = normalizeDomain(input, &error);
    if (expected.isEmpty()) {
        QVERIFY(!domain);
        QVERIFY2(error.contains(QLatin1String("is not a domain name")), qPrintable(error));
    } else {
        QCOMPARE(domain.value_or(error), expected);
    }
}

void TestDnsImport::queries()
{
    const QStringList first = queryNames(firstDiscoveryQueries(QStringLiteral("kumo.example")));
    QCOMPARE(first.first(), QStringLiteral("kumo.example/MX"));
    for (const char *srv : {"_submission._tcp", "_submissions._tcp", "_imap._tcp", "_imaps._tcp", "_pop3._tcp",
                            "_pop3s._tcp"})
        QVERIFY(first.contains(QLatin1StringView(srv) + QStringLiteral(".kumo.example/SRV")));
    for (const char *name : {"mail", "smtp", "imap", "pop", "webmail"}) {
        QVERIFY(first.contains(QLatin1StringView(name) + QStringLiteral(".kumo.example/A")));
        QVERIFY(first.contains(QLatin1StringView(name) + QStringLiteral(".kumo.example/AAAA")));
    }
    QCOMPARE(first.size(), 1 + 6 + 10);
    // The targets not asked yet: mx1 and mx2 (smtp. and imap. were asked in the first round
    // of a real run; here the answers hold only A for them), imap2 from SRV; not ".".
    const QStringList more = queryNames(addressQueries(kumoAnswers()));
    QCOMPARE(more, (QStringList{QStringLiteral("mx2.kumo.example/AAAA"), QStringLiteral("smtp.kumo.example/AAAA"),
                                QStringLiteral("imap2.kumo.example/A"), QStringLiteral("imap2.kumo.example/AAAA"),
                                QStringLiteral("imap.kumo.example/AAAA")}));
}

void TestDnsImport::assemble()
{
    const DnsDiscoveryResult r = assembleDiscovery(QStringLiteral("kumo.example"), kumoAnswers());
    QVERIFY(r.domainExists);
    QVERIFY(!r.nullMx);
    QCOMPARE(r.mx.size(), 2);
    QCOMPARE(r.mx.at(0).host, QStringLiteral("mx1.kumo.example")); // by preference, lower case, no dot
    QCOMPARE(r.mx.at(0).preference, quint16(10));
    QCOMPARE(r.mx.at(0).addresses, (QStringList{QStringLiteral("192.0.2.11"), QStringLiteral("2001:db8::11")}));
    QCOMPARE(r.mx.at(1).host, QStringLiteral("mx2.kumo.example"));

    QStringList services;
    for (const DiscoveredService &s : r.services) {
        services.append(s.offered ? QStringLiteral("%1 %2:%3 p%4 w%5")
                                        .arg(s.service, s.target)
                                        .arg(s.port)
                                        .arg(s.priority)
                                        .arg(s.weight)
                                  : s.service + QStringLiteral(" not offered"));
    }
    QCOMPARE(services, (QStringList{QStringLiteral("_submission._tcp smtp.kumo.example:587 p0 w1"),
                                    QStringLiteral("_imaps._tcp imap.kumo.example:993 p0 w50"),
                                    QStringLiteral("_imaps._tcp imap.kumo.example:10993 p0 w5"),
                                    QStringLiteral("_imaps._tcp imap2.kumo.example:993 p10 w1"),
                                    QStringLiteral("_pop3._tcp not offered")}));
    QCOMPARE(r.services.at(0).protocol, Protocol::Submission);
    QCOMPARE(r.services.at(0).addresses, QStringList{QStringLiteral("192.0.2.14")});
    QCOMPARE(r.services.at(1).protocol, Protocol::Imaps);

    // The well-known names that exist, SRV targets or not.
    QCOMPARE(r.names.size(), 3);
    QCOMPARE(r.names.at(0).name, QStringLiteral("mail.kumo.example"));
    QCOMPARE(r.names.at(1).name, QStringLiteral("smtp.kumo.example"));
    QCOMPARE(r.names.at(2).name, QStringLiteral("imap.kumo.example"));
    QCOMPARE(r.names.at(2).protocols, (QList<Protocol>{Protocol::Imaps, Protocol::Imap}));
    QCOMPARE(r.names.at(0).aliases, QStringList{QStringLiteral("mx1.kumo.example")});
    QVERIFY(r.names.at(0).protocols.contains(Protocol::Submission));

    // The timeout is a failure; NXDOMAIN for an SRV name is only "not published".
    const QList<DnsQueryOutcome> failures = r.failures();
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.at(0).name, QStringLiteral("_pop3s._tcp.kumo.example"));
    QCOMPARE(failures.at(0).status, LookupStatus::Timeout);
    QVERIFY(r.notes.isEmpty());
}

void TestDnsImport::assembleOddities()
{
    const QList<LookupResult> nullMx{
        lookup(QStringLiteral("nomail.example"), RecordType::Mx, LookupStatus::Ok, {mxRecord(0, QStringLiteral("."))})};
    const DnsDiscoveryResult none = assembleDiscovery(QStringLiteral("nomail.example"), nullMx);
    QVERIFY(none.nullMx);
    QVERIFY(none.mx.isEmpty());
    QVERIFY(addressQueries(nullMx).isEmpty());

    const QList<LookupResult> odd{
        lookup(QStringLiteral("odd.example"), RecordType::Mx, LookupStatus::Ok,
               {mxRecord(0, QStringLiteral(".")), mxRecord(10, QStringLiteral("bad\\032name.odd.example")),
                mxRecord(20, QStringLiteral("alias.odd.example"))}),
        lookup(QStringLiteral("alias.odd.example"), RecordType::A, LookupStatus::Ok,
               {addressRecord(QStringLiteral("192.0.2.40"))}, {QStringLiteral("real.odd.example")}),
        lookup(QStringLiteral("_imaps._tcp.odd.example"), RecordType::Srv, LookupStatus::Ok,
               {srvRecord(0, 0, 0, QStringLiteral("imap.odd.example"))}),
    };
    const DnsDiscoveryResult r = assembleDiscovery(QStringLiteral("odd.example"), odd);
    QVERIFY(!r.nullMx); // a "." among others is no null MX
    QCOMPARE(r.mx.size(), 1);
    QCOMPARE(r.mx.at(0).host, QStringLiteral("alias.odd.example"));
    QVERIFY(r.services.isEmpty()); // port 0
    QCOMPARE(r.notes.size(), 4);
    QVERIFY2(r.notes.at(0).contains(QLatin1String("RFC 7505")), qPrintable(r.notes.at(0)));
    QVERIFY2(r.notes.at(1).contains(QLatin1String("not a host name")), qPrintable(r.notes.at(1)));
    QVERIFY2(r.notes.at(2).contains(QLatin1String("RFC 2181")), qPrintable(r.notes.at(2)));
    QVERIFY2(r.notes.at(3).contains(QLatin1String("not a host and port")), qPrintable(r.notes.at(3)));
    const QStringList more = queryNames(addressQueries(odd));
    QCOMPARE(more, QStringList{QStringLiteral("alias.odd.example/AAAA")}); // nothing for the bad name

    const DnsDiscoveryResult nx = assembleDiscovery(
        QStringLiteral("nx.example"), {lookup(QStringLiteral("nx.example"), RecordType::Mx, LookupStatus::NxDomain)});
    QVERIFY(!nx.domainExists);
}

void TestDnsImport::importIntoEmpty()
{
    const DnsDiscoveryResult d = assembleDiscovery(QStringLiteral("kumo.example"), kumoAnswers());
    const ImportResult r = importDnsDiscovery(Workspace{}, d);
    QVERIFY2(r.workspace, qPrintable(r.error));
    const Workspace &ws = *r.workspace;
    // mx1, mx2, smtp, imap, imap2; mail. is a suggestion only.
    QCOMPARE(r.hostsAdded, 5);
    QCOMPARE(r.endpointsAdded, 2 + 1 + 3);
    QCOMPARE(ws.domains, (QList<Domain>{{QStringLiteral("kumo.example"), {QStringLiteral("mx1"), QStringLiteral("mx2")}}}));
    const Host *mx1 = ws.host(u"mx1");
    QVERIFY(mx1);
    QCOMPARE(mx1->name, QStringLiteral("mx1.kumo.example"));
    QCOMPARE(mx1->zone, Zone::External);
    QCOMPARE(mx1->roles, QList<HostRole>{HostRole::InboundMx});
    QCOMPARE(mx1->endpoints, (QList<Endpoint>{{Protocol::Smtp, 25, {}}}));
    const Host *imap = ws.host(u"imap");
    QVERIFY(imap);
    QCOMPARE(imap->roles, QList<HostRole>{HostRole::Access});
    QCOMPARE(imap->endpoints, (QList<Endpoint>{{Protocol::Imaps, 993, {}}, {Protocol::Imaps, 10993, {}}}));
    QCOMPARE(ws.host(u"smtp")->roles, QList<HostRole>{HostRole::Submission});
    QCOMPARE(ws.host(u"smtp")->endpoints, (QList<Endpoint>{{Protocol::Submission, 587, {}}}));
    // The Internet to both MX; users to submission and the three IMAPS endpoints.
    QCOMPARE(r.linksAdded, 6);
    QCOMPARE(std::count_if(ws.links.cbegin(), ws.links.cend(),
                           [](const Link &l) { return l.kind == LinkKind::InternetInbound; }),
             2);
    // What it saves reads back as it was.
    const WorkspaceReadResult back = parseWorkspace(workspaceToJson(ws), QStringLiteral("dns.json"));
    QVERIFY2(back.workspace, qPrintable(back.error));

    // Importing the same answers again adds nothing.
    const ImportResult again = importDnsDiscovery(ws, d);
    QVERIFY(again.workspace);
    QCOMPARE(again.hostsAdded + again.endpointsAdded + again.linksAdded, 0);
    QCOMPARE(*again.workspace, ws);
}

void TestDnsImport::importMergesIntoDemo()
{
    const WorkspaceReadResult demo = loadWorkspaceFile(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json"));
    QVERIFY2(demo.workspace, qPrintable(demo.error));
    QList<LookupResult> answers = kumoAnswers();
    // mx2 by address only: DNS calls it backup-mx, the workspace knows it as mx2.kumo.example.
    answers[0].records[0].target = QStringLiteral("backup-mx.kumo.example");
    answers.append(lookup(QStringLiteral("backup-mx.kumo.example"), RecordType::A, LookupStatus::Ok,
                          {addressRecord(QStringLiteral("127.0.0.12"))}));
    const DnsDiscoveryResult d = assembleDiscovery(QStringLiteral("kumo.example"), answers);
    const ImportResult r = importDnsDiscovery(*demo.workspace, d);
    QVERIFY2(r.workspace, qPrintable(r.error));
    const Workspace &ws = *r.workspace;
    QCOMPARE(r.hostsAdded, 1); // imap2 only: mx1, smtp and imap by name, mx2 by address
    const Host *mx2 = ws.host(u"mx2");
    QCOMPARE(mx2->name, QStringLiteral("mx2.kumo.example"));
    QCOMPARE(mx2->addresses, QStringList{QStringLiteral("127.0.0.12")});
    QCOMPARE(mx2->site, QStringLiteral("Osaka DMZ")); // kept
    // The lab's SMTP on 2525 stays, port 25 joins it, and the demo's "mx1/smtp" link now names its port.
    QCOMPARE(ws.host(u"mx1")->endpoints, (QList<Endpoint>{{Protocol::Smtp, 2525, {}}, {Protocol::Smtp, 25, {}}}));
    const auto pinned = std::find_if(ws.links.cbegin(), ws.links.cend(), [](const Link &l) {
        return l.kind == LinkKind::InternetInbound && l.endpoint.hostId == u"mx1" && l.endpoint.port == 2525;
    });
    QVERIFY(pinned != ws.links.cend());
    QCOMPARE(ws.host(u"imap")->zone, Zone::Internal); // an existing host keeps its zone
    QCOMPARE(ws.domains.at(0).mxHosts, (QStringList{QStringLiteral("mx1"), QStringLiteral("mx2")}));
    const WorkspaceReadResult back = parseWorkspace(workspaceToJson(ws), QStringLiteral("merged.json"));
    QVERIFY2(back.workspace, qPrintable(back.error));
    QCOMPARE(*back.workspace, ws);
}

void TestDnsImport::refuses_data()
{
    QTest::addColumn<QList<LookupResult>>("answers");
    QTest::addColumn<QString>("what");
    QTest::newRow("NXDOMAIN") << QList<LookupResult>{lookup(QStringLiteral("kumo.example"), RecordType::Mx,
                                                            LookupStatus::NxDomain)}
                              << "kumo.example does not exist (NXDOMAIN)";
    QTest::newRow("MX timed out") << QList<LookupResult>{lookup(QStringLiteral("kumo.example"), RecordType::Mx,
                                                                LookupStatus::Timeout)}
                                  << "the MX lookup of kumo.example failed: timeout (127.0.0.60:5353: no answer";
    QTest::newRow("MX SERVFAIL") << QList<LookupResult>{lookup(QStringLiteral("kumo.example"), RecordType::Mx,
                                                               LookupStatus::ServFail)}
                                 << "SERVFAIL";
    QTest::newRow("nothing published")
        << QList<LookupResult>{lookup(QStringLiteral("kumo.example"), RecordType::Mx, LookupStatus::NoData),
                               lookup(QStringLiteral("_pop3._tcp.kumo.example"), RecordType::Srv, LookupStatus::Ok,
                                      {srvRecord(0, 0, 0, QStringLiteral("."))})}
        << "no MX and no mail SRV records";
}

void TestDnsImport::refuses()
{
    QFETCH(QList<LookupResult>, answers);
    QFETCH(QString, what);
    const ImportResult r = importDnsDiscovery(Workspace{}, assembleDiscovery(QStringLiteral("kumo.example"), answers));
    QVERIFY(!r.workspace);
    QVERIFY2(r.error.contains(what), qPrintable(r.error));
}

void TestDnsImport::json()
{
    DnsDiscoveryResult d = assembleDiscovery(QStringLiteral("kumo.example"), kumoAnswers());
    d.servers = {QStringLiteral("127.0.0.60:5353")};
    const QJsonObject o = dnsDiscoveryToJson(d);
    QCOMPARE(o.value(QLatin1StringView("domain")).toString(), QStringLiteral("kumo.example"));
    QCOMPARE(o.value(QLatin1StringView("mx")).toArray().at(0).toObject().value(QLatin1StringView("preference")).toInt(),
             10);
    const QJsonArray services = o.value(QLatin1StringView("services")).toArray();
    QCOMPARE(services.at(0).toObject().value(QLatin1StringView("protocol")).toString(), QStringLiteral("submission"));
    QCOMPARE(services.last().toObject().value(QLatin1StringView("offered")).toBool(true), false);
    const QJsonArray queries = o.value(QLatin1StringView("queries")).toArray();
    QCOMPARE(queries.size(), kumoAnswers().size());
    QCOMPARE(queries.at(5).toObject().value(QLatin1StringView("status")).toString(), QStringLiteral("timeout"));
    QCOMPARE(queries.at(5).toObject().value(QLatin1StringView("dnssec")).toString(), QStringLiteral("not_validated"));
    QVERIFY(!queries.at(5).toObject().contains(QLatin1StringView("why_bogus")));
}

QTEST_GUILESS_MAIN(TestDnsImport)
#include "tst_dns_import.moc"
