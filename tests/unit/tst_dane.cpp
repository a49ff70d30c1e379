// evaluateDane() on TLSA records made for each case against a chain made by
// the test (root, intermediate, leaf for mx1.kumo.example), with the
// association data computed independently by the openssl command line, the
// way admins make them (openssl x509 -pubkey | openssl pkey -pubin -outform
// DER | openssl dgst). Each row names the records, the DNSSEC states and the
// exact verdicts expected.

#include "probes/domain/dane.h"
#include "tests/common/certificate_chains.h"

#include <QProcess>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace mailtls;

namespace {

// Runs a shell pipeline of openssl commands with input on stdin; its stdout.
QByteArray shell(const QString &pipeline, const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), pipeline});
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(20000);
    return p.readAllStandardOutput();
}

// The association data of a record with this selector and matching type for
// a PEM certificate, by the openssl command line.
QByteArray association(const QByteArray &pem, int selector, int matchingType)
{
    const QString der = selector == 1
                            ? QStringLiteral("openssl x509 -pubkey -noout | openssl pkey -pubin -outform DER")
                            : QStringLiteral("openssl x509 -outform DER");
    if (matchingType == 0)
        return shell(der, pem);
    const QString dgst = matchingType == 1 ? QStringLiteral("-sha256") : QStringLiteral("-sha512");
    const QByteArray hex = shell(der + QStringLiteral(" | openssl dgst %1 -r").arg(dgst), pem);
    return QByteArray::fromHex(hex.left(hex.indexOf(' ')));
}

dns::Record tlsa(int usage, int selector, int matchingType, const QByteArray &data)
{
    dns::Record r;
    r.type = dns::RecordType::Tlsa;
    r.usage = static_cast<quint8>(usage);
    r.selector = static_cast<quint8>(selector);
    r.matchingType = static_cast<quint8>(matchingType);
    r.association = data;
    return r;
}

using Optional = std::optional<bool>;

} // namespace

Q_DECLARE_METATYPE(std::optional<bool>)

class TestDane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void unusableRecords_data();
    void unusableRecords();
    void jsonRoundTrip();

private:
    testchains::Chains m_chains;
    CertificateInfo m_seen;        // leaf, intermediate, root as sent
    CertificateInfo m_otherName;   // the same chain, probed as another host
    QHash<QString, QByteArray> m_pem;
};

void TestDane::initTestCase()
{
    QVERIFY(m_chains.ca(QStringLiteral("root"), QStringLiteral("Kumo Root"), -10 * testchains::Chains::kDay,
                        365 * testchains::Chains::kDay)
                .isEmpty());
    QVERIFY(m_chains.ca(QStringLiteral("inter"), QStringLiteral("Kumo Issuing CA"), -10 * testchains::Chains::kDay,
                        365 * testchains::Chains::kDay, QStringLiteral("root"))
                .isEmpty());
    QVERIFY(m_chains.leaf(QStringLiteral("leaf"), QStringLiteral("mx1.kumo.example"), QStringLiteral("inter")).isEmpty());
    QVERIFY(m_chains.leaf(QStringLiteral("next"), QStringLiteral("mx1.kumo.example"), QStringLiteral("inter")).isEmpty());
    for (const QString &n : {QStringLiteral("root"), QStringLiteral("inter"), QStringLiteral("leaf"), QStringLiteral("next")})
        m_pem.insert(n, m_chains.pem(n));
    const QString caFile = m_chains.writeCertificates(QStringLiteral("ca.pem"), {QStringLiteral("root")});
    const QList<QByteArray> chain{testchains::derOf(m_pem.value(QStringLiteral("leaf"))), testchains::derOf(m_pem.value(QStringLiteral("inter"))),
                                  testchains::derOf(m_pem.value(QStringLiteral("root")))};
    const auto seen = analyseCertificate(chain, QStringLiteral("mx1.kumo.example"), caFile,
                                         QDateTime::currentDateTimeUtc());
    QVERIFY(seen);
    QCOMPARE(seen->daneDigests.size(), 3);
    QCOMPARE(seen->trusted, true);
    m_seen = *seen;
    const auto other = analyseCertificate(chain, QStringLiteral("mx2.kumo.example"), caFile,
                                          QDateTime::currentDateTimeUtc());
    QVERIFY(other);
    m_otherName = *other;
    // The oracle itself works.
    QCOMPARE(association(m_pem.value(QStringLiteral("leaf")), 1, 1).size(), 32);
}

void TestDane::verdicts_data()
{
    QTest::addColumn<QStringList>("records"); // "usage selector mtype certificate" or "... hex:<data>"
    QTest::addColumn<QString>("addressDnssec");
    QTest::addColumn<QString>("tlsaDnssec");
    QTest::addColumn<QString>("tlsaStatus");
    QTest::addColumn<bool>("otherName");
    QTest::addColumn<Optional>("published");
    QTest::addColumn<Optional>("inForce");
    QTest::addColumn<Optional>("matches");
    QTest::addColumn<Optional>("deferred");
    QTest::addColumn<Optional>("rolloverReady");

    const Optional yes = true, no = false, unknown = std::nullopt;
    const QString secure = QStringLiteral("secure"), insecure = QStringLiteral("insecure"),
                  bogus = QStringLiteral("bogus"), none = QStringLiteral("not_validated"), ok = QStringLiteral("ok");

    QTest::newRow("3 1 1 of the leaf: in force, matching, only the current key")
        << QStringList{QStringLiteral("3 1 1 leaf")} << secure << secure << ok << false << yes << yes << yes << no << no;
    QTest::newRow("3 0 1 of the leaf certificate")
        << QStringList{QStringLiteral("3 0 1 leaf")} << secure << secure << ok << false << yes << yes << yes << no << no;
    QTest::newRow("3 1 2 (SHA-512)")
        << QStringList{QStringLiteral("3 1 2 leaf")} << secure << secure << ok << false << yes << yes << yes << no << no;
    QTest::newRow("3 1 0 (the full key)")
        << QStringList{QStringLiteral("3 1 0 leaf")} << secure << secure << ok << false << yes << yes << yes << no << no;
    QTest::newRow("3 1 1 of the next key beside the current one: rollover ready")
        << QStringList{QStringLiteral("3 1 1 leaf"), QStringLiteral("3 1 1 next")} << secure << secure << ok << false
        << yes << yes << yes << no << yes;
    QTest::newRow("2 1 1 of the intermediate: an anchor the server sends")
        << QStringList{QStringLiteral("2 1 1 inter")} << secure << secure << ok << false << yes << yes << yes << no << yes;
    QTest::newRow("2 0 1 of the root, sent in the chain")
        << QStringList{QStringLiteral("2 0 1 root")} << secure << secure << ok << false << yes << yes << yes << no << yes;
    QTest::newRow("2 1 1 of the intermediate, the leaf naming another host")
        << QStringList{QStringLiteral("2 1 1 inter")} << secure << secure << ok << true << yes << yes << no << yes << no;
    QTest::newRow("3 1 1 ignores the name")
        << QStringList{QStringLiteral("3 1 1 leaf")} << secure << secure << ok << true << yes << yes << yes << no << no;
    QTest::newRow("2 1 1 of the leaf does not match (DANE-TA pins an issuer)")
        << QStringList{QStringLiteral("2 1 1 leaf")} << secure << secure << ok << false << yes << yes << no << yes << no;
    QTest::newRow("3 1 1 of the issuer does not match (DANE-EE pins the leaf)")
        << QStringList{QStringLiteral("3 1 1 inter")} << secure << secure << ok << false << yes << yes << no << yes << no;
    QTest::newRow("3 1 1 of the next key only: mail deferred")
        << QStringList{QStringLiteral("3 1 1 next")} << secure << secure << ok << false << yes << yes << no << yes << no;
    QTest::newRow("leaf and issuer pinned: ready either way")
        << QStringList{QStringLiteral("3 1 1 leaf"), QStringLiteral("2 1 1 inter")} << secure << secure << ok << false
        << yes << yes << yes << no << yes;
    QTest::newRow("bogus TLSA RRset: deferred whatever it says")
        << QStringList{QStringLiteral("3 1 1 leaf")} << secure << bogus << QStringLiteral("serv_fail") << false << yes
        << yes << unknown << yes << unknown;
    QTest::newRow("address records not signed: not in force")
        << QStringList{QStringLiteral("3 1 1 leaf")} << insecure << secure << ok << false << yes << no << yes << no << no;
    QTest::newRow("TLSA records not signed: not in force")
        << QStringList{QStringLiteral("3 1 1 next")} << secure << insecure << ok << false << yes << no << no << no << no;
    QTest::newRow("not validated: in force and deferred undecided")
        << QStringList{QStringLiteral("3 1 1 leaf")} << none << none << ok << false << yes << unknown << yes << unknown
        << no;
    QTest::newRow("no TLSA records: not published")
        << QStringList{} << secure << secure << QStringLiteral("no_data") << false << no << no << unknown << no
        << unknown;
    QTest::newRow("TLSA lookup timed out: everything undecided")
        << QStringList{} << secure << none << QStringLiteral("timeout") << false << unknown << unknown << unknown
        << unknown << unknown;
}

void TestDane::verdicts()
{
    QFETCH(QStringList, records);
    QFETCH(QString, addressDnssec);
    QFETCH(QString, tlsaDnssec);
    QFETCH(QString, tlsaStatus);
    QFETCH(bool, otherName);

    QList<dns::Record> rrs;
    for (const QString &spec : records) {
        const QStringList p = spec.split(QLatin1Char(' '));
        rrs << tlsa(p[0].toInt(), p[1].toInt(), p[2].toInt(),
                    association(m_pem.value(p[3]), p[1].toInt(), p[2].toInt()));
        QVERIFY(!rrs.last().association.isEmpty());
    }
    DaneCheck c;
    c.host = QStringLiteral("mx1.kumo.example");
    c.tlsaName = tlsaOwnerName(c.host, 25);
    QCOMPARE(c.tlsaName, QStringLiteral("_25._tcp.mx1.kumo.example"));
    c.addressStatus = dns::LookupStatus::Ok;
    c.addressDnssec = dnssecStateFromKey(addressDnssec);
    c.tlsaStatus = lookupStatusFromKey(tlsaStatus);
    c.tlsaDnssec = dnssecStateFromKey(tlsaDnssec);
    if (c.tlsaDnssec == dns::DnssecState::Bogus)
        c.tlsaWhyBogus = QStringLiteral("signature expired");
    c.records = tlsaRecordsOf(rrs);
    evaluateDane(&c, otherName ? &m_otherName : &m_seen);

    QTEST(c.published, "published");
    QTEST(c.inForce, "inForce");
    QTEST(c.matches, "matches");
    QTEST(c.deferred, "deferred");
    QTEST(c.rolloverReady, "rolloverReady");
    if (c.matches == false || c.deferred == true || c.inForce == std::nullopt)
        QVERIFY2(!c.notes.isEmpty(), "a verdict against the admin says why");

    // Without a certificate seen, nothing is matched.
    evaluateDane(&c, nullptr);
    if (!c.records.isEmpty() && c.tlsaDnssec != dns::DnssecState::Bogus)
        QCOMPARE(c.matches, std::nullopt);
}

void TestDane::unusableRecords_data()
{
    QTest::addColumn<int>("usage");
    QTest::addColumn<int>("selector");
    QTest::addColumn<int>("matchingType");
    QTest::addColumn<int>("length");

    QTest::newRow("PKIX-TA(0)") << 0 << 1 << 1 << 32;
    QTest::newRow("PKIX-EE(1)") << 1 << 1 << 1 << 32;
    QTest::newRow("usage 4") << 4 << 1 << 1 << 32;
    QTest::newRow("selector 2") << 3 << 2 << 1 << 32;
    QTest::newRow("matching type 3") << 3 << 1 << 3 << 32;
    QTest::newRow("SHA-256 of 31 octets") << 3 << 1 << 1 << 31;
    QTest::newRow("SHA-512 of 32 octets") << 3 << 1 << 2 << 32;
    QTest::newRow("empty full data") << 3 << 1 << 0 << 0;
}

void TestDane::unusableRecords()
{
    QFETCH(int, usage);
    QFETCH(int, selector);
    QFETCH(int, matchingType);
    QFETCH(int, length);
    QByteArray data = association(m_pem.value(QStringLiteral("leaf")), 1, 1);
    data = data.leftJustified(length, 'x', true);
    DaneCheck c;
    c.host = QStringLiteral("mx1.kumo.example");
    c.tlsaName = tlsaOwnerName(c.host, 25);
    c.addressStatus = dns::LookupStatus::Ok;
    c.addressDnssec = dns::DnssecState::Secure;
    c.tlsaStatus = dns::LookupStatus::Ok;
    c.tlsaDnssec = dns::DnssecState::Secure;
    c.records = tlsaRecordsOf({tlsa(usage, selector, matchingType, data)});
    QCOMPARE(c.records.size(), 1);
    QVERIFY(!c.records.first().usable);
    QVERIFY(!c.records.first().problem.isEmpty());
    evaluateDane(&c, &m_seen);
    // Only unusable records: TLS is still mandatory for a DANE sender, but no
    // certificate is checked, so nothing is deferred and nothing matches.
    QCOMPARE(c.inForce, std::optional<bool>(true));
    QCOMPARE(c.deferred, std::optional<bool>(false));
    QCOMPARE(c.matches, std::nullopt);
    QCOMPARE(c.records.first().matches, std::nullopt);
}

void TestDane::jsonRoundTrip()
{
    DaneCheck c;
    c.host = QStringLiteral("mx1.kumo.example");
    c.tlsaName = tlsaOwnerName(c.host, 25);
    c.addressStatus = dns::LookupStatus::Ok;
    c.addressDnssec = dns::DnssecState::Secure;
    c.tlsaStatus = dns::LookupStatus::Ok;
    c.tlsaDnssec = dns::DnssecState::Secure;
    c.records = tlsaRecordsOf({tlsa(3, 1, 1, association(m_pem.value(QStringLiteral("leaf")), 1, 1)),
                               tlsa(1, 1, 1, association(m_pem.value(QStringLiteral("leaf")), 1, 1))});
    evaluateDane(&c, &m_seen);
    const DaneCheck back = daneCheckFromJson(daneCheckToJson(c));
    QCOMPARE(back, c);
}

QTEST_GUILESS_MAIN(TestDane)
#include "tst_dane.moc"
