#include "app/core/link_state.h"

#include <QCoreApplication>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::LinkState)
};

bool couldNotAsk(ProbeStatus s)
{
    return s == ProbeStatus::Refused || s == ProbeStatus::Timeout || s == ProbeStatus::Unreachable ||
           s == ProbeStatus::RateLimited || s == ProbeStatus::Cancelled;
}

} // namespace

bool isForwardSecret(QStringView suite)
{
    if (suite.startsWith(u"TLS_AES_") || suite.startsWith(u"TLS_CHACHA20_") || suite.startsWith(u"TLS_SM4_"))
        return true; // TLS 1.3: always (EC)DHE
    return suite.startsWith(u"TLS_ECDHE_") || suite.startsWith(u"TLS_DHE_");
}

LinkAssessment assessEndpoint(const EndpointResult &r)
{
    LinkAssessment a;
    // 1. Not asked at all.
    if (couldNotAsk(r.status)) {
        a.state = LinkState::Unreachable;
        a.reasons.append(QStringLiteral("status %1").arg(probeStatusKey(r.status)));
        return a;
    }
    // 2. No TLS on this hop: plain HTTP, or STARTTLS not in the capability list.
    const bool anyTls = std::any_of(r.versions.cbegin(), r.versions.cend(),
                                    [](const VersionResult &v) { return v.accepted.value_or(false); });
    if (r.target.protocol == Protocol::Http) {
        const bool redirects = r.http && r.http->redirectsToHttps;
        a.state = redirects ? LinkState::OptionalTls : LinkState::Cleartext;
        a.reasons.append(redirects ? QStringLiteral("plain HTTP redirects to HTTPS")
                                   : QStringLiteral("plain HTTP serves the page"));
        return a;
    }
    if (r.status == ProbeStatus::StartTlsNotOffered || !anyTls) {
        a.state = LinkState::Cleartext;
        a.reasons.append(r.status == ProbeStatus::StartTlsNotOffered ? QStringLiteral("STARTTLS not offered")
                                                                     : QStringLiteral("no TLS version accepted"));
        if (r.status != ProbeStatus::Ok && r.status != ProbeStatus::StartTlsNotOffered)
            a.reasons.append(QStringLiteral("status %1: %2").arg(probeStatusKey(r.status), r.error));
        return a;
    }
    // 3. TLS quality: versions, then forward secrecy of every accepted suite.
    bool weak = false;
    for (auto it = r.versions.cbegin(); it != r.versions.cend(); ++it) {
        if (!it->accepted.has_value())
            a.incomplete = true;
        if (!it->accepted.value_or(false))
            continue;
        const TlsVersion v = it.key();
        if (v != TlsVersion::Tls12 && v != TlsVersion::Tls13) {
            weak = true;
            a.reasons.append(QStringLiteral("accepts %1").arg(tlsVersionName(v)));
        }
        if (v == TlsVersion::Ssl2)
            continue;
        for (const QString &suite : it->cipherSuites) {
            if (!isForwardSecret(suite)) {
                weak = true;
                a.reasons.append(QStringLiteral("%1 without forward secrecy: %2").arg(tlsVersionName(v), suite));
                break; // one per version is evidence enough
            }
        }
    }
    // 4. Credentials in cleartext before TLS.
    if (r.cleartextAuthOffered()) {
        a.state = LinkState::OptionalTls;
        a.reasons.prepend(r.cleartext.authMechanisms.isEmpty()
                              ? QStringLiteral("cleartext login before STARTTLS")
                              : QStringLiteral("AUTH %1 before STARTTLS")
                                    .arg(r.cleartext.authMechanisms.join(QLatin1Char(' '))));
        return a;
    }
    a.state = weak ? LinkState::WeakTls : LinkState::StrongTls;
    return a;
}

QString linkStateKey(LinkState state)
{
    switch (state) {
    case LinkState::StrongTls: return QStringLiteral("strong_tls");
    case LinkState::WeakTls: return QStringLiteral("weak_tls");
    case LinkState::OptionalTls: return QStringLiteral("optional_tls");
    case LinkState::Cleartext: return QStringLiteral("cleartext");
    case LinkState::Unreachable: return QStringLiteral("unreachable");
    case LinkState::NotProbed: return QStringLiteral("not_probed");
    }
    return {};
}

std::optional<LinkState> linkStateFromKey(QStringView key)
{
    for (LinkState s : allLinkStates()) {
        if (linkStateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString linkStateLabel(LinkState state)
{
    switch (state) {
    case LinkState::StrongTls: return Tr::tr("strong TLS");
    case LinkState::WeakTls: return Tr::tr("weak TLS");
    case LinkState::OptionalTls: return Tr::tr("optional TLS");
    case LinkState::Cleartext: return Tr::tr("cleartext");
    case LinkState::Unreachable: return Tr::tr("unreachable");
    case LinkState::NotProbed: return Tr::tr("not probed");
    }
    return {};
}

QList<LinkState> allLinkStates()
{
    return {LinkState::StrongTls, LinkState::WeakTls,     LinkState::OptionalTls,
            LinkState::Cleartext, LinkState::Unreachable, LinkState::NotProbed};
}

} // namespace mailtls
