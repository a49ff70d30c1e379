#include "app/evidence/fingerprint.h"

#include <QCoreApplication>

#include <array>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Fingerprint)
};

struct Known
{
    Software software;
    const char *key;
    const char *label;
    std::array<const char *, 3> names; // how it names itself (case-insensitive substrings)
};

constexpr std::array<Known, 11> kKnown{{
    {Software::Postfix, "postfix", "Postfix", {"Postfix", nullptr, nullptr}},
    {Software::Exim, "exim", "Exim", {"Exim", nullptr, nullptr}},
    {Software::Sendmail, "sendmail", "Sendmail", {"Sendmail", nullptr, nullptr}},
    {Software::Exchange, "exchange", "Microsoft Exchange", {"Microsoft ESMTP", "Microsoft Exchange", nullptr}},
    {Software::OpenSmtpd, "opensmtpd", "OpenSMTPD", {"OpenSMTPD", nullptr, nullptr}},
    {Software::Dovecot, "dovecot", "Dovecot", {"Dovecot", nullptr, nullptr}},
    {Software::Cyrus, "cyrus", "Cyrus IMAP", {"Cyrus", nullptr, nullptr}},
    {Software::Courier, "courier", "Courier", {"Courier", nullptr, nullptr}},
    {Software::Nginx, "nginx", "nginx", {"nginx", nullptr, nullptr}},
    {Software::Apache, "apache", "Apache httpd", {"Apache", nullptr, nullptr}},
    {Software::OpenLdap, "openldap", "OpenLDAP", {"OpenLDAP", nullptr, nullptr}},
}};

const Known *known(Software s)
{
    for (const Known &k : kKnown) {
        if (k.software == s)
            return &k;
    }
    return nullptr;
}

bool hasCapability(const EndpointResult &r, QLatin1StringView capability)
{
    for (const QString &c : r.cleartext.capabilities) {
        if (c == capability || c.startsWith(capability + QLatin1Char(' ')))
            return true;
    }
    return false;
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// Where a product's name stands in a text as a word of its own, not as a
// label of a host name ("mail.exim.org", "postfix.example.org"); -1 if nowhere.
qsizetype nameAt(QStringView text, QLatin1StringView name)
{
    for (qsizetype from = 0;;) {
        const qsizetype at = text.indexOf(name, from, Qt::CaseInsensitive);
        if (at < 0)
            return -1;
        from = at + 1;
        const qsizetype end = at + name.size();
        if (at > 0) {
            const QChar before = text.at(at - 1);
            if (isNameChar(before) || before == u'.' || before == u'@')
                continue;
        }
        if (end < text.size()) {
            const QChar after = text.at(end);
            if (isNameChar(after))
                continue;
            if (after == u'.' && end + 1 < text.size() && isNameChar(text.at(end + 1)))
                continue; // "postfix.example.org"
        }
        return at;
    }
}

// The part of a greeting that can name the product. An SMTP or LMTP greeting
// starts with the server's own domain (RFC 5321, 4.3.1), which may be any
// word at all, so it is left out.
QString greetingText(const EndpointResult &r)
{
    const QString &g = r.cleartext.greeting;
    switch (r.target.protocol) {
    case Protocol::Smtp:
    case Protocol::Submission:
    case Protocol::Smtps:
    case Protocol::Lmtp: {
        QStringView v(g);
        if (v.size() >= 4 && v.at(0).isDigit() && v.at(1).isDigit() && v.at(2).isDigit() &&
            (v.at(3) == u' ' || v.at(3) == u'-'))
            v = v.mid(4);
        const qsizetype space = v.indexOf(u' ');
        return space < 0 ? QString() : v.mid(space + 1).toString();
    }
    default:
        return g;
    }
}

// 3. Capability patterns, for servers whose greeting hides the product.
std::optional<Fingerprint> fromCapabilities(const EndpointResult &r)
{
    const QString caps = r.cleartext.capabilities.join(QLatin1Char(' '));
    switch (r.target.protocol) {
    case Protocol::Smtp:
    case Protocol::Submission:
    case Protocol::Lmtp:
        // Exchange's own extensions.
        for (const char *x : {"X-EXPS", "XEXCH50", "X-ANONYMOUSTLS", "XSHADOWREQUEST"}) {
            if (hasCapability(r, QLatin1StringView(x)))
                return Fingerprint{Software::Exchange, Confidence::Medium, caps};
        }
        if (hasCapability(r, QLatin1StringView("PIPE_CONNECT")) || hasCapability(r, QLatin1StringView("X_PIPE_CONNECT")))
            return Fingerprint{Software::Exim, Confidence::Medium, caps};
        // Courier's own extensions; XVERP=Courier even names it.
        if (hasCapability(r, QLatin1StringView("XVERP=Courier")) || hasCapability(r, QLatin1StringView("XEXDATA")))
            return Fingerprint{Software::Courier, Confidence::Medium, caps};
        // DELIVERBY (RFC 2852) and VERB: Sendmail's, before the HELP that Exim shares with it.
        if (hasCapability(r, QLatin1StringView("DELIVERBY")) || hasCapability(r, QLatin1StringView("VERB")))
            return Fingerprint{Software::Sendmail, Confidence::Medium, caps};
        // Postfix's default list: VRFY and ETRN together, with DSN.
        if (hasCapability(r, QLatin1StringView("VRFY")) && hasCapability(r, QLatin1StringView("ETRN")) &&
            hasCapability(r, QLatin1StringView("DSN")))
            return Fingerprint{Software::Postfix, Confidence::Low, caps};
        if (hasCapability(r, QLatin1StringView("HELP")))
            return Fingerprint{Software::Exim, Confidence::Low, caps};
        break;
    case Protocol::Imap:
        if (hasCapability(r, QLatin1StringView("X-NETSCAPE")) || hasCapability(r, QLatin1StringView("XLIST")))
            return std::nullopt; // several servers offer these: no guess
        if (hasCapability(r, QLatin1StringView("SASL-IR")) && hasCapability(r, QLatin1StringView("LOGIN-REFERRALS")))
            return Fingerprint{Software::Dovecot, Confidence::Low, caps};
        break;
    case Protocol::Http:
    case Protocol::Https:
        // Outlook on the web: IIS sending "/" to /owa. IIS alone, on a mail
        // host's webmail link, is most likely Exchange too, but only a guess.
        if (r.http) {
            const QString evidence = QStringLiteral("Server: ") + r.http->server + QStringLiteral(", Location: ") +
                                     r.http->location;
            if (r.http->location.contains(QLatin1StringView("/owa"), Qt::CaseInsensitive))
                return Fingerprint{Software::Exchange, Confidence::Medium, evidence};
            if (r.http->server.startsWith(QLatin1StringView("Microsoft-IIS"), Qt::CaseInsensitive))
                return Fingerprint{Software::Exchange, Confidence::Low, evidence};
        }
        break;
    default:
        break;
    }
    return std::nullopt;
}

} // namespace

std::optional<Software> softwareFromText(QStringView text)
{
    // The name that comes first in the text: "host Cyrus IMAP ... <id@courier.example>".
    std::optional<Software> found;
    qsizetype first = text.size();
    for (const Known &k : kKnown) {
        for (const char *name : k.names) {
            if (!name)
                continue;
            const qsizetype at = nameAt(text, QLatin1StringView(name));
            if (at >= 0 && at < first) {
                first = at;
                found = k.software;
            }
        }
    }
    return found;
}

std::optional<Software> softwareFromKey(QStringView key)
{
    for (const Known &k : kKnown) {
        if (key == QLatin1StringView(k.key))
            return k.software;
    }
    return std::nullopt;
}

Fingerprint fingerprint(const EndpointResult &r, const QString &declared)
{
    // 1. The admin's word: a name as the product calls itself, or our key for it ("Exchange 2019").
    if (const auto s = softwareFromText(declared))
        return {*s, Confidence::SetByUser, declared};
    for (const QString &word : declared.toLower().split(u' ', Qt::SkipEmptyParts)) {
        if (const auto s = softwareFromKey(word))
            return {*s, Confidence::SetByUser, declared};
    }
    // 2. It names itself: greeting (read here, where the host name is left
    // out), LDAP vendor, HTTP Server header.
    if (!r.cleartext.greeting.isEmpty()) {
        if (const auto s = softwareFromText(greetingText(r)))
            return {*s, Confidence::High, r.cleartext.greeting};
    } else if (const auto s = softwareFromText(r.cleartext.software)) {
        return {*s, Confidence::High, r.cleartext.software};
    }
    if (r.http && !r.http->server.isEmpty()) {
        if (const auto s = softwareFromText(r.http->server))
            return {*s, Confidence::High, QStringLiteral("Server: ") + r.http->server};
    }
    // 3. Capabilities.
    if (const auto f = fromCapabilities(r))
        return *f;
    return {};
}

QString softwareKey(Software s)
{
    const Known *k = known(s);
    return k ? QString::fromLatin1(k->key) : QStringLiteral("unknown");
}

QString softwareLabel(Software s)
{
    const Known *k = known(s);
    return k ? QString::fromLatin1(k->label) : Tr::tr("unknown software");
}

QString confidenceKey(Confidence c)
{
    switch (c) {
    case Confidence::Low: return QStringLiteral("low");
    case Confidence::Medium: return QStringLiteral("medium");
    case Confidence::High: return QStringLiteral("high");
    case Confidence::SetByUser: return QStringLiteral("set_by_user");
    }
    return {};
}

QString confidenceLabel(Confidence c)
{
    switch (c) {
    case Confidence::Low: return Tr::tr("a guess from its capabilities");
    case Confidence::Medium: return Tr::tr("likely, from a capability only it offers");
    case Confidence::High: return Tr::tr("it names itself");
    case Confidence::SetByUser: return Tr::tr("as set in the workspace");
    }
    return {};
}

} // namespace mailtls
