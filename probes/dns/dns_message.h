#pragma once

// DNS messages (RFC 1035): a strict, bounded reader for the answer packets
// libunbound hands the resolver (the records and CNAME chain of a lookup come
// from it), and the check of a name before it is asked for. The reader takes
// hostile input (an answer packet carries what a nameserver sent):
// it never reads past the message, follows compression pointers only backwards
// and a bounded number of times, refuses names over 255 octets, and checks
// every record's data against its declared length. It allocates nothing from
// the counts a message claims, only from bytes that are really there.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace mailtls::dns {

inline constexpr qsizetype kHeaderSize = 12;
inline constexpr int kMaxNameOctets = 255;   // RFC 1035 3.1, on the wire with length octets
inline constexpr int kMaxLabelOctets = 63;
inline constexpr int kMaxPointers = 64;      // compression pointers followed in one name
inline constexpr quint16 kClassIn = 1;

// The record types we read; others keep their raw data.
enum class RecordType : quint16 {
    A = 1,
    Ns = 2,
    Cname = 5,
    Soa = 6,
    Ptr = 12,
    Mx = 15,
    Txt = 16,
    Aaaa = 28,
    Srv = 33,
    Opt = 41,
    Ds = 43,
    Rrsig = 46,
    Dnskey = 48,
    Tlsa = 52,
};

// Response codes; the values a server may send beyond these stay as numbers.
enum class Rcode : quint16 {
    NoError = 0,
    FormErr = 1,
    ServFail = 2,
    NxDomain = 3,
    NotImp = 4,
    Refused = 5,
};

QString recordTypeName(RecordType type); // "MX", "AAAA", or "TYPE99"
QString rcodeName(Rcode rcode);          // "NXDOMAIN", or "RCODE11"

struct Question
{
    QString name; // presentation form, no trailing dot; "." is the root
    RecordType type = RecordType::A;
    quint16 klass = kClassIn;

    bool operator==(const Question &) const = default;
};

struct Record
{
    QString name; // the owner, presentation form ("\." and "\DDD" escape odd octets)
    RecordType type = RecordType::A;
    quint16 klass = kClassIn;
    quint32 ttl = 0;
    QHostAddress address;   // A, AAAA
    QString target;         // CNAME, NS and PTR name, MX exchange, SRV target ("." is the root)
    quint16 preference = 0; // MX
    quint16 priority = 0;   // SRV
    quint16 weight = 0;     // SRV
    quint16 port = 0;       // SRV
    QList<QByteArray> strings; // TXT: its character-strings, in order (RFC 1035 3.3.14)
    quint8 usage = 0;          // TLSA (RFC 6698 2.1): certificate usage
    quint8 selector = 0;       // TLSA: 0 whole certificate, 1 SubjectPublicKeyInfo
    quint8 matchingType = 0;   // TLSA: 0 exact, 1 SHA-256, 2 SHA-512
    QByteArray association;    // TLSA: the certificate association data
    QByteArray data;        // the raw RDATA, for every type (TXT and unknown types have only this)
};

struct Message
{
    quint16 id = 0;
    bool response = false;           // QR
    quint8 opcode = 0;
    bool authoritative = false;      // AA
    bool truncated = false;          // TC: the answer did not fit (the sender would ask again over TCP)
    bool recursionDesired = false;   // RD
    bool recursionAvailable = false; // RA
    Rcode rcode = Rcode::NoError;    // with the upper bits of an OPT record
    QList<Question> questions;
    // Truncated messages keep only their header and question: what follows
    // may be cut anywhere.
    QList<Record> answers;
    QList<Record> authorities;
    QList<Record> additionals;        // without the OPT record
    std::optional<quint16> ednsUdpSize; // the sender's OPT record's payload size
};

// Whether name can be asked for: labels of 1 to 63 letters, digits, '-', '_'
// or '*', 255 octets at most (pass IDNs as ACE); false with *error otherwise.
bool checkQueryName(QStringView name, QString *error);

// Parses a whole message; nullopt (with *error) when it is malformed.
std::optional<Message> parseMessage(QByteArrayView wire, QString *error);

// A TXT record's character-strings joined into one text, as RFC 7208 3.3,
// RFC 8461 3.1 and RFC 8460 3 read them (no separator); octets that are not
// UTF-8 become U+FFFD.
QString txtText(const Record &record);

// DNS names compare without regard to ASCII case, and a trailing dot does not count.
bool sameName(QStringView a, QStringView b);

} // namespace mailtls::dns
