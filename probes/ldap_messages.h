#pragma once

// LDAPv3 messages (RFC 4511) for the StartTLS dialogue: the few requests the
// probe sends (a root DSE search, a simple bind with a made-up name and
// password, the StartTLS extended operation, an unbind) and a bounded BER
// reader for what servers answer. Definite lengths only (LDAP
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
// bindRequest, LDAPv3, simple authentication with `password` for `dn`.
QByteArray ldapSimpleBindRequest(int messageId, const QByteArray &dn, const QByteArray &password);
// unbindRequest: the polite end of a session.
QByteArray ldapUnbindRequest(int messageId);

struct LdapMessage
{
    enum class Op { BindResponse, SearchResultEntry, SearchResultReference, SearchResultDone, ExtendedResponse, Other };
    int messageId = -1;
    Op op = Op::Other;
    int opTag = 0;           // the protocolOp's BER tag, for Other
    // LDAPResult (BindResponse, SearchResultDone, ExtendedResponse).
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

// What the resultCode of a BindResponse to a simple bind sent before TLS says
// about passwords in cleartext (RFC 4513 5.1.3):
//   Refused: the server will not take a simple bind on this connection
//     (confidentialityRequired, strongerAuthRequired, authMethodNotSupported,
//     unwillingToPerform: OpenLDAP's "disallow bind_simple");
//   Evaluated: it looked the name and password up (success,
//     invalidCredentials, noSuchObject, inappropriateAuthentication): a real
//     password would have been checked in cleartext, provided the name lies
//     in a naming context the server holds (OpenLDAP answers
//     invalidCredentials outside every database before its confidentiality
//     check);
//   Undecided: anything else (busy, unavailable, operationsError, other...).
enum class SimpleBindAnswer { Refused, Evaluated, Undecided };
SimpleBindAnswer simpleBindAnswer(int resultCode);

} // namespace mailtls
