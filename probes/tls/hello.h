#pragma once

// Our own ClientHello and ServerHello code, for what OpenSSL 3 cannot send:
// SSL 2.0 (the SSLv2 CLIENT-HELLO of the 1995 draft) and SSL 3.0 (RFC 6101).
// Builders return bytes; parsers take bytes and never trust a length field.

#include <QByteArray>
#include <QList>

#include <optional>

namespace mailtls {

// SSL 2.0 cipher specs (3 bytes each): every one the spec defines.
QList<quint32> ssl2CipherSpecs();
// Cipher suites an SSL 3.0 server could pick: the SSL 3.0 / TLS 1.0-era registry ranges.
QList<quint16> ssl3CipherSuites();

QByteArray buildSsl2ClientHello(const QList<quint32> &specs, const QByteArray &challenge);
// An SSL 3.0 ClientHello record (client_version and record version 0x0300).
QByteArray buildSsl3ClientHello(const QList<quint16> &suites, const QByteArray &random32);

struct ServerResponse
{
    enum class Kind {
        ServerHello,     // SSL 3.0 / TLS ServerHello
        Ssl2ServerHello, // SSL 2.0 SERVER-HELLO
        Alert,           // a TLS alert record
        NotTls,          // bytes that are no TLS or SSL record
    };
    Kind kind = Kind::NotTls;
    quint16 version = 0;        // ServerHello server_version, or 0x0002 for SSL 2.0
    quint16 cipherSuite = 0;    // ServerHello's chosen suite
    QList<quint32> ssl2Specs;   // SERVER-HELLO's cipher specs
    int alertLevel = 0;
    int alertDescription = 0;
};

// Parses the first thing a server sent back. nullopt with *needMore set: give
// it more bytes (at most *needMore); nullopt without: malformed (see error).
std::optional<ServerResponse> parseServerResponse(QByteArrayView bytes, qsizetype *needMore,
                                                  QString *error);

} // namespace mailtls

namespace mailtls {

// Name of an SSL 2.0 cipher spec, e.g. "SSL_CK_RC4_128_WITH_MD5".
QString ssl2CipherSpecName(quint32 spec);

} // namespace mailtls
