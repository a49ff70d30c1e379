// analyseCertificate() on chains made for each case (lab/certificates.h):
// trust for a TLS server (serverAuth), the CA certificates' dates, and what
// is wrong with the chain as sent (order, unrelated certificates, missing
// intermediates), each with the exact result expected.

#include "probes/tls/certificate.h"
#include "tests/common/certificate_chains.h"

#include <QTest>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

using namespace mailtls;

class TestCertificate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chains_data();
    void chains();

private:
    testchains::Chains m_chains;
    QString m_rootOnly;     // CA file: the root
    QString m_rootAndInter; // CA file: the root and the intermediate
};

void TestCertificate::initTestCase()
{
    using testchains::Chains;
    constexpr long d = Chains::kDay;
    const QString leaf = QStringLiteral("leaf.test");
    for (const QString &e : {
             m_chains.ca(QStringLiteral("root"), QStringLiteral("Test Root"), -400 * d, 400 * d),
             m_chains.ca(QStringLiteral("other"), QStringLiteral("Other CA"), -d, 30 * d),
             m_chains.ca(QStringLiteral("inter"), QStringLiteral("Test Intermediate"), -d, 30 * d, QStringLiteral("root")),
             m_chains.ca(QStringLiteral("interExpired"), QStringLiteral("Expired Intermediate"), -300 * d, -d,
                         QStringLiteral("root")),
             m_chains.ca(QStringLiteral("interFuture"), QStringLiteral("Future Intermediate"), 10 * d, 40 * d,
                         QStringLiteral("root")),
             m_chains.leaf(QStringLiteral("leaf"), leaf, QStringLiteral("inter")),
             m_chains.leaf(QStringLiteral("leafUnderExpired"), leaf, QStringLiteral("interExpired")),
             m_chains.leaf(QStringLiteral("leafUnderFuture"), leaf, QStringLiteral("interFuture")),
             m_chains.leaf(QStringLiteral("leafExpired"), leaf, QStringLiteral("inter"), -60 * d, -d),
             m_chains.leaf(QStringLiteral("leafClientOnly"), leaf, QStringLiteral("inter"), -d, 30 * d,
                           QStringLiteral("clientAuth")),
         })
        QVERIFY2(e.isEmpty(), qPrintable(e));
    m_rootOnly = m_chains.writeCertificates(QStringLiteral("root.pem"), {QStringLiteral("root")});
    m_rootAndInter = m_chains.writeCertificates(QStringLiteral("root-inter.pem"),
                                                {QStringLiteral("root"), QStringLiteral("inter")});
    QVERIFY(!m_rootOnly.isEmpty() && !m_rootAndInter.isEmpty());
}

void TestCertificate::chains_data()
{
    QTest::addColumn<QStringList>("sent");        // names, leaf first
    QTest::addColumn<bool>("anchorsHoldInter");   // the CA file holds the intermediate too
    QTest::addColumn<bool>("trusted");
    QTest::addColumn<int>("trustErrorCode");
    QTest::addColumn<bool>("expired");
    QTest::addColumn<QStringList>("issues");      // chain issue keys, in order
    QTest::addColumn<QString>("issueSubject");    // the first issue's subject

    const QString l = QStringLiteral("leaf"), i = QStringLiteral("inter"), r = QStringLiteral("root");
    QTest::newRow("whole chain in order") << QStringList{l, i} << false << true << 0 << false << QStringList{}
                                          << QString();
    QTest::newRow("root sent too") << QStringList{l, i, r} << false << true << 0 << false << QStringList{}
                                   << QString();
    QTest::newRow("expired leaf: trusted, expired")
        << QStringList{QStringLiteral("leafExpired"), i} << false << true << 0 << true << QStringList{} << QString();
    QTest::newRow("expired intermediate: not trusted")
        << QStringList{QStringLiteral("leafUnderExpired"), QStringLiteral("interExpired")} << false << false
        << int(X509_V_ERR_CERT_HAS_EXPIRED) << false << QStringList{QStringLiteral("ca_expired")}
        << QStringLiteral("CN=Expired Intermediate,O=MailTLS Auditor lab");
    QTest::newRow("intermediate not yet valid: not trusted")
        << QStringList{QStringLiteral("leafUnderFuture"), QStringLiteral("interFuture")} << false << false
        << int(X509_V_ERR_CERT_NOT_YET_VALID) << false << QStringList{QStringLiteral("ca_not_yet_valid")}
        << QStringLiteral("CN=Future Intermediate,O=MailTLS Auditor lab");
    QTest::newRow("leaf without serverAuth: not trusted, purpose")
        << QStringList{QStringLiteral("leafClientOnly"), i} << false << false << int(X509_V_ERR_INVALID_PURPOSE)
        << false << QStringList{} << QString();
    QTest::newRow("root before intermediate: out of order")
        << QStringList{l, r, i} << false << true << 0 << false << QStringList{QStringLiteral("out_of_order")}
        << QStringLiteral("CN=Test Intermediate,O=MailTLS Auditor lab");
    QTest::newRow("an unrelated certificate sent")
        << QStringList{l, i, QStringLiteral("other")} << false << true << 0 << false
        << QStringList{QStringLiteral("unrelated_certificate")} << QStringLiteral("CN=Other CA,O=MailTLS Auditor lab");
    QTest::newRow("leaf only, the anchors lack the intermediate: missing issuer")
        << QStringList{l} << false << false << int(X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY) << false
        << QStringList{QStringLiteral("missing_issuer")} << QStringLiteral("CN=leaf.test,O=MailTLS Auditor lab");
    QTest::newRow("leaf only, the anchors hold the intermediate: missing intermediate")
        << QStringList{l} << true << true << 0 << false << QStringList{QStringLiteral("missing_intermediate")}
        << QStringLiteral("CN=Test Intermediate,O=MailTLS Auditor lab");
}

void TestCertificate::chains()
{
    QFETCH(QStringList, sent);
    QFETCH(bool, anchorsHoldInter);
    QList<QByteArray> der;
    for (const QString &name : sent)
        der.append(testchains::derOf(m_chains.pem(name)));
    const auto info = analyseCertificate(der, QStringLiteral("leaf.test"), anchorsHoldInter ? m_rootAndInter : m_rootOnly,
                                         QDateTime::currentDateTimeUtc());
    QVERIFY(info);
    QTEST(info->trusted.value_or(false), "trusted");
    QTEST(info->trustErrorCode, "trustErrorCode");
    QTEST(info->expired, "expired");
    QCOMPARE(info->nameMatches, std::optional<bool>(true));
    QCOMPARE(info->chainLength, int(sent.size()));
    QStringList keys;
    for (const ChainIssue &issue : info->chainIssues)
        keys << chainIssueKey(issue.kind);
    QTEST(keys, "issues");
    QFETCH(QString, issueSubject);
    if (!info->chainIssues.isEmpty())
        QCOMPARE(info->chainIssues.constFirst().subject, issueSubject);
    if (!info->trusted.value_or(true))
        QVERIFY(!trustErrorText(*info).isEmpty());
}

QTEST_GUILESS_MAIN(TestCertificate)
#include "tst_certificate.moc"
