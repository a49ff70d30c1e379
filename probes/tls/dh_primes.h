#pragma once

// The catalog of well-known Diffie-Hellman primes: those of RFC 2409 (Oakley
// groups 1 and 2), RFC 3526 (MODP groups 5, 14 to 18), RFC 5114 and RFC 7919
// (taken from OpenSSL's own copies, so none is transcribed by hand), and the
// built-in defaults of mail and web servers (resources/data/dh-primes.json).
// A server that uses one shares its prime with many others: at 1024 bits and
// below, a precomputation against that one prime breaks them all (Logjam,
// Adrian et al. 2015); at 2048 bits and more a shared prime is safe.

#include <QByteArrayView>
#include <QString>

namespace mailtls {

// The catalog's name for a prime (big-endian, leading zeros ignored), e.g.
// "RFC 3526 group 14 (2048-bit MODP)"; empty when it is not in the catalog.
QString wellKnownDhPrime(QByteArrayView prime);
// The first 16 hex digits of the prime's SHA-256 (leading zeros stripped
// first): tells primes apart in the results. Empty for an empty prime.
QString dhPrimeDigest(QByteArrayView prime);

struct KnownDhPrime
{
    QString name;
    QString source; // where it comes from: the RFC, or the software and its versions
    int bits = 0;
};
// Every entry of the catalog, RFC groups first.
QList<KnownDhPrime> knownDhPrimes();

} // namespace mailtls
