// The hygiene checks one hello of ours decides, with no crypto: the
// ServerHello to a hello offering DEFLATE and the heartbeat extension
// (compression, heartbeat), and the answer to a hello below the server's
// highest version carrying TLS_FALLBACK_SCSV (fallback_scsv, RFC 7507).

#include "probes/hygiene/hygiene_checks.h"

#include "probes/tls/cipher_registry.h"

#include <QCoreApplication>

namespace mailtls::hygiene {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Hygiene)
};

constexpr quint16 kHeartbeat = 0x000f;    // RFC 6520
constexpr quint16 kFallbackScsv = 0x5600; // RFC 7507
constexpr int kInappropriateFallback = 86;

QString alertText(const ServerResponse &r)
{
    return Tr::tr("alert %1").arg(r.alertDescription);
}

QByteArray hello(const ProbeContext &ctx, TlsVersion version, const QList<quint16> &suites, bool deflate,
                 bool heartbeat)
{
    TlsHelloSpec spec = helloSpec(ctx, version, suites);
    if (deflate)
        spec.compressionMethods = {1};
    if (heartbeat)
        spec.extraExtensions.append({kHeartbeat, QByteArray(1, '\x01')}); // peer_allowed_to_send
    return buildTlsClientHello(spec);
}

} // namespace

void askCompressionAndHeartbeat(const ProbeContext &ctx, const Plan &plan, HygieneCheck *compression,
                                HygieneCheck *heartbeat)
{
    if (!plan.legacy) {
        if (plan.accepted.contains(TlsVersion::Tls13)) {
            decided(compression, false, Tr::tr("only TLS 1.3 is accepted, which has no compression"));
            undecided(heartbeat, Tr::tr("only TLS 1.3 is accepted, where the extension's answer is encrypted"));
        } else {
            undecided(compression, Tr::tr("no version from SSL 3.0 to TLS 1.2 is known to be accepted"));
            undecided(heartbeat, compression->note);
        }
        return;
    }
    const QString version = tlsVersionName(*plan.legacy);
    ServerResponse r;
    ProbeError e = sendHello(ctx, hello(ctx, *plan.legacy, plan.legacySuites, true, true), false, &r);
    if (!e && r.kind == ServerResponse::Kind::ServerHello) {
        if (r.compressionMethod != 0)
            decided(compression, true, Tr::tr("%1: the ServerHello chose compression method %2 (1: DEFLATE)")
                                           .arg(version).arg(r.compressionMethod));
        else
            decided(compression, false, Tr::tr("%1: offered DEFLATE, the ServerHello chose no compression").arg(version));
        if (r.extensions.contains(kHeartbeat))
            decided(heartbeat, true, Tr::tr("%1: the ServerHello has the heartbeat extension").arg(version));
        else
            decided(heartbeat, false, Tr::tr("%1: the ServerHello has no heartbeat extension").arg(version));
        return;
    }
    if (!e && r.kind == ServerResponse::Kind::Alert && r.alertLevel == 2) {
        // The same suites were accepted without DEFLATE and the extension: one
        // of them made the server refuse. Compression is not taken either way;
        // the heartbeat extension alone tells which.
        decided(compression, false, Tr::tr("%1: the server refused a hello offering DEFLATE (%2)")
                                        .arg(version, alertText(r)));
        ServerResponse h;
        e = sendHello(ctx, hello(ctx, *plan.legacy, plan.legacySuites, false, true), false, &h);
        if (!e && h.kind == ServerResponse::Kind::ServerHello)
            decided(heartbeat, h.extensions.contains(kHeartbeat),
                    h.extensions.contains(kHeartbeat)
                        ? Tr::tr("%1: the ServerHello has the heartbeat extension").arg(version)
                        : Tr::tr("%1: the ServerHello has no heartbeat extension").arg(version));
        else if (!e && h.kind == ServerResponse::Kind::Alert && h.alertLevel == 2)
            decided(heartbeat, false, Tr::tr("%1: the server refused a hello with the heartbeat extension (%2)")
                                          .arg(version, alertText(h)));
        else
            undecided(heartbeat, e ? e.message : Tr::tr("the answer to a hello with the heartbeat extension was not TLS"));
        return;
    }
    const QString why = e ? e.message : Tr::tr("the answer to our hello was not a ServerHello");
    undecided(compression, Tr::tr("%1: %2").arg(version, why));
    undecided(heartbeat, compression->note);
}

void askFallbackScsv(const ProbeContext &ctx, const Plan &plan, HygieneCheck *check)
{
    QList<TlsVersion> versions;
    for (TlsVersion v : plan.accepted) {
        if (v != TlsVersion::Ssl2)
            versions.append(v);
    }
    if (versions.size() < 2) {
        if (plan.anyUndecided) {
            undecided(check, Tr::tr("a version is undecided: whether there is one to fall back to is not known"));
            return;
        }
        decided(check, true, versions.isEmpty()
                                 ? Tr::tr("no version is accepted")
                                 : Tr::tr("only %1 is accepted: there is no version to fall back to")
                                       .arg(tlsVersionName(versions.first())));
        return;
    }
    const TlsVersion highest = versions.last();
    // The newest version below the highest that our hellos speak.
    std::optional<TlsVersion> lower;
    for (TlsVersion v : versions) {
        if (v != highest && plan.suites.contains(v))
            lower = v;
    }
    if (!lower) {
        undecided(check, Tr::tr("no suite of the versions below %1 is known").arg(tlsVersionName(highest)));
        return;
    }
    QList<quint16> suites = plan.suites.value(*lower);
    suites.append(kFallbackScsv); // last, as a client falling back sends it (RFC 7507 4)
    QByteArray bytes;
    if (*lower == TlsVersion::Ssl3)
        bytes = buildSsl3ClientHello(suites, randomBytes(32));
    else
        bytes = buildTlsClientHello(helloSpec(ctx, *lower, suites));
    ServerResponse r;
    const ProbeError e = sendHello(ctx, bytes, false, &r);
    const QString asked = Tr::tr("a %1 hello with TLS_FALLBACK_SCSV, %2 being accepted")
                              .arg(tlsVersionName(*lower), tlsVersionName(highest));
    if (e) {
        undecided(check, Tr::tr("%1: %2").arg(asked, e.message));
        return;
    }
    if (r.kind == ServerResponse::Kind::Alert && r.alertLevel == 2 && r.alertDescription == kInappropriateFallback) {
        decided(check, true, Tr::tr("%1: inappropriate_fallback alert").arg(asked));
        return;
    }
    if (r.kind == ServerResponse::Kind::ServerHello) {
        decided(check, false, Tr::tr("%1: the server went on with %2 (%3)")
                                  .arg(asked, tlsVersionName(*lower), cipherSuiteName(r.cipherSuite)));
        return;
    }
    if (r.kind == ServerResponse::Kind::Alert) {
        undecided(check, Tr::tr("%1: %2, not inappropriate_fallback (86)").arg(asked, alertText(r)));
        return;
    }
    undecided(check, Tr::tr("%1: the answer was not TLS").arg(asked));
}

} // namespace mailtls::hygiene
