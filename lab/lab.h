#pragma once

// Starts the real servers of a lab description on loopback and stops exactly
// the processes it started. Every server runs in the foreground as a child of
// this process, with PR_SET_PDEATHSIG, so a crashed test or a killed
// supervisor never leaves a server behind. Blocking API: call it from a test
// thread or a command-line tool, never from a GUI thread.

#include "lab/certificates.h"
#include "lab/labspec.h"
#include "lab/signed_zone.h"
#include "lab/validating_resolver.h"

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <vector>

class QDeadlineTimer;
class QProcess;

namespace mailtls::lab {

class Lab
{
public:
    explicit Lab(LabSpec spec);
    ~Lab();
    Lab(const Lab &) = delete;
    Lab &operator=(const Lab &) = delete;

    // Generates certificates and configurations under a fresh state directory,
    // starts the services named (empty: all, plus their dependencies) and waits
    // until every listener accepts connections. Returns "" or an error that
    // names the service and quotes its log.
    QString start(const QStringList &serviceIds = {}, int timeoutMs = 20000);
    // Stops every process this Lab started (SIGTERM, then SIGKILL), by PID.
    void stop();

    const LabSpec &spec() const { return m_spec; }
    QList<Service> running() const { return m_running; }
    QString stateDir() const;
    QString caFile() const;
    // PIDs of the server processes this Lab started, unbound's last (for tests of cleanup).
    QList<qint64> pids() const;

    // Where a running service's configuration lives, for a test that edits it
    // as an admin would: Postfix's configuration directory (main.cf,
    // master.cf; what `postconf -c` takes), Dovecot's dovecot.conf, nginx's
    // nginx.conf. Empty for a service that is not running or has none.
    QString configPath(const QString &serviceId) const;
    // Reloads a running service after its configuration was edited, the way an
    // admin does: `postfix -c DIR reload`; SIGHUP to Dovecot's and nginx's
    // master (what `doveadm reload` and `nginx -s reload` send). Returns when
    // the processes that ran the old configuration are gone and every listener
    // accepts connections again; "" or an error that quotes the service's log.
    QString reload(const QString &serviceId, int timeoutMs = 20000);
    // Issues a valid certificate from the lab CA for the service's host name
    // and address and writes it where the service's configuration points
    // (chain.pem, key.pem in its directory): a renewed certificate in place of
    // an expired one, or a first one for a service that had no TLS. The
    // service serves it after reload(). Returns "" or an error.
    QString issueCertificate(const QString &serviceId, IssuedFiles *files);

    // The lab's DNS (LabSpec::dns): start() serves the zone, signed, with
    // unbound, at the stage set last (default: none) and writes the trust
    // anchor into the state directory. setDnsStage() on a running lab
    // publishes a stage: the MTA-STS policy file rewritten (testing or
    // enforce, a new policy id each time; none: removed), the records changed
    // (_mta-sts and _smtp._tls TXT from testing on; in enforce TLSA 3 1 1 at
    // _25._tcp of each MX for the key of the certificate it serves now and
    // for its next key, made once and kept as next-key.pem in its folder),
    // the zone signed again with the same keys and unbound restarted. Before
    // start() it only chooses the stage start() publishes. "" or an error.
    QString setDnsStage(DnsStage stage);
    DnsStage dnsStage() const { return m_dnsStage; }
    // Where the lab's DNS answers ("127.0.0.57:2053"), the DS file a resolver
    // validates it with, the port of the MTA-STS policy host; empty or 0
    // while no DNS runs.
    QString dnsServer() const;
    QString trustAnchorFile() const;
    quint16 policyPort() const;
    // The lab's validating resolver (DnsSpec::resolver): its address and the
    // resolv.conf every Postfix service of the lab resolves with (mounted
    // over /etc/resolv.conf in the master's own mount namespace); empty while
    // none runs. It is restarted at each setDnsStage(), its cache empty.
    QString resolverAddress() const;
    QString resolvConf() const;

    // True when this process may start the lab (Postfix's master needs root).
    static bool canRun(QString *why);

private:
    QString prepare(const Service &service);
    QString launch(const Service &service);
    QString waitReady(int timeoutMs);
    QString logTail(const Service &service) const;
    QString waitListening(const Service &service, QProcess *process, const QDeadlineTimer &deadline) const;
    qsizetype runningIndex(const QString &serviceId) const;
    QString startDns();
    QString publishDns();
    QString checkResolverMounts() const;
    QString writePolicy(const QString &id);


    LabSpec m_spec;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_caFile;
    CertificateAuthority m_ca;
    QList<Service> m_running;
    std::vector<std::unique_ptr<QProcess>> m_processes;
    std::unique_ptr<SignedZone> m_zone;
    std::unique_ptr<ValidatingResolver> m_resolver;
    DnsStage m_dnsStage = DnsStage::None;
    int m_policyChanges = 0;
};

} // namespace mailtls::lab
