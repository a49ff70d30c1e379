// Probe results read back from their JSON (as the audit store keeps them) are
// the results that were written: every field, round trip.

#include "probes/result_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTranslator>

using namespace mailtls;

class TestResultJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void addressesRoundTrip();
    void olderOrBrokenJson();
};

void TestResultJson::roundTrip()
{
    EndpointResult r;
    r.target = {Protocol::Submission, QStringLiteral("127.0.0.14"), 2587, QStringLiteral("smtp.kumo.example")};
    r.status = ProbeStatus::Ok;
    r.starttlsOffered = true;
    r.starttlsSucceeded = true;
    r.cleartext = {QStringLiteral("220 smtp.kumo.example ESMTP Postfix"),
                   {QStringLiteral("PIPELINING"), QStringLiteral("AUTH PLAIN LOGIN"), QStringLiteral("STARTTLS")},
                   true,
                   {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")},
                   false,
                   QStringLiteral("Postfix"),
                   std::nullopt, // LDAP only
                   {}};
    for (TlsVersion v : allTlsVersions()) {
        VersionResult vr;
        vr.accepted = v == TlsVersion::Tls12 ? std::optional<bool>(true)
                      : v == TlsVersion::Ssl2 ? std::nullopt
                                              : std::optional<bool>(false);
        if (v == TlsVersion::Ssl2)
            vr.note = QStringLiteral("connection reset");
        if (v == TlsVersion::Tls12) {
            vr.cipherSuites = {QStringLiteral("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"),
                               QStringLiteral("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256")};
            vr.serverPreference = true;
            vr.groups = {QStringLiteral("x25519"), QStringLiteral("secp256r1")};
            vr.keyExchange.insert(vr.cipherSuites.at(0), KeyExchangeInfo{QStringLiteral("x25519"), 253, {}, {}});
            vr.keyExchange.insert(vr.cipherSuites.at(1), KeyExchangeInfo{QString(), 2048, {}, {}});
            vr.secureRenegotiation = true;
            vr.extendedMasterSecret = false;
            vr.suitesComplete = false;
            vr.note = QStringLiteral("suite list incomplete: the server closed the connection");
        }
        r.versions.insert(v, vr);
    }
    HandshakeResult h;
    h.version = TlsVersion::Tls12;
    h.cipher = QStringLiteral("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384");
    h.group = QStringLiteral("x25519");
    h.keyExchangeBits = 253;
    h.secureRenegotiation = true;
    h.extendedMasterSecret = false;
    r.negotiated = h;
    CertificateInfo c;
    c.subject = QStringLiteral("CN=smtp.kumo.example");
    c.subjectAltNames = {QStringLiteral("DNS:smtp.kumo.example")};
    c.issuer = QStringLiteral("CN=lab CA");
    c.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    c.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    c.keyType = QStringLiteral("RSA");
    c.keyBits = 2048;
    c.signatureAlgorithm = QStringLiteral("sha256WithRSAEncryption");
    c.sha256Fingerprint = QStringLiteral("AB:CD");
    c.chainLength = 2;
    c.trusted = false;
    c.trustError = QStringLiteral("unable to get local issuer certificate");
    c.trustErrorCode = 20; // X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY
    c.nameMatches = true;
    c.expired = true;
    c.chainIssues = {{ChainIssue::Kind::CaExpired, QStringLiteral("CN=lab intermediate"),
                      QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC), {}},
                     {ChainIssue::Kind::MissingIssuer, QStringLiteral("CN=smtp.kumo.example"), {},
                      QStringLiteral("CN=lab CA")}};
    r.certificate = c;
    CertificateInfo ecdsa = c;
    ecdsa.keyType = QStringLiteral("EC");
    ecdsa.keyBits = 256;
    ecdsa.chainIssues.clear();
    r.certificateVariants = {{CertificateVariant::Asked::NoSni, true, c, true, {}},
                             {CertificateVariant::Asked::Ecdsa, true, ecdsa, false, {}},
                             {CertificateVariant::Asked::Rsa, std::nullopt, std::nullopt, false,
                              QStringLiteral("the server closed the connection during the handshake")}};
    r.connections = 27;
    r.connectionLimit = 3;
    r.durationMs = 1080;
    r.transcript.server("220 smtp.kumo.example ESMTP Postfix <b>\x1b[2J");
    r.transcript.client("EHLO mailtls-auditor.invalid");
    r.transcript.note(QStringLiteral("TLS handshake"));

    const QJsonObject written = endpointResultToJson(r);
    const std::optional<EndpointResult> read = endpointResultFromJson(written);
    QVERIFY(read);
    const QStringList again = QString::fromUtf8(QJsonDocument(endpointResultToJson(*read)).toJson()).split(u'\n');
    const QStringList first = QString::fromUtf8(QJsonDocument(written).toJson()).split(u'\n');
    for (qsizetype i = 0; i < std::min(again.size(), first.size()); ++i)
        QCOMPARE(again.at(i), first.at(i));
    QCOMPARE(again.size(), first.size());
    QCOMPARE(read->versions.value(TlsVersion::Tls12).keyExchange.value(h.cipher).bits, 253);
    QVERIFY(!read->versions.value(TlsVersion::Ssl2).accepted.has_value());
    QVERIFY(!read->versions.value(TlsVersion::Tls12).suitesComplete); // a cut-short list stays cut short
    QCOMPARE(written.value(QLatin1StringView("suites_complete")).toObject().value(QLatin1StringView("TLSv1.2")),
             QJsonValue(false));
    QCOMPARE(read->connectionLimit, 3);
    QCOMPARE(read->certificate->chainIssues.size(), 2);
    QCOMPARE(read->certificate->chainIssues.at(0).kind, ChainIssue::Kind::CaExpired);
    QCOMPARE(read->certificate->chainIssues.at(0).date, c.chainIssues.at(0).date);
    QCOMPARE(read->certificate->chainIssues.at(1).issuer, QStringLiteral("CN=lab CA"));
    QCOMPARE(written.value(QLatin1StringView("certificate")).toObject().value(QLatin1StringView("chain_issues"))
                 .toArray().at(0).toObject().value(QLatin1StringView("issue")),
             QJsonValue(QStringLiteral("ca_expired")));
    QCOMPARE(read->certificateVariants.size(), 3);
    QCOMPARE(read->certificateVariants.at(1).asked, CertificateVariant::Asked::Ecdsa);
    QCOMPARE(read->certificateVariants.at(1).certificate->keyType, QStringLiteral("EC"));
    QVERIFY(!read->certificateVariants.at(2).sent.has_value()); // undecided stays undecided
    // What a hostile server sent stays as recorded: escaped, never re-interpreted.
    QCOMPARE(read->transcript.lines().constFirst().text, r.transcript.lines().constFirst().text);
    // A result probed in English reads in the language shown now.
    QCOMPARE(read->certificate->trustErrorCode, 20);
    QCOMPARE(trustErrorText(*read->certificate), QStringLiteral("unable to get local issuer certificate"));
    {
        QTranslator ja;
        QVERIFY(ja.load(QStringLiteral(MAILTLS_BINARY_DIR "/mailtls-auditor_ja.qm")));
        QCoreApplication::installTranslator(&ja);
        const QString japanese = trustErrorText(*read->certificate);
        QCoreApplication::removeTranslator(&ja);
        QCOMPARE(japanese, QStringLiteral("発行者の証明書が信頼アンカーの中に見つからない"));
    }

    EndpointResult web;
    web.target = {Protocol::Http, QStringLiteral("127.0.0.31"), 2080, QStringLiteral("webmail.kumo.example")};
    web.http = HttpInfo{301, QStringLiteral("https://webmail.kumo.example/"), true, {}, QStringLiteral("nginx")};
    for (TlsVersion v : allTlsVersions())
        web.versions.insert(v, VersionResult{}); // as the probe leaves them: every version has an entry
    const QJsonObject webJson = endpointResultToJson(web);
    QCOMPARE(endpointResultToJson(*endpointResultFromJson(webJson)), webJson);

    // LDAP's simple bind before StartTLS: decided, or null (undecided) with its note; other protocols have no such key.
    QVERIFY(!written.value(QLatin1StringView("cleartext_auth")).toObject().contains(QLatin1StringView("simple_bind_before_tls")));
    EndpointResult directory;
    directory.target = {Protocol::Ldap, QStringLiteral("127.0.0.51"), 2389, QStringLiteral("ldap.kumo.internal")};
    directory.starttlsOffered = true;
    for (TlsVersion v : allTlsVersions())
        directory.versions.insert(v, VersionResult{});
    for (const std::optional<bool> &taken : {std::optional<bool>(true), std::optional<bool>(false), std::optional<bool>()}) {
        directory.cleartext.simpleBindBeforeTls = taken;
        directory.cleartext.simpleBindNote = QStringLiteral("note %1").arg(taken ? int(*taken) : -1);
        const QJsonObject json = endpointResultToJson(directory);
        const QJsonObject auth = json.value(QLatin1StringView("cleartext_auth")).toObject();
        QCOMPARE(auth.value(QLatin1StringView("simple_bind_before_tls")),
                 taken ? QJsonValue(*taken) : QJsonValue(QJsonValue::Null));
        QCOMPARE(auth.value(QLatin1StringView("offered")), QJsonValue(taken.value_or(false)));
        const std::optional<EndpointResult> back = endpointResultFromJson(json);
        QVERIFY(back);
        QCOMPARE(back->cleartext.simpleBindBeforeTls, taken);
        QCOMPARE(back->cleartext.simpleBindNote, directory.cleartext.simpleBindNote);
        QCOMPARE(endpointResultToJson(*back), json);
    }
}

// A name with two addresses: the first address's result, the other nested, each naming its address.
void TestResultJson::addressesRoundTrip()
{
    EndpointResult first;
    first.target = {Protocol::Smtp, QStringLiteral("dual.lab.test"), 2525, QStringLiteral("dual.lab.test")};
    first.address = QStringLiteral("127.0.0.61");
    first.starttlsOffered = true;
    first.starttlsSucceeded = true;
    for (TlsVersion v : allTlsVersions()) {
        VersionResult vr;
        vr.accepted = v == TlsVersion::Tls13;
        if (v == TlsVersion::Tls13)
            vr.cipherSuites = {QStringLiteral("TLS_AES_128_GCM_SHA256")};
        first.versions.insert(v, vr);
    }
    first.connections = 12;
    EndpointResult other;
    other.target = first.target;
    other.address = QStringLiteral("::1");
    other.status = ProbeStatus::StartTlsNotOffered;
    other.error = QStringLiteral("the server does not offer STARTTLS");
    other.starttlsOffered = false;
    for (TlsVersion v : allTlsVersions()) {
        VersionResult vr;
        vr.accepted = false;
        other.versions.insert(v, vr);
    }
    other.connections = 1;
    other.transcript.server("220 dual.lab.test ESMTP Postfix");
    first.otherAddresses.push_back(other);

    const QJsonObject written = endpointResultToJson(first);
    QCOMPARE(written.value(QLatin1StringView("endpoint")).toString(), QStringLiteral("smtp://dual.lab.test:2525"));
    QCOMPARE(written.value(QLatin1StringView("address")).toString(), QStringLiteral("127.0.0.61"));
    QCOMPARE(written.value(QLatin1StringView("addresses")).toArray(),
             QJsonArray({QStringLiteral("127.0.0.61"), QStringLiteral("::1")}));
    const QJsonArray others = written.value(QLatin1StringView("other_addresses")).toArray();
    QCOMPARE(others.size(), 1);
    const QJsonObject six = others.at(0).toObject();
    QCOMPARE(six.value(QLatin1StringView("address")).toString(), QStringLiteral("::1"));
    QCOMPARE(six.value(QLatin1StringView("endpoint")).toString(), QStringLiteral("smtp://dual.lab.test:2525"));
    QCOMPARE(six.value(QLatin1StringView("status")).toString(), QStringLiteral("starttls_not_offered"));
    QVERIFY(!six.contains(QLatin1StringView("addresses")));
    QVERIFY(!six.contains(QLatin1StringView("other_addresses")));

    const std::optional<EndpointResult> read = endpointResultFromJson(written);
    QVERIFY(read);
    QCOMPARE(read->address, QStringLiteral("127.0.0.61"));
    QCOMPARE(read->otherAddresses.size(), size_t(1));
    QCOMPARE(read->otherAddresses.front().address, QStringLiteral("::1"));
    QCOMPARE(read->otherAddresses.front().status, ProbeStatus::StartTlsNotOffered);
    QCOMPARE(read->otherAddresses.front().starttlsOffered, std::optional<bool>(false));
    QCOMPARE(read->otherAddresses.front().connections, 1);
    QCOMPARE(read->addresses(), (QStringList{QStringLiteral("127.0.0.61"), QStringLiteral("::1")}));
    QCOMPARE(endpointResultToJson(*read), written);

    // An address that does not read spoils the endpoint: no result with an address silently left out.
    QJsonObject broken = written;
    broken.insert(QLatin1StringView("other_addresses"), QJsonArray{QJsonObject{}});
    QVERIFY(!endpointResultFromJson(broken));
}

void TestResultJson::olderOrBrokenJson()
{
    QVERIFY(!endpointResultFromJson(QJsonObject{}));
    QVERIFY(!endpointResultFromJson(QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("not a url")}}));
    const auto minimal = endpointResultFromJson(
        QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("smtp://127.0.0.11:2525")},
                    {QStringLiteral("status"), QStringLiteral("timeout")}});
    QVERIFY(minimal);
    QCOMPARE(minimal->status, ProbeStatus::Timeout);
    QCOMPARE(minimal->target.port, 2525);
    QCOMPARE(minimal->versions.size(), allTlsVersions().size());
    // Stored before addresses were recorded: no address, one result for the endpoint.
    QVERIFY(minimal->address.isEmpty());
    QVERIFY(minimal->otherAddresses.empty());
    QCOMPARE(minimal->addressResults().size(), 1);
    QVERIFY(!endpointResultToJson(*minimal).contains(QLatin1StringView("address")));
}

QTEST_GUILESS_MAIN(TestResultJson)
#include "tst_result_json.moc"
