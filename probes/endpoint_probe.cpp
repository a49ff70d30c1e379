#include "probes/endpoint_probe.h"

#include "probes/limiter.h"
#include "probes/replies.h"
#include "probes/tls/cipher_registry.h"
#include "probes/tls/hello.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QFuture>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::EndpointProbe)
};

constexpr qsizetype kMaxHttpResponse = 64 * 1024;

// One probe connection, up to and including a completed TLS handshake.
class Attempt
{
public:
    Attempt(const ProbeTarget &target, const ProbeOptions &options, QDeadlineTimer endpointDeadline,
            std::atomic_int *connections)
        : m_target(target), m_options(options), m_endpointDeadline(endpointDeadline),
          m_connections(connections)
    {
        m_connection.setCancelFlag(options.cancel);
    }

    QDeadlineTimer deadline() const
    {
        const QDeadlineTimer op(m_options.operationTimeoutMs);
        return op.deadline() < m_endpointDeadline.deadline() ? op : m_endpointDeadline;
    }

    // Connects and runs the cleartext phase; for STARTTLS protocols, up to the upgrade.
    // tlsAhead is called once TLS is known to be offered (before the upgrade itself).
    ProbeError open(Transcript &transcript, CleartextInfo *info, bool *starttlsOffered,
                    const std::function<void()> &tlsAhead = {})
    {
        if (m_options.limiter) {
            if (!m_options.limiter->acquire(m_target.host, m_endpointDeadline, m_options.cancel)) {
                const bool cancelled = m_options.cancel && m_options.cancel->load();
                return {cancelled ? ProbeStatus::Cancelled : ProbeStatus::Timeout,
                        cancelled ? Tr::tr("cancelled") : Tr::tr("no connection slot before the deadline")};
            }
            m_slot.emplace(m_options.limiter, m_target.host);
        }
        ++*m_connections;
        if (ProbeError e = m_connection.connectTo(m_target.host, m_target.port, deadline())) {
            transcript.note(e.message);
            return e;
        }
        std::unique_ptr<Dialogue> dialogue = makeDialogue(m_target.protocol);
        if (!dialogue) {
            if (tlsAhead && protocolInfo(m_target.protocol).tlsMode == TlsMode::Implicit)
                tlsAhead();
            return {};
        }
        DialogueContext ctx{m_connection, transcript, deadline(), m_options.clientName};
        CleartextInfo local;
        if (ProbeError e = dialogue->greet(ctx, info ? info : &local))
            return e;
        const bool offered = (info ? info : &local)->starttlsOffered;
        if (starttlsOffered)
            *starttlsOffered = offered;
        if (!offered)
            return {ProbeStatus::StartTlsNotOffered, Tr::tr("the server does not offer STARTTLS")};
        if (tlsAhead)
            tlsAhead();
        ctx.deadline = deadline();
        return dialogue->startTls(ctx);
    }

    std::unique_ptr<TlsSession> handshake(const HandshakeOptions &options, HandshakeResult *result)
    {
        return tlsHandshake(m_connection, options, deadline(), result);
    }

    Connection &connection() { return m_connection; }

private:
    const ProbeTarget &m_target;
    const ProbeOptions &m_options;
    QDeadlineTimer m_endpointDeadline;
    std::atomic_int *m_connections;
    std::optional<ConnectionSlot> m_slot; // released after the connection closes (declared first)
    Connection m_connection;
};

bool retryable(ProbeStatus s) { return s == ProbeStatus::RateLimited; }

// Runs one handshake on a fresh connection, backing off when rate limited.
ProbeError handshakeOnce(const ProbeTarget &target, const ProbeOptions &options,
                         QDeadlineTimer endpointDeadline, std::atomic_int *connections,
                         const HandshakeOptions &hs, HandshakeResult *result)
{
    ProbeError e;
    for (int attempt = 0; attempt <= options.rateLimitRetries; ++attempt) {
        Attempt a(target, options, endpointDeadline, connections);
        Transcript scratch;
        e = a.open(scratch, nullptr, nullptr);
        if (!e) {
            a.handshake(hs, result);
            e = result->error;
        }
        if (!retryable(e.status))
            return e;
        QThread::msleep(static_cast<unsigned long>(options.rateLimitBackoffMs * (attempt + 1)));
    }
    return e;
}

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

QString openSslName(bool tls13, const HandshakeResult &r) { return tls13 ? r.cipher : r.cipherOpenSsl; }

// Offers `remaining` until the server refuses, removing each choice: every
// suite of the list that the server accepts, in the order it chose them.
QList<HandshakeResult> chain(const ProbeTarget &target, const ProbeOptions &options,
                             QDeadlineTimer deadline, std::atomic_int *connections, TlsVersion version,
                             QStringList remaining, QString *note)
{
    const bool tls13 = version == TlsVersion::Tls13;
    QList<HandshakeResult> found;
    while (!remaining.isEmpty()) {
        HandshakeOptions hs;
        hs.onlyVersion = version;
        hs.serverName = target.serverName;
        hs.stopAfterServerHello = true;
        (tls13 ? hs.tls13Suites : hs.cipherList) = remaining;
        HandshakeResult r;
        const ProbeError e = handshakeOnce(target, options, deadline, connections, hs, &r);
        if (e.status == ProbeStatus::HandshakeFailed)
            break; // nothing left that the server takes
        if (e) {
            *note = Tr::tr("suite list incomplete: %1").arg(e.message);
            break;
        }
        const QString chosen = openSslName(tls13, r);
        if (!remaining.contains(chosen)) {
            *note = Tr::tr("the server chose %1, which was not offered").arg(r.cipher);
            break;
        }
        remaining.removeAll(chosen);
        found.append(r);
    }
    return found;
}

// Steps 3 and 4 for one version whose first choice (offering everything) is known.
// 4 first: offer everything reversed. The same choice means the server imposes
// its order (or takes one suite): then one chain lists the suites in that order.
// Another choice means the client's order decides: the rest is split into groups
// whose chains run in parallel, since their order tells nothing.
void enumerateSuites(const ProbeTarget &target, const ProbeOptions &options,
                     QDeadlineTimer deadline, std::atomic_int *connections, TlsVersion version,
                     const HandshakeResult &first, VersionResult *out)
{
    const bool tls13 = version == TlsVersion::Tls13;
    const QStringList all = tls13 ? tls13SuiteNames() : openSslLegacySuites();
    QStringList remaining = all;
    const QString firstName = openSslName(tls13, first);
    remaining.removeAll(firstName);
    out->cipherSuites.append(first.cipher);
    if (remaining.isEmpty())
        return;

    HandshakeOptions hs;
    hs.onlyVersion = version;
    hs.serverName = target.serverName;
    hs.stopAfterServerHello = true;
    (tls13 ? hs.tls13Suites : hs.cipherList) = QStringList(all.crbegin(), all.crend());
    HandshakeResult reversed;
    if (const ProbeError e = handshakeOnce(target, options, deadline, connections, hs, &reversed)) {
        out->note = Tr::tr("suite list incomplete: %1").arg(e.message);
        return;
    }
    const QString reversedName = openSslName(tls13, reversed);
    if (reversedName == firstName) {
        const QList<HandshakeResult> rest =
            chain(target, options, deadline, connections, version, remaining, &out->note);
        for (const HandshakeResult &r : rest)
            out->cipherSuites.append(r.cipher);
        if (!rest.isEmpty())
            out->serverPreference = true;
        return;
    }
    out->serverPreference = false;
    remaining.removeAll(reversedName);
    QStringList accepted{firstName, reversedName};
    // One group per connection slot the host allows, round robin over our order.
    const int groups = std::max(1, options.limiter ? options.limiter->perHost() : 1);
    QList<QStringList> parts(groups);
    for (qsizetype i = 0; i < remaining.size(); ++i)
        parts[i % groups].append(remaining.at(i));
    QList<QList<HandshakeResult>> partResults(groups);
    QStringList notes(groups);
    if (options.suitePool && groups > 1) {
        QList<QFuture<void>> running;
        for (int g = 0; g < groups; ++g) {
            running.append(QtConcurrent::run(options.suitePool, [&, g] {
                partResults[g] = chain(target, options, deadline, connections, version, parts.at(g), &notes[g]);
            }));
        }
        for (QFuture<void> &f : running)
            f.waitForFinished();
    } else {
        for (int g = 0; g < groups; ++g)
            partResults[g] = chain(target, options, deadline, connections, version, parts.at(g), &notes[g]);
    }
    for (int g = 0; g < groups; ++g) {
        for (const HandshakeResult &r : std::as_const(partResults.at(g)))
            accepted.append(openSslName(tls13, r));
        if (out->note.isEmpty() && !notes.at(g).isEmpty())
            out->note = notes.at(g);
    }
    // Report in our offer order: with the client's order deciding, it is the order that matters.
    out->cipherSuites.clear();
    QMap<QString, QString> iana{{firstName, first.cipher}, {reversedName, reversed.cipher}};
    for (int g = 0; g < groups; ++g) {
        for (const HandshakeResult &r : std::as_const(partResults.at(g)))
            iana.insert(openSslName(tls13, r), r.cipher);
    }
    for (const QString &name : all) {
        if (accepted.contains(name))
            out->cipherSuites.append(iana.value(name));
    }
}

// Sends one of our own hellos and reads what the server answers.
ProbeError legacyHello(const ProbeTarget &target, const ProbeOptions &options, QDeadlineTimer deadline,
                       std::atomic_int *connections, const QByteArray &hello, ServerResponse *response)
{
    ProbeError e;
    for (int attempt = 0; attempt <= options.rateLimitRetries; ++attempt) {
        Attempt a(target, options, deadline, connections);
        Transcript scratch;
        e = a.open(scratch, nullptr, nullptr);
        if (!e)
            e = a.connection().writeAll(hello, a.deadline());
        QByteArray received;
        while (!e) {
            qsizetype need = 0;
            QString error;
            if (auto r = parseServerResponse(received, &need, &error)) {
                *response = *r;
                return {};
            }
            if (need == 0) {
                response->kind = ServerResponse::Kind::NotTls;
                return {};
            }
            QByteArray more;
            e = a.connection().readExact(&more, need, a.deadline());
            received += more;
        }
        if (!retryable(e.status))
            return e;
        QThread::msleep(static_cast<unsigned long>(options.rateLimitBackoffMs * (attempt + 1)));
    }
    return e;
}

// SSL 2.0 and 3.0, decided by our own hellos: accepted when the server answers
// in that version; refused when it answers otherwise or hangs up.
VersionResult probeLegacyVersion(const ProbeTarget &target, const ProbeOptions &options,
                                 QDeadlineTimer deadline, std::atomic_int *connections, TlsVersion v,
                                 ProbeError *failure)
{
    VersionResult vr;
    QByteArray random(32, Qt::Uninitialized);
    for (char &c : random)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    const bool ssl2 = v == TlsVersion::Ssl2;
    QList<quint16> suites = ssl3CipherSuites();
    for (;;) {
        const QByteArray hello = ssl2 ? buildSsl2ClientHello(ssl2CipherSpecs(), random.left(16))
                                      : buildSsl3ClientHello(suites, random);
        ServerResponse response;
        const ProbeError e = legacyHello(target, options, deadline, connections, hello, &response);
        const bool closed = e.status == ProbeStatus::ProtocolError; // hung up or reset: refused
        if (e && !closed) {
            if (!vr.accepted) {
                vr.note = e.message;
                *failure = e;
            } else {
                vr.note = Tr::tr("suite list incomplete: %1").arg(e.message);
            }
            return vr;
        }
        if (ssl2) {
            vr.accepted = !e && response.kind == ServerResponse::Kind::Ssl2ServerHello &&
                          response.version == 0x0002 && !response.ssl2Specs.isEmpty();
            for (quint32 spec : std::as_const(response.ssl2Specs))
                vr.cipherSuites.append(ssl2CipherSpecName(spec));
            return vr; // SSL 2.0 lists every common spec in one SERVER-HELLO
        }
        const bool chose = !e && response.kind == ServerResponse::Kind::ServerHello &&
                           response.version == 0x0300 && suites.contains(response.cipherSuite);
        if (!chose) {
            if (!vr.accepted)
                vr.accepted = false;
            return vr;
        }
        vr.accepted = true;
        vr.cipherSuites.append(cipherSuiteName(response.cipherSuite));
        suites.removeAll(response.cipherSuite);
        if (suites.isEmpty())
            return vr;
    }
}

// Step 5, TLS 1.3 and TLS 1.2 (ECDHE suites): the groups accepted out of
// `candidates`, by offering what is left until the server refuses.
QStringList chainGroups(const ProbeTarget &target, const ProbeOptions &options, QDeadlineTimer deadline,
                        std::atomic_int *connections, TlsVersion version, QStringList remaining,
                        QString *note)
{
    QStringList accepted;
    while (!remaining.isEmpty()) {
        HandshakeOptions hs;
        hs.onlyVersion = version;
        hs.serverName = target.serverName;
        hs.stopAfterServerHello = true;
        hs.groups = remaining;
        if (version != TlsVersion::Tls13)
            hs.cipherList = {QStringLiteral("ECDHE")}; // groups matter to elliptic-curve suites only
        HandshakeResult r;
        const ProbeError e = handshakeOnce(target, options, deadline, connections, hs, &r);
        if (e.status == ProbeStatus::HandshakeFailed)
            break;
        if (e) {
            *note = Tr::tr("group list incomplete: %1").arg(e.message);
            break;
        }
        if (!remaining.contains(r.group)) {
            *note = Tr::tr("the server chose group %1, which was not offered").arg(r.group);
            break;
        }
        remaining.removeAll(r.group);
        accepted.append(r.group);
    }
    return accepted;
}

// Steps 2 to 4 for one version.
VersionResult probeVersion(const ProbeTarget &target, const ProbeOptions &options,
                           QDeadlineTimer deadline, std::atomic_int *connections, TlsVersion v,
                           ProbeError *failure)
{
    if (v == TlsVersion::Ssl2 || v == TlsVersion::Ssl3)
        return probeLegacyVersion(target, options, deadline, connections, v, failure);
    VersionResult vr;
    HandshakeOptions hs;
    hs.onlyVersion = v;
    hs.serverName = target.serverName;
    hs.stopAfterServerHello = true;
    HandshakeResult r;
    const ProbeError e = handshakeOnce(target, options, deadline, connections, hs, &r);
    if (!e) {
        vr.accepted = true;
        vr.group = r.group;
        vr.keyExchangeBits = r.keyExchangeBits;
        // Groups in two halves, on the suite pool, while the suites are enumerated here.
        const bool wantGroups = v == TlsVersion::Tls12 || v == TlsVersion::Tls13;
        const QStringList candidates = supportedGroups(v == TlsVersion::Tls13);
        QList<QStringList> halves{candidates.mid(0, (candidates.size() + 1) / 2),
                                  candidates.mid((candidates.size() + 1) / 2)};
        QList<QStringList> groupsFound(2);
        QStringList groupNotes(2);
        QList<QFuture<void>> groupTasks;
        if (wantGroups) {
            for (int h = 0; h < 2; ++h) {
                auto task = [&, h] {
                    groupsFound[h] = chainGroups(target, options, deadline, connections, v,
                                                 halves.at(h), &groupNotes[h]);
                };
                if (options.suitePool)
                    groupTasks.append(QtConcurrent::run(options.suitePool, task));
                else
                    task();
            }
        }
        enumerateSuites(target, options, deadline, connections, v, r, &vr);
        for (QFuture<void> &f : groupTasks)
            f.waitForFinished();
        for (int h = 0; h < 2; ++h) {
            vr.groups += groupsFound.at(h);
            if (vr.note.isEmpty())
                vr.note = groupNotes.at(h);
        }
    } else if (e.status == ProbeStatus::HandshakeFailed) {
        vr.accepted = false;
    } else {
        vr.note = e.message;
        *failure = e;
    }
    return vr;
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
                found[i] = probeVersion(target, options, deadline, &connections, versions.at(i),
                                        &failures[i]);
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
            main.emplace(target, options, deadline, &connections);
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
            found[i] = probeVersion(target, options, deadline, &connections, versions.at(i), &failures[i]);
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
