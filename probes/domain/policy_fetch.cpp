#include "probes/domain/policy_fetch.h"

#include "probes/connection.h"
#include "probes/dns/resolver.h"
#include "probes/tls/handshake.h"
#include "probes/transcript.h"
#include "probes/when_finished.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::PolicyFetch)
};

} // namespace

// --- the status -----------------------------------------------------------

QString policyFetchStatusKey(PolicyFetchStatus status)
{
    switch (status) {
    case PolicyFetchStatus::Ok: return QStringLiteral("ok");
    case PolicyFetchStatus::NoAddress: return QStringLiteral("no_address");
    case PolicyFetchStatus::DnsFailure: return QStringLiteral("dns_failure");
    case PolicyFetchStatus::ConnectFailed: return QStringLiteral("connect_failed");
    case PolicyFetchStatus::TlsFailed: return QStringLiteral("tls_failed");
    case PolicyFetchStatus::CertificateInvalid: return QStringLiteral("certificate_invalid");
    case PolicyFetchStatus::HttpStatus: return QStringLiteral("http_status");
    case PolicyFetchStatus::Redirect: return QStringLiteral("redirect");
    case PolicyFetchStatus::WrongMediaType: return QStringLiteral("wrong_media_type");
    case PolicyFetchStatus::TooLarge: return QStringLiteral("too_large");
    case PolicyFetchStatus::Timeout: return QStringLiteral("timeout");
    case PolicyFetchStatus::MalformedResponse: return QStringLiteral("malformed_response");
    case PolicyFetchStatus::Broken: return QStringLiteral("broken");
    }
    return {};
}

std::optional<PolicyFetchStatus> policyFetchStatusFromKey(QStringView key)
{
    for (int i = 0; i <= int(PolicyFetchStatus::Broken); ++i) {
        if (key == policyFetchStatusKey(PolicyFetchStatus(i)))
            return PolicyFetchStatus(i);
    }
    return std::nullopt;
}

QString policyFetchStatusLabel(PolicyFetchStatus status)
{
    switch (status) {
    case PolicyFetchStatus::Ok: return Tr::tr("fetched");
    case PolicyFetchStatus::NoAddress: return Tr::tr("no address for the policy host");
    case PolicyFetchStatus::DnsFailure: return Tr::tr("DNS lookup failed");
    case PolicyFetchStatus::ConnectFailed: return Tr::tr("connection failed");
    case PolicyFetchStatus::TlsFailed: return Tr::tr("TLS handshake failed");
    case PolicyFetchStatus::CertificateInvalid: return Tr::tr("certificate not valid for the policy host");
    case PolicyFetchStatus::HttpStatus: return Tr::tr("HTTP error status");
    case PolicyFetchStatus::Redirect: return Tr::tr("redirect (not followed)");
    case PolicyFetchStatus::WrongMediaType: return Tr::tr("not text/plain");
    case PolicyFetchStatus::TooLarge: return Tr::tr("policy too large");
    case PolicyFetchStatus::Timeout: return Tr::tr("timed out");
    case PolicyFetchStatus::MalformedResponse: return Tr::tr("malformed HTTP response");
    case PolicyFetchStatus::Broken: return Tr::tr("connection dropped before a complete answer");
    }
    return {};
}

QString policyUrl(const QString &domain)
{
    QString d = domain;
    if (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    return QStringLiteral("https://mta-sts.") + d + QStringLiteral("/.well-known/mta-sts.txt");
}

// --- the fetch ----------------------------------------------------------------

namespace {

// Why the certificate would make a sender refuse the policy host; empty when it would not.
QStringList certificateProblems(const CertificateInfo &c, const QString &host)
{
    QStringList problems;
    if (c.trusted != true)
        problems.append(Tr::tr("not trusted: %1").arg(trustErrorText(c)));
    if (c.nameMatches != true)
        problems.append(Tr::tr("it does not name %1").arg(host));
    if (c.expired)
        problems.append(Tr::tr("expired on %1").arg(c.notAfter.toString(Qt::ISODate)));
    if (c.notYetValid)
        problems.append(Tr::tr("not valid before %1").arg(c.notBefore.toString(Qt::ISODate)));
    return problems;
}

bool isTextPlain(const QString &contentType)
{
    return contentType.section(QLatin1Char(';'), 0, 0).trimmed().compare(QLatin1StringView("text/plain"),
                                                                         Qt::CaseInsensitive) == 0;
}

void timedOut(PolicyFetchResult *result, const QString &where)
{
    result->status = PolicyFetchStatus::Timeout;
    result->note = Tr::tr("no complete answer before the deadline (%1); this says nothing about the policy")
                       .arg(where);
}

void fetchSteps(PolicyFetchResult *result, const PolicyFetchOptions &options, QDeadlineTimer deadline)
{
    // 2. connect, each address in turn
    Connection connection;
    QStringList failures;
    bool timeout = false;
    for (const QString &address : std::as_const(result->addresses)) {
        const ProbeError e = connection.connectTo(address, options.port, deadline);
        if (!e) {
            result->address = address;
            break;
        }
        failures.append(QStringLiteral("%1: %2").arg(address, e.message));
        timeout = e.status == ProbeStatus::Timeout || deadline.hasExpired();
        if (deadline.hasExpired())
            break;
    }
    if (result->address.isEmpty()) {
        if (timeout)
            return timedOut(result, failures.join(QStringLiteral("; ")));
        result->status = PolicyFetchStatus::ConnectFailed;
        result->note = Tr::tr("no address took a connection on port %1 (%2); senders cannot fetch the policy")
                           .arg(options.port)
                           .arg(failures.join(QStringLiteral("; ")));
        return;
    }

    // 3. TLS, and the certificate as a sender judges it
    HandshakeOptions tlsOptions;
    tlsOptions.serverName = result->host;
    HandshakeResult handshake;
    std::unique_ptr<TlsSession> tls = tlsHandshake(connection, tlsOptions, deadline, &handshake);
    if (!tls) {
        if (handshake.error.status == ProbeStatus::Timeout)
            return timedOut(result, Tr::tr("TLS handshake"));
        if (handshake.fatalAlert < 0) {
            // A drop, a close or bytes that are no TLS: a broken dialogue decides nothing.
            result->status = PolicyFetchStatus::Broken;
            result->note = Tr::tr("the TLS handshake with %1 broke off without a fatal alert (%2); this says "
                                  "nothing about the policy")
                               .arg(result->address, handshake.error.message);
            return;
        }
        result->status = PolicyFetchStatus::TlsFailed;
        result->note = Tr::tr("TLS handshake with %1 failed: %2").arg(result->address, handshake.error.message);
        return;
    }
    // Our hello offers TLS 1.0 to 1.3: an older version means the host has
    // nothing newer, and senders with current defaults (TLS 1.2 at least,
    // RFC 8996) cannot fetch from it.
    if (handshake.version < TlsVersion::Tls12) {
        result->status = PolicyFetchStatus::TlsFailed;
        result->note = Tr::tr("%1 offers only %2; senders require TLS 1.2 or later (RFC 8996)")
                           .arg(result->address, tlsVersionName(handshake.version));
        return;
    }
    result->certificate =
        analyseCertificate(handshake.chainDer, result->host, options.caFile, QDateTime::currentDateTimeUtc());
    if (!result->certificate) {
        result->status = PolicyFetchStatus::CertificateInvalid;
        result->note = Tr::tr("the server sent no certificate that could be read");
        return;
    }
    if (const QStringList problems = certificateProblems(*result->certificate, result->host); !problems.isEmpty()) {
        result->status = PolicyFetchStatus::CertificateInvalid;
        result->note = Tr::tr("senders refuse this certificate: %1").arg(problems.join(QStringLiteral("; ")));
        return;
    }

    // 4. the request
    QByteArray hostHeader = result->host.toUtf8();
    if (options.port != 443)
        hostHeader += ':' + QByteArray::number(options.port);
    const QByteArray request = "GET /.well-known/mta-sts.txt HTTP/1.1\r\nHost: " + hostHeader +
                               "\r\nUser-Agent: mailtls-auditor\r\nAccept: text/plain\r\n"
                               "Connection: close\r\n\r\n";
    if (const ProbeError e = tls->write(request, deadline)) {
        if (e.status == ProbeStatus::Timeout)
            return timedOut(result, Tr::tr("sending the request"));
        result->status = PolicyFetchStatus::Broken;
        result->note = Tr::tr("the request could not be sent: %1; this says nothing about the policy").arg(e.message);
        return;
    }

    // 5. the response, bounded in size and time
    HttpResponseReader reader(options.maxBodyBytes);
    qsizetype received = 0;
    bool readTimeout = false;
    bool closedEarly = false; // the server closed before the response was complete
    while (reader.state() == HttpResponseReader::State::Head || reader.state() == HttpResponseReader::State::Body) {
        QByteArray chunk;
        bool closed = false;
        const ProbeError e = tls->readSome(&chunk, 16 * 1024, deadline, &closed);
        if (e) {
            readTimeout = true; // the deadline (or a cancel): the response stays incomplete
            break;
        }
        if (closed) {
            closedEarly = reader.finish() == HttpResponseReader::State::Malformed;
            break;
        }
        received += chunk.size();
        reader.feed(chunk);
    }
    const auto state = reader.state();
    if (reader.status() == 0) { // no head
        if (readTimeout)
            return timedOut(result, Tr::tr("%1 bytes of the response head received").arg(received));
        result->status = closedEarly ? PolicyFetchStatus::Broken : PolicyFetchStatus::MalformedResponse;
        result->note = closedEarly ? Tr::tr("the server closed the connection after %1 bytes, before a response "
                                            "head; this says nothing about the policy")
                                         .arg(received)
                                   : reader.error();
        return;
    }
    result->httpStatus = reader.status();
    result->contentType = Transcript::printable(reader.header("content-type"));
    result->location = Transcript::printable(reader.header("location"));
    result->body = reader.body();
    if (result->httpStatus / 100 == 3) {
        result->status = PolicyFetchStatus::Redirect;
        result->note = Tr::tr("HTTP %1 to \"%2\": senders do not follow redirects (RFC 8461 3.3), so they have "
                              "no policy")
                           .arg(result->httpStatus)
                           .arg(result->location);
        return;
    }
    if (result->httpStatus != 200) {
        result->status = PolicyFetchStatus::HttpStatus;
        result->note = Tr::tr("HTTP %1: senders have no policy").arg(result->httpStatus);
        return;
    }
    const bool textPlain = isTextPlain(result->contentType);
    if (textPlain && state == HttpResponseReader::State::TooLarge) {
        result->status = PolicyFetchStatus::TooLarge;
        result->note = Tr::tr("the body is larger than %1 bytes; senders stop reading and have no policy")
                           .arg(options.maxBodyBytes);
        return;
    }
    if (readTimeout)
        return timedOut(result, Tr::tr("%1 bytes of the response received").arg(received));
    if (state == HttpResponseReader::State::Malformed && closedEarly) {
        result->status = PolicyFetchStatus::Broken;
        result->note = Tr::tr("the server closed the connection before the end of the response (%1); this says "
                              "nothing about the policy")
                           .arg(reader.error());
        return;
    }
    if (state == HttpResponseReader::State::Malformed) {
        result->status = PolicyFetchStatus::MalformedResponse;
        result->note = reader.error();
        return;
    }
    // 6. the policy (read even when the media type is wrong: it shows what would be there)
    if (state == HttpResponseReader::State::Done)
        result->policy = parseStsPolicy(result->body);
    if (!textPlain) {
        result->status = PolicyFetchStatus::WrongMediaType;
        result->note = Tr::tr("Content-Type \"%1\" is not text/plain; senders reject the policy")
                           .arg(result->contentType);
        return;
    }
    result->status = PolicyFetchStatus::Ok;
}

} // namespace

void fetchStsPolicyFrom(PolicyFetchResult *result, const PolicyFetchOptions &options, QDeadlineTimer deadline)
{
    QElapsedTimer timer;
    timer.start();
    fetchSteps(result, options, deadline);
    result->elapsedMs += timer.elapsed();
    if (result->status == PolicyFetchStatus::Ok && result->elapsedMs > kStsSenderTimeoutMs)
        result->note = Tr::tr("the fetch took %1 ms; some senders give up after %2 ms")
                           .arg(result->elapsedMs)
                           .arg(kStsSenderTimeoutMs);
}

QFuture<PolicyFetchResult> fetchStsPolicy(dns::Resolver *resolver, const QString &domain,
                                          const PolicyFetchOptions &options)
{
    struct Run
    {
        QPromise<PolicyFetchResult> promise;
        PolicyFetchResult result;
        PolicyFetchOptions options;
        QDeadlineTimer deadline;
        QElapsedTimer timer;
        std::optional<dns::LookupResult> a;
        std::optional<dns::LookupResult> aaaa;
    };
    auto run = std::make_shared<Run>();
    run->options = options;
    run->deadline = QDeadlineTimer(options.timeoutMs);
    run->timer.start();
    run->result.url = policyUrl(domain);
    run->result.host = run->result.url.section(QLatin1Char('/'), 2, 2);
    run->promise.start();
    QFuture<PolicyFetchResult> future = run->promise.future();

    // 1. the lookups; the rest once both have answered
    const auto proceed = [run] {
        if (!run->a || !run->aaaa)
            return;
        run->result.elapsedMs = run->timer.elapsed();
        for (const dns::LookupResult *r : {&*run->a, &*run->aaaa}) {
            for (const dns::Record &record : r->records)
                run->result.addresses.append(record.address.toString());
        }
        if (run->result.addresses.isEmpty()) {
            const bool failed = dns::isFailure(run->a->status) || dns::isFailure(run->aaaa->status);
            run->result.status = failed ? PolicyFetchStatus::DnsFailure : PolicyFetchStatus::NoAddress;
            run->result.note =
                failed ? Tr::tr("the lookups of %1 failed (A: %2; AAAA: %3); this says nothing about the policy")
                             .arg(run->result.host, dns::lookupStatusLabel(run->a->status),
                                  dns::lookupStatusLabel(run->aaaa->status))
                       : Tr::tr("%1 has no A or AAAA record (A: %2; AAAA: %3); senders cannot fetch a policy")
                             .arg(run->result.host, dns::lookupStatusLabel(run->a->status),
                                  dns::lookupStatusLabel(run->aaaa->status));
            run->promise.addResult(run->result);
            run->promise.finish();
            return;
        }
        QThreadPool::globalInstance()->start([run] {
            fetchStsPolicyFrom(&run->result, run->options, run->deadline);
            run->promise.addResult(run->result);
            run->promise.finish();
        });
    };
    whenFinished(resolver, resolver->lookup(run->result.host, dns::RecordType::A),
                 [run, proceed](const dns::LookupResult &r) {
                     run->a = r;
                     proceed();
                 });
    whenFinished(resolver, resolver->lookup(run->result.host, dns::RecordType::Aaaa),
                 [run, proceed](const dns::LookupResult &r) {
                     run->aaaa = r;
                     proceed();
                 });
    return future;
}

} // namespace mailtls
