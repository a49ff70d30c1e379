// The evaluation driver: every rule of a profile, the check the registry
// names for it (policy_check_registry.cpp) run on every link the rule applies
// to, the outcomes gathered into one result per rule and endpoint, and the
// links each measure protects. The checks themselves live in
// policy_checks_*.cpp, one file per family.

#include "app/policy/policy_evaluation.h"

#include "app/evidence/link_state.h"
#include "app/inventory/labels.h"
#include "app/policy/policy_check.h"

#include <QCoreApplication>
#include <QSet>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Policy)
};

using namespace policy_check;

int verdictRank(Verdict v)
{
    // When links of one endpoint disagree (observations differ per link), the worst wins.
    switch (v) {
    case Verdict::Fail: return 3;
    case Verdict::Incomplete: return 2;
    case Verdict::Pass: return 1;
    case Verdict::NotApplicable: return 0;
    }
    return 0;
}

} // namespace

QString verdictKey(Verdict v)
{
    switch (v) {
    case Verdict::Pass: return QStringLiteral("pass");
    case Verdict::Fail: return QStringLiteral("fail");
    case Verdict::Incomplete: return QStringLiteral("incomplete");
    case Verdict::NotApplicable: return QStringLiteral("not_applicable");
    }
    return {};
}

QString verdictLabel(Verdict v)
{
    switch (v) {
    case Verdict::Pass: return Tr::tr("pass");
    case Verdict::Fail: return Tr::tr("fail");
    case Verdict::Incomplete: return Tr::tr("incomplete");
    case Verdict::NotApplicable: return Tr::tr("not applicable");
    }
    return {};
}

QList<RuleResult> Evaluation::findings() const
{
    QList<RuleResult> list;
    for (const RuleResult &r : results) {
        if (r.verdict == Verdict::Fail)
            list.append(r);
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const RuleResult &a, const RuleResult &b) { return a.severity > b.severity; });
    return list;
}

namespace {

// A check over every address of the endpoint: each address's result is
// checked as its own, and the worst verdict wins, so a failing address fails
// the rule. When the addresses' outcomes differ, the evidence of every address
// at that verdict is kept, each line naming its address; when they agree, the
// evidence is given once, as for a single address.
Outcome checkEveryAddress(const Check &check, const CheckInput &in)
{
    if (!in.result || in.result->otherAddresses.empty())
        return check(in);
    QList<std::pair<const EndpointResult *, Outcome>> outcomes;
    for (const EndpointResult *r : in.result->addressResults())
        outcomes.append({r, check(CheckInput{in.rule, in.link, in.index, r, in.observations, in.domains})});
    const bool alike = std::all_of(outcomes.cbegin(), outcomes.cend(), [&](const auto &o) {
        return o.second.verdict == outcomes.first().second.verdict &&
               o.second.evidence == outcomes.first().second.evidence &&
               o.second.severity == outcomes.first().second.severity;
    });
    if (alike)
        return outcomes.first().second;
    Outcome merged;
    merged.verdict = Verdict::NotApplicable;
    for (const auto &o : outcomes) {
        if (verdictRank(o.second.verdict) > verdictRank(merged.verdict))
            merged.verdict = o.second.verdict;
    }
    bool graded = true; // every address at the verdict graded its own severity
    for (const auto &[r, o] : outcomes) {
        if (o.verdict != merged.verdict)
            continue;
        const QString address = r->address.isEmpty() ? r->target.host : r->address;
        for (const Evidence &ev : o.evidence)
            merged.evidence.append(Evidence{ev.kind, Tr::tr("address %1: %2").arg(address, ev.detail)});
        if (o.severity && graded)
            merged.severity = std::max(merged.severity.value_or(o.severity.value()), *o.severity);
        else
            graded = false;
    }
    if (!graded)
        merged.severity.reset(); // an address failing at the rule's own severity
    return merged;
}

// The results' key of the endpoint a link reaches (EndpointRef text with the port); empty when none.
QString endpointKey(const WorkspaceIndex &index, const Link &link)
{
    const Endpoint *ep = index.endpoint(link.endpoint);
    return ep ? EndpointRef{link.endpoint.hostId, ep->protocol, ep->port}.toString() : QString();
}

// Another link's outcome for a rule and endpoint already in the results.
void addLink(RuleResult &r, const Link &link, const Outcome &o, Severity severity)
{
    r.links.append(link.id);
    r.kinds.append(link.kind);
    if (verdictRank(o.verdict) > verdictRank(r.verdict)) {
        r.verdict = o.verdict;
        r.evidence = o.evidence;
    }
    if (o.verdict == r.verdict)
        r.severity = std::max(r.severity, severity);
}

// The links in scope of each measure (judged: some rule applies), and those protected.
void countLinks(Evaluation &e, const Workspace &ws, const QSet<QString> &judged, const QSet<QString> &unprotected)
{
    for (const Link &link : ws.links) {
        if (!judged.contains(link.id))
            continue; // a profile for submission and access says nothing of MX links
        const int measure = measureForLinkKind(link.kind);
        e.linksInScope[measure] += 1;
        if (!unprotected.contains(link.id))
            e.linksProtected[measure] += 1;
    }
}

} // namespace

constexpr int kLinkKindMeasures = 3;

Evaluation evaluate(const Profile &profile, const Workspace &ws, const QHash<QString, EndpointResult> &results,
                    const DomainDefences *domains)
{
    Evaluation e;
    e.profileId = profile.id;
    e.profileVersion = profile.version;
    const WorkspaceIndex index(ws);
    QSet<QString> unprotected; // link ids with a high or critical failure, or such a rule incomplete
    QSet<QString> judged;      // link ids some rule of the profile applies to
    QMap<int, QSet<QString>> judgedBeyond;      // by measure, for rules of a measure other than the link's
    QMap<int, QSet<QString>> unprotectedBeyond;
    QMap<std::pair<QString, QString>, qsizetype> byRuleEndpoint; // (rule, endpoint) -> results index
    for (const Rule &rule : profile.rules) {
        const Check check = checkNamed(rule.check);
        for (const Link &link : ws.links) {
            if (!rule.appliesTo.contains(link.kind))
                continue;
            // The three M3AAWG measures count each link under the measure of
            // its kind, whatever rule judged it; a measure beyond them
            // (downgrade resistance, 4) counts its links apart and never
            // changes the measure of the link's kind.
            const bool ownMeasure = rule.measure <= kLinkKindMeasures;
            (ownMeasure ? judged : judgedBeyond[rule.measure]).insert(link.id);
            const QString key = endpointKey(index, link);
            const auto found = results.constFind(key);
            const Outcome o = checkEveryAddress(
                check, CheckInput{rule, link, index, found != results.cend() ? &found.value() : nullptr,
                                  index.observations(link.id), domains});
            // A check that grades (a suite's class) never goes above the rule's severity for this role.
            const Severity severity = std::min(o.severity.value_or(Severity::Critical), rule.severityFor(link.kind));
            if (severity >= Severity::High && (o.verdict == Verdict::Fail || o.verdict == Verdict::Incomplete))
                (ownMeasure ? unprotected : unprotectedBeyond[rule.measure]).insert(link.id);
            const auto slot = byRuleEndpoint.constFind({rule.id, key});
            if (slot != byRuleEndpoint.cend()) {
                addLink(e.results[slot.value()], link, o, severity);
                continue;
            }
            byRuleEndpoint.insert({rule.id, key}, e.results.size());
            e.results.append(RuleResult{rule.id, rule.measure, o.verdict, severity, key, {link.id}, {link.kind},
                                        o.evidence, rule.remedy.isEmpty() ? rule.id : rule.remedy});
        }
    }
    countLinks(e, ws, judged, unprotected);
    for (auto it = judgedBeyond.cbegin(); it != judgedBeyond.cend(); ++it) {
        e.linksInScope[it.key()] += static_cast<int>(it.value().size());
        e.linksProtected[it.key()] +=
            static_cast<int>((it.value() - unprotectedBeyond.value(it.key())).size());
    }
    return e;
}

} // namespace mailtls
