#pragma once

// LDAPv3 messages (RFC 4511) for the StartTLS dialogue: the few requests the
// probe sends (a root DSE search, the StartTLS extended operation) and a
// bounded BER reader for what servers answer. Definite lengths only (LDAP
// forbids the indefinite form); no length is trusted.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace mailtls {

inline constexpr qsizetype kMaxLdapMessage = 64 * 1024;
inline constexpr char kStartTlsOid[] = "1.3.6.1.4.1.1466.20037";
inline constexpr char kNoticeOfDisconnectionOid[] = "1.3.6.1.4.1.1466.20036";

// searchRequest for the root DSE: base "", scope base, (objectClass=*), the
// attributes that say what the server offers before TLS.
QByteArray ldapRootDseRequest(int messageId);
// extendedReq with the StartTLS OID.
QByteArray ldapStartTlsRequest(int messageId);

struct LdapMessage
{
    enum class Op { SearchResultEntry, SearchResultReference, SearchResultDone, ExtendedResponse, Other };
    int messageId = -1;
    Op op = Op::Other;
    int opTag = 0;           // the protocolOp's BER tag, for Other
    // LDAPResult (SearchResultDone, ExtendedResponse).
    int resultCode = -1;
    QByteArray diagnosticMessage;
    QByteArray responseName; // ExtendedResponse: e.g. the Notice of Disconnection OID
    // SearchResultEntry.
    QByteArray objectName;
    QMap<QByteArray, QList<QByteArray>> attributes; // attribute type (lower case) -> values
};

// Bytes the whole message at the front of `bytes` takes: 0 with *needMore set
// (give it more bytes, at most *needMore), -1 when it is no LDAP message or
// longer than kMaxLdapMessage.
qsizetype ldapMessageSize(QByteArrayView bytes, qsizetype *needMore);
// Parses one complete LDAPMessage; nullopt (with *error) when malformed.
std::optional<LdapMessage> parseLdapMessage(QByteArrayView bytes, QString *error);

// The name of a well-known LDAP result code, e.g. "success", "protocolError".
QString ldapResultName(int code);

} // namespace mailtls
