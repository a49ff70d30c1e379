#pragma once

// TLS-RPT aggregate reports (RFC 8460 section 4): what sending organisations
// say of their sessions to our MX hosts, read strictly from their JSON, and
// summed for the views: per organisation and day, and per MX host of ours.
//
// The reader keeps to the RFC's schema: every required key present with its
// type (a string where a string is due, an array where an array is), counts
// whole numbers from 0 to kMaxSessionCount, times RFC 3339 with a zone, and
// sizes bounded (kMaxReportBytes of JSON, kMaxPolicies, kMaxFailureDetails).
// Keys the RFC does not define are ignored. "mx-host" is a string in the
// RFC's text and an array of strings in its example; both are taken. Every
// error names the source (the file, and the message for mail) and the JSON
// path of the value it is about ($.policies[0].summary...).
//
// Reading files, gzip and mail is tls_rpt_sources.h; storing, the store's.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailtls {

// Bounds of one report.
inline constexpr qsizetype kMaxReportBytes = 32 * 1024 * 1024; // its JSON, decompressed
inline constexpr qsizetype kMaxPolicies = 10'000;
inline constexpr qsizetype kMaxFailureDetails = 100'000;         // per policy
inline constexpr qint64 kMaxSessionCount = 1'000'000'000'000;    // per count: more is absurd

enum class TlsRptPolicyType
{
    Sts,           // "sts": an MTA-STS policy applied
    Tlsa,          // "tlsa": DANE
    NoPolicyFound, // "no-policy-found": plain opportunistic STARTTLS
};
QString tlsRptPolicyTypeKey(TlsRptPolicyType type);

// One line of "failure-details": sessions that failed one way.
struct TlsRptFailure
{
    QString resultType;            // "starttls-not-supported", "certificate-expired", ... as reported
    QString sendingMtaIp;          // optional fields are empty when the report leaves them out
    QString receivingMxHostname;
    QString receivingMxHelo;
    QString receivingIp;
    qint64 failedSessionCount = 0;
    QString additionalInformation;
    QString failureReasonCode;
};

// One entry of "policies": the policy the sender applied to a domain, and what happened.
struct TlsRptPolicyResult
{
    TlsRptPolicyType type = TlsRptPolicyType::NoPolicyFound;
    QStringList policyString;      // the policy's lines (MTA-STS) or TLSA records; may be empty
    QString policyDomain;
    QStringList mxHost;            // MTA-STS mx patterns or the MX host; may be empty
    qint64 successfulSessions = 0; // summary: total-successful-session-count
    qint64 failedSessions = 0;     // summary: total-failure-session-count
    QList<TlsRptFailure> failures;
};

struct TlsRptReport
{
    QString organization;          // organization-name
    QDateTime start;               // date-range, in UTC
    QDateTime end;
    QString contactInfo;
    QString reportId;
    QList<TlsRptPolicyResult> policies;
    QByteArray json;               // the report as received, kept as evidence
    QString source;                // where it was read: the file, and the message for mail

    // The UTC day the report is about (its date-range's start).
    QDate day() const { return start.date(); }
    // What makes two reports the same: the organisation and its report-id.
    QString key() const { return organization + QChar(0x1f) + reportId; }
};

// Reads one report's JSON. nullopt with *error ("SOURCE: $.path: what is wrong", translated) when it
// is not a report as RFC 8460 defines it.
std::optional<TlsRptReport> parseTlsRptReport(const QByteArray &json, const QString &source, QString *error);

// Per sending organisation, UTC day and policy domain: what the reports of that day said.
struct TlsRptDailyRow
{
    QString organization;
    QDate day;
    QString policyDomain;
    qint64 successful = 0;
    qint64 failed = 0;
    QMap<QString, qint64> failedByType; // result-type -> sessions, from failure-details
    int reports = 0;
};
// Sorted by day, organisation, domain; only the policies of domain when one is given.
QList<TlsRptDailyRow> tlsRptDaily(const QList<TlsRptReport> &reports, const QString &domain = {});

// What the reports say of one MX host of ours (or of what could not be split below a host).
struct TlsRptMxRow
{
    enum class Kind
    {
        Host,     // a host: one of ours, or a receiving-mx-hostname that is not
        Patterns, // a policy's mx-host patterns, matching several of our hosts or none
        Domain,   // a policy domain whose policy names no MX host (no-policy-found, mostly)
    };
    Kind kind = Kind::Host;
    // The host's name; the patterns, joined with ", "; or the domain.
    QString name;
    QStringList hosts;       // our MX hosts the row stands for: the host itself when ours; those
                             // the patterns match (none: they match no host of ours); none for a domain
    bool ours = false;       // name is one of our MX hosts
    QStringList alsoIn;      // for our host: the rows of patterns whose counts cover it too (its
                             // successes there are not split out by guess), by name
    qint64 successful = 0;   // sessions that went well
    qint64 failed = 0;       // sessions that failed, in all
    QMap<QString, qint64> failedByType; // result-type -> sessions; kNotDetailed for failures the
                                        // summary counts but no failure-details line explains
    QStringList organizations;          // who reported, sorted
};
inline constexpr QLatin1StringView kNotDetailed("not-detailed");

// Attributes the reports' sessions to our MX hosts (their names, as in the
// workspace): a failure-details line to its receiving-mx-hostname; the
// summary's successes, and the failures no line explains, to the one host of
// ours the policy's mx-host patterns match, or, when they match several or
// none (or there are none), to a row of the patterns or the domain (never
// split by guess). A receiving-mx-hostname that is not ours gets a row of
// its own (ours = false). Our hosts come first, in the order given, each
// once even without a report; then the other rows by name.
QList<TlsRptMxRow> tlsRptByMxHost(const QList<TlsRptReport> &reports, const QStringList &mxHosts,
                                  const QString &domain = {});

// Whether an MTA-STS mx pattern (RFC 8461 4.1: "*." covers exactly one
// leftmost label) or a host name matches a host, without regard to case.
bool tlsRptMxMatches(QStringView pattern, QStringView host);

QString tlsRptMxRowKindKey(TlsRptMxRow::Kind kind); // "host", "patterns", "domain"

// The views as JSON (docs/tls-rpt.md): {"daily": [...], "mx_hosts": [...]}.
QJsonObject tlsRptSummaryToJson(const QList<TlsRptDailyRow> &daily, const QList<TlsRptMxRow> &mx);

} // namespace mailtls
