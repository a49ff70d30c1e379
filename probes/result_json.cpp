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
    o.insert(QLatin1StringView("name_matches"), optionalBool(c.nameMatches));
    o.insert(QLatin1StringView("self_signed"), c.selfSigned);
    o.insert(QLatin1StringView("expired"), c.expired);
    o.insert(QLatin1StringView("not_yet_valid"), c.notYetValid);
    return o;
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

} // namespace mailtls
