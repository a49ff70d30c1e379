#include "probes/result_json.h"

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
    return c;
}

} // namespace

QJsonObject endpointResultToJson(const EndpointResult &r)
{
    QJsonObject o;
    o.insert(QLatin1StringView("endpoint"), r.target.url());
    o.insert(QLatin1StringView("server_name"), r.target.serverName);
    o.insert(QLatin1StringView("status"), probeStatusKey(r.status));
    if (!r.error.isEmpty())
        o.insert(QLatin1StringView("error"), r.error);

    if (r.starttlsOffered) {
        QJsonObject st;
        st.insert(QLatin1StringView("offered"), *r.starttlsOffered);
        st.insert(QLatin1StringView("succeeded"), optionalBool(r.starttlsSucceeded));
        o.insert(QLatin1StringView("starttls"), st);
    } else {
        o.insert(QLatin1StringView("starttls"), QJsonValue::Null);
    }

    QJsonObject protocols;
    QJsonObject suites;
    QJsonObject preference;
    QJsonObject groups;
    QJsonObject notes;
    QJsonObject keyExchange;
    QJsonObject renegotiation;
    QJsonObject extendedMasterSecret;
    for (auto it = r.versions.cbegin(); it != r.versions.cend(); ++it) {
        const QString name = tlsVersionName(it.key());
        protocols.insert(name, optionalBool(it->accepted));
        if (it->accepted.value_or(false)) {
            suites.insert(name, QJsonArray::fromStringList(it->cipherSuites));
            preference.insert(name, optionalBool(it->serverPreference));
            if (!it->groups.isEmpty())
                groups.insert(name, QJsonArray::fromStringList(it->groups));
            QJsonObject perSuite;
            for (auto kx = it->keyExchange.cbegin(); kx != it->keyExchange.cend(); ++kx) {
                QJsonObject k;
                k.insert(QLatin1StringView("group"),
                         kx->group.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(kx->group));
                k.insert(QLatin1StringView("bits"), kx->bits);
                perSuite.insert(kx.key(), k);
            }
            if (!perSuite.isEmpty())
                keyExchange.insert(name, perSuite);
            if (it.key() != TlsVersion::Ssl2 && it.key() != TlsVersion::Tls13) {
                renegotiation.insert(name, optionalBool(it->secureRenegotiation));
                extendedMasterSecret.insert(name, optionalBool(it->extendedMasterSecret));
            }
        }
        if (!it->note.isEmpty())
            notes.insert(name, it->note);
    }
    o.insert(QLatin1StringView("protocols"), protocols);
    o.insert(QLatin1StringView("cipher_suites"), suites);
    o.insert(QLatin1StringView("server_preference"), preference);
    o.insert(QLatin1StringView("groups"), groups);
    o.insert(QLatin1StringView("key_exchange"), keyExchange);
    o.insert(QLatin1StringView("secure_renegotiation"), renegotiation);
    o.insert(QLatin1StringView("extended_master_secret"), extendedMasterSecret);
    if (!notes.isEmpty())
        o.insert(QLatin1StringView("protocol_notes"), notes);

    if (r.negotiated) {
        QJsonObject n;
        n.insert(QLatin1StringView("version"), tlsVersionName(r.negotiated->version));
        n.insert(QLatin1StringView("cipher_suite"), r.negotiated->cipher);
        n.insert(QLatin1StringView("group"), r.negotiated->group);
        n.insert(QLatin1StringView("key_exchange_bits"), r.negotiated->keyExchangeBits);
        n.insert(QLatin1StringView("secure_renegotiation"),
                 optionalBool(r.negotiated->secureRenegotiation));
        n.insert(QLatin1StringView("extended_master_secret"),
                 optionalBool(r.negotiated->extendedMasterSecret));
        o.insert(QLatin1StringView("negotiated"), n);
    } else {
        o.insert(QLatin1StringView("negotiated"), QJsonValue::Null);
    }
    o.insert(QLatin1StringView("certificate"),
             r.certificate ? QJsonValue(certificateJson(*r.certificate)) : QJsonValue(QJsonValue::Null));

    QJsonObject auth;
    auth.insert(QLatin1StringView("offered"), r.cleartextAuthOffered());
    auth.insert(QLatin1StringView("mechanisms"), QJsonArray::fromStringList(r.cleartext.authMechanisms));
    auth.insert(QLatin1StringView("plaintext_login"), r.cleartext.plaintextLogin);
    o.insert(QLatin1StringView("cleartext_auth"), auth);

    QJsonObject cleartext;
    cleartext.insert(QLatin1StringView("greeting"), r.cleartext.greeting);
    cleartext.insert(QLatin1StringView("capabilities"), QJsonArray::fromStringList(r.cleartext.capabilities));
    cleartext.insert(QLatin1StringView("software"), r.cleartext.software);
    o.insert(QLatin1StringView("cleartext"), cleartext);

    if (r.http) {
        QJsonObject h;
        h.insert(QLatin1StringView("status"), r.http->status);
        h.insert(QLatin1StringView("location"), r.http->location);
        h.insert(QLatin1StringView("redirects_to_https"), r.http->redirectsToHttps);
        h.insert(QLatin1StringView("hsts"), r.http->hsts.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(r.http->hsts));
        h.insert(QLatin1StringView("server"), r.http->server);
        o.insert(QLatin1StringView("http"), h);
    }
    o.insert(QLatin1StringView("connections"), r.connections);
    o.insert(QLatin1StringView("duration_ms"), r.durationMs);
    QJsonArray transcript;
    for (const QString &line : r.transcript.toText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        transcript.append(line);
    o.insert(QLatin1StringView("transcript"), transcript);
    return o;
}

std::optional<EndpointResult> endpointResultFromJson(const QJsonObject &o)
{
    const TargetParseResult target = parseTargetUrl(o.value(QLatin1StringView("endpoint")).toString());
    if (!target.target)
        return std::nullopt;
    EndpointResult r;
    r.target = *target.target;
    r.target.serverName = o.value(QLatin1StringView("server_name")).toString(r.target.serverName);
    r.status = probeStatusFromKey(o.value(QLatin1StringView("status")).toString()).value_or(ProbeStatus::ProtocolError);
    r.error = o.value(QLatin1StringView("error")).toString();
    const QJsonObject starttls = o.value(QLatin1StringView("starttls")).toObject();
    if (!starttls.isEmpty()) {
        r.starttlsOffered = starttls.value(QLatin1StringView("offered")).toBool();
        r.starttlsSucceeded = readOptionalBool(starttls.value(QLatin1StringView("succeeded")));
    }

    const QJsonObject protocols = o.value(QLatin1StringView("protocols")).toObject();
    const QJsonObject suites = o.value(QLatin1StringView("cipher_suites")).toObject();
    const QJsonObject preference = o.value(QLatin1StringView("server_preference")).toObject();
    const QJsonObject groups = o.value(QLatin1StringView("groups")).toObject();
    const QJsonObject notes = o.value(QLatin1StringView("protocol_notes")).toObject();
    const QJsonObject keyExchange = o.value(QLatin1StringView("key_exchange")).toObject();
    const QJsonObject renegotiation = o.value(QLatin1StringView("secure_renegotiation")).toObject();
    const QJsonObject ems = o.value(QLatin1StringView("extended_master_secret")).toObject();
    for (TlsVersion v : allTlsVersions()) {
        const QString name = tlsVersionName(v);
        VersionResult vr;
        vr.accepted = readOptionalBool(protocols.value(name));
        vr.cipherSuites = readStrings(suites.value(name));
        vr.serverPreference = readOptionalBool(preference.value(name));
        vr.groups = readStrings(groups.value(name));
        const QJsonObject perSuite = keyExchange.value(name).toObject();
        for (auto it = perSuite.begin(); it != perSuite.end(); ++it) {
            const QJsonObject k = it.value().toObject();
            vr.keyExchange.insert(it.key(), KeyExchangeInfo{k.value(QLatin1StringView("group")).toString(),
                                                            k.value(QLatin1StringView("bits")).toInt()});
        }
        vr.secureRenegotiation = readOptionalBool(renegotiation.value(name));
        vr.extendedMasterSecret = readOptionalBool(ems.value(name));
        vr.note = notes.value(name).toString();
        r.versions.insert(v, vr);
    }

    const QJsonObject negotiated = o.value(QLatin1StringView("negotiated")).toObject();
    if (!negotiated.isEmpty()) {
        HandshakeResult h;
        h.version = tlsVersionFromName(negotiated.value(QLatin1StringView("version")).toString()).value_or(TlsVersion::Tls12);
        h.cipher = negotiated.value(QLatin1StringView("cipher_suite")).toString();
        h.group = negotiated.value(QLatin1StringView("group")).toString();
        h.keyExchangeBits = negotiated.value(QLatin1StringView("key_exchange_bits")).toInt();
        h.secureRenegotiation = readOptionalBool(negotiated.value(QLatin1StringView("secure_renegotiation")));
        h.extendedMasterSecret = readOptionalBool(negotiated.value(QLatin1StringView("extended_master_secret")));
        r.negotiated = h;
    }
    const QJsonValue certificate = o.value(QLatin1StringView("certificate"));
    if (certificate.isObject())
        r.certificate = readCertificate(certificate.toObject());

    const QJsonObject auth = o.value(QLatin1StringView("cleartext_auth")).toObject();
    r.cleartext.authMechanisms = readStrings(auth.value(QLatin1StringView("mechanisms")));
    r.cleartext.plaintextLogin = auth.value(QLatin1StringView("plaintext_login")).toBool();
    const QJsonObject cleartext = o.value(QLatin1StringView("cleartext")).toObject();
    r.cleartext.greeting = cleartext.value(QLatin1StringView("greeting")).toString();
    r.cleartext.capabilities = readStrings(cleartext.value(QLatin1StringView("capabilities")));
    r.cleartext.software = cleartext.value(QLatin1StringView("software")).toString();
    r.cleartext.starttlsOffered = r.starttlsOffered.value_or(false);

    const QJsonValue http = o.value(QLatin1StringView("http"));
    if (http.isObject()) {
        const QJsonObject h = http.toObject();
        r.http = HttpInfo{h.value(QLatin1StringView("status")).toInt(), h.value(QLatin1StringView("location")).toString(),
                          h.value(QLatin1StringView("redirects_to_https")).toBool(),
                          h.value(QLatin1StringView("hsts")).toString(), h.value(QLatin1StringView("server")).toString()};
    }
    r.connections = o.value(QLatin1StringView("connections")).toInt();
    r.durationMs = o.value(QLatin1StringView("duration_ms")).toInteger();
    // Transcript lines were made printable when they were recorded; they stay as they are.
    for (const QJsonValue &v : o.value(QLatin1StringView("transcript")).toArray()) {
        const QString line = v.toString();
        if (line.startsWith(QLatin1StringView("C: ")))
            r.transcript.restore(TranscriptLine::Direction::Client, line.mid(3));
        else if (line.startsWith(QLatin1StringView("S: ")))
            r.transcript.restore(TranscriptLine::Direction::Server, line.mid(3));
        else if (line.trimmed() != QLatin1StringView("[transcript truncated]"))
            r.transcript.note(line.trimmed());
    }
    return r;
}

} // namespace mailtls
