#include "app/cli/probe_command.h"

#include "app/cli/cli.h"
#include "app/cli/network_options.h"

#include "probes/endpoint_probe.h"
#include "probes/result_json.h"
#include "probes/scheduler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QMap>
#include <QJsonDocument>
#include <QTextStream>

namespace mailtls::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::ProbeCommand)
};

QString yesNo(const std::optional<bool> &v)
{
    if (!v)
        return Tr::tr("not tested");
    return *v ? Tr::tr("yes") : Tr::tr("no");
}

// An accepted version: who orders the suites, the groups, the suites (with DH sizes), the extensions.
void printAcceptedVersion(QTextStream &out, TlsVersion version, const VersionResult &v)
{
    QString order;
    if (v.serverPreference)
        order = *v.serverPreference ? Tr::tr("server order") : Tr::tr("client order");
    out << "  " << tlsVersionName(version);
    if (!order.isEmpty())
        out << " (" << order << ')';
    if (!v.groups.isEmpty())
        out << " [" << v.groups.join(QLatin1Char(' ')) << ']';
    else if (!v.group.isEmpty())
        out << " [" << v.group << ']';
    QStringList suites;
    for (const QString &suite : v.cipherSuites) {
        // A DH prime's size or an RFC 7919 group; curves are listed above.
        const KeyExchangeInfo kx = v.keyExchange.value(suite);
        if (kx.group.isEmpty() && kx.bits > 0)
            suites.append(Tr::tr("%1 (DH %2 bits)").arg(suite).arg(kx.bits));
        else if (kx.group.startsWith(QLatin1StringView("ffdhe")))
            suites.append(QStringLiteral("%1 (%2)").arg(suite, kx.group));
        else
            suites.append(suite);
    }
    out << ": " << suites.join(QStringLiteral(", ")) << '\n';
    if (v.secureRenegotiation || v.extendedMasterSecret) {
        out << "    " << Tr::tr("secure renegotiation %1, extended master secret %2")
                             .arg(yesNo(v.secureRenegotiation), yesNo(v.extendedMasterSecret))
            << '\n';
    }
    if (!v.note.isEmpty())
        out << "    " << v.note << '\n';
}

// What one address showed, after the line that names it.
void printAddress(QTextStream &out, const EndpointResult &r)
{
    if (!r.error.isEmpty())
        out << "  " << Tr::tr("Error: %1").arg(r.error) << '\n';
    if (!r.cleartext.greeting.isEmpty())
        out << "  " << Tr::tr("Greeting: %1").arg(r.cleartext.greeting) << '\n';
    if (r.starttlsOffered) {
        out << "  " << Tr::tr("STARTTLS: offered %1, succeeded %2")
                           .arg(yesNo(r.starttlsOffered), yesNo(r.starttlsSucceeded))
            << '\n';
    }
    if (r.target.protocol == Protocol::Ldap) {
        out << "  " << Tr::tr("Simple bind before StartTLS: %1").arg(yesNo(r.cleartext.simpleBindBeforeTls));
        if (!r.cleartext.simpleBindNote.isEmpty())
            out << " (" << r.cleartext.simpleBindNote << ')';
        out << '\n';
    }
    out << "  " << Tr::tr("Protocols:");
    for (auto it = r.versions.cbegin(); it != r.versions.cend(); ++it)
        out << "  " << tlsVersionName(it.key()) << ' ' << yesNo(it->accepted);
    out << '\n';
    for (auto it = r.versions.cbegin(); it != r.versions.cend(); ++it) {
        if (!it->accepted.value_or(false))
            continue;
        printAcceptedVersion(out, it.key(), it.value());
    }
    if (r.certificate) {
        const CertificateInfo &c = *r.certificate;
        out << "  " << Tr::tr("Certificate: %1; %2 %3 bits; valid until %4")
                           .arg(c.subject, c.keyType)
                           .arg(c.keyBits)
                           .arg(c.notAfter.toString(Qt::ISODate))
            << '\n'
            << "    " << Tr::tr("trusted %1, name matches %2, self-signed %3, expired %4")
                             .arg(yesNo(c.trusted), yesNo(c.nameMatches), yesNo(c.selfSigned),
                                  yesNo(c.expired))
            << '\n';
        if (!c.trustError.isEmpty())
            out << "    " << trustErrorText(c) << '\n';
        for (const ChainIssue &issue : c.chainIssues)
            out << "    " << Tr::tr("chain: %1").arg(chainIssueText(issue)) << '\n';
    }
    for (const CertificateVariant &v : r.certificateVariants) {
        const QString label = certificateVariantLabel(v.asked);
        if (!v.sent)
            out << "  " << Tr::tr("Certificate %1: undecided (%2)").arg(label, v.note) << '\n';
        else if (!*v.sent)
            out << "  " << Tr::tr("Certificate %1: none (the server refused the handshake)").arg(label) << '\n';
        else if (v.sameAsMain || !v.certificate)
            out << "  " << Tr::tr("Certificate %1: the same").arg(label) << '\n';
        else
            out << "  " << Tr::tr("Certificate %1: %2; %3 %4 bits; trusted %5, name matches %6, expired %7")
                               .arg(label, v.certificate->subject, v.certificate->keyType)
                               .arg(v.certificate->keyBits)
                               .arg(yesNo(v.certificate->trusted), yesNo(v.certificate->nameMatches),
                                    yesNo(v.certificate->expired))
                << '\n';
    }
    if (r.http) {
        out << "  " << Tr::tr("HTTP %1").arg(r.http->status);
        if (!r.http->location.isEmpty())
            out << " -> " << r.http->location;
        out << "; " << (r.http->hsts.isEmpty() ? Tr::tr("no HSTS") : Tr::tr("HSTS: %1").arg(r.http->hsts))
            << '\n';
    }
    if (r.hygiene) {
        out << "  " << Tr::tr("Hygiene:") << '\n';
        for (const HygieneResult::Entry &e : r.hygiene->entries()) {
            const QString key = QLatin1StringView(e.key);
            const HygieneCheck &c = *e.check;
            QString value = !c.value ? Tr::tr("undecided") : *c.value ? Tr::tr("yes") : Tr::tr("no");
            const std::optional<bool> good = hygieneGoodValue(key);
            if (c.value && good && *c.value != *good)
                value += QStringLiteral(" !");
            const QString why = c.value ? c.evidence.value(0) : c.note;
            out << "    " << hygieneCheckLabel(key) << ": " << value;
            if (!why.isEmpty())
                out << " (" << why << ')';
            out << '\n';
        }
    }
    if (r.cleartextAuthOffered()) {
        QStringList what = r.cleartext.exposingMechanisms();
        if (r.cleartext.plaintextLogin)
            what.prepend(r.target.protocol == Protocol::Imap ? QStringLiteral("LOGIN")
                                                             : QStringLiteral("USER/PASS"));
        if (r.cleartext.simpleBindBeforeTls.value_or(false))
            what.append(Tr::tr("LDAP simple bind before StartTLS"));
        if (r.target.protocol == Protocol::Http)
            what.append(Tr::tr("login page over plain HTTP"));
        out << "  " << Tr::tr("Credentials in cleartext possible: %1").arg(what.join(QStringLiteral(", ")))
            << '\n';
    }
}

QString figures(const EndpointResult &r)
{
    return probeStatusLabel(r.status) + QStringLiteral("  ") + Tr::tr("%n connection(s)", nullptr, r.connections) +
           QStringLiteral(", ") + Tr::tr("%1 s").arg(double(r.durationMs) / 1000.0, 0, 'f', 1);
}

// The endpoint; a name with several addresses, each address after a line of its own.
void printText(QTextStream &out, const EndpointResult &r)
{
    out << r.target.url();
    if (r.target.serverName != r.target.host)
        out << " (" << r.target.serverName << ')';
    if (r.otherAddresses.empty()) {
        out << "  " << figures(r) << '\n';
        printAddress(out, r);
        return;
    }
    out << "  " << Tr::tr("%n address(es)", nullptr, static_cast<int>(r.otherAddresses.size()) + 1) << '\n';
    for (const EndpointResult *a : r.addressResults()) {
        out << Tr::tr("Address %1").arg(a->address) << "  " << figures(*a) << '\n';
        printAddress(out, *a);
    }
}

} // namespace

bool couldNotRun(ProbeStatus s)
{
    return s == ProbeStatus::Refused || s == ProbeStatus::Timeout ||
           s == ProbeStatus::Unreachable || s == ProbeStatus::Cancelled;
}

QList<EndpointResult> probeAll(const QList<ProbeTarget> &targets, SchedulerLimits limits, const ProbeOptions &options,
                               bool json, QTextStream &err)
{
    QList<EndpointResult> results(targets.size());
    probeEach(targets, limits, options, json, err,
              [&](int index, const EndpointResult &r) { results[index] = r; });
    return results;
}

void probeEach(const QList<ProbeTarget> &targets, SchedulerLimits limits, const ProbeOptions &options, bool json,
               QTextStream &err, const std::function<void(int, const EndpointResult &)> &inOrder)
{
    ProbeScheduler scheduler(limits, options);
    // Results that came before an earlier target's, until it comes.
    QMap<int, EndpointResult> early;
    int next = 0;
    QObject::connect(&scheduler, &ProbeScheduler::endpointFinished, &scheduler,
                     [&](int index, const EndpointResult &r) {
                         if (!json)
                             err << Tr::tr("probed %1: %2")
                                        .arg(targets.at(index).url(), probeStatusLabel(r.status))
                                 << Qt::endl;
                         if (index != next) {
                             early.insert(index, r);
                             return;
                         }
                         inOrder(next++, r);
                         for (auto it = early.begin(); it != early.end() && it.key() == next;
                              it = early.erase(it))
                             inOrder(next++, it.value());
                     });
    // The command's event loop: it delivers the scheduler's signals.
    QEventLoop loop;
    QObject::connect(&scheduler, &ProbeScheduler::finished, &loop, &QEventLoop::quit);
    QFuture<void> future = scheduler.startStreaming(targets);
    loop.exec(); // `finished` is always queued, even for a run that ended at once
    future.waitForFinished();
}

int runProbe(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Probe mail endpoints: STARTTLS, TLS versions, cipher suites, certificate, "
               "and whether credentials could cross in cleartext."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("URL"),
        Tr::tr("smtp://, submission://, smtps://, lmtp://, imap://, imaps://, pop3://, pop3s://, "
               "sieve://, ldap://, ldaps://, https://, http:// or tls://host:port"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print one JSON array."));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        Tr::tr("The name the hop is addressed by (SNI, certificate check)."),
                                        Tr::tr("host"));
    const NetworkOptions network;
    parser.addOptions({jsonOption, nameOption});
    network.addTo(parser);
    if (const auto done = parseSubcommand(parser, arguments, out, err))
        return *done;
    const QStringList urls = parser.positionalArguments();
    if (urls.isEmpty()) {
        err << Tr::tr("probe: give at least one URL, e.g. smtp://mx.example.org") << Qt::endl;
        return 2;
    }
    QList<ProbeTarget> targets;
    for (const QString &url : urls) {
        const TargetParseResult parsed = parseTargetUrl(url);
        if (!parsed.target) {
            err << Tr::tr("probe: %1").arg(parsed.error) << Qt::endl;
            return 2;
        }
        ProbeTarget t = *parsed.target;
        if (parser.isSet(nameOption))
            t.serverName = parser.value(nameOption);
        targets.append(t);
    }
    ProbeOptions options;
    SchedulerLimits limits;
    if (!network.read(parser, QStringLiteral("probe"), err, &options, &limits))
        return 2;
    const bool json = parser.isSet(jsonOption);
    // Each result is written as soon as those of the targets before it are,
    // and not kept: memory stays bounded by the endpoints in progress.
    int status = 0;
    if (json)
        out << "[";
    probeEach(targets, limits, options, json, err, [&](int index, const EndpointResult &r) {
        if (json) {
            // The array as QJsonDocument indents it: each element four spaces in.
            const QByteArray element = QJsonDocument(endpointResultToJson(r)).toJson(QJsonDocument::Indented);
            out << (index == 0 ? "\n    " : ",\n    ");
            qsizetype from = 0;
            const qsizetype end = element.endsWith('\n') ? element.size() - 1 : element.size();
            for (qsizetype nl = element.indexOf('\n'); nl >= 0 && nl < end; nl = element.indexOf('\n', from)) {
                out << QString::fromUtf8(element.constData() + from, nl - from) << "\n    ";
                from = nl + 1;
            }
            out << QString::fromUtf8(element.constData() + from, end - from);
        } else {
            printText(out, r);
            out << '\n';
        }
        for (const EndpointResult *a : r.addressResults()) {
            if (couldNotRun(a->status))
                status = ExitUnreachable;
        }
    });
    if (json)
        out << (targets.isEmpty() ? "]\n" : "\n]\n");
    out.flush();
    return status;
}

} // namespace mailtls::cli
