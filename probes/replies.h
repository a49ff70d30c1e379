#pragma once

// Parsers for the cleartext replies of the mail protocols. Pure functions over
// bytes: no sockets, so the fuzz targets and unit tests drive them directly.
// Every parser is bounded: a reply with too many lines is an error.

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace mailtls {

inline constexpr qsizetype kMaxReplyLine = 4096; // far above RFC 5321's 512
inline constexpr int kMaxReplyLines = 256;

// An SMTP/LMTP reply (RFC 5321 4.2): "250-first", ..., "250 last".
struct SmtpReply
{
    int code = 0;
    QList<QByteArray> lines; // text after the code and separator, without CRLF
};

// Feeds an SMTP reply one line at a time.
class SmtpReplyParser
{
public:
    enum class State { NeedMore, Complete, Error };
    State feed(QByteArrayView line);
    const SmtpReply &reply() const { return m_reply; }
    QString error() const { return m_error; }

private:
    SmtpReply m_reply;
    QString m_error;
};

// EHLO/LHLO keywords (the first word of each line after the greeting line), upper case.
QStringList ehloKeywords(const SmtpReply &reply);
// The SASL mechanisms of the AUTH keyword (and of the old "AUTH=" form), upper case.
QStringList ehloAuthMechanisms(const SmtpReply &reply);

// IMAP capabilities from "* CAPABILITY ..." or "* OK [CAPABILITY ...] ...", upper case;
// nullopt when the line carries none.
std::optional<QStringList> imapCapabilities(QByteArrayView line);

// POP3 (RFC 2449) CAPA: the first word of each line, and SASL mechanisms.
struct Pop3Capabilities
{
    QStringList keywords;
    QStringList saslMechanisms;
};
Pop3Capabilities pop3Capabilities(const QList<QByteArray> &lines);

// ManageSieve (RFC 5804) capability lines: "\"NAME\" \"value\"" up to "OK".
struct SieveCapabilities
{
    QStringList keywords;
    QStringList saslMechanisms;
};
std::optional<SieveCapabilities> sieveCapabilities(const QList<QByteArray> &lines);

// HTTP/1.x response head: status and headers (names lower case).
struct HttpHead
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray header(QByteArrayView name) const; // first value, empty when absent
};
std::optional<HttpHead> parseHttpHead(QByteArrayView head);

} // namespace mailtls
