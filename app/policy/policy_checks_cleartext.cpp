// The checks of what could cross without TLS (policy_check.h): credentials
// offered before STARTTLS, webmail on plain HTTP, HTTPS without HSTS, and
// submission or access without their implicit-TLS service (RFC 8314).

#include "app/policy/policy_check.h"

#include <QCoreApplication>

namespace mailtls::policy_check {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Policy)
};

// The implicit-TLS service that RFC 8314 prefers to a STARTTLS one.
std::optional<Protocol> implicitCounterpart(Protocol p)
{
    switch (p) {
    case Protocol::Submission: return Protocol::Smtps;
    case Protocol::Imap: return Protocol::Imaps;
    case Protocol::Pop3: return Protocol::Pop3s;
    default: return std::nullopt;
    }
}

} // namespace

Outcome cleartextCredentials(const CheckInput &in)
{
    if (auto o = notAsked(in.result))
        return *o;
    const EndpointResult &r = *in.result;
    Outcome o{Verdict::Pass, {}, {}};
    const bool ldap = r.target.protocol == Protocol::Ldap;
    const QString upgrade = r.target.protocol == Protocol::Pop3 ? QStringLiteral("STLS")
                            : ldap                              ? QStringLiteral("StartTLS")
                                                                : QStringLiteral("STARTTLS");
    if (const QStringList exposing = r.cleartext.exposingMechanisms(); !exposing.isEmpty())
        o.evidence.append({QStringLiteral("capability"),
                           ldap ? Tr::tr("SASL %1 offered before StartTLS").arg(exposing.join(QLatin1Char(' ')))
                                : Tr::tr("AUTH %1 offered before %2").arg(exposing.join(QLatin1Char(' ')), upgrade)});
    // LDAP: a made-up simple bind before StartTLS (probes/dialogues/ldap.h);
    // undecided leaves the check incomplete unless something else fails it.
    if (ldap && r.cleartext.simpleBindBeforeTls.value_or(false))
        o.evidence.append({QStringLiteral("capability"), Tr::tr("LDAP simple bind accepted before StartTLS (%1)")
                                                             .arg(r.cleartext.simpleBindNote)});
    const bool bindUndecided = ldap && !r.cleartext.simpleBindBeforeTls;
    if (r.cleartext.plaintextLogin)
        o.evidence.append({QStringLiteral("capability"),
                           r.target.protocol == Protocol::Pop3 ? Tr::tr("USER/PASS accepted before STLS")
                                                               : Tr::tr("LOGIN accepted before STARTTLS (no LOGINDISABLED)")});
    if (!anyTls(r) && protocolInfo(r.target.protocol).carriesCredentials)
        o.evidence.append({QStringLiteral("status"), Tr::tr("no TLS at all: every login crosses in cleartext")});
    if (!o.evidence.isEmpty()) {
        o.verdict = Verdict::Fail;
        return o;
    }
    if (bindUndecided) {
        // The note says why (probes/dialogues/ldap.cpp); a result stored before the question existed has none.
        return {Verdict::Incomplete,
                {{QStringLiteral("capability"), r.cleartext.simpleBindNote.isEmpty()
                                                    ? Tr::tr("simple bind before StartTLS not asked")
                                                    : r.cleartext.simpleBindNote}},
                {}};
    }
    if (ldap)
        o.evidence.append({QStringLiteral("capability"), r.cleartext.simpleBindNote});
    o.evidence.append({QStringLiteral("capability"), protocolInfo(r.target.protocol).tlsMode == TlsMode::Implicit
                                                         ? Tr::tr("TLS from the first byte")
                                                         : Tr::tr("no login offered before %1").arg(upgrade)});
    return o;
}

Outcome httpsOnly(const CheckInput &in)
{
    if (auto o = notAsked(in.result))
        return *o;
    const EndpointResult &r = *in.result;
    if (r.target.protocol != Protocol::Http)
        return anyTls(r) ? Outcome{Verdict::Pass, {{QStringLiteral("version"), QStringLiteral("HTTPS")}}, {}}
                         : Outcome{Verdict::Fail, {{QStringLiteral("status"), Tr::tr("no TLS")}}, {}};
    if (!r.http)
        return {Verdict::Incomplete, {{QStringLiteral("http"), Tr::tr("no HTTP response")}}, {}};
    if (r.http->redirectsToHttps)
        return {Verdict::Pass,
                {{QStringLiteral("http"), Tr::tr("%1 redirect to %2").arg(r.http->status).arg(r.http->location)}},
                {}};
    return {Verdict::Fail,
            {{QStringLiteral("http"), Tr::tr("plain HTTP answers %1 and serves the page").arg(r.http->status)}},
            {}};
}

Outcome hsts(const CheckInput &in)
{
    if (auto o = notAsked(in.result))
        return *o;
    const EndpointResult &r = *in.result;
    if (r.target.protocol != Protocol::Https)
        return {Verdict::NotApplicable, {}, {}};
    if (!r.http)
        return {Verdict::Incomplete, {{QStringLiteral("http"), Tr::tr("no HTTPS response")}}, {}};
    if (r.http->hsts.isEmpty())
        return {Verdict::Fail, {{QStringLiteral("http"), Tr::tr("no Strict-Transport-Security header")}}, {}};
    return {Verdict::Pass, {{QStringLiteral("http"), Tr::tr("Strict-Transport-Security: %1").arg(r.http->hsts)}}, {}};
}

// By the inventory: the endpoint is implicit TLS, or its host also offers the
// implicit-TLS service (RFC 8314 lets STARTTLS stay beside it).
Outcome implicitTls(const CheckInput &in)
{
    const Endpoint *ep = in.index.endpoint(in.link.endpoint);
    if (!ep)
        return {Verdict::Incomplete, {{QStringLiteral("status"), Tr::tr("endpoint not in the inventory")}}, {}};
    if (protocolInfo(ep->protocol).tlsMode == TlsMode::Implicit)
        return {Verdict::Pass, {{QStringLiteral("capability"), Tr::tr("TLS from the first byte")}}, {}};
    const std::optional<Protocol> implicit = implicitCounterpart(ep->protocol);
    if (!implicit)
        return {Verdict::NotApplicable, {}, {}};
    const Host *host = in.index.host(in.link.endpoint.hostId);
    for (const Endpoint &other : host ? host->endpoints : QList<Endpoint>{}) {
        if (other.protocol == *implicit)
            return {Verdict::Pass,
                    {{QStringLiteral("capability"), Tr::tr("%1 also offered on port %2")
                                                        .arg(QString::fromLatin1(protocolInfo(*implicit).scheme))
                                                        .arg(other.port ? other.port : protocolInfo(*implicit).defaultPort)}},
                    {}};
    }
    return {Verdict::Fail,
            {{QStringLiteral("capability"), Tr::tr("only %1 with STARTTLS; no %2 (port %3) on this host")
                                                .arg(QString::fromLatin1(protocolInfo(ep->protocol).scheme),
                                                     QString::fromLatin1(protocolInfo(*implicit).scheme))
                                                .arg(protocolInfo(*implicit).defaultPort)}},
            {}};
}

} // namespace mailtls::policy_check
