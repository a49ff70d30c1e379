#pragma once

// Inside step 8 (hygiene.h): what the checks share and every check, one file
// per family. Not an interface for other code: probeHygiene() is.
//
//   hygiene_derived.cpp      insecure_renegotiation, dh, sweet32, poodle_ssl3 (no connection)
//   hygiene_hello.cpp        compression and heartbeat, fallback_scsv
//   hygiene_heartbleed.cpp   heartbleed
//   hygiene_ccs.cpp          ccs_injection
//   hygiene_robot.cpp        robot
//   hygiene_renegotiation.cpp client_renegotiation
//   hygiene_resumption.cpp   session_resumption
//   hygiene_ocsp.cpp         ocsp_stapling (the main handshake's staple)

#include "probes/attempt.h"
#include "probes/hygiene/hygiene.h"
#include "probes/tls/hello.h"

namespace mailtls::hygiene {

// The versions and suites the checks ask with, picked once from steps 2 to 5.
struct Plan
{
    // Every version accepted, oldest first, and whether any was left undecided.
    QList<TlsVersion> accepted;
    bool anyUndecided = false;
    // The newest accepted version from SSL 3.0 to TLS 1.2 (what our hellos
    // and renegotiation speak) and its accepted suites' code points, in the
    // server's order. Empty when none of them is accepted.
    std::optional<TlsVersion> legacy;
    QList<quint16> legacySuites;
    // Every accepted version from SSL 3.0 to TLS 1.2 with its suites' code points.
    QMap<TlsVersion, QList<quint16>> suites;
    // The newest version with RSA key exchange suites accepted (SSL 3.0 to
    // TLS 1.2) and those suites. Empty: no RSA key exchange.
    std::optional<TlsVersion> rsaVersion;
    QList<quint16> rsaSuites;
    // Whether the versions' suite lists are whole: an RSA suite or a legacy
    // version missing from them may still be accepted.
    bool suitesComplete = true;
};

Plan planFor(const QMap<TlsVersion, VersionResult> &versions);

// n random bytes (a hello's random, a premaster secret's padding).
QByteArray randomBytes(int n);
// A ClientHello of ours at a version with suites, for a check (SNI from the target).
TlsHelloSpec helloSpec(const ProbeContext &ctx, TlsVersion version, const QList<quint16> &suites);

// Sets a check undecided with a note (keeps evidence already gathered).
void undecided(HygieneCheck *check, const QString &note);
// Sets a check decided, with its evidence line.
void decided(HygieneCheck *check, bool value, const QString &evidence);
// The end of a check whose question got no deciding answer: undecided,
// saying whether it stopped before the question was asked (at the hello of
// version) or after it (question), and why (detail, else the error).
void leftUndecided(HygieneCheck *check, bool questionAsked, const QString &version, const QString &question,
                   const QString &detail, const ProbeError &e);

// Opens the attempt and sends hello, reading the server's first flight
// through its ServerHelloDone into response (the checks that go on talking
// on the connection). A server that refuses the hello or whose flight does
// not end there sets detail and returns no error: nothing to ask it.
ProbeError openThroughHelloDone(Attempt &a, const QByteArray &hello, ServerResponse *response, QString *detail);

// hygiene_derived.cpp
void deriveInsecureRenegotiation(const Plan &plan, const HygieneInput &input, HygieneCheck *check);
void deriveDh(const HygieneInput &input, HygieneCheck *check, QList<DhPrime> *primes);
void deriveSweet32(const Plan &plan, const HygieneInput &input, HygieneCheck *check);
void derivePoodleSsl3(const HygieneInput &input, HygieneCheck *check);

// hygiene_hello.cpp
void askCompressionAndHeartbeat(const ProbeContext &ctx, const Plan &plan, HygieneCheck *compression,
                                HygieneCheck *heartbeat);
void askFallbackScsv(const ProbeContext &ctx, const Plan &plan, HygieneCheck *check);

// hygiene_heartbleed.cpp: asked only when heartbeat is true.
void askHeartbleed(const ProbeContext &ctx, const Plan &plan, HygieneCheck *check);
// hygiene_ccs.cpp
void askCcsInjection(const ProbeContext &ctx, const Plan &plan, HygieneCheck *check);
// hygiene_robot.cpp
void askRobot(const ProbeContext &ctx, const Plan &plan, HygieneCheck *check);
// hygiene_renegotiation.cpp
void askClientRenegotiation(const ProbeContext &ctx, const Plan &plan, HygieneCheck *check);
// hygiene_resumption.cpp
void askSessionResumption(const ProbeContext &ctx, const Plan &plan, HygieneCheck *check,
                          SessionResumption *detail);
// hygiene_ocsp.cpp
void judgeOcspStaple(const HygieneInput &input, HygieneCheck *check, OcspStaple *detail);

// raw records, for the checks that go on talking after the server's first
// flight (heartbleed, ccs_injection, robot): one TLS record as sent.
struct TlsRecord
{
    int type = 0;       // 20 ChangeCipherSpec, 21 alert, 22 handshake, 23 data, 24 heartbeat
    quint16 version = 0;
    QByteArray body;
};
QByteArray tlsRecord(int type, quint16 version, QByteArrayView body);
// Reads the next record (at most 18432 bytes of body, RFC 5246 6.2.3); a
// header that is not TLS is a ProtocolError.
ProbeError readRecord(Connection &connection, QDeadlineTimer deadline, TlsRecord *record);

} // namespace mailtls::hygiene
