// libFuzzer target: the stapled OCSP response and the certificates it is
// judged against come from the server; judging them (OpenSSL's DER readers,
// the signature check, the search for the leaf's entry, the dates) must never
// crash, leak or read out of bounds, whatever the bytes, and an answer it
// gives must hang together. Input: a 2-byte length and the response, a
// 2-byte length and the leaf, the rest as the issuer.

#include "probes/hygiene/hygiene.h"
#include "probes/hygiene/hygiene_checks.h"
#include "probes/tls/certificate.h"

#include <openssl/x509_vfy.h>

#include <cstddef>
#include <cstdint>

namespace {

// The next length-prefixed part of data, or the rest when prefixed is false.
QByteArray take(const uint8_t *&data, size_t &size, bool prefixed)
{
    if (!prefixed) {
        QByteArray rest(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
        size = 0;
        return rest;
    }
    if (size < 2) {
        size = 0;
        return {};
    }
    size_t n = (size_t(data[0]) << 8) | data[1];
    data += 2;
    size -= 2;
    n = n < size ? n : size;
    QByteArray part(reinterpret_cast<const char *>(data), static_cast<qsizetype>(n));
    data += n;
    size -= n;
    return part;
}

} // namespace

// The system's trust store is loaded once per process and kept for its life
// (sharedTrustStore): loaded here, before the first input, and held by a
// global until exit, so that neither an input nor the exit counts it as a leak.
namespace {
X509_STORE *g_trustStore = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    g_trustStore = mailtls::sharedTrustStore(QString());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mailtls::HygieneInput input;
    input.mainHandshake = true;
    input.ocspResponse = take(data, size, true);
    const QByteArray leaf = take(data, size, true);
    const QByteArray issuer = take(data, size, false);
    if (!leaf.isEmpty())
        input.chainDer.append(leaf);
    if (!issuer.isEmpty())
        input.chainDer.append(issuer);
    mailtls::HygieneCheck check;
    mailtls::OcspStaple detail;
    mailtls::hygiene::judgeOcspStaple(input, &check, &detail);
    // A response stapled decides that one is; an entry for the leaf has a status.
    if (!input.ocspResponse.isEmpty() && check.value != true)
        __builtin_trap();
    if (detail.forCertificate.value_or(false) && detail.certStatus.isEmpty())
        __builtin_trap();
    return 0;
}
