#include "bench/scale_data.h"

#include <QCryptographicHash>
#include <QFile>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

namespace mailtls::bench {

Workspace scaleWorkspace(int hostCount)
{
    Workspace ws;
    ws.name = QStringLiteral("Scale %1").arg(hostCount);
    ws.organisation = QStringLiteral("Benchmark Co.");
    for (int d = 0; d < 20; ++d)
        ws.domains.append(Domain{QStringLiteral("brand%1.example").arg(d), {}});
    const QList<QList<Endpoint>> shapes{
        {{Protocol::Smtp, 25, {}}, {Protocol::Submission, 587, {}}, {Protocol::Smtps, 465, {}}},
        {{Protocol::Imap, 143, {}}, {Protocol::Imaps, 993, {}}, {Protocol::Lmtp, 24, {}}},
        {{Protocol::Pop3, 110, {}}, {Protocol::Pop3s, 995, {}}, {Protocol::Https, 443, {}}},
    };
    const QList<QList<HostRole>> roles{
        {HostRole::InboundMx, HostRole::Submission},
        {HostRole::MailStore, HostRole::Access},
        {HostRole::Access, HostRole::Webmail},
    };
    for (int i = 0; i < hostCount; ++i) {
        Host h;
        h.id = QStringLiteral("h%1").arg(i);
        h.name = QStringLiteral("host%1.site%2.brand%3.example").arg(i).arg(i % 97).arg(i % 20);
        h.addresses = {
            QStringLiteral("127.%1.%2.%3").arg(i >> 16 & 255).arg(i >> 8 & 255).arg(i & 255)};
        h.roles = roles.at(i % 3);
        h.zone = i % 3 == 0 ? Zone::External : Zone::Internal;
        h.site = QStringLiteral("Site %1").arg(i % 97);
        h.software = i % 3 == 0 ? QStringLiteral("Postfix 3.7") : QStringLiteral("Dovecot 2.3");
        h.endpoints = shapes.at(i % 3);
        ws.hosts.append(h);
        for (const Endpoint &e : h.endpoints) {
            Link l;
            l.endpoint = EndpointRef{h.id, e.protocol, 0};
            if (e.protocol == Protocol::Smtp) {
                l.kind = LinkKind::InternetInbound;
                l.from = QString(kInternetNode);
            } else if (e.protocol == Protocol::Lmtp) {
                l.kind = LinkKind::Delivery;
                l.from = QStringLiteral("h%1").arg(i - 1); // from the MX before it
            } else {
                l.kind = e.protocol == Protocol::Https
                             ? LinkKind::UserWebmail
                             : (e.protocol == Protocol::Submission || e.protocol == Protocol::Smtps
                                    ? LinkKind::UserSubmission
                                    : LinkKind::UserAccess);
                l.from = QString(kUsersNode);
            }
            l.id = l.from + QStringLiteral("->") + l.endpoint.toString();
            ws.links.append(l);
        }
    }
    const QDateTime t(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    for (qsizetype i = 0; i < ws.links.size(); i += 30) {
        ws.observations.append(Observation{
            ws.links.at(i).id, i % 60 ? QStringLiteral("tls") : QStringLiteral("cleartext"),
            QStringLiteral("TLSv1.3"), QStringLiteral("TLS_AES_256_GCM_SHA384"), t,
            t.addDays(i % 28), QStringLiteral("<m%1@x>").arg(i), QStringLiteral("inbox.mbox")});
    }
    return ws;
}

QList<EndpointResult> bareResults()
{
    QList<EndpointResult> list;
    auto make = [](const QMap<TlsVersion, QStringList> &accepted, ProbeStatus status) {
        EndpointResult r;
        r.status = status;
        for (TlsVersion v : allTlsVersions()) {
            VersionResult vr;
            vr.accepted = accepted.contains(v);
            vr.cipherSuites = accepted.value(v);
            r.versions.insert(v, vr);
        }
        return r;
    };
    const QStringList modern{QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"),
                             QStringLiteral("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"),
                             QStringLiteral("TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256")};
    const QStringList legacy{QStringLiteral("TLS_RSA_WITH_AES_128_CBC_SHA"),
                             QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA")};
    const QStringList tls13{QStringLiteral("TLS_AES_128_GCM_SHA256"),
                            QStringLiteral("TLS_AES_256_GCM_SHA384")};
    list << make({{TlsVersion::Tls12, modern}, {TlsVersion::Tls13, tls13}}, ProbeStatus::Ok)
         << make({{TlsVersion::Tls10, legacy},
                  {TlsVersion::Tls11, legacy},
                  {TlsVersion::Tls12, legacy + modern}},
                 ProbeStatus::Ok)
         << make({}, ProbeStatus::StartTlsNotOffered) << make({}, ProbeStatus::Timeout);
    return list;
}

namespace {

enum class Outcome
{
    Modern,
    Legacy,
    NoTls,
    Timeout,
    Refused
};

Outcome outcomeOf(int index)
{
    const int k = index % 20;
    return k < 13   ? Outcome::Modern
           : k < 16 ? Outcome::Legacy
           : k < 18 ? Outcome::NoTls
           : k < 19 ? Outcome::Timeout
                    : Outcome::Refused;
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out.append(QString::fromLatin1(s));
    return out;
}

// An accepted version: its suites in the server's order and what each one's key exchange was.
VersionResult accepted(const QStringList &suites, bool serverOrder, const QStringList &groups,
                       bool tls13, bool ems)
{
    VersionResult v;
    v.accepted = true;
    v.cipherSuites = suites;
    v.serverPreference = serverOrder;
    v.groups = groups;
    v.group = groups.value(0);
    v.keyExchangeBits = v.group == QLatin1String("x25519") ? 253 : 256;
    for (const QString &s : suites) {
        if (tls13 || s.contains(QLatin1String("ECDHE")))
            v.keyExchange.insert(s, KeyExchangeInfo{v.group, v.keyExchangeBits, {}, {}});
        else if (s.contains(QLatin1String("_DHE_")))
            v.keyExchange.insert(s, KeyExchangeInfo{QString(), ems ? 2048 : 1024, {}, {}});
    }
    if (!tls13) {
        v.secureRenegotiation = true;
        v.extendedMasterSecret = ems;
    }
    return v;
}

VersionResult refused()
{
    VersionResult v;
    v.accepted = false;
    return v;
}

void setVersions(EndpointResult &r, Outcome outcome)
{
    const QStringList tls13Suites =
        names({"TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256", "TLS_AES_128_GCM_SHA256"});
    const QStringList modern12 = names(
        {"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
         "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384"});
    const QStringList cbc =
        names({"TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
               "TLS_DHE_RSA_WITH_AES_256_CBC_SHA", "TLS_DHE_RSA_WITH_AES_128_CBC_SHA",
               "TLS_RSA_WITH_AES_256_CBC_SHA", "TLS_RSA_WITH_AES_128_CBC_SHA",
               "TLS_RSA_WITH_3DES_EDE_CBC_SHA"});
    const QStringList legacy12 =
        modern12 + cbc +
        names({"TLS_RSA_WITH_AES_256_GCM_SHA384", "TLS_RSA_WITH_AES_128_GCM_SHA256",
               "TLS_RSA_WITH_AES_256_CBC_SHA256", "TLS_RSA_WITH_AES_128_CBC_SHA256"});
    const QStringList modernGroups =
        names({"x25519", "secp256r1", "x448", "secp384r1", "secp521r1"});
    const QStringList legacyGroups = names({"secp256r1", "secp384r1", "secp521r1"});
    for (TlsVersion v : allTlsVersions()) {
        VersionResult vr = refused();
        if (outcome == Outcome::Modern && v == TlsVersion::Tls12)
            vr = accepted(modern12, true, modernGroups, false, true);
        else if (outcome == Outcome::Modern && v == TlsVersion::Tls13)
            vr = accepted(tls13Suites, true, modernGroups, true, true);
        else if (outcome == Outcome::Legacy && (v == TlsVersion::Tls10 || v == TlsVersion::Tls11))
            vr = accepted(cbc, false, legacyGroups, false, false);
        else if (outcome == Outcome::Legacy && v == TlsVersion::Tls12)
            vr = accepted(legacy12, false, legacyGroups, false, false);
        else if (outcome == Outcome::Timeout || outcome == Outcome::Refused)
            vr = VersionResult{}; // never asked
        if (v == TlsVersion::Ssl2 && vr.accepted == false)
            vr.note = QStringLiteral("no SERVER-HELLO: the server closed the connection");
        r.versions.insert(v, vr);
    }
}

QString fingerprint(const QString &seed)
{
    const QByteArray hex =
        QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256).toHex().toUpper();
    QString out;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i)
            out += QLatin1Char(':');
        out += QLatin1String(hex.mid(i, 2));
    }
    return out;
}

CertificateInfo certificate(const Host &host, Outcome outcome, int index)
{
    const QDateTime issued(QDate(2026, 9, 1), QTime(4, 12), Qt::UTC);
    CertificateInfo c;
    c.subject = QStringLiteral("CN=") + host.name;
    c.subjectAltNames = {QStringLiteral("DNS:") + host.name,
                         QStringLiteral("DNS:mail.brand%1.example").arg(index % 20)};
    const bool selfSigned = outcome == Outcome::Legacy && index % 2 == 0;
    c.issuer = selfSigned ? c.subject
               : host.zone == Zone::External
                   ? QStringLiteral("CN=R11,O=Let's Encrypt,C=US")
                   : QStringLiteral("CN=Benchmark Co. Issuing CA 2,O=Benchmark Co.,C=DE");
    c.notBefore = selfSigned ? issued.addYears(-6) : issued;
    c.notAfter = selfSigned ? issued.addYears(-1) : issued.addDays(90);
    c.keyType = index % 4 == 0 ? QStringLiteral("EC") : QStringLiteral("RSA");
    c.keyBits = c.keyType == QLatin1String("EC") ? 256 : 2048;
    c.signatureAlgorithm = selfSigned ? QStringLiteral("sha1WithRSAEncryption")
                                      : QStringLiteral("sha256WithRSAEncryption");
    c.sha256Fingerprint = fingerprint(host.name + QString::number(index));
    c.chainLength = selfSigned ? 1 : 2;
    c.selfSigned = selfSigned;
    c.expired = selfSigned;
    c.trusted = !selfSigned;
    if (selfSigned)
        c.trustError = QStringLiteral("self-signed certificate");
    c.nameMatches = true;
    return c;
}

// The main connection's dialogue, as the probe writes it down.
class Dialogue
{
public:
    explicit Dialogue(Transcript *t) : m_t(t) {}
    Dialogue &c(const QString &line)
    {
        m_t->client(line.toUtf8());
        return *this;
    }
    Dialogue &s(const QString &line)
    {
        m_t->server(line.toUtf8());
        return *this;
    }
    Dialogue &s(const QStringList &lines)
    {
        for (const QString &l : lines)
            s(l);
        return *this;
    }
    Dialogue &note(const QString &line)
    {
        m_t->note(line);
        return *this;
    }

private:
    Transcript *m_t;
};

QString handshakeNote(const EndpointResult &r)
{
    if (!r.negotiated)
        return QStringLiteral("TLS handshake failed: sslv3 alert handshake failure (alert 40)");
    return QStringLiteral("TLS handshake: %1 %2 %3, certificate %4 (%5 in chain)")
        .arg(tlsVersionName(r.negotiated->version), r.negotiated->cipher, r.negotiated->group,
             r.certificate->subject, QString::number(r.certificate->chainLength));
}

// Multi-line replies: "250-a", "250-b", "250 c".
QStringList smtpReply(const QStringList &lines)
{
    QStringList out;
    for (qsizetype i = 0; i < lines.size(); ++i)
        out.append((i + 1 < lines.size() ? QStringLiteral("250-") : QStringLiteral("250 ")) +
                   lines.at(i));
    return out;
}

void writeDialogue(EndpointResult &r, const Host &host, Outcome outcome)
{
    Dialogue d(&r.transcript);
    const QString connect =
        QStringLiteral("connect to %1:%2").arg(r.target.host).arg(r.target.port);
    if (outcome == Outcome::Timeout || outcome == Outcome::Refused) {
        d.note(r.error);
        return;
    }
    d.note(connect + QStringLiteral(": connected in 2 ms"));
    const Protocol p = r.target.protocol;
    const bool implicit = protocolInfo(p).tlsMode == TlsMode::Implicit;
    const bool tls = outcome != Outcome::NoTls;
    if (implicit) {
        d.note(handshakeNote(r));
        if (!tls)
            return;
    }
    const QString &name = host.name;
    if (p == Protocol::Smtp || p == Protocol::Submission || p == Protocol::Smtps ||
        p == Protocol::Lmtp) {
        const QString hello =
            p == Protocol::Lmtp ? QStringLiteral("LHLO ") : QStringLiteral("EHLO ");
        QStringList caps = r.cleartext.capabilities;
        d.s(QStringLiteral("220 %1 ESMTP Postfix (Debian/GNU)").arg(name))
            .c(hello + QStringLiteral("mailtls-auditor.invalid"))
            .s(smtpReply(QStringList{name} + caps));
        if (!implicit && tls) {
            d.c(QStringLiteral("STARTTLS"))
                .s(QStringLiteral("220 2.0.0 Ready to start TLS"))
                .note(handshakeNote(r))
                .c(hello + QStringLiteral("mailtls-auditor.invalid"));
            caps.removeAll(QStringLiteral("STARTTLS"));
            if (p != Protocol::Smtp && p != Protocol::Lmtp)
                caps.insert(2, QStringLiteral("AUTH PLAIN LOGIN"));
            d.s(smtpReply(QStringList{name} + caps));
        }
        d.c(QStringLiteral("QUIT")).s(QStringLiteral("221 2.0.0 Bye"));
    } else if (p == Protocol::Imap || p == Protocol::Imaps) {
        const QString caps = r.cleartext.capabilities.join(QLatin1Char(' '));
        d.s(QStringLiteral("* OK [CAPABILITY %1] Dovecot (Debian) ready.").arg(caps))
            .c(QStringLiteral("a1 CAPABILITY"))
            .s(QStringLiteral("* CAPABILITY ") + caps)
            .s(QStringLiteral("a1 OK Pre-login capabilities listed, post-login capabilities have "
                              "more."));
        if (!implicit && tls) {
            d.c(QStringLiteral("a2 STARTTLS"))
                .s(QStringLiteral("a2 OK Begin TLS negotiation now."))
                .note(handshakeNote(r))
                .c(QStringLiteral("a3 CAPABILITY"))
                .s(QStringLiteral("* CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE "
                                  "LITERAL+ AUTH=PLAIN AUTH=LOGIN"))
                .s(QStringLiteral("a3 OK Pre-login capabilities listed, post-login capabilities "
                                  "have more."));
        }
        d.c(QStringLiteral("a4 LOGOUT"))
            .s(QStringLiteral("* BYE Logging out"))
            .s(QStringLiteral("a4 OK Logout completed (0.001 + 0.000 secs)."));
    } else if (p == Protocol::Pop3 || p == Protocol::Pop3s) {
        d.s(QStringLiteral("+OK Dovecot (Debian) ready."))
            .c(QStringLiteral("CAPA"))
            .s(QStringLiteral("+OK"))
            .s(r.cleartext.capabilities)
            .s(QStringLiteral("."));
        if (!implicit && tls) {
            d.c(QStringLiteral("STLS"))
                .s(QStringLiteral("+OK Begin TLS negotiation now."))
                .note(handshakeNote(r));
        }
        d.c(QStringLiteral("QUIT")).s(QStringLiteral("+OK Logging out."));
    } else if (r.http) {
        d.c(QStringLiteral("GET / HTTP/1.1"))
            .c(QStringLiteral("Host: ") + name)
            .c(QStringLiteral("User-Agent: mailtls-auditor"))
            .c(QStringLiteral("Connection: close"))
            .s(QStringLiteral("HTTP/1.1 %1 %2")
                   .arg(r.http->status)
                   .arg(r.http->status == 302 ? QStringLiteral("Found") : QStringLiteral("OK")))
            .s(QStringLiteral("Server: ") + r.http->server)
            .s(QStringLiteral("Date: Sun, 01 Nov 2026 10:00:00 GMT"))
            .s(QStringLiteral("Content-Type: text/html; charset=utf-8"));
        if (!r.http->location.isEmpty())
            d.s(QStringLiteral("Location: ") + r.http->location);
        if (!r.http->hsts.isEmpty())
            d.s(QStringLiteral("Strict-Transport-Security: ") + r.http->hsts);
    }
}

// What the cleartext phase shows (for implicit TLS: the greeting after the handshake).
CleartextInfo cleartextOf(Protocol p, Outcome outcome, const Host &host)
{
    CleartextInfo c;
    const bool legacy = outcome == Outcome::Legacy;
    const bool starttls = outcome != Outcome::NoTls && protocolInfo(p).tlsMode == TlsMode::StartTls;
    if (p == Protocol::Smtp || p == Protocol::Submission || p == Protocol::Smtps ||
        p == Protocol::Lmtp) {
        c.greeting = QStringLiteral("220 %1 ESMTP Postfix (Debian/GNU)").arg(host.name);
        c.capabilities = names({"PIPELINING", "SIZE 52428800", "ETRN"});
        if (legacy || p == Protocol::Smtps)
            c.capabilities.append(QStringLiteral("AUTH PLAIN LOGIN"));
        if (starttls)
            c.capabilities.append(QStringLiteral("STARTTLS"));
        c.capabilities += names({"ENHANCEDSTATUSCODES", "8BITMIME", "DSN", "SMTPUTF8", "CHUNKING"});
        if (legacy || p == Protocol::Smtps)
            c.authMechanisms = names({"PLAIN", "LOGIN"});
        c.software = QStringLiteral("Postfix");
    } else if (p == Protocol::Imap || p == Protocol::Imaps) {
        c.capabilities =
            names({"IMAP4rev1", "SASL-IR", "LOGIN-REFERRALS", "ID", "ENABLE", "IDLE", "LITERAL+"});
        if (starttls)
            c.capabilities.append(QStringLiteral("STARTTLS"));
        if (legacy || p == Protocol::Imaps) {
            c.capabilities += names({"AUTH=PLAIN", "AUTH=LOGIN"});
            c.authMechanisms = names({"PLAIN", "LOGIN"});
            c.plaintextLogin = true;
        } else {
            c.capabilities.append(QStringLiteral("LOGINDISABLED"));
        }
        c.greeting = QStringLiteral("* OK [CAPABILITY %1] Dovecot (Debian) ready.")
                         .arg(c.capabilities.join(QLatin1Char(' ')));
        c.software = QStringLiteral("Dovecot");
    } else if (p == Protocol::Pop3 || p == Protocol::Pop3s) {
        c.greeting = QStringLiteral("+OK Dovecot (Debian) ready.");
        c.capabilities =
            names({"CAPA", "TOP", "UIDL", "RESP-CODES", "PIPELINING", "AUTH-RESP-CODE"});
        if (legacy || p == Protocol::Pop3s) {
            c.capabilities += names({"USER", "SASL PLAIN LOGIN"});
            c.authMechanisms = names({"PLAIN", "LOGIN"});
            c.plaintextLogin = true;
        }
        if (starttls)
            c.capabilities.append(QStringLiteral("STLS"));
        c.software = QStringLiteral("Dovecot");
    }
    c.starttlsOffered = starttls;
    return c;
}

} // namespace

EndpointResult RealisticResults::make(const Workspace &workspace, const Host &host,
                                      const Endpoint &endpoint, int index) const
{
    const Outcome outcome = outcomeOf(index);
    EndpointResult r;
    r.target = workspace.target(host, endpoint);
    const TlsMode mode = protocolInfo(endpoint.protocol).tlsMode;
    const QString where = QStringLiteral("%1:%2").arg(r.target.host).arg(r.target.port);
    setVersions(r, outcome);
    r.connections = 1;
    r.durationMs = 10000;
    if (outcome == Outcome::Timeout) {
        r.status = ProbeStatus::Timeout;
        r.error = QStringLiteral("connect to %1 timed out after 10000 ms").arg(where);
        writeDialogue(r, host, outcome);
        return r;
    }
    if (outcome == Outcome::Refused) {
        r.status = ProbeStatus::Refused;
        r.error = QStringLiteral("connect to %1: connection refused").arg(where);
        r.durationMs = 3;
        writeDialogue(r, host, outcome);
        return r;
    }
    // An implicit TLS port whose handshake fails shows nothing in cleartext.
    if (mode == TlsMode::StartTls || outcome != Outcome::NoTls)
        r.cleartext = cleartextOf(endpoint.protocol, outcome, host);
    if (mode == TlsMode::StartTls) {
        r.starttlsOffered = outcome != Outcome::NoTls;
        if (outcome != Outcome::NoTls)
            r.starttlsSucceeded = true;
    }
    if (outcome == Outcome::NoTls) {
        r.status = mode == TlsMode::StartTls ? ProbeStatus::StartTlsNotOffered
                                             : ProbeStatus::HandshakeFailed;
        if (r.status == ProbeStatus::HandshakeFailed)
            r.error = QStringLiteral("TLS handshake with %1 failed: sslv3 alert handshake failure")
                          .arg(where);
        r.connections = 6;
        r.durationMs = 180;
        writeDialogue(r, host, outcome);
        return r;
    }
    const bool modern = outcome == Outcome::Modern;
    HandshakeResult hs;
    hs.version = modern ? TlsVersion::Tls13 : TlsVersion::Tls12;
    hs.cipher = modern ? QStringLiteral("TLS_AES_256_GCM_SHA384")
                       : QStringLiteral("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384");
    hs.cipherOpenSsl = modern ? QStringLiteral("TLS_AES_256_GCM_SHA384")
                              : QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384");
    hs.group = modern ? QStringLiteral("x25519") : QStringLiteral("secp256r1");
    hs.keyExchangeBits = modern ? 253 : 256;
    if (!modern) {
        hs.secureRenegotiation = true;
        hs.extendedMasterSecret = false;
    }
    r.negotiated = hs;
    r.certificate = certificate(host, outcome, index);
    if (endpoint.protocol == Protocol::Https) {
        HttpInfo h;
        h.status = modern ? 302 : 200;
        h.location = modern ? QStringLiteral("https://%1/mail/").arg(host.name) : QString();
        h.hsts = modern ? QStringLiteral("max-age=31536000; includeSubDomains") : QString();
        h.server = modern ? QStringLiteral("nginx") : QStringLiteral("Apache/2.4.38 (Debian)");
        r.http = h;
    }
    r.connections = modern ? 19 : 47;
    r.durationMs = modern ? 850 + index % 400 : 2400 + index % 900;
    writeDialogue(r, host, outcome);
    return r;
}

long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

long currentRssMb()
{
    // statm: total and resident size, in pages.
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLong() * ::sysconf(_SC_PAGESIZE) / (1024 * 1024) : -1;
}

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

} // namespace mailtls::bench
