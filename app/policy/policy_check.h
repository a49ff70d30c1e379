#pragma once

// Inside the evaluator (policy_evaluation.cpp): what a check gets and gives,
// the helpers the checks share, and the checks of TLS parameters that live in
// policy_checks_tls.cpp (suites, groups, certificate key, DH size). Not an
// interface for other code: evaluate() and policyChecks() are.

#include "app/evidence/link_state.h"
#include "app/policy/policy_evaluation.h"

#include <functional>
#include <optional>

namespace mailtls::policy_check {

// What one check concluded about one link.
struct Outcome
{
    Verdict verdict = Verdict::Incomplete;
    QList<Evidence> evidence;
    std::optional<Severity> severity; // when the check itself grades (forward secrecy, a class)
};

struct CheckInput
{
    const Rule &rule;
    const Link &link;
    const WorkspaceIndex &index;
    const EndpointResult *result; // nullptr: not probed
    QList<Observation> observations;
};

using Check = std::function<Outcome(const CheckInput &)>;

// 1. Evidence that the endpoint could be asked at all; empty when it could.
std::optional<Outcome> notAsked(const EndpointResult *r);
// 2. For checks of TLS itself: nothing to judge on an endpoint without TLS (tls_offered says so).
std::optional<Outcome> notAskedOrNoTls(const EndpointResult *r);
// By the cipher suite catalog; a code point it cannot name counts as without.
bool hasForwardSecrecy(const QString &suite);
QStringList acceptedVersions(const EndpointResult &r);
bool anyTls(const EndpointResult &r);
// The first few of a list, for evidence lines.
QString firstOf(const QStringList &items, qsizetype n);

// policy_checks_tls.cpp: every judgement about a suite goes through the cipher suite catalog.
Outcome suitesAllowed(const CheckInput &in);
Outcome suitesMinStrength(const CheckInput &in);
Outcome suitesClassified(const CheckInput &in);
Outcome versionsClassified(const CheckInput &in);
Outcome certificateKey(const CheckInput &in);
Outcome dhMinBits(const CheckInput &in);
Outcome groupsAllowed(const CheckInput &in);

} // namespace mailtls::policy_check
