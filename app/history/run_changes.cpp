#include "app/history/run_changes.h"

#include "app/evidence/link_state.h"
#include "app/policy/evaluation_json.h"

#include <QJsonArray>

namespace mailtls {

namespace {

QString standingKey(CertificateStanding s)
{
    switch (s) {
    case CertificateStanding::Valid:
        return QStringLiteral("valid");
    case CertificateStanding::Expiring:
        return QStringLiteral("expiring");
    case CertificateStanding::Expired:
        return QStringLiteral("expired");
    }
    Q_UNREACHABLE();
}

// The certificates of a run's results by endpoint and fingerprint: one
// entry per certificate, at the worst standing of the addresses serving it.
QHash<QString, CertificateChange> certificatesOf(const ReportInput &input, int expiryDays)
{
    QHash<QString, CertificateChange> all;
    const QDateTime now = input.run.startedAt;
    for (auto it = input.results.cbegin(); it != input.results.cend(); ++it) {
        for (const EndpointResult *r : it.value().addressResults()) {
            if (!r->certificate || !r->certificate->notAfter.isValid())
                continue;
            const CertificateInfo &c = *r->certificate;
            CertificateChange change;
            change.endpoint = it.key();
            change.address = r->address;
            change.subject = c.subject;
            change.fingerprint = c.sha256Fingerprint;
            change.notAfter = c.notAfter;
            change.daysLeft = now.secsTo(c.notAfter) / 86400;
            change.standing = certificateStanding(c.notAfter, now, expiryDays);
            const QString key = change.endpoint + u'|' + change.fingerprint;
            const auto known = all.constFind(key);
            if (known == all.cend() || int(change.standing) > int(known->standing))
                all.insert(key, change);
        }
    }
    return all;
}

// A link's state in one run: its rank (nullopt: unreachable, not probed) and
// whether an answer was left undecided (then the link is at most that good).
struct LinkSeen
{
    bool present = false;
    std::optional<int> rank;
    bool incomplete = false;
    LinkState state = LinkState::NotProbed;

    bool decided() const { return rank.has_value() && !incomplete; }
};

LinkSeen linkIn(const ComplianceReport &report, const QString &linkId)
{
    const int i = report.map.edgeIndex(linkId);
    if (i < 0)
        return {};
    const MapLinkStatus &st = report.map.edges().at(i).status;
    return {true, linkStateRank(st.state), st.incomplete, st.state};
}

QString findingKey(const RuleResult &r)
{
    return r.ruleId + u'@' + r.endpoint;
}

// A check's outcome in one run: failing, undecided, or neither (passed, or not asked).
enum class CheckSeen
{
    Clear,
    Failing,
    Undecided
};

struct RunChecks
{
    QSet<QString> failing;
    QSet<QString> undecided;

    explicit RunChecks(const ComplianceReport &r)
    {
        for (const TriagedFinding &f : r.findings)
            failing.insert(findingKey(f.finding));
        for (const RuleResult &u : r.undecided)
            undecided.insert(findingKey(u));
    }
    CheckSeen seen(const QString &key) const
    {
        if (failing.contains(key))
            return CheckSeen::Failing;
        return undecided.contains(key) ? CheckSeen::Undecided : CheckSeen::Clear;
    }
};

// The last outcome of a check that was not undecided, newest run first; Clear when none was.
CheckSeen lastKnown(const QList<RunChecks> &earlier, const QString &key)
{
    for (const RunChecks &r : earlier) {
        const CheckSeen s = r.seen(key);
        if (s != CheckSeen::Undecided)
            return s;
    }
    return CheckSeen::Clear;
}

QJsonObject linkNewsToJson(const LinkNews &n)
{
    QJsonObject o;
    o.insert(QLatin1StringView("link"), n.change.link);
    o.insert(QLatin1StringView("kind"), linkKindKey(n.change.kind));
    o.insert(QLatin1StringView("from"), n.from);
    o.insert(QLatin1StringView("endpoint"), n.change.endpoint);
    o.insert(QLatin1StringView("before"), linkStateKey(n.change.from));
    o.insert(QLatin1StringView("after"), linkStateKey(n.change.to));
    o.insert(QLatin1StringView("incomplete"), n.incomplete);
    return o;
}

// A finding as the findings command writes it (ruleResultToJson) when its rule is known.
QJsonObject findingToJson(const RuleResult &r, const QHash<QString, const Rule *> &rules)
{
    if (const Rule *rule = rules.value(r.ruleId))
        return ruleResultToJson(r, *rule);
    QJsonObject o;
    o.insert(QLatin1StringView("rule"), r.ruleId);
    o.insert(QLatin1StringView("measure"), r.measure);
    o.insert(QLatin1StringView("severity"), severityKey(r.severity));
    o.insert(QLatin1StringView("endpoint"), r.endpoint);
    o.insert(QLatin1StringView("links"), QJsonArray::fromStringList(r.links));
    return o;
}

template <typename T, typename F> QJsonArray arrayOf(const QList<T> &items, F toJson)
{
    QJsonArray a;
    for (const T &item : items)
        a.append(toJson(item));
    return a;
}

} // namespace

CertificateStanding certificateStanding(const QDateTime &notAfter, const QDateTime &now,
                                        int expiryDays)
{
    if (notAfter <= now)
        return CertificateStanding::Expired;
    if (notAfter <= now.addDays(expiryDays))
        return CertificateStanding::Expiring;
    return CertificateStanding::Valid;
}

RunChanges runChanges(const RunView &afterView, const QList<RunView> &earlier, int expiryDays)
{
    const ComplianceReport &after = *afterView.report;
    RunChanges c;
    c.workspace = after.workspace;
    c.run = after.run;
    c.runStarted = after.runStarted;
    c.expiryDays = expiryDays;
    c.rules = after.rules;

    // 1. Certificates: worse standing than at their last sight (valid when never seen).
    QList<QHash<QString, CertificateChange>> seenBefore;
    for (const RunView &e : earlier)
        seenBefore.append(certificatesOf(*e.input, expiryDays));
    const QHash<QString, CertificateChange> now = certificatesOf(*afterView.input, expiryDays);
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        CertificateStanding was = CertificateStanding::Valid;
        for (const QHash<QString, CertificateChange> &b : std::as_const(seenBefore)) {
            if (const auto known = b.constFind(it.key()); known != b.cend()) {
                was = known->standing;
                break;
            }
        }
        if (int(it->standing) > int(was))
            c.certificates.append(*it);
    }
    std::sort(c.certificates.begin(), c.certificates.end(),
              [](const CertificateChange &a, const CertificateChange &b) {
                  return std::tie(a.notAfter, a.endpoint) < std::tie(b.notAfter, b.endpoint);
              });
    if (earlier.isEmpty())
        return c;
    const ComplianceReport &previous = *earlier.first().report;
    c.previous = previous.run;
    c.previousStarted = previous.runStarted;

    // 2. Links: the state now against the last state that had a rank.
    for (const MapEdge &e : after.map.edges()) {
        const LinkSeen justBefore = linkIn(previous, e.linkId);
        if (!justBefore.present)
            continue; // a new link: nothing to compare
        LinkSeen last;
        for (const RunView &r : earlier) {
            const LinkSeen s = linkIn(*r.report, e.linkId);
            if (!s.present)
                break; // the link did not exist before this run
            if (s.rank) {
                last = s;
                break;
            }
        }
        const std::optional<int> rank = linkStateRank(e.status.state);
        const LinkNews news{RunDiff::LinkChange{e.linkId, e.kind, e.endpoint,
                                                last.rank ? last.state : justBefore.state,
                                                e.status.state},
                            after.map.nodes().value(e.from).name, e.status.incomplete};
        if (rank && last.rank && *rank < *last.rank)
            c.regressed.append(news); // undecided answers could only make it worse still
        else if (rank && last.rank && *rank > *last.rank && !e.status.incomplete)
            c.improved.append(news);
        else if ((!rank || e.status.incomplete) && justBefore.decided())
            c.undecided.append(
                LinkNews{{e.linkId, e.kind, e.endpoint, justBefore.state, e.status.state},
                         news.from,
                         e.status.incomplete});
    }

    // 3. Findings: each check against its last outcome that was not undecided.
    QList<RunChecks> checks;
    for (const RunView &r : earlier)
        checks.append(RunChecks(*r.report));
    const RunChecks nowChecks(after);
    for (const TriagedFinding &f : after.findings) {
        if (!f.accepted() && lastKnown(checks, findingKey(f.finding)) != CheckSeen::Failing)
            c.opened.append(f);
    }
    // Failing at their last outcome before: fixed when clear now; when undecided
    // now, told once (the night after the last failing run), never "fixed".
    QSet<QString> told;
    for (qsizetype j = 0; j < earlier.size(); ++j) {
        for (const TriagedFinding &f : earlier.at(j).report->findings) {
            const QString key = findingKey(f.finding);
            if (told.contains(key))
                continue;
            bool newest = true;
            for (qsizetype i = 0; i < j && newest; ++i)
                newest = checks.at(i).seen(key) == CheckSeen::Undecided;
            if (!newest)
                continue;
            told.insert(key);
            const CheckSeen s = nowChecks.seen(key);
            if (s == CheckSeen::Clear)
                c.fixed.append(f);
            else if (s == CheckSeen::Undecided && j == 0)
                c.findingsUndecided.append(f.finding);
        }
    }
    return c;
}

bool leavesUndecided(const ComplianceReport &report)
{
    if (!report.undecided.isEmpty())
        return true;
    for (const MapEdge &e : report.map.edges()) {
        if (e.status.incomplete ||
            (!linkStateRank(e.status.state) && e.status.state != LinkState::NotProbed))
            return true;
    }
    return false;
}

QJsonObject runChangesToJson(const RunChanges &c)
{
    QJsonObject o;
    o.insert(QLatin1StringView("workspace"), c.workspace);
    o.insert(QLatin1StringView("run"), c.run);
    o.insert(QLatin1StringView("started"), c.runStarted.toString(Qt::ISODate));
    o.insert(QLatin1StringView("previous_run"), c.previous ? QJsonValue(c.previous) : QJsonValue());
    o.insert(QLatin1StringView("previous_started"),
             c.previous ? QJsonValue(c.previousStarted.toString(Qt::ISODate)) : QJsonValue());
    o.insert(QLatin1StringView("regression"), c.regression());
    o.insert(QLatin1StringView("links_regressed"), arrayOf(c.regressed, linkNewsToJson));
    o.insert(QLatin1StringView("links_improved"), arrayOf(c.improved, linkNewsToJson));
    o.insert(QLatin1StringView("links_undecided"), arrayOf(c.undecided, linkNewsToJson));
    const auto finding = [&c](const TriagedFinding &f) {
        return findingToJson(f.finding, c.rules);
    };
    o.insert(QLatin1StringView("findings_opened"), arrayOf(c.opened, finding));
    o.insert(QLatin1StringView("findings_fixed"), arrayOf(c.fixed, finding));
    o.insert(QLatin1StringView("findings_undecided"),
             arrayOf(c.findingsUndecided,
                     [&c](const RuleResult &r) { return findingToJson(r, c.rules); }));
    o.insert(QLatin1StringView("expiry_days"), c.expiryDays);
    o.insert(QLatin1StringView("certificates"),
             arrayOf(c.certificates, [](const CertificateChange &x) {
                 QJsonObject j;
                 j.insert(QLatin1StringView("endpoint"), x.endpoint);
                 j.insert(QLatin1StringView("address"), x.address);
                 j.insert(QLatin1StringView("subject"), x.subject);
                 j.insert(QLatin1StringView("sha256"), x.fingerprint);
                 j.insert(QLatin1StringView("not_after"), x.notAfter.toString(Qt::ISODate));
                 j.insert(QLatin1StringView("days_left"), x.daysLeft);
                 j.insert(QLatin1StringView("standing"), standingKey(x.standing));
                 return j;
             }));
    return o;
}

} // namespace mailtls
