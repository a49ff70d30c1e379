#include "app/policy/policy_profile.h"

#include "app/evidence/outbound_verdict.h"
#include "app/policy/policy_evaluation.h"
#include "probes/hygiene/hygiene.h"
#include "probes/tls/cipher_registry.h"
#include "probes/tls/hello.h"
#include "probes/tls/tls_version.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <array>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Policy)
};

constexpr std::array<std::pair<Severity, const char *>, 5> kSeverities{{
    {Severity::Info, "info"},
    {Severity::Low, "low"},
    {Severity::Medium, "medium"},
    {Severity::High, "high"},
    {Severity::Critical, "critical"},
}};

// Reads a profile, remembering the first error with its JSON path.
class ProfileReader
{
public:
    explicit ProfileReader(QString source) : m_source(std::move(source)) {}

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &path, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = m_source + QStringLiteral(": ") + path + QStringLiteral(": ") + message;
    }

    QString string(const QJsonObject &o, const QString &path, QLatin1StringView key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString() || v.toString().isEmpty())
            fail(path + QLatin1Char('.') + key, Tr::tr("expected a non-empty string"));
        return v.toString();
    }

    LocalizedText text(const QJsonValue &v, const QString &path)
    {
        const QJsonObject t = v.toObject();
        return LocalizedText{string(t, path, QLatin1StringView("en")), string(t, path, QLatin1StringView("ja"))};
    }

    Severity severity(const QJsonValue &v, const QString &path)
    {
        const auto s = severityFromKey(v.toString());
        if (!s)
            fail(path, Tr::tr("unknown severity '%1'").arg(v.toString()));
        return s.value_or(Severity::Medium);
    }

    LinkKind linkKind(const QString &key, const QString &path)
    {
        const auto k = linkKindFromKey(key);
        if (!k)
            fail(path, Tr::tr("unknown link kind '%1'").arg(key));
        return k.value_or(LinkKind::InternalRelay);
    }

    // A check's parameters against what it declares: each one known, of its type, the required present.
    void params(const QJsonObject &params, const CheckSpec &check, const QString &path)
    {
        for (auto it = params.begin(); it != params.end() && !failed(); ++it) {
            const auto spec = std::find_if(check.params.cbegin(), check.params.cend(),
                                           [&](const ParamSpec &p) { return p.name == it.key(); });
            const QString p2 = path + QLatin1Char('.') + it.key();
            if (spec == check.params.cend())
                fail(p2, Tr::tr("check '%1' takes no parameter '%2'").arg(check.name, it.key()));
            else
                param(it.value(), spec->type, p2, params);
        }
        for (const ParamSpec &spec : check.params) {
            if (spec.required && !params.contains(spec.name))
                fail(path + QLatin1Char('.') + spec.name, Tr::tr("required by check '%1'").arg(check.name));
        }
    }

private:
    // Every named group the probe can report, by the name it reports.
    static const QSet<QString> &groupNames()
    {
        static const QSet<QString> names = [] {
            QSet<QString> set;
            for (quint32 code = 1; code <= 0xffff; ++code) {
                const QString name = namedGroupName(quint16(code));
                if (!name.startsWith(QLatin1StringView("0x")))
                    set.insert(name);
            }
            return set;
        }();
        return names;
    }

    void groups(const QJsonValue &v, const QString &path)
    {
        const QJsonArray a = v.toArray();
        if (!v.isArray() || a.isEmpty())
            fail(path, Tr::tr("expected a non-empty array of named groups"));
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!groupNames().contains(a.at(i).toString()))
                fail(path + QStringLiteral("[%1]").arg(i),
                     Tr::tr("unknown named group '%1' (as the probe names them: x25519, secp256r1, ffdhe2048, ...)")
                         .arg(a.at(i).toString()));
        }
    }

    void names(const QJsonValue &v, const QString &path, bool suites)
    {
        if (!v.isArray() || v.toArray().isEmpty()) {
            fail(path, suites ? Tr::tr("expected a non-empty array of cipher suite names")
                              : Tr::tr("expected a non-empty array of protocol version names"));
            return;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p2 = path + QStringLiteral("[%1]").arg(i);
            const QString name = a.at(i).toString();
            if (!a.at(i).isString())
                fail(p2, Tr::tr("expected a string"));
            else if (suites && !cipherSuiteByName(name))
                fail(p2, Tr::tr("unknown cipher suite '%1' (IANA names, as in the catalog)").arg(name));
            else if (!suites && !tlsVersionFromName(name))
                fail(p2, Tr::tr("unknown protocol version '%1'").arg(name));
        }
    }

    // The class names a class-based check declares (its "classes" keys and "otherwise").
    static QStringList classNames(const QJsonObject &params)
    {
        QStringList names = params.value(QLatin1StringView("classes")).toObject().keys();
        if (params.value(QLatin1StringView("otherwise")).isString())
            names << params.value(QLatin1StringView("otherwise")).toString();
        return names;
    }

    void param(const QJsonValue &v, ParamType type, const QString &path, const QJsonObject &all)
    {
        switch (type) {
        case ParamType::Versions: names(v, path, false); return;
        case ParamType::Suites: names(v, path, true); return;
        case ParamType::Groups: groups(v, path); return;
        case ParamType::Severity: severity(v, path); return;
        case ParamType::Strength:
            if (!cipherStrengthFromKey(v.toString()) || v.toString() == QLatin1StringView("signalling"))
                fail(path, Tr::tr("unknown strength class '%1' (insecure, weak, secure, recommended)")
                               .arg(v.toString()));
            return;
        case ParamType::Bits:
            if (!v.isDouble() || v.toInt() <= 0 || v.toDouble() != v.toInt())
                fail(path, Tr::tr("expected a positive number of bits"));
            return;
        case ParamType::KeyTypes: {
            const QJsonObject o = v.toObject();
            if (!v.isObject() || o.isEmpty())
                fail(path, Tr::tr("expected an object of key types and minimum bits"));
            for (auto it = o.begin(); it != o.end(); ++it)
                param(it.value(), ParamType::Bits, path + QLatin1Char('.') + it.key(), all);
            return;
        }
        case ParamType::VersionClasses:
        case ParamType::SuiteClasses: {
            const QJsonObject o = v.toObject();
            if (!v.isObject() || o.isEmpty())
                fail(path, Tr::tr("expected an object of class names and lists"));
            QSet<QString> seen;
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QString p2 = path + QLatin1Char('.') + it.key();
                names(it.value(), p2, type == ParamType::SuiteClasses);
                for (const QJsonValue &n : it.value().toArray()) {
                    if (seen.contains(n.toString()))
                        fail(p2, Tr::tr("'%1' is in two classes").arg(n.toString()));
                    seen.insert(n.toString());
                }
            }
            return;
        }
        case ParamType::ClassName:
            if (!v.isString() || v.toString().isEmpty())
                fail(path, Tr::tr("expected a class name"));
            return;
        case ParamType::HygieneKey:
            if (!hygieneKeys().contains(v.toString()))
                fail(path, Tr::tr("unknown hygiene check '%1' (one of: %2)")
                               .arg(v.toString(), hygieneKeys().join(QStringLiteral(", "))));
            return;
        case ParamType::OutboundCheck:
            if (!outboundCheckFromKey(v.toString()) ||
                v.toString() == outboundCheckKey(OutboundCheckId::FallbackOpportunistic))
                fail(path, Tr::tr("unknown outbound check '%1' (one of: %2)")
                               .arg(v.toString(), QStringList{outboundCheckKey(OutboundCheckId::UsesStartTls),
                                                              outboundCheckKey(OutboundCheckId::BestVersion),
                                                              outboundCheckKey(OutboundCheckId::SendsSni),
                                                              outboundCheckKey(OutboundCheckId::NoFallbackWhenRequired),
                                                              outboundCheckKey(OutboundCheckId::ChecksCertificateWhenRequired)}
                                                      .join(QStringLiteral(", "))));
            return;
        case ParamType::Boolean:
            if (!v.isBool())
                fail(path, Tr::tr("expected true or false"));
            return;
        case ParamType::ClassSeverities: {
            const QJsonObject o = v.toObject();
            if (!v.isObject())
                fail(path, Tr::tr("expected an object of class names and severities"));
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QString p2 = path + QLatin1Char('.') + it.key();
                if (!classNames(all).contains(it.key()))
                    fail(p2, Tr::tr("unknown class '%1'").arg(it.key()));
                severity(it.value(), p2);
            }
            return;
        }
        }
    }

    QString m_source;
    QString m_error;
};

} // namespace

QString severityKey(Severity severity)
{
    for (const auto &[s, key] : kSeverities) {
        if (s == severity)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<Severity> severityFromKey(QStringView key)
{
    for (const auto &[s, name] : kSeverities) {
        if (key == QLatin1StringView(name))
            return s;
    }
    return std::nullopt;
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Info: return Tr::tr("info");
    case Severity::Low: return Tr::tr("low");
    case Severity::Medium: return Tr::tr("medium");
    case Severity::High: return Tr::tr("high");
    case Severity::Critical: return Tr::tr("critical");
    }
    return {};
}

QList<Severity> allSeverities()
{
    return {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info};
}

QString LocalizedText::text(QStringView language) const
{
    return language == u"ja" && !ja.isEmpty() ? ja : en;
}

QString LocalizedText::text() const
{
    return text(QLocale().language() == QLocale::Japanese ? u"ja" : u"en");
}

const Rule *Profile::rule(QStringView ruleId) const
{
    for (const Rule &r : rules) {
        if (r.id == ruleId)
            return &r;
    }
    return nullptr;
}

ProfileReadResult parseProfile(const QByteArray &json, const QString &sourceName, const QList<CheckSpec> &checks)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return {std::nullopt, sourceName + QStringLiteral(": ") + parseError.errorString()};
    const QJsonObject root = doc.object();
    ProfileReader r(sourceName);
    if (root.value(QLatin1StringView("schema_version")).toInt() != 1)
        r.fail(QStringLiteral("$.schema_version"), Tr::tr("expected 1"));
    Profile p;
    const QString top = QStringLiteral("$");
    p.id = r.string(root, top, QLatin1StringView("id"));
    p.version = r.string(root, top, QLatin1StringView("version"));
    p.title = r.text(root.value(QLatin1StringView("title")), QStringLiteral("$.title"));
    p.source = r.string(root, top, QLatin1StringView("source"));
    const QJsonArray rules = root.value(QLatin1StringView("rules")).toArray();
    if (rules.isEmpty())
        r.fail(QStringLiteral("$.rules"), Tr::tr("expected a non-empty array"));
    for (qsizetype i = 0; i < rules.size() && !r.failed(); ++i) {
        const QString path = QStringLiteral("rules[%1]").arg(i);
        const QJsonObject o = rules.at(i).toObject();
        Rule rule;
        rule.id = r.string(o, path, QLatin1StringView("id"));
        rule.measure = o.value(QLatin1StringView("measure")).toInt();
        if (rule.measure < 1 || rule.measure > 4)
            r.fail(path + QStringLiteral(".measure"), Tr::tr("expected 1, 2, 3 or 4"));
        rule.title = r.text(o.value(QLatin1StringView("title")), path + QStringLiteral(".title"));
        rule.rationale = r.text(o.value(QLatin1StringView("rationale")), path + QStringLiteral(".rationale"));
        rule.severity = r.severity(o.value(QLatin1StringView("severity")), path + QStringLiteral(".severity"));
        const QJsonObject byKind = o.value(QLatin1StringView("severity_by_kind")).toObject();
        for (auto it = byKind.begin(); it != byKind.end(); ++it) {
            const QString p2 = path + QStringLiteral(".severity_by_kind.") + it.key();
            rule.severityByKind.insert(r.linkKind(it.key(), p2), r.severity(it.value(), p2));
        }
        const QJsonObject notes = o.value(QLatin1StringView("note_by_kind")).toObject();
        for (auto it = notes.begin(); it != notes.end(); ++it) {
            const QString p2 = path + QStringLiteral(".note_by_kind.") + it.key();
            rule.noteByKind.insert(r.linkKind(it.key(), p2), r.text(it.value(), p2));
        }
        for (const QJsonValue &k : o.value(QLatin1StringView("applies_to")).toArray())
            rule.appliesTo.append(r.linkKind(k.toString(), path + QStringLiteral(".applies_to")));
        if (rule.appliesTo.isEmpty())
            r.fail(path + QStringLiteral(".applies_to"), Tr::tr("expected at least one link kind"));
        rule.check = r.string(o, path, QLatin1StringView("check"));
        const auto check = std::find_if(checks.cbegin(), checks.cend(),
                                        [&](const CheckSpec &c) { return c.name == rule.check; });
        if (!r.failed() && check == checks.cend())
            r.fail(path + QStringLiteral(".check"), Tr::tr("unknown check '%1'").arg(rule.check));
        const QJsonValue params = o.value(QLatin1StringView("params"));
        if (!params.isUndefined() && !params.isObject())
            r.fail(path + QStringLiteral(".params"), Tr::tr("expected an object"));
        rule.params = params.toObject();
        if (!r.failed())
            r.params(rule.params, *check, path + QStringLiteral(".params"));
        if (o.contains(QLatin1StringView("remedy")))
            rule.remedy = r.string(o, path, QLatin1StringView("remedy"));
        for (const QJsonValue &ref : o.value(QLatin1StringView("references")).toArray())
            rule.references.append(ref.toString());
        if (!r.failed() && p.rule(rule.id))
            r.fail(path + QStringLiteral(".id"), Tr::tr("duplicate rule id '%1'").arg(rule.id));
        p.rules.append(rule);
    }
    if (r.failed())
        return {std::nullopt, r.error()};
    return {p, {}};
}

QList<Profile> builtinProfiles()
{
    static const QList<Profile> profiles = [] {
        QList<Profile> list;
        for (const char *name : {"m3aawg", "rfc9325", "rfc8314", "mozilla-intermediate", "mozilla-modern",
                                 "nist-800-52r2", "bsi-tr-02102-2", "ncsc-nl"}) {
            const QString path = QStringLiteral(":/policy/%1.json").arg(QLatin1StringView(name));
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                qFatal("missing compiled-in profile %s", name);
            const ProfileReadResult r = parseProfile(f.readAll(), path, policyChecks());
            if (!r.profile)
                qFatal("%s", qPrintable(r.error)); // compiled-in data is tested; never ship a broken one
            list.append(*r.profile);
        }
        return list;
    }();
    return profiles;
}

std::optional<Profile> builtinProfile(QStringView id)
{
    for (const Profile &p : builtinProfiles()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

} // namespace mailtls
