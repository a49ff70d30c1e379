#include "probes/tls/hello.h"

#include <QCoreApplication>

#include "probes/tls/cipher_registry.h"

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::TlsHello)
};

constexpr qsizetype kMaxRecord = 16384 + 2048; // RFC 5246 6.2.3
constexpr qsizetype kMaxFlight = 64 * 1024;    // ServerHello to ServerHelloDone, certificates included
constexpr qsizetype kMaxWarnings = 16;         // warning alerts before the ServerHello

void put8(QByteArray &out, quint32 v) { out.append(static_cast<char>(v & 0xff)); }

void put16(QByteArray &out, quint32 v)
{
    out.append(static_cast<char>((v >> 8) & 0xff));
    out.append(static_cast<char>(v & 0xff));
}

void put24(QByteArray &out, quint32 v)
{
    out.append(static_cast<char>((v >> 16) & 0xff));
    put16(out, v);
}

quint32 get16(QByteArrayView b, qsizetype at)
{
    return (quint32(quint8(b[at])) << 8) | quint8(b[at + 1]);
}

quint32 get24(QByteArrayView b, qsizetype at)
{
    return (quint32(quint8(b[at])) << 16) | get16(b, at + 1);
}

void putExtension(QByteArray &out, quint16 type, const QByteArray &data)
{
    put16(out, type);
    put16(out, static_cast<quint32>(data.size()));
    out.append(data);
}

// Wraps a ClientHello body in its handshake header and one record.
QByteArray helloRecord(const QByteArray &hello, quint16 recordVersion)
{
    QByteArray handshake;
    handshake.append('\x01'); // ClientHello
    put24(handshake, static_cast<quint32>(hello.size()));
    handshake.append(hello);
    QByteArray record;
    record.append('\x16'); // handshake
    put16(record, recordVersion);
    put16(record, static_cast<quint32>(handshake.size()));
    return record + handshake;
}

std::optional<ServerResponse> parseSsl2(QByteArrayView b, qsizetype *needMore, QString *error)
{
    // 2-byte header: high bit set, 15-bit length.
    const qsizetype length = ((quint8(b[0]) & 0x7f) << 8) | quint8(b[1]);
    if (b.size() < 2 + length) {
        *needMore = 2 + length - b.size();
        return std::nullopt;
    }
    const QByteArrayView msg = b.sliced(2, length);
    // SERVER-HELLO: type 4, session-id-hit, cert type, version(2), cert len(2),
    // cipher specs len(2), connection id len(2), then the three fields.
    if (msg.size() < 11 || quint8(msg[0]) != 4) {
        *error = Tr::tr("not an SSL 2.0 SERVER-HELLO");
        return std::nullopt;
    }
    ServerResponse r;
    r.kind = ServerResponse::Kind::Ssl2ServerHello;
    r.version = static_cast<quint16>(get16(msg, 3));
    const qsizetype certLength = get16(msg, 5);
    const qsizetype specsLength = get16(msg, 7);
    const qsizetype idLength = get16(msg, 9);
    if (11 + certLength + specsLength + idLength > msg.size() || specsLength % 3 != 0) {
        *error = Tr::tr("SSL 2.0 SERVER-HELLO lengths exceed the message");
        return std::nullopt;
    }
    for (qsizetype at = 11 + certLength; at < 11 + certLength + specsLength; at += 3)
        r.ssl2Specs.append(get24(msg, at));
    return r;
}

// The ServerHello body (after its 4-byte header): version, random, session id,
// suite, compression, then extensions if any are left.
bool parseServerHello(QByteArrayView body, ServerResponse *r, QString *error)
{
    if (body.size() < 2 + 32 + 1) {
        *error = Tr::tr("ServerHello too short");
        return false;
    }
    const qsizetype sessionIdLength = quint8(body[34]);
    qsizetype at = 35 + sessionIdLength;
    if (sessionIdLength > 32 || at + 3 > body.size()) {
        *error = Tr::tr("ServerHello fields exceed its length");
        return false;
    }
    r->kind = ServerResponse::Kind::ServerHello;
    r->version = static_cast<quint16>(get16(body, 0));
    // SHA-256 of "HelloRetryRequest" in place of the random (RFC 8446 4.1.3).
    static const QByteArray hrr = QByteArray::fromHex(
        "cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c");
    r->helloRetryRequest = body.sliced(2, 32) == QByteArrayView(hrr);
    r->cipherSuite = static_cast<quint16>(get16(body, at));
    r->compressionMethod = quint8(body[at + 2]);
    at += 3; // suite and compression method
    if (at == body.size())
        return true; // no extensions (SSL 3.0, or a server that sends none)
    if (at + 2 > body.size() || at + 2 + qsizetype(get16(body, at)) != body.size()) {
        *error = Tr::tr("ServerHello extensions do not fill its length");
        return false;
    }
    at += 2;
    while (at < body.size()) {
        if (at + 4 > body.size() || at + 4 + qsizetype(get16(body, at + 2)) > body.size()) {
            *error = Tr::tr("a ServerHello extension exceeds its length");
            return false;
        }
        const auto type = static_cast<quint16>(get16(body, at));
        const qsizetype length = get16(body, at + 2);
        r->extensions.append(type);
        if (type == 0xff01)
            r->secureRenegotiation = true;
        else if (type == 0x0017)
            r->extendedMasterSecret = true;
        else if (type == 0x002b && length == 2) // supported_versions: the real version (TLS 1.3)
            r->version = static_cast<quint16>(get16(body, at + 4));
        else if (type == 0x0033 && length >= 2) // key_share: the group (HelloRetryRequest: only that)
            r->namedGroup = static_cast<quint16>(get16(body, at + 4));
        at += 4 + length;
    }
    return true;
}

// ServerKeyExchange (RFC 5246 7.4.3, RFC 8422 5.4): the parameters that say how
// strong the ephemeral key is. Unknown layouts leave both fields zero.
void parseServerKeyExchange(QByteArrayView body, ServerResponse *r)
{
    switch (keyExchangeKind(r->cipherSuite)) {
    case KeyExchangeKind::Ecdhe:
        if (body.size() >= 3 && quint8(body[0]) == 3) // named_curve
            r->namedGroup = static_cast<quint16>(get16(body, 1));
        break;
    case KeyExchangeKind::Dhe: {
        if (body.size() < 2)
            break;
        qsizetype length = get16(body, 0);
        if (2 + length > body.size())
            break;
        QByteArrayView p = body.sliced(2, length);
        while (!p.isEmpty() && p[0] == '\0')
            p = p.sliced(1);
        if (p.isEmpty())
            break;
        int top = 0;
        for (quint8 c = quint8(p[0]); c; c >>= 1)
            ++top;
        r->dhBits = static_cast<int>((p.size() - 1) * 8) + top;
        if (p.size() <= 1024)
            r->dhPrime = p.toByteArray();
        break;
    }
    case KeyExchangeKind::None:
        break;
    }
}

} // namespace

QList<quint32> ssl2CipherSpecs()
{
    return {0x010080, 0x020080, 0x030080, 0x040080, 0x050080, 0x060040, 0x0700C0, 0x080080};
}

QList<quint16> ssl3CipherSuites()
{
    QList<quint16> out;
    for (quint16 s = 0x0001; s <= 0x00FF; ++s)
        out.append(s);
    for (quint16 s = 0xC001; s <= 0xC03A; ++s)
        out.append(s);
    return out;
}

QByteArray buildSsl2ClientHello(const QList<quint32> &specs, const QByteArray &challenge)
{
    QByteArray body;
    body.append('\x01');   // CLIENT-HELLO
    put16(body, 0x0002);   // version
    put16(body, static_cast<quint32>(specs.size() * 3));
    put16(body, 0);        // session id length
    put16(body, static_cast<quint32>(challenge.size()));
    for (quint32 spec : specs)
        put24(body, spec);
    body.append(challenge);
    QByteArray record;
    put16(record, 0x8000 | static_cast<quint32>(body.size()));
    return record + body;
}

QByteArray buildSsl3ClientHello(const QList<quint16> &suites, const QByteArray &random32)
{
    QByteArray hello;
    put16(hello, 0x0300);               // client_version
    hello.append(random32.leftJustified(32, '\0', true));
    hello.append('\0');                 // session id
    put16(hello, static_cast<quint32>(suites.size() * 2));
    for (quint16 s : suites)
        put16(hello, s);
    hello.append('\x01');               // one compression method
    hello.append('\0');                 // null
    return helloRecord(hello, 0x0300);
}

QList<quint16> helloNamedGroups()
{
    // x25519 and the NIST curves first: a server that takes the first group it
    // knows picks a common one; then every other curve. No RFC 7919 groups:
    // mail clients (OpenSSL's, GnuTLS's in TLS 1.2) rarely send them, and a
    // server that sees them may swap its own DH prime for ffdhe2048, hiding
    // the prime every other client gets.
    QList<quint16> out{0x001d, 0x0017, 0x0018, 0x0019, 0x001e};
    for (quint16 g = 0x0001; g <= 0x001c; ++g) {
        if (!out.contains(g))
            out.append(g);
    }
    return out;
}

QByteArray buildTlsClientHello(const TlsHelloSpec &spec)
{
    const bool tls13 = spec.version >= 0x0304;
    const QByteArray random = spec.random.leftJustified(32, '\0', true);
    QByteArray hello;
    put16(hello, tls13 ? 0x0303 : spec.version); // TLS 1.3 says legacy_version 1.2
    hello.append(random);
    if (tls13) {
        hello.append('\x20'); // a session id, as middlebox-compatible clients send (RFC 8446 D.4)
        hello.append(random);
    } else {
        hello.append('\0'); // no session id
    }
    put16(hello, static_cast<quint32>(spec.suites.size() * 2));
    for (quint16 s : spec.suites)
        put16(hello, s);
    put8(hello, static_cast<quint32>(spec.compressionMethods.size() + 1)); // null last, always
    for (quint8 method : spec.compressionMethods)
        put8(hello, method);
    hello.append('\0');

    QByteArray ext;
    if (!spec.serverName.isEmpty()) {
        const QByteArray host = spec.serverName.toUtf8().left(255);
        QByteArray list;
        put8(list, 0); // host_name
        put16(list, static_cast<quint32>(host.size()));
        list.append(host);
        QByteArray data;
        put16(data, static_cast<quint32>(list.size()));
        putExtension(ext, 0x0000, data + list);
    }
    const QList<quint16> groups =
        spec.groups.isEmpty() ? (tls13 ? helloNamedGroupsTls13() : helloNamedGroups()) : spec.groups;
    QByteArray groupData;
    put16(groupData, static_cast<quint32>(groups.size() * 2));
    for (quint16 g : groups)
        put16(groupData, g);
    putExtension(ext, 0x000a, groupData);
    if (!tls13)
        putExtension(ext, 0x000b, QByteArray("\x03\x00\x01\x02", 4)); // uncompressed, ansiX962 both
    if (spec.version >= 0x0303) {
        // Every TLS 1.2 signature scheme, SHA-1 and SHA-224 included, so an old
        // server's certificate never makes it refuse a suite it would take.
        static const quint16 schemes[] = {0x0403, 0x0503, 0x0603, 0x0807, 0x0808, 0x0804, 0x0805,
                                          0x0806, 0x0809, 0x080a, 0x080b, 0x0401, 0x0501, 0x0601,
                                          0x0303, 0x0301, 0x0302, 0x0203, 0x0201, 0x0202, 0x0402,
                                          0x0502, 0x0602};
        QByteArray data;
        put16(data, sizeof schemes);
        for (quint16 s : schemes)
            put16(data, s);
        putExtension(ext, 0x000d, data);
    }
    if (tls13) {
        putExtension(ext, 0x002b, QByteArray("\x02\x03\x04", 3)); // supported_versions: TLS 1.3 only
        // key_share with no share at all: the server must answer with a
        // HelloRetryRequest naming its group and suite, before any key is made
        // on either side (RFC 8446 4.1.4, 4.2.8).
        putExtension(ext, 0x0033, QByteArray(2, '\0'));
        putExtension(ext, 0x002d, QByteArray("\x01\x01", 2)); // psk_key_exchange_modes: psk_dhe_ke
    } else {
        putExtension(ext, 0xff01, QByteArray(1, '\0')); // renegotiation_info, initial handshake
        putExtension(ext, 0x0017, {});                  // extended_master_secret
    }
    for (const auto &[type, data] : spec.extraExtensions)
        putExtension(ext, type, data);
    // The ClientHello handshake message (header 4 + body + extensions length
    // 2), without the record header: servers behind F5-era middleboxes hang
    // on one of 256 to 511 bytes (RFC 7685), so pad it to 512.
    const qsizetype size = 4 + hello.size() + 2 + ext.size();
    if (size >= 256 && size < 512) {
        const qsizetype pad = std::max<qsizetype>(0, 512 - size - 4); // the extension's own header: 4
        putExtension(ext, 0x0015, QByteArray(pad, '\0'));
    }
    put16(hello, static_cast<quint32>(ext.size()));
    hello.append(ext);
    return helloRecord(hello, 0x0301);
}

QList<quint16> helloNamedGroupsTls13()
{
    // What TLS 1.3 allows: the NIST curves, X25519/X448, the brainpool curves
    // of RFC 8734, the RFC 7919 groups, and the ML-KEM hybrids and pure ML-KEM
    // groups of recent servers. Only named, never a key share.
    return {0x001d, 0x0017, 0x0018, 0x0019, 0x001e, 0x11ec, 0x11eb, 0x11ed, 0x6399, 0x0200,
            0x0201, 0x0202, 0x001f, 0x0020, 0x0021, 0x0100, 0x0101, 0x0102, 0x0103, 0x0104};
}

QString namedGroupName(quint16 group)
{
    static const char *const ec[] = {
        nullptr, "sect163k1", "sect163r1", "sect163r2", "sect193r1", "sect193r2", "sect233k1",
        "sect233r1", "sect239k1", "sect283k1", "sect283r1", "sect409k1", "sect409r1", "sect571k1",
        "sect571r1", "secp160k1", "secp160r1", "secp160r2", "secp192k1", "secp192r1", "secp224k1",
        "secp224r1", "secp256k1", "secp256r1", "secp384r1", "secp521r1", "brainpoolP256r1",
        "brainpoolP384r1", "brainpoolP512r1", "x25519", "x448"};
    if (group >= 1 && group < std::size(ec))
        return QString::fromLatin1(ec[group]);
    switch (group) {
    case 0x001f: return QStringLiteral("brainpoolP256r1tls13");
    case 0x0020: return QStringLiteral("brainpoolP384r1tls13");
    case 0x0021: return QStringLiteral("brainpoolP512r1tls13");
    case 0x0200: return QStringLiteral("MLKEM512");
    case 0x0201: return QStringLiteral("MLKEM768");
    case 0x0202: return QStringLiteral("MLKEM1024");
    case 0x11eb: return QStringLiteral("SecP256r1MLKEM768");
    case 0x11ec: return QStringLiteral("X25519MLKEM768");
    case 0x11ed: return QStringLiteral("SecP384r1MLKEM1024");
    case 0x6399: return QStringLiteral("X25519Kyber768Draft00");
    default: break;
    }
    if (group >= 0x0100 && group <= 0x0104) {
        static const char *const ff[] = {"ffdhe2048", "ffdhe3072", "ffdhe4096", "ffdhe6144", "ffdhe8192"};
        return QString::fromLatin1(ff[group - 0x0100]);
    }
    return QStringLiteral("0x%1").arg(QString::number(group, 16).rightJustified(4, QLatin1Char('0')));
}

int namedGroupBits(quint16 group)
{
    if (group == 0x001d)
        return 253; // as OpenSSL counts X25519
    if (group == 0x001e)
        return 448;
    if (group >= 0x0200 || (group >= 0x11eb && group <= 0x11ed) || group == 0x6399)
        return 0; // post-quantum hybrids: no single comparable size
    const QString name = namedGroupName(group);
    if (name.startsWith(QLatin1StringView("0x")))
        return 0;
    // The digits in the name: sect163k1 -> 163, brainpoolP256r1 -> 256, ffdhe2048 -> 2048.
    qsizetype at = 0;
    while (at < name.size() && !name.at(at).isDigit())
        ++at;
    qsizetype end = at;
    while (end < name.size() && name.at(end).isDigit())
        ++end;
    return QStringView(name).mid(at, end - at).toInt();
}

KeyExchangeKind keyExchangeKind(quint16 suite)
{
    const CipherSuiteEntry *e = cipherSuiteByCode(suite);
    if (!e)
        return KeyExchangeKind::None;
    // Anonymous (EC)DH is ephemeral too; the PSK variants put an identity hint
    // first, and their layout is not parsed.
    if (e->keyExchange == QLatin1StringView("ECDHE"))
        return KeyExchangeKind::Ecdhe;
    if (e->keyExchange == QLatin1StringView("DHE"))
        return KeyExchangeKind::Dhe;
    return KeyExchangeKind::None;
}

ServerResponseReader::ServerResponseReader(bool wholeFlight, bool throughHelloDone)
    : m_wholeFlight(wholeFlight || throughHelloDone), m_throughHelloDone(throughHelloDone)
{
}

ServerResponseReader::State ServerResponseReader::malformed(const QString &error)
{
    m_error = error;
    m_state = State::Malformed;
    return m_state;
}

ServerResponseReader::State ServerResponseReader::done(const ServerResponse &response)
{
    m_response = response;
    m_state = State::Done;
    return m_state;
}

ServerResponseReader::State ServerResponseReader::feed(QByteArrayView bytes)
{
    if (m_state != State::NeedMore)
        return m_state;
    // What is left of the last feed is one record at most (the consumed part
    // is dropped here, once per feed), so every byte is looked at once.
    if (m_consumed > 0) {
        m_pending.remove(0, m_consumed);
        m_consumed = 0;
    }
    m_pending.append(bytes.data(), bytes.size());
    m_need = 0;
    const QByteArrayView b(m_pending);
    if (m_first && b.size() >= 2 && (quint8(b[0]) & 0x80)) {
        // SSL 2.0: a single message behind a 2-byte header, read whole.
        if (b.size() < 3) {
            m_need = 1;
            return m_state;
        }
        if (quint8(b[2]) == 4) {
            if (auto r = parseSsl2(b, &m_need, &m_error))
                return done(*r);
            return m_need > 0 ? m_state : malformed(m_error);
        }
    }
    for (;;) {
        const QByteArrayView rest = b.sliced(m_consumed);
        if (rest.size() < 5) {
            m_need = 5 - rest.size();
            return m_state;
        }
        const int type = quint8(rest[0]);
        const quint32 recordVersion = get16(rest, 1);
        const qsizetype length = get16(rest, 3);
        if ((recordVersion >> 8) != 0x03 || length > kMaxRecord || length == 0 ||
            (type != 0x15 && type != 0x16 && (m_first || (type != 0x14 && type != 0x17)))) {
            if (m_first)
                return malformed(Tr::tr("not an SSL/TLS record"));
            return endOfFlight(); // something else after the ServerHello: the flight ends here
        }
        if (rest.size() < 5 + length) {
            m_need = 5 + length - rest.size();
            return m_state;
        }
        m_first = false;
        m_consumed += 5 + length;
        if (const State s = record(type, rest.sliced(5, length)); s != State::NeedMore)
            return s;
    }
}

ServerResponseReader::State ServerResponseReader::endOfFlight()
{
    if (!m_hello)
        return malformed(Tr::tr("the ServerHello is cut short by another record"));
    return done(*m_hello);
}

ServerResponseReader::State ServerResponseReader::record(int type, QByteArrayView body)
{
    if (type == 0x15) {
        if (m_hello)
            return done(*m_hello); // an alert after the ServerHello ends the flight
        if (body.size() % 2 != 0)
            return malformed(Tr::tr("short alert"));
        // A record may hold several alerts. A warning (level 1) refuses
        // nothing: servers send unrecognized_name for a name they do not
        // know and go on with their ServerHello, so read on past it.
        for (qsizetype i = 0; i < body.size(); i += 2) {
            const int level = quint8(body[i]);
            const int description = quint8(body[i + 1]);
            if (level == 1 && description != 0) {
                if (m_warnings.size() >= kMaxWarnings)
                    return malformed(Tr::tr("more than %1 warning alerts before the ServerHello").arg(kMaxWarnings));
                m_warnings.append(description);
                continue;
            }
            ServerResponse r;
            r.kind = ServerResponse::Kind::Alert;
            r.alertLevel = level;
            r.alertDescription = description;
            r.warningAlerts = m_warnings;
            return done(r);
        }
        return State::NeedMore;
    }
    if (type != 0x16)
        return endOfFlight(); // ChangeCipherSpec or data: no more handshake in clear
    m_handshake.append(body.data(), body.size());
    if (m_handshake.size() > kMaxFlight)
        return malformed(Tr::tr("the server's first flight exceeds 64 KiB"));
    // Every complete handshake message so far.
    while (m_handshake.size() >= m_message + 4) {
        const int msgType = quint8(m_handshake[m_message]);
        const qsizetype msgLength = get24(m_handshake, m_message + 1);
        if (msgLength > kMaxFlight)
            return malformed(Tr::tr("a handshake message exceeds 64 KiB"));
        if (m_handshake.size() < m_message + 4 + msgLength)
            break;
        const QByteArrayView msg = QByteArrayView(m_handshake).sliced(m_message + 4, msgLength);
        m_message += 4 + msgLength;
        if (!m_hello) {
            if (msgType != 2)
                return malformed(Tr::tr("the first handshake message is not a ServerHello"));
            ServerResponse r;
            if (!parseServerHello(msg, &r, &m_error))
                return malformed(m_error);
            r.warningAlerts = m_warnings;
            if (!m_wholeFlight || r.version > 0x0303)
                return done(r); // TLS 1.3 encrypts the rest
            m_hello = r;
            continue;
        }
        if (msgType == 12) { // ServerKeyExchange
            parseServerKeyExchange(msg, &*m_hello);
            m_hello->flightComplete = true;
            if (!m_throughHelloDone)
                return done(*m_hello);
            continue;
        }
        if (msgType == 14) { // ServerHelloDone: no ServerKeyExchange in this flight
            m_hello->flightComplete = true;
            m_hello->helloDone = true;
            return done(*m_hello);
        }
        if (msgType == 11 && m_throughHelloDone && m_hello->leafCertificate.isEmpty() && msg.size() >= 6) {
            // Certificate: a 3-byte list length, then 3-byte length and DER per certificate.
            const qsizetype leafLength = get24(msg, 3);
            if (6 + leafLength <= msg.size())
                m_hello->leafCertificate = msg.sliced(6, leafLength).toByteArray();
        }
        if (msgType == 13 && m_throughHelloDone)
            m_hello->certificateRequested = true;
        // Certificate, CertificateStatus, CertificateRequest: read on.
    }
    return State::NeedMore;
}

std::optional<ServerResponse> parseServerResponse(QByteArrayView b, qsizetype *needMore,
                                                  QString *error, bool wholeFlight)
{
    ServerResponseReader reader(wholeFlight);
    *needMore = 0;
    switch (reader.feed(b)) {
    case ServerResponseReader::State::Done:
        return reader.response();
    case ServerResponseReader::State::Malformed:
        *error = reader.error();
        return std::nullopt;
    case ServerResponseReader::State::NeedMore:
        *needMore = reader.needMore();
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace mailtls
