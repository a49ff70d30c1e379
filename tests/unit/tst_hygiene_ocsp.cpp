// ocsp_stapling's judgement of the bytes a server staples (hygiene_ocsp.cpp),
// with no server: responses signed here by a test CA (good, stale, for
// another certificate, signed by a stranger), and hostile bytes (not DER,
// cut short, a successful status with no body). The same judgement against
// real servers' staples is in tests/integration/tst_hygiene_lab.cpp.

#include "probes/hygiene/hygiene_checks.h"
#include "tests/common/certificate_chains.h"

#include <QTest>

#include <openssl/ocsp.h>

#include <ctime>
#include <memory>

using namespace mailtls;

namespace {

X509 *certOf(const QByteArray &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())),
                                                  BIO_free);
    return PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
}

EVP_PKEY *keyOf(const QByteArray &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())),
                                                  BIO_free);
    return PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
}

// A successful OCSP response (DER) for subject issued by issuer, signed by
// signer's key, valid from..to days from now.
QByteArray response(const QByteArray &subjectPem, const QByteArray &issuerPem, const QByteArray &signerPem,
                    const QByteArray &signerKeyPem, int status, int fromDays, int toDays)
{
    std::unique_ptr<X509, decltype(&X509_free)> subject(certOf(subjectPem), X509_free);
    std::unique_ptr<X509, decltype(&X509_free)> issuer(certOf(issuerPem), X509_free);
    std::unique_ptr<X509, decltype(&X509_free)> signer(certOf(signerPem), X509_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(keyOf(signerKeyPem), EVP_PKEY_free);
    if (!subject || !issuer || !signer || !key)
        return {};
    std::unique_ptr<OCSP_BASICRESP, decltype(&OCSP_BASICRESP_free)> basic(OCSP_BASICRESP_new(), OCSP_BASICRESP_free);
    const time_t now = std::time(nullptr);
    std::unique_ptr<ASN1_TIME, decltype(&ASN1_TIME_free)> thisUpdate(ASN1_TIME_adj(nullptr, now, fromDays, 0),
                                                                     ASN1_TIME_free);
    std::unique_ptr<ASN1_TIME, decltype(&ASN1_TIME_free)> nextUpdate(ASN1_TIME_adj(nullptr, now, toDays, 0),
                                                                     ASN1_TIME_free);
    std::unique_ptr<ASN1_TIME, decltype(&ASN1_TIME_free)> revoked(ASN1_TIME_adj(nullptr, now, -1, 0), ASN1_TIME_free);
    OCSP_CERTID *id = OCSP_cert_to_id(EVP_sha256(), subject.get(), issuer.get());
    const bool added = id && OCSP_basic_add1_status(basic.get(), id, status, OCSP_REVOKED_STATUS_KEYCOMPROMISE,
                                                    status == V_OCSP_CERTSTATUS_REVOKED ? revoked.get() : nullptr,
                                                    thisUpdate.get(), nextUpdate.get());
    OCSP_CERTID_free(id);
    if (!added || OCSP_basic_sign(basic.get(), signer.get(), key.get(), EVP_sha256(), nullptr, 0) != 1)
        return {};
    std::unique_ptr<OCSP_RESPONSE, decltype(&OCSP_RESPONSE_free)> r(
        OCSP_response_create(OCSP_RESPONSE_STATUS_SUCCESSFUL, basic.get()), OCSP_RESPONSE_free);
    unsigned char *der = nullptr;
    const int length = r ? i2d_OCSP_RESPONSE(r.get(), &der) : 0;
    QByteArray out(reinterpret_cast<const char *>(der), std::max(length, 0));
    OPENSSL_free(der);
    return out;
}

QString text(const std::optional<bool> &v)
{
    return v ? (*v ? QStringLiteral("true") : QStringLiteral("false")) : QStringLiteral("null");
}

} // namespace

class TestHygieneOcsp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void judge_data();
    void judge();

private:
    testchains::Chains m_chains;
    QString m_caFile;
};

void TestHygieneOcsp::initTestCase()
{
    using testchains::Chains;
    QCOMPARE(m_chains.ca(QStringLiteral("root"), QStringLiteral("OCSP Test CA"), -Chains::kDay, 30 * Chains::kDay),
             QString());
    QCOMPARE(m_chains.ca(QStringLiteral("stranger"), QStringLiteral("Another CA"), -Chains::kDay, 30 * Chains::kDay),
             QString());
    QCOMPARE(m_chains.leaf(QStringLiteral("leaf"), QStringLiteral("known.test"), QStringLiteral("root")), QString());
    QCOMPARE(m_chains.leaf(QStringLiteral("other"), QStringLiteral("other.test"), QStringLiteral("root")), QString());
    m_caFile = m_chains.writeCertificates(QStringLiteral("ca.pem"), {QStringLiteral("root")});
    QVERIFY(!m_caFile.isEmpty());
}

void TestHygieneOcsp::judge_data()
{
    QTest::addColumn<bool>("mainHandshake");
    QTest::addColumn<QByteArray>("staple");
    // value, response_status, cert_status, signature_valid, fresh, for_certificate
    QTest::addColumn<QStringList>("expected");
    const QByteArray leaf = m_chains.pem(QStringLiteral("leaf"));
    const QByteArray root = m_chains.pem(QStringLiteral("root"));
    const QByteArray rootKey = m_chains.keyPem(QStringLiteral("root"));
    const QByteArray good = response(leaf, root, root, rootKey, V_OCSP_CERTSTATUS_GOOD, -1, 1);
    QVERIFY(!good.isEmpty());
    QTest::newRow("no handshake: undecided") << false << QByteArray() << QStringList{"null", "", "", "null", "null", "null"};
    QTest::newRow("nothing stapled") << true << QByteArray() << QStringList{"false", "", "", "null", "null", "null"};
    QTest::newRow("good") << true << good << QStringList{"true", "successful", "good", "true", "true", "true"};
    QTest::newRow("revoked") << true << response(leaf, root, root, rootKey, V_OCSP_CERTSTATUS_REVOKED, -1, 1)
                             << QStringList{"true", "successful", "revoked", "true", "true", "true"};
    QTest::newRow("stale") << true << response(leaf, root, root, rootKey, V_OCSP_CERTSTATUS_GOOD, -3, -2)
                           << QStringList{"true", "successful", "good", "true", "false", "true"};
    QTest::newRow("not yet valid") << true << response(leaf, root, root, rootKey, V_OCSP_CERTSTATUS_GOOD, 2, 3)
                                   << QStringList{"true", "successful", "good", "true", "false", "true"};
    QTest::newRow("another certificate")
        << true << response(m_chains.pem(QStringLiteral("other")), root, root, rootKey, V_OCSP_CERTSTATUS_GOOD, -1, 1)
        << QStringList{"true", "successful", "", "true", "null", "false"};
    QTest::newRow("signed by a stranger")
        << true
        << response(leaf, root, m_chains.pem(QStringLiteral("stranger")), m_chains.keyPem(QStringLiteral("stranger")),
                    V_OCSP_CERTSTATUS_GOOD, -1, 1)
        << QStringList{"true", "successful", "good", "false", "true", "true"};
    // Hostile bytes: a response is stapled, and nothing more is judged.
    QTest::newRow("not DER") << true << QByteArray("hello, world") << QStringList{"true", "malformed", "", "null", "null", "null"};
    QTest::newRow("cut short") << true << good.left(good.size() - 20)
                               << QStringList{"true", "malformed", "", "null", "null", "null"};
    QTest::newRow("a length past the end") << true << QByteArray("\x30\x84\x7f\xff\xff\xff\x0a\x01\x00", 9)
                                           << QStringList{"true", "malformed", "", "null", "null", "null"};
    QTest::newRow("successful with no body") << true << QByteArray("\x30\x03\x0a\x01\x00", 5)
                                             << QStringList{"true", "successful", "", "null", "null", "null"};
    QTest::newRow("tryLater") << true << QByteArray("\x30\x03\x0a\x01\x03", 5)
                              << QStringList{"true", "tryLater", "", "null", "null", "null"};
}

void TestHygieneOcsp::judge()
{
    QFETCH(bool, mainHandshake);
    QFETCH(QByteArray, staple);
    QFETCH(QStringList, expected);
    HygieneInput input;
    input.mainHandshake = mainHandshake;
    input.ocspResponse = staple;
    input.chainDer = {testchains::derOf(m_chains.pem(QStringLiteral("leaf")))};
    input.caFile = m_caFile;
    HygieneCheck check;
    OcspStaple detail;
    hygiene::judgeOcspStaple(input, &check, &detail);
    const QStringList got{text(check.value), detail.responseStatus, detail.certStatus, text(detail.signatureValid),
                          text(detail.fresh), text(detail.forCertificate)};
    QCOMPARE(got, expected);
    if (!check.value)
        QVERIFY(!check.note.isEmpty());
    else
        QVERIFY(!check.evidence.isEmpty());
}

QTEST_GUILESS_MAIN(TestHygieneOcsp)
#include "tst_hygiene_ocsp.moc"
