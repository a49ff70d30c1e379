#include "app/evidence/received.h"

#include "probes/tls/cipher_registry.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QRegularExpression>
#include <QStringDecoder>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Received)
};

// Bounds on untrusted input.
constexpr qsizetype kMaxValue = 16 * 1024;          // one Received: value we parse
constexpr qsizetype kMaxField = 512;                // one clause or comment we keep
constexpr qsizetype kMaxHeaderBytes = 1024 * 1024;  // one message's header section
constexpr qsizetype kMaxLine = 64 * 1024;           // one physical line
constexpr int kMaxHops = 200;                       // Received: headers per message
constexpr int kMaxTokens = 512;
constexpr int kMaxCommentDepth = 16;

// 1. Tokens of a Received: value (RFC 5322 section 3.2): atoms (with domain
//    literals inside), comments (nesting kept as text), <angle addresses>,
//    quoted strings.
enum class TokenKind { Atom, Comment, Angle, Quoted };

struct Token
{
    TokenKind kind;
    QString text;
};

QList<Token> tokenize(QStringView s)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n && tokens.size() < kMaxTokens) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'(') {
            int depth = 0;
            const qsizetype start = i + 1;
            for (; i < n; ++i) {
                if (s.at(i) == u'\\') {
                    ++i;
                } else if (s.at(i) == u'(') {
                    if (++depth > kMaxCommentDepth)
                        break;
                } else if (s.at(i) == u')' && --depth == 0) {
                    break;
                }
            }
            tokens.append({TokenKind::Comment, s.mid(start, std::min(i, n) - start).left(kMaxField).toString()});
            ++i;
        } else if (c == u'<' || c == u'"') {
            const QChar close = c == u'<' ? u'>' : u'"';
            qsizetype end = i + 1;
            while (end < n && s.at(end) != close)
                end += s.at(end) == u'\\' ? 2 : 1;
            tokens.append({c == u'<' ? TokenKind::Angle : TokenKind::Quoted,
                           s.mid(i + 1, std::min(end, n) - i - 1).left(kMaxField).toString()});
            i = end + 1;
        } else {
            qsizetype end = i;
            bool inLiteral = false;
            while (end < n) {
                const QChar d = s.at(end);
                if (d == u'[' && end == i) // a domain literal: [192.0.2.1], [IPv6:...]
                    inLiteral = true;
                else if (d == u']')
                    inLiteral = false;
                else if (!inLiteral && (d.isSpace() || d == u'(' || d == u'<' || d == u'"'))
                    break;
                ++end;
            }
            tokens.append({TokenKind::Atom, s.mid(i, end - i).left(kMaxField).toString()});
            i = end;
        }
    }
    return tokens;
}

bool isClauseKeyword(const QString &atom)
{
    static const QStringList keywords{QStringLiteral("from"), QStringLiteral("by"), QStringLiteral("via"),
                                      QStringLiteral("with"), QStringLiteral("id"), QStringLiteral("for")};
    return keywords.contains(atom, Qt::CaseInsensitive);
}

// The split between clauses and the date: the last ';' outside comments.
qsizetype dateSeparator(QStringView s)
{
    int depth = 0;
    qsizetype last = -1;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'\\')
            ++i;
        else if (c == u'(')
            ++depth;
        else if (c == u')' && depth > 0)
            --depth;
        else if (c == u';' && depth == 0)
            last = i;
    }
    return last;
}

QDateTime parseDate(QString text)
{
    // Trailing comments such as "(UTC)" or "(PDT)" are not part of RFC 2822's syntax for Qt.
    static const QRegularExpression comment(QStringLiteral("\\([^)]*\\)"));
    text.remove(comment);
    text = text.simplified();
    QDateTime d = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!d.isValid()) {
        // Some MTAs omit the day name or write "-0000 (UTC)" oddly; try without the day name.
        const qsizetype comma = text.indexOf(u',');
        if (comma > 0 && comma < 5)
            d = QDateTime::fromString(text.mid(comma + 1).trimmed(), Qt::RFC2822Date);
    }
    return d.isValid() ? d.toUTC() : QDateTime();
}

// 2. The TCP-info comment after "from": "(host.example [192.0.2.1])",
//    "([192.0.2.1])", "(unknown [IPv6:2001:db8::1])", Exim's "([192.0.2.1] helo=x)".
void readTcpInfo(const QString &comment, ReceivedHop &hop)
{
    const qsizetype open = comment.indexOf(u'[');
    const qsizetype close = open >= 0 ? comment.indexOf(u']', open) : -1;
    if (open >= 0 && close > open) {
        QString address = comment.mid(open + 1, close - open - 1).trimmed();
        if (address.startsWith(QLatin1StringView("IPv6:"), Qt::CaseInsensitive))
            address = address.mid(5);
        hop.fromAddress = address;
        QString before = comment.left(open).trimmed();
        if (before.endsWith(u'.'))
            before.chop(1);
        if (!before.isEmpty() && before.compare(QLatin1StringView("unknown"), Qt::CaseInsensitive) != 0 &&
            !before.contains(u' ') && !before.contains(u'='))
            hop.fromReverse = before;
    }
}

bool isTlsComment(const QString &c)
{
    return c.startsWith(QLatin1StringView("using "), Qt::CaseInsensitive) ||
           c.contains(QLatin1StringView("version="), Qt::CaseInsensitive) ||
           !normaliseTlsVersion(c.section(u':', 0, 0)).isEmpty();
}

// 3. TLS evidence in one comment. Returns true when the comment held some.
bool readTlsComment(const QString &c, ReceivedHop &hop)
{
    // Postfix: "using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) ...".
    static const QRegularExpression postfix(
        QStringLiteral("^using\\s+(\\S+)\\s+with\\s+cipher\\s+(\\S+)(?:\\s+\\((\\d+)/\\d+\\s+bits)?"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = postfix.match(c); m.hasMatch()) {
        hop.tlsVersion = normaliseTlsVersion(m.captured(1));
        hop.cipher = m.captured(2);
        hop.bits = m.captured(3).toInt();
        hop.evidence = QStringLiteral("postfix");
        return true;
    }
    // Sendmail, Microsoft and Gmail: key=value pairs, with or without commas.
    if (c.contains(QLatin1StringView("version="), Qt::CaseInsensitive)) {
        static const QRegularExpression pair(QStringLiteral("([A-Za-z]+)=([^\\s,;)]+)"));
        bool any = false;
        for (auto it = pair.globalMatch(c); it.hasNext();) {
            const auto m = it.next();
            const QString key = m.captured(1).toLower();
            if (key == QLatin1StringView("version")) {
                hop.tlsVersion = normaliseTlsVersion(m.captured(2));
                any = any || !hop.tlsVersion.isEmpty();
            } else if (key == QLatin1StringView("cipher")) {
                hop.cipher = m.captured(2);
            } else if (key == QLatin1StringView("bits")) {
                hop.bits = m.captured(2).section(u'/', 0, 0).toInt();
            } else if (key == QLatin1StringView("verify")) {
                hop.clientVerify = m.captured(2);
            }
        }
        if (any)
            hop.evidence = QStringLiteral("version_fields");
        return any;
    }
    // Exim: "(TLS1.3)" before "tls CIPHER", or "(TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256)".
    const QStringList parts = c.split(u':');
    const QString version = normaliseTlsVersion(parts.value(0));
    if (!version.isEmpty() && parts.size() <= 3) {
        hop.tlsVersion = version;
        if (parts.size() >= 2)
            hop.cipher = parts.at(1);
        if (parts.size() == 3)
            hop.bits = parts.at(2).toInt();
        hop.evidence = QStringLiteral("exim");
        return true;
    }
    return false;
}

// Exim's log field, sometimes copied into headers: X=TLS1.3:TLS_AES_256_GCM_SHA384:256.
bool readEximLogField(const QString &atom, ReceivedHop &hop)
{
    if (!atom.startsWith(QLatin1StringView("X="), Qt::CaseInsensitive))
        return false;
    const QStringList parts = atom.mid(2).split(u':');
    const QString version = normaliseTlsVersion(parts.value(0));
    if (version.isEmpty())
        return false;
    hop.tlsVersion = version;
    hop.cipher = parts.value(1);
    hop.bits = parts.value(2).toInt();
    hop.evidence = QStringLiteral("exim_log");
    return true;
}

// 4. The "with" keyword by its family (RFC 3848, RFC 6531, common MTA words).
struct ProtocolMeaning
{
    std::optional<HopTransport> transport; // empty: decided by other evidence
    bool authenticated = false;
};

ProtocolMeaning protocolMeaning(const QString &protocol)
{
    const QString p = protocol.section(u' ', 0, 0);
    static const QRegularExpression mailFamily(QStringLiteral("^(E?SMTP|LMTP|UTF8SMTP|UTF8LMTP)(S?)(A?)$"));
    if (const auto m = mailFamily.match(p); m.hasMatch()) {
        // "SMTPS" is Gmail's word for implicit TLS; ESMTPS etc. are RFC 3848.
        return {m.captured(2).isEmpty() ? HopTransport::Cleartext : HopTransport::Tls, !m.captured(3).isEmpty()};
    }
    if (p == QLatin1StringView("HTTPS"))
        return {HopTransport::Tls, false};
    if (p == QLatin1StringView("HTTP"))
        return {HopTransport::Cleartext, false};
    if (p == QLatin1StringView("LOCAL") || p.startsWith(QLatin1StringView("LOCAL-")) ||
        p == QLatin1StringView("PIPE") || p == QLatin1StringView("BSMTP"))
        return {HopTransport::Local, false};
    if (protocol.startsWith(QLatin1StringView("MICROSOFT SMTP SERVER")))
        return {HopTransport::Cleartext, false}; // Exchange writes version= when it used TLS
    return {std::nullopt, false};
}

} // namespace

QString hopTransportKey(HopTransport t)
{
    switch (t) {
    case HopTransport::Tls: return QStringLiteral("tls");
    case HopTransport::Cleartext: return QStringLiteral("cleartext");
    case HopTransport::Local: return QStringLiteral("local");
    case HopTransport::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

std::optional<HopTransport> hopTransportFromKey(QStringView key)
{
    for (HopTransport t : {HopTransport::Tls, HopTransport::Cleartext, HopTransport::Local, HopTransport::Unknown}) {
        if (hopTransportKey(t) == key)
            return t;
    }
    return std::nullopt;
}

QString hopTransportLabel(HopTransport t)
{
    switch (t) {
    case HopTransport::Tls: return Tr::tr("TLS");
    case HopTransport::Cleartext: return Tr::tr("cleartext");
    case HopTransport::Local: return Tr::tr("local");
    case HopTransport::Unknown: return Tr::tr("unknown");
    }
    return {};
}

QString normaliseTlsVersion(QStringView text)
{
    QString v = text.trimmed().toString().toUpper();
    v.replace(u'_', u'.');
    v.remove(u'V');
    static const QRegularExpression shape(QStringLiteral("^(TLS|SSL)(\\d)(?:\\.(\\d))?$"));
    const auto m = shape.match(v);
    if (!m.hasMatch())
        return {};
    const int major = m.captured(2).toInt();
    const int minor = m.captured(3).toInt();
    if (m.captured(1) == QLatin1StringView("SSL"))
        return (major == 2 || major == 3) && minor == 0 ? QStringLiteral("SSLv%1").arg(major) : QString();
    if (major != 1 || minor > 3)
        return {};
    return QStringLiteral("TLSv1.%1").arg(minor); // as tlsVersionName() spells them
}

std::optional<bool> cipherForwardSecret(QStringView cipher, QStringView tlsVersion)
{
    if (tlsVersion == u"TLSv1.3")
        return true; // every TLS 1.3 key exchange is ephemeral
    const QString c = cipher.trimmed().toString().toUpper();
    if (c.isEmpty())
        return std::nullopt;
    // The catalog's names: IANA's, OpenSSL's, IANA's with "SSL_" for "TLS_".
    if (const CipherSuiteEntry *suite = findCipherSuite(c))
        return suite->forwardSecret;
    // Names it does not know: by their spelling.
    if (c.startsWith(QLatin1StringView("TLS_AES_")) || c.startsWith(QLatin1StringView("TLS_CHACHA20_")) ||
        c.startsWith(QLatin1StringView("TLS_SM4_")))
        return true;
    // IANA names: TLS_ECDHE_RSA_WITH_..., TLS_RSA_WITH_..., SSL_RSA_WITH_...
    if (c.startsWith(QLatin1StringView("TLS_")) || c.startsWith(QLatin1StringView("SSL_"))) {
        const QString kx = c.mid(4).section(QLatin1StringView("_WITH_"), 0, 0);
        return kx.startsWith(QLatin1StringView("ECDHE_")) || kx.startsWith(QLatin1StringView("DHE_")) ||
               kx == QLatin1StringView("DH_ANON") || kx == QLatin1StringView("ECDH_ANON") ||
               kx.startsWith(QLatin1StringView("DH_ANON_")) || kx.startsWith(QLatin1StringView("ECDH_ANON_"));
    }
    static const QStringList ephemeral{QStringLiteral("ECDHE"), QStringLiteral("DHE"), QStringLiteral("EDH"),
                                       QStringLiteral("ADH"), QStringLiteral("AECDH")};
    // OpenSSL names: the key exchange is the first component (none: RSA).
    if (c.contains(u'-') && !c.contains(u'_'))
        return ephemeral.contains(c.section(u'-', 0, 0));
    // GnuTLS names: ECDHE_RSA_AES_256_GCM_SHA384, RSA_AES_128_CBC_SHA1, ANON_DH_...
    const QString first = c.section(u'_', 0, 0);
    if (ephemeral.contains(first) || c.startsWith(QLatin1StringView("ANON_")))
        return true;
    static const QStringList fixed{QStringLiteral("RSA"), QStringLiteral("PSK"), QStringLiteral("ECDH"),
                                   QStringLiteral("DH"), QStringLiteral("SRP"), QStringLiteral("KRB5")};
    if (fixed.contains(first))
        return false;
    return std::nullopt;
}

ReceivedHop parseReceived(QStringView input)
{
    ReceivedHop hop;
    const QStringView value = input.left(kMaxValue);
    hop.raw = value.toString();
    const qsizetype semicolon = dateSeparator(value);
    const QStringView clauses = semicolon >= 0 ? value.left(semicolon) : value;
    if (semicolon >= 0)
        hop.date = parseDate(value.mid(semicolon + 1).toString());

    const QList<Token> tokens = tokenize(clauses);
    QString clause; // the keyword whose value the next atoms fill
    bool tlsSeen = false;
    bool fromTcpInfoRead = false;
    bool afterFrom = false; // between the from clause's value and the next keyword
    bool pickup = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if (t.kind == TokenKind::Comment) {
            if (afterFrom && !fromTcpInfoRead && !isTlsComment(t.text)) {
                readTcpInfo(t.text, hop);
                fromTcpInfoRead = true;
            }
            if (t.text.contains(QLatin1StringView("from userid"), Qt::CaseInsensitive))
                pickup = true;
            if (t.text.startsWith(QLatin1StringView("Authenticated sender:"), Qt::CaseInsensitive))
                hop.authenticated = true;
            if (t.text.contains(QLatin1StringView("client certificate"), Qt::CaseInsensitive) ||
                t.text.startsWith(QLatin1StringView("Client CN"), Qt::CaseInsensitive))
                hop.clientVerify = t.text;
            if (!tlsSeen)
                tlsSeen = readTlsComment(t.text, hop);
            clause.clear(); // a comment ends a multi-word "with" value
            continue;
        }
        if (t.kind == TokenKind::Atom && isClauseKeyword(t.text) && i + 1 < tokens.size()) {
            clause = t.text.toLower();
            afterFrom = false;
            continue;
        }
        if (t.kind == TokenKind::Atom) {
            if (t.text.compare(QLatin1StringView("tls"), Qt::CaseInsensitive) == 0 && i + 1 < tokens.size() &&
                tokens.at(i + 1).kind == TokenKind::Atom && !isClauseKeyword(tokens.at(i + 1).text)) {
                hop.cipher = tokens.at(++i).text; // Exim: "(TLS1.3) tls TLS_AES_256_GCM_SHA384"
                continue;
            }
            if (!tlsSeen && readEximLogField(t.text, hop)) {
                tlsSeen = true;
                continue;
            }
        }
        const QString text = t.text;
        if (clause == QLatin1StringView("from") && hop.fromName.isEmpty()) {
            hop.fromName = text;
            afterFrom = true;
        } else if (clause == QLatin1StringView("by") && hop.byName.isEmpty()) {
            hop.byName = text;
        } else if (clause == QLatin1StringView("via") && hop.via.isEmpty()) {
            hop.via = text;
        } else if (clause == QLatin1StringView("with")) {
            const QString word = text.toUpper();
            hop.protocol = hop.protocol.isEmpty() ? word : hop.protocol + u' ' + word;
            if (hop.protocol.size() > kMaxField)
                hop.protocol.truncate(kMaxField);
            continue; // "with Microsoft SMTP Server": more words may follow
        } else if (clause == QLatin1StringView("id") && hop.id.isEmpty()) {
            hop.id = text;
        } else if (clause == QLatin1StringView("for") && hop.forAddress.isEmpty()) {
            hop.forAddress = text;
        }
        clause.clear();
    }
    if (hop.fromName.startsWith(u'[') && hop.fromAddress.isEmpty())
        hop.fromAddress = hop.fromName.mid(1, hop.fromName.size() - 2).remove(QLatin1StringView("IPv6:"));

    // 5. The verdict: TLS details win; then the protocol name; then the shape of the hop.
    const ProtocolMeaning meaning = protocolMeaning(hop.protocol);
    hop.authenticated = hop.authenticated || meaning.authenticated;
    if (tlsSeen) {
        hop.transport = HopTransport::Tls;
    } else if (meaning.transport) {
        hop.transport = *meaning.transport;
        hop.evidence = *meaning.transport == HopTransport::Local ? QStringLiteral("local_protocol")
                                                                  : QStringLiteral("protocol");
    } else if (hop.fromName.isEmpty() && pickup) {
        hop.transport = HopTransport::Local;
        hop.evidence = QStringLiteral("pickup");
    } else if (hop.protocol.isEmpty() && !hop.fromName.isEmpty()) {
        hop.transport = HopTransport::Cleartext;
        hop.evidence = QStringLiteral("no_marker");
    } else {
        hop.transport = HopTransport::Unknown;
        hop.evidence = hop.protocol.isEmpty() ? QStringLiteral("no_marker") : QStringLiteral("unknown_protocol");
    }
    if (hop.transport == HopTransport::Tls && hop.evidence.isEmpty())
        hop.evidence = QStringLiteral("protocol");
    if (hop.transport == HopTransport::Tls)
        hop.forwardSecret = cipherForwardSecret(hop.cipher, hop.tlsVersion);
    return hop;
}

namespace {

// Header text is shown in terminals, the window and reports: control and
// bidirectional formatting characters become visible escapes, never effects.
QString printableText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\t') {
            out += u' ';
        } else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            out += QStringLiteral("\\u{%1}").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out;
}

// RFC 2047 encoded words in Subject and From, for display only.
QString decodeHeaderText(const QByteArray &raw)
{
    static const QRegularExpression word(QStringLiteral("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?="));
    const QString text = QString::fromUtf8(raw);
    QString out;
    qsizetype last = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString between = text.mid(last, m.capturedStart() - last);
        if (last == 0 || !between.trimmed().isEmpty())
            out += between; // whitespace between two encoded words is dropped
        QByteArray bytes = m.captured(3).toLatin1();
        if (m.captured(2).compare(QLatin1StringView("B"), Qt::CaseInsensitive) == 0) {
            bytes = QByteArray::fromBase64(bytes);
        } else {
            bytes.replace('_', ' ');
            bytes = QByteArray::fromPercentEncoding(bytes, '=');
        }
        QStringDecoder decoder(m.captured(1).section(u'*', 0, 0).toLatin1().constData());
        out += decoder.isValid() ? decoder.decode(bytes) : m.captured(0);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out.simplified();
}

// 6. Header sections: unfolded fields of one message, bounded.
class HeaderCollector
{
public:
    explicit HeaderCollector(int line) { m_path.line = line; }
    int line() const { return m_path.line; }

    // Returns false when the header section reached its bound (the rest is skipped).
    bool addLine(const QByteArray &line)
    {
        m_bytes += line.size();
        if (m_bytes > kMaxHeaderBytes) {
            m_truncated = true;
            return false;
        }
        if (!line.isEmpty() && (line.at(0) == ' ' || line.at(0) == '\t')) {
            if (!m_current.isEmpty())
                m_current += ' ' + line.trimmed();
            return true;
        }
        flush();
        m_current = line;
        return true;
    }

    MessagePath finish(QStringList &warnings, const QString &where)
    {
        flush();
        if (m_truncated)
            warnings.append(Tr::tr("%1: the header section is larger than %2 KiB; the rest was skipped")
                                .arg(where).arg(kMaxHeaderBytes / 1024));
        if (m_received.size() > kMaxHops) {
            warnings.append(Tr::tr("%1: %2 Received: headers; only the last %3 were read")
                                .arg(where).arg(m_received.size()).arg(kMaxHops));
            m_received = m_received.mid(0, kMaxHops);
        }
        // Headers are prepended by each hop: the first one written is the last one in the file.
        for (auto it = m_received.crbegin(); it != m_received.crend(); ++it)
            m_path.hops.append(parseReceived(*it));
        return m_path;
    }

private:
    void flush()
    {
        if (m_current.isEmpty())
            return;
        const qsizetype colon = m_current.indexOf(':');
        if (colon > 0) {
            const QByteArray name = m_current.left(colon).trimmed().toLower();
            const QByteArray value = m_current.mid(colon + 1).trimmed();
            if (name == "received")
                m_received.append(printableText(QString::fromUtf8(value.left(kMaxValue))));
            else if (name == "message-id" && m_path.messageId.isEmpty())
                m_path.messageId = printableText(QString::fromUtf8(value.left(kMaxField)).trimmed());
            else if (name == "subject" && m_path.subject.isEmpty())
                m_path.subject = printableText(decodeHeaderText(value.left(kMaxField * 4))).left(kMaxField);
            else if (name == "from" && m_path.sender.isEmpty())
                m_path.sender = printableText(decodeHeaderText(value.left(kMaxField * 4))).left(kMaxField);
            else if (name == "date" && !m_path.date.isValid())
                m_path.date = parseDate(QString::fromUtf8(value.left(kMaxField)));
        }
        m_current.clear();
    }

    MessagePath m_path;
    QByteArray m_current;
    QStringList m_received;
    qsizetype m_bytes = 0;
    bool m_truncated = false;
};

} // namespace

MessageReadResult readMessages(QIODevice &device, const QString &sourceName)
{
    MessageReadResult result;
    int lineNumber = 0;
    bool mbox = false;
    bool inHeaders = false;
    bool skipping = false; // header section over its bound: skip to the body
    std::optional<HeaderCollector> current;
    auto finishMessage = [&] {
        if (current)
            result.messages.append(
                current->finish(result.warnings, QStringLiteral("%1:%2").arg(sourceName).arg(current->line())));
        current.reset();
    };
    while (!device.atEnd()) {
        QByteArray line = device.readLine(kMaxLine + 1);
        if (line.isEmpty() && device.atEnd())
            break;
        const bool complete = line.endsWith('\n');
        ++lineNumber;
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (!complete && line.size() > kMaxLine) {
            // Skip the rest of an overlong physical line.
            while (!device.atEnd() && !device.readLine(kMaxLine + 1).endsWith('\n')) {
            }
        }
        if (lineNumber == 1) {
            mbox = line.startsWith("From ");
            if (!mbox) {
                current.emplace(1);
                inHeaders = true;
            }
        }
        if (mbox && line.startsWith("From ")) {
            finishMessage();
            current.emplace(lineNumber + 1);
            inHeaders = true;
            skipping = false;
            continue;
        }
        if (!inHeaders)
            continue;
        if (line.isEmpty()) {
            inHeaders = false;
            if (!mbox)
                break; // one message: the body is of no interest
            continue;
        }
        if (!skipping && current && !current->addLine(line))
            skipping = true;
    }
    finishMessage();
    if (result.messages.isEmpty())
        result.error = Tr::tr("%1: no message found").arg(sourceName);
    else if (!mbox && result.messages.constFirst().hops.isEmpty() && result.messages.constFirst().messageId.isEmpty() &&
             result.messages.constFirst().date.isNull())
        result.error = Tr::tr("%1:1: not a message: no header fields such as Received:, Message-ID: or Date:")
                           .arg(sourceName);
    return result;
}

MessageReadResult readMessageFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageReadResult r;
        r.error = Tr::tr("%1: cannot open the message: %2").arg(path, file.errorString());
        return r;
    }
    return readMessages(file, path);
}

} // namespace mailtls
