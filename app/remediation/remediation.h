#pragma once

// From findings to what fixes them: for each finding, the steps with the exact
// configuration for the software found on the endpoint (Postfix, Exim,
// Sendmail, Exchange, OpenSMTPD, Dovecot, Cyrus, Courier, nginx, Apache,
// OpenLDAP; a generic step otherwise), the command that verifies it, its
// importance and effort. Knowledge is versioned data, one file per software
// (resources/remediation/*.json, remediation.json for the first four and the
// generic remedies); exports write Markdown and CSV.

#include "app/remediation/checklist_tracking.h"
#include "app/remediation/dane_warning.h"
#include "app/evidence/fingerprint.h"
#include "app/policy/policy_evaluation.h"

#include <QHash>

class QIODevice;

namespace mailtls {

// How a step's config lines are written, so a program can apply them; empty:
// text for a person only.
//   postfix-main   main.cf lines "name = value" (what `postconf -e` takes)
//   postfix-master a master.cf service: its line, then "-o name=value" lines
//   dovecot        dovecot.conf lines "name = value" at the top level
//   nginx          directives for the block named by context
QStringList remedyConfigFormats();
// nginx contexts: "http", or "server": the server block that serves the
// finding's endpoint (its listen port).
QStringList remedyNginxContexts();
// Actions a step asks for beyond configuration:
//   install-certificate  a valid certificate for the name clients use, put
//                        where the configuration points (renewed or first);
//                        on an MX whose TLSA records DANE senders use, the
//                        checklist item warns what it does to DANE (dane_warning.h)
QStringList remedyActions();

struct RemedyStep
{
    LocalizedText text;
    QString file;    // where the configuration goes; may be empty
    QString config;  // the lines to set; may be empty
    QString command; // what to run; may be empty
    QString format;  // of config, one of remedyConfigFormats(); empty: for people only
    QString context; // nginx: the block the directives go in
    QString action;  // one of remedyActions(); may be empty
    bool onSender = false; // for the server that sends over the finding's links, not the endpoint's
};

struct Remedy
{
    QStringList rules;
    QString software; // softwareKey(), or "*" for any
    Severity importance = Severity::Medium;
    QString effort;   // "low", "medium", "high"
    QList<RemedyStep> steps;
    QString verify;   // with {host}, {port}, {url}, {workspace} placeholders
};

struct RemediationReadResult
{
    QList<Remedy> remedies;
    QString error;
};

// The effort of a remedy in words ("low" -> "low", 低 in Japanese); a key not
// known comes back as it is.
QString effortLabel(const QString &effort);

RemediationReadResult parseRemediation(const QByteArray &json, const QString &sourceName);
// Every *.json file of a folder, in name order, as one list. A software with two
// remedies for one rule, in one file or two, is an error: only one would ever be used.
RemediationReadResult loadRemediationFiles(const QString &directory);
// The compiled-in knowledge (every file of :/remediation).
const QList<Remedy> &builtinRemedies();
// The remedy for a rule on this software: its own first, then a generic one.
const Remedy *remedyFor(const QList<Remedy> &remedies, QStringView ruleId, Software software);

struct ChecklistItem
{
    RuleResult finding;
    Fingerprint software;
    const Remedy *remedy = nullptr;
    QString verify; // the remedy's verify command for this endpoint
    // Carried between audits (attachTracking): the state people and audits gave it.
    std::optional<ItemState> state; // none: not tracked (no store)
    QString note;
    int regressions = 0;
    std::optional<RiskAcceptance> acceptance; // its entry in the exceptions register
    bool acceptanceLapsed = false;            // the entry's expiry date has passed
    // The remedy replaces the certificate of an MX host whose TLSA records
    // DANE senders use: what that does to DANE (dane_warning.h).
    std::optional<DaneWarning> dane;
};

// Whether a remedy installs a certificate on the endpoint (a step with action
// install-certificate that is not on the sender).
bool replacesCertificate(const Remedy &remedy);

// domains: the run's domain checks; each item whose remedy replaces the
// certificate of an MX host gets its DANE warning when DANE senders check
// that certificate (the endpoint is the host's port 25, or serves the same
// certificate). nullptr: no domain check ran, no warning.
QList<ChecklistItem> buildChecklist(const Evaluation &evaluation, const Workspace &workspace,
                                    const QHash<QString, EndpointResult> &results,
                                    const DomainDefences *domains = nullptr);

// Gives each item its tracked state, note and regressions, and its entry in
// the exceptions register (lapsed when today is past its expiry).
void attachTracking(QList<ChecklistItem> &items, const QString &profileId, const QList<TrackedItem> &tracked,
                    const QList<RiskAcceptance> &register_, QDate today);

// Exports, in the language of the default locale. verified: items that an
// audit verified (no longer found), listed after the open ones.
void writeChecklistMarkdown(QIODevice &out, const QList<ChecklistItem> &items, const Profile &profile,
                            const QString &title, const QList<TrackedItem> &verified = {});
void writeChecklistCsv(QIODevice &out, const QList<ChecklistItem> &items, const Profile &profile,
                       const QList<TrackedItem> &verified = {});

} // namespace mailtls
