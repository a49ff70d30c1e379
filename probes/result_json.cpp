#include "probes/result_json.h"

#include "probes/hygiene/hygiene_json.h"

#include <QJsonArray>

namespace mailtls {

namespace {

QJsonValue optionalBool(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject certificateJson(const CertificateInfo &c)
{
    QJsonObject o;
    o.insert(QLatin1StringView("subject"), c.subject);
    o.insert(QLatin1StringView("san"), QJsonArray::fromStringList(c.subjectAltNames));
    o.insert(QLatin1StringView("issuer"), c.issuer);
    o.insert(QLatin1StringView("not_before"), c.notBefore.toString(Qt::ISODate));
    o.insert(QLatin1StringView("not_after"), c.notAfter.toString(Qt::ISODate));
    o.insert(QLatin1StringView("key_type"), c.keyType);
    o.insert(QLatin1StringView("key_bits"), c.keyBits);
    o.insert(QLatin1StringView("signature_algorithm"), c.signatureAlgorithm);
    o.insert(QLatin1StringView("sha256"), c.sha256Fingerprint);
    o.insert(QLatin1StringView("chain_length"), c.chainLength);
    o.insert(QLatin1StringView("trusted"), optionalBool(c.trusted));
    if (!c.trustError.isEmpty())
        o.insert(QLatin1StringView("trust_error"), c.trustError);
    if (c.trustErrorCode != 0)
        o.insert(QLatin1StringView("trust_error_code"), c.trustErrorCode);
    o.insert(QLatin1StringView("name_matches"), optionalBool(c.nameMatches));
    o.insert(QLatin1StringView("self_signed"), c.selfSigned);
    o.insert(QLatin1StringView("expired"), c.expired);
    o.insert(QLatin1StringView("not_yet_valid"), c.notYetValid);
    QJsonArray issues;
    for (const ChainIssue &issue : c.chainIssues) {
        QJsonObject i;
        i.insert(QLatin1StringView("issue"), chainIssueKey(issue.kind));
        i.insert(QLatin1StringView("subject"), issue.subject);
        if (issue.date.isValid())
            i.insert(QLatin1StringView("date"), issue.date.toString(Qt::ISODate));
        if (!issue.issuer.isEmpty())
            i.insert(QLatin1StringView("issuer"), issue.issuer);
        i.insert(QLatin1StringView("text"), chainIssueText(issue));
        issues.append(i);
    }
    o.insert(QLatin1StringView("chain_issues"), issues);
    QJsonArray digests;
    for (const DaneDigests &d : c.daneDigests) {
        QJsonObject i;
        i.insert(QLatin1StringView("subject"), d.subject);
        i.insert(QLatin1StringView("cert_sha256"), QString::fromLatin1(d.certSha256.toHex()));
        i.insert(QLatin1StringView("cert_sha512"), QString::fromLatin1(d.certSha512.toHex()));
        i.insert(QLatin1StringView("spki_sha256"), QString::fromLatin1(d.spkiSha256.toHex()));
        i.insert(QLatin1StringView("spki_sha512"), QString::fromLatin1(d.spkiSha512.toHex()));
        digests.append(i);
    }
    o.insert(QLatin1StringView("dane_digests"), digests);
    return o;
}

std::optional<bool> readOptionalBool(const QJsonValue &v)
{
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

QStringList readStrings(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &e : v.toArray())
        list << e.toString();
    return list;
}

CertificateInfo readCertificate(const QJsonObject &o)
{
    CertificateInfo c;
    c.subject = o.value(QLatin1StringView("subject")).toString();
    c.subjectAltNames = readStrings(o.value(QLatin1StringView("san")));
    c.issuer = o.value(QLatin1StringView("issuer")).toString();
    c.notBefore = QDateTime::fromString(o.value(QLatin1StringView("not_before")).toString(), Qt::ISODate);
    c.notAfter = QDateTime::fromString(o.value(QLatin1StringView("not_after")).toString(), Qt::ISODate);
    c.keyType = o.value(QLatin1StringView("key_type")).toString();
    c.keyBits = o.value(QLatin1StringView("key_bits")).toInt();
    c.signatureAlgorithm = o.value(QLatin1StringView("signature_algorithm")).toString();
    c.sha256Fingerprint = o.value(QLatin1StringView("sha256")).toString();
    c.chainLength = o.value(QLatin1StringView("chain_length")).toInt();
    c.trusted = readOptionalBool(o.value(QLatin1StringView("trusted")));
    c.trustError = o.value(QLatin1StringView("trust_error")).toString();
    c.trustErrorCode = o.value(QLatin1StringView("trust_error_code")).toInt();
    c.nameMatches = readOptionalBool(o.value(QLatin1StringView("name_matches")));
    c.selfSigned = o.value(QLatin1StringView("self_signed")).toBool();
    c.expired = o.value(QLatin1StringView("expired")).toBool();
    c.notYetValid = o.value(QLatin1StringView("not_yet_valid")).toBool();
    for (const QJsonValue &v : o.value(QLatin1StringView("chain_issues")).toArray()) {
        const QJsonObject i = v.toObject();
        const auto kind = chainIssueFromKey(i.value(QLatin1StringView("issue")).toString());
        if (!kind)
            continue; // a kind this version does not know
        c.chainIssues.append({*kind, i.value(QLatin1StringView("subject")).toString(),
                              QDateTime::fromString(i.value(QLatin1StringView("date")).toString(), Qt::ISODate),
                              i.value(QLatin1StringView("issuer")).toString()});
    }
    for (const QJsonValue &v : o.value(QLatin1StringView("dane_digests")).toArray()) {
        const QJsonObject i = v.toObject();
        auto hex = [&](const char *key) {
            return QByteArray::fromHex(i.value(QLatin1StringView(key)).toString().toLatin1());
        };
        c.daneDigests.append({i.value(QLatin1StringView("subject")).toString(), hex("cert_sha256"),
                              hex("cert_sha512"), hex("spki_sha256"), hex("spki_sha512")});
    }
    return c;
}

QJsonArray certificateVariantsJson(const QList<CertificateVariant> &variants)
{
    QJsonArray out;
    for (const CertificateVariant &v : variants) {
        QJsonObject o;
        o.insert(QLatin1StringView("asked"), certificateVariantKey(v.asked));
        o.insert(QLatin1StringView("sent"), optionalBool(v.sent));
        o.insert(QLatin1StringView("same_as_main"), v.sameAsMain);
        o.insert(QLatin1StringView("certificate"),
                 v.certificate ? QJsonValue(certificateJson(*v.certificate)) : QJsonValue(QJsonValue::Null));
        if (!v.note.isEmpty())
            o.insert(QLatin1StringView("note"), v.note);
        out.append(o);
    }
    return out;
}

QList<CertificateVariant> readCertificateVariants(const QJsonArray &array)
{
    QList<CertificateVariant> variants;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        const auto asked = certificateVariantFromKey(o.value(QLatin1StringView("asked")).toString());
        if (!asked)
            continue;
        CertificateVariant v;
        v.asked = *asked;
        v.sent = readOptionalBool(o.value(QLatin1StringView("sent")));
        v.sameAsMain = o.value(QLatin1StringView("same_as_main")).toBool();
        if (o.value(QLatin1StringView("certificate")).isObject())
            v.certificate = readCertificate(o.value(QLatin1StringView("certificate")).toObject());
        v.note = o.value(QLatin1StringView("note")).toString();
        variants.append(v);
    }
    return variants;
}

// The per-version sub-objects ("protocols", "cipher_suites", ...), each keyed
// by version name: written from the versions, and read back into them.
struct VersionObjects
{
    QJsonObject protocols;
    QJsonObject suites;
    QJsonObject preference;
    QJsonObject groups;
    QJsonObject keyExchange;
    QJsonObject renegotiation;
    QJsonObject extendedMasterSecret;
    QJsonObject notes;
    QJsonObject suitesComplete;

    static VersionObjects from(const QJsonObject &o)
    {
        auto object = [&o](const char *key) { return o.value(QLatin1StringView(key)).toObject(); };
        return {object("protocols"), object("cipher_suites"), object("server_preference"),
                object("groups"), object("key_exchange"), object("secure_renegotiation"),
                object("extended_master_secret"), object("protocol_notes"), object("suites_complete")};
    }

    void insertInto(QJsonObject &o) const
    {
        o.insert(QLatin1StringView("protocols"), protocols);
        o.insert(QLatin1StringView("cipher_suites"), suites);
        o.insert(QLatin1StringView("server_preference"), preference);
        o.insert(QLatin1StringView("groups"), groups);
        o.insert(QLatin1StringView("key_exchange"), keyExchange);
        o.insert(QLatin1StringView("secure_renegotiation"), renegotiation);
        o.insert(QLatin1StringView("extended_master_secret"), extendedMasterSecret);
        if (!notes.isEmpty())
            o.insert(QLatin1StringView("protocol_notes"), notes);
        o.insert(QLatin1StringView("suites_complete"), suitesComplete);
    }
};

// "key_exchange" of one version: by suite, the group (null when none) and the bits.
QJsonObject keyExchangeJson(const QMap<QString, KeyExchangeInfo> &keyExchange)
{
    QJsonObject perSuite;
    for (auto kx = keyExchange.cbegin(); kx != keyExchange.cend(); ++kx) {
        QJsonObject k;
        k.insert(QLatin1StringView("group"),
                 kx->group.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(kx->group));
        k.insert(QLatin1StringView("bits"), kx->bits);
        if (!kx->primeDigest.isEmpty()) {
            k.insert(QLatin1StringView("prime_sha256"), kx->primeDigest);
            k.insert(QLatin1StringView("prime_well_known"), kx->wellKnownPrime.isEmpty()
                                                                ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(kx->wellKnownPrime));
        }
        perSuite.insert(kx.key(), k);
    }
    return perSuite;
}

QMap<QString, KeyExchangeInfo> readKeyExchange(const QJsonObject &perSuite)
{
    QMap<QString, KeyExchangeInfo> keyExchange;
    for (auto it = perSuite.begin(); it != perSuite.end(); ++it) {
        const QJsonObject k = it.value().toObject();
        keyExchange.insert(it.key(), KeyExchangeInfo{k.value(QLatin1StringView("group")).toString(),
                                                     k.value(QLatin1StringView("bits")).toInt(),
                                                     k.value(QLatin1StringView("prime_sha256")).toString(),
                                                     k.value(QLatin1StringView("prime_well_known")).toString()});
    }
    return keyExchange;
}

// One version's entries; the details only for an accepted version.
void addVersion(VersionObjects &out, TlsVersion version, const VersionResult &vr)
{
    const QString name = tlsVersionName(version);
    out.protocols.insert(name, optionalBool(vr.accepted));
    if (vr.accepted.value_or(false)) {
        out.suites.insert(name, QJsonArray::fromStringList(vr.cipherSuites));
        out.preference.insert(name, optionalBool(vr.serverPreference));
        out.suitesComplete.insert(name, vr.suitesComplete);
        if (!vr.groups.isEmpty())
            out.groups.insert(name, QJsonArray::fromStringList(vr.groups));
        if (const QJsonObject perSuite = keyExchangeJson(vr.keyExchange); !perSuite.isEmpty())
            out.keyExchange.insert(name, perSuite);
        if (version != TlsVersion::Ssl2 && version != TlsVersion::Tls13) {
            out.renegotiation.insert(name, optionalBool(vr.secureRenegotiation));
            out.extendedMasterSecret.insert(name, optionalBool(vr.extendedMasterSecret));
        }
    }
    if (!vr.note.isEmpty())
        out.notes.insert(name, vr.note);
}

VersionResult readVersion(const VersionObjects &in, TlsVersion version)
{
    const QString name = tlsVersionName(version);
    VersionResult vr;
    vr.accepted = readOptionalBool(in.protocols.value(name));
    vr.cipherSuites = readStrings(in.suites.value(name));
    vr.serverPreference = readOptionalBool(in.preference.value(name));
    vr.groups = readStrings(in.groups.value(name));
    vr.keyExchange = readKeyExchange(in.keyExchange.value(name).toObject());
    vr.secureRenegotiation = readOptionalBool(in.renegotiation.value(name));
    vr.extendedMasterSecret = readOptionalBool(in.extendedMasterSecret.value(name));
    vr.note = in.notes.value(name).toString();
    vr.suitesComplete = in.suitesComplete.value(name).toBool(true); // results stored before it: whole
    return vr;
}

// "starttls": null for a protocol without STARTTLS.
QJsonValue starttlsJson(const EndpointResult &r)
{
    if (!r.starttlsOffered)
        return QJsonValue::Null;
    QJsonObject st;
    st.insert(QLatin1StringView("offered"), *r.starttlsOffered);
    st.insert(QLatin1StringView("succeeded"), optionalBool(r.starttlsSucceeded));
    return st;
}

void readStarttls(const QJsonObject &starttls, EndpointResult &r)
{
    if (starttls.isEmpty())
        return;
    r.starttlsOffered = starttls.value(QLatin1StringView("offered")).toBool();
    r.starttlsSucceeded = readOptionalBool(starttls.value(QLatin1StringView("succeeded")));
}

// "negotiated": the main handshake, null when there was none.
QJsonValue negotiatedJson(const std::optional<HandshakeResult> &negotiated)
{
    if (!negotiated)
        return QJsonValue::Null;
    QJsonObject n;
    n.insert(QLatin1StringView("version"), tlsVersionName(negotiated->version));
    n.insert(QLatin1StringView("cipher_suite"), negotiated->cipher);
    n.insert(QLatin1StringView("group"), negotiated->group);
    n.insert(QLatin1StringView("key_exchange_bits"), negotiated->keyExchangeBits);
    n.insert(QLatin1StringView("secure_renegotiation"), optionalBool(negotiated->secureRenegotiation));
    n.insert(QLatin1StringView("extended_master_secret"), optionalBool(negotiated->extendedMasterSecret));
    return n;
}

std::optional<HandshakeResult> readNegotiated(const QJsonObject &negotiated)
{
    if (negotiated.isEmpty())
        return std::nullopt;
    HandshakeResult h;
    h.version = tlsVersionFromName(negotiated.value(QLatin1StringView("version")).toString()).value_or(TlsVersion::Tls12);
    h.cipher = negotiated.value(QLatin1StringView("cipher_suite")).toString();
    h.group = negotiated.value(QLatin1StringView("group")).toString();
    h.keyExchangeBits = negotiated.value(QLatin1StringView("key_exchange_bits")).toInt();
    h.secureRenegotiation = readOptionalBool(negotiated.value(QLatin1StringView("secure_renegotiation")));
    h.extendedMasterSecret = readOptionalBool(negotiated.value(QLatin1StringView("extended_master_secret")));
    return h;
}

// "cleartext_auth": credentials offered before TLS ("offered" is derived, not read back).
QJsonObject cleartextAuthJson(const EndpointResult &r)
{
    QJsonObject auth;
    auth.insert(QLatin1StringView("offered"), r.cleartextAuthOffered());
    auth.insert(QLatin1StringView("mechanisms"), QJsonArray::fromStringList(r.cleartext.authMechanisms));
    auth.insert(QLatin1StringView("plaintext_login"), r.cleartext.plaintextLogin);
    if (r.target.protocol == Protocol::Ldap) {
        auth.insert(QLatin1StringView("simple_bind_before_tls"), optionalBool(r.cleartext.simpleBindBeforeTls));
        auth.insert(QLatin1StringView("simple_bind_note"), r.cleartext.simpleBindNote);
    }
    return auth;
}

void readCleartextAuth(const QJsonObject &auth, CleartextInfo &cleartext)
{
    cleartext.authMechanisms = readStrings(auth.value(QLatin1StringView("mechanisms")));
    cleartext.plaintextLogin = auth.value(QLatin1StringView("plaintext_login")).toBool();
    cleartext.simpleBindBeforeTls = readOptionalBool(auth.value(QLatin1StringView("simple_bind_before_tls")));
    cleartext.simpleBindNote = auth.value(QLatin1StringView("simple_bind_note")).toString();
}

// "cleartext": what the server said before TLS.
QJsonObject cleartextJson(const CleartextInfo &c)
{
    QJsonObject cleartext;
    cleartext.insert(QLatin1StringView("greeting"), c.greeting);
    cleartext.insert(QLatin1StringView("capabilities"), QJsonArray::fromStringList(c.capabilities));
    cleartext.insert(QLatin1StringView("software"), c.software);
    return cleartext;
}

void readCleartext(const QJsonObject &cleartext, CleartextInfo &c)
{
    c.greeting = cleartext.value(QLatin1StringView("greeting")).toString();
    c.capabilities = readStrings(cleartext.value(QLatin1StringView("capabilities")));
    c.software = cleartext.value(QLatin1StringView("software")).toString();
}

// "http": the response to GET /, present only for web endpoints.
QJsonObject httpJson(const HttpInfo &http)
{
    QJsonObject h;
    h.insert(QLatin1StringView("status"), http.status);
    h.insert(QLatin1StringView("location"), http.location);
    h.insert(QLatin1StringView("redirects_to_https"), http.redirectsToHttps);
    h.insert(QLatin1StringView("hsts"), http.hsts.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(http.hsts));
    h.insert(QLatin1StringView("server"), http.server);
    return h;
}

HttpInfo readHttp(const QJsonObject &h)
{
    return HttpInfo{h.value(QLatin1StringView("status")).toInt(), h.value(QLatin1StringView("location")).toString(),
                    h.value(QLatin1StringView("redirects_to_https")).toBool(),
                    h.value(QLatin1StringView("hsts")).toString(), h.value(QLatin1StringView("server")).toString()};
}

// "transcript": one string per line, "C: ", "S: " or a note.
QJsonArray transcriptJson(const Transcript &t)
{
    QJsonArray transcript;
    for (const QString &line : t.toText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        transcript.append(line);
    return transcript;
}

// Transcript lines were made printable when they were recorded; they stay as they are.
void readTranscript(const QJsonArray &lines, Transcript &t)
{
    for (const QJsonValue &v : lines) {
        const QString line = v.toString();
        if (line.startsWith(QLatin1StringView("C: ")))
            t.restore(TranscriptLine::Direction::Client, line.mid(3));
        else if (line.startsWith(QLatin1StringView("S: ")))
            t.restore(TranscriptLine::Direction::Server, line.mid(3));
        else if (line.trimmed() != QLatin1StringView("[transcript truncated]"))
            t.note(line.trimmed());
    }
}

} // namespace

QJsonObject endpointResultToJson(const EndpointResult &r)
{
    QJsonObject o;
    o.insert(QLatin1StringView("endpoint"), r.target.url());
    o.insert(QLatin1StringView("server_name"), r.target.serverName);
    if (!r.address.isEmpty())
        o.insert(QLatin1StringView("address"), r.address);
    if (!r.otherAddresses.empty())
        o.insert(QLatin1StringView("addresses"), QJsonArray::fromStringList(r.addresses()));
    o.insert(QLatin1StringView("status"), probeStatusKey(r.status));
    if (!r.error.isEmpty())
        o.insert(QLatin1StringView("error"), r.error);
    o.insert(QLatin1StringView("starttls"), starttlsJson(r));
    VersionObjects versions;
    for (auto it = r.versions.cbegin(); it != r.versions.cend(); ++it)
        addVersion(versions, it.key(), *it);
    versions.insertInto(o);
    o.insert(QLatin1StringView("negotiated"), negotiatedJson(r.negotiated));
    o.insert(QLatin1StringView("certificate"),
             r.certificate ? QJsonValue(certificateJson(*r.certificate)) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1StringView("certificate_variants"), certificateVariantsJson(r.certificateVariants));
    o.insert(QLatin1StringView("cleartext_auth"), cleartextAuthJson(r));
    o.insert(QLatin1StringView("cleartext"), cleartextJson(r.cleartext));
    if (r.http)
        o.insert(QLatin1StringView("http"), httpJson(*r.http));
    o.insert(QLatin1StringView("hygiene"),
             r.hygiene ? QJsonValue(hygieneToJson(*r.hygiene)) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1StringView("connections"), r.connections);
    o.insert(QLatin1StringView("connection_limit"),
             r.connectionLimit > 0 ? QJsonValue(r.connectionLimit) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1StringView("duration_ms"), r.durationMs);
    o.insert(QLatin1StringView("transcript"), transcriptJson(r.transcript));
    if (!r.otherAddresses.empty()) {
        QJsonArray others;
        for (const EndpointResult &other : r.otherAddresses)
            others.append(endpointResultToJson(other));
        o.insert(QLatin1StringView("other_addresses"), others);
    }
    return o;
}

namespace {

std::optional<EndpointResult> readEndpointResult(const QJsonObject &o, bool nested)
{
    const TargetParseResult target = parseTargetUrl(o.value(QLatin1StringView("endpoint")).toString());
    if (!target.target)
        return std::nullopt;
    EndpointResult r;
    r.target = *target.target;
    r.target.serverName = o.value(QLatin1StringView("server_name")).toString(r.target.serverName);
    r.status = probeStatusFromKey(o.value(QLatin1StringView("status")).toString()).value_or(ProbeStatus::ProtocolError);
    r.error = o.value(QLatin1StringView("error")).toString();
    r.address = o.value(QLatin1StringView("address")).toString();
    readStarttls(o.value(QLatin1StringView("starttls")).toObject(), r);
    const VersionObjects versions = VersionObjects::from(o);
    for (TlsVersion v : allTlsVersions())
        r.versions.insert(v, readVersion(versions, v));
    r.negotiated = readNegotiated(o.value(QLatin1StringView("negotiated")).toObject());
    const QJsonValue certificate = o.value(QLatin1StringView("certificate"));
    if (certificate.isObject())
        r.certificate = readCertificate(certificate.toObject());
    r.certificateVariants = readCertificateVariants(o.value(QLatin1StringView("certificate_variants")).toArray());
    readCleartextAuth(o.value(QLatin1StringView("cleartext_auth")).toObject(), r.cleartext);
    readCleartext(o.value(QLatin1StringView("cleartext")).toObject(), r.cleartext);
    r.cleartext.starttlsOffered = r.starttlsOffered.value_or(false);
    const QJsonValue http = o.value(QLatin1StringView("http"));
    if (http.isObject())
        r.http = readHttp(http.toObject());
    const QJsonValue hygiene = o.value(QLatin1StringView("hygiene"));
    if (hygiene.isObject())
        r.hygiene = hygieneFromJson(hygiene.toObject());
    r.connections = o.value(QLatin1StringView("connections")).toInt();
    r.connectionLimit = o.value(QLatin1StringView("connection_limit")).toInt();
    r.durationMs = o.value(QLatin1StringView("duration_ms")).toInteger();
    readTranscript(o.value(QLatin1StringView("transcript")).toArray(), r.transcript);
    // One level: an other address has no other addresses of its own ("addresses" is derived).
    if (nested)
        return r;
    for (const QJsonValue &other : o.value(QLatin1StringView("other_addresses")).toArray()) {
        std::optional<EndpointResult> read = readEndpointResult(other.toObject(), true);
        if (!read)
            return std::nullopt;
        r.otherAddresses.push_back(std::move(*read));
    }
    return r;
}

} // namespace

std::optional<EndpointResult> endpointResultFromJson(const QJsonObject &o)
{
    return readEndpointResult(o, false);
}

QJsonObject certificateToJson(const CertificateInfo &certificate)
{
    return certificateJson(certificate);
}

CertificateInfo certificateFromJson(const QJsonObject &json)
{
    return readCertificate(json);
}

} // namespace mailtls
