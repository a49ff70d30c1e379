#pragma once

// From evidence to verdicts: every rule of a profile checked on every link it
// applies to, against the probe result of the endpoint that receives the link
// and what real messages showed on it. Pure functions over data; the window,
// the command line and the reports all show the same findings.
//
// A rule whose evidence is missing (endpoint not probed, unreachable, a
// version undecided) is "incomplete", never "pass". One finding per rule and
// endpoint, listing every link that crosses it. An endpoint whose name has
// several addresses is checked address by address and the worst verdict wins;
// evidence that differs between addresses names its address.

#include "app/domains/domain_defence.h"
#include "app/policy/policy_profile.h"
#include "probes/endpoint_probe.h"

#include <QHash>

namespace mailtls {

enum class Verdict { Pass, Fail, Incomplete, NotApplicable };

QString verdictKey(Verdict verdict); // "pass", "fail", "incomplete", "not_applicable"
QString verdictLabel(Verdict verdict); // translated

// One fact a verdict rests on: what was seen and where.
struct Evidence
{
    QString kind;   // "version", "suite", "group", "capability", "certificate", "status", "http", "observation",
                    // "hygiene"
    QString detail; // English, cites what the server sent or what the probe decided
    bool operator==(const Evidence &) const = default;
};

struct RuleResult
{
    QString ruleId;
    int measure = 0;
    Verdict verdict = Verdict::Incomplete;
    Severity severity = Severity::Medium; // for this endpoint's role (the highest of its links)
    QString endpoint;     // EndpointRef text, e.g. "mx2/smtp"
    QStringList links;    // link ids
    QList<LinkKind> kinds; // of those links
    QList<Evidence> evidence;
    QString remedyRule; // the rule whose remedy fixes it: the rule's "remedy", else its id
};

struct Evaluation
{
    QString profileId;
    QString profileVersion;
    QList<RuleResult> results; // every rule x endpoint, sorted by measure, rule, endpoint
    // Links in scope of each measure (some rule of the profile applies to them),
    // and those with no high or critical rule failing or undecided.
    QMap<int, int> linksInScope;
    QMap<int, int> linksProtected;

    QList<RuleResult> findings() const; // the failures, most severe first
};

// results: probe results by EndpointRef text (as the audit stores them, with port).
// domains: the audit's domain checks (MTA-STS, DANE, TLS-RPT); nullptr when
// none ran, which leaves the rules that need them incomplete.
Evaluation evaluate(const Profile &profile, const Workspace &workspace,
                    const QHash<QString, EndpointResult> &results, const DomainDefences *domains = nullptr);

// The checks the evaluator implements, with the parameters each reads (the
// profile loader validates rules against them).
const QList<CheckSpec> &policyChecks();
// Their names, as rules use them.
QStringList policyCheckNames();

} // namespace mailtls
