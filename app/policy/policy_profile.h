#pragma once

// Policy profiles as versioned data (resources/policy/*.json): each rule has
// an id (M1.x, M2.x, M3.x for the M3AAWG baseline), a title and rationale in
// English and Japanese, a severity (per link kind where the role changes it:
// an inbound MX is opportunistic, submission and access are strict), the
// link kinds it applies to, the references auditors cite, and the name of the
// check (policy_evaluation.h) with its parameters.

#include "app/inventory/workspace.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailtls {

enum class Severity { Info, Low, Medium, High, Critical };

QString severityKey(Severity severity); // "info", "low", ...
std::optional<Severity> severityFromKey(QStringView key);
QString severityLabel(Severity severity); // translated
QList<Severity> allSeverities();

// Text kept in the data in both languages the app speaks.
struct LocalizedText
{
    QString en;
    QString ja;

    // The text in language "ja" or "en" (English when the language has none).
    QString text(QStringView language) const;
    // The text in the language of the default QLocale (Japanese for ja_*, else English).
    QString text() const;
    bool operator==(const LocalizedText &) const = default;
};

struct Rule
{
    QString id;         // "M1.2"
    int measure = 0;    // 1, 2 or 3
    LocalizedText title;
    LocalizedText rationale;
    Severity severity = Severity::Medium;
    QMap<LinkKind, Severity> severityByKind;
    QMap<LinkKind, LocalizedText> noteByKind; // what the role changes, e.g. for an inbound MX
    QList<LinkKind> appliesTo;
    QString check;      // name of the check function
    QJsonObject params; // the check's parameters
    QStringList references;
    QString remedy;     // the baseline rule whose remedy fixes this one ("M1.6"); empty: its own id

    Severity severityFor(LinkKind kind) const { return severityByKind.value(kind, severity); }
};

struct Profile
{
    QString id;      // "m3aawg"
    QString version; // "2026.11"
    LocalizedText title;
    QString source;  // the documents and editions the rules transcribe, and what could not be verified
    QList<Rule> rules;

    const Rule *rule(QStringView ruleId) const;
};

struct ProfileReadResult
{
    std::optional<Profile> profile;
    QString error; // names the source and the JSON path
};

// What a check's parameter holds; the loader validates it (policy_profile.cpp).
enum class ParamType
{
    Versions,        // array of protocol version names ("TLSv1.2")
    Suites,          // array of IANA cipher suite names the catalog knows
    Groups,          // array of named groups as the probe names them ("x25519", "secp256r1", "ffdhe2048")
    Severity,        // a severity key
    Strength,        // a catalog strength key ("weak", "secure", ...)
    Bits,            // a positive integer
    KeyTypes,        // object: certificate key type ("RSA", "EC", ...) -> minimum bits
    VersionClasses,  // object: class name -> array of version names
    SuiteClasses,    // object: class name -> array of IANA suite names
    ClassName,       // a string naming a class
    ClassSeverities, // object: class name -> severity key
    HygieneKey,      // a key of the probe's TLS hygiene checks (hygieneKeys(): "compression", ...)
    Boolean,         // true or false
    OutboundCheck,   // a check of an outbound relay's sending side (outboundCheckKey(): "uses_starttls", ...)
};

struct ParamSpec
{
    QString name;
    ParamType type = ParamType::Versions;
    bool required = false;
};

// A check the evaluator implements and the parameters it reads.
struct CheckSpec
{
    QString name;
    QList<ParamSpec> params;
};

// checks: what the evaluator implements (policyChecks()). A rule naming
// another check, an unknown parameter, a missing required one or a value of the
// wrong type (an unknown version, suite, severity...) is an error naming the
// JSON path, never silently skipped at evaluation.
ProfileReadResult parseProfile(const QByteArray &json, const QString &sourceName, const QList<CheckSpec> &checks);

// The profiles compiled into the binary, by id ("m3aawg" first: the default).
QList<Profile> builtinProfiles();
std::optional<Profile> builtinProfile(QStringView id);

} // namespace mailtls
