#pragma once

// What a real message's headers say about the path it took: the Received:
// chain of an .eml file or of each message of an mbox, parsed hop by hop with
// what each hop actually used (TLS version and cipher, or cleartext).
//
// Each MTA writes its own dialect; the parser reads the RFC 5321 clauses
// (from, by, via, with, id, for; the date after the last ';') and then looks
// for the TLS evidence each MTA family leaves:
//   - RFC 3848 / RFC 6531 protocol names: ESMTPS, ESMTPSA, LMTPS, UTF8SMTPS...
//   - Postfix:   (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) ...)
//   - Exim:      with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384, or
//                (TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256), and X=TLS1.3:... as in its log
//   - Sendmail:  (version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)
//   - Microsoft: (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)
//   - Gmail:     (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128)
// A network hop with none of these is cleartext; a hop inside one machine
// (Postfix pickup, "with local") is local. Headers are untrusted input:
// every length and count is bounded, and nothing is interpreted as markup.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace mailtls {

// How a hop travelled.
enum class HopTransport {
    Tls,       // TLS was used (version and cipher when the MTA wrote them)
    Cleartext, // a network hop without any TLS marker
    Local,     // inside one machine: pickup, local submission, a local pipe
    Unknown,   // a protocol we cannot judge (MAPI, UUCP, an unknown keyword)
};

struct ReceivedHop
{
    QString raw;            // the unfolded header value, as the MTA wrote it
    // The clauses of RFC 5321 section 4.4.
    QString fromName;       // what the client said in HELO/EHLO
    QString fromReverse;    // the reverse DNS name the receiver recorded, if any
    QString fromAddress;    // the client's IP address, if recorded
    QString byName;         // the receiving host
    QString via;
    QString protocol;       // the "with" keyword, upper-cased: ESMTPS, LMTP, ...
    QString id;
    QString forAddress;
    QDateTime date;         // invalid when missing or unreadable

    HopTransport transport = HopTransport::Unknown;
    QString tlsVersion;     // "TLSv1.3", "TLSv1.2", "TLSv1.0", "SSLv3"; empty when not written
    QString cipher;         // as written: OpenSSL, IANA or GnuTLS name
    int bits = 0;           // symmetric key bits, 0 when not written
    bool authenticated = false;  // ESMTPA/ESMTPSA/LMTPSA: the client logged in
    QString clientVerify;   // Sendmail/Gmail verify=, Postfix's client certificate note
    QString evidence;       // which marker decided the transport (untranslated key)
    std::optional<bool> forwardSecret; // from the cipher name; empty when it cannot tell
};

// The transport as a stable key ("tls", "cleartext", "local", "unknown").
QString hopTransportKey(HopTransport transport);
std::optional<HopTransport> hopTransportFromKey(QStringView key);
QString hopTransportLabel(HopTransport transport); // translated

// Parses one Received: header value (already unfolded).
ReceivedHop parseReceived(QStringView value);

// Forward secrecy from a cipher name in OpenSSL, IANA or GnuTLS spelling, and
// the TLS version (TLS 1.3 suites always have it): the cipher suite catalog's
// for a name it knows, else by the spelling. Empty when it cannot tell.
std::optional<bool> cipherForwardSecret(QStringView cipher, QStringView tlsVersion);
// "TLSv1.3" from "TLS1_3", "TLS1.3", "TLSv1.3", "tls1.3"; "TLSv1.0" from "TLSv1". Empty if not a version.
QString normaliseTlsVersion(QStringView text);

// One message's path, from its origin to its final delivery.
struct MessagePath
{
    QString messageId;
    QString subject;
    QString sender;            // the From: header
    QDateTime date;
    QList<ReceivedHop> hops;   // in travel order: hops[0] is the first hop
    int line = 0;              // line of the message's first header in its file
};

struct MessageReadResult
{
    QList<MessagePath> messages;
    QString error;             // names the file (and line) when reading failed
    QStringList warnings;      // per message: skipped parts, limits reached
};

// An .eml (one message) or an mbox (several, "From " separated), detected by
// the first line. Bodies are skipped; only headers are read.
MessageReadResult readMessages(QIODevice &device, const QString &sourceName);
MessageReadResult readMessageFile(const QString &path);

} // namespace mailtls
