#pragma once

// The field/value sections of one endpoint's evidence for the details view:
// key exchange (negotiated, then per version), certificate (identity,
// validity, trust, key), credentials (what was offered before TLS, HTTP
// redirect and HSTS) and the TLS hygiene checks (each answer with its
// evidence and note, then session resumption, the stapled OCSP response and
// the DHE primes). Values a server sent go in as plain text.

#include "probes/endpoint_probe.h"

namespace mailtls {

class PropertyTree;

void showKeyExchange(PropertyTree *tree, const EndpointResult &result);
void showCertificate(PropertyTree *tree, const EndpointResult &result);
void showCredentials(PropertyTree *tree, const EndpointResult &result);
void showHygiene(PropertyTree *tree, const EndpointResult &result);

} // namespace mailtls
