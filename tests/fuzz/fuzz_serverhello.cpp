// libFuzzer target: the SSL 2.0 / SSL 3.0 / TLS record, ServerHello and
// first-flight parser (records joined, ServerKeyExchange) must never read past
// its input, whatever the lengths claim.

#include "probes/tls/hello.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Exact-size copy: ASan catches any read past the end.
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (bool wholeFlight : {false, true}) {
        qsizetype need = 0;
        QString error;
        const auto r = mailtls::parseServerResponse(input, &need, &error, wholeFlight);
        if (!r && need == 0 && error.isEmpty())
            __builtin_trap(); // a rejection must say why
        if (need < 0 || need > 0x7fff + 2)
            __builtin_trap(); // never ask for more than one record (SSL 2.0's 15-bit length at most)
        if (r && r->flightComplete && !wholeFlight)
            __builtin_trap();
    }
    return 0;
}
