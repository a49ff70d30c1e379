#pragma once

// The IANA TLS cipher suite registry (resources/data/tls-cipher-suites.csv),
// so every suite is reported by its IANA name, including those OpenSSL 3 no
// longer knows (export, RC4, IDEA, SEED, KRB5, ...).

#include <QString>

#include <optional>

namespace mailtls {

struct CipherSuiteEntry
{
    quint16 code = 0;
    QString name;      // IANA description, e.g. "TLS_RSA_WITH_RC4_128_MD5"
    QString reference; // defining RFC
};

const QList<CipherSuiteEntry> &cipherSuiteRegistry();
// The IANA name; "0xHHHH" for a code point the registry does not assign.
QString cipherSuiteName(quint16 code);
std::optional<quint16> cipherSuiteCode(QStringView name);

} // namespace mailtls
