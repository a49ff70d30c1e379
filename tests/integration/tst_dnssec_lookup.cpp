// DNSSEC validation of the resolver against a real signed zone: the test signs
// secure.test. (tests/common/dnssec_zone.h) and serves it with unbound on
// 127.0.0.62; our Resolver forwards to it and validates from the zone's DS.
// Covers secure answers (MX, A, TXT, TLSA with its fields), a secure NXDOMAIN
// and NODATA, an insecure child (delegated without DS), a bogus RRset, expired
// signatures, no validation at all, a name outside the trust anchor, a
// nameserver that never answers (Timeout within the deadline), and a resolver
// deleted while it waits (at once, its lookups cancelled). Loopback only.

#include "probes/dns/resolver.h"
#include "tests/common/dnssec_zone.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QNetworkDatagram>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

using namespace mailtls;
using dns::DnssecState;
using dns::LookupResult;
using dns::LookupStatus;
using dns::RecordType;

namespace {

const QByteArray kTlsaData = QByteArray::fromHex("8d02536c887482bc34ff54e41d2ba659bf85b341a0a20afadb5813dcfbcf286d");

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

// The records' data in a comparable form.
QStringList values(const LookupResult &r)
{
    QStringList out;
    for (const dns::Record &rec : r.records) {
        switch (rec.type) {
        case RecordType::A: out.append(rec.address.toString()); break;
        case RecordType::Mx: out.append(QStringLiteral("%1 %2").arg(rec.preference).arg(rec.target)); break;
        case RecordType::Txt: out.append(dns::txtText(rec)); break;
        case RecordType::Tlsa:
            out.append(QStringLiteral("%1 %2 %3 %4")
                           .arg(rec.usage)
                           .arg(rec.selector)
                           .arg(rec.matchingType)
                           .arg(QString::fromLatin1(rec.association.toHex())));
            break;
        default: out.append(QString::fromLatin1(rec.data.toHex()));
        }
    }
    return out;
}

QString describe(const LookupResult &r)
{
    return QStringLiteral("%1 %2 %3 (%4) [%5] %6")
        .arg(r.name, dns::lookupStatusKey(r.status), dns::dnssecStateKey(r.dnssec), r.detail, r.whyBogus,
             values(r).join(QLatin1String(", ")));
}

} // namespace

class TestDnssecLookup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void lookup_data();
    void lookup();
    void tlsaFields();
    void expiredSignatures();
    void anchorOwners_data();
    void anchorOwners();
    void silentServerTimesOut();
    void deletedWhileWaiting();

private:
    dns::ResolverOptions options() const
    {
        dns::ResolverOptions o;
        o.servers = {m_zone.nameserver()};
        o.trustAnchorFile = m_zone.trustAnchorFile();
        o.timeoutMs = 5000;
        return o;
    }

    dnstest::DnssecZone m_zone;
};

void TestDnssecLookup::initTestCase()
{
    if (!dnstest::DnssecZone::installed())
        QSKIP("unbound and ldnsutils are not installed (scripts/install-deps.sh installs them)");
    m_zone.addRecord(QStringLiteral("@ 300 IN MX 10 mx1"));
    m_zone.addRecord(QStringLiteral("@ 300 IN TXT \"v=STSv1; \" \"id=20261206\""));
    m_zone.addRecord(QStringLiteral("mx1 300 IN A 192.0.2.25"));
    m_zone.addRecord(QStringLiteral("_25._tcp.mx1.secure.test. 300 IN TLSA 3 1 1 ") + QString::fromLatin1(kTlsaData.toHex()));
    m_zone.addRecord(QStringLiteral("mail 300 IN CNAME mx1"));
    m_zone.addRecord(QStringLiteral("mx2 300 IN A 192.0.2.26"));
    m_zone.makeBogus(QStringLiteral("mx2.secure.test."), QStringLiteral("A"));
    m_zone.addInsecureChild(QStringLiteral("plain.secure.test."), {QStringLiteral("@ 300 IN MX 10 mx"),
                                                                    QStringLiteral("mx 300 IN A 192.0.2.30")});
    m_zone.addUnsignedZone(QStringLiteral("outside.test."), {QStringLiteral("@ 300 IN MX 10 mx"),
                                                             QStringLiteral("mx 300 IN A 192.0.2.40")});
    QString error;
    QVERIFY2(m_zone.start(&error), qPrintable(error));
}

void TestDnssecLookup::cleanupTestCase()
{
    m_zone.stop();
}

void TestDnssecLookup::lookup_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("validate");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("dnssec");
    QTest::addColumn<QStringList>("expected");

    const int ok = int(LookupStatus::Ok);
    const int secure = int(DnssecState::Secure);
    QTest::newRow("secure MX") << "secure.test" << int(RecordType::Mx) << true << ok << secure
                               << QStringList{QStringLiteral("10 mx1.secure.test")};
    QTest::newRow("secure A") << "mx1.secure.test." << int(RecordType::A) << true << ok << secure
                              << QStringList{QStringLiteral("192.0.2.25")};
    QTest::newRow("secure TXT, two strings") << "secure.test" << int(RecordType::Txt) << true << ok << secure
                                             << QStringList{QStringLiteral("v=STSv1; id=20261206")};
    QTest::newRow("secure TLSA") << "_25._tcp.mx1.secure.test" << int(RecordType::Tlsa) << true << ok << secure
                                 << QStringList{QStringLiteral("3 1 1 ") + QString::fromLatin1(kTlsaData.toHex())};
    QTest::newRow("secure CNAME") << "mail.secure.test" << int(RecordType::A) << true << ok << secure
                                  << QStringList{QStringLiteral("192.0.2.25")};
    QTest::newRow("secure NXDOMAIN") << "nx.secure.test" << int(RecordType::A) << true << int(LookupStatus::NxDomain)
                                     << secure << QStringList{};
    QTest::newRow("secure NODATA") << "mx1.secure.test" << int(RecordType::Txt) << true << int(LookupStatus::NoData)
                                   << secure << QStringList{};
    QTest::newRow("insecure child") << "mx.plain.secure.test" << int(RecordType::A) << true << ok
                                    << int(DnssecState::Insecure) << QStringList{QStringLiteral("192.0.2.30")};
    QTest::newRow("insecure child MX") << "plain.secure.test" << int(RecordType::Mx) << true << ok
                                       << int(DnssecState::Insecure)
                                       << QStringList{QStringLiteral("10 mx.plain.secure.test")};
    // The answer is still given, marked: what trusts it is the caller's decision.
    QTest::newRow("bogus A") << "mx2.secure.test" << int(RecordType::A) << true << ok << int(DnssecState::Bogus)
                             << QStringList{QStringLiteral("192.0.2.26")};
    QTest::newRow("outside the anchor") << "mx.outside.test" << int(RecordType::A) << true << ok
                                        << int(DnssecState::NotValidated) << QStringList{QStringLiteral("192.0.2.40")};
    QTest::newRow("no validation") << "secure.test" << int(RecordType::Mx) << false << ok
                                   << int(DnssecState::NotValidated)
                                   << QStringList{QStringLiteral("10 mx1.secure.test")};
    QTest::newRow("no validation, bogus RRset") << "mx2.secure.test" << int(RecordType::A) << false << ok
                                                << int(DnssecState::NotValidated)
                                                << QStringList{QStringLiteral("192.0.2.26")};
}

void TestDnssecLookup::lookup()
{
    QFETCH(QString, name);
    QFETCH(int, type);
    QFETCH(bool, validate);
    QFETCH(int, status);
    QFETCH(int, dnssec);
    QFETCH(QStringList, expected);
    dns::ResolverOptions o = options();
    o.validate = validate;
    dns::Resolver resolver(o);
    QCOMPARE(resolver.trustAnchorNames(), validate ? QStringList{QStringLiteral("secure.test")} : QStringList{});
    const auto r = wait(resolver.lookup(name, RecordType(type)));
    QVERIFY(r);
    QVERIFY2(r->status == LookupStatus(status), qPrintable(describe(*r)));
    QVERIFY2(r->dnssec == DnssecState(dnssec), qPrintable(describe(*r)));
    QCOMPARE(values(*r), expected);
    if (r->dnssec == DnssecState::Bogus)
        QVERIFY2(r->whyBogus.contains(QLatin1String("mx2.secure.test")), qPrintable(r->whyBogus));
    else
        QVERIFY2(r->whyBogus.isEmpty(), qPrintable(r->whyBogus));
}

void TestDnssecLookup::tlsaFields()
{
    dns::Resolver resolver(options());
    const auto r = wait(resolver.lookup(QStringLiteral("_25._tcp.mx1.secure.test"), RecordType::Tlsa));
    QVERIFY(r);
    QCOMPARE(r->status, LookupStatus::Ok);
    QCOMPARE(r->dnssec, DnssecState::Secure);
    QCOMPARE(r->records.size(), 1);
    const dns::Record &tlsa = r->records.constFirst();
    QCOMPARE(tlsa.type, RecordType::Tlsa);
    QCOMPARE(tlsa.name, QStringLiteral("_25._tcp.mx1.secure.test"));
    QCOMPARE(tlsa.usage, quint8(3));
    QCOMPARE(tlsa.selector, quint8(1));
    QCOMPARE(tlsa.matchingType, quint8(1));
    QCOMPARE(tlsa.association, kTlsaData);
}

void TestDnssecLookup::expiredSignatures()
{
    // A zone of its own, signed for January 2020: every signature has expired.
    dnstest::DnssecZone old(QStringLiteral("expired.test."));
    old.addRecord(QStringLiteral("@ 300 IN MX 10 mx1"));
    old.setSignaturesExpired(true);
    QString error;
    QVERIFY2(old.start(&error), qPrintable(error));
    dns::ResolverOptions o;
    o.servers = {old.nameserver()};
    o.trustAnchorFile = old.trustAnchorFile();
    dns::Resolver resolver(o);
    const auto r = wait(resolver.lookup(QStringLiteral("expired.test"), RecordType::Mx));
    QVERIFY(r);
    QCOMPARE(r->dnssec, DnssecState::Bogus);
    QVERIFY2(r->whyBogus.contains(QLatin1String("expired")), qPrintable(r->whyBogus));
}

void TestDnssecLookup::anchorOwners_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("owners");
    QTest::newRow("ldns-keygen's DS") << QByteArray("secure.test.\tIN\tDS\t37682 13 2 5066\n") << QStringList{QStringLiteral("secure.test")};
    QTest::newRow("root DNSKEY with TTL, comments")
        << QByteArray("; root key\n.\t172800\tIN\tDNSKEY\t257 3 8 AwEAAa==\n\n. 172800 IN DNSKEY 257 3 8 AwEAAb== ; 2024\n")
        << QStringList{QStringLiteral(".")};
    QTest::newRow("two anchors, other records skipped")
        << QByteArray("a.example. IN DS 1 13 2 00\nb.example. 300 IN NS ns.b.example.\nB.Example. 300 ds 2 13 2 00\n")
        << QStringList{QStringLiteral("a.example"), QStringLiteral("B.Example")};
    QTest::newRow("no anchor") << QByteArray("x.example. IN A 192.0.2.1\n") << QStringList{};
}

void TestDnssecLookup::anchorOwners()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, owners);
    QCOMPARE(dns::trustAnchorOwners(file), owners);
    QVERIFY(dns::isUnderAnyOf(u"mx1.secure.test.", {QStringLiteral("secure.test")}));
    QVERIFY(dns::isUnderAnyOf(u"SECURE.test", {QStringLiteral("secure.test")}));
    QVERIFY(dns::isUnderAnyOf(u"anything.example", {QStringLiteral(".")}));
    QVERIFY(!dns::isUnderAnyOf(u"insecure.test", {QStringLiteral("secure.test")}));
    QVERIFY(!dns::isUnderAnyOf(u"test", {QStringLiteral("secure.test")}));
}

void TestDnssecLookup::silentServerTimesOut()
{
    // A bound UDP socket that never answers (no ICMP "port unreachable" either).
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress(QStringLiteral("127.0.0.62")), 0));
    dns::ResolverOptions o = options();
    o.servers = {{QHostAddress(QStringLiteral("127.0.0.62")), silent.localPort()}};
    o.timeoutMs = 800;
    dns::Resolver resolver(o);
    QElapsedTimer clock;
    clock.start();
    const auto r = wait(resolver.lookup(QStringLiteral("secure.test"), RecordType::Mx));
    const qint64 elapsed = clock.elapsed();
    QVERIFY(r);
    QCOMPARE(r->status, LookupStatus::Timeout);
    QCOMPARE(r->dnssec, DnssecState::NotValidated);
    QVERIFY(r->records.isEmpty());
    QVERIFY2(r->detail.contains(QLatin1String("no answer within 0.8 s")), qPrintable(r->detail));
    QVERIFY2(elapsed >= 700 && elapsed < 1300, qPrintable(QString::number(elapsed)));
    QVERIFY(silent.hasPendingDatagrams()); // it did get our query

    // The first was cancelled before libunbound gave the server up: the next
    // lookup asks it again, and is undecided too.
    while (silent.hasPendingDatagrams())
        silent.receiveDatagram();
    clock.start();
    const auto again = wait(resolver.lookup(QStringLiteral("mx1.secure.test"), RecordType::A));
    QVERIFY(again);
    QVERIFY2(again->status == LookupStatus::Timeout, qPrintable(describe(*again)));
    QVERIFY2(clock.elapsed() >= 700, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(silent.hasPendingDatagrams());
}

void TestDnssecLookup::deletedWhileWaiting()
{
    // A resolver deleted while libunbound waits on a silent nameserver: its
    // lookups are cancelled, and the deletion does not wait for libunbound's
    // own timeouts (the GUI thread may own a resolver).
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress(QStringLiteral("127.0.0.62")), 0));
    dns::ResolverOptions o = options();
    o.servers = {{QHostAddress(QStringLiteral("127.0.0.62")), silent.localPort()}};
    o.timeoutMs = 10000;
    auto *resolver = new dns::Resolver(o);
    const QFuture<LookupResult> mx = resolver->lookup(QStringLiteral("secure.test"), RecordType::Mx);
    const QFuture<LookupResult> a = resolver->lookup(QStringLiteral("mx1.secure.test"), RecordType::A);
    QTRY_VERIFY(silent.hasPendingDatagrams());
    QElapsedTimer clock;
    clock.start();
    delete resolver;
    QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(mx.isFinished() && mx.isCanceled() && mx.resultCount() == 0);
    QVERIFY(a.isFinished() && a.isCanceled() && a.resultCount() == 0);
}

QTEST_GUILESS_MAIN(TestDnssecLookup)
#include "tst_dnssec_lookup.moc"
