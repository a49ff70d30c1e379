#include "probes/replies.h"

#include <QCoreApplication>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::MailReplies)
};

QByteArrayView chomp(QByteArrayView line)
{
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
        line.chop(1);
    return line;
}

QStringList words(QByteArrayView text)
{
    QStringList out;
    for (const QByteArray &w : text.toByteArray().simplified().split(' ')) {
        if (!w.isEmpty())
            out.append(QString::fromLatin1(w).toUpper());
    }
    return out;
}

} // namespace

SmtpReplyParser::State SmtpReplyParser::feed(QByteArrayView raw)
{
    const QByteArrayView line = chomp(raw);
    if (m_reply.lines.size() >= kMaxReplyLines) {
        m_error = Tr::tr("reply longer than %1 lines").arg(kMaxReplyLines);
        return State::Error;
    }
    if (line.size() < 3 || !std::isdigit(static_cast<unsigned char>(line[0])) ||
        !std::isdigit(static_cast<unsigned char>(line[1])) ||
        !std::isdigit(static_cast<unsigned char>(line[2]))) {
        m_error = Tr::tr("not an SMTP reply line");
        return State::Error;
    }
    const int code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
    if (m_reply.code != 0 && code != m_reply.code) {
        m_error = Tr::tr("reply code changed from %1 to %2 within one reply")
                      .arg(m_reply.code)
                      .arg(code);
        return State::Error;
    }
    const char sep = line.size() > 3 ? line[3] : ' ';
    if (sep != ' ' && sep != '-') {
        m_error = Tr::tr("bad separator after the reply code");
        return State::Error;
    }
    m_reply.code = code;
    m_reply.lines.append(line.size() > 4 ? line.sliced(4).toByteArray() : QByteArray());
    return sep == '-' ? State::NeedMore : State::Complete;
}

QStringList ehloKeywords(const SmtpReply &reply)
{
    QStringList out;
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QStringList w = words(reply.lines.at(i));
        if (!w.isEmpty()) {
            // "AUTH=PLAIN LOGIN" is the pre-RFC form of AUTH.
            out.append(w.first().startsWith(QLatin1String("AUTH=")) ? QStringLiteral("AUTH=")
                                                                     : w.first());
        }
    }
    return out;
}

QStringList ehloAuthMechanisms(const SmtpReply &reply)
{
    QStringList out;
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        QStringList w = words(reply.lines.at(i));
        if (w.isEmpty())
            continue;
        if (w.first() == QLatin1String("AUTH")) {
            w.removeFirst();
        } else if (w.first().startsWith(QLatin1String("AUTH="))) {
            w.first().remove(0, 5);
        } else {
            continue;
        }
        for (const QString &m : std::as_const(w)) {
            if (!m.isEmpty() && !out.contains(m))
                out.append(m);
        }
    }
    return out;
}

std::optional<QStringList> imapCapabilities(QByteArrayView raw)
{
    const QByteArrayView line = chomp(raw);
    if (line.startsWith("* CAPABILITY "))
        return words(line.sliced(13));
    const qsizetype start = line.indexOf("[CAPABILITY ");
    if (line.startsWith("* ") && start >= 0) {
        const qsizetype end = line.indexOf(']', start);
        if (end > start)
            return words(line.sliced(start + 12, end - start - 12));
    }
    return std::nullopt;
}

Pop3Capabilities pop3Capabilities(const QList<QByteArray> &lines)
{
    Pop3Capabilities caps;
    for (const QByteArray &raw : lines) {
        QStringList w = words(chomp(raw));
        if (w.isEmpty())
            continue;
        const QString keyword = w.takeFirst();
        caps.keywords.append(keyword);
        if (keyword == QLatin1String("SASL"))
            caps.saslMechanisms = w;
    }
    return caps;
}

std::optional<SieveCapabilities> sieveCapabilities(const QList<QByteArray> &lines)
{
    SieveCapabilities caps;
    for (const QByteArray &raw : lines) {
        const QByteArrayView line = chomp(raw);
        if (line.startsWith("OK"))
            return caps;
        if (!line.startsWith('"'))
            return std::nullopt;
        const qsizetype close = line.indexOf('"', 1);
        if (close < 0)
            return std::nullopt;
        const QString keyword = QString::fromLatin1(line.sliced(1, close - 1)).toUpper();
        caps.keywords.append(keyword);
        if (keyword == QLatin1String("SASL")) {
            QByteArrayView rest = line.sliced(close + 1).trimmed();
            if (rest.startsWith('"') && rest.endsWith('"') && rest.size() >= 2)
                caps.saslMechanisms = words(rest.sliced(1, rest.size() - 2));
        }
    }
    return std::nullopt; // no OK: incomplete
}

QByteArray HttpHead::header(QByteArrayView name) const
{
    for (const auto &[n, v] : headers) {
        if (n == name)
            return v;
    }
    return {};
}

std::optional<HttpHead> parseHttpHead(QByteArrayView head)
{
    HttpHead result;
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    if (lines.isEmpty())
        return std::nullopt;
    const QByteArray status = chomp(lines.first()).toByteArray();
    if (!status.startsWith("HTTP/1.") || status.size() < 12 || status.at(8) != ' ')
        return std::nullopt;
    bool ok = false;
    result.status = status.mid(9, 3).toInt(&ok);
    if (!ok)
        return std::nullopt;
    for (qsizetype i = 1; i < lines.size() && i <= kMaxReplyLines; ++i) {
        const QByteArray line = chomp(lines.at(i)).toByteArray();
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        result.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return result;
}

} // namespace mailtls
