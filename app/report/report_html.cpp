#include "app/report/report_html.h"

#include "app/remediation/checklist_tracking.h"
#include "app/evidence/fingerprint.h"
#include "app/evidence/hygiene_labels.h"
#include "app/evidence/outbound_verdict.h"
#include "app/inventory/labels.h"

#include <QCoreApplication>
#include <QLocale>

#include <numeric>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::ReportHtml)
};

// Characters that would change how text reads without being seen: controls,
// and the Unicode marks that reorder, join or break lines or hide themselves.
bool invisible(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x00AD || c == 0x061C || c == 0x2028 ||
           c == 0x2029 || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF ||
           (c >= 0xFFF9 && c <= 0xFFFB);
}

QString dateText(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                         : Tr::tr("not finished");
}

QString runStateLabel(const QString &state)
{
    if (state == u"complete")
        return Tr::tr("complete");
    if (state == u"interrupted")
        return Tr::tr("interrupted: some endpoints were not probed");
    if (state == u"running")
        return Tr::tr("still running");
    return state;
}

QString measureTitle(int measure)
{
    switch (measure) {
    case 1:
        return Tr::tr("Measure 1: opportunistic TLS on every hop between MTAs");
    case 2:
        return Tr::tr("Measure 2: encryption of every internal link");
    case 4:
        return Tr::tr("Measure 4: defence against downgrade (MTA-STS, DANE)");
    default:
        return Tr::tr("Measure 3: no password in cleartext");
    }
}

QString measureSentence(const MeasureSummary &m)
{
    switch (m.measure) {
    case 1:
        return Tr::tr("%1 of %2 hops between MTAs encrypted").arg(m.encrypted()).arg(m.links);
    case 2:
        return Tr::tr("%1 of %2 internal links encrypted").arg(m.encrypted()).arg(m.links);
    default:
        return Tr::tr("%1 of %2 user access links encrypted").arg(m.encrypted()).arg(m.links);
    }
}

QString stateCounts(const QMap<LinkState, int> &byState)
{
    QStringList parts;
    for (LinkState s : allLinkStates()) {
        if (byState.value(s) > 0)
            parts << QStringLiteral("%1: %2").arg(linkStateLabel(s)).arg(byState.value(s));
    }
    return parts.join(QStringLiteral(", "));
}

QString cell(const QString &literalText)
{
    return QStringLiteral("<td>") + literalHtml(literalText) + QStringLiteral("</td>");
}

QString headerRow(const QStringList &titles)
{
    QString row = QStringLiteral("<tr>");
    for (const QString &t : titles)
        row += QStringLiteral("<th bgcolor=\"#e8e8e8\" align=\"left\">") + literalHtml(t) +
               QStringLiteral("</th>");
    return row + QStringLiteral("</tr>");
}

const QString kTable = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                      "width=\"100%\" style=\"border-collapse: "
                                      "collapse; border-color: #b0b0b0;\">");

QString yesNo(std::optional<bool> value)
{
    return !value ? Tr::tr("not known") : *value ? Tr::tr("yes") : Tr::tr("no");
}

void writeCover(const ComplianceReport &r, QString &h)
{
    h += QStringLiteral("<h1>") + literalHtml(Tr::tr("Mail Encryption Compliance Report")) +
         QStringLiteral("</h1>");
    h += QStringLiteral("<p><big><b>") + literalHtml(r.organisation) +
         QStringLiteral("</b></big></p>");
    h += kTable;
    const auto row = [&h](const QString &name, const QString &value) {
        h += QStringLiteral("<tr><th align=\"left\" width=\"30%\" bgcolor=\"#f2f2f2\">") +
             literalHtml(name) + QStringLiteral("</th>") + cell(value) + QStringLiteral("</tr>");
    };
    row(Tr::tr("Workspace"), r.workspace);
    row(Tr::tr("Audit run"),
        Tr::tr("run %1, %2 to %3 (%4)")
            .arg(r.run)
            .arg(dateText(r.runStarted), dateText(r.runFinished), runStateLabel(r.runState)));
    row(Tr::tr("Auditor"), r.auditor.isEmpty() ? Tr::tr("not given") : r.auditor);
    row(Tr::tr("Report date"), dateText(r.generatedAt));
    row(Tr::tr("Scope"), Tr::tr("%1 hosts, %2 endpoints (%3 probed), %4 links")
                             .arg(r.hosts)
                             .arg(r.endpoints)
                             .arg(r.endpointsProbed)
                             .arg(r.links));
    row(Tr::tr("Profile"),
        QStringLiteral("%1 (%2 %3)").arg(r.profileTitle.text(), r.profileId, r.profileVersion));
    h += QStringLiteral("</table>");
}

void writeSummary(const ComplianceReport &r, QString &h)
{
    h +=
        QStringLiteral("<h2>") + literalHtml(Tr::tr("Executive Summary")) + QStringLiteral("</h2>");
    h += QStringLiteral("<p>") +
         literalHtml(Tr::tr(
             "The M3AAWG recommendations ask for three quick measures against eavesdropping. "
             "Encrypted "
             "means strong or weak TLS; optional TLS is offered but not required, so mail or "
             "passwords may still cross in cleartext.")) +
         QStringLiteral("</p>");
    for (const MeasureSummary &m : r.measures) {
        h += QStringLiteral("<p><b>") + literalHtml(measureTitle(m.measure)) +
             QStringLiteral("</b><br>") + literalHtml(measureSentence(m)) +
             (m.links > 0
                  ? QStringLiteral(" (") + literalHtml(stateCounts(m.byState)) + QStringLiteral(")")
                  : QString()) +
             (m.incomplete > 0
                  ? QStringLiteral("<br><i>") +
                        literalHtml(Tr::tr("%n link(s) marked ? on the map rest on undecided answers: "
                                           "the server did not answer every question, so they may be "
                                           "weaker than counted here.",
                                           nullptr, m.incomplete)) +
                        QStringLiteral("</i>")
                  : QString()) +
             QStringLiteral("</p>");
    }
    QStringList open;
    for (int s = int(Severity::Critical); s >= int(Severity::Info); --s) {
        if (const int n = r.openBySeverity.value(Severity(s)); n > 0)
            open << QStringLiteral("%1 %2").arg(severityLabel(Severity(s))).arg(n);
    }
    h += QStringLiteral("<p>") +
         literalHtml(open.isEmpty()
                         ? Tr::tr("Open findings: none.")
                         : Tr::tr("Open findings: %1.").arg(open.join(QStringLiteral(", ")))) +
         QStringLiteral(" ") +
         literalHtml(Tr::tr("Accepted as a risk: %1.").arg(r.acceptedFindings)) +
         QStringLiteral("</p>");
    QStringList items;
    for (ItemState s : allItemStates()) {
        if (const int n = r.checklistByState.value(s); n > 0)
            items << QStringLiteral("%1 %2").arg(itemStateLabel(s)).arg(n);
    }
    h += QStringLiteral("<p>") +
         literalHtml(
             Tr::tr("Remediation checklist: %1 items (%2).")
                 .arg(std::accumulate(r.checklistByState.cbegin(), r.checklistByState.cend(), 0))
                 .arg(items.join(QStringLiteral(", ")))) +
         QStringLiteral("</p>");
}

void writePictures(const ComplianceReport &, const ImageSource &image, QString &h)
{
    h += QStringLiteral("<h2 style=\"page-break-before: always;\">") +
         literalHtml(Tr::tr("Path Map")) + QStringLiteral("</h2>");
    h += QStringLiteral("<p>") +
         literalHtml(Tr::tr("Each link in the colour and line of its state: cleartext dashed, "
                            "optional TLS dash-dotted, "
                            "unreachable dotted.")) +
         QStringLiteral("</p>");
    h += QStringLiteral("<p><img src=\"%1\" width=\"500\"></p>")
             .arg(image(QStringLiteral("map")).toHtmlEscaped());
    // On a page of their own: a heading left alone at the foot of the map's page reads badly.
    h += QStringLiteral("<h2 style=\"page-break-before: always;\">") + literalHtml(Tr::tr("Charts")) +
         QStringLiteral("</h2>");
    h += QStringLiteral("<p><img src=\"%1\" width=\"520\"></p>")
             .arg(image(QStringLiteral("versions")).toHtmlEscaped());
    h += QStringLiteral("<p><img src=\"%1\" width=\"520\"></p>")
             .arg(image(QStringLiteral("kinds")).toHtmlEscaped());
}

void writeFindings(const ComplianceReport &r, QString &h)
{
    h += QStringLiteral("<h2 style=\"page-break-before: always;\">") +
         literalHtml(Tr::tr("Findings")) + QStringLiteral("</h2>");
    if (r.findings.isEmpty()) {
        h += QStringLiteral("<p>") + literalHtml(Tr::tr("No findings.")) + QStringLiteral("</p>");
        return;
    }
    h += kTable + headerRow({Tr::tr("Severity"), Tr::tr("Rule"), Tr::tr("Endpoint"),
                             Tr::tr("Status"), Tr::tr("Evidence")});
    for (const TriagedFinding &f : r.findings) {
        const Rule *rule = r.rules.value(f.finding.ruleId);
        QString status = Tr::tr("open");
        if (f.accepted())
            status = Tr::tr("accepted as a risk until %1 by %2: %3")
                         .arg(f.acceptance->expires.toString(Qt::ISODate), f.acceptance->owner,
                              f.acceptance->justification);
        else if (f.acceptance)
            status = Tr::tr("open (the accepted risk lapsed on %1)")
                         .arg(f.acceptance->expires.toString(Qt::ISODate));
        QStringList evidence;
        for (const Evidence &e : f.finding.evidence)
            evidence << e.detail;
        h +=
            QStringLiteral("<tr>") + cell(severityLabel(f.finding.severity)) +
            cell(f.finding.ruleId + (rule ? QStringLiteral(" ") + rule->title.text() : QString())) +
            cell(f.finding.endpoint) + cell(status) + cell(evidence.join(QLatin1Char('\n'))) +
            QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
}

// The checks no answer decided: listed apart, so that a reader takes them
// neither for findings nor for passes.
void writeUndecided(const ComplianceReport &r, QString &h)
{
    if (r.undecided.isEmpty())
        return;
    h += QStringLiteral("<h3>") + literalHtml(Tr::tr("Checks not decided")) + QStringLiteral("</h3><p>") +
         literalHtml(Tr::tr("The server did not answer every question these checks ask (a timeout, a dropped "
                            "connection, a broken dialogue): they are neither passed nor failed. Audit again, "
                            "or from nearer the server.")) +
         QStringLiteral("</p>");
    h += kTable + headerRow({Tr::tr("Severity"), Tr::tr("Rule"), Tr::tr("Endpoint"), Tr::tr("Why undecided")});
    for (const RuleResult &u : r.undecided) {
        const Rule *rule = r.rules.value(u.ruleId);
        QStringList evidence;
        for (const Evidence &e : u.evidence)
            evidence << e.detail;
        h += QStringLiteral("<tr>") + cell(severityLabel(u.severity)) +
             cell(u.ruleId + (rule ? QStringLiteral(" ") + rule->title.text() : QString())) + cell(u.endpoint) +
             cell(evidence.join(QLatin1Char('\n'))) + QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
}

QString optionalText(const std::optional<bool> &v)
{
    return v ? (*v ? Tr::tr("yes") : Tr::tr("no")) : Tr::tr("undecided");
}

// Each domain's defence against downgrade, MX by MX (measure 4).
void writeDomains(const ComplianceReport &r, QString &h)
{
    if (r.domains.isEmpty())
        return;
    h += QStringLiteral("<h3>") + literalHtml(Tr::tr("Defence against downgrade, by domain")) + QStringLiteral("</h3>");
    for (const DomainDefence &d : r.domains) {
        h += QStringLiteral("<p><b>") + literalHtml(d.check.domain) + QStringLiteral("</b>: ") +
             literalHtml(Tr::tr("%1; MTA-STS: %2; TLS-RPT: %3").arg(mxSummary(d), mtaStsSummary(d), tlsRptSummary(d))) +
             QStringLiteral("</p>");
        h += kTable + headerRow({Tr::tr("MX"), Tr::tr("Protection"), Tr::tr("DANE (DNSSEC)"), Tr::tr("TLSA matches"),
                                 Tr::tr("Rollover ready"), Tr::tr("Notes")});
        for (const MxDefence &m : d.mx) {
            QStringList notes = m.dane.notes + m.notes;
            if (m.deliveryAtRisk == true)
                notes.prepend(Tr::tr("Delivery at risk: senders that apply the published defence cannot deliver."));
            h += QStringLiteral("<tr>") + cell(m.host) + cell(mxProtectionLabel(m.protection)) +
                 cell(dns::dnssecStateLabel(m.dane.tlsaDnssec)) + cell(optionalText(m.dane.matches)) +
                 cell(optionalText(m.dane.rolloverReady)) + cell(notes.join(QLatin1Char('\n'))) +
                 QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
        // Submission hosts' DANE: informational, shown where published or undecided.
        QList<const DaneCheck *> submission;
        for (const DaneCheck &s : d.submission) {
            if (submissionDaneWorthShowing(s))
                submission << &s;
        }
        if (!submission.isEmpty()) {
            h += kTable + headerRow({Tr::tr("Submission DANE"), Tr::tr("TLSA"), Tr::tr("Notes")});
            for (const DaneCheck *s : submission)
                h += QStringLiteral("<tr>") + cell(QStringLiteral("%1:%2").arg(s->host).arg(s->port)) +
                     cell(submissionDaneSummary(*s)) + cell(s->notes.join(QLatin1Char('\n'))) + QStringLiteral("</tr>");
            h += QStringLiteral("</table>");
        }
        if (!d.mtaSts.errors.isEmpty())
            h += QStringLiteral("<p>") + literalHtml(Tr::tr("MTA-STS: %1").arg(d.mtaSts.errors.join(QStringLiteral("; ")))) +
                 QStringLiteral("</p>");
    }
}

// What each outbound relay did as a client of the test receiver: the
// sending side of its outbound links (measures 1 and 4). The evidence is
// what the relay sent (its EHLO name among it): escaped like all else.
void writeOutbound(const ComplianceReport &r, QString &h)
{
    if (r.outboundTests.isEmpty())
        return;
    h += QStringLiteral("<h3>") + literalHtml(Tr::tr("Outbound relays as senders (test receiver)")) +
         QStringLiteral("</h3>");
    for (const ComplianceReport::RelayTest &rt : r.outboundTests) {
        const OutboundTest &t = rt.test;
        const QString from = t.ehlo.isEmpty() ? t.clientAddress : Tr::tr("%1, EHLO %2").arg(t.clientAddress, t.ehlo);
        const QString policy = t.policy == QLatin1StringView("requires-tls")
                                   ? Tr::tr("destinations that require TLS (MTA-STS enforce or DANE)")
                                   : Tr::tr("destinations without a policy (opportunistic TLS)");
        h += QStringLiteral("<p><b>") + literalHtml(rt.relayName) + QStringLiteral("</b>: ") +
             literalHtml(Tr::tr("tested %1 from %2, toward %3; scenarios: %4; %n session(s)", nullptr, t.sessions)
                             .arg(dateText(t.testedAt), from, policy, t.scenarios.join(QStringLiteral(", ")))) +
             QStringLiteral("</p>");
        h += kTable + headerRow({Tr::tr("Check"), Tr::tr("Result"), Tr::tr("Evidence")});
        for (const OutboundCheckRecord &c : t.checks) {
            const std::optional<OutboundCheckId> id = outboundCheckFromKey(c.check);
            const QString result = !c.passed         ? Tr::tr("undecided")
                                   : c.informational ? Tr::tr("noted")
                                   : *c.passed       ? Tr::tr("pass")
                                                     : Tr::tr("FAIL");
            h += QStringLiteral("<tr>") + cell(id ? outboundCheckTitle(*id) : c.check) + cell(result) +
                 cell(outboundEvidenceText(c)) + QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    }
}

// What TLS-RPT senders reported of each MX host of each domain in the days
// before the run: a host without reports reads "no reports imported", never
// as a host without failures.
void writeTlsRpt(const ComplianceReport &r, QString &h)
{
    if (r.mxHostsByDomain.isEmpty())
        return;
    const TlsRptWindow &w = r.tlsRpt;
    h += QStringLiteral("<h3>") + literalHtml(Tr::tr("TLS-RPT: what senders reported, by MX host")) +
         QStringLiteral("</h3>");
    QString intro = Tr::tr("Reports whose period began in the %n day(s) before the run started (%1 to %2): %3.",
                           nullptr, w.days)
                        .arg(w.from.date().toString(Qt::ISODate), w.to.addSecs(-1).date().toString(Qt::ISODate))
                        .arg(Tr::tr("%n report(s)", nullptr, w.reports)) +
                    QLatin1Char(' ') + Tr::tr("A host's figures count the sessions of every domain it serves.");
    if (r.tlsRptUnreadable > 0)
        intro += QLatin1Char(' ') + Tr::tr("%n kept report(s) could not be read and are left out.", nullptr,
                                           r.tlsRptUnreadable);
    h += QStringLiteral("<p>") + literalHtml(intro) + QStringLiteral("</p>");
    for (const ComplianceReport::DomainMxHosts &d : r.mxHostsByDomain) {
        h += QStringLiteral("<p><b>") + literalHtml(d.domain) + QStringLiteral("</b></p>");
        if (d.hosts.isEmpty()) {
            h += QStringLiteral("<p>") + literalHtml(Tr::tr("No MX host listed.")) + QStringLiteral("</p>");
            continue;
        }
        h += kTable + headerRow({Tr::tr("MX"), Tr::tr("Sessions"), Tr::tr("Failed"), Tr::tr("Failures by type"),
                                 Tr::tr("Not split between hosts"), Tr::tr("Reported by"), Tr::tr("Days")});
        for (const QString &host : d.hosts) {
            const TlsRptHostFigures *f = w.host(host);
            if (!f || !f->reported()) {
                h += QStringLiteral("<tr>") + cell(host) + cell(Tr::tr("no reports imported")) + cell(QString()) +
                     cell(QString()) + cell(QString()) + cell(QString()) + cell(QString()) + QStringLiteral("</tr>");
                continue;
            }
            QStringList shared;
            for (const TlsRptSharedCounts &sc : f->shared) {
                shared.append(Tr::tr("%1 (with %2): %L3 sessions, %L4 failed")
                                  .arg(sc.name, sc.hosts.join(QStringLiteral(", ")))
                                  .arg(sc.counts.sessions())
                                  .arg(sc.counts.failed));
            }
            h += QStringLiteral("<tr>") + cell(host) + cell(QStringLiteral("%L1").arg(f->sessions())) +
                 cell(QStringLiteral("%L1").arg(f->failed())) + cell(tlsRptFailureTypesText(f->failedByType())) +
                 cell(shared.join(QLatin1Char('\n'))) + cell(f->organizations.join(QStringLiteral(", "))) +
                 cell(QString::number(f->days.size())) + QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
    }
}

void writeChecklist(const ComplianceReport &r, QString &h)
{
    h += QStringLiteral("<h2>") + literalHtml(Tr::tr("Remediation Checklist")) +
         QStringLiteral("</h2>");
    if (r.checklist.isEmpty()) {
        h += QStringLiteral("<p>") + literalHtml(Tr::tr("Nothing to remedy.")) +
             QStringLiteral("</p>");
        return;
    }
    h += kTable + headerRow({Tr::tr("Endpoint"), Tr::tr("Rule"), Tr::tr("Software"),
                             Tr::tr("State"), Tr::tr("Note or accepted risk")});
    for (const ChecklistItem &i : r.checklist) {
        QString note = i.note;
        if (i.acceptance)
            note =
                (note.isEmpty() ? QString() : note + QLatin1Char('\n')) +
                (i.acceptanceLapsed ? Tr::tr("risk accepted until %1 (lapsed): %2")
                                    : Tr::tr("risk accepted until %1: %2"))
                    .arg(i.acceptance->expires.toString(Qt::ISODate), i.acceptance->justification);
        h += QStringLiteral("<tr>") + cell(i.finding.endpoint) + cell(i.finding.ruleId) +
             cell(i.software.software == Software::Unknown ? QString()
                                                           : softwareLabel(i.software.software)) +
             cell(itemStateLabel(i.state.value_or(ItemState::Open))) + cell(note) +
             QStringLiteral("</tr>");
        // The remedy replaces a certificate DANE senders check: the warning under its item.
        if (i.dane)
            h += QStringLiteral("<tr><td colspan=\"5\" bgcolor=\"#fff3cd\"><b>") + literalHtml(Tr::tr("Warning:")) +
                 QStringLiteral("</b> ") + literalHtml(daneWarningLine(*i.dane)) + QStringLiteral("</td></tr>");
    }
    h += QStringLiteral("</table>");
}

// An address's TLS hygiene checks: each answer with what decided it, then
// session resumption, the stapled OCSP response and the DHE primes.
void writeHygiene(const EndpointResult &r, QString &h)
{
    if (!r.hygiene)
        return;
    const HygieneResult &hy = *r.hygiene;
    h += QStringLiteral("<p>") + literalHtml(Tr::tr("TLS hygiene")) + QStringLiteral("</p>") + kTable +
         headerRow({Tr::tr("Check"), Tr::tr("Answer"), Tr::tr("Evidence")});
    for (const HygieneResult::Entry &e : hy.entries()) {
        const QString key = QLatin1StringView(e.key);
        QStringList lines = e.check->evidence;
        if (!e.check->note.isEmpty())
            lines << e.check->note;
        const HygieneReading reading = hygieneReading(key, e.check->value);
        const QString answer = QStringLiteral("<td%1>").arg(reading == HygieneReading::Bad
                                                                ? QStringLiteral(" bgcolor=\"#f8d7da\"")
                                                                : QString()) +
                               literalHtml(hygieneValueText(e.check->value)) + QStringLiteral("</td>");
        h += QStringLiteral("<tr>") + cell(hygieneLabel(key)) + answer + cell(lines.join(QLatin1Char('\n'))) +
             QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    QStringList details;
    details << Tr::tr("Session resumption: by session ID %1, by ticket %2")
                   .arg(yesNo(hy.resumption.ids), yesNo(hy.resumption.tickets)) +
                   (hy.resumption.ticketLifetimeHint >= 0
                        ? Tr::tr(", ticket lifetime hint %1 s").arg(hy.resumption.ticketLifetimeHint)
                        : QString());
    if (!hy.ocsp.responseStatus.isEmpty()) {
        const auto stamp = [](const QDateTime &t) { return t.isValid() ? dateText(t) : Tr::tr("not given"); };
        QString ocsp = Tr::tr("Stapled OCSP response: %1, certificate %2, signature valid %3, fresh %4 (%5 to %6)")
                           .arg(hy.ocsp.responseStatus,
                                hy.ocsp.certStatus.isEmpty() ? Tr::tr("not named") : hy.ocsp.certStatus,
                                yesNo(hy.ocsp.signatureValid), yesNo(hy.ocsp.fresh), stamp(hy.ocsp.thisUpdate),
                                stamp(hy.ocsp.nextUpdate));
        for (const QString &p : judgeStaple(hy.ocsp).problems)
            ocsp += QStringLiteral("; ") + p;
        details << ocsp;
    }
    for (const DhPrime &p : hy.dhPrimes)
        details << Tr::tr("DHE prime: %1 bits, %2: %3")
                       .arg(p.bits)
                       .arg(p.wellKnown.isEmpty() ? Tr::tr("a prime of its own") : p.wellKnown,
                            p.suites.join(QStringLiteral(", ")));
    h += QStringLiteral("<p style=\"font-size: 8pt;\">") + literalHtml(details.join(QLatin1Char('\n'))) +
         QStringLiteral("</p>");
}

// One address's result: status, versions, certificate, TLS hygiene, dialogue.
void writeAddress(const EndpointAppendix &a, const EndpointResult &r, bool named, QString &h)
{
    if (named)
        h += QStringLiteral("<h4>") + literalHtml(Tr::tr("Address %1").arg(r.address)) + QStringLiteral("</h4>");
    h +=
        QStringLiteral("<p>") +
        literalHtml(
            Tr::tr("Probed %1; status: %2").arg(dateText(a.probedAt), probeStatusLabel(r.status))) +
        (r.error.isEmpty() ? QString() : QStringLiteral("<br>") + literalHtml(r.error)) +
        QStringLiteral("</p>");
    h += kTable + headerRow({Tr::tr("Version"), Tr::tr("Accepted"), Tr::tr("Cipher suites")});
    for (TlsVersion v : allTlsVersions()) {
        const VersionResult vr = r.versions.value(v);
        h += QStringLiteral("<tr>") + cell(tlsVersionName(v)) + cell(yesNo(vr.accepted)) +
             cell(vr.cipherSuites.join(QLatin1Char('\n')) +
                  (vr.note.isEmpty() ? QString() : QLatin1Char('\n') + vr.note)) +
             QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    if (r.certificate) {
        const CertificateInfo &c = *r.certificate;
        h += QStringLiteral("<p>") + literalHtml(Tr::tr("Certificate")) + QStringLiteral("</p>") +
             kTable;
        const auto row = [&h](const QString &name, const QString &value) {
            h += QStringLiteral("<tr><th align=\"left\" width=\"25%\" bgcolor=\"#f2f2f2\">") +
                 literalHtml(name) + QStringLiteral("</th>") + cell(value) +
                 QStringLiteral("</tr>");
        };
        row(Tr::tr("Subject"), c.subject);
        row(Tr::tr("Names"), c.subjectAltNames.join(QStringLiteral(", ")));
        row(Tr::tr("Issuer"), c.issuer);
        row(Tr::tr("Valid"), Tr::tr("%1 to %2").arg(dateText(c.notBefore), dateText(c.notAfter)));
        row(Tr::tr("Key"),
            QStringLiteral("%1 %2, %3").arg(c.keyType).arg(c.keyBits).arg(c.signatureAlgorithm));
        row(Tr::tr("Trusted"),
            yesNo(c.trusted) +
                (c.trustError.isEmpty() ? QString() : QStringLiteral(": ") + trustErrorText(c)));
        row(Tr::tr("Name matches"), yesNo(c.nameMatches));
        QStringList issues;
        for (const ChainIssue &issue : c.chainIssues)
            issues << chainIssueText(issue);
        if (!issues.isEmpty())
            row(Tr::tr("Chain"), issues.join(QStringLiteral("; ")));
        for (const CertificateVariant &v : r.certificateVariants) {
            if (v.sent.value_or(false) && !v.sameAsMain && v.certificate)
                row(Tr::tr("Certificate %1").arg(certificateVariantLabel(v.asked)),
                    Tr::tr("%1; trusted: %2; name matches: %3")
                        .arg(v.certificate->subject, yesNo(v.certificate->trusted), yesNo(v.certificate->nameMatches)));
        }
        h += QStringLiteral("</table>");
    }
    writeHygiene(r, h);
    if (!r.transcript.lines().isEmpty()) {
        h += QStringLiteral("<p>") + literalHtml(Tr::tr("Dialogue")) + QStringLiteral("</p>");
        // Line by line: what the server sent stays literal, its controls and bidi marks shown.
        QStringList lines = r.transcript.toText().split(u'\n');
        for (QString &line : lines)
            line = literalHtml(line);
        h += QStringLiteral("<pre style=\"font-size: 7pt;\">") + lines.join(u'\n') + QStringLiteral("</pre>");
    }
}

// An endpoint's appendix: every address it was probed at, each in full.
void writeEndpoint(const EndpointAppendix &a, QString &h)
{
    h += QStringLiteral("<h3>") + literalHtml(QStringLiteral("%1 (%2)").arg(a.ref, a.hostName)) +
         QStringLiteral("</h3>");
    const QList<const EndpointResult *> addresses = a.result.addressResults();
    for (const EndpointResult *r : addresses)
        writeAddress(a, *r, addresses.size() > 1, h);
}

QString findingLine(const ComplianceReport &r, const TriagedFinding &f)
{
    const Rule *rule = r.rules.value(f.finding.ruleId);
    return QStringLiteral("%1 %2 %3 (%4)")
        .arg(f.finding.endpoint, f.finding.ruleId, rule ? rule->title.text() : QString(),
             severityLabel(f.finding.severity));
}

void writeFindingList(const QString &title, const QList<TriagedFinding> &findings,
                      const ComplianceReport &r, QString &h)
{
    h += QStringLiteral("<h3>") + literalHtml(title) + QStringLiteral("</h3>");
    if (findings.isEmpty()) {
        h += QStringLiteral("<p>") + literalHtml(Tr::tr("None.")) + QStringLiteral("</p>");
        return;
    }
    h += QStringLiteral("<ul>");
    for (const TriagedFinding &f : findings)
        h += QStringLiteral("<li>") + literalHtml(findingLine(r, f)) + QStringLiteral("</li>");
    h += QStringLiteral("</ul>");
}

void writeLinkChanges(const QString &title, const QList<RunDiff::LinkChange> &changes, QString &h)
{
    h += QStringLiteral("<h3>") + literalHtml(title) + QStringLiteral("</h3>");
    if (changes.isEmpty()) {
        h += QStringLiteral("<p>") + literalHtml(Tr::tr("None.")) + QStringLiteral("</p>");
        return;
    }
    h += kTable + headerRow({Tr::tr("Link"), Tr::tr("Kind"), Tr::tr("Before"), Tr::tr("After")});
    for (const RunDiff::LinkChange &c : changes)
        h += QStringLiteral("<tr>") + cell(c.endpoint) + cell(linkKindLabel(c.kind)) +
             cell(linkStateLabel(c.from)) + cell(linkStateLabel(c.to)) + QStringLiteral("</tr>");
    h += QStringLiteral("</table>");
}

} // namespace

QString runDiffHtml(const RunDiff &d, const ComplianceReport &before, const ComplianceReport &after)
{
    QString h;
    h += QStringLiteral("<h2>") +
         literalHtml(Tr::tr("Changes from run %1 (%2) to run %3 (%4)")
                         .arg(before.run)
                         .arg(dateText(before.runStarted))
                         .arg(after.run)
                         .arg(dateText(after.runStarted))) +
         QStringLiteral("</h2>");
    h += QStringLiteral("<p>") +
         literalHtml(Tr::tr("Findings: %1 fixed, %2 new, %3 unchanged. Links: %4 regressed, %5 "
                            "improved, %6 unchanged.")
                         .arg(d.fixed.size())
                         .arg(d.added.size())
                         .arg(d.unchanged.size())
                         .arg(d.regressed.size())
                         .arg(d.improved.size())
                         .arg(d.linksUnchanged)) +
         QStringLiteral("</p>");
    QStringList measures;
    for (int m = 0; m < 3 && m < before.measures.size() && m < after.measures.size(); ++m)
        measures << Tr::tr("measure %1: %2 to %3 of %4 links encrypted")
                        .arg(m + 1)
                        .arg(before.measures.at(m).encrypted())
                        .arg(after.measures.at(m).encrypted())
                        .arg(after.measures.at(m).links);
    h += QStringLiteral("<p>") + literalHtml(measures.join(QStringLiteral("; "))) +
         QStringLiteral("</p>");
    writeLinkChanges(Tr::tr("Regressed links"), d.regressed, h);
    writeFindingList(Tr::tr("New findings"), d.added, after, h);
    writeFindingList(Tr::tr("Fixed findings"), d.fixed, before, h);
    writeLinkChanges(Tr::tr("Improved links"), d.improved, h);
    writeFindingList(Tr::tr("Unchanged findings"), d.unchanged, after, h);
    return h;
}

QString literalHtml(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (c == u'\n') {
            out += QStringLiteral("<br>");
        } else if (c == u'\t') {
            out += QLatin1Char(' ');
        } else if (invisible(c)) {
            out += c < 0x100 ? QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'))
                             : QStringLiteral("\\u{%1}").arg(uint(c), 4, 16, QLatin1Char('0'));
        } else if (c == u'<') {
            out += QStringLiteral("&lt;");
        } else if (c == u'>') {
            out += QStringLiteral("&gt;");
        } else if (c == u'&') {
            out += QStringLiteral("&amp;");
        } else if (c == u'"') {
            out += QStringLiteral("&quot;");
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    return out;
}

QString complianceReportHtml(const ComplianceReport &r, const ImageSource &imageSource,
                             const RunComparison *comparison)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>")
             .arg(QLocale().name().section(QLatin1Char('_'), 0, 0)) +
         literalHtml(Tr::tr("Mail Encryption Compliance Report")) + QStringLiteral(" - ") +
         literalHtml(r.organisation) + QStringLiteral("</title></head><body>\n");
    writeCover(r, h);
    writeSummary(r, h);
    if (comparison)
        h += runDiffHtml(comparison->diff, comparison->before, r);
    writePictures(r, imageSource, h);
    writeFindings(r, h);
    writeUndecided(r, h);
    writeDomains(r, h);
    writeOutbound(r, h);
    writeTlsRpt(r, h);
    writeChecklist(r, h);
    h += QStringLiteral("<h2 style=\"page-break-before: always;\">") +
         literalHtml(Tr::tr("Appendix: Endpoints")) + QStringLiteral("</h2>");
    for (const EndpointAppendix &a : r.appendix)
        writeEndpoint(a, h);
    h += QStringLiteral("</body></html>\n");
    return h;
}

} // namespace mailtls
