#include "app/remediation/risk_register.h"

#include <QCoreApplication>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::RiskRegister)
};

bool endpointMatches(const QString &accepted, const QString &found)
{
    if (accepted == found)
        return true;
    const std::optional<EndpointRef> a = EndpointRef::parse(accepted);
    const std::optional<EndpointRef> f = EndpointRef::parse(found);
    if (!a || !f)
        return false;
    return a->hostId == f->hostId && a->protocol == f->protocol && (a->port == 0 || a->port == f->port);
}

} // namespace

bool acceptanceMatches(const RiskAcceptance &acceptance, const QString &profileId, const RuleResult &finding)
{
    return acceptance.profile == profileId && acceptance.rule == finding.ruleId &&
           endpointMatches(acceptance.endpoint, finding.endpoint);
}

QList<TriagedFinding> triageFindings(const Evaluation &evaluation, const QList<RiskAcceptance> &register_,
                                     QDate today)
{
    QList<TriagedFinding> list;
    for (const RuleResult &finding : evaluation.findings()) {
        TriagedFinding t{finding, std::nullopt, false};
        // The most specific entry wins (one naming the port before one naming the protocol).
        for (const RiskAcceptance &a : register_) {
            if (!acceptanceMatches(a, evaluation.profileId, finding))
                continue;
            if (!t.acceptance || a.endpoint == finding.endpoint)
                t.acceptance = a;
        }
        if (t.acceptance)
            t.expired = today > t.acceptance->expires;
        list.append(t);
    }
    return list;
}

QList<RiskAcceptance> unusedAcceptances(const Evaluation &evaluation, const QList<RiskAcceptance> &register_)
{
    const QList<RuleResult> findings = evaluation.findings();
    QList<RiskAcceptance> unused;
    for (const RiskAcceptance &a : register_) {
        if (a.profile != evaluation.profileId)
            continue;
        const bool needed = std::any_of(findings.cbegin(), findings.cend(), [&](const RuleResult &f) {
            return acceptanceMatches(a, evaluation.profileId, f);
        });
        if (!needed)
            unused.append(a);
    }
    return unused;
}

bool recordAcceptance(QList<RiskAcceptance> &register_, const RiskAcceptance &acceptance, const Profile &profile,
                      QDate today, QString *error)
{
    if (acceptance.profile != profile.id || !profile.rule(acceptance.rule)) {
        *error = Tr::tr("profile %1 has no rule '%2'").arg(profile.id, acceptance.rule);
        return false;
    }
    if (!EndpointRef::parse(acceptance.endpoint)) {
        *error = Tr::tr("'%1' does not name an endpoint (host/scheme or host/scheme:port)").arg(acceptance.endpoint);
        return false;
    }
    if (acceptance.justification.trimmed().isEmpty()) {
        *error = Tr::tr("an accepted risk needs a justification");
        return false;
    }
    if (acceptance.owner.trimmed().isEmpty()) {
        *error = Tr::tr("an accepted risk needs an owner");
        return false;
    }
    if (!acceptance.expires.isValid()) {
        *error = Tr::tr("an accepted risk needs an expiry date");
        return false;
    }
    if (acceptance.expires < today) {
        *error = Tr::tr("the expiry date %1 has already passed").arg(acceptance.expires.toString(Qt::ISODate));
        return false;
    }
    for (RiskAcceptance &existing : register_) {
        if (existing.profile == acceptance.profile && existing.rule == acceptance.rule &&
            existing.endpoint == acceptance.endpoint) {
            existing = acceptance;
            return true;
        }
    }
    register_.append(acceptance);
    return true;
}

} // namespace mailtls
