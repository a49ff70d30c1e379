#include "probes/hygiene/hygiene_checks.h"

#include <QTest>

using namespace mailtls;
using namespace mailtls::hygiene;

// The hygiene checks that follow from steps 2 to 5 with no connection of
// their own (probes/hygiene/hygiene_derived.cpp) and the plan the other checks
// ask with: each row is what the version probes found, and the answer it must
// give. Undecided inputs must never give false.
using Versions = QMap<TlsVersion, VersionResult>;
Q_DECLARE_METATYPE(Versions)

class TestHygieneDerived : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plan_data();
    void plan();
    void insecureRenegotiation_data();
    void insecureRenegotiation();
    void dh_data();
    void dh();
    void dhPrimesGrouped();
    void sweet32_data();
    void sweet32();
    void poodleSsl3_data();
    void poodleSsl3();
};

namespace {

// -1: undecided, 0: false, 1: true
int tri(const std::optional<bool> &v)
{
    return v ? int(*v) : -1;
}

VersionResult accepted(const QStringList &suites, bool complete = true)
{
    VersionResult r;
    r.accepted = true;
    r.cipherSuites = suites;
    r.suitesComplete = complete;
    return r;
}

VersionResult refused()
{
    VersionResult r;
    r.accepted = false;
    return r;
}

VersionResult undecidedVersion(const QString &note = QStringLiteral("timeout"))
{
    VersionResult r;
    r.note = note;
    r.suitesComplete = false;
    return r;
}

VersionResult withRenegotiation(VersionResult r, std::optional<bool> secure)
{
    r.secureRenegotiation = secure;
    return r;
}

// A DHE suite's key exchange with a plain prime.
VersionResult withDhe(VersionResult r, const QString &suite, int bits, const QString &digest,
                      const QString &wellKnown = {})
{
    if (!r.cipherSuites.contains(suite))
        r.cipherSuites.append(suite);
    r.keyExchange.insert(suite, KeyExchangeInfo{QString(), bits, digest, wellKnown});
    return r;
}

const QString dheGcm = QStringLiteral("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256");
const QString dheCbc = QStringLiteral("TLS_DHE_RSA_WITH_AES_128_CBC_SHA");
const QString ecdheGcm = QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
const QString rsaCbc = QStringLiteral("TLS_RSA_WITH_AES_128_CBC_SHA");
const QString rsaRc4 = QStringLiteral("TLS_RSA_WITH_RC4_128_SHA");
const QString rsa3des = QStringLiteral("TLS_RSA_WITH_3DES_EDE_CBC_SHA");
const QString tls13 = QStringLiteral("TLS_AES_128_GCM_SHA256");
const QString oakley2 = QStringLiteral("RFC 2409 group 2 (1024-bit MODP)");

} // namespace

void TestHygieneDerived::plan_data()
{
    QTest::addColumn<Versions>("versions");
    QTest::addColumn<QList<int>>("acceptedVersions");
    QTest::addColumn<bool>("anyUndecided");
    QTest::addColumn<int>("legacy"); // -1: none
    QTest::addColumn<int>("rsaVersion");
    QTest::addColumn<int>("rsaSuites");
    QTest::addColumn<bool>("complete");

    QTest::newRow("TLS 1.2 and 1.3")
        << Versions{{TlsVersion::Tls12, accepted({ecdheGcm, rsaCbc})},
                    {TlsVersion::Tls13, accepted({tls13})}}
        << QList<int>{int(TlsVersion::Tls12), int(TlsVersion::Tls13)} << false
        << int(TlsVersion::Tls12) << int(TlsVersion::Tls12) << 1 << true;
    QTest::newRow("newest legacy version is picked")
        << Versions{{TlsVersion::Tls10, accepted({rsaCbc})},
                    {TlsVersion::Tls12, accepted({ecdheGcm})}}
        << QList<int>{int(TlsVersion::Tls10), int(TlsVersion::Tls12)} << false
        << int(TlsVersion::Tls12) << int(TlsVersion::Tls10) << 1 << true;
    QTest::newRow("TLS 1.3 only: no legacy")
        << Versions{{TlsVersion::Tls12, refused()}, {TlsVersion::Tls13, accepted({tls13})}}
        << QList<int>{int(TlsVersion::Tls13)} << false << -1 << -1 << 0 << true;
    QTest::newRow("undecided and cut short")
        << Versions{{TlsVersion::Tls11, undecidedVersion()},
                    {TlsVersion::Tls12, accepted({rsaCbc, rsa3des}, false)}}
        << QList<int>{int(TlsVersion::Tls12)} << true << int(TlsVersion::Tls12)
        << int(TlsVersion::Tls12) << 2 << false;
    QTest::newRow("export RSA is no RSA key exchange")
        << Versions{{TlsVersion::Ssl3,
                     accepted({QStringLiteral("TLS_RSA_EXPORT_WITH_RC4_40_MD5")})}}
        << QList<int>{int(TlsVersion::Ssl3)} << false << int(TlsVersion::Ssl3) << -1 << 0 << true;
}

void TestHygieneDerived::plan()
{
    QFETCH(Versions, versions);
    QFETCH(QList<int>, acceptedVersions);
    QFETCH(bool, anyUndecided);
    QFETCH(int, legacy);
    QFETCH(int, rsaVersion);
    QFETCH(int, rsaSuites);
    QFETCH(bool, complete);
    const Plan p = planFor(versions);
    QList<int> got;
    for (TlsVersion v : p.accepted)
        got.append(int(v));
    QCOMPARE(got, acceptedVersions);
    QCOMPARE(p.anyUndecided, anyUndecided);
    QCOMPARE(p.legacy ? int(*p.legacy) : -1, legacy);
    if (p.legacy) {
        QCOMPARE(p.legacySuites.size(), versions.value(*p.legacy).cipherSuites.size());
        QCOMPARE(p.suites.value(*p.legacy), p.legacySuites);
    }
    QCOMPARE(p.rsaVersion ? int(*p.rsaVersion) : -1, rsaVersion);
    QCOMPARE(p.rsaSuites.size(), rsaSuites);
    QCOMPARE(p.suitesComplete, complete);
}

void TestHygieneDerived::insecureRenegotiation_data()
{
    QTest::addColumn<Versions>("versions");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("says"); // in the evidence (decided) or the note (undecided)

    QTest::newRow("RFC 5746 absent on TLS 1.2")
        << Versions{{TlsVersion::Tls12, withRenegotiation(accepted({rsaCbc}), false)}} << 1
        << "TLSv1.2";
    QTest::newRow("absent on one version of two")
        << Versions{{TlsVersion::Tls10, withRenegotiation(accepted({rsaCbc}), false)},
                    {TlsVersion::Tls12, withRenegotiation(accepted({rsaCbc}), true)}}
        << 1 << "TLSv1.0";
    QTest::newRow("absence decides over an unknown version")
        << Versions{{TlsVersion::Tls11, withRenegotiation(accepted({rsaCbc}), std::nullopt)},
                    {TlsVersion::Tls12, withRenegotiation(accepted({rsaCbc}), false)}}
        << 1 << "TLSv1.2";
    QTest::newRow("present on every version")
        << Versions{{TlsVersion::Tls10, withRenegotiation(accepted({rsaCbc}), true)},
                    {TlsVersion::Tls12, withRenegotiation(accepted({rsaCbc}), true)}}
        << 0 << "renegotiation_info";
    QTest::newRow("unknown on TLS 1.2")
        << Versions{{TlsVersion::Tls12, withRenegotiation(accepted({rsaCbc}), std::nullopt)}} << -1
        << "TLSv1.2";
    QTest::newRow("unknown beside a known one")
        << Versions{{TlsVersion::Tls11, withRenegotiation(accepted({rsaCbc}), std::nullopt)},
                    {TlsVersion::Tls12, withRenegotiation(accepted({rsaCbc}), true)}}
        << -1 << "TLSv1.1";
    QTest::newRow("TLS 1.3 only") << Versions{{TlsVersion::Tls10, refused()},
                                              {TlsVersion::Tls11, refused()},
                                              {TlsVersion::Tls12, refused()},
                                              {TlsVersion::Tls13, accepted({tls13})}}
                                  << 0 << "TLS 1.3";
    QTest::newRow("SSL 3.0 only") << Versions{{TlsVersion::Ssl3, accepted({rsaCbc})},
                                              {TlsVersion::Tls10, refused()},
                                              {TlsVersion::Tls12, refused()}}
                                  << -1 << "SSL 3.0";
    QTest::newRow("SSL 3.0 beside a protected TLS 1.2")
        << Versions{{TlsVersion::Ssl3, accepted({rsaCbc})},
                    {TlsVersion::Tls12, withRenegotiation(accepted({rsaCbc}), true)}}
        << 0 << "TLSv1.2";
    QTest::newRow("TLS 1.3, SSL 2.0 undecided: SSL 2.0 does not renegotiate")
        << Versions{{TlsVersion::Ssl2, undecidedVersion()},
                    {TlsVersion::Ssl3, refused()},
                    {TlsVersion::Tls10, refused()},
                    {TlsVersion::Tls11, refused()},
                    {TlsVersion::Tls12, refused()},
                    {TlsVersion::Tls13, accepted({tls13})}}
        << 0 << "TLS 1.3";
    QTest::newRow("TLS 1.3, SSL 3.0 undecided")
        << Versions{{TlsVersion::Ssl3, undecidedVersion()},
                    {TlsVersion::Tls12, refused()},
                    {TlsVersion::Tls13, accepted({tls13})}}
        << -1 << "undecided";
    QTest::newRow("TLS 1.3 and an undecided TLS 1.2")
        << Versions{{TlsVersion::Tls12, undecidedVersion()}, {TlsVersion::Tls13, accepted({tls13})}}
        << -1 << "undecided";
}

void TestHygieneDerived::insecureRenegotiation()
{
    QFETCH(Versions, versions);
    QFETCH(int, expected);
    QFETCH(QString, says);
    HygieneInput input;
    input.versions = versions;
    HygieneCheck check;
    deriveInsecureRenegotiation(planFor(versions), input, &check);
    QCOMPARE(tri(check.value), expected);
    if (expected < 0) {
        QVERIFY2(check.note.contains(says), qPrintable(check.note));
        QVERIFY(check.evidence.isEmpty());
    } else {
        QVERIFY(!check.evidence.isEmpty());
        QVERIFY2(check.evidence.join(u'\n').contains(says), qPrintable(check.evidence.join(u'\n')));
    }
}

void TestHygieneDerived::dh_data()
{
    QTest::addColumn<Versions>("versions");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("primes");
    QTest::addColumn<QString>("says");

    QTest::newRow("1024-bit RFC 2409 group 2 (Logjam)")
        << Versions{{TlsVersion::Tls12, withDhe(accepted({}), dheGcm, 1024, "aa", oakley2)}} << 1
        << 1 << "Logjam";
    QTest::newRow("2048-bit prime of its own")
        << Versions{{TlsVersion::Tls12, withDhe(accepted({}), dheGcm, 2048, "bb")}} << 0 << 1
        << "2048-bit";
    QTest::newRow("2048-bit well-known prime")
        << Versions{{TlsVersion::Tls12,
                     withDhe(accepted({}), dheGcm, 2048, "cc",
                             QStringLiteral("RFC 3526 group 14 (2048-bit MODP)"))}}
        << 0 << 1 << "RFC 3526 group 14";
    QTest::newRow("1024-bit prime of its own")
        << Versions{{TlsVersion::Tls12, withDhe(accepted({}), dheGcm, 1024, "dd")}} << 0 << 1
        << "1024-bit";
    QTest::newRow("768-bit") << Versions{{TlsVersion::Tls12,
                                          withDhe(accepted({}), dheGcm, 768, "ee")}}
                             << 1 << 1 << "under 1024 bits";
    QTest::newRow("export DHE suite")
        << Versions{{TlsVersion::Tls10,
                     accepted({QStringLiteral("TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA"), rsaCbc})}}
        << 1 << 0 << "TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA";
    QTest::newRow("export anonymous DH suite")
        << Versions{{TlsVersion::Ssl3,
                     accepted({QStringLiteral("TLS_DH_anon_EXPORT_WITH_RC4_40_MD5")})}}
        << 1 << 0 << "export-grade";
    QTest::newRow("weak beside an incomplete list")
        << Versions{{TlsVersion::Tls11, undecidedVersion()},
                    {TlsVersion::Tls12, withDhe(accepted({}, false), dheGcm, 1024, "aa", oakley2)}}
        << 1 << 1 << "Logjam";
    QTest::newRow("incomplete suites and no weak prime")
        << Versions{{TlsVersion::Tls12, withDhe(accepted({}, false), dheGcm, 2048, "bb")}} << -1
        << 1 << "TLSv1.2";
    QTest::newRow("an undecided version and no weak prime")
        << Versions{{TlsVersion::Tls10, undecidedVersion()},
                    {TlsVersion::Tls12, withDhe(accepted({}), dheGcm, 2048, "bb")}}
        << -1 << 1 << "TLSv1.0";
    QTest::newRow("an undecided SSL 2.0 or TLS 1.3 holds no server prime")
        << Versions{{TlsVersion::Ssl2, undecidedVersion()},
                    {TlsVersion::Tls12, withDhe(accepted({}), dheGcm, 2048, "bb")},
                    {TlsVersion::Tls13, undecidedVersion()}}
        << 0 << 1 << "2048-bit";
    QTest::newRow("an undecided SSL 3.0 may")
        << Versions{{TlsVersion::Ssl3, undecidedVersion()},
                    {TlsVersion::Tls12, withDhe(accepted({}), dheGcm, 2048, "bb")}}
        << -1 << 1 << "SSLv3";
    QTest::newRow("no DHE suite at all")
        << Versions{{TlsVersion::Tls12, accepted({ecdheGcm, rsaCbc})},
                    {TlsVersion::Tls13, accepted({tls13})}}
        << 0 << 0 << "no DHE";
    QTest::newRow("ECDHE and TLS 1.3 ffdhe groups are no primes of the server's")
        << Versions{{TlsVersion::Tls12,
                     [] {
                         VersionResult r = accepted({ecdheGcm});
                         r.keyExchange.insert(ecdheGcm, {QStringLiteral("x25519"), 253, {}, {}});
                         return r;
                     }()},
                    {TlsVersion::Tls13,
                     [] {
                         VersionResult r = accepted({tls13});
                         r.keyExchange.insert(tls13, {QStringLiteral("ffdhe2048"), 2048, {}, {}});
                         return r;
                     }()}}
        << 0 << 0 << "no DHE";
    QTest::newRow("a refused version's leftovers are not counted")
        << Versions{{TlsVersion::Tls10, withDhe(refused(), dheCbc, 512, "ff")},
                    {TlsVersion::Tls12, withDhe(accepted({}), dheGcm, 2048, "bb")}}
        << 0 << 1 << "2048-bit";
}

void TestHygieneDerived::dh()
{
    QFETCH(Versions, versions);
    QFETCH(int, expected);
    QFETCH(int, primes);
    QFETCH(QString, says);
    HygieneInput input;
    input.versions = versions;
    HygieneCheck check;
    QList<DhPrime> found;
    deriveDh(input, &check, &found);
    QCOMPARE(tri(check.value), expected);
    QCOMPARE(found.size(), primes);
    const QString text = check.evidence.join(u'\n') + u'\n' + check.note;
    QVERIFY2(text.contains(says), qPrintable(text));
    if (expected < 0)
        QVERIFY(!check.note.isEmpty());
}

void TestHygieneDerived::dhPrimesGrouped()
{
    // One prime over two suites and two versions is one entry; a second
    // prime is a second entry; primes from results without a digest are told
    // apart by size.
    VersionResult tls10 = withDhe(accepted({}), dheCbc, 1024, "aa", oakley2);
    VersionResult tls12 = withDhe(accepted({}), dheGcm, 1024, "aa", oakley2);
    tls12 = withDhe(tls12, dheCbc, 2048, "bb");
    HygieneInput input;
    input.versions = {{TlsVersion::Tls10, tls10}, {TlsVersion::Tls12, tls12}};
    HygieneCheck check;
    QList<DhPrime> found;
    deriveDh(input, &check, &found);
    QCOMPARE(found.size(), 2);
    const DhPrime &shared = found.at(0).bits == 1024 ? found.at(0) : found.at(1);
    const DhPrime &own = found.at(0).bits == 1024 ? found.at(1) : found.at(0);
    QCOMPARE(shared.wellKnown, oakley2);
    QCOMPARE(shared.suites.size(), 2);
    QVERIFY(shared.suites.contains(u"TLSv1.0 " + dheCbc));
    QVERIFY(shared.suites.contains(u"TLSv1.2 " + dheGcm));
    QCOMPARE(own.bits, 2048);
    QVERIFY(own.wellKnown.isEmpty());
    QCOMPARE(own.suites, QStringList{u"TLSv1.2 " + dheCbc});
    QCOMPARE(check.value, std::optional<bool>(true));
    QCOMPARE(check.evidence.size(), 2);

    VersionResult old = accepted({dheGcm});
    old.keyExchange.insert(dheGcm, KeyExchangeInfo{QString(), 2048, QString(), QString()});
    input.versions = {{TlsVersion::Tls12, old}};
    found.clear();
    HygieneCheck second;
    deriveDh(input, &second, &found);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).bits, 2048);
    QCOMPARE(second.value, std::optional<bool>(false));
}

void TestHygieneDerived::sweet32_data()
{
    QTest::addColumn<Versions>("versions");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("says");

    QTest::newRow("3DES on TLS 1.2") << Versions{{TlsVersion::Tls12, accepted({ecdheGcm, rsa3des})}}
                                     << 1 << "TLSv1.2 TLS_RSA_WITH_3DES_EDE_CBC_SHA";
    QTest::newRow("IDEA on TLS 1.0")
        << Versions{{TlsVersion::Tls10, accepted({QStringLiteral("TLS_RSA_WITH_IDEA_CBC_SHA")})}}
        << 1 << "IDEA";
    QTest::newRow("3DES on SSL 2.0")
        << Versions{{TlsVersion::Ssl2,
                     accepted({QStringLiteral("SSL_CK_DES_192_EDE3_CBC_WITH_MD5")})}}
        << 1 << "SSL_CK_DES_192_EDE3_CBC_WITH_MD5";
    QTest::newRow("3DES beside an incomplete list")
        << Versions{{TlsVersion::Tls12, accepted({rsa3des}, false)}} << 1 << "3DES";
    QTest::newRow("none, lists complete")
        << Versions{{TlsVersion::Tls12, accepted({ecdheGcm, rsaCbc, rsaRc4})},
                    {TlsVersion::Tls13, accepted({tls13})},
                    {TlsVersion::Tls11, refused()}}
        << 0 << "no suite";
    QTest::newRow("none, a list cut short")
        << Versions{{TlsVersion::Tls12, accepted({ecdheGcm}, false)}} << -1 << "TLSv1.2";
    QTest::newRow("none, a version undecided")
        << Versions{{TlsVersion::Tls10, undecidedVersion()},
                    {TlsVersion::Tls12, accepted({ecdheGcm})}}
        << -1 << "TLSv1.0";
    QTest::newRow("none, TLS 1.3 undecided: it has no 64-bit ciphers")
        << Versions{{TlsVersion::Tls12, accepted({ecdheGcm})}, {TlsVersion::Tls13, undecidedVersion()}}
        << 0 << "no suite";
    QTest::newRow("none, SSL 2.0 undecided: it has 3DES, DES and RC2")
        << Versions{{TlsVersion::Ssl2, undecidedVersion()}, {TlsVersion::Tls12, accepted({ecdheGcm})}}
        << -1 << "SSLv2";
    QTest::newRow("3DES on a refused version is not counted")
        << Versions{{TlsVersion::Tls10,
                     [] {
                         VersionResult r = refused();
                         r.cipherSuites = {QStringLiteral("TLS_RSA_WITH_3DES_EDE_CBC_SHA")};
                         return r;
                     }()},
                    {TlsVersion::Tls12, accepted({ecdheGcm})}}
        << 0 << "no suite";
}

void TestHygieneDerived::sweet32()
{
    QFETCH(Versions, versions);
    QFETCH(int, expected);
    QFETCH(QString, says);
    HygieneInput input;
    input.versions = versions;
    HygieneCheck check;
    deriveSweet32(planFor(versions), input, &check);
    QCOMPARE(tri(check.value), expected);
    const QString text = expected < 0 ? check.note : check.evidence.join(u'\n');
    QVERIFY2(text.contains(says), qPrintable(text));
}

void TestHygieneDerived::poodleSsl3_data()
{
    QTest::addColumn<Versions>("versions");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("says");

    QTest::newRow("SSL 3.0 with CBC") << Versions{{TlsVersion::Ssl3, accepted({rsaRc4, rsaCbc})}}
                                      << 1 << "TLS_RSA_WITH_AES_128_CBC_SHA";
    QTest::newRow("SSL 3.0 with CBC, list cut short")
        << Versions{{TlsVersion::Ssl3, accepted({rsa3des}, false)}} << 1 << "3DES";
    QTest::newRow("SSL 3.0 refused")
        << Versions{{TlsVersion::Ssl3, refused()}, {TlsVersion::Tls12, accepted({rsaCbc})}} << 0
        << "refused";
    QTest::newRow("SSL 3.0 undecided")
        << Versions{{TlsVersion::Ssl3, undecidedVersion(QStringLiteral("connection dropped"))}}
        << -1 << "connection dropped";
    QTest::newRow("SSL 3.0 not asked")
        << Versions{{TlsVersion::Tls12, accepted({rsaCbc})}} << -1 << "undecided";
    QTest::newRow("SSL 3.0 with RC4 only")
        << Versions{{TlsVersion::Ssl3, accepted({rsaRc4})}} << 0 << "no CBC";
    QTest::newRow("SSL 3.0 with RC4 only, list cut short")
        << Versions{{TlsVersion::Ssl3, accepted({rsaRc4}, false)}} << -1 << "not all known";
}

void TestHygieneDerived::poodleSsl3()
{
    QFETCH(Versions, versions);
    QFETCH(int, expected);
    QFETCH(QString, says);
    HygieneInput input;
    input.versions = versions;
    HygieneCheck check;
    derivePoodleSsl3(input, &check);
    QCOMPARE(tri(check.value), expected);
    const QString text = expected < 0 ? check.note : check.evidence.join(u'\n');
    QVERIFY2(text.contains(says), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestHygieneDerived)
#include "tst_hygiene_derived.moc"
