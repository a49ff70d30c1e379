#include "probes/dns/dns_message.h"

#include <QCoreApplication>

#include <algorithm>

namespace mailtls::dns {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::DnsMessage)
};

constexpr quint16 kFlagResponse = 0x8000;
constexpr quint16 kFlagAuthoritative = 0x0400;
constexpr quint16 kFlagTruncated = 0x0200;
constexpr quint16 kFlagRecursionDesired = 0x0100;
constexpr quint16 kFlagRecursionAvailable = 0x0080;

quint16 read16(QByteArrayView b, qsizetype at)
{
    return static_cast<quint16>((quint8(b[at]) << 8) | quint8(b[at + 1]));
}

quint32 read32(QByteArrayView b, qsizetype at)
{
    return (quint32(read16(b, at)) << 16) | read16(b, at + 2);
}

// A label in presentation form: '.' and '\' escaped, octets outside printable ASCII as \DDD.
void appendLabel(QString *name, QByteArrayView label)
{
    for (const char c : label) {
        const auto octet = static_cast<quint8>(c);
        if (octet == '.' || octet == '\\') {
            name->append(QLatin1Char('\\'));
            name->append(QLatin1Char(c));
        } else if (octet < 0x21 || octet > 0x7e) {
            name->append(QStringLiteral("\\%1").arg(octet, 3, 10, QLatin1Char('0')));
        } else {
            name->append(QLatin1Char(c));
        }
    }
}

// Reads the name at *offset, following compression pointers (RFC 1035 4.1.4),
// and moves *offset past the name's octets at that place. Every pointer must
// point before itself and past the header, at most kMaxPointers are followed,
// and the name may not exceed 255 octets: so any input ends the loop.
bool readName(QByteArrayView msg, qsizetype *offset, QString *name, QString *error)
{
    qsizetype pos = *offset;
    bool jumped = false;
    int pointers = 0;
    int octets = 1; // the root's length octet
    name->clear();
    for (;;) {
        if (pos >= msg.size()) {
            *error = Tr::tr("a name runs past the end of the message");
            return false;
        }
        const quint8 length = quint8(msg[pos]);
        if ((length & 0xc0) == 0xc0) {
            if (pos + 1 >= msg.size()) {
                *error = Tr::tr("a compression pointer runs past the end of the message");
                return false;
            }
            const qsizetype target = ((length & 0x3f) << 8) | quint8(msg[pos + 1]);
            if (target >= pos || target < kHeaderSize) {
                *error = Tr::tr("a compression pointer at offset %1 points to offset %2, not back into "
                                "the message")
                             .arg(pos)
                             .arg(target);
                return false;
            }
            if (++pointers > kMaxPointers) {
                *error = Tr::tr("a name follows more than %1 compression pointers").arg(kMaxPointers);
                return false;
            }
            if (!jumped)
                *offset = pos + 2;
            jumped = true;
            pos = target;
            continue;
        }
        if (length & 0xc0) {
            *error = Tr::tr("a name uses the reserved label type 0x%1").arg(length & 0xc0, 2, 16, QLatin1Char('0'));
            return false;
        }
        if (length == 0) {
            if (!jumped)
                *offset = pos + 1;
            if (name->isEmpty())
                *name = QStringLiteral(".");
            return true;
        }
        octets += length + 1;
        if (octets > kMaxNameOctets) {
            *error = Tr::tr("a name is longer than %1 octets").arg(kMaxNameOctets);
            return false;
        }
        if (pos + 1 + length > msg.size()) {
            *error = Tr::tr("a label runs past the end of the message");
            return false;
        }
        if (!name->isEmpty())
            name->append(QLatin1Char('.'));
        appendLabel(name, msg.sliced(pos + 1, length));
        pos += 1 + length;
    }
}

bool readQuestion(QByteArrayView msg, qsizetype *offset, Question *q, QString *error)
{
    if (!readName(msg, offset, &q->name, error))
        return false;
    if (*offset + 4 > msg.size()) {
        *error = Tr::tr("the question is cut short");
        return false;
    }
    q->type = static_cast<RecordType>(read16(msg, *offset));
    q->klass = read16(msg, *offset + 2);
    *offset += 4;
    return true;
}

// The name inside RDATA must end exactly where the record's data says it ends.
bool readNameInData(QByteArrayView msg, qsizetype *offset, qsizetype end, QString *name, QString *error)
{
    if (!readName(msg, offset, name, error))
        return false;
    if (*offset != end) {
        *error = Tr::tr("a record's data length does not match its content");
        return false;
    }
    return true;
}

bool readRecord(QByteArrayView msg, qsizetype *offset, Record *r, QString *error)
{
    if (!readName(msg, offset, &r->name, error))
        return false;
    if (*offset + 10 > msg.size()) {
        *error = Tr::tr("a record is cut short");
        return false;
    }
    r->type = static_cast<RecordType>(read16(msg, *offset));
    r->klass = read16(msg, *offset + 2);
    r->ttl = read32(msg, *offset + 4);
    const quint16 length = read16(msg, *offset + 8);
    qsizetype at = *offset + 10;
    const qsizetype end = at + length;
    if (end > msg.size()) {
        *error = Tr::tr("the %1 record's data runs past the end of the message").arg(recordTypeName(r->type));
        return false;
    }
    r->data = msg.sliced(at, length).toByteArray();
    *offset = end;
    auto tooShort = [&] {
        *error = Tr::tr("the %1 record's data is too short").arg(recordTypeName(r->type));
        return false;
    };
    switch (r->type) {
    case RecordType::A:
        if (length != 4) {
            *error = Tr::tr("an A record has %1 octets of data, not 4").arg(length);
            return false;
        }
        r->address = QHostAddress(read32(msg, at));
        return true;
    case RecordType::Aaaa: {
        if (length != 16) {
            *error = Tr::tr("an AAAA record has %1 octets of data, not 16").arg(length);
            return false;
        }
        Q_IPV6ADDR v6;
        for (int i = 0; i < 16; ++i)
            v6[i] = quint8(msg[at + i]);
        r->address = QHostAddress(v6);
        return true;
    }
    case RecordType::Cname:
    case RecordType::Ns:
    case RecordType::Ptr: return readNameInData(msg, &at, end, &r->target, error);
    case RecordType::Mx:
        if (length < 3)
            return tooShort();
        r->preference = read16(msg, at);
        at += 2;
        return readNameInData(msg, &at, end, &r->target, error);
    case RecordType::Srv:
        if (length < 7)
            return tooShort();
        r->priority = read16(msg, at);
        r->weight = read16(msg, at + 2);
        r->port = read16(msg, at + 4);
        at += 6;
        // RFC 2782 forbids compressing the target; reading a pointer anyway does no harm.
        return readNameInData(msg, &at, end, &r->target, error);
    case RecordType::Txt:
        // One or more character-strings, each behind its length octet; an empty RDATA is malformed.
        if (length < 1)
            return tooShort();
        while (at < end) {
            const auto size = qsizetype(quint8(msg[at]));
            if (at + 1 + size > end) {
                *error = Tr::tr("a TXT record's string runs past its data");
                return false;
            }
            r->strings.append(msg.sliced(at + 1, size).toByteArray());
            at += 1 + size;
        }
        return true;
    case RecordType::Tlsa:
        // Usage, selector and matching type octets, then the association data (RFC 6698 2.1).
        if (length < 4)
            return tooShort();
        r->usage = quint8(msg[at]);
        r->selector = quint8(msg[at + 1]);
        r->matchingType = quint8(msg[at + 2]);
        r->association = msg.sliced(at + 3, end - at - 3).toByteArray();
        return true;
    default: return true;
    }
}

bool readSection(QByteArrayView msg, qsizetype *offset, quint16 count, QList<Record> *records, QString *error)
{
    for (quint16 i = 0; i < count; ++i) {
        Record r;
        if (!readRecord(msg, offset, &r, error))
            return false;
        records->append(r);
    }
    return true;
}

} // namespace

QString recordTypeName(RecordType type)
{
    switch (type) {
    case RecordType::A: return QStringLiteral("A");
    case RecordType::Ns: return QStringLiteral("NS");
    case RecordType::Cname: return QStringLiteral("CNAME");
    case RecordType::Soa: return QStringLiteral("SOA");
    case RecordType::Ptr: return QStringLiteral("PTR");
    case RecordType::Mx: return QStringLiteral("MX");
    case RecordType::Txt: return QStringLiteral("TXT");
    case RecordType::Aaaa: return QStringLiteral("AAAA");
    case RecordType::Srv: return QStringLiteral("SRV");
    case RecordType::Opt: return QStringLiteral("OPT");
    case RecordType::Ds: return QStringLiteral("DS");
    case RecordType::Rrsig: return QStringLiteral("RRSIG");
    case RecordType::Dnskey: return QStringLiteral("DNSKEY");
    case RecordType::Tlsa: return QStringLiteral("TLSA");
    }
    return QStringLiteral("TYPE%1").arg(static_cast<quint16>(type));
}

QString rcodeName(Rcode rcode)
{
    switch (rcode) {
    case Rcode::NoError: return QStringLiteral("NOERROR");
    case Rcode::FormErr: return QStringLiteral("FORMERR");
    case Rcode::ServFail: return QStringLiteral("SERVFAIL");
    case Rcode::NxDomain: return QStringLiteral("NXDOMAIN");
    case Rcode::NotImp: return QStringLiteral("NOTIMP");
    case Rcode::Refused: return QStringLiteral("REFUSED");
    }
    return QStringLiteral("RCODE%1").arg(static_cast<quint16>(rcode));
}

QString txtText(const Record &record)
{
    QByteArray joined;
    for (const QByteArray &part : record.strings)
        joined += part;
    return QString::fromUtf8(joined);
}

bool sameName(QStringView a, QStringView b)
{
    if (a.size() > 1 && a.endsWith(QLatin1Char('.')))
        a.chop(1);
    if (b.size() > 1 && b.endsWith(QLatin1Char('.')))
        b.chop(1);
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool checkQueryName(QStringView name, QString *error)
{
    QStringView rest = name;
    if (rest.endsWith(QLatin1Char('.')))
        rest.chop(1);
    qsizetype octets = 1;
    if (!rest.isEmpty()) {
        for (const QStringView label : rest.tokenize(QLatin1Char('.'))) {
            if (label.isEmpty() || label.size() > kMaxLabelOctets) {
                *error = Tr::tr("'%1' is not a domain name: every label must have 1 to %2 characters")
                             .arg(name.toString())
                             .arg(kMaxLabelOctets);
                return false;
            }
            for (const QChar c : label) {
                const char16_t u = c.unicode();
                const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                                (u >= u'0' && u <= u'9') || u == u'-' || u == u'_' || u == u'*';
                if (!ok) {
                    *error = Tr::tr("'%1' is not a domain name: '%2' is not a letter, digit, '-' or '_'")
                                 .arg(name.toString(), QString(c));
                    return false;
                }
            }
            octets += label.size() + 1;
        }
    }
    if (octets > kMaxNameOctets) {
        *error = Tr::tr("'%1' is not a domain name: it is longer than %2 octets").arg(name.toString()).arg(kMaxNameOctets);
        return false;
    }
    return true;
}

std::optional<Message> parseMessage(QByteArrayView wire, QString *error)
{
    // 1. The header.
    if (wire.size() < kHeaderSize) {
        *error = Tr::tr("%n octet(s) are too short for a DNS header", nullptr, static_cast<int>(wire.size()));
        return std::nullopt;
    }
    if (wire.size() > 65535) {
        *error = Tr::tr("the message is longer than 65535 octets");
        return std::nullopt;
    }
    Message m;
    m.id = read16(wire, 0);
    const quint16 flags = read16(wire, 2);
    m.response = flags & kFlagResponse;
    m.opcode = static_cast<quint8>((flags >> 11) & 0x0f);
    m.authoritative = flags & kFlagAuthoritative;
    m.truncated = flags & kFlagTruncated;
    m.recursionDesired = flags & kFlagRecursionDesired;
    m.recursionAvailable = flags & kFlagRecursionAvailable;
    quint16 rcode = flags & 0x0f;
    const quint16 qdCount = read16(wire, 4);
    const quint16 anCount = read16(wire, 6);
    const quint16 nsCount = read16(wire, 8);
    const quint16 arCount = read16(wire, 10);
    qsizetype offset = kHeaderSize;

    // 2. The question section.
    for (quint16 i = 0; i < qdCount; ++i) {
        Question q;
        if (!readQuestion(wire, &offset, &q, error))
            return std::nullopt;
        m.questions.append(q);
    }
    if (m.truncated) {
        m.rcode = static_cast<Rcode>(rcode);
        return m; // what follows may be cut anywhere; the caller asks again over TCP
    }

    // 3. Answer, authority and additional sections; the OPT record comes out of the last.
    if (!readSection(wire, &offset, anCount, &m.answers, error) ||
        !readSection(wire, &offset, nsCount, &m.authorities, error) ||
        !readSection(wire, &offset, arCount, &m.additionals, error))
        return std::nullopt;
    for (const QList<Record> *section : {&m.answers, &m.authorities}) {
        for (const Record &r : *section) {
            if (r.type == RecordType::Opt) {
                *error = Tr::tr("an OPT record outside the additional section");
                return std::nullopt;
            }
        }
    }
    for (qsizetype i = 0; i < m.additionals.size(); ++i) {
        const Record &r = m.additionals.at(i);
        if (r.type != RecordType::Opt)
            continue;
        if (m.ednsUdpSize) {
            *error = Tr::tr("more than one OPT record");
            return std::nullopt;
        }
        if (r.name != QLatin1String(".")) {
            *error = Tr::tr("an OPT record with an owner other than the root");
            return std::nullopt;
        }
        m.ednsUdpSize = r.klass;
        rcode |= static_cast<quint16>((r.ttl >> 24) << 4); // RFC 6891 6.1.3: the upper 8 bits of 12
        m.additionals.removeAt(i--);
    }
    m.rcode = static_cast<Rcode>(rcode);
    if (offset != wire.size()) {
        *error = Tr::tr("%n octet(s) follow the last record", nullptr, static_cast<int>(wire.size() - offset));
        return std::nullopt;
    }
    return m;
}

} // namespace mailtls::dns
