// The checks of the certificate (policy_check.h): valid, trusted, naming the
// server, a sound key and signature; the key's type and size against a list.

#include "app/policy/policy_check.h"

#include <QCoreApplication>

namespace mailtls::policy_check {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Policy)
};

} // namespace

Outcome certificate(const CheckInput &in)
{
    if (auto o = notAskedOrNoTls(in.result))
        return *o;
    const EndpointResult &r = *in.result;
    if (!r.certificate)
        return {Verdict::Incomplete, {{QStringLiteral("certificate"), Tr::tr("no certificate was read")}}, {}};
    const CertificateInfo &c = *r.certificate;
    Outcome o{Verdict::Pass, {}, {}};
    auto problem = [&](const QString &detail) {
        o.verdict = Verdict::Fail;
        o.evidence.append({QStringLiteral("certificate"), detail});
    };
    if (c.expired)
        problem(Tr::tr("expired on %1").arg(c.notAfter.toString(Qt::ISODate)));
    if (c.notYetValid)
        problem(Tr::tr("not valid before %1").arg(c.notBefore.toString(Qt::ISODate)));
    if (c.trusted == false)
        problem(Tr::tr("not trusted: %1").arg(c.trustError.isEmpty() ? Tr::tr("no chain to a trust anchor")
                                                                             : trustErrorText(c)));
    if (c.nameMatches == false)
        problem(Tr::tr("does not name %1 (subject %2)").arg(r.target.serverName, c.subject));
    if (c.keyType == QLatin1StringView("RSA") && c.keyBits > 0 && c.keyBits < 2048)
        problem(Tr::tr("RSA key of %1 bits").arg(c.keyBits));
    const QString sig = c.signatureAlgorithm.toLower();
    if (sig.startsWith(QLatin1StringView("sha1")) || sig.startsWith(QLatin1StringView("md5")))
        problem(Tr::tr("signed with %1").arg(c.signatureAlgorithm));
    if (o.verdict == Verdict::Pass && (!c.trusted.has_value() || !c.nameMatches.has_value())) {
        o.verdict = Verdict::Incomplete;
        o.evidence.append({QStringLiteral("certificate"), Tr::tr("trust or name not checked")});
    } else if (o.verdict == Verdict::Pass) {
        o.evidence.append({QStringLiteral("certificate"), Tr::tr("%1, valid until %2")
                                                              .arg(c.subject, c.notAfter.toString(Qt::ISODate))});
    }
    return o;
}

Outcome certificateKey(const CheckInput &in)
{
    if (auto o = notAskedOrNoTls(in.result))
        return *o;
    const EndpointResult &r = *in.result;
    if (!r.certificate || r.certificate->keyType.isEmpty() || r.certificate->keyBits <= 0)
        return {Verdict::Incomplete, {{QStringLiteral("certificate"), Tr::tr("no certificate key was read")}}, {}};
    const CertificateInfo &c = *r.certificate;
    const QJsonObject types = in.rule.params.value(QLatin1StringView("types")).toObject();
    const QString key = Tr::tr("%1 key of %2 bits").arg(c.keyType).arg(c.keyBits);
    if (!types.contains(c.keyType))
        return {Verdict::Fail,
                {{QStringLiteral("certificate"), Tr::tr("%1; allowed: %2").arg(key, types.keys().join(u", "))}},
                {}};
    const int minimum = types.value(c.keyType).toInt();
    if (c.keyBits < minimum)
        return {Verdict::Fail,
                {{QStringLiteral("certificate"), Tr::tr("%1; at least %2 wanted").arg(key).arg(minimum)}},
                {}};
    return {Verdict::Pass, {{QStringLiteral("certificate"), key}}, {}};
}

} // namespace mailtls::policy_check
