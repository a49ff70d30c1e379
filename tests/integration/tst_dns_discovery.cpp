// DNS discovery against a real DNS server: the test starts dnsmasq on
// 127.0.0.60 (and [::1]) with a high port and a test zone, and stops it at the
// end (it also dies with the test). Covers MX order, SRV "not offered", a null
// MX, NXDOMAIN, CNAMEs, a truncated answer (libunbound asks again over TCP: all
// records come back), a silent server (timeout within the deadline, then the
// next server), and the command line.
// One fake, named as such: a server that first answers with a wrong ID, as a
// spoofer would, which no real server does. Loopback only; no real DNS is asked.

#include "app/imports/dns_discovery.h"
#include "app/inventory/workspace_io.h"
#include "probes/dns/resolver.h"
#include "tests/common/cli_run.h"
#include "tests/common/dns_server.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>


using namespace mailtls;
using dns::LookupResult;
using dns::LookupStatus;
using dns::RecordType;

namespace {

const QHostAddress kAddress(QStringLiteral("127.0.0.60")); // outside the lab's 127.0.0.11-51
constexpr int kBigRecords = 120;                           // over 1232 octets: truncated over UDP

// The test zone, as dnsmasq options.
QStringList zone()
{
    QStringList z{
        QStringLiteral("--local=/example/"), // answer from these records only: NXDOMAIN for the rest
        QStringLiteral("--mx-host=kumo.example,mx2.kumo.example,20"),
        QStringLiteral("--mx-host=kumo.example,mx1.kumo.example,10"),
        QStringLiteral("--host-record=mx1.kumo.example,192.0.2.11,2001:db8::11"),
        QStringLiteral("--host-record=mx2.kumo.example,192.0.2.12"),
        QStringLiteral("--host-record=smtp.kumo.example,192.0.2.14"),
        QStringLiteral("--host-record=imap.kumo.example,192.0.2.21,2001:db8::21"),
        QStringLiteral("--cname=mail.kumo.example,mx1.kumo.example"),
        QStringLiteral("--srv-host=_submission._tcp.kumo.example,smtp.kumo.example,587,0,1"),
        QStringLiteral("--srv-host=_imaps._tcp.kumo.example,imap.kumo.example,993,0,1"),
        QStringLiteral("--srv-host=_pop3._tcp.kumo.example"), // no target: ".", not offered
        QStringLiteral("--dns-rr=nomail.example,15,000000"),   // MX 0 . (RFC 7505)
    };
    for (int i = 1; i <= kBigRecords; ++i)
        z.append(QStringLiteral("--host-record=big.kumo.example,198.51.100.%1").arg(i));
    return z;
}

template<typename T>
std::optional<T> wait(QFuture<T> future, int ms = 15000)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!watcher.isFinished())
        loop.exec();
    if (!watcher.isFinished() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

QString failureText(const DnsDiscoveryResult &r)
{
    QStringList out;
    for (const DnsQueryOutcome &q : r.failures())
        out.append(q.name + QLatin1Char(' ') + dns::lookupStatusKey(q.status) + QLatin1Char(' ') + q.detail);
    return out.join(QLatin1Char('\n'));
}

QStringList addresses(const LookupResult &r)
{
    QStringList out;
    for (const dns::Record &rec : r.records)
        out.append(rec.address.toString());
    return out;
}

} // namespace

class TestDnsDiscovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void discovery();
    void nullMx();
    void nxDomain();
    void cnameChain();
    void truncatedAnswer();
    void ipv6Server();
    void silentServerTimesOut();
    void nextServerAfterSilence();
    void wrongIdIgnored();
    void discoverCommand();
    void importCommand();

private:
    dns::ResolverOptions options(int timeoutMs = 3000) const
    {
        dns::ResolverOptions o;
        o.servers = {m_server};
        o.timeoutMs = timeoutMs;
        return o;
    }

    dnstest::DnsServer m_dnsmasq;
    dns::Nameserver m_server;
    std::optional<dns::Nameserver> m_server6;
};

void TestDnsDiscovery::initTestCase()
{
    if (!dnstest::DnsServer::installed())
        QSKIP("dnsmasq is not installed: apt-get install dnsmasq-base (scripts/install-deps.sh does)");
    QString error;
    QVERIFY2(m_dnsmasq.start(kAddress, zone(), &error), qPrintable(error));
    m_server = m_dnsmasq.server();
    m_server6 = m_dnsmasq.server6();
}

void TestDnsDiscovery::cleanupTestCase()
{
    m_dnsmasq.stop();
}

void TestDnsDiscovery::discovery()
{
    dns::Resolver resolver(options());
    const auto r = wait(discoverDomain(&resolver, QStringLiteral("kumo.example")));
    QVERIFY(r);
    QCOMPARE(r->servers, QStringList{m_server.toString()});
    QVERIFY(r->domainExists);
    QVERIFY(!r->nullMx);
    QVERIFY2(r->failures().isEmpty(), qPrintable(failureText(*r)));

    // MX by preference, with their A and AAAA.
    QCOMPARE(r->mx.size(), 2);
    QCOMPARE(r->mx.at(0).host, QStringLiteral("mx1.kumo.example"));
    QCOMPARE(r->mx.at(0).preference, quint16(10));
    QCOMPARE(r->mx.at(0).addresses, (QStringList{QStringLiteral("192.0.2.11"), QStringLiteral("2001:db8::11")}));
    QCOMPARE(r->mx.at(1).host, QStringLiteral("mx2.kumo.example"));
    QCOMPARE(r->mx.at(1).addresses, QStringList{QStringLiteral("192.0.2.12")});
    const DnsQueryOutcome *mx2v6 = r->query(u"mx2.kumo.example", RecordType::Aaaa);
    QVERIFY(mx2v6);
    QCOMPARE(mx2v6->status, LookupStatus::NoData);

    // SRV: submission and IMAPS offered, POP3 decidedly not.
    QCOMPARE(r->services.size(), 3);
    QCOMPARE(r->services.at(0).protocol, Protocol::Submission);
    QCOMPARE(r->services.at(0).target, QStringLiteral("smtp.kumo.example"));
    QCOMPARE(r->services.at(0).port, quint16(587));
    QCOMPARE(r->services.at(0).weight, quint16(1));
    QCOMPARE(r->services.at(0).addresses, QStringList{QStringLiteral("192.0.2.14")});
    QCOMPARE(r->services.at(1).protocol, Protocol::Imaps);
    QCOMPARE(r->services.at(1).addresses, (QStringList{QStringLiteral("192.0.2.21"), QStringLiteral("2001:db8::21")}));
    QCOMPARE(r->services.at(2).protocol, Protocol::Pop3);
    QVERIFY(!r->services.at(2).offered);
    QCOMPARE(r->query(u"_imap._tcp.kumo.example", RecordType::Srv)->status, LookupStatus::NxDomain);

    // Well-known names: mail. is an alias of mx1; pop. and webmail. do not exist.
    QStringList names;
    for (const SuggestedName &n : r->names)
        names.append(n.name);
    QCOMPARE(names, (QStringList{QStringLiteral("mail.kumo.example"), QStringLiteral("smtp.kumo.example"),
                                 QStringLiteral("imap.kumo.example")}));
    QCOMPARE(r->names.at(0).aliases, QStringList{QStringLiteral("mx1.kumo.example")});
    QCOMPARE(r->names.at(0).addresses, (QStringList{QStringLiteral("192.0.2.11"), QStringLiteral("2001:db8::11")}));
    // 17 first queries, then A and AAAA of mx1 and mx2 (smtp. and imap. were asked already).
    QCOMPARE(r->queries.size(), 17 + 4);
}

void TestDnsDiscovery::nullMx()
{
    dns::Resolver resolver(options());
    const auto r = wait(discoverDomain(&resolver, QStringLiteral("nomail.example")));
    QVERIFY(r);
    QVERIFY(r->domainExists);
    QVERIFY(r->nullMx);
    QVERIFY(r->mx.isEmpty());
    QVERIFY2(r->failures().isEmpty(), qPrintable(failureText(*r)));
}

void TestDnsDiscovery::nxDomain()
{
    dns::Resolver resolver(options());
    const auto r = wait(discoverDomain(&resolver, QStringLiteral("nx.example")));
    QVERIFY(r);
    QVERIFY(!r->domainExists);
    QCOMPARE(r->query(u"nx.example", RecordType::Mx)->status, LookupStatus::NxDomain);
}

void TestDnsDiscovery::cnameChain()
{
    dns::Resolver resolver(options());
    const auto r = wait(resolver.lookup(QStringLiteral("MAIL.kumo.example"), RecordType::A));
    QVERIFY(r);
    QCOMPARE(r->status, LookupStatus::Ok);
    QCOMPARE(r->aliases, QStringList{QStringLiteral("mx1.kumo.example")});
    QCOMPARE(addresses(*r), QStringList{QStringLiteral("192.0.2.11")});
}

void TestDnsDiscovery::truncatedAnswer()
{
    // 120 A records do not fit 1232 octets: dnsmasq truncates over UDP, and
    // every record still arrives (libunbound asks again over TCP).
    dns::Resolver resolver(options());
    const auto r = wait(resolver.lookup(QStringLiteral("big.kumo.example"), RecordType::A));
    QVERIFY(r);
    QCOMPARE(r->status, LookupStatus::Ok);
    QCOMPARE(r->records.size(), kBigRecords);
    QVERIFY(addresses(*r).contains(QStringLiteral("198.51.100.1")));
    QVERIFY(addresses(*r).contains(QStringLiteral("198.51.100.120")));
}

void TestDnsDiscovery::ipv6Server()
{
    if (!m_server6)
        QSKIP("no IPv6 loopback on this machine");
    dns::ResolverOptions o = options();
    o.servers = {*m_server6};
    dns::Resolver resolver(o);
    const auto r = wait(resolver.lookup(QStringLiteral("_submission._tcp.kumo.example"), RecordType::Srv));
    QVERIFY(r);
    QCOMPARE(r->status, LookupStatus::Ok);
    QCOMPARE(r->records.size(), 1);
    QCOMPARE(r->records.at(0).target, QStringLiteral("smtp.kumo.example"));
}

void TestDnsDiscovery::silentServerTimesOut()
{
    // A bound UDP socket that never answers: no ICMP "port unreachable" either.
    QUdpSocket silent;
    QVERIFY(silent.bind(kAddress, 0));
    dns::ResolverOptions o;
    o.servers = {{kAddress, silent.localPort()}};
    o.timeoutMs = 1000;
    dns::Resolver resolver(o);
    QElapsedTimer clock;
    clock.start();
    const auto r = wait(resolver.lookup(QStringLiteral("kumo.example"), RecordType::Mx));
    const qint64 elapsed = clock.elapsed();
    QVERIFY(r);
    QCOMPARE(r->status, LookupStatus::Timeout);
    QVERIFY(r->records.isEmpty());
    QVERIFY2(r->detail.contains(QLatin1String("no answer within")), qPrintable(r->detail));
    QVERIFY2(elapsed >= 900 && elapsed < 1500, qPrintable(QString::number(elapsed)));
    QCOMPARE(silent.pendingDatagramSize() > 0, true); // it did get our queries
}

void TestDnsDiscovery::nextServerAfterSilence()
{
    QUdpSocket silent;
    QVERIFY(silent.bind(kAddress, 0));
    // libunbound picks among unknown nameservers at random and may ask the
    // silent one twice (waiting about 0.75 s, then 1.5 s) before the other.
    dns::ResolverOptions o = options(5000);
    o.servers = {{kAddress, silent.localPort()}, m_server};
    // Without validation: dnsmasq serves no DNSSEC, so a validator's question
    // for the root's DNSKEY is refused by it and then waits on the silent one,
    // past the deadline (tst_dnssec_lookup covers validation).
    o.validate = false;
    dns::Resolver resolver(o);
    QElapsedTimer clock;
    clock.start();
    const auto r = wait(resolver.lookup(QStringLiteral("kumo.example"), RecordType::Mx));
    QVERIFY(r);
    QCOMPARE(r->status, LookupStatus::Ok);
    QCOMPARE(r->records.size(), 2);
    QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed()))); // well within the deadline
}

void TestDnsDiscovery::wrongIdIgnored()
{
    // Fake: answers each query twice from the server's own address, first with
    // the ID off by one (a spoofer's guess), then correctly.
    QUdpSocket fake;
    QVERIFY(fake.bind(kAddress, 0));
    QObject::connect(&fake, &QUdpSocket::readyRead, &fake, [&fake] {
        while (fake.hasPendingDatagrams()) {
            const QNetworkDatagram d = fake.receiveDatagram();
            QString error;
            const auto query = dns::parseMessage(d.data(), &error);
            if (!query || query->questions.size() != 1)
                continue;
            QByteArray question = d.data().mid(12);
            question.chop(11); // the OPT record
            auto reply = [&](quint16 id, quint32 v4) {
                QByteArray m;
                for (quint16 v : {id, quint16(0x8180), quint16(1), quint16(1), quint16(0), quint16(0)}) {
                    m.append(char(v >> 8));
                    m.append(char(v & 0xff));
                }
                m += question + QByteArray::fromHex("c00c000100010000003c0004");
                for (int shift : {24, 16, 8, 0})
                    m.append(char((v4 >> shift) & 0xff));
                fake.writeDatagram(m, d.senderAddress(), quint16(d.senderPort()));
            };
            reply(quint16(query->id + 1), 0xcb007101); // 203.0.113.1: the spoofed answer
            reply(query->id, 0xc0000263);              // 192.0.2.99: the real one
        }
    });
    dns::ResolverOptions o;
    o.servers = {{kAddress, fake.localPort()}};
    o.timeoutMs = 2000;
    dns::Resolver resolver(o);
    const auto r = wait(resolver.lookup(QStringLiteral("kumo.example"), RecordType::A));
    QVERIFY(r);
    QCOMPARE(r->status, LookupStatus::Ok);
    QCOMPARE(addresses(*r), QStringList{QStringLiteral("192.0.2.99")});
}

void TestDnsDiscovery::discoverCommand()
{
    const QString server = m_server.toString();
    const CliRun r = runCli({QStringLiteral("discover"), QStringLiteral("Kumo.Example."), QStringLiteral("--server"),
                             server, QStringLiteral("--timeout"), QStringLiteral("3")});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(QLatin1String("DNS discovery for kumo.example (nameserver ") + server), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("   10  mx1.kumo.example  192.0.2.11, 2001:db8::11")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("   20  mx2.kumo.example  192.0.2.12")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("smtp.kumo.example:587  priority 0, weight 1  192.0.2.14")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("_pop3._tcp         not offered")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("not published: _submissions._tcp, _imap._tcp, _pop3s._tcp")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("mail.kumo.example  192.0.2.11, 2001:db8::11  (alias of mx1.kumo.example)")),
             qPrintable(r.out));
    QVERIFY2(!r.out.contains(QLatin1String("Failed queries")), qPrintable(r.out));

    const CliRun json = runCli({QStringLiteral("discover"), QStringLiteral("kumo.example"), QStringLiteral("--json"),
                                QStringLiteral("--server"), server});
    QCOMPARE(json.status, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1StringView("mx")).toArray().size(), 2);
    QCOMPARE(o.value(QLatin1StringView("services")).toArray().size(), 3);

    const CliRun none = runCli({QStringLiteral("discover"), QStringLiteral("nomail.example"), QStringLiteral("--server"), server});
    QCOMPARE(none.status, 0);
    QVERIFY2(none.out.contains(QLatin1String("nomail.example accepts no mail (null MX, RFC 7505)")), qPrintable(none.out));

    const CliRun nx = runCli({QStringLiteral("discover"), QStringLiteral("nx.example"), QStringLiteral("--server"), server});
    QCOMPARE(nx.status, 1);
    QVERIFY2(nx.out.contains(QLatin1String("nx.example does not exist (NXDOMAIN)")), qPrintable(nx.out));

    // A silent server: the command ends within its deadline and says what failed.
    QUdpSocket silent;
    QVERIFY(silent.bind(kAddress, 0));
    QElapsedTimer clock;
    clock.start();
    const CliRun timeout = runCli({QStringLiteral("discover"), QStringLiteral("kumo.example"), QStringLiteral("--server"),
                                   QStringLiteral("127.0.0.60:%1").arg(silent.localPort()), QStringLiteral("--timeout"),
                                   QStringLiteral("0.5")});
    QCOMPARE(timeout.status, 1);
    QVERIFY(clock.elapsed() < 2000);
    QVERIFY2(timeout.out.contains(QLatin1String("Every query failed, e.g. kumo.example MX: timeout (127.0.0.60:")),
             qPrintable(timeout.out));
}

void TestDnsDiscovery::importCommand()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.json"));
    QVERIFY(QFile::copy(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QString server = m_server.toString();
    const CliRun r = runCli({QStringLiteral("import"), QStringLiteral("--workspace"), path, QStringLiteral("--dns"),
                             QStringLiteral("kumo.example"), QStringLiteral("--server"), server});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    // The demo knows mx1, mx2, smtp and imap by name: no new host; port 25 on both MX,
    // submission 587 and IMAPS 993 join the lab's ports, each with its link.
    QVERIFY2(r.out.contains(QLatin1String(": 0 new hosts, 4 new endpoints, 4 new links.")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("mail.kumo.example")), qPrintable(r.out));
    const WorkspaceReadResult loaded = loadWorkspaceFile(path);
    QVERIFY2(loaded.workspace, qPrintable(loaded.error));
    QCOMPARE(loaded.workspace->host(u"mx1")->endpoints.size(), 2);

    const CliRun nx = runCli({QStringLiteral("import"), QStringLiteral("--workspace"), path, QStringLiteral("--dns"),
                              QStringLiteral("nx.example"), QStringLiteral("--server"), server});
    QCOMPARE(nx.status, 4); // the source could not be read: nothing was imported
    QVERIFY2(nx.err.contains(QLatin1String("nx.example does not exist (NXDOMAIN) (nothing was imported)")),
             qPrintable(nx.err));
}

QTEST_GUILESS_MAIN(TestDnsDiscovery)
#include "tst_dns_discovery.moc"
