#include "probes/domain/mta_sts_http.h"

#include "probes/transcript.h"

#include <QCoreApplication>

#include <optional>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::PolicyFetch)
};

constexpr qsizetype kMaxChunkLine = 1024; // a chunk-size line, extensions included

bool isDigits(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    for (char c : v) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r'))
        v.chop(1);
    return v;
}

} // namespace

HttpResponseReader::State HttpResponseReader::fail(const QString &error)
{
    m_error = error;
    m_state = State::Malformed;
    return m_state;
}

QByteArray HttpResponseReader::header(QByteArrayView name) const
{
    for (const auto &[n, v] : m_headers) {
        if (QByteArrayView(n).compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

qsizetype HttpResponseReader::bodyBytesWanted() const
{
    return m_state == State::Body && m_framing == Framing::Length ? m_length - m_body.size() : -1;
}

HttpResponseReader::State HttpResponseReader::feed(QByteArrayView data)
{
    if (m_state != State::Head && m_state != State::Body)
        return m_state;
    // Where the end of the head may begin: the bytes before were searched already.
    qsizetype scanFrom = qMax<qsizetype>(0, m_buffer.size() - 3);
    m_buffer.append(data);
    while (m_state == State::Head) {
        // The head ends at the first empty line (CRLF CRLF, or bare LFs).
        const qsizetype crlf = m_buffer.indexOf("\r\n\r\n", scanFrom);
        const qsizetype lf = m_buffer.indexOf("\n\n", scanFrom);
        scanFrom = 0;
        qsizetype end = -1;
        qsizetype bodyStart = -1;
        if (crlf >= 0 && (lf < 0 || crlf + 2 <= lf)) {
            end = crlf;
            bodyStart = crlf + 4;
        } else if (lf >= 0) {
            end = lf;
            bodyStart = lf + 2;
        }
        if (end < 0) {
            if (m_buffer.size() > kMaxHead)
                return fail(Tr::tr("the response head is longer than %1 bytes").arg(kMaxHead));
            return m_state;
        }
        if (end > kMaxHead)
            return fail(Tr::tr("the response head is longer than %1 bytes").arg(kMaxHead));
        if (parseHead(end, bodyStart) == State::Malformed)
            return m_state;
    }
    if (m_state != State::Body)
        return m_state;
    switch (m_framing) {
    case Framing::Length: {
        const qsizetype take = qMin(m_length - m_body.size(), m_buffer.size());
        m_body.append(m_buffer.left(take));
        m_buffer.clear(); // anything beyond the body is no part of it (Connection: close)
        if (m_body.size() == m_length)
            m_state = State::Done;
        break;
    }
    case Framing::Close:
        m_body.append(m_buffer);
        m_buffer.clear();
        if (m_body.size() > m_maxBody) {
            m_body.truncate(m_maxBody);
            m_state = State::TooLarge;
        }
        break;
    case Framing::Chunked:
        parseChunks();
        break;
    }
    return m_state;
}

HttpResponseReader::State HttpResponseReader::parseHead(qsizetype headEnd, qsizetype bodyStart)
{
    const QByteArray head = m_buffer.left(headEnd);
    m_buffer.remove(0, bodyStart);
    QList<QByteArray> lines = head.split('\n');
    QByteArrayView statusLine = lines.first();
    if (statusLine.endsWith('\r'))
        statusLine.chop(1);
    // HTTP-version SP status-code SP [reason-phrase]
    if (!statusLine.startsWith("HTTP/1.") || statusLine.size() < 12 || statusLine.at(8) != ' ' ||
        !isDigits(statusLine.sliced(9, 3)) || (statusLine.size() > 12 && statusLine.at(12) != ' '))
        return fail(Tr::tr("not an HTTP/1.x status line: \"%1\"").arg(Transcript::printable(statusLine.first(qMin<qsizetype>(120, statusLine.size())))));
    const int status = statusLine.sliced(9, 3).toInt();
    if (status < 100)
        return fail(Tr::tr("not an HTTP/1.x status line: \"%1\"").arg(Transcript::printable(statusLine.first(qMin<qsizetype>(120, statusLine.size())))));
    QList<QPair<QByteArray, QByteArray>> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArrayView line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(Tr::tr("a folded header line (obsolete in HTTP/1.1): \"%1\"")
                            .arg(Transcript::printable(line.first(qMin<qsizetype>(120, line.size())))));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || trimmed(line.first(colon)).size() != colon)
            return fail(Tr::tr("not a header line: \"%1\"").arg(Transcript::printable(line.first(qMin<qsizetype>(120, line.size())))));
        headers.append({line.first(colon).toByteArray(), trimmed(line.sliced(colon + 1)).toByteArray()});
    }
    if (status >= 100 && status < 200)
        return m_state; // an interim response; the final one follows
    m_headers = headers;
    m_status = status;
    if (status == 204 || status == 304) {
        m_state = State::Done;
        return m_state;
    }
    const QByteArray coding = header("transfer-encoding");
    if (!coding.isEmpty()) {
        const QByteArrayView last = trimmed(QByteArrayView(coding).sliced(coding.lastIndexOf(',') + 1));
        if (last.compare("chunked", Qt::CaseInsensitive) != 0)
            return fail(Tr::tr("a transfer coding the fetch does not read: \"%1\"")
                            .arg(Transcript::printable(coding.left(120))));
        m_framing = Framing::Chunked;
    } else {
        std::optional<qsizetype> length;
        for (const auto &[n, v] : std::as_const(m_headers)) {
            if (QByteArrayView(n).compare("content-length", Qt::CaseInsensitive) != 0)
                continue;
            if (!isDigits(v) || v.size() > 12)
                return fail(Tr::tr("a Content-Length that is not a number: \"%1\"")
                                .arg(Transcript::printable(v.left(120))));
            if (length && *length != v.toLongLong())
                return fail(Tr::tr("two different Content-Length headers"));
            length = v.toLongLong();
        }
        if (length) {
            m_framing = Framing::Length;
            m_length = *length;
            if (m_length > m_maxBody) {
                m_state = State::TooLarge;
                return m_state;
            }
        }
    }
    m_state = (m_framing == Framing::Length && m_length == 0) ? State::Done : State::Body;
    return m_state;
}

HttpResponseReader::State HttpResponseReader::parseChunks()
{
    for (;;) {
        if (m_inTrailer) {
            // trailer fields, then an empty line
            const qsizetype nl = m_buffer.indexOf('\n');
            if (nl < 0) {
                if (m_buffer.size() > kMaxHead)
                    return fail(Tr::tr("the chunked trailer is longer than %1 bytes").arg(kMaxHead));
                return m_state;
            }
            const bool empty = nl == 0 || (nl == 1 && m_buffer.at(0) == '\r');
            m_buffer.remove(0, nl + 1);
            if (empty) {
                m_state = State::Done;
                return m_state;
            }
            continue;
        }
        if (m_chunkLeft > 0) {
            const qsizetype take = qMin(m_chunkLeft, m_buffer.size());
            if (take == 0)
                return m_state;
            m_body.append(m_buffer.left(take));
            m_buffer.remove(0, take);
            m_chunkLeft -= take;
            continue;
        }
        if (m_chunkLeft == 0) { // the CRLF after a chunk's data
            if (m_buffer.size() < 2 && !(m_buffer.size() == 1 && m_buffer.at(0) == '\n'))
                return m_state;
            if (m_buffer.startsWith("\r\n"))
                m_buffer.remove(0, 2);
            else if (m_buffer.startsWith('\n'))
                m_buffer.remove(0, 1);
            else
                return fail(Tr::tr("a chunk is longer than its size line says"));
            m_chunkLeft = -1;
            continue;
        }
        // chunk-size [chunk-ext] CRLF
        const qsizetype nl = m_buffer.indexOf('\n');
        if (nl < 0) {
            if (m_buffer.size() > kMaxChunkLine)
                return fail(Tr::tr("a chunk size line is longer than %1 bytes").arg(kMaxChunkLine));
            return m_state;
        }
        const QByteArray sizeLine = m_buffer.left(nl);
        m_buffer.remove(0, nl + 1);
        QByteArrayView hex = sizeLine;
        if (const qsizetype semi = hex.indexOf(';'); semi >= 0)
            hex = hex.first(semi);
        hex = trimmed(hex);
        bool ok = !hex.isEmpty() && hex.size() <= 8;
        const qsizetype size = ok ? QByteArray(hex.data(), hex.size()).toLongLong(&ok, 16) : 0;
        if (!ok || size < 0)
            return fail(Tr::tr("not a chunk size: \"%1\"").arg(Transcript::printable(sizeLine.left(120))));
        if (size == 0) {
            m_inTrailer = true;
            continue;
        }
        if (m_body.size() + size > m_maxBody) {
            m_state = State::TooLarge;
            return m_state;
        }
        m_chunkLeft = size;
    }
}

HttpResponseReader::State HttpResponseReader::finish()
{
    if (m_state == State::Head)
        return fail(m_buffer.isEmpty() ? Tr::tr("the server closed the connection without a response")
                                       : Tr::tr("the server closed the connection within the response head"));
    if (m_state != State::Body)
        return m_state;
    switch (m_framing) {
    case Framing::Close:
        m_state = State::Done;
        break;
    case Framing::Length:
        return fail(Tr::tr("the server closed the connection after %1 of %2 body bytes")
                        .arg(m_body.size())
                        .arg(m_length));
    case Framing::Chunked:
        return fail(Tr::tr("the server closed the connection within the chunked body"));
    }
    return m_state;
}

} // namespace mailtls
