#include "probes/receiver/smtp_receiver.h"

#include "probes/connection.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <climits>
#include <cstring>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::SmtpReceiver)
};

constexpr qsizetype kMaxCommandLine = 2048;  // RFC 5321 asks for 512; extensions make them longer
constexpr qsizetype kMaxDataLine = 64 * 1024; // RFC 5321 asks for 1000
constexpr int kMaxRecipients = 100;
constexpr int kMaxErrors = 10;
constexpr int kMaxHeaders = 50;

bool setNonBlocking(int fd)
{
    const int flags = fcntl(fd, F_GETFL, 0);
    return flags >= 0 && fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0;
}

// Binds and listens on address:port; -1 with *error set when it cannot.
int listenOn(const QString &address, quint16 port, quint16 *bound, QString *error)
{
    QHostAddress host;
    if (!host.setAddress(address)) {
        *error = Tr::tr("%1 is not an IP address").arg(address);
        return -1;
    }
    sockaddr_storage ss{};
    socklen_t len = 0;
    if (host.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *sa = reinterpret_cast<sockaddr_in6 *>(&ss);
        sa->sin6_family = AF_INET6;
        sa->sin6_port = htons(port);
        const Q_IPV6ADDR a = host.toIPv6Address();
        std::memcpy(&sa->sin6_addr, &a, sizeof a);
        len = sizeof *sa;
    } else {
        auto *sa = reinterpret_cast<sockaddr_in *>(&ss);
        sa->sin_family = AF_INET;
        sa->sin_port = htons(port);
        sa->sin_addr.s_addr = htonl(host.toIPv4Address());
        len = sizeof *sa;
    }
    const int fd = ::socket(ss.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&ss), len) != 0 || ::listen(fd, 128) != 0 || !setNonBlocking(fd)) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return -1;
    }
    sockaddr_storage got{};
    socklen_t gotLen = sizeof got;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&got), &gotLen);
    *bound = ntohs(got.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6 *>(&got)->sin6_port
                                             : reinterpret_cast<sockaddr_in *>(&got)->sin_port);
    return fd;
}

// "<addr>" of "FROM:<addr> PARAMS" (the keyword already checked), bounded.
QString pathOf(QByteArrayView argument)
{
    const qsizetype open = argument.indexOf('<');
    const qsizetype close = open >= 0 ? argument.indexOf('>', open) : -1;
    if (open < 0 || close < 0)
        return Transcript::printable(argument.trimmed()).left(320);
    return Transcript::printable(argument.sliced(open + 1, close - open - 1)).left(320);
}

// Whether a header line names one the receiver keeps as evidence.
bool keptHeader(QByteArrayView line)
{
    static const char *const kNames[] = {"received:", "message-id:", "subject:", "from:", "to:", "date:"};
    for (const char *name : kNames) {
        const qsizetype n = qsizetype(std::strlen(name));
        if (line.size() >= n && QByteArrayView(line.first(n)).compare(QByteArrayView(name), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QString ReceiverListener::toString() const
{
    return (address.contains(QLatin1Char(':')) ? QLatin1Char('[') + address + QLatin1Char(']') : address) +
           QLatin1Char(':') + QString::number(port);
}

std::optional<ReceiverListener> ReceiverListener::parse(QStringView text, ReceiverScenario scenario)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QStringView address = text.left(colon);
    if (address.startsWith(u'[') && address.endsWith(u']'))
        address = address.mid(1, address.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    const QHostAddress literal(address.toString());
    if (!ok || port > 65535 || literal.isNull())
        return std::nullopt;
    return ReceiverListener{address.toString(), static_cast<quint16>(port), scenario};
}

SmtpReceiver::SmtpReceiver(ReceiverOptions options) : m_options(std::move(options))
{
    m_sessionPool.setMaxThreadCount(std::max(1, m_options.maxSessions));
}

SmtpReceiver::~SmtpReceiver()
{
    stop();
}

QString SmtpReceiver::start()
{
    ServerCredentials credentials = m_options.credentials;
    const auto needsTls = [](ReceiverScenario s) {
        return s == ReceiverScenario::Normal || s == ReceiverScenario::BadCertificate ||
               s == ReceiverScenario::LegacyOnly;
    };
    QHash<ReceiverScenario, std::shared_ptr<ServerTlsContext>> contexts;
    for (const ReceiverListener &l : std::as_const(m_options.listeners)) {
        Listening listening{-1, l, nullptr};
        if (needsTls(l.scenario)) {
            if (credentials.chainPem.isEmpty() && l.scenario != ReceiverScenario::BadCertificate) {
                QString error;
                const QDateTime now = QDateTime::currentDateTimeUtc();
                credentials = makeSelfSigned(m_options.hostName, now.addDays(-1), now.addDays(30), &error);
                if (credentials.chainPem.isEmpty()) {
                    stop();
                    return error;
                }
            }
            std::shared_ptr<ServerTlsContext> &tls = contexts[l.scenario];
            if (!tls) {
                QString error;
                tls = ServerTlsContext::create(l.scenario, credentials, &error);
                if (!tls) {
                    stop();
                    return Tr::tr("listener %1 (%2): %3").arg(l.toString(), receiverScenarioKey(l.scenario), error);
                }
            }
            listening.tls = tls;
        }
        QString error;
        listening.fd = listenOn(l.address, l.port, &listening.listener.port, &error);
        if (listening.fd < 0) {
            stop();
            return Tr::tr("cannot listen on %1: %2").arg(l.toString(), error);
        }
        m_listening.append(listening);
        m_bound.append(listening.listener);
    }
    m_stop = false;
    m_acceptThread = std::thread([this] { acceptLoop(); });
    return {};
}

void SmtpReceiver::stop()
{
    m_stop = true;
    if (m_acceptThread.joinable())
        m_acceptThread.join();
    for (const Listening &l : std::as_const(m_listening))
        ::close(l.fd);
    m_listening.clear();
    m_sessionPool.waitForDone();
}

QList<ReceivedSession> SmtpReceiver::sessions() const
{
    QMutexLocker lock(&m_mutex);
    return m_sessions;
}

void SmtpReceiver::acceptLoop()
{
    QList<pollfd> fds;
    for (const Listening &l : std::as_const(m_listening))
        fds.append({l.fd, POLLIN, 0});
    while (!m_stop) {
        if (::poll(fds.data(), nfds_t(fds.size()), 200) <= 0)
            continue;
        for (qsizetype i = 0; i < fds.size(); ++i) {
            if (fds[i].revents & (POLLERR | POLLNVAL)) {
                fds[i].events = 0; // a broken listener is left alone, not polled in a loop
                continue;
            }
            if (!(fds[i].revents & POLLIN))
                continue;
            sockaddr_storage peer{};
            socklen_t len = sizeof peer;
            const int fd = ::accept4(fds[i].fd, reinterpret_cast<sockaddr *>(&peer), &len, SOCK_CLOEXEC | SOCK_NONBLOCK);
            if (fd < 0) {
                // Out of file descriptors: the connection stays in the
                // backlog and poll() would say so at once, forever.
                if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM)
                    std::this_thread::sleep_for(std::chrono::milliseconds(100));
                continue;
            }
            const Listening &listening = m_listening.at(i);
            ReceivedSession s;
            s.id = m_nextId++;
            s.listener = listening.listener.toString();
            s.scenario = listening.listener.scenario;
            s.started = QDateTime::currentDateTimeUtc();
            const QHostAddress from(reinterpret_cast<sockaddr *>(&peer));
            s.clientAddress = from.toString();
            s.clientPort = ntohs(peer.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6 *>(&peer)->sin6_port
                                                             : reinterpret_cast<sockaddr_in *>(&peer)->sin_port);
            if (m_active.load() >= m_options.maxSessions) {
                // Answered at once, never queued, counted and not kept: a
                // flood costs one line each and no memory.
                static const char kBusy[] = "421 4.7.0 Too many connections, try again later\r\n";
                (void)!::send(fd, kBusy, sizeof kBusy - 1, MSG_NOSIGNAL | MSG_DONTWAIT);
                ::close(fd);
                --m_nextId;
                ++m_refusedBusy;
                continue;
            }
            ++m_active;
            m_sessionPool.start([this, fd, listening, s = std::move(s)]() mutable {
                runSession(fd, listening, std::move(s));
                --m_active;
            });
        }
    }
}

void SmtpReceiver::finish(ReceivedSession &&session)
{
    session.ended = QDateTime::currentDateTimeUtc();
    {
        QMutexLocker lock(&m_mutex);
        if (m_sessions.size() < m_options.maxKeptSessions)
            m_sessions.append(session);
    }
    if (m_ended)
        m_ended(session);
}

// One client session:
//   1. greet (220);
//   2. EHLO/HELO, advertising STARTTLS as the scenario says;
//   3. STARTTLS: answered as the scenario says; on 220 the handshake, then
//      the client must greet again;
//   4. MAIL, RCPT, DATA: the message is read to its end, its trace headers
//      kept, the rest discarded; "250 ... discarded";
//   5. QUIT, a close, a timeout, a line too long or too many errors end it.
void SmtpReceiver::runSession(int fd, const Listening &listening, ReceivedSession s)
{
    Connection::blockBrokenPipeSignal();
    Connection plain;
    plain.adopt(fd, s.clientAddress);
    plain.setCancelFlag(&m_stop);
    std::unique_ptr<ServerTlsStream> tls;
    const QDeadlineTimer sessionDeadline(m_options.sessionTimeoutMs);
    const auto deadline = [&] {
        return QDeadlineTimer(std::min<qint64>(m_options.idleTimeoutMs, std::max<qint64>(0, sessionDeadline.remainingTime())));
    };
    const QByteArray host = m_options.hostName.toUtf8();
    SessionEnd cut = SessionEnd::NoMessage;
    bool open = true;
    const auto send = [&](const QByteArray &reply, QDeadlineTimer writeDeadline) {
        qsizetype from = 0;
        for (qsizetype nl = reply.indexOf('\n'); nl >= 0; nl = reply.indexOf('\n', from)) {
            s.transcript.server(QByteArrayView(reply).sliced(from, nl - from).trimmed());
            from = nl + 1;
        }
        const ProbeError e = tls ? tls->writeAll(reply, writeDeadline) : plain.writeAll(reply, writeDeadline);
        if (e) {
            s.note = e.message;
            open = false;
        }
    };
    const auto readLine = [&](QByteArray *line, qsizetype max) {
        return tls ? tls->readLine(line, max, deadline()) : plain.readLine(line, max, deadline());
    };
    const auto reply = [&](const QByteArray &text) { send(text, deadline()); };
    // The last words before closing: a short deadline of their own, even
    // when the session's time is up.
    const auto goodbye = [&](const QByteArray &text) { send(text, QDeadlineTimer(2000)); };
    // A read that failed: how the session ends.
    const auto ended = [&](const ProbeError &e) {
        open = false;
        if (tls)
            s.tlsEndedByClient = tls->clientEnd();
        if (!s.tlsEndedByClient.isEmpty()) {
            s.note = Tr::tr("the client ended the TLS session without QUIT (%1)").arg(s.tlsEndedByClient);
        } else if (e.dropped || e.status == ProbeStatus::HandshakeFailed) {
            s.note = Tr::tr("the client closed the connection without QUIT");
        } else if (e.status == ProbeStatus::Timeout) {
            cut = SessionEnd::TimedOut;
            s.note = sessionDeadline.hasExpired() ? Tr::tr("the session lasted too long")
                                                  : Tr::tr("the client went silent");
            goodbye("421 4.4.2 " + host + " Timeout, closing connection\r\n");
        } else if (e.status == ProbeStatus::Cancelled) {
            s.note = Tr::tr("the receiver stopped");
        } else if (e.status == ProbeStatus::ProtocolError) {
            cut = SessionEnd::ProtocolError;
            s.note = e.message;
            goodbye("500 5.5.2 Line too long, closing connection\r\n");
        } else {
            s.note = e.message;
        }
        open = false;
    };

    bool greeted = false;
    bool inTransaction = false;
    QString envelopeFrom;       // of the transaction in progress
    QStringList envelopeTo;     // likewise, up to kMaxRecipients
    int recipients = 0;
    int errors = 0;
    int commands = 0;
    reply("220 " + host + " ESMTP MailTLS Auditor test receiver (mail is discarded)\r\n");
    while (open) {
        QByteArray line;
        if (const ProbeError e = readLine(&line, kMaxCommandLine)) {
            ended(e);
            break;
        }
        const QByteArray command = line.trimmed();
        const qsizetype space = command.indexOf(' ');
        const QByteArray verb = (space < 0 ? command : command.left(space)).toUpper();
        const QByteArrayView argument = space < 0 ? QByteArrayView() : QByteArrayView(command).sliced(space + 1);
        s.transcript.client(verb == "AUTH" ? QByteArrayView("AUTH [not kept]") : QByteArrayView(command));
        if (++commands > m_options.maxCommands) {
            cut = SessionEnd::ProtocolError;
            s.note = Tr::tr("more than %n command(s) in one session", nullptr, m_options.maxCommands);
            goodbye("421 4.7.0 Too many commands, closing connection\r\n");
            break;
        }

        if (verb == "EHLO" || verb == "HELO") {
            if (argument.trimmed().isEmpty()) {
                reply("501 5.5.4 " + verb + " needs a domain or address\r\n");
                continue;
            }
            s.ehloName = Transcript::printable(argument.trimmed()).left(255);
            s.esmtp = verb == "EHLO";
            greeted = true;
            inTransaction = false;
            recipients = 0;
            envelopeTo.clear();
            if (!s.esmtp) {
                reply("250 " + host + "\r\n");
                continue;
            }
            QByteArray ehloReply = "250-" + host + "\r\n250-SIZE " + QByteArray::number(m_options.maxMessageBytes) +
                               "\r\n250-8BITMIME\r\n";
            if (!tls && advertisesStartTls(s.scenario))
                ehloReply += "250-STARTTLS\r\n";
            else if (!tls && s.scenario == ReceiverScenario::Stripped)
                ehloReply += "250-XXXXXXXA\r\n";
            ehloReply += "250 ENHANCEDSTATUSCODES\r\n";
            reply(ehloReply);
        } else if (verb == "STARTTLS") {
            s.startTlsAsked = true;
            if (tls) {
                reply("503 5.5.1 TLS already active\r\n");
                continue;
            }
            switch (s.scenario) {
            case ReceiverScenario::NoStartTls:
                s.startTlsReply = 502;
                reply("502 5.5.1 Command not implemented\r\n");
                continue;
            case ReceiverScenario::Stripped:
                s.startTlsReply = 500;
                reply("500 5.5.1 Command unrecognized\r\n");
                continue;
            case ReceiverScenario::StartTlsRefused:
                s.startTlsReply = 454;
                reply("454 4.7.0 TLS not available due to temporary reason\r\n");
                continue;
            default: break;
            }
            s.startTlsReply = 220;
            reply("220 2.0.0 Ready to start TLS\r\n");
            if (!open)
                break;
            if (plain.pendingBytes() > 0) {
                // RFC 3207 4.2: nothing sent before the handshake counts after it.
                s.transcript.note(Tr::tr("%n byte(s) sent after STARTTLS, before the handshake, were discarded",
                                         nullptr, int(plain.pendingBytes())));
                plain.takePending();
            }
            tls = std::make_unique<ServerTlsStream>(listening.tls, &m_stop);
            ReceivedTls negotiated;
            if (const ProbeError e = tls->accept(plain.fd(), deadline(), &negotiated, &s.clientMaxVersion,
                                               &s.tlsFailureAlert)) {
                s.tlsFailure = e.message;
                s.transcript.note(Tr::tr("TLS handshake failed: %1").arg(e.message));
                cut = SessionEnd::TlsFailed;
                open = false;
                break;
            }
            s.tls = negotiated;
            s.transcript.note(Tr::tr("TLS %1, %2%3")
                                  .arg(tlsVersionName(negotiated.version), negotiated.cipher,
                                       negotiated.serverName.isEmpty()
                                           ? Tr::tr(", no SNI")
                                           : Tr::tr(", SNI %1").arg(negotiated.serverName)));
            greeted = false;
            inTransaction = false;
            recipients = 0;
            envelopeTo.clear();
        } else if (verb == "MAIL") {
            if (!greeted) {
                reply("503 5.5.1 Send EHLO or HELO first\r\n");
            } else if (inTransaction) {
                reply("503 5.5.1 Nested MAIL command\r\n");
            } else if (!argument.startsWith("FROM:") && !argument.startsWith("from:") &&
                       !argument.startsWith("From:")) {
                reply("501 5.5.4 Syntax: MAIL FROM:<address>\r\n");
            } else {
                envelopeFrom = pathOf(argument.sliced(5));
                envelopeTo.clear();
                inTransaction = true;
                s.mailOverTls = s.mailOverTls || tls != nullptr;
                reply("250 2.1.0 Ok\r\n");
            }
        } else if (verb == "RCPT") {
            if (!inTransaction) {
                reply("503 5.5.1 Need MAIL command\r\n");
            } else if (!argument.startsWith("TO:") && !argument.startsWith("to:") && !argument.startsWith("To:")) {
                reply("501 5.5.4 Syntax: RCPT TO:<address>\r\n");
            } else if (recipients >= kMaxRecipients) {
                reply("452 4.5.3 Too many recipients\r\n");
            } else {
                ++recipients;
                envelopeTo.append(pathOf(argument.sliced(3)));
                reply("250 2.1.5 Ok\r\n");
            }
        } else if (verb == "DATA") {
            if (!inTransaction || recipients == 0) {
                reply("503 5.5.1 Need RCPT command\r\n");
                continue;
            }
            reply("354 End data with <CR><LF>.<CR><LF>\r\n");
            qint64 bytes = 0;
            bool inHeaders = true;
            QByteArray header;
            const auto keep = [&] {
                if (!header.isEmpty() && keptHeader(header) && s.headers.size() < kMaxHeaders)
                    s.headers.append(Transcript::printable(header).left(1000));
                header.clear();
            };
            ProbeError failed;
            for (;;) {
                QByteArray data;
                if ((failed = readLine(&data, kMaxDataLine)))
                    break;
                if (data == ".\r\n" || data == ".\n")
                    break;
                bytes += data.size();
                if (!inHeaders)
                    continue;
                const QByteArray content = data.chopped(data.endsWith("\r\n") ? 2 : 1);
                if (content.isEmpty()) {
                    keep();
                    inHeaders = false;
                } else if ((content.startsWith(' ') || content.startsWith('\t')) && !header.isEmpty()) {
                    if (header.size() < 4096)
                        header += ' ' + content.trimmed(); // a folded header goes on
                } else {
                    keep();
                    header = content.left(4096);
                }
            }
            if (failed) {
                ended(failed);
                break;
            }
            keep();
            s.transcript.note(Tr::tr("message of %n byte(s), discarded", nullptr, int(std::min<qint64>(bytes, INT_MAX))));
            inTransaction = false;
            recipients = 0;
            if (bytes > m_options.maxMessageBytes) {
                reply("552 5.3.4 Message too big\r\n");
                continue;
            }
            s.mailFrom = envelopeFrom;
            s.recipients = envelopeTo;
            s.messageReceived = true;
            ++(tls ? s.messagesTls : s.messagesCleartext);
            s.messageOverTls = s.messagesCleartext == 0;
            s.messageBytes += bytes;
            reply("250 2.0.0 Ok: discarded by the test receiver, not delivered\r\n");
        } else if (verb == "RSET") {
            inTransaction = false;
            recipients = 0;
            envelopeTo.clear();
            reply("250 2.0.0 Ok\r\n");
        } else if (verb == "NOOP") {
            reply("250 2.0.0 Ok\r\n");
        } else if (verb == "QUIT") {
            s.quit = true;
            reply("221 2.0.0 Bye\r\n");
            break;
        } else if (verb == "VRFY") {
            reply("252 2.5.2 Cannot verify the user\r\n");
        } else {
            reply("502 5.5.2 Command not recognized\r\n");
            if (++errors >= kMaxErrors) {
                cut = SessionEnd::ProtocolError;
                s.note = Tr::tr("too many unknown commands");
                goodbye("421 4.7.0 Too many errors, closing connection\r\n");
                break;
            }
        }
    }
    if (tls && s.tls)
        tls->shutdown(QDeadlineTimer(500));
    // A message taken decides, whatever cut the session afterwards (the cut
    // stays in the note); one taken in cleartext is never hidden by others over TLS.
    if (s.messageReceived) {
        if (cut != SessionEnd::NoMessage && s.note.isEmpty())
            s.note = sessionEndKey(cut);
        s.end = s.messagesCleartext > 0 ? SessionEnd::DeliveredCleartext : SessionEnd::DeliveredTls;
    } else {
        s.end = cut;
    }
    finish(std::move(s));
}

} // namespace mailtls
