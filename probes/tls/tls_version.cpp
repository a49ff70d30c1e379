#include "probes/tls/tls_version.h"

namespace mailtls {

QList<TlsVersion> allTlsVersions()
{
    return {TlsVersion::Ssl2, TlsVersion::Ssl3, TlsVersion::Tls10,
            TlsVersion::Tls11, TlsVersion::Tls12, TlsVersion::Tls13};
}

quint16 tlsWireVersion(TlsVersion version)
{
    switch (version) {
    case TlsVersion::Ssl2: return 0x0002;
    case TlsVersion::Ssl3: return 0x0300;
    case TlsVersion::Tls10: return 0x0301;
    case TlsVersion::Tls11: return 0x0302;
    case TlsVersion::Tls12: return 0x0303;
    case TlsVersion::Tls13: return 0x0304;
    }
    return 0x0304;
}

QString tlsVersionName(TlsVersion version)
{
    switch (version) {
    case TlsVersion::Ssl2: return QStringLiteral("SSLv2");
    case TlsVersion::Ssl3: return QStringLiteral("SSLv3");
    case TlsVersion::Tls10: return QStringLiteral("TLSv1.0");
    case TlsVersion::Tls11: return QStringLiteral("TLSv1.1");
    case TlsVersion::Tls12: return QStringLiteral("TLSv1.2");
    case TlsVersion::Tls13: return QStringLiteral("TLSv1.3");
    }
    Q_UNREACHABLE();
}

std::optional<TlsVersion> tlsVersionFromName(QStringView name)
{
    for (TlsVersion v : allTlsVersions()) {
        if (name == tlsVersionName(v))
            return v;
    }
    return std::nullopt;
}

} // namespace mailtls
