#include "app/cli/domain_command.h"

#include "app/cli/cli.h"
#include "app/cli/discover_command.h"
#include "app/cli/probe_command.h"
#include "app/domains/domain_defence.h"
#include "probes/when_finished.h"

#include <QCommandLineParser>
#include <algorithm>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace mailtls::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::DomainCommand)
};

QString yesNo(const std::optional<bool> &v)
{
    if (!v)
        return Tr::tr("undecided");
    return *v ? Tr::tr("yes") : Tr::tr("no");
}

QString lookupText(const DomainLookup &l)
{
    QString text = dns::lookupStatusLabel(l.status);
    if (l.dnssec != dns::DnssecState::NotValidated)
        text += QStringLiteral(", ") + dns::dnssecStateLabel(l.dnssec);
    if (!l.whyBogus.isEmpty())
        text += QStringLiteral(" (%1)").arg(l.whyBogus);
    return text;
}

void printTxt(const QString &title, const DomainLookup &l, QTextStream &out)
{
    out << title << QStringLiteral(" ") << l.name << QStringLiteral(": ") << lookupText(l) << Qt::endl;
    for (const QString &t : l.texts)
        out << QStringLiteral("    \"") << t << QStringLiteral("\"") << Qt::endl;
}

void printDefence(const DomainDefence &d, QTextStream &out)
{
    const DomainCheck &c = d.check;
    out << Tr::tr("Domain %1 (DNS: %2)").arg(c.domain, c.resolver) << Qt::endl;
    out << Tr::tr("MX lookup: %1").arg(lookupText(c.mxLookup)) << Qt::endl;
    if (c.nullMx)
        out << Tr::tr("  null MX: the domain takes no mail (RFC 7505)") << Qt::endl;
    if (!c.dnssecProblem.isEmpty())
        out << Tr::tr("DNSSEC: %1").arg(c.dnssecProblem) << Qt::endl;
    printTxt(Tr::tr("MTA-STS record"), c.mtaStsTxt, out);
    const MtaStsDefence &sts = d.mtaSts;
    if (c.policyFetch)
        out << Tr::tr("  policy %1: %2").arg(c.policyFetch->url, policyFetchStatusLabel(c.policyFetch->status))
            << Qt::endl;
    if (sts.policy)
        out << Tr::tr("  mode %1, max_age %2, mx %3")
                   .arg(sts.mode ? stsModeKey(*sts.mode) : QString())
                   .arg(sts.policy->maxAge.value_or(0))
                   .arg(sts.policy->mx.join(QStringLiteral(", ")))
            << Qt::endl;
    out << Tr::tr("  applied by senders: %1").arg(yesNo(sts.inForce)) << Qt::endl;
    for (const QString &e : sts.errors)
        out << QStringLiteral("  - ") << e << Qt::endl;
    printTxt(Tr::tr("TLS-RPT record"), c.tlsRptTxt, out);
    for (const QString &e : d.tlsRpt.errors)
        out << QStringLiteral("  - ") << e << Qt::endl;
    out << Qt::endl;
    for (qsizetype i = 0; i < d.mx.size(); ++i) {
        const MxDefence &m = d.mx.at(i);
        out << QStringLiteral("%1 (%2)  [%3]").arg(m.host).arg(m.preference).arg(mxProtectionLabel(m.protection))
            << Qt::endl;
        if (i < c.mx.size())
            out << Tr::tr("  addresses: %1")
                       .arg(c.mx.at(i).addresses.isEmpty() ? Tr::tr("none")
                                                           : c.mx.at(i).addresses.join(QStringLiteral(", ")))
                << Qt::endl;
        out << Tr::tr("  STARTTLS %1, TLS 1.2 or later %2, certificate valid for the name %3")
                   .arg(yesNo(m.starttls), yesNo(m.tls12), yesNo(m.certificateValid))
            << Qt::endl;
        const DaneCheck &dane = m.dane;
        out << Tr::tr("  DANE %1: %2; addresses %3; published %4, in force %5, matches %6, rollover ready %7")
                   .arg(dane.tlsaName, dns::dnssecStateLabel(dane.tlsaDnssec),
                        dns::dnssecStateLabel(dane.addressDnssec), yesNo(dane.published), yesNo(dane.inForce),
                        yesNo(dane.matches), yesNo(dane.rolloverReady))
            << Qt::endl;
        for (const TlsaRecordCheck &r : dane.records) {
            out << QStringLiteral("    TLSA %1  ").arg(r.text());
            if (!r.usable)
                out << Tr::tr("unusable: %1").arg(r.problem);
            else if (r.matches == true)
                out << Tr::tr("matches (depth %1)").arg(r.matchedDepth);
            else
                out << Tr::tr("matches %1").arg(yesNo(r.matches));
            if (!r.note.isEmpty())
                out << QStringLiteral(" (") << r.note << QStringLiteral(")");
            out << Qt::endl;
        }
        if (m.deliveryAtRisk == true)
            out << Tr::tr("  DELIVERY AT RISK: senders that apply the published defence cannot deliver") << Qt::endl;
        for (const QString &n : dane.notes + m.notes)
            out << QStringLiteral("  - ") << n << Qt::endl;
    }
    for (const DaneCheck &s : d.submission) {
        out << Tr::tr("Submission DANE %1:%2: %3").arg(s.host).arg(s.port).arg(submissionDaneSummary(s)) << Qt::endl;
        for (const QString &n : s.notes)
            out << QStringLiteral("  - ") << n << Qt::endl;
    }
    out << Qt::endl
        << Tr::tr("Protected against downgrade: %1 of %2 MX hosts (%3 undecided)")
               .arg(d.protectedCount)
               .arg(d.mx.size())
               .arg(d.undecidedCount)
        << Qt::endl;
}

} // namespace

int runDomain(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Check a domain's defence against STARTTLS downgrade: its MX hosts, their TLSA records (DANE, "
               "validated with DNSSEC) matched against the certificates the MX hosts present on port 25, the "
               "MTA-STS record and the TLS-RPT record. Exits 0 when every MX host is protected, 1 when one is "
               "not or a published defence would make senders fail, 3 when the answer is undecided."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("domain"), Tr::tr("The mail domain, e.g. example.org."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print the result as JSON."));
    const QCommandLineOption anchorOption(
        QStringLiteral("trust-anchor"),
        Tr::tr("DNSSEC trust anchors (DS or DNSKEY records, zone file format); default: the system's root key "
               "(/usr/share/dns/root.key)."),
        Tr::tr("file"));
    const QCommandLineOption caOption(QStringLiteral("ca-file"),
                                      Tr::tr("PEM file of trusted CAs for the MX certificates (default: the "
                                             "system store)."),
                                      Tr::tr("file"));
    const QCommandLineOption noProbeOption(QStringLiteral("no-probe"),
                                           Tr::tr("Do not probe the MX hosts: DNS only (matches stay undecided)."));
    const QCommandLineOption mxPortOption(QStringLiteral("mx-port"),
                                          Tr::tr("Probe the MX hosts on this port instead of 25 (a test lab's MX; "
                                                 "TLSA records are still looked up for port 25)."),
                                          Tr::tr("port"), QStringLiteral("25"));
    const QCommandLineOption policyPortOption(QStringLiteral("policy-port"),
                                              Tr::tr("Fetch the MTA-STS policy on this port instead of 443 (a test "
                                                     "lab's policy host)."),
                                              Tr::tr("port"), QStringLiteral("443"));
    const QCommandLineOption submissionOption(
        QStringLiteral("submission"),
        Tr::tr("Also look up the TLSA records of this submission host (port 587, STARTTLS, or 465, implicit TLS; "
               "default 587) and match them against the certificate it presents there. Repeatable."),
        Tr::tr("host[:port]"));
    parser.addOptions(
        {jsonOption, anchorOption, caOption, noProbeOption, mxPortOption, policyPortOption, submissionOption});
    const DnsOptions dnsOptions;
    dnsOptions.addTo(parser);
    if (const auto done = parseSubcommand(parser, arguments, out, err))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        err << Tr::tr("domain: give one DOMAIN") << Qt::endl;
        return 2;
    }
    QString error;
    const auto domain = normalizeDomain(parser.positionalArguments().constFirst(), &error);
    if (!domain) {
        err << Tr::tr("domain: %1").arg(error) << Qt::endl;
        return 2;
    }
    dns::ResolverOptions options;
    if (!dnsOptions.read(parser, QStringLiteral("domain"), err, &options))
        return 2;
    for (const QCommandLineOption *file : {&anchorOption, &caOption}) {
        if (parser.isSet(*file) && !QFileInfo(parser.value(*file)).isReadable()) {
            err << Tr::tr("domain: cannot read %1").arg(parser.value(*file)) << Qt::endl;
            return 2;
        }
    }
    options.trustAnchorFile = parser.value(anchorOption);
    const bool json = parser.isSet(jsonOption);
    bool portOk = false;
    bool policyPortOk = false;
    const uint mxPort = parser.value(mxPortOption).toUInt(&portOk);
    const uint policyPort = parser.value(policyPortOption).toUInt(&policyPortOk);
    if (!portOk || !policyPortOk || mxPort == 0 || mxPort > 65535 || policyPort == 0 || policyPort > 65535) {
        err << Tr::tr("domain: --mx-port and --policy-port take a port from 1 to 65535") << Qt::endl;
        return 2;
    }
    DomainCheckOptions checkOptions;
    checkOptions.policy.caFile = parser.value(caOption);
    checkOptions.policy.port = static_cast<quint16>(policyPort);
    checkOptions.policy.timeoutMs = std::max(options.timeoutMs, 4000);
    for (const QString &value : parser.values(submissionOption)) {
        SubmissionHost host{value, 587};
        const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
        if (colon > 0) {
            host.host = value.left(colon);
            host.port = static_cast<quint16>(value.mid(colon + 1).toUInt());
        }
        if (host.host.isEmpty() || (host.port != 587 && host.port != 465)) {
            err << Tr::tr("domain: --submission takes HOST, HOST:587 or HOST:465") << Qt::endl;
            return 2;
        }
        checkOptions.submission << host;
    }

    // 1. The DNS side.
    DomainCheck check;
    {
        dns::Resolver resolver(options);
        QEventLoop loop;
        whenFinished(&resolver, lookUpDomain(&resolver, *domain, checkOptions), [&](const DomainCheck &c) {
            check = c;
            loop.quit();
        });
        loop.exec();
    }

    // 2. Each MX host on port 25 at every address DNS gave, named as the MX names it;
    //    the submission hosts asked for on their port, by name.
    QList<EndpointResult> results;
    if (!parser.isSet(noProbeOption)) {
        QList<ProbeTarget> targets;
        for (const DomainMxHost &mx : std::as_const(check.mx)) {
            for (const QString &address : mx.addresses)
                targets.append({Protocol::Smtp, address, static_cast<quint16>(mxPort), mx.host});
        }
        for (const DaneCheck &s : std::as_const(check.submission))
            targets.append({s.port == 465 ? Protocol::Smtps : Protocol::Submission, s.host, s.port, s.host});
        ProbeOptions probeOptions;
        probeOptions.caFile = parser.value(caOption);
        if (!targets.isEmpty())
            results = probeAll(targets, SchedulerLimits{}, probeOptions, json, err);
    }
    MxResults byHost;
    SubmissionResults bySubmissionHost;
    for (const EndpointResult &r : std::as_const(results)) {
        if (const std::optional<quint16> port = submissionTlsaPort(r.target.protocol))
            bySubmissionHost[tlsaOwnerName(r.target.serverName.toLower(), *port)].append(&r);
        else
            byHost[r.target.serverName.toLower()].append(&r);
    }

    // 3. What it amounts to.
    const DomainDefence defence = assessDomain(check, byHost, nullptr, bySubmissionHost);
    if (json)
        out << QString::fromUtf8(QJsonDocument(domainDefenceToJson(defence)).toJson());
    else
        printDefence(defence, out);
    bool atRisk = false;
    for (const MxDefence &m : defence.mx)
        atRisk = atRisk || m.deliveryAtRisk == true;
    if (atRisk || defence.allProtected == false)
        return 1;
    return defence.allProtected == true ? 0 : 3;
}

} // namespace mailtls::cli
