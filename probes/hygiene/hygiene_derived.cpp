// The hygiene checks that follow from what steps 2 to 5 found, with no
// connection of their own: insecure_renegotiation (RFC 5746 in each
// version's ServerHello), dh (the DHE primes the key exchanges showed,
// against the catalog of well-known primes), sweet32 (suites with a 64-bit
// block cipher) and poodle_ssl3 (SSL 3.0 with a CBC suite).

#include "probes/hygiene/hygiene_checks.h"

#include "probes/tls/cipher_registry.h"

#include <QCoreApplication>

namespace mailtls::hygiene {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Hygiene)
};

bool legacyTls(TlsVersion v)
{
    return v == TlsVersion::Tls10 || v == TlsVersion::Tls11 || v == TlsVersion::Tls12;
}

// SSL 3.0 to TLS 1.2: the versions that renegotiate, and whose suites can
// hold a DHE prime of the server's own (SSL 2.0 has neither; TLS 1.3 has no
// renegotiation and only named groups).
bool ssl3ToTls12(TlsVersion v)
{
    return v == TlsVersion::Ssl3 || legacyTls(v);
}

// SSL 2.0 to TLS 1.2: the versions whose suites can hold a 64-bit block cipher.
bool mayHave64BitBlocks(TlsVersion v)
{
    return v != TlsVersion::Tls13;
}

// A suite list that may lack suites: a version undecided, or cut short.
// Only versions that could change the answer count.
QString suitesIncompleteNote(const HygieneInput &input, bool (*counts)(TlsVersion))
{
    QStringList versions;
    for (auto it = input.versions.cbegin(); it != input.versions.cend(); ++it) {
        if (!counts(it.key()))
            continue;
        if (!it->accepted || (it->accepted.value_or(false) && !it->suitesComplete))
            versions.append(tlsVersionName(it.key()));
    }
    if (versions.isEmpty())
        return {};
    return Tr::tr("the suites of %1 are not all known").arg(versions.join(QStringLiteral(", ")));
}

} // namespace

void deriveInsecureRenegotiation(const Plan &plan, const HygieneInput &input, HygieneCheck *check)
{
    QStringList without;
    QStringList unknown;
    QStringList with;
    bool ssl3 = false;
    for (TlsVersion v : plan.accepted) {
        if (v == TlsVersion::Ssl3)
            ssl3 = true;
        if (!legacyTls(v))
            continue;
        const std::optional<bool> secure = input.versions.value(v).secureRenegotiation;
        (secure ? (*secure ? with : without) : unknown).append(tlsVersionName(v));
    }
    if (!without.isEmpty()) {
        decided(check, true,
                Tr::tr("%1: the ServerHello has no renegotiation_info (RFC 5746): every renegotiation "
                       "this server does is unprotected (CVE-2009-3555)")
                    .arg(without.join(QStringLiteral(", "))));
        return;
    }
    if (!unknown.isEmpty()) {
        undecided(check, Tr::tr("whether %1 supports RFC 5746 is not known").arg(unknown.join(QStringLiteral(", "))));
        return;
    }
    if (!with.isEmpty()) {
        decided(check, false,
                Tr::tr("%1: renegotiation_info in the ServerHello (RFC 5746)").arg(with.join(QStringLiteral(", "))));
        return;
    }
    if (ssl3) {
        undecided(check, Tr::tr("only SSL 3.0 among the versions that renegotiate, and its ServerHello "
                                "to our extensionless hello cannot show RFC 5746"));
        return;
    }
    // SSL 2.0 has no renegotiation and TLS 1.3 none either: only an undecided
    // SSL 3.0 to TLS 1.2 leaves the answer open.
    for (auto it = input.versions.cbegin(); it != input.versions.cend(); ++it) {
        if (!it->accepted && ssl3ToTls12(it.key())) {
            undecided(check, Tr::tr("a version that could renegotiate is undecided"));
            return;
        }
    }
    decided(check, false, Tr::tr("no version before TLS 1.3 is accepted, and TLS 1.3 has no renegotiation"));
}

void deriveDh(const HygieneInput &input, HygieneCheck *check, QList<DhPrime> *primes)
{
    QStringList exportSuites;
    QStringList keys; // per entry of *primes, what tells it apart
    for (auto it = input.versions.cbegin(); it != input.versions.cend(); ++it) {
        if (!it->accepted.value_or(false))
            continue;
        const QString version = tlsVersionName(it.key());
        for (const QString &suite : it->cipherSuites) {
            const CipherSuiteEntry *e = cipherSuiteByName(suite);
            if (e && e->exportGrade && e->keyExchange.startsWith(QLatin1StringView("DHE")))
                exportSuites.append(version + QLatin1Char(' ') + suite);
        }
        for (auto kx = it->keyExchange.cbegin(); kx != it->keyExchange.cend(); ++kx) {
            if ((!kx->group.isEmpty() && kx->group != QLatin1StringView("DH")) || kx->bits <= 0)
                continue; // a named group, not a prime of the server's choosing
            // Primes told apart by their digest; older results without one, by size.
            const QString key = kx->primeDigest.isEmpty() ? QString::number(kx->bits) : kx->primeDigest;
            const qsizetype at = keys.indexOf(key);
            if (at < 0) {
                keys.append(key);
                primes->append(DhPrime{kx->bits, kx->wellKnownPrime, {}});
            }
            (*primes)[at < 0 ? primes->size() - 1 : at].suites.append(version + QLatin1Char(' ') + kx.key());
        }
    }
    bool weak = false;
    for (const DhPrime &p : std::as_const(*primes)) {
        const QString name = p.wellKnown.isEmpty() ? Tr::tr("a prime of its own") : p.wellKnown;
        const bool isWeak = p.bits < 1024 || (p.bits <= 1024 && !p.wellKnown.isEmpty());
        weak = weak || isWeak;
        QString line = Tr::tr("%1-bit DHE prime, %2: %3").arg(p.bits).arg(name, p.suites.join(QStringLiteral(", ")));
        if (isWeak)
            line += QStringLiteral(" — ") +
                    (p.bits < 1024 ? Tr::tr("under 1024 bits") : Tr::tr("a shared 1024-bit prime (Logjam)"));
        check->evidence.append(line);
    }
    if (!exportSuites.isEmpty()) {
        weak = true;
        check->evidence.append(Tr::tr("export-grade DHE accepted (Logjam downgrade): %1")
                                   .arg(exportSuites.join(QStringLiteral(", "))));
    }
    if (weak) {
        check->value = true;
        return;
    }
    if (const QString incomplete = suitesIncompleteNote(input, ssl3ToTls12);
        !incomplete.isEmpty()) {
        undecided(check, incomplete);
        return;
    }
    check->value = false;
    if (primes->isEmpty())
        check->evidence.append(Tr::tr("no DHE suite is accepted"));
}

void deriveSweet32(const Plan &plan, const HygieneInput &input, HygieneCheck *check)
{
    Q_UNUSED(plan);
    QStringList found;
    for (auto it = input.versions.cbegin(); it != input.versions.cend(); ++it) {
        if (!it->accepted.value_or(false))
            continue;
        for (const QString &suite : it->cipherSuites) {
            int block = 0;
            if (const CipherSuiteEntry *e = cipherSuiteByName(suite)) {
                block = e->blockBits;
            } else {
                for (const Ssl2CipherSpecEntry &s : ssl2CipherSpecRegistry()) {
                    if (s.name == suite)
                        block = s.blockBits;
                }
            }
            if (block == 64)
                found.append(tlsVersionName(it.key()) + QLatin1Char(' ') + suite);
        }
    }
    if (!found.isEmpty()) {
        decided(check, true, Tr::tr("64-bit block ciphers accepted: %1").arg(found.join(QStringLiteral(", "))));
        return;
    }
    if (const QString incomplete = suitesIncompleteNote(input, mayHave64BitBlocks);
        !incomplete.isEmpty()) {
        undecided(check, incomplete);
        return;
    }
    decided(check, false, Tr::tr("no suite with a 64-bit block cipher (3DES, DES, IDEA, RC2) is accepted"));
}

void derivePoodleSsl3(const HygieneInput &input, HygieneCheck *check)
{
    const VersionResult ssl3 = input.versions.value(TlsVersion::Ssl3);
    if (!ssl3.accepted) {
        undecided(check, ssl3.note.isEmpty() ? Tr::tr("whether SSL 3.0 is accepted is undecided")
                                             : Tr::tr("whether SSL 3.0 is accepted is undecided: %1").arg(ssl3.note));
        return;
    }
    if (!*ssl3.accepted) {
        decided(check, false, Tr::tr("SSL 3.0 is refused"));
        return;
    }
    QStringList cbc;
    for (const QString &suite : ssl3.cipherSuites) {
        const CipherSuiteEntry *e = cipherSuiteByName(suite);
        if (e && e->mode == QLatin1StringView("CBC"))
            cbc.append(suite);
    }
    if (!cbc.isEmpty()) {
        decided(check, true, Tr::tr("SSL 3.0 accepted with CBC suites: %1").arg(cbc.join(QStringLiteral(", "))));
        return;
    }
    if (!ssl3.suitesComplete) {
        undecided(check, Tr::tr("SSL 3.0 is accepted, and its suites are not all known"));
        return;
    }
    decided(check, false, Tr::tr("SSL 3.0 is accepted, but with no CBC suite (%1)")
                              .arg(ssl3.cipherSuites.join(QStringLiteral(", "))));
}

} // namespace mailtls::hygiene
