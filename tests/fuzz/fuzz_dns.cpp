// libFuzzer target: the DNS message reader must never read past its input nor
// loop, whatever the counts, lengths and compression pointers claim; what it
// accepts stays within DNS's limits, and a rejection says why. The resolver
// reads libunbound's answer packets with it: what a nameserver sent.

#include "probes/dns/dns_message.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
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
    return 0;
}
