#pragma once

// Configuration text for each real server of the lab, generated from a lab
// Service. Pure functions: the lab runner writes their output to disk and the
// unit tests read it.

#include "lab/labspec.h"

namespace mailtls::lab {

struct ServicePaths
{
    QString root;       // the service's own state directory
    QString chain;      // leaf + CA, PEM
    QString key;        // private key, PEM
    QString dh;         // DH parameters (Dovecot)
    QString saslSocket; // Postfix: the Dovecot auth-client socket
    QList<std::pair<QString, QString>> transports; // Postfix: recipient domain, transport
    // nginx, the lab's MTA-STS policy host (LabSpec::dns): a server block of
    // its own on the https listener, for this name, with this certificate,
    // serving policyRoot/.well-known/mta-sts.txt as text/plain. Empty: none.
    QString policyHost;
    QString policyChain;
    QString policyKey;
    QString policyRoot;
    QString clientCaFile = {}; // Postfix as a client: the CA it verifies next hops with; empty: none
};

QString postfixMainCf(const Service &service, const ServicePaths &paths);
QString postfixMasterCf(const Service &service);
QString dovecotConf(const Service &service, const ServicePaths &paths);
QString nginxConf(const Service &service, const ServicePaths &paths);
// slapd.conf: an empty LDIF database for the host's domain (ldap.kumo.internal:
// dc=kumo,dc=internal) so that binds reach slapd's security checks, simple
// binds and SASL mechanisms per Service::auth, TLS per posture.
QString slapdConf(const Service &service, const ServicePaths &paths);
// slapd's -h argument: an ldap:// or ldaps:// URL per listener.
QString slapdUrls(const Service &service);
// gnutls-serv's command line: an echo server with the posture's priority string.
QStringList gnutlsArguments(const Service &service, const ServicePaths &paths);

} // namespace mailtls::lab
