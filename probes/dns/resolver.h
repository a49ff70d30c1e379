#pragma once

// The DNS layer's resolver, on libunbound (docs/dns.md). One unbound context
// per Resolver, forwarding to the nameservers given (or those of
// /etc/resolv.conf) and validating DNSSEC from a trust anchor. libunbound
// does the transport (UDP, TCP after a truncated answer, retries, the choice
// among nameservers) and follows CNAMEs; we read its answer packet with
// parseMessage() for the records and the alias chain. Event-driven on the
// thread that owns the resolver: libunbound works in a thread of its own and
// signals its answers through a descriptor a QSocketNotifier watches, so
// nothing blocks and the GUI thread may own a Resolver. Each lookup has one
// deadline (timeoutMs): when it passes, the query is cancelled and ends as
// Timeout.

#include "probes/dns/dns_message.h"
#include "probes/dns/nameserver.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QStringList>

struct ub_ctx;
class QSocketNotifier;

namespace mailtls::dns {

// How a lookup ended.
enum class LookupStatus {
    Ok,           // records of the asked type
    NoData,       // the name exists but has no records of that type
    NxDomain,     // the name does not exist (RCODE 3)
    ServFail,     // the server could not answer (RCODE 2)
    Refused,      // the server refused the query (RCODE 5), or answered FORMERR or NOTIMP
    Timeout,      // no answer before the deadline
    NetworkError, // the query could not be sent: no nameserver, or libunbound could not start
    BadResponse,  // a name we cannot ask for, an answer packet we cannot read, or a CNAME loop
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
    QString detail;             // for people: why, when the lookup failed
    QList<Record> records;      // of the asked type, owned by the last name of aliases (or name)
    QStringList aliases;        // the CNAME targets followed, in order
    DnssecState dnssec = DnssecState::NotValidated;
    QString whyBogus;           // the validator's reason, when Bogus
};

struct ResolverOptions
{
    // Recursive resolvers to forward every query to, asked in an order of
    // libunbound's choosing (the fastest first, a silent one given up for the
    // next). Empty: those of /etc/resolv.conf.
    QList<Nameserver> servers;
    int timeoutMs = 5000; // one lookup's deadline, retries, TCP and CNAME hops included
    // DNSSEC trust anchors (DS or DNSKEY records, zone-file format, as unbound
    // reads them). Empty: the system's root anchor when one is installed
    // (/usr/share/dns/root.key); with neither, answers stay NotValidated.
    QString trustAnchorFile;
    bool validate = true; // false: no trust anchor at all, every answer NotValidated
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

    // The options as used: servers holds the nameservers asked (those of
    // /etc/resolv.conf when none were given), trustAnchorFile the anchor file
    // read (the system's root key when none was given; empty: no validation).
    const ResolverOptions &options() const { return m_options; }

    // The owner names of the trust anchors in use (from the anchor file); empty: no validation.
    const QStringList &trustAnchorNames() const { return m_anchorNames; }

private:
    friend class Lookup;
    void processAnswers();

    ResolverOptions m_options;
    ub_ctx *m_ctx = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QString m_setupError;      // why the context could not be set up; every lookup fails with it
    QStringList m_anchorNames; // owner names of the trust anchors, "secure.test"
};

// The owner names of the DS and DNSKEY records in a trust-anchor file (zone
// file format, as unbound reads it), without the trailing dot; comments,
// blank lines and other records are skipped.
QStringList trustAnchorOwners(const QByteArray &contents);

// Whether name is at or under one of the owner names (DNS comparison).
bool isUnderAnyOf(QStringView name, const QStringList &owners);

} // namespace mailtls::dns
