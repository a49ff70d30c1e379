#include "app/imports/tls_rpt_report.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::TlsRptReport)
};

// Reads typed values out of the report, each error with its JSON path; the
// first error stops the reading (later reads answer empty).
class Reader
{
public:
    explicit Reader(const QString &source) : m_source(source) {}

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    void fail(const QString &path, const QString &why)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: %2: %3").arg(m_source, path, why);
    }

    // A member that must be there (required) or may be (optional: nullopt when absent or null).
    std::optional<QJsonValue> member(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const auto it = o.constFind(key);
        if (it == o.constEnd() || (!required && it->isNull())) {
            if (required)
                fail(path, Tr::tr("the required key \"%1\" is missing").arg(key));
            return std::nullopt;
        }
        return *it;
    }

    QString string(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const QString at = path + QLatin1Char('.') + key;
        const std::optional<QJsonValue> v = member(o, path, key, required);
        if (!v)
            return {};
        if (!v->isString()) {
            fail(at, Tr::tr("a string is expected, not %1").arg(typeName(*v)));
            return {};
        }
        if (required && v->toString().trimmed().isEmpty())
            fail(at, Tr::tr("must not be empty"));
        return v->toString();
    }

    // A name or an id: a string without control characters (they have no place in one, and a store's TEXT
    // column may refuse them).
    QString name(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QString s = string(o, path, key, true);
        for (QChar c : s) {
            if (c.category() == QChar::Other_Control) {
                fail(path + QLatin1Char('.') + key,
                     Tr::tr("holds a control character (U+%1)").arg(c.unicode(), 4, 16, QLatin1Char('0')));
                return {};
            }
        }
        return s;
    }

    QJsonObject object(const QJsonObject &o, const QString &path, const QString &key)
    {
        const std::optional<QJsonValue> v = member(o, path, key, true);
        if (!v)
            return {};
        if (!v->isObject()) {
            fail(path + QLatin1Char('.') + key, Tr::tr("an object is expected, not %1").arg(typeName(*v)));
            return {};
        }
        return v->toObject();
    }

    // An array (required, or optional: empty when absent) of at most max entries.
    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key, bool required, qsizetype max)
    {
        const std::optional<QJsonValue> v = member(o, path, key, required);
        if (!v)
            return {};
        const QString at = path + QLatin1Char('.') + key;
        if (!v->isArray()) {
            fail(at, Tr::tr("an array is expected, not %1").arg(typeName(*v)));
            return {};
        }
        const QJsonArray a = v->toArray();
        if (a.size() > max) {
            fail(at, Tr::tr("%1 entries, more than the %2 a report may hold here").arg(a.size()).arg(max));
            return {};
        }
        return a;
    }

    // A string or an array of strings (mx-host, policy-string).
    QStringList strings(const QJsonObject &o, const QString &path, const QString &key)
    {
        const std::optional<QJsonValue> v = member(o, path, key, false);
        if (!v)
            return {};
        const QString at = path + QLatin1Char('.') + key;
        if (v->isString())
            return {v->toString()};
        if (!v->isArray()) {
            fail(at, Tr::tr("a string or an array of strings is expected, not %1").arg(typeName(*v)));
            return {};
        }
        const QJsonArray a = v->toArray();
        if (a.size() > kMaxFailureDetails) {
            fail(at, Tr::tr("%1 entries, more than the %2 a report may hold here").arg(a.size()).arg(kMaxFailureDetails));
            return {};
        }
        QStringList out;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                fail(QStringLiteral("%1[%2]").arg(at).arg(i),
                     Tr::tr("a string is expected, not %1").arg(typeName(a.at(i))));
                return {};
            }
            out.append(a.at(i).toString());
        }
        return out;
    }

    qint64 count(const QJsonObject &o, const QString &path, const QString &key)
    {
        const std::optional<QJsonValue> v = member(o, path, key, true);
        if (!v)
            return 0;
        const QString at = path + QLatin1Char('.') + key;
        if (!v->isDouble()) {
            fail(at, Tr::tr("a whole number is expected, not %1").arg(typeName(*v)));
            return 0;
        }
        const double d = v->toDouble();
        if (!std::isfinite(d) || d != std::floor(d)) {
            fail(at, Tr::tr("a whole number is expected, not %1").arg(d));
            return 0;
        }
        if (d < 0) {
            fail(at, Tr::tr("a count cannot be negative (%1)").arg(qint64(d)));
            return 0;
        }
        if (d > double(kMaxSessionCount)) {
            fail(at, Tr::tr("%1 sessions is beyond belief (at most %2 are taken)")
                         .arg(QString::number(d, 'g', 15), QString::number(kMaxSessionCount)));
            return 0;
        }
        return qint64(d);
    }

    QDateTime time(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QString text = string(o, path, key, true);
        if (failed())
            return {};
        // RFC 3339 date-time: a full date, a time and a zone (Z or an offset).
        const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        const bool zoned = text.endsWith(QLatin1Char('Z'), Qt::CaseInsensitive) ||
                           (text.size() > 6 && (text.at(text.size() - 6) == QLatin1Char('+') ||
                                                text.at(text.size() - 6) == QLatin1Char('-')));
        if (!t.isValid() || !zoned || text.size() < 20 || text.at(10).toUpper() != QLatin1Char('T')) {
            fail(path + QLatin1Char('.') + key,
                 Tr::tr("\"%1\" is not an RFC 3339 date-time with a zone (as 2026-04-01T00:00:00Z)").arg(text));
            return {};
        }
        return t.toUTC();
    }

    static QString typeName(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null: return QStringLiteral("null");
        case QJsonValue::Bool: return QStringLiteral("true/false");
        case QJsonValue::Double: return Tr::tr("a number");
        case QJsonValue::String: return Tr::tr("a string");
        case QJsonValue::Array: return Tr::tr("an array");
        case QJsonValue::Object: return Tr::tr("an object");
        case QJsonValue::Undefined: break;
        }
        return QStringLiteral("undefined");
    }

private:
    QString m_source;
    QString m_error;
};

std::optional<TlsRptPolicyType> policyTypeFromKey(const QString &key)
{
    if (key == QLatin1String("sts"))
        return TlsRptPolicyType::Sts;
    if (key == QLatin1String("tlsa"))
        return TlsRptPolicyType::Tlsa;
    if (key == QLatin1String("no-policy-found"))
        return TlsRptPolicyType::NoPolicyFound;
    return std::nullopt;
}

TlsRptFailure readFailure(Reader &r, const QJsonValue &value, const QString &path)
{
    TlsRptFailure f;
    if (!value.isObject()) {
        r.fail(path, Tr::tr("an object is expected, not %1").arg(Reader::typeName(value)));
        return f;
    }
    const QJsonObject o = value.toObject();
    f.resultType = r.string(o, path, QStringLiteral("result-type"), true);
    f.sendingMtaIp = r.string(o, path, QStringLiteral("sending-mta-ip"), false);
    f.receivingMxHostname = r.string(o, path, QStringLiteral("receiving-mx-hostname"), false);
    f.receivingMxHelo = r.string(o, path, QStringLiteral("receiving-mx-helo"), false);
    f.receivingIp = r.string(o, path, QStringLiteral("receiving-ip"), false);
    f.failedSessionCount = r.count(o, path, QStringLiteral("failed-session-count"));
    f.additionalInformation = r.string(o, path, QStringLiteral("additional-information"), false);
    f.failureReasonCode = r.string(o, path, QStringLiteral("failure-reason-code"), false);
    return f;
}

TlsRptPolicyResult readPolicy(Reader &r, const QJsonValue &value, const QString &path)
{
    TlsRptPolicyResult p;
    if (!value.isObject()) {
        r.fail(path, Tr::tr("an object is expected, not %1").arg(Reader::typeName(value)));
        return p;
    }
    const QJsonObject o = value.toObject();
    const QString policyPath = path + QStringLiteral(".policy");
    const QJsonObject policy = r.object(o, path, QStringLiteral("policy"));
    if (r.failed())
        return p;
    const QString type = r.string(policy, policyPath, QStringLiteral("policy-type"), true);
    if (r.failed())
        return p;
    const std::optional<TlsRptPolicyType> t = policyTypeFromKey(type);
    if (!t) {
        r.fail(policyPath + QStringLiteral(".policy-type"),
               Tr::tr("\"%1\" is not a policy type (sts, tlsa or no-policy-found)").arg(type));
        return p;
    }
    p.type = *t;
    p.policyString = r.strings(policy, policyPath, QStringLiteral("policy-string"));
    p.policyDomain = r.string(policy, policyPath, QStringLiteral("policy-domain"), true);
    p.mxHost = r.strings(policy, policyPath, QStringLiteral("mx-host"));
    const QString summaryPath = path + QStringLiteral(".summary");
    const QJsonObject summary = r.object(o, path, QStringLiteral("summary"));
    p.successfulSessions = r.count(summary, summaryPath, QStringLiteral("total-successful-session-count"));
    p.failedSessions = r.count(summary, summaryPath, QStringLiteral("total-failure-session-count"));
    const QString detailsPath = path + QStringLiteral(".failure-details");
    const QJsonArray details =
        r.array(o, path, QStringLiteral("failure-details"), false, kMaxFailureDetails);
    for (qsizetype i = 0; i < details.size() && !r.failed(); ++i)
        p.failures.append(readFailure(r, details.at(i), QStringLiteral("%1[%2]").arg(detailsPath).arg(i)));
    return p;
}

QString normalHost(QString name)
{
    name = name.trimmed().toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

bool wanted(const TlsRptPolicyResult &p, const QString &domain)
{
    return domain.isEmpty() || normalHost(p.policyDomain) == normalHost(domain);
}

} // namespace

QString tlsRptPolicyTypeKey(TlsRptPolicyType type)
{
    switch (type) {
    case TlsRptPolicyType::Sts: return QStringLiteral("sts");
    case TlsRptPolicyType::Tlsa: return QStringLiteral("tlsa");
    case TlsRptPolicyType::NoPolicyFound: return QStringLiteral("no-policy-found");
    }
    return {};
}

std::optional<TlsRptReport> parseTlsRptReport(const QByteArray &json, const QString &source, QString *error)
{
    Reader r(source);
    if (json.size() > kMaxReportBytes) {
        r.fail(QStringLiteral("$"), Tr::tr("%1 bytes of JSON, more than the %2 a report may have")
                                        .arg(json.size())
                                        .arg(kMaxReportBytes));
        *error = r.error();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Tr::tr("%1: not JSON (%2 at byte %3)").arg(source, parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        r.fail(QStringLiteral("$"), Tr::tr("a report is a JSON object"));
        *error = r.error();
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    const QString root = QStringLiteral("$");
    TlsRptReport report;
    report.organization = r.name(o, root, QStringLiteral("organization-name"));
    const QJsonObject range = r.object(o, root, QStringLiteral("date-range"));
    const QString rangePath = QStringLiteral("$.date-range");
    report.start = r.time(range, rangePath, QStringLiteral("start-datetime"));
    report.end = r.time(range, rangePath, QStringLiteral("end-datetime"));
    if (!r.failed() && report.end < report.start) {
        r.fail(rangePath, Tr::tr("it ends (%1) before it starts (%2)")
                              .arg(report.end.toString(Qt::ISODate), report.start.toString(Qt::ISODate)));
    }
    report.contactInfo = r.string(o, root, QStringLiteral("contact-info"), true);
    report.reportId = r.name(o, root, QStringLiteral("report-id"));
    const QJsonArray policies = r.array(o, root, QStringLiteral("policies"), true, kMaxPolicies);
    for (qsizetype i = 0; i < policies.size() && !r.failed(); ++i)
        report.policies.append(readPolicy(r, policies.at(i), QStringLiteral("$.policies[%1]").arg(i)));
    if (r.failed()) {
        *error = r.error();
        return std::nullopt;
    }
    report.json = json;
    report.source = source;
    return report;
}

QList<TlsRptDailyRow> tlsRptDaily(const QList<TlsRptReport> &reports, const QString &domain)
{
    QMap<std::tuple<QDate, QString, QString>, TlsRptDailyRow> rows;
    for (const TlsRptReport &report : reports) {
        QSet<QString> counted; // a report counts once per row
        for (const TlsRptPolicyResult &p : report.policies) {
            if (!wanted(p, domain))
                continue;
            const QString policyDomain = normalHost(p.policyDomain);
            TlsRptDailyRow &row = rows[{report.day(), report.organization, policyDomain}];
            row.organization = report.organization;
            row.day = report.day();
            row.policyDomain = policyDomain;
            row.successful += p.successfulSessions;
            row.failed += p.failedSessions;
            qint64 detailed = 0;
            for (const TlsRptFailure &f : p.failures) {
                row.failedByType[f.resultType] += f.failedSessionCount;
                detailed += f.failedSessionCount;
            }
            if (p.failedSessions > detailed)
                row.failedByType[QString(kNotDetailed)] += p.failedSessions - detailed;
            if (!counted.contains(policyDomain)) {
                counted.insert(policyDomain);
                ++row.reports;
            }
        }
    }
    return rows.values();
}

bool tlsRptMxMatches(QStringView pattern, QStringView host)
{
    const QString p = normalHost(pattern.toString());
    const QString h = normalHost(host.toString());
    if (p.isEmpty() || h.isEmpty())
        return false;
    if (p.startsWith(QLatin1String("*."))) {
        const qsizetype dot = h.indexOf(QLatin1Char('.'));
        return dot > 0 && QStringView(h).mid(dot) == QStringView(p).mid(1);
    }
    return p == h;
}

QList<TlsRptMxRow> tlsRptByMxHost(const QList<TlsRptReport> &reports, const QStringList &mxHosts,
                                  const QString &domain)
{
    QList<TlsRptMxRow> ours;
    QMap<QString, qsizetype> ourIndex; // normalised name -> row
    for (const QString &host : mxHosts) {
        const QString n = normalHost(host);
        if (n.isEmpty() || ourIndex.contains(n))
            continue;
        ourIndex.insert(n, ours.size());
        TlsRptMxRow row;
        row.name = n;
        row.hosts = {n};
        row.ours = true;
        ours.append(row);
    }
    QMap<QString, TlsRptMxRow> others;
    auto rowFor = [&](const QString &name, TlsRptMxRow::Kind kind, const QStringList &hosts) -> TlsRptMxRow & {
        if (const auto it = ourIndex.constFind(name); it != ourIndex.constEnd())
            return ours[*it];
        TlsRptMxRow &row = others[name];
        row.kind = kind;
        row.name = name;
        row.hosts = hosts;
        return row;
    };
    auto addOrganization = [](TlsRptMxRow &row, const QString &organization) {
        if (!row.organizations.contains(organization))
            row.organizations.append(organization);
    };
    for (const TlsRptReport &report : reports) {
        for (const TlsRptPolicyResult &p : report.policies) {
            if (!wanted(p, domain))
                continue;
            // Where the summary's counts go: the one host of ours the patterns match, else the patterns or domain.
            QStringList matched;
            for (const TlsRptMxRow &row : std::as_const(ours)) {
                for (const QString &pattern : p.mxHost) {
                    if (tlsRptMxMatches(pattern, row.name)) {
                        matched.append(row.name);
                        break;
                    }
                }
            }
            QStringList patterns;
            for (const QString &pattern : p.mxHost)
                patterns.append(normalHost(pattern));
            const QString policyRow = matched.size() == 1 ? matched.constFirst()
                                      : patterns.isEmpty() ? normalHost(p.policyDomain)
                                                           : patterns.join(QStringLiteral(", "));
            const TlsRptMxRow::Kind kind = matched.size() == 1 ? TlsRptMxRow::Kind::Host
                                           : patterns.isEmpty() ? TlsRptMxRow::Kind::Domain
                                                                : TlsRptMxRow::Kind::Patterns;
            TlsRptMxRow &summaryRow = rowFor(policyRow, kind, matched);
            summaryRow.successful += p.successfulSessions;
            addOrganization(summaryRow, report.organization);
            qint64 detailed = 0;
            for (const TlsRptFailure &f : p.failures) {
                const QString host = normalHost(f.receivingMxHostname);
                TlsRptMxRow &row = host.isEmpty() ? summaryRow : rowFor(host, TlsRptMxRow::Kind::Host, {});
                row.failed += f.failedSessionCount;
                row.failedByType[f.resultType] += f.failedSessionCount;
                addOrganization(row, report.organization);
                detailed += f.failedSessionCount;
            }
            if (p.failedSessions > detailed) {
                summaryRow.failed += p.failedSessions - detailed;
                summaryRow.failedByType[QString(kNotDetailed)] += p.failedSessions - detailed;
            }
        }
    }
    for (const TlsRptMxRow &row : std::as_const(others)) {
        if (row.kind != TlsRptMxRow::Kind::Patterns)
            continue;
        for (const QString &host : row.hosts)
            ours[ourIndex.value(host)].alsoIn.append(row.name);
    }
    QList<TlsRptMxRow> out = ours;
    for (TlsRptMxRow &row : others)
        out.append(row);
    for (TlsRptMxRow &row : out)
        std::sort(row.organizations.begin(), row.organizations.end());
    return out;
}

QString tlsRptMxRowKindKey(TlsRptMxRow::Kind kind)
{
    switch (kind) {
    case TlsRptMxRow::Kind::Host: return QStringLiteral("host");
    case TlsRptMxRow::Kind::Patterns: return QStringLiteral("patterns");
    case TlsRptMxRow::Kind::Domain: return QStringLiteral("domain");
    }
    return {};
}

QJsonObject tlsRptSummaryToJson(const QList<TlsRptDailyRow> &daily, const QList<TlsRptMxRow> &mx)
{
    auto byType = [](const QMap<QString, qint64> &m) {
        QJsonObject o;
        for (auto it = m.constBegin(); it != m.constEnd(); ++it)
            o.insert(it.key(), double(it.value()));
        return o;
    };
    QJsonArray days;
    for (const TlsRptDailyRow &row : daily) {
        days.append(QJsonObject{{QStringLiteral("organization"), row.organization},
                                {QStringLiteral("day"), row.day.toString(Qt::ISODate)},
                                {QStringLiteral("policy_domain"), row.policyDomain},
                                {QStringLiteral("successful"), double(row.successful)},
                                {QStringLiteral("failed"), double(row.failed)},
                                {QStringLiteral("failed_by_type"), byType(row.failedByType)},
                                {QStringLiteral("reports"), row.reports}});
    }
    QJsonArray hosts;
    for (const TlsRptMxRow &row : mx) {
        hosts.append(QJsonObject{{QStringLiteral("name"), row.name},
                                 {QStringLiteral("kind"), tlsRptMxRowKindKey(row.kind)},
                                 {QStringLiteral("ours"), row.ours},
                                 {QStringLiteral("hosts"), QJsonArray::fromStringList(row.hosts)},
                                 {QStringLiteral("also_in"), QJsonArray::fromStringList(row.alsoIn)},
                                 {QStringLiteral("successful"), double(row.successful)},
                                 {QStringLiteral("failed"), double(row.failed)},
                                 {QStringLiteral("failed_by_type"), byType(row.failedByType)},
                                 {QStringLiteral("organizations"), QJsonArray::fromStringList(row.organizations)}});
    }
    return QJsonObject{{QStringLiteral("daily"), days}, {QStringLiteral("mx_hosts"), hosts}};
}

} // namespace mailtls
