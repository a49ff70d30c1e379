#pragma once

// Facts about the TLS library the probes are built on, for --version and the
// tool version recorded with every audit.

#include <QString>

namespace mailtls {

QString tlsLibraryVersion(); // e.g. "OpenSSL 3.0.19 ..."

} // namespace mailtls
