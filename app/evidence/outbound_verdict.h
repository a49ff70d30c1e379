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

#include "app/inventory/workspace.h"
#include "probes/receiver/received_session.h"

#include <QHash>
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
std::optional<OutboundCheckId> outboundCheckFromKey(QStringView key);
QString outboundCheckTitle(OutboundCheckId id);

// A sentence of evidence kept so that each reader shows it in its own
// language (a verdict recorded by an English receiver reads in Japanese in a
// Japanese report): the English source, marked for translation in the
// mailtls::OutboundVerdict context, its arguments (data only: session
// numbers, scenarios, versions, names), and the count of a plural form.
struct OutboundPhrase
{
    QString source;
    QStringList args;
    int count = -1; // %n; -1: none

    QString english() const;
    QString text() const; // in the language of the running program
    bool operator==(const OutboundPhrase &) const = default;
};

struct OutboundCheck
{
    OutboundCheckId id = OutboundCheckId::UsesStartTls;
    std::optional<bool> passed; // nullopt: undecided (the note says why)
    bool informational = false; // reported, never a fault (opportunistic fallback)
    OutboundPhrase phrase;      // what decided it, or why nothing did
    QString evidence;           // the same in the language of the running program
    QList<int> sessions;        // the receiver's session ids that decided it

    void say(const OutboundPhrase &p)
    {
        phrase = p;
        evidence = p.text();
    }
};

// A recorded check's evidence in the language of the running program (as
// it was stored when the record predates the phrase).
QString outboundEvidenceText(const OutboundCheckRecord &record);

struct OutboundVerdict
{
    QString clientAddress;
    QString ehloName; // the name the relay greeted with (its last session's)
    QList<OutboundCheck> checks;
    QDateTime lastSession; // UTC, when its last session ended
    QStringList scenarios; // the scenarios it came to, in the order it first came to each
    int sessions = 0;
};

// Whether the destinations the receiver's scenarios play publish a policy
// that requires TLS (MTA-STS in enforce mode, or DANE TLSA records).
enum class DestinationPolicy { None, RequiresTls };

// One verdict per client address, in the order the clients first came.
QList<OutboundVerdict> judgeOutbound(const QList<ReceivedSession> &sessions, DestinationPolicy policy);

QString destinationPolicyKey(DestinationPolicy p); // "none", "requires-tls"
std::optional<DestinationPolicy> destinationPolicyFromKey(QStringView key);
// The inventory host a receiver client is: the host that lists the address
// (an IPv4-mapped IPv6 address read as IPv4), else the one whose DNS name the
// client greeted with (a relay behind NAT); empty when none. The
// workspace's addresses and names are indexed once, for many sessions.
class RelayMatcher
{
public:
    explicit RelayMatcher(const Workspace &workspace);
    // *byName: matched by the name.
    QString relayOf(const QString &address, const QString &ehlo, bool *byName = nullptr) const;

private:
    QHash<QString, QString> m_byAddress; // canonical address text -> host id (the first host listing it)
    QHash<QString, QString> m_byName;    // lower-case DNS name -> host id
};

// One relay judged from its sessions, whatever addresses they came from
// (clientAddress lists them, comma-separated).
OutboundVerdict judgeSessions(const QList<ReceivedSession> &sessions, DestinationPolicy policy);

// The receiver's sessions grouped by the inventory host that sent them and
// judged. A session is the host's that lists its address; failing that, the
// host whose name it greeted with (a relay behind NAT). A name is only a
// claim: sessions that greet with a host's name from another address are
// ignored when the host also came from its own address, and a relay known
// by name alone never passes a check (its passes read undecided, saying to
// add the address to the host).
struct RelayVerdict
{
    QString relay; // host id
    OutboundVerdict verdict;
    bool byName = false; // known by its EHLO name only
};
struct RelayJudgement
{
    QList<RelayVerdict> relays; // in the order they first came
    QStringList unmatched;      // "address (EHLO name)": no host of the workspace
    QStringList ignored;        // "address (EHLO name)": a host's name from another address
};
RelayJudgement judgeRelays(const Workspace &workspace, const QList<ReceivedSession> &sessions,
                           DestinationPolicy policy);

// Records one relay's verdict as its outbound test. An earlier test of the
// relay under the same policy goes only when the new one decides every check
// it decided: a re-test that leaves a check undecided never erases what the
// earlier one proved.
void recordOutboundVerdict(Workspace *workspace, const QString &relay, const OutboundVerdict &verdict,
                           DestinationPolicy policy, const QString &source);

// What recordOutboundTests did, in words for people.
struct OutboundRecording
{
    QStringList recorded;  // "relay (addresses)"
    QStringList unmatched; // "address (EHLO name)": no host of the workspace
    QStringList ignored;   // "address (EHLO name)": greeted with a host's name from another address
};

// The sessions judged per relay (judgeRelays) and recorded in the workspace.
// source: where the verdicts came from, shown with them.
OutboundRecording recordOutboundTests(Workspace *workspace, const QList<ReceivedSession> &sessions,
                                      DestinationPolicy policy, const QString &source);

// One check of a relay's sending side, from its outbound tests (newest
// first): the newest test that decided it, else the newest that left it
// undecided; record nullptr when no test holds the check.
struct SendingCheck
{
    const OutboundCheckRecord *record = nullptr;
    const OutboundTest *test = nullptr;
};
SendingCheck sendingCheck(const QList<OutboundTest> &tests, OutboundCheckId id);

// {"client_address", "ehlo", "checks": [{"check", "title", "passed": true|false|null, "informational", "evidence", "sessions"}]}
QJsonObject outboundVerdictToJson(const OutboundVerdict &v);

} // namespace mailtls
