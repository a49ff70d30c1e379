#include "probes/domain/mta_sts.h"

#include <QCoreApplication>
#include <QHash>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::MtaSts)
};

constexpr qsizetype kMaxQuoted = 120; // characters of a record or line quoted in an error

bool isWsp(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// Text quoted in an error: control characters shown as \xNN, long texts cut.
QString quoted(QStringView text)
{
    QString out;
    for (QChar c : text.left(kMaxQuoted)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (text.size() > kMaxQuoted)
        out += QStringLiteral("...");
    return out;
}

QString quotedBytes(QByteArrayView bytes)
{
    return quoted(QString::fromUtf8(bytes));
}

// RFC 8461 sts-ext-name and sts-policy-ext-name: a letter or digit, then up to
// 31 letters, digits, "_", "-" or ".".
bool isExtensionName(QStringView name)
{
    if (name.isEmpty() || name.size() > 32 || !isAsciiAlnum(name.front().unicode()))
        return false;
    for (QChar c : name) {
        if (!isAsciiAlnum(c.unicode()) && c != QLatin1Char('_') && c != QLatin1Char('-') &&
            c != QLatin1Char('.'))
            return false;
    }
    return true;
}

QString extensionNameRule()
{
    return Tr::tr("a field name is a letter or digit, then up to 31 letters, digits, \"_\", \"-\" or \".\"");
}

// RFC 8461 3.1 sts-ext-value: visible ASCII except "=" and ";".
bool isRecordExtensionValue(QStringView value)
{
    if (value.isEmpty())
        return false;
    for (QChar c : value) {
        const char16_t u = c.unicode();
        if (u < 0x21 || u > 0x7e || u == u'=' || u == u';')
            return false;
    }
    return true;
}

// RFC 8461 3.2 sts-policy-ext-value: visible characters (UTF-8 allowed) with
// single spaces inside, none at either end. value is valid UTF-8 already.
bool isPolicyExtensionValue(QStringView value)
{
    if (value.isEmpty() || value.front() == QLatin1Char(' ') || value.back() == QLatin1Char(' '))
        return false;
    for (QChar c : value) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0xfffd)
            return false;
    }
    return true;
}

QStringView withoutTrailingDot(QStringView name)
{
    return name.endsWith(QLatin1Char('.')) ? name.chopped(1) : name;
}

} // namespace

// --- the TXT record (RFC 8461 3.1) ---------------------------------------

std::optional<StsRecord> parseStsRecord(const QString &text, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<StsRecord> {
        *error = Tr::tr("MTA-STS record \"%1\": %2").arg(quoted(text), why);
        return std::nullopt;
    };
    const QLatin1StringView version("v=STSv1");
    if (!text.startsWith(version))
        return fail(Tr::tr("it does not begin with v=STSv1"));
    StsRecord record;
    record.text = text;
    bool haveId = false;
    qsizetype pos = version.size();
    const qsizetype n = text.size();
    for (;;) {
        // field-delim = *WSP ";" *WSP, before every field; one more may end the record.
        qsizetype p = pos;
        while (p < n && isWsp(text.at(p)))
            ++p;
        if (p == n) {
            if (p != pos)
                return fail(Tr::tr("whitespace at the end (allowed only around \";\")"));
            break;
        }
        if (text.at(p) != QLatin1Char(';'))
            return fail(Tr::tr("expected \";\" at position %1, found \"%2\"")
                            .arg(p + 1)
                            .arg(quoted(text.mid(p, 1))));
        ++p;
        while (p < n && isWsp(text.at(p)))
            ++p;
        if (p == n)
            break; // a trailing delimiter
        qsizetype end = p;
        while (end < n && !isWsp(text.at(end)) && text.at(end) != QLatin1Char(';'))
            ++end;
        const QStringView field = QStringView(text).sliced(p, end - p);
        pos = end;
        const qsizetype eq = field.indexOf(QLatin1Char('='));
        if (eq < 0)
            return fail(Tr::tr("field \"%1\" has no \"=\"").arg(quoted(field)));
        const QStringView name = field.left(eq);
        const QStringView value = field.sliced(eq + 1);
        if (name == QLatin1StringView("id")) {
            if (haveId)
                return fail(Tr::tr("%1 appears twice").arg(QStringLiteral("id")));
            bool ok = !value.isEmpty() && value.size() <= 32;
            for (QChar c : value)
                ok = ok && isAsciiAlnum(c.unicode());
            if (!ok)
                return fail(Tr::tr("the id \"%1\" is not 1 to 32 letters and digits").arg(quoted(value)));
            record.id = value.toString();
            haveId = true;
            continue;
        }
        if (!isExtensionName(name))
            return fail(Tr::tr("\"%1\" is not a field name (%2)").arg(quoted(name), extensionNameRule()));
        if (value.isEmpty())
            return fail(Tr::tr("the value of %1 is empty").arg(name.toString()));
        if (!isRecordExtensionValue(value))
            return fail(Tr::tr("the value of %1 has characters the record does not allow: \"%2\"")
                            .arg(name.toString(), quoted(value)));
        record.extensions.append({name.toString(), value.toString()});
    }
    if (!haveId)
        return fail(Tr::tr("there is no id field"));
    return record;
}

StsRecordResult readStsRecords(const QStringList &texts)
{
    StsRecordResult result;
    for (const QString &t : texts) {
        if (t.startsWith(QLatin1StringView("v=STSv1")))
            result.candidates.append(t);
    }
    if (result.candidates.size() > 1) {
        QStringList shown;
        for (const QString &t : std::as_const(result.candidates))
            shown.append(QLatin1Char('"') + quoted(t) + QLatin1Char('"'));
        result.errors.append(Tr::tr("%1 TXT records begin with v=STSv1 (%2); senders then act as if "
                                    "the domain published no MTA-STS policy")
                                 .arg(result.candidates.size())
                                 .arg(shown.join(QStringLiteral(", "))));
    } else if (result.candidates.size() == 1) {
        QString error;
        result.record = parseStsRecord(result.candidates.first(), &error);
        if (!result.record)
            result.errors.append(error);
    }
    return result;
}

QString serialiseStsRecord(const StsRecord &record)
{
    QString out = QStringLiteral("v=STSv1; id=") + record.id;
    for (const auto &[name, value] : record.extensions)
        out += QStringLiteral("; ") + name + QLatin1Char('=') + value;
    return out;
}

// --- the policy file (RFC 8461 3.2) --------------------------------------

QString stsModeKey(StsMode mode)
{
    switch (mode) {
    case StsMode::Enforce: return QStringLiteral("enforce");
    case StsMode::Testing: return QStringLiteral("testing");
    case StsMode::None: return QStringLiteral("none");
    }
    return {};
}

std::optional<StsMode> stsModeFromKey(QStringView key)
{
    for (StsMode m : {StsMode::Enforce, StsMode::Testing, StsMode::None}) {
        if (key == stsModeKey(m))
            return m;
    }
    return std::nullopt;
}

QString StsPolicyError::text() const
{
    return line > 0 ? Tr::tr("line %1: %2").arg(line).arg(message) : message;
}

bool StsPolicy::usable() const
{
    for (const StsPolicyError &e : errors) {
        if (e.fatal)
            return false;
    }
    return version && mode && maxAge && (!mx.isEmpty() || *mode == StsMode::None);
}

namespace {

// Collects a policy's errors, at most kStsMaxErrors of them; the rest are
// counted and summed up in one at the end.
class PolicyErrors
{
public:
    explicit PolicyErrors(QList<StsPolicyError> *out) : m_out(out) {}
    void add(int line, const QString &message, bool fatal)
    {
        if (m_out->size() < kStsMaxErrors) {
            m_out->append({line, message, fatal});
            return;
        }
        ++m_dropped;
        m_droppedFatal = m_droppedFatal || fatal;
    }
    void finish()
    {
        if (m_dropped > 0)
            m_out->append({0, Tr::tr("%1 more errors not listed").arg(m_dropped), m_droppedFatal});
    }

private:
    QList<StsPolicyError> *m_out;
    int m_dropped = 0;
    bool m_droppedFatal = false;
};

} // namespace

StsPolicy parseStsPolicy(QByteArrayView body)
{
    StsPolicy policy;
    PolicyErrors errors(&policy.errors);
    QHash<QString, int> firstLine; // field name -> line it first appeared on (mx excluded)
    const QLatin1StringView known[] = {QLatin1StringView("version"), QLatin1StringView("mode"),
                                       QLatin1StringView("max_age"), QLatin1StringView("mx")};
    qsizetype start = 0;
    int lineNo = 0;
    while (start < body.size()) {
        qsizetype end = body.indexOf('\n', start);
        const qsizetype next = end < 0 ? body.size() : end + 1;
        if (end < 0)
            end = body.size();
        QByteArrayView line = body.sliced(start, end - start);
        start = next;
        ++lineNo;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            errors.add(lineNo, Tr::tr("an empty line (the policy format has none)"), false);
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon < 0) {
            errors.add(lineNo, Tr::tr("\"%1\" is not a \"key: value\" field").arg(quotedBytes(line)), false);
            continue;
        }
        const QString key = QString::fromUtf8(line.first(colon));
        if (!isExtensionName(key)) {
            errors.add(lineNo, Tr::tr("\"%1\" is not a field name (%2)").arg(quoted(key), extensionNameRule()),
                       false);
            continue;
        }
        // sts-policy-field-delim = ":" *WSP; whitespace may end the line.
        QByteArrayView rest = line.sliced(colon + 1);
        while (!rest.isEmpty() && (rest.front() == ' ' || rest.front() == '\t'))
            rest = rest.sliced(1);
        while (!rest.isEmpty() && (rest.back() == ' ' || rest.back() == '\t'))
            rest.chop(1);
        const QString value = QString::fromUtf8(rest);
        bool isKnown = false;
        for (QLatin1StringView k : known)
            isKnown = isKnown || key == k;
        const bool fatal = isKnown; // errors in the required fields make the policy invalid
        if (key != QLatin1StringView("mx")) {
            if (const auto seen = firstLine.constFind(key); seen != firstLine.constEnd()) {
                errors.add(lineNo, Tr::tr("%1 appears again (first on line %2)").arg(key).arg(*seen), fatal);
                if (key == QLatin1StringView("version"))
                    policy.version.reset();
                else if (key == QLatin1StringView("mode"))
                    policy.mode.reset();
                else if (key == QLatin1StringView("max_age"))
                    policy.maxAge.reset();
                continue;
            }
            firstLine.insert(key, lineNo);
        }
        if (value.isEmpty()) {
            errors.add(lineNo, Tr::tr("the value of %1 is empty").arg(key), fatal);
            continue;
        }
        if (key == QLatin1StringView("version")) {
            if (value == QLatin1StringView("STSv1"))
                policy.version = value;
            else
                errors.add(lineNo, Tr::tr("version \"%1\" is not STSv1").arg(quoted(value)), true);
        } else if (key == QLatin1StringView("mode")) {
            if (const auto mode = stsModeFromKey(value))
                policy.mode = mode;
            else
                errors.add(lineNo, Tr::tr("mode \"%1\" is not enforce, testing or none").arg(quoted(value)), true);
        } else if (key == QLatin1StringView("max_age")) {
            bool digits = true;
            for (QChar c : value)
                digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
            if (!digits)
                errors.add(lineNo, Tr::tr("max_age \"%1\" is not a number").arg(quoted(value)), true);
            else if (value.size() > 10)
                errors.add(lineNo, Tr::tr("max_age \"%1\" has more than 10 digits").arg(quoted(value)), true);
            else if (const qint64 seconds = value.toLongLong(); seconds > kStsMaxAge)
                errors.add(lineNo, Tr::tr("max_age %1 is more than %2 seconds (a year)").arg(seconds).arg(kStsMaxAge),
                           true);
            else
                policy.maxAge = seconds;
        } else if (key == QLatin1StringView("mx")) {
            if (isValidStsMxPattern(value))
                policy.mx.append(value);
            else
                errors.add(lineNo,
                           Tr::tr("mx \"%1\" is not a host name, or \"*.\" and a domain name").arg(quoted(value)),
                           true);
        } else {
            bool caseVariant = false;
            for (QLatin1StringView k : known) {
                if (key.compare(k, Qt::CaseInsensitive) == 0) {
                    errors.add(lineNo, Tr::tr("\"%1\" is not \"%2\": field names are case-sensitive").arg(key, k),
                               false);
                    caseVariant = true;
                }
            }
            if (!isPolicyExtensionValue(value)) {
                if (!caseVariant)
                    errors.add(lineNo,
                               Tr::tr("the value of %1 has characters a policy does not allow: \"%2\"")
                                   .arg(key, quoted(value)),
                               false);
                continue;
            }
            policy.extensions.append({key, value});
        }
    }
    policy.lineCount = lineNo;
    const QString missing = Tr::tr("the policy has no %1 field");
    if (!firstLine.contains(QStringLiteral("version")))
        errors.add(0, missing.arg(QStringLiteral("version")), true);
    if (!firstLine.contains(QStringLiteral("mode")))
        errors.add(0, missing.arg(QStringLiteral("mode")), true);
    if (!firstLine.contains(QStringLiteral("max_age")))
        errors.add(0, missing.arg(QStringLiteral("max_age")), true);
    if (policy.mode && *policy.mode != StsMode::None && policy.mx.isEmpty())
        errors.add(0, Tr::tr("the policy has no valid mx field, which mode %1 requires").arg(stsModeKey(*policy.mode)),
                   true);
    errors.finish();
    return policy;
}

QByteArray serialiseStsPolicy(const StsPolicy &policy)
{
    QByteArray out;
    const auto line = [&out](const QString &key, const QString &value) {
        out += key.toUtf8() + ": " + value.toUtf8() + "\r\n";
    };
    if (policy.version)
        line(QStringLiteral("version"), *policy.version);
    if (policy.mode)
        line(QStringLiteral("mode"), stsModeKey(*policy.mode));
    for (const QString &mx : policy.mx)
        line(QStringLiteral("mx"), mx);
    if (policy.maxAge)
        line(QStringLiteral("max_age"), QString::number(*policy.maxAge));
    for (const auto &[key, value] : policy.extensions)
        line(key, value);
    return out;
}

// --- MX patterns (RFC 8461 4.1) -------------------------------------------

bool isValidStsMxPattern(QStringView pattern)
{
    QStringView domain = pattern;
    if (domain.startsWith(QLatin1StringView("*.")))
        domain = domain.sliced(2);
    if (domain.isEmpty() || domain.size() > 253)
        return false;
    // RFC 5321 Domain: sub-domain *("." sub-domain); a sub-domain is letters,
    // digits and hyphens, beginning and ending with a letter or digit.
    for (QStringView label : domain.split(QLatin1Char('.'))) {
        if (label.isEmpty() || label.size() > 63 || !isAsciiAlnum(label.front().unicode()) ||
            !isAsciiAlnum(label.back().unicode()))
            return false;
        for (QChar c : label) {
            if (!isAsciiAlnum(c.unicode()) && c != QLatin1Char('-'))
                return false;
        }
    }
    return true;
}

bool stsMxMatches(QStringView pattern, QStringView host)
{
    pattern = withoutTrailingDot(pattern);
    host = withoutTrailingDot(host);
    if (pattern.isEmpty() || host.isEmpty())
        return false;
    if (!pattern.startsWith(QLatin1StringView("*.")))
        return pattern.compare(host, Qt::CaseInsensitive) == 0;
    const QStringView suffix = pattern.sliced(1); // ".example.com"
    if (host.size() <= suffix.size() || !host.endsWith(suffix, Qt::CaseInsensitive))
        return false;
    const QStringView label = host.chopped(suffix.size());
    return !label.contains(QLatin1Char('.'));
}

StsMxCrossCheck crossCheckStsMx(const QStringList &patterns, const QStringList &mxHosts)
{
    StsMxCrossCheck check;
    for (const QString &host : mxHosts) {
        bool matched = false;
        for (const QString &p : patterns)
            matched = matched || stsMxMatches(p, host);
        if (!matched)
            check.unmatchedHosts.append(host);
    }
    for (const QString &p : patterns) {
        bool used = false;
        for (const QString &host : mxHosts)
            used = used || stsMxMatches(p, host);
        if (!used)
            check.unusedPatterns.append(p);
    }
    return check;
}

} // namespace mailtls
