#include "probes/tls/hello.h"

#include <QString>

namespace mailtls {

namespace {

constexpr qsizetype kMaxRecord = 16384 + 2048; // RFC 5246 6.2.3

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
        *error = QStringLiteral("not an SSL 2.0 SERVER-HELLO");
        return std::nullopt;
    }
    ServerResponse r;
    r.kind = ServerResponse::Kind::Ssl2ServerHello;
    r.version = static_cast<quint16>(get16(msg, 3));
    const qsizetype certLength = get16(msg, 5);
    const qsizetype specsLength = get16(msg, 7);
    const qsizetype idLength = get16(msg, 9);
    if (11 + certLength + specsLength + idLength > msg.size() || specsLength % 3 != 0) {
        *error = QStringLiteral("SSL 2.0 SERVER-HELLO lengths exceed the message");
        return std::nullopt;
    }
    for (qsizetype at = 11 + certLength; at < 11 + certLength + specsLength; at += 3)
        r.ssl2Specs.append(get24(msg, at));
    return r;
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
    QByteArray handshake;
    handshake.append('\x01');           // ClientHello
    put24(handshake, static_cast<quint32>(hello.size()));
    handshake.append(hello);
    QByteArray record;
    record.append('\x16');              // handshake
    put16(record, 0x0300);
    put16(record, static_cast<quint32>(handshake.size()));
    return record + handshake;
}

std::optional<ServerResponse> parseServerResponse(QByteArrayView b, qsizetype *needMore,
                                                  QString *error)
{
    *needMore = 0;
    if (b.size() < 2) {
        *needMore = 2 - b.size();
        return std::nullopt;
    }
    if ((quint8(b[0]) & 0x80) && b.size() >= 3 && quint8(b[2]) == 4)
        return parseSsl2(b, needMore, error);
    if (b.size() < 5) {
        *needMore = 5 - b.size();
        return std::nullopt;
    }
    const int type = quint8(b[0]);
    const quint32 recordVersion = get16(b, 1);
    const qsizetype length = get16(b, 3);
    if ((type != 0x15 && type != 0x16) || (recordVersion >> 8) != 0x03 || length > kMaxRecord ||
        length == 0) {
        *error = QStringLiteral("not an SSL/TLS record");
        return std::nullopt;
    }
    if (b.size() < 5 + length) {
        *needMore = 5 + length - b.size();
        return std::nullopt;
    }
    const QByteArrayView body = b.sliced(5, length);
    ServerResponse r;
    if (type == 0x15) {
        if (body.size() < 2) {
            *error = QStringLiteral("short alert");
            return std::nullopt;
        }
        r.kind = ServerResponse::Kind::Alert;
        r.alertLevel = quint8(body[0]);
        r.alertDescription = quint8(body[1]);
        return r;
    }
    // ServerHello: type 2, length 3, version 2, random 32, session id, suite 2.
    if (body.size() < 4 || quint8(body[0]) != 2) {
        *error = QStringLiteral("the first handshake message is not a ServerHello");
        return std::nullopt;
    }
    const qsizetype helloLength = get24(body, 1);
    if (helloLength < 38 || 4 + 35 > body.size()) {
        *error = QStringLiteral("ServerHello too short");
        return std::nullopt;
    }
    const qsizetype sessionIdLength = quint8(body[4 + 34]);
    if (sessionIdLength > 32 || 4 + 35 + sessionIdLength + 2 > body.size() ||
        35 + sessionIdLength + 2 > helloLength) {
        *error = QStringLiteral("ServerHello fields exceed its length");
        return std::nullopt;
    }
    r.kind = ServerResponse::Kind::ServerHello;
    r.version = static_cast<quint16>(get16(body, 4));
    r.cipherSuite = static_cast<quint16>(get16(body, 4 + 35 + sessionIdLength));
    return r;
}

} // namespace mailtls

namespace mailtls {

QString ssl2CipherSpecName(quint32 spec)
{
    switch (spec) {
    case 0x010080: return QStringLiteral("SSL_CK_RC4_128_WITH_MD5");
    case 0x020080: return QStringLiteral("SSL_CK_RC4_128_EXPORT40_WITH_MD5");
    case 0x030080: return QStringLiteral("SSL_CK_RC2_128_CBC_WITH_MD5");
    case 0x040080: return QStringLiteral("SSL_CK_RC2_128_CBC_EXPORT40_WITH_MD5");
    case 0x050080: return QStringLiteral("SSL_CK_IDEA_128_CBC_WITH_MD5");
    case 0x060040: return QStringLiteral("SSL_CK_DES_64_CBC_WITH_MD5");
    case 0x0700C0: return QStringLiteral("SSL_CK_DES_192_EDE3_CBC_WITH_MD5");
    case 0x080080: return QStringLiteral("SSL_CK_RC4_64_WITH_MD5");
    default: return QStringLiteral("0x%1").arg(spec, 6, 16, QLatin1Char('0'));
    }
}

} // namespace mailtls
