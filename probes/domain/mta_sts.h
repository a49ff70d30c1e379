#pragma once

// MTA-STS (RFC 8461) read as a sending MTA reads it, strictly, with errors
// meant for the admin who publishes it. Pure functions, no network:
//   1. the `_mta-sts.DOMAIN` TXT record (section 3.1): of all TXT texts at the
//      name, those beginning "v=STSv1" count; exactly one must be there and be
//      well formed (`v=STSv1; id=...` and `name=value` extensions);
//   2. the policy file (section 3.2): `key: value` lines, version, mode,
//      max_age and mx fields; every error names its line;
//   3. MX patterns (section 4.1): which MX hosts a policy's `mx` lines cover.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailtls {

// A well-formed `_mta-sts` TXT record.
struct StsRecord
{
    QString text;                               // the record as published
    QString id;                                 // 1 to 32 letters and digits
    QList<QPair<QString, QString>> extensions;  // other `name=value` fields, in order
};

// What the TXT texts at `_mta-sts.DOMAIN` say.
struct StsRecordResult
{
    QStringList candidates;          // the texts beginning "v=STSv1", as published
    std::optional<StsRecord> record; // exactly one candidate, well formed
    QStringList errors;              // why there is no record although candidates exist
    // No candidate at all: the domain publishes no MTA-STS (not an error).
    bool absent() const { return candidates.isEmpty(); }
};

// Picks the candidates among all TXT texts at the name (dns::txtText of each
// record) and parses the one there should be. More than one candidate is an
// error: senders then act as if the domain had no policy.
StsRecordResult readStsRecords(const QStringList &texts);

// Parses one record text strictly (RFC 8461 3.1 ABNF); nullopt with *error
// (which quotes the record) when it is not well formed.
std::optional<StsRecord> parseStsRecord(const QString &text, QString *error);

// The record in canonical form: "v=STSv1; id=ID; name=value".
QString serialiseStsRecord(const StsRecord &record);

enum class StsMode { Enforce, Testing, None };
QString stsModeKey(StsMode mode); // "enforce", "testing", "none"
std::optional<StsMode> stsModeFromKey(QStringView key);

// One error of a policy file. line: 1-based; 0 for the file as a whole (a
// field missing). fatal: an error in a required field (version, mode, max_age,
// mx), which makes the policy invalid for a sender (RFC 8461 3.2); other errors
// (garbage lines, bad extensions) a lenient sender skips.
struct StsPolicyError
{
    int line = 0;
    QString message;
    bool fatal = false;
    QString text() const; // "line 4: ..." or the message alone for line 0

    bool operator==(const StsPolicyError &) const = default;
};

// A policy file, parsed. Fields hold only values that are well formed.
struct StsPolicy
{
    std::optional<QString> version;             // "STSv1"
    std::optional<StsMode> mode;
    QStringList mx;                             // patterns, in order, as written
    std::optional<qint64> maxAge;               // seconds, 0 .. kStsMaxAge
    QList<QPair<QString, QString>> extensions;  // unknown `key: value` fields, in order
    QList<StsPolicyError> errors;
    int lineCount = 0;                          // lines of the file (a last line without a terminator counts)

    // What a sender would do: use the policy only when its required fields are all well formed.
    bool usable() const;
};

inline constexpr qint64 kStsMaxAge = 31557600; // RFC 8461 3.2: about one year
// Errors listed per policy before the rest are summed up in one (a garbage
// body of 64 KiB would otherwise give tens of thousands).
inline constexpr int kStsMaxErrors = 100;

// Parses a policy file (the body of the HTTPS response). Reports every error,
// each naming its line; an error never stops the parse.
StsPolicy parseStsPolicy(QByteArrayView body);

// The policy's well-formed fields as a policy file (CRLF lines: version, mode,
// each mx, max_age, the extensions); parsing it gives the same fields.
QByteArray serialiseStsPolicy(const StsPolicy &policy);

// Whether an mx value is well formed: a domain name, optionally behind "*."
// (RFC 8461 3.2: `["*."] Domain` of RFC 5321).
bool isValidStsMxPattern(QStringView pattern);

// RFC 8461 4.1: pattern "mx.example.com" matches that name; "*.example.com"
// matches exactly one more label on the left ("a.example.com", not
// "example.com" nor "a.b.example.com"). ASCII case does not count, nor a
// trailing dot on either side.
bool stsMxMatches(QStringView pattern, QStringView host);

// A policy's patterns against the MX hosts DNS gives.
struct StsMxCrossCheck
{
    QStringList unmatchedHosts;  // MX hosts no pattern matches: an enforcing sender will not deliver to them
    QStringList unusedPatterns;  // patterns that match no MX host: stale, or a typing error
};
StsMxCrossCheck crossCheckStsMx(const QStringList &patterns, const QStringList &mxHosts);

} // namespace mailtls
