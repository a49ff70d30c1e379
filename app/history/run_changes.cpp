#include "app/history/run_changes.h"

#include "app/evidence/link_state.h"

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

// The certificates of a run's results, each address's own, by endpoint and fingerprint.
QList<CertificateChange> certificatesOf(const ReportInput &input, int expiryDays)
{
    QList<CertificateChange> all;
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
            all.append(change);
        }
    }
    std::sort(all.begin(), all.end(), [](const CertificateChange &a, const CertificateChange &b) {
        return std::tie(a.notAfter, a.endpoint, a.address) <
               std::tie(b.notAfter, b.endpoint, b.address);
    });
    return all;
}

QString certificateKey(const CertificateChange &c)
{
    return c.endpoint + u'|' + c.address + u'|' + c.fingerprint;
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

QJsonObject findingToJson(const TriagedFinding &f)
{
    QJsonObject o;
    o.insert(QLatin1StringView("rule"), f.finding.ruleId);
    o.insert(QLatin1StringView("measure"), f.finding.measure);
    o.insert(QLatin1StringView("severity"), severityKey(f.finding.severity));
    o.insert(QLatin1StringView("endpoint"), f.finding.endpoint);
    o.insert(QLatin1StringView("links"), QJsonArray::fromStringList(f.finding.links));
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

RunChanges runChanges(const ComplianceReport &after, const ReportInput &afterInput,
                      const ComplianceReport *before, const ReportInput *beforeInput,
                      int expiryDays)
{
    RunChanges c;
    c.workspace = after.workspace;
    c.run = after.run;
    c.runStarted = after.runStarted;
    c.expiryDays = expiryDays;

    // 1. Certificates: worse standing than at the previous run (or than valid, with none).
    QHash<QString, CertificateStanding> earlier;
    if (beforeInput) {
        for (const CertificateChange &b : certificatesOf(*beforeInput, expiryDays))
            earlier.insert(certificateKey(b), b.standing);
    }
    for (const CertificateChange &a : certificatesOf(afterInput, expiryDays)) {
        const CertificateStanding was =
            earlier.value(certificateKey(a), CertificateStanding::Valid);
        if (int(a.standing) > int(was))
            c.certificates.append(a);
    }
    if (!before)
        return c;

    // 2. Findings and links, as the report's comparison sees them.
    c.previous = before->run;
    c.previousStarted = before->runStarted;
    const RunDiff diff = diffRuns(*before, after);
    for (const TriagedFinding &f : diff.added) {
        if (!f.accepted())
            c.opened.append(f);
    }
    c.fixed = diff.fixed;
    QSet<QString> ranked;
    auto news = [&](const RunDiff::LinkChange &change) {
        const MapEdge &e = after.map.edges().at(after.map.edgeIndex(change.link));
        return LinkNews{change, after.map.nodes().value(e.from).name, e.status.incomplete};
    };
    for (const RunDiff::LinkChange &r : diff.regressed) {
        c.regressed.append(news(r));
        ranked.insert(r.link);
    }
    for (const RunDiff::LinkChange &r : diff.improved) {
        const LinkNews n = news(r);
        ranked.insert(r.link);
        // Better on an answer left undecided is not better: only undecided.
        (n.incomplete ? c.undecided : c.improved).append(n);
    }
    // 3. Links decided at the previous run that no answer decides now.
    for (const MapEdge &e : after.map.edges()) {
        const int i = before->map.edgeIndex(e.linkId);
        if (i < 0 || ranked.contains(e.linkId))
            continue;
        const MapLinkStatus &was = before->map.edges().at(i).status;
        const bool decidedBefore = linkStateRank(was.state).has_value() && !was.incomplete;
        const bool decidedNow = linkStateRank(e.status.state).has_value() && !e.status.incomplete;
        if (decidedBefore && !decidedNow) {
            c.undecided.append(
                news(RunDiff::LinkChange{e.linkId, e.kind, e.endpoint, was.state, e.status.state}));
        }
    }
    return c;
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
    o.insert(QLatin1StringView("findings_opened"), arrayOf(c.opened, findingToJson));
    o.insert(QLatin1StringView("findings_fixed"), arrayOf(c.fixed, findingToJson));
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
