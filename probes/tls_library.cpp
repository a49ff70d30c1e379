#include "probes/tls_library.h"

#include <openssl/crypto.h>

namespace mailtls {

QString tlsLibraryVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

} // namespace mailtls
