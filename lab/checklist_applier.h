#pragma once

// Applies a remediation checklist to the running lab as an admin would edit
// the files: each item's generated steps for the server of its endpoint
// (Postfix main.cf lines through `postconf -e`, master.cf options through
// `postconf -P`, Dovecot lines into dovecot.conf, nginx directives into their
// block), the install-certificate action with the lab's CA. Reloading the
// touched services is the caller's (Lab::reload).
//
// The one thing an admin supplies is the certificate: the remedies name
// example paths (/etc/postfix/tls/fullchain.pem, /etc/dovecot/tls/key.pem,
// ...); a path ending in /tls/fullchain.pem becomes the lab service's
// chain.pem and one ending in /tls/key.pem its key.pem. The other mapping is
// Postfix's master.cf service name: the remedy names the standard
// "submission" service; the lab's service listens on ADDRESS:PORT, the
// endpoint's. Everything else is the remedies' own text. Measure 4's items
// on the MX hosts (MTA-STS, DANE, TLS-RPT) are the domain's DNS: the caller
// publishes them with its DNS stage; those on an outbound link (what the
// relay does when it sends) are the relay's main.cf, applied as above.

#include "app/remediation/remediation.h"
#include "lab/lab.h"

#include <memory>

namespace mailtls::lab {

// "name = value" lines of a step's config (Postfix main.cf, Dovecot), blank lines skipped.
QList<std::pair<QString, QString>> settingLines(const QString &config);
// The "-o name=value" options of a master.cf service the step writes ("submission inet ...").
QList<std::pair<QString, QString>> masterOptions(const QString &config);

class ChecklistApplier
{
public:
    ChecklistApplier(Lab &lab, const Workspace &workspace);
    ~ChecklistApplier();

    // The DNS stage the caller publishes after applying the items (default: none).
    void setDnsStage(DnsStage stage);
    // Empty when every step of the item was applied or the item was left for
    // a later DNS stage, else what failed (rule, service, why).
    QString apply(const ChecklistItem &item);
    // The items applied, as "RULE@ENDPOINT" (TrackedItem::key()), in order:
    // to mark done. Those left for a later DNS stage are not among them.
    QStringList applied() const;
    // The services whose files changed, by id, sorted: to reload.
    QStringList touched() const;

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace mailtls::lab
