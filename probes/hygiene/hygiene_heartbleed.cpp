// heartbleed (CVE-2014-0160), asked as testssl.sh and nmap ask it: before
// the handshake completes, which is when OpenSSL 1.0.1 to 1.0.1f already
// answered heartbeats. Decided by lengths alone; what a server leaks is
// counted, wiped and never kept.
//
// One connection (two when the server closes on the heartbeats):
//   1. our hello at the plan's legacy version with its suites and the
//      heartbeat extension (peer_allowed_to_send), read through ServerHelloDone;
//   2. in one write, a heartbeat request whose payload_length claims 16384
//      bytes while 16 are sent (the malformed one), and right after it a
//      well-formed request (16 bytes of payload, 16 of padding);
//   3. the records that come back (at most kMaxRecords, kMaxBytes in all,
//      within the endpoint's deadline), handshake records and warning alerts
//      skipped; the first heartbeat record or fatal alert decides:
//        - a response to the malformed request (by its payload_length)
//          carrying more than that request held: vulnerable;
//        - the well-formed request answered as sent, with nothing for the
//          malformed one before it: not vulnerable (OpenSSL 1.0.1g drops a
//          heartbeat whose length does not fit its record, RFC 6520 4);
//        - a fatal alert: not vulnerable (the heartbeats were refused);
//        - a close: asked once more; closed again, not vulnerable, noted;
//        - silence to the deadline, or anything else: undecided.

#include "probes/hygiene/hygiene_checks.h"

#include <QCoreApplication>

namespace mailtls::hygiene {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Hygiene)
};

constexpr quint16 kHeartbeatExtension = 0x000f; // RFC 6520
constexpr int kHeartbeatRecord = 24;
constexpr int kRequest = 1;
constexpr int kResponse = 2;
constexpr int kClaimed = 0x4000; // the malformed request's payload_length
constexpr int kSent = 16;        // payload bytes the malformed request holds
constexpr int kPayload = 16;     // the well-formed request's payload
constexpr int kPadding = 16;     // its padding, the least RFC 6520 allows
constexpr int kMaxRecords = 16;
constexpr qsizetype kMaxBytes = 64 * 1024;

// What the records after our heartbeats said.
enum class Outcome { Leaked, Answered, Alert, Undecided };

// Overwrites bytes that may hold the server's memory, then frees them.
void wipe(QByteArray *bytes)
{
    bytes->fill('\0');
    bytes->clear();
}

int length16(const QByteArray &b, qsizetype at)
{
    return (quint8(b[at]) << 8) | quint8(b[at + 1]);
}

// A heartbeat message: type, payload_length, payload and padding.
QByteArray heartbeat(int payloadLength, const QByteArray &rest)
{
    QByteArray m;
    m.append(char(kRequest));
    m.append(char((payloadLength >> 8) & 0xff));
    m.append(char(payloadLength & 0xff));
    m.append(rest);
    return m;
}

// Step 3 on an open connection, after the heartbeats were sent.
Outcome readAnswers(Attempt &a, const QByteArray &payload, QString *detail, ProbeError *error)
{
    const QDeadlineTimer deadline = a.deadline();
    const qsizetype sentMalformed = 3 + kSent;
    const qsizetype sentWellFormed = 3 + kPayload + kPadding;
    qsizetype bytes = 0;
    for (int i = 0; i < kMaxRecords && bytes <= kMaxBytes; ++i) {
        TlsRecord record;
        if (ProbeError e = readRecord(a.connection(), deadline, &record)) {
            *error = e;
            return Outcome::Undecided;
        }
        bytes += 5 + record.body.size();
        if (record.type == 22)
            continue; // more of the handshake: not an answer
        if (record.type == 21 && record.body.size() == 2 && quint8(record.body[0]) == 1)
            continue; // a warning alert
        if (record.type == 21 && record.body.size() == 2 && quint8(record.body[0]) == 2) {
            *detail = Tr::tr("fatal alert %1").arg(quint8(record.body[1]));
            return Outcome::Alert;
        }
        if (record.type != kHeartbeatRecord) {
            *detail = Tr::tr("a record of type %1 where a heartbeat response or an alert was due").arg(record.type);
            return Outcome::Undecided;
        }
        const qsizetype size = record.body.size();
        if (size < 3 || quint8(record.body[0]) != kResponse) {
            wipe(&record.body);
            *detail = Tr::tr("a heartbeat record of %n byte(s) that is no heartbeat response", nullptr, int(size));
            return Outcome::Undecided;
        }
        const int length = length16(record.body, 1);
        if (length == kClaimed) {
            wipe(&record.body); // the server's memory: only its size is kept
            if (size > sentMalformed) {
                *detail = Tr::tr("a heartbeat response of %1 bytes to a request of %2 bytes claiming %3 "
                                 "(%4 bytes beyond the request, not kept)")
                              .arg(size).arg(sentMalformed).arg(kClaimed).arg(size - sentMalformed);
                return Outcome::Leaked;
            }
            *detail = Tr::tr("a heartbeat response of %1 bytes to a request of %2 bytes claiming %3")
                          .arg(size).arg(sentMalformed).arg(kClaimed);
            return Outcome::Undecided;
        }
        if (length == kPayload && size == sentWellFormed && record.body.mid(3, kPayload) == payload) {
            *detail = Tr::tr("the well-formed heartbeat was answered as sent (%1 bytes), the malformed one "
                             "claiming %2 bytes not at all")
                          .arg(size).arg(kClaimed);
            return Outcome::Answered;
        }
        wipe(&record.body);
        *detail = Tr::tr("a heartbeat response of %1 bytes with payload_length %2, which answers neither request "
                         "as sent")
                      .arg(size).arg(length);
        return Outcome::Undecided;
    }
    *detail = Tr::tr("no heartbeat response or alert within %1 records or %2 bytes").arg(kMaxRecords).arg(kMaxBytes);
    return Outcome::Undecided;
}

} // namespace

void askHeartbleed(const ProbeContext &ctx, const Plan &plan, HygieneCheck *check)
{
    if (!plan.legacy) {
        undecided(check, Tr::tr("no version from SSL 3.0 to TLS 1.2 is known to be accepted"));
        return;
    }
    const QString version = tlsVersionName(*plan.legacy);
    TlsHelloSpec spec = helloSpec(ctx, *plan.legacy, plan.legacySuites);
    spec.extraExtensions.append({kHeartbeatExtension, QByteArray(1, '\x01')}); // peer_allowed_to_send
    const QByteArray hello = buildTlsClientHello(spec);
    const QByteArray payload = randomBytes(kPayload);

    enum class Stage { Hello, Heartbeats };
    Stage stage = Stage::Hello;
    Outcome outcome = Outcome::Undecided;
    QString detail;
    bool echoed = false;
    int closedInAnswer = 0;
    const ProbeError e = onFreshConnection(
        ctx,
        [&](Attempt &a) {
            stage = Stage::Hello;
            outcome = Outcome::Undecided;
            detail.clear();
            ServerResponse r;
            if (ProbeError first = openThroughHelloDone(a, hello, &r, &detail); first || !detail.isEmpty())
                return first;
            echoed = r.extensions.contains(kHeartbeatExtension);
            stage = Stage::Heartbeats;
            const QByteArray malformed = heartbeat(kClaimed, QByteArray(kSent, 'H'));
            const QByteArray wellFormed = heartbeat(kPayload, payload + randomBytes(kPadding));
            const QByteArray records =
                tlsRecord(kHeartbeatRecord, r.version, malformed) + tlsRecord(kHeartbeatRecord, r.version, wellFormed);
            if (ProbeError sent = a.connection().writeAll(records, a.deadline()))
                return sent;
            ProbeError read;
            outcome = readAnswers(a, payload, &detail, &read);
            QByteArray rest = a.connection().takePending();
            wipe(&rest); // what may follow a leak
            return read;
        },
        &closedInAnswer);

    const QString asked = Tr::tr("%1: a heartbeat claiming %2 bytes with %3 sent, then a well-formed one, "
                                 "before the handshake's end")
                              .arg(version).arg(kClaimed).arg(kSent);
    if (stage == Stage::Heartbeats && !echoed)
        check->evidence.append(Tr::tr("%1: this ServerHello had no heartbeat extension").arg(version));
    switch (outcome) {
    case Outcome::Leaked:
        decided(check, true, Tr::tr("%1: %2").arg(asked, detail));
        return;
    case Outcome::Answered:
        decided(check, false, Tr::tr("%1: %2").arg(asked, detail));
        return;
    case Outcome::Alert:
        decided(check, false, Tr::tr("%1: %2").arg(asked, detail));
        return;
    case Outcome::Undecided:
        break;
    }
    if (stage == Stage::Heartbeats && e.dropped && closedInAnswer >= 2) {
        decided(check, false, Tr::tr("%1: the server closed the connection").arg(asked));
        check->note = Tr::tr("the server closed the connection on the heartbeats, twice");
        return;
    }
    leftUndecided(check, stage == Stage::Heartbeats, version, asked, detail, e);
}

} // namespace mailtls::hygiene
