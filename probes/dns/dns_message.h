#pragma once

// DNS messages (RFC 1035) for our stub resolver: the one query we send, and a
// strict, bounded reader for what comes back. The reader takes hostile input:
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
inline constexpr quint16 kEdnsUdpSize = 1232; // the DNS flag day 2020 size: no IP fragmentation
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
    bool truncated = false;          // TC: the answer did not fit; ask again over TCP
    bool recursionDesired = false;   // RD
    bool recursionAvailable = false; // RA
    Rcode rcode = Rcode::NoError;    // with the upper bits of an OPT record
    QList<Question> questions;
    // Truncated messages keep only their header and question: what follows
    // may be cut anywhere, and the answer is asked for again over TCP.
    QList<Record> answers;
    QList<Record> authorities;
    QList<Record> additionals;        // without the OPT record
    std::optional<quint16> ednsUdpSize; // the sender's OPT record's payload size
};

// A query for name and type with a recursion-desired flag and, when edns is
// set, an OPT record offering kEdnsUdpSize. nullopt (with *error) when the
// name cannot be encoded: empty labels, a label over 63 octets, a name over 255,
// or characters that are not letters, digits, '-', '_' or '*' (pass IDNs as ACE).
std::optional<QByteArray> encodeQuery(quint16 id, QStringView name, RecordType type, bool edns,
                                      QString *error);

// Parses a whole message; nullopt (with *error) when it is malformed.
std::optional<Message> parseMessage(QByteArrayView wire, QString *error);

// DNS over TCP (RFC 1035 4.2.2, RFC 7766 8): every message behind a 2-octet
// length. Takes the first whole message off the front of buffer; nullopt
// while it is not all there. tcpBytesWanted: how many more bytes to read so
// that the buffer holds the rest of that message and nothing beyond it.
std::optional<QByteArray> takeTcpMessage(QByteArray *buffer);
qsizetype tcpBytesWanted(const QByteArray &buffer);

// Why a response does not answer our query, or an empty string when it does:
// a response (QR) to a standard query with our ID, echoing our one question
// (names compared without regard to ASCII case). An error response may omit
// the question, as servers do for FORMERR.
QString responseMismatch(const Message &response, quint16 id, QStringView name, RecordType type);

// A TXT record's character-strings joined into one text, as RFC 7208 3.3,
// RFC 8461 3.1 and RFC 8460 3 read them (no separator); octets that are not
// UTF-8 become U+FFFD.
QString txtText(const Record &record);

// DNS names compare without regard to ASCII case, and a trailing dot does not count.
bool sameName(QStringView a, QStringView b);

} // namespace mailtls::dns
