// libFuzzer target: the SSL 2.0 / SSL 3.0 / TLS record, ServerHello and
// first-flight parser (records joined, ServerKeyExchange, and on to
// ServerHelloDone with the leaf certificate) must never read past its input,
// whatever the lengths claim; and read incrementally, as the probe reads a
// server's answer (the bytes it asks for, or chunks of any size), it must end
// exactly as when the whole input is given at once. Every input is read in
// each of the reader's three modes: the ServerHello alone, the flight to its
// key exchange (wholeFlight), and the flight to ServerHelloDone.

#include "probes/tls/hello.h"

#include <QString>

#include <algorithm>
#include <utility>
#include <cstddef>
#include <cstdint>

namespace {

using Reader = mailtls::ServerResponseReader;

// Feeds input as the probe does (exactly the bytes asked for) when chunk is 0,
// else in pieces of chunk bytes.
Reader readInPieces(const QByteArray &input, bool wholeFlight, bool throughHelloDone, qsizetype chunk)
{
    Reader reader(wholeFlight, throughHelloDone);
    qsizetype at = 0;
    while (reader.state() == Reader::State::NeedMore && at < input.size()) {
        const qsizetype n = chunk > 0 ? chunk : reader.needMore();
        if (n <= 0)
            __builtin_trap(); // NeedMore must ask for something
        const qsizetype take = std::min(n, input.size() - at);
        reader.feed(QByteArrayView(input).sliced(at, take));
        at += take;
    }
    return reader;
}

void sameEnd(const Reader &whole, const Reader &pieces)
{
    if (whole.state() != pieces.state())
        __builtin_trap();
    if (whole.state() == Reader::State::Done) {
        const auto &a = whole.response();
        const auto &b = pieces.response();
        if (a.kind != b.kind || a.version != b.version || a.cipherSuite != b.cipherSuite ||
            a.alertDescription != b.alertDescription || a.warningAlerts != b.warningAlerts ||
            a.flightComplete != b.flightComplete || a.namedGroup != b.namedGroup || a.dhBits != b.dhBits ||
            a.dhPrime != b.dhPrime || a.compressionMethod != b.compressionMethod ||
            a.helloDone != b.helloDone || a.leafCertificate != b.leafCertificate)
            __builtin_trap();
    }
    if (whole.state() == Reader::State::NeedMore && whole.needMore() != pieces.needMore())
        __builtin_trap();
    if (whole.helloSoFar().has_value() != pieces.helloSoFar().has_value())
        __builtin_trap();
}

} // namespace

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
        if (r && r->helloDone && !wholeFlight)
            __builtin_trap(); // only a reader of the flight reads on to ServerHelloDone
    }
    const qsizetype chunk = size > 0 ? 1 + data[size - 1] % 17 : 1;
    // The ServerHello alone; to the key exchange; to ServerHelloDone.
    const std::pair<bool, bool> modes[] = {{false, false}, {true, false}, {false, true}};
    for (const auto &[wholeFlight, throughHelloDone] : modes) {
        Reader whole(wholeFlight, throughHelloDone);
        whole.feed(input);
        if (whole.state() == Reader::State::Done) {
            const auto &r = whole.response();
            if (r.helloDone && !r.flightComplete)
                __builtin_trap(); // ServerHelloDone ends a flight
            if (!throughHelloDone && !r.leafCertificate.isEmpty())
                __builtin_trap(); // the certificate is kept in that mode only
        }
        sameEnd(whole, readInPieces(input, wholeFlight, throughHelloDone, 0));
        sameEnd(whole, readInPieces(input, wholeFlight, throughHelloDone, chunk));
    }
    return 0;
}
