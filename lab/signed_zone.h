#pragma once

// A DNSSEC-signed zone served by a real unbound: the demo lab's DNS
// (Lab::setDnsStage) and the DNSSEC tests' zones (tests/common/dnssec_zone.h).
// At start() it generates a KSK and a ZSK (ldns-keygen, ECDSA P-256), writes
// the zone with its records, signs it with NSEC (ldns-signzone) and starts
// unbound as an authoritative server (auth-zone, for-downstream) on a loopback
// address and port, in the foreground, without chroot or privilege drop, with
// PR_SET_PDEATHSIG so that it dies with this process. A resolver validates
// its answers from the KSK's DS (trustAnchorFile()). resign() signs the
// records as they are now with the same keys and restarts unbound on the same
// port, so the trust anchor stays valid. Every file lives in dir, which the
// caller owns.
//
// What it can serve besides the signed zone:
//   - other signed zones beside it, each with its own keys, their DS in the
//     same trust anchor file,
//   - an unsigned child zone delegated from the signed one without a DS
//     (insecure: the parent's NSEC proves there is no DS),
//   - an unsigned zone beside it, outside the trust anchor,
//   - one RRset made bogus: its signature altered after signing,
//   - every signature expired (signed for a validity period in the past).
// Names the zone does not hold get a signed NXDOMAIN or NODATA (NSEC).

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace mailtls::lab {

// One unbound in the foreground, dying with this process (PR_SET_PDEATHSIG):
// the lab's authoritative server (SignedZone) and its validating resolver
// (ValidatingResolver) each own one.
class UnboundProcess
{
public:
    UnboundProcess() = default;
    ~UnboundProcess() { stop(); }
    UnboundProcess(const UnboundProcess &) = delete;
    UnboundProcess &operator=(const UnboundProcess &) = delete;

    // Starts unbound with configFile, its output appended to logFile, and
    // waits until it accepts TCP connections on address:port. "" or an error
    // quoting what it logged.
    QString start(const QString &configFile, const QString &logFile, const QHostAddress &address, quint16 port);
    // SIGTERM, then SIGKILL after 5 s.
    void stop();
    // Its process id while it runs, else 0.
    qint64 pid() const;

private:
    QProcess m_process;
};

class SignedZone
{
public:
    // apex: the signed zone's name ("kumo.example", made absolute); dir: an
    // existing folder for keys, zone files, configuration and log.
    SignedZone(const QString &apex, const QHostAddress &address, const QString &dir);
    ~SignedZone();
    SignedZone(const SignedZone &) = delete;
    SignedZone &operator=(const SignedZone &) = delete;

    // unbound, ldns-keygen and ldns-signzone are installed.
    static bool installed();

    // The signed zone's records in zone-file form; names without a final dot
    // are relative to the apex ("mx1 300 IN A 192.0.2.25"). The zone always
    // has its SOA, NS and ns.<apex> A besides. setRecords() replaces them all
    // (for resign()).
    void addRecord(const QString &rr) { m_records.append(rr); }
    void setRecords(const QStringList &records) { m_records = records; }
    // Another signed zone beside the apex (its own keys; its DS joins the
    // trust anchor file), with its records (relative to it, or absolute):
    // added, or its records replaced (for resign()). Keys are made for it at
    // the next start() or resign().
    void setSiblingRecords(const QString &apex, const QStringList &records);
    // An unsigned zone child (under the apex), delegated without a DS, with
    // its records (absolute names, or relative to child).
    void addInsecureChild(const QString &child, const QStringList &records);
    // An unsigned zone outside the signed one (and outside the trust anchor).
    void addUnsignedZone(const QString &zone, const QStringList &records);
    // After signing, the signature over owner's RRset of type is altered: the
    // RRset is still served, and fails validation (bogus).
    void makeBogus(const QString &owner, const QString &type);
    // Signs with signatures that expired in 2020: every answer is bogus.
    void setSignaturesExpired(bool expired) { m_expired = expired; }

    // Keys, zone files, signatures, server on port. "" or an error that
    // quotes the tool's or the server's output.
    QString start(quint16 port);
    // The records as they are now signed again (a higher SOA serial, the same
    // keys) and unbound restarted on the same address and port. "" or an error.
    QString resign();
    void stop();

    QString apex() const { return m_apex; }
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    // "127.0.0.57:2053", as the auditor's --dns-server takes it.
    QString server() const;
    // The DS of the zone's KSK, as unbound's trust-anchor-file reads it.
    QString trustAnchorFile() const;
    // unbound's process id while it runs, else 0.
    qint64 pid() const;
    // What unbound said, for failure messages.
    QString log() const;
    // Every zone it serves, absolute: the apex, the siblings, the children, the unsigned zones.
    QStringList zoneNames() const;

    static QString absolute(const QString &name);

private:
    struct Zone
    {
        QString name;
        QStringList records;
    };
    struct Signed
    {
        QString apex;
        QStringList records;
        QString ksk;
        QString zsk;
    };
    struct Bogus
    {
        QString owner;
        QString type;
    };

    QString path(const QString &name) const;
    QString run(const QString &program, const QStringList &args, QByteArray *out) const;
    QString writeFile(const QString &name, const QByteArray &contents) const;
    QByteArray zoneText(const Zone &zone) const;
    QString makeKeys(Signed *zone) const;
    QString writeTrustAnchor() const;
    QString signZone(const Signed &zone, const QString &file) const;
    QString sign();
    QString alterSignatures();
    QByteArray config() const;
    QString startServer();

    QString m_apex;
    QHostAddress m_address;
    QString m_dir;
    quint16 m_port = 0;
    QStringList m_records;
    QList<Signed> m_siblings;
    QList<Zone> m_children;
    QList<Zone> m_unsigned;
    QList<Bogus> m_bogus;
    bool m_expired = false;
    QString m_ksk;
    QString m_zsk;
    int m_serial = 1;
    UnboundProcess m_server;
};

} // namespace mailtls::lab
