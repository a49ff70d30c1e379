#pragma once

// The HTTP/1.x response reader of the MTA-STS policy fetch (policy_fetch.h):
// bounded in every dimension, fed bytes as they arrive, pure (no socket), so
// that tests and the fuzz target drive it alone.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace mailtls {

// An HTTP/1.x response read as it arrives, bounded: the head (16 KiB at most)
// and the body framed by Content-Length, chunked transfer coding, or the end
// of the connection. Pure, for the fetch and for tests.
class HttpResponseReader
{
public:
    enum class State {
        Head,      // wants more of the head
        Body,      // wants more of the body
        Done,      // the response is complete
        TooLarge,  // the body exceeds the cap (Content-Length says so, or more arrived)
        Malformed, // not an HTTP/1.x response, or the framing is broken (error() says how)
    };
    static constexpr qsizetype kMaxHead = 16 * 1024;

    explicit HttpResponseReader(qsizetype maxBody) : m_maxBody(maxBody) {}

    State feed(QByteArrayView data);
    State finish(); // the peer closed the connection
    State state() const { return m_state; }

    int status() const { return m_status; }
    // The value of the header named (ASCII case-insensitive); the first one when repeated.
    QByteArray header(QByteArrayView name) const;
    const QByteArray &body() const { return m_body; }
    QString error() const { return m_error; }
    // How many bytes the body would still need (Content-Length framing), -1 otherwise.
    qsizetype bodyBytesWanted() const;

private:
    State parseHead(qsizetype headEnd, qsizetype bodyStart);
    State parseChunks();
    State fail(const QString &error);

    qsizetype m_maxBody;
    State m_state = State::Head;
    QByteArray m_buffer; // undecoded bytes not yet consumed
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    int m_status = 0;
    enum class Framing { Length, Chunked, Close } m_framing = Framing::Close;
    qsizetype m_length = 0;     // Framing::Length: the Content-Length
    qsizetype m_chunkLeft = -1; // Framing::Chunked: bytes left of the current chunk; -1 at a size line
    bool m_inTrailer = false;
    QString m_error;
};

} // namespace mailtls
