#pragma once

// Probe results written out by hand for the tests of what comes after the
// probe (policy, checklist, store): an endpoint as a well-run server answers,
// which each test then weakens in the one way it is about.

#include "probes/endpoint_probe.h"

namespace sample {

// TLS 1.2 and 1.3 with forward secrecy, a trusted certificate matching the
// name and valid until 2027, HSTS on HTTPS.
inline mailtls::EndpointResult strongEndpoint(mailtls::Protocol protocol, const QString &host,
                                              const QString &address = QStringLiteral("127.0.0.1"))
{
    using namespace mailtls;
    EndpointResult r;
    r.target = {protocol, address, protocolInfo(protocol).defaultPort, host}; // connect to the address, name the host
    if (protocolInfo(protocol).tlsMode == TlsMode::StartTls) {
        r.starttlsOffered = true;
        r.starttlsSucceeded = true;
    }
    for (TlsVersion v : allTlsVersions()) {
        VersionResult vr;
        vr.accepted = v == TlsVersion::Tls12 || v == TlsVersion::Tls13;
        if (v == TlsVersion::Tls12)
            vr.cipherSuites = {QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")};
        if (v == TlsVersion::Tls13)
            vr.cipherSuites = {QStringLiteral("TLS_AES_128_GCM_SHA256")};
        r.versions.insert(v, vr);
    }
    HandshakeResult h;
    h.version = TlsVersion::Tls13;
    h.cipher = QStringLiteral("TLS_AES_128_GCM_SHA256");
    r.negotiated = h;
    CertificateInfo c;
    c.subject = QStringLiteral("CN=") + host;
    c.subjectAltNames = {QStringLiteral("DNS:") + host};
    c.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    c.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    c.keyType = QStringLiteral("RSA");
    c.keyBits = 2048;
    c.signatureAlgorithm = QStringLiteral("sha256WithRSAEncryption");
    c.trusted = true;
    c.nameMatches = true;
    r.certificate = c;
    if (protocol == Protocol::Https)
        r.http = HttpInfo{200, {}, false, QStringLiteral("max-age=31536000"), {}};
    return r;
}

} // namespace sample
