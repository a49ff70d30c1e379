#pragma once

// Probe results written out by hand for the tests of what comes after the
// probe (policy, checklist, store): an endpoint as a well-run server answers,
// which each test then weakens in the one way it is about.

#include "app/inventory/workspace.h"
#include "probes/endpoint_probe.h"

#include <QHash>

namespace sample {

// The TLS hygiene answers of a well-run server: no weakness, downgrade
// protection honoured, sessions resumable by ticket, a good OCSP response stapled.
inline mailtls::HygieneResult cleanHygiene()
{
    using namespace mailtls;
    HygieneResult h;
    for (const QString &key : hygieneKeys()) {
        HygieneCheck *c = h.check(key);
        c->value = key == u"fallback_scsv" || key == u"ocsp_stapling" || key == u"session_resumption";
        c->evidence = {QStringLiteral("sample answer")};
    }
    h.resumption = SessionResumption{false, true, 7200};
    h.ocsp.responseStatus = QStringLiteral("successful");
    h.ocsp.certStatus = QStringLiteral("good");
    h.ocsp.signatureValid = true;
    h.ocsp.fresh = true;
    h.ocsp.forCertificate = true;
    h.ocsp.thisUpdate = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
    h.ocsp.nextUpdate = QDateTime(QDate(2026, 6, 8), QTime(0, 0), Qt::UTC);
    return h;
}

// TLS 1.2 and 1.3 with forward secrecy, a trusted certificate matching the
// name and valid until 2027, HSTS on HTTPS, clean TLS hygiene.
inline mailtls::EndpointResult strongEndpoint(mailtls::Protocol protocol, const QString &host,
                                              const QString &address = QStringLiteral("127.0.0.1"))
{
    using namespace mailtls;
    EndpointResult r;
    r.target = {protocol, address, protocolInfo(protocol).defaultPort,
                host}; // connect to the address, name the host
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
    r.hygiene = cleanHygiene();
    return r;
}

// The demo workspace as the report and history tests audit it. Before the
// checklist is applied: mx2 also accepts TLS 1.0, POP3 offers no STARTTLS,
// webmail's plain HTTP serves the page. After: mx2 and POP3 fixed.
// hostile: mx1's banner and certificate carry markup and control characters.
inline QHash<QString, mailtls::EndpointResult> demoRun(const mailtls::Workspace &ws, bool fixed,
                                                       bool hostile)
{
    using namespace mailtls;
    QHash<QString, EndpointResult> results;
    for (const Host &h : ws.hosts) {
        for (const Endpoint &e : h.endpoints) {
            EndpointResult r = strongEndpoint(e.protocol, h.name, h.addresses.value(0));
            r.target.port = e.port;
            if (h.id == u"mx2" && !fixed) {
                r.versions[TlsVersion::Tls10].accepted = true;
                r.versions[TlsVersion::Tls10].cipherSuites = {
                    QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA")};
            }
            if (h.id == u"mx1" && hostile) {
                r.transcript.server(QByteArray("220 mx1 <script>alert(1)</script> ESMTP\x1b[2J"));
                r.transcript.server(QByteArray("250-mx1 \xe2\x80\xae" "8BITMIME\xc2\xad"));
                r.certificate->subject = QStringLiteral("CN=<b>mx1</b>,O=Evil & Co");
            }
            if (e.protocol == Protocol::Http) {
                for (VersionResult &v : r.versions)
                    v.accepted = false; // plain HTTP: no TLS at all
                r.certificate.reset();
                r.hygiene.reset();
            }
            if (e.protocol == Protocol::Pop3 && !fixed) {
                r.status = ProbeStatus::StartTlsNotOffered;
                r.starttlsOffered = false;
                r.starttlsSucceeded.reset();
                for (VersionResult &v : r.versions)
                    v.accepted = false;
                r.certificate.reset();
                r.hygiene.reset();
            }
            results.insert(EndpointRef{h.id, e.protocol, e.port}.toString(), r);
        }
    }
    return results;
}

} // namespace sample
