// The checks of the certificate (policy_check.h): valid, trusted, naming the
// server, a sound key and signature, a chain sent whole and in order; the
// same of every other certificate the server has (without SNI, as most
// sending MTAs connect; of its other key type); the key's type and size
// against a list.

#include "app/policy/policy_check.h"

#include <QCoreApplication>

namespace mailtls::policy_check {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Policy)
};

} // namespace

namespace {

// What is wrong with one certificate, each in words that name the problem.
QStringList problemsOf(const CertificateInfo &c, const QString &serverName)
{
    QStringList problems;
    if (c.expired)
        problems << Tr::tr("expired on %1").arg(c.notAfter.toString(Qt::ISODate));
    if (c.notYetValid)
        problems << Tr::tr("not valid before %1").arg(c.notBefore.toString(Qt::ISODate));
    if (c.trusted == false)
        problems << Tr::tr("not trusted: %1").arg(c.trustError.isEmpty() && c.trustErrorCode == 0
                                                      ? Tr::tr("no chain to a trust anchor")
                                                      : trustErrorText(c));
    if (c.nameMatches == false)
        problems << Tr::tr("does not name %1 (subject %2)").arg(serverName, c.subject);
    if (c.keyType == QLatin1StringView("RSA") && c.keyBits > 0 && c.keyBits < 2048)
        problems << Tr::tr("RSA key of %1 bits").arg(c.keyBits);
    const QString sig = c.signatureAlgorithm.toLower();
    if (sig.startsWith(QLatin1StringView("sha1")) || sig.startsWith(QLatin1StringView("md5")))
        problems << Tr::tr("signed with %1").arg(c.signatureAlgorithm);
    for (const ChainIssue &issue : c.chainIssues)
        problems << Tr::tr("chain: %1").arg(chainIssueText(issue));
    return problems;
}

// Which certificate a variant is, in evidence lines.
QString variantName(CertificateVariant::Asked asked)
{
    switch (asked) {
    case CertificateVariant::Asked::NoSni:
        return Tr::tr("the certificate sent without SNI (as most sending MTAs connect)");
    case CertificateVariant::Asked::Rsa: return Tr::tr("the RSA certificate");
    case CertificateVariant::Asked::Ecdsa: return Tr::tr("the ECDSA certificate");
    }
    return {};
}

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
    for (const QString &p : problemsOf(c, r.target.serverName))
        problem(p);
    // Every other certificate the server has is judged the same; one that
    // could not be asked for leaves the check incomplete.
    QList<Evidence> notes;
    QStringList undecided;
    for (const CertificateVariant &v : r.certificateVariants) {
        if (!v.sent) {
            undecided << Tr::tr("%1: undecided (%2)").arg(variantName(v.asked), v.note);
        } else if (!*v.sent && v.asked == CertificateVariant::Asked::NoSni) {
            problem(Tr::tr("without SNI the server refuses the handshake: senders that send no name, as most "
                           "MTAs, get no TLS"));
        } else if (*v.sent && v.certificate && !v.sameAsMain) {
            const QStringList problems = problemsOf(*v.certificate, r.target.serverName);
            for (const QString &p : problems)
                problem(Tr::tr("%1 (%2): %3").arg(variantName(v.asked), v.certificate->subject, p));
            if (v.asked == CertificateVariant::Asked::NoSni && problems.isEmpty())
                notes.append({QStringLiteral("certificate"),
                              Tr::tr("%1 differs from the one sent with SNI: %2, valid until %3")
                                  .arg(variantName(v.asked), v.certificate->subject,
                                       v.certificate->notAfter.toString(Qt::ISODate))});
        }
    }
    if (o.verdict == Verdict::Pass && (!c.trusted.has_value() || !c.nameMatches.has_value())) {
        o.verdict = Verdict::Incomplete;
        o.evidence.append({QStringLiteral("certificate"), Tr::tr("trust or name not checked")});
    } else if (o.verdict == Verdict::Pass && !undecided.isEmpty()) {
        o.verdict = Verdict::Incomplete;
        for (const QString &u : std::as_const(undecided))
            o.evidence.append({QStringLiteral("certificate"), u});
    } else if (o.verdict == Verdict::Pass) {
        o.evidence.append({QStringLiteral("certificate"), Tr::tr("%1, valid until %2")
                                                              .arg(c.subject, c.notAfter.toString(Qt::ISODate))});
    }
    o.evidence.append(notes);
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
