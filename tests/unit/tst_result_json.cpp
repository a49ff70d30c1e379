// Probe results read back from their JSON (as the audit store keeps them) are
// the results that were written: every field, round trip.

#include "probes/result_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTranslator>

using namespace mailtls;
using namespace Qt::StringLiterals;

class TestResultJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void addressesRoundTrip();
    void olderOrBrokenJson();
    void hygieneRoundTrip();
    void withoutHygiene();
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

namespace {

EndpointResult hygieneEndpoint()
{
    EndpointResult r;
    r.target = {Protocol::Smtp, QStringLiteral("127.0.0.11"), 2525, QStringLiteral("mx.kumo.example")};
    r.status = ProbeStatus::Ok;
    for (TlsVersion v : allTlsVersions())
        r.versions.insert(v, VersionResult{});
    return r;
}

void compareCheck(const HygieneCheck &got, const HygieneCheck &want, const char *key)
{
    QVERIFY2(got.value == want.value, key);
    QVERIFY2(got.evidence == want.evidence, key);
    QVERIFY2(got.note == want.note, key);
}

} // namespace

// Every field of the "hygiene" object, each check with a different value
// (true, false, undecided with a note), read back as it was written.
void TestResultJson::hygieneRoundTrip()
{
    HygieneResult h;
    int i = 0;
    for (const QString &key : hygieneKeys()) {
        HygieneCheck *c = h.check(key);
        QVERIFY(c);
        switch (i++ % 3) {
        case 0:
            c->value = true;
            c->evidence = {key + QStringLiteral(": first line"), QStringLiteral("second line")};
            break;
        case 1:
            c->value = false;
            c->evidence = {key + QStringLiteral(": decided no")};
            c->note = QStringLiteral("limited to TLSv1.2");
            break;
        default:
            c->note = key + QStringLiteral(": the server dropped the connection");
            break;
        }
    }
    h.resumption.ids = true;
    h.resumption.tickets = std::nullopt;
    h.resumption.ticketLifetimeHint = 7200;
    h.ocsp.responseStatus = QStringLiteral("successful");
    h.ocsp.certStatus = QStringLiteral("good");
    h.ocsp.signatureValid = true;
    h.ocsp.fresh = false;
    h.ocsp.forCertificate = true;
    h.ocsp.thisUpdate = QDateTime(QDate(2026, 12, 1), QTime(8, 30, 0), Qt::UTC);
    h.ocsp.nextUpdate = QDateTime(QDate(2026, 12, 8), QTime(8, 30, 0), Qt::UTC);
    h.dhPrimes = {DhPrime{1024, QStringLiteral("RFC 2409 group 2 (1024-bit MODP)"),
                          {QStringLiteral("TLSv1.0 TLS_DHE_RSA_WITH_AES_128_CBC_SHA"),
                           QStringLiteral("TLSv1.2 TLS_DHE_RSA_WITH_AES_128_GCM_SHA256")}},
                  DhPrime{2048, QString(), {QStringLiteral("TLSv1.2 TLS_DHE_RSA_WITH_AES_256_GCM_SHA384")}}};

    EndpointResult r = hygieneEndpoint();
    r.hygiene = h;
    const QJsonObject written = endpointResultToJson(r);
    const QJsonObject json = written.value(QLatin1StringView("hygiene")).toObject();
    QCOMPARE(json.keys().size(), hygieneKeys().size());
    for (const QString &key : hygieneKeys())
        QVERIFY2(json.value(key).isObject(), qPrintable(key));
    QCOMPARE(json.value(u"compression").toObject().value(u"value"), QJsonValue(true));
    QCOMPARE(json.value(u"insecure_renegotiation").toObject().value(u"value"), QJsonValue(QJsonValue::Null));
    QCOMPARE(json.value(u"session_resumption").toObject().value(u"tickets"), QJsonValue(QJsonValue::Null));
    QCOMPARE(json.value(u"session_resumption").toObject().value(u"ticket_lifetime_hint"), QJsonValue(7200));
    QCOMPARE(json.value(u"ocsp_stapling").toObject().value(u"this_update"), QJsonValue(u"2026-12-01T08:30:00Z"_s));
    QCOMPARE(json.value(u"dh").toObject().value(u"primes").toArray().at(1).toObject().value(u"well_known"),
             QJsonValue(QJsonValue::Null));

    const std::optional<EndpointResult> read = endpointResultFromJson(written);
    QVERIFY(read);
    QVERIFY(read->hygiene);
    const HygieneResult &back = *read->hygiene;
    for (const HygieneResult::Entry &e : h.entries())
        compareCheck(*back.check(QString::fromLatin1(e.key)), *e.check, e.key);
    QCOMPARE(back.resumption.ids, h.resumption.ids);
    QCOMPARE(back.resumption.tickets, h.resumption.tickets);
    QCOMPARE(back.resumption.ticketLifetimeHint, 7200);
    QCOMPARE(back.ocsp.responseStatus, h.ocsp.responseStatus);
    QCOMPARE(back.ocsp.certStatus, h.ocsp.certStatus);
    QCOMPARE(back.ocsp.signatureValid, h.ocsp.signatureValid);
    QCOMPARE(back.ocsp.fresh, h.ocsp.fresh);
    QCOMPARE(back.ocsp.forCertificate, h.ocsp.forCertificate);
    QCOMPARE(back.ocsp.thisUpdate, h.ocsp.thisUpdate);
    QCOMPARE(back.ocsp.nextUpdate, h.ocsp.nextUpdate);
    QCOMPARE(back.dhPrimes.size(), 2);
    for (qsizetype k = 0; k < 2; ++k) {
        QCOMPARE(back.dhPrimes.at(k).bits, h.dhPrimes.at(k).bits);
        QCOMPARE(back.dhPrimes.at(k).wellKnown, h.dhPrimes.at(k).wellKnown);
        QCOMPARE(back.dhPrimes.at(k).suites, h.dhPrimes.at(k).suites);
    }
    QCOMPARE(endpointResultToJson(*read), written);

    // The details left at their defaults are written as null and read back so.
    EndpointResult bare = hygieneEndpoint();
    bare.hygiene = HygieneResult{};
    const QJsonObject bareJson = endpointResultToJson(bare);
    const QJsonObject ocsp =
        bareJson.value(u"hygiene").toObject().value(u"ocsp_stapling").toObject();
    QCOMPARE(ocsp.value(u"response_status"), QJsonValue(QJsonValue::Null));
    QCOMPARE(ocsp.value(u"next_update"), QJsonValue(QJsonValue::Null));
    const std::optional<EndpointResult> bareBack = endpointResultFromJson(bareJson);
    QVERIFY(bareBack && bareBack->hygiene);
    QCOMPARE(bareBack->hygiene->resumption.ticketLifetimeHint, -1);
    QVERIFY(!bareBack->hygiene->ocsp.thisUpdate.isValid());
    QVERIFY(!bareBack->hygiene->compression.value);
    QCOMPARE(endpointResultToJson(*bareBack), bareJson);
}

// A probe that did not run the hygiene checks writes "hygiene": null and
// reads back without them; so does a result stored before they existed.
void TestResultJson::withoutHygiene()
{
    const EndpointResult r = hygieneEndpoint();
    const QJsonObject written = endpointResultToJson(r);
    QVERIFY(written.contains(QLatin1StringView("hygiene")));
    QCOMPARE(written.value(QLatin1StringView("hygiene")), QJsonValue(QJsonValue::Null));
    const std::optional<EndpointResult> read = endpointResultFromJson(written);
    QVERIFY(read);
    QVERIFY(!read->hygiene);

    QJsonObject older = written;
    older.remove(QLatin1StringView("hygiene"));
    const std::optional<EndpointResult> fromOlder = endpointResultFromJson(older);
    QVERIFY(fromOlder);
    QVERIFY(!fromOlder->hygiene);
    QCOMPARE(endpointResultToJson(*fromOlder), written);
}

QTEST_GUILESS_MAIN(TestResultJson)
#include "tst_result_json.moc"
