#pragma once

// Which software serves an endpoint, from what the probes saw: the greeting
// (220 ... ESMTP Postfix, * OK Dovecot ready), capability lists when the
// greeting hides the name, the HTTP Server header, the LDAP root DSE's
// vendor. The admin's own word (the host's "software" in the workspace) wins.
// Remediation picks its configuration by it; a guess says how sure it is.

#include "probes/endpoint_probe.h"

#include <QString>

namespace mailtls {

enum class Software {
    Unknown,
    Postfix,
    Exim,
    Sendmail,
    Exchange,
    OpenSmtpd,
    Dovecot,
    Cyrus,
    Courier,
    Nginx,
    Apache,
    OpenLdap,
};

enum class Confidence {
    Low,       // a capability pattern typical of it
    Medium,    // a capability only it offers
    High,      // it names itself
    SetByUser, // the workspace says so
};

struct Fingerprint
{
    Software software = Software::Unknown;
    Confidence confidence = Confidence::Low;
    QString evidence; // what gave it away, as seen (printable)
};

// declared: the host's software as the admin wrote it ("Postfix 3.7"); may be empty.
Fingerprint fingerprint(const EndpointResult &result, const QString &declared = {});

QString softwareKey(Software software);  // "postfix", "exim", ...; "unknown"
QString softwareLabel(Software software); // "Postfix", "Microsoft Exchange", ...
// A name in free text, as a word of its own (not a label of a host name); the first one wins.
std::optional<Software> softwareFromText(QStringView text);
std::optional<Software> softwareFromKey(QStringView key); // "postfix", ... as softwareKey() writes them
QString confidenceKey(Confidence confidence);
QString confidenceLabel(Confidence confidence); // translated

} // namespace mailtls
