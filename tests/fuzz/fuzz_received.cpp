// libFuzzer target: the message reader and the Received: parser must end every
// input (an .eml, an mbox, garbage) with messages or an error naming the file,
// within their bounds, never a crash or a hang.

#include "app/evidence/received.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    const mailtls::MessageReadResult r = mailtls::readMessages(buffer, QStringLiteral("f.eml"));
    if (r.messages.isEmpty() == r.error.isEmpty() && r.error.isEmpty())
        __builtin_trap(); // either messages or an error
    if (!r.error.isEmpty() && !r.error.startsWith(QStringLiteral("f.eml")))
        __builtin_trap(); // an error names the file
    for (const mailtls::MessagePath &m : r.messages) {
        if (m.hops.size() > 200)
            __builtin_trap();
        for (const mailtls::ReceivedHop &h : m.hops) {
            if (h.raw.size() > 16 * 1024 || h.fromName.size() > 512 || h.protocol.size() > 512)
                __builtin_trap();
            if (h.transport == mailtls::HopTransport::Tls && h.evidence.isEmpty())
                __builtin_trap(); // a TLS verdict cites its marker
        }
    }
    // The header value parser on its own, on the raw bytes.
    const mailtls::ReceivedHop hop = mailtls::parseReceived(QString::fromUtf8(input));
    if (hop.raw.size() > 16 * 1024)
        __builtin_trap();
    return 0;
}
