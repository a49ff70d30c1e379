#pragma once

// Inside the evaluator: what a policy check gets and gives, the helpers the
// checks share (policy_check_support.cpp), every check by family, and the
// registry that names them (policy_check_registry.cpp). A rule's "check" is a
// name in that registry; evaluate() (policy_evaluation.cpp) runs the check
// the rule names on every link the rule applies to. Not an interface for other
// code: evaluate() and policyChecks() are.
//
// The families, one file each:
//   policy_checks_versions.cpp     tls_offered, versions_refused, versions_supported_any, versions_classified
//   policy_checks_suites.cpp       forward_secrecy, suites_allowed, suites_min_strength, suites_classified
//   policy_checks_key_exchange.cpp dh_min_bits, groups_allowed
//   policy_checks_certificate.cpp  certificate, certificate_key
//   policy_checks_cleartext.cpp    cleartext_credentials, https_only, hsts, implicit_tls
//   policy_checks_observed.cpp     observed_cleartext (what real messages showed)
//   policy_checks_downgrade.cpp    downgrade_protected, downgrade_delivery, dane_rollover, tls_rpt_published
//   policy_checks_hygiene.cpp      hygiene (the probe's TLS hygiene answers: compression, renegotiation, ...)
//   policy_checks_outbound.cpp     outbound_sending (what a relay did as a client of the test receiver)

#include "app/domains/domain_defence.h"
#include "app/evidence/link_state.h"
#include "app/policy/policy_evaluation.h"
#include "probes/tls/cipher_registry.h"

#include <QJsonObject>

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
    const DomainDefences *domains = nullptr; // the audit's domain checks; nullptr: none ran
};

using Check = std::function<Outcome(const CheckInput &)>;

// One entry of the registry: the name rules use, the check, the parameters it reads
// (the profile loader validates rules against them).
struct RegisteredCheck
{
    QString name;
    Check check;
    QList<ParamSpec> params;
};

// policy_check_registry.cpp: every check, in a fixed order (an explicit table,
// no self-registering statics); the check of that name, empty when none.
const QList<RegisteredCheck> &checkRegistry();
Check checkNamed(const QString &name);

// policy_check_support.cpp, the helpers the checks share:
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

// Every suite accepted in every version the probe decided, and the versions it could not decide.
struct AcceptedSuite
{
    TlsVersion version;
    QString name;
    const CipherSuiteEntry *entry; // nullptr: SSL 2.0 spec, or a code point the catalog cannot name
};

struct AcceptedSuites
{
    QList<AcceptedSuite> suites;
    QStringList undecided; // versions undecided, or accepted without their whole suite list
};

AcceptedSuites acceptedSuites(const EndpointResult &r);
QString suiteText(const AcceptedSuite &s); // "TLSv1.2 TLS_RSA_WITH_..."
QString countedSuites(qsizetype n);        // "1 suite", "3 suites"
// The end of a suite check: pass with what passed, or incomplete when a version hides its suites.
Outcome passOrIncomplete(const AcceptedSuites &a, const QString &passed);

// A class-based check's classes: each listed item's class, the class of the
// rest, and the severity of each class that is a finding.
struct Classes
{
    QHash<QString, QString> byItem; // version name or suite code (as text) -> class
    QString otherwise;
    QMap<QString, Severity> severity;

    Classes(const QJsonObject &params, bool suites);

    QString classOf(const QString &item) const { return byItem.value(item, otherwise); }
};

// Fails with the worst class's severity; evidence per class found, the worst first.
Outcome classified(const Classes &classes, const QMap<QString, QStringList> &found, const QString &kind);

// policy_checks_versions.cpp: which protocol versions the endpoint accepts.
Outcome tlsOffered(const CheckInput &in);
Outcome versionsRefused(const CheckInput &in);
Outcome versionsSupportedAny(const CheckInput &in);
Outcome versionsClassified(const CheckInput &in);

// policy_checks_suites.cpp: the suites accepted, judged through the cipher suite catalog.
Outcome forwardSecrecy(const CheckInput &in);
Outcome suitesAllowed(const CheckInput &in);
Outcome suitesMinStrength(const CheckInput &in);
Outcome suitesClassified(const CheckInput &in);

// policy_checks_key_exchange.cpp: the Diffie-Hellman prime and the named groups.
Outcome dhMinBits(const CheckInput &in);
Outcome groupsAllowed(const CheckInput &in);

// policy_checks_certificate.cpp: the certificate's validity, trust, name and key.
Outcome certificate(const CheckInput &in);
Outcome certificateKey(const CheckInput &in);

// policy_checks_cleartext.cpp: credentials, web pages and services that could go without TLS.
Outcome cleartextCredentials(const CheckInput &in);
Outcome httpsOnly(const CheckInput &in);
Outcome hsts(const CheckInput &in);
Outcome implicitTls(const CheckInput &in);

// policy_checks_observed.cpp: what real messages showed on the link.
Outcome observedCleartext(const CheckInput &in);

// policy_checks_downgrade.cpp: the link's MX host against the domain checks
// (MTA-STS, DANE, TLS-RPT) of the domains whose MX it is.
Outcome downgradeProtected(const CheckInput &in);
Outcome downgradeDelivery(const CheckInput &in);
Outcome daneRollover(const CheckInput &in);
Outcome tlsRptPublished(const CheckInput &in);

// policy_checks_hygiene.cpp: one TLS hygiene answer of the probe (params "key", "expect").
Outcome hygiene(const CheckInput &in);

// policy_checks_outbound.cpp: one check of an outbound relay's sending side
// (param "check"), from the relay's outbound tests in the workspace.
Outcome outboundSending(const CheckInput &in);

} // namespace mailtls::policy_check
