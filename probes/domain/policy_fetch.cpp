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

constexpr qsizetype kMaxChunkLine = 1024; // a chunk-size line, extensions included

bool isDigits(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    for (char c : v) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r'))
        v.chop(1);
    return v;
}

} // namespace

// --- the HTTP response ------------------------------------------------------

HttpResponseReader::State HttpResponseReader::fail(const QString &error)
{
    m_error = error;
    m_state = State::Malformed;
    return m_state;
}

QByteArray HttpResponseReader::header(QByteArrayView name) const
{
    for (const auto &[n, v] : m_headers) {
        if (QByteArrayView(n).compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

qsizetype HttpResponseReader::bodyBytesWanted() const
{
    return m_state == State::Body && m_framing == Framing::Length ? m_length - m_body.size() : -1;
}

HttpResponseReader::State HttpResponseReader::feed(QByteArrayView data)
{
    if (m_state != State::Head && m_state != State::Body)
        return m_state;
    // Where the end of the head may begin: the bytes before were searched already.
    qsizetype scanFrom = qMax<qsizetype>(0, m_buffer.size() - 3);
    m_buffer.append(data);
    while (m_state == State::Head) {
        // The head ends at the first empty line (CRLF CRLF, or bare LFs).
        const qsizetype crlf = m_buffer.indexOf("\r\n\r\n", scanFrom);
        const qsizetype lf = m_buffer.indexOf("\n\n", scanFrom);
        scanFrom = 0;
        qsizetype end = -1;
        qsizetype bodyStart = -1;
        if (crlf >= 0 && (lf < 0 || crlf + 2 <= lf)) {
            end = crlf;
            bodyStart = crlf + 4;
        } else if (lf >= 0) {
            end = lf;
            bodyStart = lf + 2;
        }
        if (end < 0) {
            if (m_buffer.size() > kMaxHead)
                return fail(Tr::tr("the response head is longer than %1 bytes").arg(kMaxHead));
            return m_state;
        }
        if (end > kMaxHead)
            return fail(Tr::tr("the response head is longer than %1 bytes").arg(kMaxHead));
        if (parseHead(end, bodyStart) == State::Malformed)
            return m_state;
    }
    if (m_state != State::Body)
        return m_state;
    switch (m_framing) {
    case Framing::Length: {
        const qsizetype take = qMin(m_length - m_body.size(), m_buffer.size());
        m_body.append(m_buffer.left(take));
        m_buffer.clear(); // anything beyond the body is no part of it (Connection: close)
        if (m_body.size() == m_length)
            m_state = State::Done;
        break;
    }
    case Framing::Close:
        m_body.append(m_buffer);
        m_buffer.clear();
        if (m_body.size() > m_maxBody) {
            m_body.truncate(m_maxBody);
            m_state = State::TooLarge;
        }
        break;
    case Framing::Chunked:
        parseChunks();
        break;
    }
    return m_state;
}

HttpResponseReader::State HttpResponseReader::parseHead(qsizetype headEnd, qsizetype bodyStart)
{
    const QByteArray head = m_buffer.left(headEnd);
    m_buffer.remove(0, bodyStart);
    QList<QByteArray> lines = head.split('\n');
    QByteArrayView statusLine = lines.first();
    if (statusLine.endsWith('\r'))
        statusLine.chop(1);
    // HTTP-version SP status-code SP [reason-phrase]
    if (!statusLine.startsWith("HTTP/1.") || statusLine.size() < 12 || statusLine.at(8) != ' ' ||
        !isDigits(statusLine.sliced(9, 3)) || (statusLine.size() > 12 && statusLine.at(12) != ' '))
        return fail(Tr::tr("not an HTTP/1.x status line: \"%1\"").arg(Transcript::printable(statusLine.first(qMin<qsizetype>(120, statusLine.size())))));
    const int status = statusLine.sliced(9, 3).toInt();
    if (status < 100)
        return fail(Tr::tr("not an HTTP/1.x status line: \"%1\"").arg(Transcript::printable(statusLine.first(qMin<qsizetype>(120, statusLine.size())))));
    QList<QPair<QByteArray, QByteArray>> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArrayView line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(Tr::tr("a folded header line (obsolete in HTTP/1.1): \"%1\"")
                            .arg(Transcript::printable(line.first(qMin<qsizetype>(120, line.size())))));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || trimmed(line.first(colon)).size() != colon)
            return fail(Tr::tr("not a header line: \"%1\"").arg(Transcript::printable(line.first(qMin<qsizetype>(120, line.size())))));
        headers.append({line.first(colon).toByteArray(), trimmed(line.sliced(colon + 1)).toByteArray()});
    }
    if (status >= 100 && status < 200)
        return m_state; // an interim response; the final one follows
    m_headers = headers;
    m_status = status;
    if (status == 204 || status == 304) {
        m_state = State::Done;
        return m_state;
    }
    const QByteArray coding = header("transfer-encoding");
    if (!coding.isEmpty()) {
        const QByteArrayView last = trimmed(QByteArrayView(coding).sliced(coding.lastIndexOf(',') + 1));
        if (last.compare("chunked", Qt::CaseInsensitive) != 0)
            return fail(Tr::tr("a transfer coding the fetch does not read: \"%1\"")
                            .arg(Transcript::printable(coding.left(120))));
        m_framing = Framing::Chunked;
    } else {
        std::optional<qsizetype> length;
        for (const auto &[n, v] : std::as_const(m_headers)) {
            if (QByteArrayView(n).compare("content-length", Qt::CaseInsensitive) != 0)
                continue;
            if (!isDigits(v) || v.size() > 12)
                return fail(Tr::tr("a Content-Length that is not a number: \"%1\"")
                                .arg(Transcript::printable(v.left(120))));
            if (length && *length != v.toLongLong())
                return fail(Tr::tr("two different Content-Length headers"));
            length = v.toLongLong();
        }
        if (length) {
            m_framing = Framing::Length;
            m_length = *length;
            if (m_length > m_maxBody) {
                m_state = State::TooLarge;
                return m_state;
            }
        }
    }
    m_state = (m_framing == Framing::Length && m_length == 0) ? State::Done : State::Body;
    return m_state;
}

HttpResponseReader::State HttpResponseReader::parseChunks()
{
    for (;;) {
        if (m_inTrailer) {
            // trailer fields, then an empty line
            const qsizetype nl = m_buffer.indexOf('\n');
            if (nl < 0) {
                if (m_buffer.size() > kMaxHead)
                    return fail(Tr::tr("the chunked trailer is longer than %1 bytes").arg(kMaxHead));
                return m_state;
            }
            const bool empty = nl == 0 || (nl == 1 && m_buffer.at(0) == '\r');
            m_buffer.remove(0, nl + 1);
            if (empty) {
                m_state = State::Done;
                return m_state;
            }
            continue;
        }
        if (m_chunkLeft > 0) {
            const qsizetype take = qMin(m_chunkLeft, m_buffer.size());
            if (take == 0)
                return m_state;
            m_body.append(m_buffer.left(take));
            m_buffer.remove(0, take);
            m_chunkLeft -= take;
            continue;
        }
        if (m_chunkLeft == 0) { // the CRLF after a chunk's data
            if (m_buffer.size() < 2 && !(m_buffer.size() == 1 && m_buffer.at(0) == '\n'))
                return m_state;
            if (m_buffer.startsWith("\r\n"))
                m_buffer.remove(0, 2);
            else if (m_buffer.startsWith('\n'))
                m_buffer.remove(0, 1);
            else
                return fail(Tr::tr("a chunk is longer than its size line says"));
            m_chunkLeft = -1;
            continue;
        }
        // chunk-size [chunk-ext] CRLF
        const qsizetype nl = m_buffer.indexOf('\n');
        if (nl < 0) {
            if (m_buffer.size() > kMaxChunkLine)
                return fail(Tr::tr("a chunk size line is longer than %1 bytes").arg(kMaxChunkLine));
            return m_state;
        }
        const QByteArray sizeLine = m_buffer.left(nl);
        m_buffer.remove(0, nl + 1);
        QByteArrayView hex = sizeLine;
        if (const qsizetype semi = hex.indexOf(';'); semi >= 0)
            hex = hex.first(semi);
        hex = trimmed(hex);
        bool ok = !hex.isEmpty() && hex.size() <= 8;
        const qsizetype size = ok ? QByteArray(hex.data(), hex.size()).toLongLong(&ok, 16) : 0;
        if (!ok || size < 0)
            return fail(Tr::tr("not a chunk size: \"%1\"").arg(Transcript::printable(sizeLine.left(120))));
        if (size == 0) {
            m_inTrailer = true;
            continue;
        }
        if (m_body.size() + size > m_maxBody) {
            m_state = State::TooLarge;
            return m_state;
        }
        m_chunkLeft = size;
    }
}

HttpResponseReader::State HttpResponseReader::finish()
{
    if (m_state == State::Head)
        return fail(m_buffer.isEmpty() ? Tr::tr("the server closed the connection without a response")
                                       : Tr::tr("the server closed the connection within the response head"));
    if (m_state != State::Body)
        return m_state;
    switch (m_framing) {
    case Framing::Close:
        m_state = State::Done;
        break;
    case Framing::Length:
        return fail(Tr::tr("the server closed the connection after %1 of %2 body bytes")
                        .arg(m_body.size())
                        .arg(m_length));
    case Framing::Chunked:
        return fail(Tr::tr("the server closed the connection within the chunked body"));
    }
    return m_state;
}

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
    }
    return {};
}

std::optional<PolicyFetchStatus> policyFetchStatusFromKey(QStringView key)
{
    for (int i = 0; i <= int(PolicyFetchStatus::MalformedResponse); ++i) {
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
        result->status = PolicyFetchStatus::TlsFailed;
        result->note = Tr::tr("TLS handshake with %1 failed: %2").arg(result->address, handshake.error.message);
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
        result->status = PolicyFetchStatus::MalformedResponse;
        result->note = Tr::tr("the request could not be sent: %1").arg(e.message);
        return;
    }

    // 5. the response, bounded in size and time
    HttpResponseReader reader(options.maxBodyBytes);
    qsizetype received = 0;
    bool readTimeout = false;
    while (reader.state() == HttpResponseReader::State::Head || reader.state() == HttpResponseReader::State::Body) {
        QByteArray chunk;
        bool closed = false;
        const ProbeError e = tls->readSome(&chunk, 16 * 1024, deadline, &closed);
        if (e) {
            readTimeout = true; // the deadline (or a cancel): the response stays incomplete
            break;
        }
        if (closed) {
            reader.finish();
            break;
        }
        received += chunk.size();
        reader.feed(chunk);
    }
    const auto state = reader.state();
    if (reader.status() == 0) { // no head
        if (readTimeout)
            return timedOut(result, Tr::tr("%1 bytes of the response head received").arg(received));
        result->status = PolicyFetchStatus::MalformedResponse;
        result->note = reader.error();
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
