#include "probes/ldap_messages.h"

#include <QCoreApplication>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::LdapMessages)
};

QByteArray encodeLength(qsizetype n)
{
    QByteArray out;
    if (n < 0x80) {
        out.append(static_cast<char>(n));
        return out;
    }
    QByteArray digits;
    for (qsizetype v = n; v > 0; v >>= 8)
        digits.prepend(static_cast<char>(v & 0xff));
    out.append(static_cast<char>(0x80 | digits.size()));
    return out + digits;
}

QByteArray tlv(quint8 tag, const QByteArray &content)
{
    QByteArray out(1, static_cast<char>(tag));
    return out + encodeLength(content.size()) + content;
}

QByteArray integer(int v)
{
    QByteArray digits;
    do {
        digits.prepend(static_cast<char>(v & 0xff));
        v >>= 8;
    } while (v > 0);
    if (quint8(digits[0]) & 0x80)
        digits.prepend('\0');
    return tlv(0x02, digits);
}

QByteArray message(int id, const QByteArray &op) { return tlv(0x30, integer(id) + op); }

struct Element
{
    quint8 tag = 0;
    QByteArrayView content;
};

// Reads the element at *at and moves past it; nullopt when it does not fit.
std::optional<Element> next(QByteArrayView data, qsizetype *at)
{
    if (*at + 2 > data.size())
        return std::nullopt;
    Element e;
    e.tag = quint8(data[*at]);
    qsizetype pos = *at + 1;
    const quint8 first = quint8(data[pos++]);
    qsizetype length = first;
    if (first & 0x80) {
        const int n = first & 0x7f;
        if (n == 0 || n > 4 || pos + n > data.size())
            return std::nullopt; // indefinite form, or absurd
        length = 0;
        for (int i = 0; i < n; ++i)
            length = (length << 8) | quint8(data[pos++]);
    }
    if (length > data.size() - pos)
        return std::nullopt;
    e.content = data.sliced(pos, length);
    *at = pos + length;
    return e;
}

std::optional<int> toInt(const Element &e)
{
    if (e.content.isEmpty() || e.content.size() > 4)
        return std::nullopt;
    int v = (quint8(e.content[0]) & 0x80) ? -1 : 0;
    for (char c : e.content)
        v = static_cast<int>((static_cast<unsigned>(v) << 8) | quint8(c));
    return v;
}

bool parseResult(QByteArrayView content, LdapMessage *m)
{
    qsizetype at = 0;
    const auto code = next(content, &at);
    const auto matched = next(content, &at);
    const auto diagnostic = next(content, &at);
    if (!code || code->tag != 0x0a || !matched || !diagnostic)
        return false;
    const auto value = toInt(*code);
    if (!value)
        return false;
    m->resultCode = *value;
    m->diagnosticMessage = diagnostic->content.toByteArray();
    while (at < content.size()) { // referral [3], responseName [10], responseValue [11]
        const auto e = next(content, &at);
        if (!e)
            return false;
        if (e->tag == 0x8a)
            m->responseName = e->content.toByteArray();
    }
    return true;
}

bool parseEntry(QByteArrayView content, LdapMessage *m)
{
    qsizetype at = 0;
    const auto name = next(content, &at);
    const auto attributes = next(content, &at);
    if (!name || name->tag != 0x04 || !attributes || attributes->tag != 0x30)
        return false;
    m->objectName = name->content.toByteArray();
    qsizetype a = 0;
    while (a < attributes->content.size()) {
        const auto attribute = next(attributes->content, &a);
        if (!attribute || attribute->tag != 0x30)
            return false;
        qsizetype b = 0;
        const auto type = next(attribute->content, &b);
        const auto values = next(attribute->content, &b);
        if (!type || type->tag != 0x04 || !values || values->tag != 0x31)
            return false;
        QList<QByteArray> &list = m->attributes[type->content.toByteArray().toLower()];
        qsizetype c = 0;
        while (c < values->content.size()) {
            const auto value = next(values->content, &c);
            if (!value || value->tag != 0x04)
                return false;
            list.append(value->content.toByteArray());
        }
    }
    return true;
}

} // namespace

QByteArray ldapRootDseRequest(int messageId)
{
    QByteArray attributes;
    for (const char *a : {"supportedExtension", "supportedSASLMechanisms", "supportedLDAPVersion",
                          "vendorName", "vendorVersion", "objectClass", "namingContexts", "defaultNamingContext"})
        attributes += tlv(0x04, QByteArray(a));
    const QByteArray search = tlv(0x04, {})                      // baseObject ""
                              + tlv(0x0a, QByteArray(1, '\0'))   // scope: baseObject
                              + tlv(0x0a, QByteArray(1, '\0'))   // derefAliases: never
                              + integer(0)                       // sizeLimit
                              + integer(10)                      // timeLimit, seconds
                              + tlv(0x01, QByteArray(1, '\0'))   // typesOnly: FALSE
                              + tlv(0x87, "objectClass")         // filter: present
                              + tlv(0x30, attributes);
    return message(messageId, tlv(0x63, search));
}

QByteArray ldapStartTlsRequest(int messageId)
{
    return message(messageId, tlv(0x77, tlv(0x80, QByteArray(kStartTlsOid))));
}

QByteArray ldapSimpleBindRequest(int messageId, const QByteArray &dn, const QByteArray &password)
{
    const QByteArray bind = integer(3)             // version
                            + tlv(0x04, dn)        // name
                            + tlv(0x80, password); // authentication: simple [0]
    return message(messageId, tlv(0x60, bind));
}

QByteArray ldapUnbindRequest(int messageId) { return message(messageId, tlv(0x42, {})); }

qsizetype ldapMessageSize(QByteArrayView b, qsizetype *needMore)
{
    *needMore = 0;
    if (b.size() < 2) {
        *needMore = 2 - b.size();
        return 0;
    }
    if (quint8(b[0]) != 0x30)
        return -1;
    const quint8 first = quint8(b[1]);
    qsizetype header = 2;
    qsizetype length = first;
    if (first & 0x80) {
        const int n = first & 0x7f;
        if (n == 0 || n > 4)
            return -1;
        header += n;
        if (b.size() < header) {
            *needMore = header - b.size();
            return 0;
        }
        length = 0;
        for (int i = 0; i < n; ++i)
            length = (length << 8) | quint8(b[2 + i]);
    }
    if (length > kMaxLdapMessage)
        return -1;
    if (b.size() < header + length) {
        *needMore = header + length - b.size();
        return 0;
    }
    return header + length;
}

std::optional<LdapMessage> parseLdapMessage(QByteArrayView bytes, QString *error)
{
    qsizetype at = 0;
    const auto envelope = next(bytes, &at);
    if (!envelope || envelope->tag != 0x30) {
        *error = Tr::tr("not an LDAP message");
        return std::nullopt;
    }
    qsizetype in = 0;
    const auto id = next(envelope->content, &in);
    const auto op = next(envelope->content, &in);
    const auto idValue = id && id->tag == 0x02 ? toInt(*id) : std::nullopt;
    if (!idValue || !op) {
        *error = Tr::tr("LDAP message without an id and an operation");
        return std::nullopt;
    }
    LdapMessage m;
    m.messageId = *idValue;
    m.opTag = op->tag;
    bool ok = true;
    switch (op->tag) {
    case 0x61: m.op = LdapMessage::Op::BindResponse; ok = parseResult(op->content, &m); break;
    case 0x64: m.op = LdapMessage::Op::SearchResultEntry; ok = parseEntry(op->content, &m); break;
    case 0x73: m.op = LdapMessage::Op::SearchResultReference; break;
    case 0x65: m.op = LdapMessage::Op::SearchResultDone; ok = parseResult(op->content, &m); break;
    case 0x78: m.op = LdapMessage::Op::ExtendedResponse; ok = parseResult(op->content, &m); break;
    default: m.op = LdapMessage::Op::Other; break;
    }
    if (!ok) {
        *error = Tr::tr("malformed LDAP response (tag 0x%1)").arg(op->tag, 2, 16, QLatin1Char('0'));
        return std::nullopt;
    }
    return m;
}

QString ldapResultName(int code)
{
    switch (code) {
    case 0: return QStringLiteral("success");
    case 1: return QStringLiteral("operationsError");
    case 2: return QStringLiteral("protocolError");
    case 7: return QStringLiteral("authMethodNotSupported");
    case 8: return QStringLiteral("strongerAuthRequired");
    case 12: return QStringLiteral("unavailableCriticalExtension");
    case 13: return QStringLiteral("confidentialityRequired");
    case 32: return QStringLiteral("noSuchObject");
    case 34: return QStringLiteral("invalidDNSyntax");
    case 48: return QStringLiteral("inappropriateAuthentication");
    case 49: return QStringLiteral("invalidCredentials");
    case 50: return QStringLiteral("insufficientAccessRights");
    case 51: return QStringLiteral("busy");
    case 52: return QStringLiteral("unavailable");
    case 53: return QStringLiteral("unwillingToPerform");
    case 80: return QStringLiteral("other");
    default: return QStringLiteral("result %1").arg(code);
    }
}

SimpleBindAnswer simpleBindAnswer(int resultCode)
{
    switch (resultCode) {
    case 7:  // authMethodNotSupported
    case 8:  // strongerAuthRequired (Active Directory with LDAP signing required)
    case 13: // confidentialityRequired (OpenLDAP's security simple_bind=N)
    case 53: // unwillingToPerform (OpenLDAP's disallow bind_simple)
        return SimpleBindAnswer::Refused;
    case 0:  // success
    case 32: // noSuchObject
    case 48: // inappropriateAuthentication
    case 49: // invalidCredentials
        return SimpleBindAnswer::Evaluated;
    default: return SimpleBindAnswer::Undecided;
    }
}

} // namespace mailtls
