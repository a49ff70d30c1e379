#pragma once

// A hand-written TLS server that answers ClientHellos and nothing more (no
// key, no certificate, no Finished), for what no real server can be made to
// do on demand: a posture drawn at random for the model-based enumeration
// test, and field behaviours such as records of one byte, a slow drip, a
// suite that was not offered, a version above the offer, or a hang on a
// ClientHello of 256 to 511 bytes (F5-era middleboxes). Every probe step that
// needs only the server's first flight can run against it; full OpenSSL
// handshakes cannot.
//
// How it answers one connection (answer()):
//   1. reads one record: an SSL 2.0 CLIENT-HELLO is answered by a close (no
//      SSL 2.0 here); a TLS ClientHello is parsed;
//   2. the version: TLS 1.3 when the hello lists it in supported_versions and
//      the posture has TLS 1.3 suites (a HelloRetryRequest names suite and
//      group); otherwise the highest accepted version not above the hello's
//      client_version, or a fatal protocol_version alert;
//   3. the suite: the first common one in the server's order (or the
//      client's), or a fatal handshake_failure alert;
//   4. ServerHello, then for TLS 1.0-1.2 a ServerKeyExchange for (EC)DHE
//      suites and ServerHelloDone.

#include "tests/common/test_server.h"

#include "probes/tls/cipher_registry.h"
#include "probes/tls/tls_version.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QMap>
#include <QThread>

#include <atomic>
#include <optional>
#include <random>

namespace scripted {

inline void put16(QByteArray &b, int v)
{
    b.append(char((v >> 8) & 0xff));
    b.append(char(v & 0xff));
}

inline int get16(QByteArrayView b, qsizetype at)
{
    return (quint8(b[at]) << 8) | quint8(b[at + 1]);
}

// What a ClientHello asked for, as far as this server cares.
struct ClientHello
{
    bool ssl2 = false;
    int clientVersion = 0;
    int handshakeLength = 0;  // the handshake message, without the record header
    QList<quint16> suites;
    QList<quint16> groups;    // supported_groups
    QList<quint16> versions;  // supported_versions (TLS 1.3 hellos)
    QList<quint8> compression; // compression_methods
    QList<quint16> extensions; // every extension's type, in order
};

inline std::optional<ClientHello> parseClientHello(QByteArrayView record)
{
    ClientHello h;
    if (record.size() >= 3 && (quint8(record[0]) & 0x80) && record[2] == 1) {
        h.ssl2 = true;
        return h;
    }
    if (record.size() < 5 + 4 + 35 || record[0] != 0x16 || record[5] != 0x01)
        return std::nullopt;
    const QByteArrayView hs = record.sliced(5);
    h.handshakeLength = int(hs.size());
    h.clientVersion = get16(hs, 4);
    qsizetype at = 4 + 2 + 32;
    at += 1 + quint8(hs[at]); // session id
    if (at + 2 > hs.size())
        return std::nullopt;
    const int suitesLength = get16(hs, at);
    at += 2;
    if (at + suitesLength > hs.size())
        return std::nullopt;
    for (int i = 0; i + 1 < suitesLength; i += 2)
        h.suites.append(quint16(get16(hs, at + i)));
    at += suitesLength;
    if (at + 1 > hs.size())
        return std::nullopt;
    const qsizetype methods = quint8(hs[at]);
    for (qsizetype i = 0; i < methods && at + 1 + i < hs.size(); ++i)
        h.compression.append(quint8(hs[at + 1 + i]));
    at += 1 + methods; // compression methods
    if (at + 2 > hs.size())
        return h; // no extensions (SSL 3.0)
    const qsizetype end = std::min<qsizetype>(hs.size(), at + 2 + get16(hs, at));
    at += 2;
    while (at + 4 <= end) {
        const int type = get16(hs, at);
        const int length = get16(hs, at + 2);
        const qsizetype body = at + 4;
        if (body + length > end)
            break;
        h.extensions.append(quint16(type));
        if (type == 0x000a && length >= 2) {
            for (int i = 2; i + 1 < length; i += 2)
                h.groups.append(quint16(get16(hs, body + i)));
        } else if (type == 0x002b && length >= 1) {
            for (int i = 1; i + 1 < length; i += 2)
                h.versions.append(quint16(get16(hs, body + i)));
        }
        at = body + length;
    }
    return h;
}

inline QByteArray record(int type, int version, QByteArrayView body)
{
    QByteArray r;
    r.append(char(type));
    put16(r, version);
    put16(r, int(body.size()));
    r.append(body.data(), body.size());
    return r;
}

inline QByteArray handshakeMessage(int type, QByteArrayView body)
{
    QByteArray m;
    m.append(char(type));
    m.append('\0');
    put16(m, int(body.size()));
    m.append(body.data(), body.size());
    return m;
}

inline QByteArray alert(int level, int description)
{
    QByteArray body;
    body.append(char(level));
    body.append(char(description));
    return record(0x15, 0x0303, body);
}

// The next whole TLS record (header and body) from fd, with what was read
// past it kept in *buffer; empty when the peer closes, or after waitMs with
// no whole record.
inline QByteArray readTlsRecord(int fd, QByteArray *buffer, const std::atomic_bool &stop, int waitMs = 5000)
{
    QDeadlineTimer deadline(waitMs);
    while (!stop && !deadline.hasExpired()) {
        if (buffer->size() >= 5 && buffer->size() >= 5 + get16(*buffer, 3)) {
            const QByteArray r = buffer->left(5 + get16(*buffer, 3));
            buffer->remove(0, r.size());
            return r;
        }
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0)
            continue;
        char chunk[4096];
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return {};
        buffer->append(chunk, n);
    }
    return {};
}

// Reads and drops what the peer still sends until it closes (or waitMs):
// a server that closes first with bytes unread would reset the connection.
inline void drainUntilClosed(int fd, const std::atomic_bool &stop, int waitMs = 2000)
{
    QDeadlineTimer deadline(waitMs);
    while (!stop && !deadline.hasExpired()) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0)
            continue;
        char chunk[4096];
        if (::recv(fd, chunk, sizeof chunk, 0) <= 0)
            return;
    }
}

// A ServerHello body for TLS 1.0-1.2, or with hrrGroup a TLS 1.3 HelloRetryRequest;
// extraExtensions (type, length and data of each) follow renegotiation_info;
// compression: the method chosen.
inline QByteArray serverHello(int version, quint16 suite, quint16 hrrGroup = 0, QByteArrayView extraExtensions = {},
                              int compression = 0)
{
    QByteArray b;
    put16(b, hrrGroup ? 0x0303 : version);
    if (hrrGroup)
        b.append(QByteArray::fromHex("cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c"));
    else
        b.append(QByteArray(32, 's'));
    b.append('\0'); // no session id
    put16(b, suite);
    b.append(char(compression));
    QByteArray ext;
    if (hrrGroup) {
        put16(ext, 0x002b);
        put16(ext, 2);
        put16(ext, 0x0304);
        put16(ext, 0x0033);
        put16(ext, 2);
        put16(ext, hrrGroup);
    } else {
        put16(ext, 0xff01);
        put16(ext, 1);
        ext.append('\0');
        ext.append(extraExtensions.data(), extraExtensions.size());
    }
    put16(b, int(ext.size()));
    b.append(ext);
    return handshakeMessage(2, b);
}

inline QByteArray serverKeyExchange(quint16 suite, quint16 group)
{
    const mailtls::CipherSuiteEntry *e = mailtls::cipherSuiteByCode(suite);
    QByteArray b;
    if (e && e->keyExchange == QLatin1StringView("ECDHE")) {
        b.append('\x03');
        put16(b, group);
        b.append('\x20');
        b.append(QByteArray(32, 'k'));
    } else if (e && e->keyExchange == QLatin1StringView("DHE")) {
        put16(b, 256); // a 2048-bit prime (its top bit set)
        b.append('\x80');
        b.append(QByteArray(255, 'p'));
        put16(b, 1);
        b.append('\x02');
        put16(b, 256);
        b.append(QByteArray(256, 'y'));
    } else {
        return {};
    }
    put16(b, 0x0401); // rsa_pkcs1_sha256, a signature no one checks here
    put16(b, 16);
    b.append(QByteArray(16, 'g'));
    return handshakeMessage(12, b);
}

// One posture: which versions and suites the server takes, and how it misbehaves.
struct Posture
{
    QMap<int, QList<quint16>> suites; // per version (0x0301.. 0x0304), in the server's order; absent: refused
    bool serverOrder = true;
    QList<quint16> groups{0x001d, 0x0017}; // the server's group preference
    // Field behaviours.
    bool oneByteRecords = false;     // every record cut into records of one byte
    int dripMs = 0;                  // send the answer one byte per dripMs
    bool pickNotOffered = false;     // answer with a suite the hello did not offer
    bool versionAboveOffer = false;  // answer TLS 1.2 to a lower client_version
    bool f5Intolerant = false;       // hang on a hello of 256 to 511 bytes
    bool warningFirst = false;       // unrecognized_name (warning) before each answer
    bool refuseByClosing = false;    // a refusal is a close with no alert (as Dovecot's)
    int maxConnections = 0;          // reset connections beyond this many at once; 0: none
    double dropRate = 0;             // drop this share of connections before answering
    // Old servers' ways, for the hygiene checks: DEFLATE chosen when offered
    // (OpenSSL before 1.1.0 built with zlib), the heartbeat extension echoed
    // (OpenSSL 1.0.1 and 1.0.2), and TLS_FALLBACK_SCSV honoured (false: a
    // server from before RFC 7507, which ignores it).
    bool deflate = false;
    bool heartbeat = false;
    bool fallbackScsv = false;
};

// A ScriptedTlsServer's counters, for the test to check what happened.
struct Counters
{
    std::atomic_int connections{0};
    std::atomic_int open{0};
    std::atomic_int resetForLimit{0};
    std::atomic_int dropped{0};
    std::atomic_int hellosInF5Window{0};
};

inline void resetConnection(int fd)
{
    linger l{1, 0}; // close with RST
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
}

// The bytes answering one hello (empty: close without a word).
inline QByteArray answer(const Posture &p, const ClientHello &h)
{
    if (h.ssl2)
        return {};
    const bool asksTls13 = h.versions.contains(0x0304);
    if (asksTls13 && p.suites.contains(0x0304)) {
        const QList<quint16> &mine = p.suites.value(0x0304);
        const QList<quint16> &order = p.serverOrder ? mine : h.suites;
        for (quint16 s : order) {
            if (!(p.serverOrder ? h.suites.contains(s) : mine.contains(s)))
                continue;
            for (quint16 g : p.groups) {
                if (h.groups.contains(g))
                    return record(0x16, 0x0303, serverHello(0x0303, s, g));
            }
            return alert(2, 40);
        }
        return alert(2, 40);
    }
    int version = 0;
    for (int v = 0x0303; v >= 0x0300; --v) {
        if (v <= h.clientVersion && p.suites.contains(v)) {
            version = v;
            break;
        }
    }
    if (p.versionAboveOffer && h.clientVersion < 0x0303 && p.suites.contains(0x0303))
        version = 0x0303;
    if (!version)
        return alert(2, 70); // protocol_version
    if (p.fallbackScsv && h.suites.contains(0x5600)) {
        const int highest = p.suites.contains(0x0304) ? 0x0304 : p.suites.lastKey();
        if (version < highest)
            return alert(2, 86); // inappropriate_fallback
    }
    quint16 group = 0;
    for (quint16 g : p.groups) {
        if (h.groups.contains(g)) {
            group = g;
            break;
        }
    }
    // An ECDHE suite needs a curve both sides have.
    const auto eligible = [&](quint16 s) {
        const mailtls::CipherSuiteEntry *e = mailtls::cipherSuiteByCode(s);
        return group != 0 || !e || e->keyExchange != QLatin1StringView("ECDHE");
    };
    const QList<quint16> &mine = p.suites.value(version);
    quint16 suite = 0;
    for (quint16 s : p.serverOrder ? mine : h.suites) {
        if ((p.serverOrder ? h.suites.contains(s) : mine.contains(s)) && eligible(s)) {
            suite = s;
            break;
        }
    }
    if (p.pickNotOffered) {
        for (quint16 s : mine) {
            if (!h.suites.contains(s) && eligible(s)) {
                suite = s;
                break;
            }
        }
    }
    if (!suite)
        return alert(2, 40); // handshake_failure
    const int compression = p.deflate && h.compression.contains(1) ? 1 : 0;
    QByteArray extensions;
    if (p.heartbeat && h.extensions.contains(0x000f))
        extensions = QByteArray::fromHex("000f000101");
    QByteArray flight = serverHello(version, suite, 0, extensions, compression) + serverKeyExchange(suite, group) +
                        handshakeMessage(14, {});
    const int recordVersion = std::min(version, 0x0303);
    QByteArray out;
    if (p.oneByteRecords) {
        for (char c : flight)
            out += record(0x16, recordVersion, QByteArray(1, c));
    } else {
        out = record(0x16, recordVersion, flight);
    }
    return out;
}

// Serves one connection after the posture (see the steps at the top).
inline void serve(const Posture &p, Counters &counters, int fd, const std::atomic_bool &stop, quint32 seed)
{
    counters.connections++;
    const int open = ++counters.open;
    struct Leave
    {
        Counters &c;
        ~Leave() { c.open--; }
    } leave{counters};
    if (p.maxConnections > 0 && open > p.maxConnections) {
        counters.resetForLimit++;
        resetConnection(fd);
        return;
    }
    // A whole record: its header says how long.
    QByteArray in;
    for (int i = 0; i < 50 && !stop; ++i) {
        in += TestServer::readSome(fd, 100);
        if (in.size() >= 3 && (quint8(in[0]) & 0x80) && in.size() >= 2 + (((quint8(in[0]) & 0x7f) << 8) | quint8(in[1])))
            break;
        if (in.size() >= 5 && !(quint8(in[0]) & 0x80) && in.size() >= 5 + get16(in, 3))
            break;
    }
    std::mt19937 random(seed);
    if (p.dropRate > 0 && std::uniform_real_distribution<double>(0, 1)(random) < p.dropRate) {
        counters.dropped++;
        resetConnection(fd);
        return;
    }
    const std::optional<ClientHello> h = parseClientHello(in);
    if (!h)
        return;
    if (h->handshakeLength >= 256 && h->handshakeLength < 512) {
        counters.hellosInF5Window++;
        if (p.f5Intolerant) {
            while (!stop) // the hello vanishes: no answer, no close
                QThread::msleep(20);
            return;
        }
    }
    QByteArray out = answer(p, *h);
    if (p.refuseByClosing && out.size() >= 7 && quint8(out[0]) == 0x15 && quint8(out[5]) == 2)
        out.clear(); // the fatal alert left unsent
    if (out.isEmpty())
        return;
    if (p.warningFirst)
        out.prepend(alert(1, 112));
    if (p.dripMs > 0) {
        for (char c : out) {
            if (stop || ::send(fd, &c, 1, MSG_NOSIGNAL) < 0)
                return;
            QThread::msleep(p.dripMs);
        }
        return;
    }
    TestServer::send(fd, out);
    TestServer::readSome(fd, 200); // let the client close first
}

// A server after a posture, with its counters, on 127.0.0.1 at port().
// (In an unnamed namespace, as TestServer is.)
namespace {
struct Server
{
    explicit Server(const Posture &given)
        : posture(given), server([this](int fd, const std::atomic_bool &stop) {
              serve(this->posture, counters, fd, stop, seed++);
          })
    {
    }
    quint16 port() const { return server.port(); }
    Posture posture;
    Counters counters;
    std::atomic_uint seed{1};
    TestServer server;
};
} // namespace

} // namespace scripted
