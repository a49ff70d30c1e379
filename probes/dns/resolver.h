#pragma once

// Our own small DNS stub resolver. Qt's QDnsLookup cannot send to a port other
// than 53 and has no deadline of ours; discovery needs both (tests run their
// own server on a loopback address and a high port). Event-driven on the
// thread that owns the resolver: nothing blocks, so the GUI thread may use it.
// A lookup asks each nameserver in turn over UDP, retries within one deadline,
// asks again over TCP when an answer comes back truncated, and follows CNAMEs.

#include "probes/dns/dns_message.h"
#include "probes/dns/nameserver.h"

#include <QFuture>
#include <QList>
#include <QObject>

namespace mailtls::dns {

// How a lookup ended.
enum class LookupStatus {
    Ok,           // records of the asked type
    NoData,       // the name exists but has no records of that type
    NxDomain,     // the name does not exist (RCODE 3)
    ServFail,     // the server could not answer (RCODE 2)
    Refused,      // the server refused the query (RCODE 5), or answered FORMERR or NOTIMP
    Timeout,      // no answer before the deadline
    NetworkError, // the query could not be sent, or the TCP connection failed
    BadResponse,  // only malformed or mismatched answers, or a CNAME loop
};

QString lookupStatusKey(LookupStatus status); // "ok", "no_data", "nxdomain", ...
QString lookupStatusLabel(LookupStatus status); // translated, for people
// True when the lookup says nothing about the name's records (the server failed or never answered).
bool isFailure(LookupStatus status);

// What DNSSEC validation (RFC 4033 5) says of an answer.
enum class DnssecState {
    NotValidated, // no trust anchor was configured, or the lookup failed: nothing is known
    Secure,       // the answer (or its proof of absence) validates from the trust anchor
    Insecure,     // proven unsigned: a delegation without DS on the way from the anchor
    Bogus,        // signatures should be there and fail to validate (why in whyBogus)
};

QString dnssecStateKey(DnssecState state);   // "not_validated", "secure", "insecure", "bogus"
QString dnssecStateLabel(DnssecState state); // translated, for people

struct LookupResult
{
    QString name;               // as asked
    RecordType type = RecordType::A;
    LookupStatus status = LookupStatus::Timeout;
    QString detail;             // for people: what each server said, when not Ok
    QList<Record> records;      // of the asked type, owned by the last name of aliases (or name)
    QStringList aliases;        // the CNAME targets followed, in order
    QString server;             // the nameserver whose answer counts, "127.0.0.60:5353"
    bool overTcp = false;       // that answer came over TCP after a truncated UDP one
    int queriesSent = 0;        // UDP and TCP queries, retries and CNAME hops included
    DnssecState dnssec = DnssecState::NotValidated;
    QString whyBogus;           // the validator's reason, when Bogus
};

struct ResolverOptions
{
    QList<Nameserver> servers; // empty: the system's (/etc/resolv.conf)
    int timeoutMs = 5000;      // one lookup's deadline, retries, TCP and CNAME hops included
    int attempts = 2;          // UDP tries per nameserver
    bool edns = true;          // offer EDNS0 (a 1232-octet UDP payload); dropped after a FORMERR
    int maxCnameHops = 8;
    int maxInFlight = 32;      // lookups at once (a discovery's first round is 17); the rest wait their turn
    // DNSSEC trust anchors (DS or DNSKEY records, zone-file format, as unbound
    // reads them). Empty: the system's root anchor when one is installed
    // (/usr/share/dns/root.key); with neither, answers stay NotValidated.
    QString trustAnchorFile;
};

class Lookup;

class Resolver : public QObject
{
    Q_OBJECT
public:
    explicit Resolver(ResolverOptions options, QObject *parent = nullptr);
    ~Resolver() override;

    // Starts a lookup and returns at once. Call from the resolver's thread; the
    // future finishes on it too (continue with whenFinished(context, future, ...), when_finished.h).
    // Deleting the resolver cancels the lookups still running.
    QFuture<LookupResult> lookup(const QString &name, RecordType type);

    const ResolverOptions &options() const { return m_options; }

private:
    friend class Lookup;
    void lookupFinished();
    void startQueued();

    ResolverOptions m_options;
    QList<Lookup *> m_queue;
    int m_inFlight = 0;
};

} // namespace mailtls::dns
