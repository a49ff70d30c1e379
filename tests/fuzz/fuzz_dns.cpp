// libFuzzer target: the DNS message reader must never read past its input nor
// loop, whatever the counts, lengths and compression pointers claim; what it
// accepts stays within DNS's limits, and a rejection says why. The same
// bytes as a TCP stream: read as the resolver reads it (the bytes it wants,
// in pieces), the messages framed are those the lengths say, and none other.

#include "probes/dns/dns_message.h"

#include <QList>

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace {

void checkTcpFraming(QByteArrayView input)
{
    // What the lengths say, walked once.
    QList<QByteArray> expected;
    for (qsizetype at = 0; at + 2 <= input.size();) {
        const qsizetype length = (quint8(input[at]) << 8) | quint8(input[at + 1]);
        if (at + 2 + length > input.size())
            break;
        expected.append(input.sliced(at + 2, length).toByteArray());
        at += 2 + length;
    }
    // As the resolver reads: never more than wanted, in pieces of up to 7 bytes.
    QByteArray buffer;
    QList<QByteArray> framed;
    qsizetype at = 0;
    while (at < input.size()) {
        const qsizetype wanted = mailtls::dns::tcpBytesWanted(buffer);
        const qsizetype take = std::min({wanted > 0 ? wanted : 1, qsizetype(7), input.size() - at});
        buffer.append(input.sliced(at, take).toByteArray());
        at += take;
        if (buffer.size() > 2 + 65535)
            __builtin_trap(); // read beyond one message
        while (auto m = mailtls::dns::takeTcpMessage(&buffer))
            framed.append(*m);
    }
    if (framed != expected)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    checkTcpFraming(input);
    QString error;
    const auto m = mailtls::dns::parseMessage(input, &error);
    if (!m) {
        if (error.isEmpty())
            __builtin_trap(); // a rejection must say why
        return 0;
    }
    // A name is at most 255 octets; escaped as \DDD, at most four characters an octet.
    auto checkName = [](const QString &name) {
        if (name.isEmpty() || name.size() > 4 * mailtls::dns::kMaxNameOctets)
            __builtin_trap();
    };
    for (const auto &q : m->questions)
        checkName(q.name);
    for (const auto *section : {&m->answers, &m->authorities, &m->additionals}) {
        for (const auto &r : *section) {
            checkName(r.name);
            if (r.data.size() > input.size())
                __builtin_trap();
        }
    }
    if (!m->questions.isEmpty()) {
        const auto &q = m->questions.first();
        (void)mailtls::dns::responseMismatch(*m, m->id, q.name, q.type);
    }
    return 0;
}
