// libFuzzer target: the cleartext dialogues (SMTP, LMTP, submission, IMAP,
// POP3, ManageSieve, LDAP) against a server that says whatever the input
// says, then closes. Whatever it says, a dialogue must end (no loop, no wait
// past its deadline), never read past its bounds, and a STARTTLS it calls
// successful must leave nothing buffered (no injected bytes reach TLS). The
// first input byte picks the protocol.

#include "probes/dialogues/dialogue.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>

#include <cstddef>
#include <cstdint>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace mailtls;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Protocol kProtocols[] = {Protocol::Smtp, Protocol::Submission, Protocol::Lmtp, Protocol::Imap,
                                          Protocol::Pop3, Protocol::Sieve, Protocol::Ldap};
    if (size < 1 || size > 60000) // within one socket buffer: the writer never waits
        return 0;
    const Protocol protocol = kProtocols[data[0] % std::size(kProtocols)];
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
        return 0;
    const int bufferSize = 256 * 1024;
    ::setsockopt(fds[1], SOL_SOCKET, SO_SNDBUF, &bufferSize, sizeof bufferSize);
    ::setsockopt(fds[0], SOL_SOCKET, SO_SNDBUF, &bufferSize, sizeof bufferSize);
    if (::write(fds[1], data + 1, size - 1) != static_cast<ssize_t>(size - 1)) {
        ::close(fds[0]);
        ::close(fds[1]);
        return 0;
    }
    ::shutdown(fds[1], SHUT_WR); // the server has said all it will say
    ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);

    Connection connection;
    connection.adopt(fds[0], QStringLiteral("fuzz"));
    Transcript transcript;
    std::atomic_int starttlsFirst{0};
    DialogueContext ctx{connection, transcript, QDeadlineTimer(2000), QStringLiteral("fuzz.invalid"), true,
                        &starttlsFirst};
    QElapsedTimer clock;
    clock.start();
    const std::unique_ptr<Dialogue> dialogue = makeDialogue(protocol);
    CleartextInfo info;
    if (!dialogue->greet(ctx, &info)) {
        if (!dialogue->startTls(ctx) && connection.pendingBytes() != 0)
            __builtin_trap(); // STARTTLS said yes with cleartext bytes still waiting
    }
    // EOF comes right after the input: only a loop could take this long.
    if (clock.elapsed() > 1500)
        __builtin_trap();
    ::close(fds[1]);
    return 0;
}
