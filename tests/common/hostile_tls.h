#pragma once

// Hand-written TLS servers that answer what comes after their first flight as
// long-patched implementations did, for the intrusive hygiene checks
// (heartbleed, ccs_injection): no TLS library shipped today behaves so, and
// none can be made to. Each answers a ClientHello as scripted_tls.h does
// (ServerHello, ServerKeyExchange, ServerHelloDone; the heartbeat extension
// echoed when offered), then reads records and answers them after its
// behaviour:
//
//   heartbeats (RFC 6520 requests, before the handshake's end, as OpenSSL
//   1.0.1 processed them at any time):
//     Bleeding  OpenSSL 1.0.1 to 1.0.1f (tls1_process_heartbeat): answers
//               with the payload_length the request claims, copying past the
//               end of the record (here a fixed filler, kFiller, stands for
//               the memory that followed), 16 bytes of padding, cut into
//               records of at most 16384 bytes as ssl3_write_bytes cut them;
//     Patched   OpenSSL 1.0.1g: drops in silence a request whose
//               payload_length and 16 bytes of padding do not fit its record,
//               answers the others;
//     Refusing  a fatal unexpected_message alert on the first heartbeat;
//     Closing   closes the connection on the first heartbeat, without a word;
//     Silent    ignores every heartbeat;
//     Garbled   answers a heartbeat with an application data record.
//   an early ChangeCipherSpec (CVE-2014-0224):
//     Accepting OpenSSL before 1.0.1h: takes the ChangeCipherSpec in silence
//               and fails to decrypt the next record: bad_record_mac (20);
//     AcceptingOld the same, answering decryption_failed (21) (OpenSSL 0.9.8's TLS 1.0);
//     Refusing  unexpected_message (10), as every patched OpenSSL;
//     Closing   closes without a word;
//     Silent    says nothing at all;
//     OtherAlert handshake_failure (40).

#include "tests/common/scripted_tls.h"

#include <QDeadlineTimer>

#include <optional>

namespace hostile {

// What stands for the server memory a Heartbleed answer leaks.
inline constexpr char kFiller[] = "LEAKED-SERVER-MEMORY-";

enum class Heartbeats { Bleeding, Patched, Refusing, Closing, Silent, Garbled };
enum class EarlyCcs { Accepting, AcceptingOld, Refusing, Closing, Silent, OtherAlert };

struct Record
{
    int type = 0;
    int version = 0;
    QByteArray body;
};

// Reads whole TLS records from one connection.
class RecordReader
{
public:
    explicit RecordReader(int fd) : m_fd(fd) {}

    // The next record; nullopt when the peer closed (closed()), stop was set or waitMs passed.
    std::optional<Record> next(const std::atomic_bool &stop, int waitMs = 5000)
    {
        const QDeadlineTimer deadline(waitMs);
        while (!stop && !deadline.hasExpired()) {
            if (m_pending.size() >= 5) {
                const int length = scripted::get16(m_pending, 3);
                if (m_pending.size() >= 5 + length) {
                    Record r{quint8(m_pending[0]), scripted::get16(m_pending, 1), m_pending.mid(5, length)};
                    m_pending.remove(0, 5 + length);
                    return r;
                }
            }
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            char buf[4096];
            const ssize_t n = ::recv(m_fd, buf, sizeof buf, 0);
            if (n <= 0) {
                m_closed = true;
                return std::nullopt;
            }
            m_pending.append(buf, n);
        }
        return std::nullopt;
    }
    bool closed() const { return m_closed; }

    // Reads and drops what comes until the peer closes or stop is set.
    void drain(const std::atomic_bool &stop)
    {
        while (!stop && !m_closed)
            next(stop, 200);
    }

private:
    int m_fd;
    bool m_closed = false;
    QByteArray m_pending;
};

// Reads the ClientHello and sends the posture's first flight; false when
// there was no hello to answer, or its answer was no flight.
inline bool answerHello(const scripted::Posture &posture, int fd, RecordReader &reader, const std::atomic_bool &stop)
{
    const std::optional<Record> hello = reader.next(stop);
    if (!hello || hello->type != 0x16)
        return false;
    const std::optional<scripted::ClientHello> h =
        scripted::parseClientHello(scripted::record(hello->type, hello->version, hello->body));
    if (!h)
        return false;
    const QByteArray flight = scripted::answer(posture, *h);
    if (flight.isEmpty() || flight[0] != 0x16)
        return false;
    TestServer::send(fd, flight);
    return true;
}

// The answer of OpenSSL 1.0.1f to one heartbeat request record: the payload
// as long as claimed, read past the record's end, and 16 bytes of padding.
inline QByteArray bleedingResponse(const QByteArray &request)
{
    const int claimed = scripted::get16(request, 1);
    QByteArray payload = request.mid(3, claimed);
    while (payload.size() < claimed)
        payload.append(kFiller, std::min<qsizetype>(sizeof kFiller - 1, claimed - payload.size()));
    QByteArray message;
    message.append('\x02');
    scripted::put16(message, claimed);
    message.append(payload);
    message.append(QByteArray(16, 'p'));
    return message;
}

// Serves one connection: the flight, then heartbeats as `how` says.
inline void serveHeartbeats(Heartbeats how, int fd, const std::atomic_bool &stop)
{
    scripted::Posture posture;
    posture.suites[0x0303] = {0xc02f, 0xc013, 0x002f, 0x009c}; // OpenSSL 1.0.1's kind of list
    posture.heartbeat = true;
    RecordReader reader(fd);
    if (!answerHello(posture, fd, reader, stop))
        return;
    for (int i = 0; i < 8 && !stop; ++i) {
        const std::optional<Record> r = reader.next(stop);
        if (!r && reader.closed())
            return;
        if (!r || r->type != 24 || r->body.size() < 3 || r->body[0] != 1)
            continue;
        switch (how) {
        case Heartbeats::Bleeding: {
            const QByteArray message = bleedingResponse(r->body);
            for (qsizetype at = 0; at < message.size(); at += 16384)
                TestServer::send(fd, scripted::record(24, r->version, message.mid(at, 16384)));
            break;
        }
        case Heartbeats::Patched: {
            const int claimed = scripted::get16(r->body, 1);
            if (1 + 2 + 16 > r->body.size() || 1 + 2 + claimed + 16 > r->body.size())
                break; // silently discarded, RFC 6520 4
            QByteArray message;
            message.append('\x02');
            scripted::put16(message, claimed);
            message.append(r->body.mid(3, claimed));
            message.append(QByteArray(16, 'p'));
            TestServer::send(fd, scripted::record(24, r->version, message));
            break;
        }
        case Heartbeats::Refusing:
            TestServer::send(fd, scripted::alert(2, 10));
            return;
        case Heartbeats::Closing:
            return;
        case Heartbeats::Silent:
            break;
        case Heartbeats::Garbled:
            TestServer::send(fd, scripted::record(23, r->version, QByteArray(40, 'g')));
            break;
        }
    }
    reader.drain(stop);
}

// Serves one connection: the flight, then an early ChangeCipherSpec as `how` says.
inline void serveEarlyCcs(EarlyCcs how, int fd, const std::atomic_bool &stop)
{
    scripted::Posture posture;
    posture.suites[0x0303] = {0xc02f, 0x002f};
    posture.suites[0x0301] = {0xc013, 0x002f};
    RecordReader reader(fd);
    if (!answerHello(posture, fd, reader, stop))
        return;
    bool ccsTaken = false;
    for (int i = 0; i < 8 && !stop; ++i) {
        const std::optional<Record> r = reader.next(stop);
        if (!r && reader.closed())
            return;
        if (!r)
            continue;
        if (r->type == 20 && !ccsTaken) {
            switch (how) {
            case EarlyCcs::Accepting:
            case EarlyCcs::AcceptingOld:
                ccsTaken = true; // the read keys change, in silence
                continue;
            case EarlyCcs::Refusing:
                TestServer::send(fd, scripted::alert(2, 10));
                return;
            case EarlyCcs::Closing:
                return;
            case EarlyCcs::Silent:
                continue;
            case EarlyCcs::OtherAlert:
                TestServer::send(fd, scripted::alert(2, 40));
                return;
            }
        }
        if (ccsTaken) {
            // Whatever comes now is read under keys of an empty master secret: it cannot decrypt.
            TestServer::send(fd, scripted::alert(2, how == EarlyCcs::AcceptingOld ? 21 : 20));
            return;
        }
    }
    reader.drain(stop);
}

} // namespace hostile
