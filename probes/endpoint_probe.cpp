#include "probes/endpoint_probe.h"

#include "probes/dialogues/ldap.h"
#include "probes/hygiene/hygiene.h"
#include "probes/replies.h"
#include "probes/tls/cipher_registry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::EndpointProbe)
};

constexpr qsizetype kMaxHttpResponse = 64 * 1024;

void probeHttp(Attempt &attempt, TlsSession *tls, const ProbeTarget &target, EndpointResult *result)
{
    const QByteArray request = "GET / HTTP/1.1\r\nHost: " + target.serverName.toUtf8() +
                               "\r\nUser-Agent: mailtls-auditor\r\nConnection: close\r\n\r\n";
    result->transcript.client("GET / HTTP/1.1");
    QByteArray response;
    ProbeError e = tls ? tls->write(request, attempt.deadline())
                       : attempt.connection().writeAll(request, attempt.deadline());
    if (!e) {
        e = tls ? tls->readUntilClosed(&response, kMaxHttpResponse, attempt.deadline())
                : attempt.connection().readUntilClosed(&response, kMaxHttpResponse,
                                                       attempt.deadline());
    }
    if (e) {
        result->transcript.note(e.message);
        return;
    }
    const qsizetype end = response.indexOf("\r\n\r\n");
    const QByteArray head = end >= 0 ? response.left(end) : response;
    for (const QByteArray &line : head.split('\n'))
        result->transcript.server(line);
    const auto parsed = parseHttpHead(head);
    if (!parsed) {
        result->transcript.note(Tr::tr("not an HTTP response"));
        return;
    }
    HttpInfo info;
    info.status = parsed->status;
    info.location = Transcript::printable(parsed->header("location"));
    info.redirectsToHttps =
        parsed->status / 100 == 3 && parsed->header("location").toLower().startsWith("https://");
    info.hsts = Transcript::printable(parsed->header("strict-transport-security"));
    info.server = Transcript::printable(parsed->header("server"));
    if (result->cleartext.software.isEmpty()) {
        for (const char *name : {"nginx", "Apache", "Microsoft-IIS", "lighttpd", "Caddy"}) {
            if (info.server.contains(QLatin1StringView(name), Qt::CaseInsensitive))
                result->cleartext.software = QString::fromLatin1(name);
        }
    }
    result->http = info;
}

// What one probeEndpoint() call shares between its steps. Lives on its stack
// frame: ctx points at the counters, and the per-version jobs at the lists.
struct EndpointRun
{
    EndpointRun(const ProbeTarget &probed, const ProbeOptions &given)
        : target(probed), options(given),
          deadline(given.endpointTimeoutMs), ctx{target, options, deadline, &connections,
                                                 &starttlsFirst},
          mode(protocolInfo(probed.protocol).tlsMode), versions(allTlsVersions()),
          failures(versions.size()), found(versions.size())
    {
        result.target = probed;
        for (TlsVersion v : versions)
            result.versions.insert(v, VersionResult{});
        if (mode == TlsMode::StartTls)
            result.starttlsOffered = false;
    }

    const ProbeTarget &target;
    const ProbeOptions &options;
    const QDeadlineTimer deadline;
    std::atomic_int connections{0};
    std::atomic_int starttlsFirst{0};
    const ProbeContext ctx;
    const TlsMode mode;
    EndpointResult result;
    // Steps 2 to 4, one entry per version.
    const QList<TlsVersion> versions;
    QList<ProbeError> failures;
    QList<VersionResult> found;
    QList<QFuture<void>> running;
    bool launched = false;
    // Step 8's first part starts once every version's first answer is in.
    HygieneProbe hygiene{ctx};
    QMutex firstMutex;
    QMap<TlsVersion, VersionResult> firstAnswers;
    // Step 6, one entry per certificate asked for.
    QList<CertificateVariant::Asked> variantAsks;
    QList<CertificateVariant> variants;
    QList<QFuture<void>> variantsRunning;

    // Step 6 on the pool, started with the version steps.
    void launchCertificateVariants();

    // Steps 2 to 4 start, on the pool, as soon as the main connection has shown
    // that TLS is offered, and run while it finishes its own handshake.
    void launchVersions()
    {
        if (launched || !options.versionPool)
            return;
        launched = true;
        // The newest versions first (their chains are the longest), the
        // certificates after them: the first to ask get the host's slots.
        for (qsizetype i = versions.size() - 1; i >= 0; --i) {
            running.append(QtConcurrent::run(options.versionPool, [this, i] {
                found[i] = probeVersion(
                    ctx, versions.at(i), &failures[i],
                    [this, i](const VersionResult &vr) { firstAnswer(versions.at(i), vr); });
            }));
        }
        launchCertificateVariants();
    }

    // A version's first answer; with every version's in and one accepted,
    // step 8's first part starts (unless the hygiene checks are off or the
    // probe stopped).
    void firstAnswer(TlsVersion v, const VersionResult &vr)
    {
        QMap<TlsVersion, VersionResult> all;
        {
            const QMutexLocker lock(&firstMutex);
            firstAnswers.insert(v, vr);
            if (firstAnswers.size() < versions.size())
                return;
            all = firstAnswers;
        }
        const bool stopped = (options.cancel && options.cancel->load()) || deadline.hasExpired();
        bool anyAccepted = false;
        for (const VersionResult &r : std::as_const(all))
            anyAccepted = anyAccepted || r.accepted.value_or(false);
        if (options.hygiene && !stopped && anyAccepted)
            hygiene.start(all);
    }
};

// Step 6 with a pool: every variant that may be wanted, as soon as TLS is
// known to be offered, beside the version steps (keepWantedVariants() drops
// what the main certificate makes needless).
void EndpointRun::launchCertificateVariants()
{
    variantAsks = certificateVariantsAhead(target);
    variants.resize(variantAsks.size());
    for (qsizetype i = 0; i < variantAsks.size(); ++i) {
        variantsRunning.append(QtConcurrent::run(options.versionPool, [this, i] {
            const ConnectionLabel label("certificate");
            const BackgroundConnections background;
            variants[i] = askCertificateVariant(ctx, variantAsks.at(i), std::nullopt);
        }));
    }
}

// Once every variant is in: those the main certificate asks for, compared with it.
void keepWantedVariants(EndpointRun &run)
{
    const QList<CertificateVariant::Asked> wanted =
        certificateVariantsToAsk(run.target, run.result.certificate);
    QList<CertificateVariant> kept;
    for (const CertificateVariant &v : std::as_const(run.variants)) {
        if (!wanted.contains(v.asked))
            continue;
        CertificateVariant k = v;
        k.sameAsMain =
            k.certificate && run.result.certificate &&
            k.certificate->sha256Fingerprint == run.result.certificate->sha256Fingerprint;
        kept.append(k);
    }
    run.variants = kept;
}

// Step 6 without a pool: once the main certificate is known, the others, one
// after another.
void askCertificateVariants(EndpointRun &run)
{
    run.variantAsks = certificateVariantsToAsk(run.target, run.result.certificate);
    run.variants.resize(run.variantAsks.size());
    for (qsizetype i = 0; i < run.variantAsks.size(); ++i) {
        auto ask = [&run, i] {
            run.variants[i] =
                askCertificateVariant(run.ctx, run.variantAsks.at(i), run.result.certificate);
        };
        if (run.options.versionPool)
            run.variantsRunning.append(QtConcurrent::run(run.options.versionPool, ask));
        else
            ask();
    }
}

// Step 1, the main connection's TLS: a handshake offering everything, the
// certificate, and on HTTPS the HTTP request.
void mainHandshake(EndpointRun &run, Attempt &attempt)
{
    EndpointResult &result = run.result;
    HandshakeOptions hs;
    hs.serverName = run.target.serverName;
    hs.requestOcsp = true;
    HandshakeResult negotiated;
    result.transcript.note(Tr::tr("TLS handshake"));
    std::unique_ptr<TlsSession> session = attempt.handshake(hs, &negotiated);
    if (run.mode == TlsMode::StartTls)
        result.starttlsSucceeded = !negotiated.error;
    if (negotiated.error) {
        result.transcript.note(negotiated.error.message);
        result.status = negotiated.error.status;
        result.error = negotiated.error.message;
        return;
    }
    result.transcript.note(Tr::tr("TLS established: %1, %2")
                               .arg(tlsVersionName(negotiated.version), negotiated.cipher));
    result.certificate = analyseCertificate(negotiated.chainDer, run.target.serverName,
                                            run.options.caFile, QDateTime::currentDateTimeUtc());
    result.negotiated = negotiated;
    if (run.target.protocol == Protocol::Https)
        probeHttp(attempt, session.get(), run.target, &result);
}

// Step 1: the main connection (cleartext dialogue, STARTTLS, backing off when
// rate limited), then its handshake or, on plain HTTP, the request. Returns
// whether TLS is offered.
bool mainConnection(EndpointRun &run)
{
    EndpointResult &result = run.result;
    const ConnectionLabel label("main");
    const ConnectionPriority priority(ConnectionPriority::Critical);
    std::optional<Attempt> main;
    bool offered = false;
    ProbeError e;
    for (int retry = 0; retry <= run.options.rateLimitRetries; ++retry) {
        main.emplace(run.ctx);
        e = main->open(result.transcript, &result.cleartext, &offered,
                       [&run] { run.launchVersions(); });
        if (!retryable(e.status))
            break;
        if (retry == run.options.rateLimitRetries)
            break; // no pause after the last try
        result.transcript.note(Tr::tr("rate limited; retrying"));
        main.reset(); // no slot held while waiting
        if (!pauseProbe(run.ctx, qint64(run.options.rateLimitBackoffMs) * (retry + 1))) {
            e = run.options.cancel && run.options.cancel->load()
                    ? ProbeError{ProbeStatus::Cancelled, Tr::tr("cancelled")}
                    : ProbeError{ProbeStatus::Timeout,
                                 Tr::tr("the endpoint's time ran out while backing off")};
            break;
        }
    }
    if (run.mode == TlsMode::StartTls)
        result.starttlsOffered = offered;
    if (e) {
        result.status = e.status;
        result.error = e.message;
        // With STARTTLS not offered, the capability list decides: no TLS on this hop.
        return false;
    }
    if (run.mode == TlsMode::None) {
        probeHttp(*main, nullptr, run.target, &result);
        return false;
    }
    mainHandshake(run, *main);
    return true;
}

// Step 7, LDAP with StartTLS: a made-up simple bind before TLS, on a
// connection of its own so that its answer (or a drop) spoils nothing else;
// its lines follow the main connection's in the transcript.
void askSimpleBind(EndpointRun &run)
{
    EndpointResult &result = run.result;
    CleartextInfo &c = result.cleartext;
    const ProbeStatus s = result.status;
    if (s == ProbeStatus::Refused || s == ProbeStatus::Timeout || s == ProbeStatus::Unreachable ||
        s == ProbeStatus::RateLimited || s == ProbeStatus::Cancelled) {
        c.simpleBindNote =
            Tr::tr("not asked: the main connection ended with %1").arg(probeStatusKey(s));
        return;
    }
    Transcript lines;
    const ProbeError e = onFreshConnection(run.ctx, [&](Attempt &a) {
        lines = Transcript{};
        if (ProbeError failed = a.connectOnly(lines))
            return failed;
        DialogueContext dc{a.connection(),         lines, a.deadline(),
                           run.options.clientName, true,  nullptr};
        return askSimpleBindBeforeTls(dc, &c);
    });
    if (e && c.simpleBindNote.isEmpty())
        c.simpleBindNote = Tr::tr("simple bind before StartTLS undecided: %1").arg(e.message);
    result.transcript.note(Tr::tr("simple bind before StartTLS, on a connection of its own"));
    for (const TranscriptLine &line : lines.lines()) {
        if (line.direction == TranscriptLine::Direction::Note)
            result.transcript.note(line.text);
        else
            result.transcript.restore(line.direction, line.text);
    }
    if (e)
        result.transcript.note(c.simpleBindNote);
}

// Steps 2 to 4: on the pool (already running) or here, one after another.
void decideVersions(EndpointRun &run, bool tlsOffered)
{
    EndpointResult &result = run.result;
    const bool decide =
        tlsOffered || (run.launched && result.status != ProbeStatus::StartTlsNotOffered);
    if (decide && !run.launched) {
        for (qsizetype i = 0; i < run.versions.size(); ++i)
            run.found[i] = probeVersion(run.ctx, run.versions.at(i), &run.failures[i]);
    }
    for (QFuture<void> &f : run.running)
        f.waitForFinished(); // they reference the run: always wait before leaving
    if (decide) {
        for (qsizetype i = 0; i < run.versions.size(); ++i) {
            result.versions[run.versions.at(i)] = run.found.at(i);
            // A version left undecided says so in its note; it is the
            // endpoint's status only when the main connection got no TLS, or
            // when the probe was stopped (cancelled, or out of time).
            const ProbeError &failure = run.failures.at(i);
            if (failure && result.status == ProbeStatus::Ok &&
                (!result.negotiated || failure.status == ProbeStatus::Cancelled)) {
                result.status = run.failures.at(i).status;
                result.error = run.failures.at(i).message;
            }
        }
    } else if (result.status == ProbeStatus::Ok ||
               result.status == ProbeStatus::StartTlsNotOffered) {
        // Plain HTTP, or STARTTLS not in the capability list: decided, no TLS of any version.
        for (auto &v : result.versions)
            v.accepted = false;
    }
}

// The main handshake against the per-version results: the version it
// negotiated must be accepted, and its suite among that version's. A
// contradiction is asked again once; what remains is reported, never
// resolved toward the stronger answer: the version the main handshake proved
// is accepted, and its suite list is not whole.
void crossCheckNegotiated(EndpointRun &run)
{
    EndpointResult &result = run.result;
    const bool stopped =
        (run.options.cancel && run.options.cancel->load()) || run.ctx.deadline.hasExpired();
    if (!result.negotiated || stopped)
        return;
    const TlsVersion v = result.negotiated->version;
    const std::optional<quint16> code = cipherSuiteCode(result.negotiated->cipher);
    const QString suite = code ? cipherSuiteName(*code) : result.negotiated->cipher;
    const auto contradicts = [&](const VersionResult &vr) {
        return !vr.accepted.value_or(false) ||
               (v != TlsVersion::Ssl2 && !vr.cipherSuites.contains(suite));
    };
    if (!result.versions.contains(v) || !contradicts(result.versions.value(v)))
        return;
    ProbeError again;
    VersionResult retried = probeVersion(run.ctx, v, &again);
    if (!contradicts(retried)) {
        result.versions[v] = retried;
        return;
    }
    VersionResult &vr = result.versions[v];
    const QString said = !retried.accepted   ? Tr::tr("undecided")
                         : *retried.accepted ? Tr::tr("accepted")
                                             : Tr::tr("refused");
    if (retried.accepted.value_or(false))
        vr = retried;
    vr.accepted = true;
    if (!vr.cipherSuites.contains(suite))
        vr.cipherSuites.append(suite);
    vr.suitesComplete = false;
    const QString note =
        Tr::tr("the main handshake negotiated %1 with %2, which this version's own test "
               "did not see (%3, asked twice)")
            .arg(tlsVersionName(v), suite, said);
    vr.note = vr.note.isEmpty() ? note : vr.note + QStringLiteral("; ") + note;
    result.transcript.note(note);
}

// The main handshake failing while a single version works is not a failure of the hop.
void forgiveMainHandshake(EndpointResult &result)
{
    if (result.status != ProbeStatus::HandshakeFailed)
        return;
    for (const auto &v : std::as_const(result.versions)) {
        if (v.accepted.value_or(false)) {
            result.status = ProbeStatus::Ok;
            result.error.clear();
        }
    }
}

// Step 8: the hygiene checks, once the versions and suites are known.
void checkHygiene(EndpointRun &run)
{
    EndpointResult &result = run.result;
    const bool stopped =
        (run.options.cancel && run.options.cancel->load()) || run.ctx.deadline.hasExpired();
    bool anyAccepted = false;
    for (const VersionResult &v : std::as_const(result.versions))
        anyAccepted = anyAccepted || v.accepted.value_or(false);
    if (!run.options.hygiene || stopped || !anyAccepted)
        return;
    HygieneInput input;
    input.versions = result.versions;
    input.mainHandshake = result.negotiated.has_value();
    if (result.negotiated) {
        input.ocspResponse = result.negotiated->ocspResponse;
        input.chainDer = result.negotiated->chainDer;
    }
    input.caFile = run.options.caFile;
    result.hygiene = run.hygiene.finish(input);
}

} // namespace

bool EndpointResult::cleartextAuthOffered() const
{
    if (http)
        return target.protocol == Protocol::Http && !http->redirectsToHttps;
    return !cleartext.exposingMechanisms().isEmpty() || cleartext.plaintextLogin ||
           cleartext.simpleBindBeforeTls.value_or(false);
}

QList<const EndpointResult *> EndpointResult::addressResults() const
{
    QList<const EndpointResult *> all{this};
    for (const EndpointResult &other : otherAddresses)
        all.append(&other);
    return all;
}

QStringList EndpointResult::addresses() const
{
    QStringList all;
    for (const EndpointResult *r : addressResults()) {
        if (!r->address.isEmpty())
            all.append(r->address);
    }
    return all;
}

namespace {

// Steps 1 to 4 on one address (the target's host, a literal or a name that
// did not resolve); firstNote, when given, opens the transcript.
EndpointResult probeOneAddress(const ProbeTarget &target, const ProbeOptions &options,
                               const QString &firstNote = {})
{
    QElapsedTimer clock;
    clock.start();
    EndpointRun run(target, options);
    if (!firstNote.isEmpty())
        run.result.transcript.note(firstNote);
    const bool tlsOffered = mainConnection(run); // step 1
    if (tlsOffered && !options.versionPool)
        askCertificateVariants(run); // step 6, one after another
    if (target.protocol == Protocol::Ldap)
        askSimpleBind(run);          // step 7, while steps 2 to 4 run on the pool
    decideVersions(run, tlsOffered); // steps 2 to 4
    for (QFuture<void> &f : run.variantsRunning)
        f.waitForFinished(); // they reference the run
    keepWantedVariants(run);
    run.result.certificateVariants = run.variants;
    for (const CertificateVariant &v : std::as_const(run.variants)) {
        if (!v.sent)
            run.result.transcript.note(Tr::tr("certificate %1: undecided (%2)")
                                           .arg(certificateVariantLabel(v.asked), v.note));
    }
    crossCheckNegotiated(run);
    forgiveMainHandshake(run.result);
    checkHygiene(run); // step 8
    if (options.limiter) {
        run.result.connectionLimit = options.limiter->loweredCap(target.host);
        if (run.result.connectionLimit > 0)
            run.result.transcript.note(Tr::tr("the server dropped connections beyond %1 at once; "
                                              "the rest was asked with at most %1")
                                           .arg(run.result.connectionLimit));
    }
    run.result.connections = run.connections.load();
    run.result.durationMs = clock.elapsed();
    return std::move(run.result);
}

// One address of the endpoint: connects to the literal, keeps the endpoint's
// name for SNI and the certificate, and records the address.
EndpointResult probeAddress(const ProbeTarget &target, const QString &address, int index, int count,
                            const ProbeOptions &options)
{
    ProbeTarget probed = target;
    probed.host = address;
    if (probed.serverName.isEmpty())
        probed.serverName = target.host;
    const QString note = count > 1 ? Tr::tr("address %1, %2 of the %3 addresses of %4")
                                         .arg(address)
                                         .arg(index + 1)
                                         .arg(count)
                                         .arg(target.host)
                                   : QString();
    EndpointResult r = probeOneAddress(probed, options, note);
    r.target = target;
    r.target.serverName = probed.serverName;
    r.address = address;
    return r;
}

} // namespace

EndpointResult probeEndpoint(const ProbeTarget &target, const ProbeOptions &options)
{
    if (isIpLiteral(target.host)) {
        EndpointResult r = probeOneAddress(target, options);
        r.address = target.host;
        return r;
    }
    QString error;
    const QStringList addresses = resolveAddresses(target.host, &error);
    if (addresses.isEmpty()) {
        // The main connection resolves again and says why it cannot connect, as it always did.
        return probeOneAddress(target, options);
    }
    const int count = static_cast<int>(addresses.size());
    // The other addresses on the pool while this thread probes the first.
    std::vector<EndpointResult> others(static_cast<size_t>(count - 1));
    QList<QFuture<void>> running;
    for (int i = 1; i < count && options.addressPool; ++i) {
        running.append(QtConcurrent::run(options.addressPool, [&, i] {
            others[static_cast<size_t>(i - 1)] =
                probeAddress(target, addresses.at(i), i, count, options);
        }));
    }
    EndpointResult first = probeAddress(target, addresses.first(), 0, count, options);
    for (QFuture<void> &f : running)
        f.waitForFinished(); // they reference this frame: always wait before leaving
    if (!options.addressPool) {
        for (int i = 1; i < count; ++i)
            others[static_cast<size_t>(i - 1)] =
                probeAddress(target, addresses.at(i), i, count, options);
    }
    first.otherAddresses = std::move(others);
    return first;
}

} // namespace mailtls
