#include "app/core/fingerprint.h"

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
    default:
        break;
    }
    return std::nullopt;
}

} // namespace

std::optional<Software> softwareFromText(QStringView text)
{
    for (const Known &k : kKnown) {
        for (const char *name : k.names) {
            if (name && text.contains(QLatin1StringView(name), Qt::CaseInsensitive))
                return k.software;
        }
    }
    return std::nullopt;
}

Fingerprint fingerprint(const EndpointResult &r, const QString &declared)
{
    // 1. The admin's word.
    if (const auto s = softwareFromText(declared))
        return {*s, Confidence::SetByUser, declared};
    // 2. It names itself: greeting, LDAP vendor, HTTP Server header.
    if (const auto s = softwareFromText(r.cleartext.software))
        return {*s, Confidence::High, r.cleartext.greeting.isEmpty() ? r.cleartext.software : r.cleartext.greeting};
    if (const auto s = softwareFromText(r.cleartext.greeting))
        return {*s, Confidence::High, r.cleartext.greeting};
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
