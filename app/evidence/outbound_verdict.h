#pragma once

// What an outbound relay does as a client, judged from the sessions the test
// receiver recorded (probes/receiver/): one verdict per relay (by the
// address it connected from), each check decided only by sessions that
// asked its question. A check no session answered is undecided (nullopt,
// with a note saying which scenario to send to), never passed.
//
// The destination's policy decides what a fallback means: toward a
// destination without MTA-STS (enforce) or DANE, delivering in cleartext
// when STARTTLS is missing, refused or stripped is what opportunistic TLS
// does (RFC 7435) and is reported as such; toward one whose policy requires
// TLS, it is the fault MTA-STS and DANE exist to stop, as is delivering over
// a certificate that does not check.

#include "probes/receiver/received_session.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mailtls {

enum class OutboundCheckId {
    UsesStartTls,         // M1: takes STARTTLS when it is offered, and delivers over it
    BestVersion,          // takes TLS 1.2 or 1.3 when they are offered (its hello offers them)
    SendsSni,             // names the destination in SNI
    NoFallbackWhenRequired, // keeps the message when TLS is missing, refused or stripped
    ChecksCertificateWhenRequired, // keeps the message when the certificate does not check
    FallbackOpportunistic, // without a policy: what it does when TLS is missing (reported, not judged)
};

QString outboundCheckKey(OutboundCheckId id); // "uses_starttls", ...
QString outboundCheckTitle(OutboundCheckId id);

struct OutboundCheck
{
    OutboundCheckId id = OutboundCheckId::UsesStartTls;
    std::optional<bool> passed; // nullopt: undecided (the note says why)
    bool informational = false; // reported, never a fault (opportunistic fallback)
    QString evidence;           // what decided it, or why nothing did
    QList<int> sessions;        // the receiver's session ids that decided it
};

struct OutboundVerdict
{
    QString clientAddress;
    QString ehloName; // the name the relay greeted with (its last session's)
    QList<OutboundCheck> checks;
};

// Whether the destinations the receiver's scenarios play publish a policy
// that requires TLS (MTA-STS in enforce mode, or DANE TLSA records).
enum class DestinationPolicy { None, RequiresTls };

// One verdict per client address, in the order the clients first came.
QList<OutboundVerdict> judgeOutbound(const QList<ReceivedSession> &sessions, DestinationPolicy policy);

QString destinationPolicyKey(DestinationPolicy p); // "none", "requires-tls"
std::optional<DestinationPolicy> destinationPolicyFromKey(QStringView key);
// {"client_address", "ehlo", "checks": [{"check", "title", "passed": true|false|null, "informational", "evidence", "sessions"}]}
QJsonObject outboundVerdictToJson(const OutboundVerdict &v);

} // namespace mailtls
