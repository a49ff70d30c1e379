#include "probes/endpoint_probe.h"

#include "probes/replies.h"

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
                : attempt.connection().readUntilClosed(&response, kMaxHttpResponse, attempt.deadline());
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
    info.redirectsToHttps = parsed->status / 100 == 3 &&
                            parsed->header("location").toLower().startsWith("https://");
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

} // namespace

bool EndpointResult::cleartextAuthOffered() const
{
    if (http)
        return target.protocol == Protocol::Http && !http->redirectsToHttps;
    return !cleartext.authMechanisms.isEmpty() || cleartext.plaintextLogin;
}

EndpointResult probeEndpoint(const ProbeTarget &target, const ProbeOptions &options)
{
    QElapsedTimer clock;
    clock.start();
    EndpointResult result;
    result.target = target;
    for (TlsVersion v : allTlsVersions())
        result.versions.insert(v, VersionResult{});
    const QDeadlineTimer deadline(options.endpointTimeoutMs);
    std::atomic_int connections{0};
    std::atomic_int starttlsFirst{0};
    const ProbeContext ctx{target, options, deadline, &connections, &starttlsFirst};
    const TlsMode mode = protocolInfo(target.protocol).tlsMode;
    if (mode == TlsMode::StartTls)
        result.starttlsOffered = false;

    // Steps 2 to 4 start, on the pool, as soon as the main connection has shown
    // that TLS is offered, and run while it finishes its own handshake.
    const QList<TlsVersion> versions = allTlsVersions();
    QList<ProbeError> failures(versions.size());
    QList<VersionResult> found(versions.size());
    QList<QFuture<void>> running;
    bool launched = false;
    auto launchVersions = [&] {
        if (launched || !options.versionPool)
            return;
        launched = true;
        for (qsizetype i = 0; i < versions.size(); ++i) {
            running.append(QtConcurrent::run(options.versionPool, [&, i] {
                found[i] = probeVersion(ctx, versions.at(i), &failures[i]);
            }));
        }
    };

    // Step 1: the main connection.
    bool tlsOffered = false;
    {
        std::optional<Attempt> main;
        bool offered = false;
        ProbeError e;
        for (int retry = 0; retry <= options.rateLimitRetries; ++retry) {
            main.emplace(ctx);
            e = main->open(result.transcript, &result.cleartext, &offered, launchVersions);
            if (!retryable(e.status))
                break;
            result.transcript.note(Tr::tr("rate limited; retrying"));
            QThread::msleep(static_cast<unsigned long>(options.rateLimitBackoffMs * (retry + 1)));
        }
        Attempt &attempt = *main;
        if (mode == TlsMode::StartTls)
            result.starttlsOffered = offered;
        if (e) {
            result.status = e.status;
            result.error = e.message;
            // With STARTTLS not offered, the capability list decides: no TLS on this hop.
            tlsOffered = false;
        } else if (mode == TlsMode::None) {
            probeHttp(attempt, nullptr, target, &result);
        } else {
            tlsOffered = true;
            HandshakeOptions hs;
            hs.serverName = target.serverName;
            HandshakeResult negotiated;
            result.transcript.note(Tr::tr("TLS handshake"));
            std::unique_ptr<TlsSession> session = attempt.handshake(hs, &negotiated);
            if (mode == TlsMode::StartTls)
                result.starttlsSucceeded = !negotiated.error;
            if (negotiated.error) {
                result.transcript.note(negotiated.error.message);
                result.status = negotiated.error.status;
                result.error = negotiated.error.message;
            } else {
                result.transcript.note(Tr::tr("TLS established: %1, %2")
                                           .arg(tlsVersionName(negotiated.version), negotiated.cipher));
                result.certificate = analyseCertificate(negotiated.chainDer, target.serverName,
                                                        options.caFile,
                                                        QDateTime::currentDateTimeUtc());
                result.negotiated = negotiated;
                if (target.protocol == Protocol::Https)
                    probeHttp(attempt, session.get(), target, &result);
            }
        }
    }

    // Steps 2 to 4: on the pool (already running) or here, one after another.
    const bool decideVersions =
        tlsOffered || (launched && result.status != ProbeStatus::StartTlsNotOffered);
    if (decideVersions && !launched) {
        for (qsizetype i = 0; i < versions.size(); ++i)
            found[i] = probeVersion(ctx, versions.at(i), &failures[i]);
    }
    for (QFuture<void> &f : running)
        f.waitForFinished(); // they reference this frame: always wait before leaving
    if (decideVersions) {
        for (qsizetype i = 0; i < versions.size(); ++i) {
            result.versions[versions.at(i)] = found.at(i);
            if (failures.at(i) && result.status == ProbeStatus::Ok) {
                result.status = failures.at(i).status;
                result.error = failures.at(i).message;
            }
        }
    } else if (result.status == ProbeStatus::Ok || result.status == ProbeStatus::StartTlsNotOffered) {
        // Plain HTTP, or STARTTLS not in the capability list: decided, no TLS of any version.
        for (auto &v : result.versions)
            v.accepted = false;
    }
    // The main handshake failing while a single version works is not a failure of the hop.
    if (result.status == ProbeStatus::HandshakeFailed) {
        for (const auto &v : std::as_const(result.versions)) {
            if (v.accepted.value_or(false)) {
                result.status = ProbeStatus::Ok;
                result.error.clear();
            }
        }
    }
    result.connections = connections.load();
    result.durationMs = clock.elapsed();
    return result;
}

} // namespace mailtls
