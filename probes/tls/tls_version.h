#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace mailtls {

// Every protocol version the engine decides, oldest first.
enum class TlsVersion { Ssl2, Ssl3, Tls10, Tls11, Tls12, Tls13 };

QList<TlsVersion> allTlsVersions();
QString tlsVersionName(TlsVersion version); // "SSLv2", "SSLv3", "TLSv1.0", ... "TLSv1.3"
std::optional<TlsVersion> tlsVersionFromName(QStringView name);
// The version on the wire: 0x0002 SSL 2.0, 0x0300 SSL 3.0 ... 0x0304 TLS 1.3.
quint16 tlsWireVersion(TlsVersion version);

} // namespace mailtls
