// Certificates as clients other than ours see them, against real servers
// (OpenSSL's s_server): every certificate type the server holds (RSA and
// ECDSA), the certificate sent without SNI on the SMTP family, and the chain
// as sent (an expired intermediate, a leaf without serverAuth, a missing
// intermediate, a chain out of order). Each case names the exact result.

#include "probes/endpoint_probe.h"
#include "tests/common/certificate_chains.h"
#include "tests/common/openssl_server.h"

#include <QTest>

#include <openssl/x509_vfy.h>

#include <algorithm>

using namespace mailtls;

class TestCertificates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void certificateTypes_data();
    void certificateTypes();
    void withoutSni_data();
    void withoutSni();
    void chainAsSent_data();
    void chainAsSent();

private:
    EndpointResult probe(const testservers::OpenSslServer &server, Protocol protocol, const QString &name) const;
    testchains::Chains m_chains;
    QString m_caFile; // the test root
    QHash<QString, QString> m_files; // name -> PEM file (certificates, keys: "name.key")
};

void TestCertificates::initTestCase()
{
    using testchains::Chains;
    constexpr long d = Chains::kDay;
    const QString root = QStringLiteral("root"), inter = QStringLiteral("inter");
    for (const QString &e : {
             m_chains.ca(root, QStringLiteral("Test Root"), -400 * d, 400 * d),
             m_chains.ca(inter, QStringLiteral("Test Intermediate"), -d, 30 * d, root),
             m_chains.ca(QStringLiteral("interExpired"), QStringLiteral("Expired Intermediate"), -300 * d, -d, root),
             m_chains.leaf(QStringLiteral("leaf"), QStringLiteral("leaf.test"), inter),
             m_chains.leaf(QStringLiteral("leafUnderExpired"), QStringLiteral("leaf.test"), QStringLiteral("interExpired")),
             m_chains.leaf(QStringLiteral("leafClientOnly"), QStringLiteral("leaf.test"), inter, -d, 30 * d,
                           QStringLiteral("clientAuth")),
             m_chains.leaf(QStringLiteral("ecdsa"), QStringLiteral("known.test"), root, -d, 30 * d,
                           QStringLiteral("serverAuth"), QStringLiteral("ec256")),
             m_chains.leaf(QStringLiteral("mx"), QStringLiteral("mx.test"), root),
         })
        QVERIFY2(e.isEmpty(), qPrintable(e));
    m_caFile = m_chains.writeCertificates(QStringLiteral("ca.pem"), {root});
    for (const QString &name : {QStringLiteral("leaf"), QStringLiteral("leafUnderExpired"),
                                QStringLiteral("leafClientOnly"), QStringLiteral("ecdsa"), QStringLiteral("mx")}) {
        m_files.insert(name, m_chains.writeCertificates(name + QStringLiteral(".pem"), {name}));
        m_files.insert(name + QStringLiteral(".key"), m_chains.writeKey(name + QStringLiteral(".key"), name));
    }
    m_files.insert(QStringLiteral("chain"), m_chains.writeCertificates(QStringLiteral("chain.pem"), {inter}));
    m_files.insert(QStringLiteral("chainReversed"),
                   m_chains.writeCertificates(QStringLiteral("reversed.pem"), {root, inter}));
    m_files.insert(QStringLiteral("chainExpired"),
                   m_chains.writeCertificates(QStringLiteral("expired.pem"), {QStringLiteral("interExpired")}));
    QVERIFY(!m_caFile.isEmpty() && !m_files.values().contains(QString()));
}

EndpointResult TestCertificates::probe(const testservers::OpenSslServer &server, Protocol protocol,
                                       const QString &name) const
{
    ProbeTarget target{protocol, QStringLiteral("127.0.0.1"), server.port(), name};
    ProbeOptions options;
    options.caFile = m_caFile;
    options.operationTimeoutMs = 5000;
    options.endpointTimeoutMs = 120000;
    return probeEndpoint(target, options);
}

void TestCertificates::certificateTypes_data()
{
    QTest::addColumn<bool>("withEcdsa");
    QTest::addColumn<QStringList>("keyTypes"); // of the distinct certificates recorded, sorted
    QTest::newRow("RSA and ECDSA (-cert and -dcert): both recorded") << true
                                                                      << QStringList{QStringLiteral("EC"), QStringLiteral("RSA")};
    QTest::newRow("RSA only: no ECDSA certificate, decided by handshake_failure")
        << false << QStringList{QStringLiteral("RSA")};
}

// A server with an RSA and an ECDSA certificate (Postfix's
// smtpd_tls_eccert_file) chooses by the client's signature algorithms: the
// main handshake gets one, a handshake offering only the other type's
// signatures gets the other.
void TestCertificates::certificateTypes()
{
    QFETCH(bool, withEcdsa);
    QStringList extra{QStringLiteral("-min_protocol"), QStringLiteral("TLSv1.2")};
    if (withEcdsa)
        extra << QStringLiteral("-dcert") << m_files.value(QStringLiteral("ecdsa")) << QStringLiteral("-dkey")
              << m_files.value(QStringLiteral("ecdsa.key"));
    testservers::OpenSslServer server(extra);
    QVERIFY2(server.port(), qPrintable(server.error()));
    const EndpointResult r = probe(server, Protocol::Tls, QStringLiteral("known.test"));
    QVERIFY2(r.certificate, qPrintable(r.error));
    // TLS, not the SMTP family: no handshake without SNI; one for the other key type.
    QCOMPARE(r.certificateVariants.size(), 1);
    const CertificateVariant &v = r.certificateVariants.constFirst();
    QCOMPARE(v.asked, r.certificate->keyType == QLatin1StringView("EC") ? CertificateVariant::Asked::Rsa
                                                                        : CertificateVariant::Asked::Ecdsa);
    QStringList types{r.certificate->keyType};
    QStringList fingerprints{r.certificate->sha256Fingerprint};
    if (v.sent.value_or(false) && !v.sameAsMain) {
        types << v.certificate->keyType;
        fingerprints << v.certificate->sha256Fingerprint;
    }
    std::sort(types.begin(), types.end());
    QTEST(types, "keyTypes");
    QCOMPARE(fingerprints.removeDuplicates(), 0);
    QCOMPARE(v.sent, std::optional<bool>(withEcdsa)); // without: a clean refusal, decided
    if (withEcdsa) {
        const CertificateInfo &ec = r.certificate->keyType == QLatin1StringView("EC") ? *r.certificate : *v.certificate;
        QCOMPARE(ec.keyBits, 256);
        QCOMPARE(ec.trusted, std::optional<bool>(true));
        QCOMPARE(ec.nameMatches, std::optional<bool>(true));
    }
}

void TestCertificates::withoutSni_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<bool>("secondCertificate"); // -servername mx.test -cert2: another certificate for that name
    QTest::addColumn<bool>("askedWithoutSni");
    QTest::addColumn<bool>("sameAsMain");
    QTest::newRow("SMTPS, another certificate for the name: both recorded")
        << int(Protocol::Smtps) << true << true << false;
    QTest::newRow("SMTPS, one certificate: the same") << int(Protocol::Smtps) << false << true << true;
    QTest::newRow("TLS: not asked") << int(Protocol::Tls) << true << false << false;
}

// Most sending MTAs send no SNI: on the SMTP family the certificate without
// SNI is asked for too and judged as the main one; a server that gives its
// valid certificate only to a name shows it.
void TestCertificates::withoutSni()
{
    QFETCH(int, protocol);
    QFETCH(bool, secondCertificate);
    QStringList extra{QStringLiteral("-min_protocol"), QStringLiteral("TLSv1.2")};
    if (secondCertificate)
        extra << QStringLiteral("-servername") << QStringLiteral("mx.test") << QStringLiteral("-cert2")
              << m_files.value(QStringLiteral("mx")) << QStringLiteral("-key2") << m_files.value(QStringLiteral("mx.key"));
    testservers::OpenSslServer server(extra);
    QVERIFY2(server.port(), qPrintable(server.error()));
    const QString name = secondCertificate ? QStringLiteral("mx.test") : QStringLiteral("known.test");
    const EndpointResult r = probe(server, Protocol(protocol), name);
    QVERIFY2(r.certificate, qPrintable(r.error));
    QCOMPARE(r.certificate->subject, QStringLiteral("CN=") + name + (secondCertificate ? QStringLiteral(",O=MailTLS Auditor lab") : QString()));
    QCOMPARE(r.certificate->nameMatches, std::optional<bool>(true));
    QCOMPARE(r.certificate->trusted, std::optional<bool>(secondCertificate));
    const auto noSni = std::find_if(r.certificateVariants.cbegin(), r.certificateVariants.cend(),
                                    [](const CertificateVariant &v) { return v.asked == CertificateVariant::Asked::NoSni; });
    QFETCH(bool, askedWithoutSni);
    QCOMPARE(noSni != r.certificateVariants.cend(), askedWithoutSni);
    if (!askedWithoutSni)
        return;
    QCOMPARE(r.certificateVariants.constFirst().asked, CertificateVariant::Asked::NoSni);
    QCOMPARE(noSni->sent, std::optional<bool>(true));
    QTEST(noSni->sameAsMain, "sameAsMain");
    QVERIFY(noSni->certificate);
    // Without a name, s_server's own self-signed certificate for known.test.
    QCOMPARE(noSni->certificate->subject, QStringLiteral("CN=known.test"));
    QCOMPARE(noSni->certificate->trusted, std::optional<bool>(false));
    QCOMPARE(noSni->certificate->trustErrorCode, int(X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT));
    QCOMPARE(noSni->certificate->nameMatches, std::optional<bool>(!secondCertificate));
}

void TestCertificates::chainAsSent_data()
{
    QTest::addColumn<QString>("leaf");
    QTest::addColumn<QString>("chain"); // -cert_chain file; "" : the leaf alone
    QTest::addColumn<bool>("trusted");
    QTest::addColumn<int>("trustErrorCode");
    QTest::addColumn<QStringList>("issues");
    QTest::addColumn<QString>("issueSubject");
    QTest::newRow("whole chain") << "leaf" << "chain" << true << 0 << QStringList{} << QString();
    QTest::newRow("expired intermediate: untrusted, reported")
        << "leafUnderExpired" << "chainExpired" << false << int(X509_V_ERR_CERT_HAS_EXPIRED)
        << QStringList{QStringLiteral("ca_expired")} << QStringLiteral("CN=Expired Intermediate,O=MailTLS Auditor lab");
    QTest::newRow("leaf without serverAuth: untrusted for its purpose")
        << "leafClientOnly" << "chain" << false << int(X509_V_ERR_INVALID_PURPOSE) << QStringList{} << QString();
    QTest::newRow("leaf only: its issuer missing")
        << "leaf" << "" << false << int(X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY)
        << QStringList{QStringLiteral("missing_issuer")} << QStringLiteral("CN=leaf.test,O=MailTLS Auditor lab");
    QTest::newRow("root before intermediate: out of order")
        << "leaf" << "chainReversed" << true << 0 << QStringList{QStringLiteral("out_of_order")}
        << QStringLiteral("CN=Test Intermediate,O=MailTLS Auditor lab");
}

void TestCertificates::chainAsSent()
{
    QFETCH(QString, leaf);
    QFETCH(QString, chain);
    QStringList extra{QStringLiteral("-min_protocol"), QStringLiteral("TLSv1.2"), QStringLiteral("-cert"),
                      m_files.value(leaf), QStringLiteral("-key"), m_files.value(leaf + QStringLiteral(".key"))};
    if (!chain.isEmpty())
        extra << QStringLiteral("-cert_chain") << m_files.value(chain);
    testservers::OpenSslServer server(extra);
    QVERIFY2(server.port(), qPrintable(server.error()));
    const EndpointResult r = probe(server, Protocol::Tls, QStringLiteral("leaf.test"));
    QVERIFY2(r.certificate, qPrintable(r.error));
    QCOMPARE(r.certificate->subject, QStringLiteral("CN=leaf.test,O=MailTLS Auditor lab"));
    QCOMPARE(r.certificate->expired, false);
    QTEST(r.certificate->trusted.value_or(false), "trusted");
    QTEST(r.certificate->trustErrorCode, "trustErrorCode");
    QStringList keys;
    for (const ChainIssue &issue : r.certificate->chainIssues)
        keys << chainIssueKey(issue.kind);
    QTEST(keys, "issues");
    QFETCH(QString, issueSubject);
    if (!keys.isEmpty())
        QCOMPARE(r.certificate->chainIssues.constFirst().subject, issueSubject);
}

QTEST_GUILESS_MAIN(TestCertificates)
#include "tst_certificates.moc"
