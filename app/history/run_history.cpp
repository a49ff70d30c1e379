#include "app/history/run_history.h"

#include "app/inventory/labels.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTextStream>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::RunHistory)
};

constexpr int kFiguresVersion =
    2; // the JSON's shape: figures of another version are computed again

QString findingKey(const TriagedFinding &f)
{
    return f.finding.ruleId + u'@' + f.finding.endpoint;
}

std::optional<Severity> severityFromName(QStringView key)
{
    for (int s = int(Severity::Info); s <= int(Severity::Critical); ++s) {
        if (severityKey(Severity(s)) == key)
            return Severity(s);
    }
    return std::nullopt;
}

} // namespace

double RunFigures::encryptedShare(int measure) const
{
    const int links = measureLinks[measure - 1];
    return links == 0 ? -1 : 100.0 * measureEncrypted[measure - 1] / links;
}

double RunFigures::mxProtectedShare() const
{
    return mxHosts == 0 ? -1 : 100.0 * mxProtected / mxHosts;
}

double RunFigures::domainShare(int count) const
{
    return domains == 0 ? -1 : 100.0 * count / domains;
}

double RunFigures::versionShare(TlsVersion version) const
{
    return endpointsWithTls == 0 ? -1 : 100.0 * versionsAccepted.value(version) / endpointsWithTls;
}

int RunFigures::openTotal() const
{
    int n = 0;
    for (int v : openFindings)
        n += v;
    return n;
}

RunFigures runFigures(const ComplianceReport &r)
{
    RunFigures f;
    f.run = r.run;
    f.startedAt = r.runStarted;
    f.state = r.runState;
    for (const MeasureSummary &m : r.measures) {
        f.measureLinks[m.measure - 1] = m.links;
        f.measureEncrypted[m.measure - 1] = m.encrypted();
        f.measureStrong[m.measure - 1] = m.byState.value(LinkState::StrongTls);
    }
    f.openFindings = r.openBySeverity;
    f.acceptedFindings = r.acceptedFindings;
    f.versionsAccepted = r.versionsAccepted;
    f.endpointsWithTls = r.endpointsWithTls;
    for (int n : r.checklistByState)
        f.checklistItems += n;
    f.checklistDone =
        r.checklistByState.value(ItemState::Done) + r.checklistByState.value(ItemState::Verified);
    for (const DomainDefence &d : r.domains) {
        f.domains += 1;
        if (d.mtaSts.inForce == true && d.mtaSts.mode == StsMode::Enforce)
            f.domainsStsEnforced += 1;
        else if (d.mtaSts.inForce == true && d.mtaSts.mode == StsMode::Testing)
            f.domainsStsTesting += 1;
        if (d.tlsRpt.record)
            f.domainsTlsRpt += 1;
        if (dns::isFailure(d.check.mxLookup.status)) {
            // MX hosts unknown: one undecided MX, so that the share never looks better for it.
            f.mxHosts += 1;
            f.mxUndecided += 1;
        }
        bool daneEverywhere = !d.mx.isEmpty();
        for (const MxDefence &mx : d.mx) {
            f.mxHosts += 1;
            if (mx.protection == MxProtection::Undecided)
                f.mxUndecided += 1;
            else if (mx.protection != MxProtection::None)
                f.mxProtected += 1;
            if (mx.deliveryAtRisk == true)
                f.mxAtRisk += 1;
            daneEverywhere = daneEverywhere &&
                             (mx.protection == MxProtection::Dane || mx.protection == MxProtection::Both);
        }
        if (daneEverywhere)
            f.domainsDane += 1;
    }
    return f;
}

QJsonObject runFiguresToJson(const RunFigures &f)
{
    QJsonObject o;
    o.insert(QLatin1StringView("version"), kFiguresVersion);
    QJsonArray measures;
    for (int m = 0; m < 3; ++m)
        measures.append(QJsonObject{{QLatin1StringView("links"), f.measureLinks[m]},
                                    {QLatin1StringView("encrypted"), f.measureEncrypted[m]},
                                    {QLatin1StringView("strong"), f.measureStrong[m]}});
    o.insert(QLatin1StringView("measures"), measures);
    QJsonObject open;
    for (auto it = f.openFindings.cbegin(); it != f.openFindings.cend(); ++it)
        open.insert(severityKey(it.key()), it.value());
    o.insert(QLatin1StringView("open_findings"), open);
    o.insert(QLatin1StringView("accepted_findings"), f.acceptedFindings);
    QJsonObject versions;
    for (auto it = f.versionsAccepted.cbegin(); it != f.versionsAccepted.cend(); ++it)
        versions.insert(tlsVersionName(it.key()), it.value());
    o.insert(QLatin1StringView("versions_accepted"), versions);
    o.insert(QLatin1StringView("endpoints_with_tls"), f.endpointsWithTls);
    o.insert(QLatin1StringView("checklist_items"), f.checklistItems);
    o.insert(QLatin1StringView("checklist_done"), f.checklistDone);
    o.insert(QLatin1StringView("downgrade"),
             QJsonObject{{QLatin1StringView("domains"), f.domains},
                         {QLatin1StringView("sts_enforced"), f.domainsStsEnforced},
                         {QLatin1StringView("sts_testing"), f.domainsStsTesting},
                         {QLatin1StringView("dane"), f.domainsDane},
                         {QLatin1StringView("tls_rpt"), f.domainsTlsRpt},
                         {QLatin1StringView("mx_hosts"), f.mxHosts},
                         {QLatin1StringView("mx_protected"), f.mxProtected},
                         {QLatin1StringView("mx_undecided"), f.mxUndecided},
                         {QLatin1StringView("mx_at_risk"), f.mxAtRisk}});
    return o;
}

std::optional<RunFigures> runFiguresFromJson(const QJsonObject &o)
{
    if (o.value(QLatin1StringView("version")).toInt() != kFiguresVersion)
        return std::nullopt;
    RunFigures f;
    const QJsonArray measures = o.value(QLatin1StringView("measures")).toArray();
    if (measures.size() != 3)
        return std::nullopt;
    for (int m = 0; m < 3; ++m) {
        const QJsonObject mo = measures.at(m).toObject();
        f.measureLinks[m] = mo.value(QLatin1StringView("links")).toInt();
        f.measureEncrypted[m] = mo.value(QLatin1StringView("encrypted")).toInt();
        f.measureStrong[m] = mo.value(QLatin1StringView("strong")).toInt();
    }
    const QJsonObject open = o.value(QLatin1StringView("open_findings")).toObject();
    for (auto it = open.constBegin(); it != open.constEnd(); ++it) {
        if (const std::optional<Severity> s = severityFromName(it.key()))
            f.openFindings.insert(*s, it.value().toInt());
    }
    f.acceptedFindings = o.value(QLatin1StringView("accepted_findings")).toInt();
    const QJsonObject versions = o.value(QLatin1StringView("versions_accepted")).toObject();
    for (TlsVersion v : allTlsVersions()) {
        if (versions.contains(tlsVersionName(v)))
            f.versionsAccepted.insert(v, versions.value(tlsVersionName(v)).toInt());
    }
    f.endpointsWithTls = o.value(QLatin1StringView("endpoints_with_tls")).toInt();
    f.checklistItems = o.value(QLatin1StringView("checklist_items")).toInt();
    f.checklistDone = o.value(QLatin1StringView("checklist_done")).toInt();
    const QJsonObject d = o.value(QLatin1StringView("downgrade")).toObject();
    f.domains = d.value(QLatin1StringView("domains")).toInt();
    f.domainsStsEnforced = d.value(QLatin1StringView("sts_enforced")).toInt();
    f.domainsStsTesting = d.value(QLatin1StringView("sts_testing")).toInt();
    f.domainsDane = d.value(QLatin1StringView("dane")).toInt();
    f.domainsTlsRpt = d.value(QLatin1StringView("tls_rpt")).toInt();
    f.mxHosts = d.value(QLatin1StringView("mx_hosts")).toInt();
    f.mxProtected = d.value(QLatin1StringView("mx_protected")).toInt();
    f.mxUndecided = d.value(QLatin1StringView("mx_undecided")).toInt();
    f.mxAtRisk = d.value(QLatin1StringView("mx_at_risk")).toInt();
    return f;
}

RunFigures runFigures(const ReportInput &input, const Profile &profile, qint64 run)
{
    RunFigures figures = runFigures(
        buildComplianceReport(input, profile, {}, QDateTime::currentDateTimeUtc(), ReportParts::FiguresOnly));
    figures.run = run;
    return figures;
}

namespace {

// A run's figures from the store as it is now (its results, the checklist's
// states), kept: for runs whose audit did not keep them. std::nullopt and
// *error when the run cannot be read; the figures and *error when they could
// not be kept (a read-only store).
std::optional<RunFigures> recordRunFigures(AuditStore &store, const Workspace &workspace,
                                           const Profile &profile, qint64 run, QString *error)
{
    const std::optional<ReportInput> input =
        loadReportInput(store, workspace, run, profile.id, error, ReportParts::FiguresOnly);
    if (!input)
        return std::nullopt;
    const RunFigures figures = runFigures(*input, profile, run);
    store.setRunFigures(run, profile.id, runFiguresToJson(figures),
                        error); // a read-only store: *error only
    return figures;
}

} // namespace

QList<RunFigures> loadHistory(AuditStore &store, const Workspace &workspace, const Profile &profile,
                              QStringList *errors, int budgetMs)
{
    const QHash<qint64, QJsonObject> stored = store.runFigures(workspace.name, profile.id);
    const QList<StoredRun> runs = store.runs(workspace.name); // newest first: computed first
    QElapsedTimer clock;
    clock.start();
    QList<RunFigures> out;
    int postponed = 0;
    for (const StoredRun &run : runs) {
        if (run.state == u"running")
            continue;
        std::optional<RunFigures> figures = runFiguresFromJson(stored.value(run.id));
        if (!figures && clock.elapsed() > budgetMs) {
            postponed += 1; // a store of many large runs that has no figures yet: a few at a time
            continue;
        }
        if (!figures) {
            // A run from before figures were kept, or whose audit stopped before it could keep
            // them.
            QString error;
            figures = recordRunFigures(store, workspace, profile, run.id, &error);
            if (!error.isEmpty())
                errors->append(error);
            if (!figures)
                continue;
        }
        figures->run = run.id;
        figures->startedAt = run.startedAt;
        figures->state = run.state;
        out.prepend(*figures); // oldest first
    }
    if (postponed > 0)
        errors->append(
            Tr::tr("%n older run(s) not shown yet: their figures are computed a few at a time",
                   nullptr, postponed));
    return out;
}

QByteArray historyCsv(const QList<RunFigures> &history)
{
    QByteArray out;
    QTextStream s(&out);
    s << "run,started_at,state";
    for (int m = 1; m <= 3; ++m)
        s << ",m" << m << "_links,m" << m << "_encrypted,m" << m << "_strong";
    for (int sev = int(Severity::Critical); sev >= int(Severity::Info); --sev)
        s << ",open_" << severityKey(Severity(sev));
    s << ",accepted_findings,endpoints_with_tls";
    for (TlsVersion v : allTlsVersions())
        s << ',' << tlsVersionName(v).toLower().remove(u'.');
    s << ",checklist_items,checklist_done,domains,domains_sts_enforced,domains_sts_testing,domains_dane,"
         "domains_tls_rpt,mx_hosts,mx_protected,mx_undecided,mx_at_risk\n";
    for (const RunFigures &f : history) {
        s << f.run << ',' << f.startedAt.toString(Qt::ISODate) << ',' << f.state;
        for (int m = 0; m < 3; ++m)
            s << ',' << f.measureLinks[m] << ',' << f.measureEncrypted[m] << ','
              << f.measureStrong[m];
        for (int sev = int(Severity::Critical); sev >= int(Severity::Info); --sev)
            s << ',' << f.openFindings.value(Severity(sev));
        s << ',' << f.acceptedFindings << ',' << f.endpointsWithTls;
        for (TlsVersion v : allTlsVersions())
            s << ',' << f.versionsAccepted.value(v);
        s << ',' << f.checklistItems << ',' << f.checklistDone << ',' << f.domains << ','
          << f.domainsStsEnforced << ',' << f.domainsStsTesting << ',' << f.domainsDane << ','
          << f.domainsTlsRpt << ',' << f.mxHosts << ',' << f.mxProtected << ',' << f.mxUndecided
          << ',' << f.mxAtRisk << '\n';
    }
    s.flush();
    return out;
}

std::optional<int> linkStateRank(LinkState state)
{
    switch (state) {
    case LinkState::StrongTls:
        return 3;
    case LinkState::WeakTls:
        return 2;
    case LinkState::OptionalTls:
        return 1;
    case LinkState::Cleartext:
        return 0;
    case LinkState::Unreachable:
    case LinkState::NotProbed:
        return std::nullopt;
    }
    Q_UNREACHABLE();
}

RunDiff diffRuns(const ComplianceReport &before, const ComplianceReport &after)
{
    RunDiff d;
    d.before = before.run;
    d.after = after.run;
    QHash<QString, const TriagedFinding *> earlier;
    for (const TriagedFinding &f : before.findings)
        earlier.insert(findingKey(f), &f);
    QSet<QString> later;
    for (const TriagedFinding &f : after.findings) {
        later.insert(findingKey(f));
        (earlier.contains(findingKey(f)) ? d.unchanged : d.added).append(f);
    }
    for (const TriagedFinding &f : before.findings) {
        if (!later.contains(findingKey(f)))
            d.fixed.append(f);
    }
    // Links, matched by id across the two inventories.
    for (const MapEdge &e : after.map.edges()) {
        const int i = before.map.edgeIndex(e.linkId);
        if (i < 0)
            continue;
        const LinkState from = before.map.edges().at(i).status.state;
        const LinkState to = e.status.state;
        const std::optional<int> a = linkStateRank(from);
        const std::optional<int> b = linkStateRank(to);
        const RunDiff::LinkChange change{e.linkId, e.kind, e.endpoint, from, to};
        if (a && b && *b > *a)
            d.improved.append(change);
        else if (a && b && *b < *a)
            d.regressed.append(change);
        else
            d.linksUnchanged += 1;
    }
    return d;
}

} // namespace mailtls
