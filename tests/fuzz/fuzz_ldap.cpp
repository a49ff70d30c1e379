// libFuzzer target: the LDAP message framing and BER reader of the StartTLS
// dialogue (root DSE entries, results, BindResponses to the simple bind
// asked before TLS) must never read past their input, whatever the lengths claim.

#include "probes/ldap_messages.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    qsizetype need = 0;
    const qsizetype whole = mailtls::ldapMessageSize(input, &need);
    if (whole > input.size() || need < 0 || need > mailtls::kMaxLdapMessage + 6)
        __builtin_trap();
    if (whole > 0) {
        QString error;
        const auto m = mailtls::parseLdapMessage(QByteArrayView(input).first(whole), &error);
        if (!m && error.isEmpty())
            __builtin_trap(); // a rejection must say why
        if (m && m->op == mailtls::LdapMessage::Op::BindResponse)
            (void)mailtls::simpleBindAnswer(m->resultCode); // any code, read from any bytes, has an answer
    }
    return 0;
}
