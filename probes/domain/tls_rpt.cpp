#include "probes/domain/tls_rpt.h"

#include <QCoreApplication>

namespace mailtls::domain {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::TlsRptRecord)
};

const QLatin1StringView kVersion("v=TLSRPTv1");

bool isWsp(QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('\t'); }
bool isAlpha(QChar c) { return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')); }
bool isDigit(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }
bool isHex(QChar c)
{
    return isDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

QStringView trimWsp(QStringView s)
{
    while (!s.isEmpty() && isWsp(s.front()))
        s = s.mid(1);
    while (!s.isEmpty() && isWsp(s.back()))
        s.chop(1);
    return s;
}

// tlsrpt-ext-name: (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".")
bool isExtensionName(QStringView name)
{
    if (name.isEmpty() || name.size() > 32 || !(isAlpha(name.front()) || isDigit(name.front())))
        return false;
    for (QChar c : name) {
        if (!(isAlpha(c) || isDigit(c) || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.')))
            return false;
    }
    return true;
}

// tlsrpt-ext-value: 1*(%x21-3A / %x3C / %x3E-7E)
bool isExtensionValue(QStringView value)
{
    if (value.isEmpty())
        return false;
    for (QChar c : value) {
        const char16_t u = c.unicode();
        if (!((u >= 0x21 && u <= 0x3a) || u == 0x3c || (u >= 0x3e && u <= 0x7e)))
            return false;
    }
    return true;
}

// Percent-decodes; nullopt when a '%' is not followed by two hex digits.
std::optional<QString> percentDecoded(QStringView s)
{
    QByteArray out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) != QLatin1Char('%')) {
            out += s.at(i).toLatin1();
            continue;
        }
        if (i + 2 >= s.size() || !isHex(s.at(i + 1)) || !isHex(s.at(i + 2)))
            return std::nullopt;
        out += char(s.mid(i + 1, 2).toString().toInt(nullptr, 16));
        i += 2;
    }
    return QString::fromUtf8(out);
}

// A host name: labels of letters, digits and hyphens (not at either end), 1-63 each, 253 in all.
bool isHostName(QStringView name)
{
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty() || name.size() > 253)
        return false;
    for (QStringView label : name.split(QLatin1Char('.'))) {
        if (label.isEmpty() || label.size() > 63 || label.front() == QLatin1Char('-') || label.back() == QLatin1Char('-'))
            return false;
        for (QChar c : label) {
            if (!(isAlpha(c) || isDigit(c) || c == QLatin1Char('-')))
                return false;
        }
    }
    return true;
}

// RFC 3986 characters a tlsrpt-uri may hold as they are: unreserved, gen-delims
// and sub-delims but "," and "!" (which RFC 8460 wants encoded) and ";" (the
// field delimiter), and '%' (checked as pct-encoded).
bool isUriChar(QChar c)
{
    if (isAlpha(c) || isDigit(c))
        return true;
    return QStringView(u"-._~:/?#[]@$&'()*+=%").contains(c);
}

// Why one rua destination is not a mailto: or https: URI RFC 8460 accepts; empty when it is.
QString uriProblem(QStringView uri)
{
    const QString quoted = uri.toString();
    if (uri.isEmpty())
        return Tr::tr("rua: an empty destination");
    if (uri.contains(QLatin1Char('!'))) {
        return Tr::tr("rua: \"%1\": '!' must be percent-encoded; RFC 8460 defines no size limit such as "
                      "DMARC's \"!10m\"")
            .arg(quoted);
    }
    for (QChar c : uri) {
        if (!isUriChar(c))
            return Tr::tr("rua: \"%1\" is not a URI (the character '%2' must be percent-encoded)").arg(quoted, QString(c));
    }
    const qsizetype colon = uri.indexOf(QLatin1Char(':'));
    if (colon <= 0 || !isAlpha(uri.front()))
        return Tr::tr("rua: \"%1\" is not a URI (no scheme)").arg(quoted);
    const QString scheme = uri.left(colon).toString().toLower();
    const QStringView rest = uri.mid(colon + 1);
    if (!percentDecoded(rest))
        return Tr::tr("rua: \"%1\" is not a URI (a '%' without two hex digits)").arg(quoted);
    if (scheme == QLatin1String("mailto")) {
        const qsizetype query = rest.indexOf(QLatin1Char('?'));
        const QStringView to = query < 0 ? rest : rest.left(query);
        const QString decoded = *percentDecoded(to);
        if (decoded.isEmpty())
            return Tr::tr("rua: \"%1\" names no mail address").arg(quoted);
        // A list of addresses has its commas encoded (%2C).
        for (const QString &address : decoded.split(QLatin1Char(','))) {
            const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
            if (at <= 0 || !isHostName(QStringView(address).mid(at + 1)) ||
                address.contains(QLatin1Char(' '))) {
                return Tr::tr("rua: \"%1\": \"%2\" is not a mail address").arg(quoted, address);
            }
        }
        return {};
    }
    if (scheme == QLatin1String("https")) {
        if (!rest.startsWith(QLatin1String("//")))
            return Tr::tr("rua: \"%1\" is not an https URL (no //host)").arg(quoted);
        QStringView authority = rest.mid(2);
        for (qsizetype i = 0; i < authority.size(); ++i) {
            if (QStringView(u"/?#").contains(authority.at(i))) {
                authority = authority.left(i);
                break;
            }
        }
        if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0)
            authority = authority.mid(at + 1);
        QStringView host = authority;
        QStringView port;
        if (authority.startsWith(QLatin1Char('['))) {
            const qsizetype close = authority.indexOf(QLatin1Char(']'));
            if (close < 2)
                return Tr::tr("rua: \"%1\" is not an https URL (a bad host)").arg(quoted);
            host = authority.left(close + 1);
            const QStringView after = authority.mid(close + 1);
            if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
                return Tr::tr("rua: \"%1\" is not an https URL (a bad host)").arg(quoted);
            port = after.mid(1);
        } else if (const qsizetype c = authority.indexOf(QLatin1Char(':')); c >= 0) {
            host = authority.left(c);
            port = authority.mid(c + 1);
        }
        if (host.isEmpty() || (!host.startsWith(QLatin1Char('[')) && !isHostName(host)))
            return Tr::tr("rua: \"%1\" is not an https URL (a bad host)").arg(quoted);
        bool ok = true;
        if (!port.isEmpty() && (port.size() > 5 || port.toUInt(&ok) > 65535 || !ok))
            return Tr::tr("rua: \"%1\" is not an https URL (a bad port)").arg(quoted);
        return {};
    }
    return Tr::tr("rua: \"%1\": only mailto: and https: destinations are defined").arg(quoted);
}

QString recordError(const QString &txt, const QString &why)
{
    return Tr::tr("TLS-RPT record \"%1\": %2").arg(txt, why);
}

} // namespace

bool isTlsRptRecord(QStringView txt)
{
    if (!txt.startsWith(kVersion))
        return false;
    const QStringView after = txt.mid(kVersion.size());
    return after.isEmpty() || after.front() == QLatin1Char(';') || isWsp(after.front());
}

std::optional<TlsRptRecord> parseTlsRptRecord(const QString &txt, QString *error)
{
    if (!isTlsRptRecord(txt)) {
        *error = recordError(txt, Tr::tr("it does not begin with \"v=TLSRPTv1\" (case and spacing count)"));
        return std::nullopt;
    }
    TlsRptRecord record;
    record.txt = txt;
    const QList<QStringView> parts = QStringView(txt).mid(kVersion.size()).split(QLatin1Char(';'));
    if (!trimWsp(parts.constFirst()).isEmpty()) {
        *error = recordError(txt, Tr::tr("\"%1\" follows v=TLSRPTv1 where ';' is expected")
                                      .arg(trimWsp(parts.constFirst()).toString()));
        return std::nullopt;
    }
    bool sawRua = false;
    QString caseMismatch; // a field named "RUA" or "Rua": not rua (the ABNF's %s is case-sensitive)
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QStringView raw = parts.at(i);
        const QStringView field = trimWsp(raw);
        if (field.isEmpty()) {
            if (i == parts.size() - 1 && i > 1)
                break; // one delimiter may end the record
            *error = recordError(txt, Tr::tr("an empty field (two ';' in a row, or nothing after v=TLSRPTv1;)"));
            return std::nullopt;
        }
        if (i == parts.size() - 1 && raw.size() > 0 && isWsp(raw.back())) {
            *error = recordError(txt, Tr::tr("white space after the last field"));
            return std::nullopt;
        }
        const qsizetype eq = field.indexOf(QLatin1Char('='));
        if (eq < 0) {
            *error = recordError(txt, Tr::tr("the field \"%1\" has no '='").arg(field.toString()));
            return std::nullopt;
        }
        const QStringView name = field.left(eq);
        const QStringView value = field.mid(eq + 1);
        if (name == QLatin1String("rua")) {
            sawRua = true;
            for (QStringView uri : value.split(QLatin1Char(','))) {
                uri = trimWsp(uri);
                if (const QString why = uriProblem(uri); !why.isEmpty()) {
                    *error = recordError(txt, why);
                    return std::nullopt;
                }
                record.rua.append(uri.toString());
            }
            continue;
        }
        if (!isExtensionName(name)) {
            *error = recordError(txt, Tr::tr("\"%1\" is not a field name (a letter or digit, then up to 31 letters, "
                                             "digits, '_', '-' or '.')")
                                          .arg(name.toString()));
            return std::nullopt;
        }
        if (!isExtensionValue(value)) {
            *error = recordError(txt, Tr::tr("the value of %1 is empty or holds a space, '=', ';' or a control "
                                             "character")
                                          .arg(name.toString()));
            return std::nullopt;
        }
        if (name.compare(QLatin1String("rua"), Qt::CaseInsensitive) == 0)
            caseMismatch = name.toString();
        record.extensions.append({name.toString(), value.toString()});
    }
    if (!sawRua) {
        *error = recordError(txt, caseMismatch.isEmpty()
                                      ? Tr::tr("no rua= field: the record names no destination for reports")
                                      : Tr::tr("no rua= field (\"%1\" is not rua: field names are case-sensitive)")
                                            .arg(caseMismatch));
        return std::nullopt;
    }
    return record;
}

TlsRptPolicy parseTlsRptPolicy(const QStringList &txtRecords)
{
    TlsRptPolicy policy;
    for (const QString &txt : txtRecords) {
        if (isTlsRptRecord(txt)) {
            policy.candidates.append(txt);
        } else if (txt.trimmed().startsWith(QLatin1String("v=tlsrpt"), Qt::CaseInsensitive)) {
            // Set aside as the RFC says, but said: its publisher meant a TLS-RPT record.
            policy.errors.append(recordError(
                txt, Tr::tr("not taken as a TLS-RPT record: it must begin with \"v=TLSRPTv1\" exactly (case and "
                            "spacing count)")));
        }
    }
    if (policy.candidates.size() > 1) {
        QStringList quoted;
        for (const QString &c : std::as_const(policy.candidates))
            quoted.append(QLatin1Char('"') + c + QLatin1Char('"'));
        policy.errors.append(Tr::tr("%1 TLS-RPT records are published where RFC 8460 allows one (senders then "
                                    "send no reports): %2")
                                 .arg(policy.candidates.size())
                                 .arg(quoted.join(QStringLiteral(", "))));
        return policy;
    }
    if (policy.candidates.size() == 1) {
        QString error;
        policy.record = parseTlsRptRecord(policy.candidates.constFirst(), &error);
        if (!policy.record)
            policy.errors.append(error);
    }
    return policy;
}

} // namespace mailtls::domain
