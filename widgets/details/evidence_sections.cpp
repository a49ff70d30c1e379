#include "widgets/details/evidence_sections.h"

#include "app/evidence/hygiene_labels.h"
#include "app/models/suite_table_model.h"
#include "widgets/details/detail_views.h"

#include <QCoreApplication>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::EvidenceSections)
};

QString utcText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                          : QString();
}

} // namespace

void showKeyExchange(PropertyTree *tree, const EndpointResult &result)
{
    const auto yesNo = [](const std::optional<bool> &value) {
        return !value ? Tr::tr("not known") : *value ? Tr::tr("yes") : Tr::tr("no");
    };
    const auto goodIfYes = [](const std::optional<bool> &value) {
        return !value ? Tint::Unknown : *value ? Tint::Good : Tint::Poor;
    };
    QTreeWidgetItem *main =
        tree->addSection(Tr::tr("Negotiated (a handshake offering everything)"));
    if (const auto &n = result.negotiated; n && !n->error) {
        tree->addField(main, Tr::tr("Version"), tlsVersionName(n->version));
        tree->addField(main, Tr::tr("Cipher suite"), n->cipher);
        tree->addField(main, Tr::tr("Group"),
                       n->group.isEmpty() ? Tr::tr("none (no ephemeral key)") : n->group);
        if (n->keyExchangeBits > 0)
            tree->addField(main, Tr::tr("Key exchange size"),
                           Tr::tr("%1 bits").arg(n->keyExchangeBits));
        if (n->version != TlsVersion::Tls13) {
            tree->addField(main, Tr::tr("Secure renegotiation (RFC 5746)"),
                           yesNo(n->secureRenegotiation), goodIfYes(n->secureRenegotiation));
            tree->addField(main, Tr::tr("Extended master secret (RFC 7627)"),
                           yesNo(n->extendedMasterSecret), goodIfYes(n->extendedMasterSecret));
        }
    } else {
        tree->addField(main, Tr::tr("Handshake"), Tr::tr("no handshake completed"),
                       Tint::Unknown);
    }
    const QList<TlsVersion> versions = allTlsVersions();
    for (auto v = versions.crbegin(); v != versions.crend(); ++v) {
        const VersionResult vr = result.versions.value(*v);
        if (!vr.accepted.value_or(false) || *v == TlsVersion::Ssl2)
            continue;
        QTreeWidgetItem *section = tree->addSection(tlsVersionName(*v));
        if (!vr.group.isEmpty())
            tree->addField(section, Tr::tr("Group chosen when offered all"), vr.group);
        if (!vr.groups.isEmpty())
            tree->addField(section, Tr::tr("Groups accepted"),
                           vr.groups.join(QStringLiteral(", ")));
        // Each ephemeral key size the server used, with how many suites used it.
        QMap<QString, int> keys;
        for (const KeyExchangeInfo &kx : vr.keyExchange)
            ++keys[keyExchangeText(kx)];
        for (auto it = keys.cbegin(); it != keys.cend(); ++it)
            tree->addField(section, Tr::tr("Ephemeral key"),
                           Tr::tr("%1 (%n suite(s))", nullptr, it.value()).arg(it.key()));
        const int withoutKey = static_cast<int>(vr.cipherSuites.size() - vr.keyExchange.size());
        if (withoutKey > 0 && *v != TlsVersion::Tls13)
            tree->addField(section, Tr::tr("No ephemeral key"),
                           Tr::tr("%n suite(s): the session key travels under the server's key",
                                  nullptr, withoutKey),
                           Tint::Poor);
        if (*v != TlsVersion::Tls13) {
            tree->addField(section, Tr::tr("Secure renegotiation (RFC 5746)"),
                           yesNo(vr.secureRenegotiation), goodIfYes(vr.secureRenegotiation));
            tree->addField(section, Tr::tr("Extended master secret (RFC 7627)"),
                           yesNo(vr.extendedMasterSecret), goodIfYes(vr.extendedMasterSecret));
        }
    }
    tree->finish();
}

void showCertificate(PropertyTree *tree, const EndpointResult &result)
{
    if (!result.certificate) {
        QTreeWidgetItem *none = tree->addSection(Tr::tr("Certificate"));
        tree->addField(none, Tr::tr("Certificate"), Tr::tr("none: no handshake completed"),
                       Tint::Unknown);
        tree->finish();
        return;
    }
    const CertificateInfo &c = *result.certificate;
    QTreeWidgetItem *identity = tree->addSection(Tr::tr("Identity"));
    tree->addField(identity, Tr::tr("Subject"), c.subject);
    for (const QString &san : c.subjectAltNames)
        tree->addField(identity, Tr::tr("Alternative name"), san);
    tree->addField(identity, Tr::tr("Issuer"), c.issuer);

    QTreeWidgetItem *validity = tree->addSection(Tr::tr("Validity"));
    tree->addField(validity, Tr::tr("Not before"), utcText(c.notBefore));
    tree->addField(validity, Tr::tr("Not after"), utcText(c.notAfter));
    const qint64 daysLeft = QDateTime::currentDateTimeUtc().daysTo(c.notAfter);
    if (c.expired)
        tree->addField(validity, Tr::tr("Status"), Tr::tr("expired when probed"), Tint::Bad);
    else if (c.notYetValid)
        tree->addField(validity, Tr::tr("Status"), Tr::tr("not yet valid when probed"),
                       Tint::Bad);
    else if (daysLeft < 0)
        tree->addField(validity, Tr::tr("Status"), Tr::tr("valid when probed, expired since"),
                       Tint::Bad);
    else
        tree->addField(validity, Tr::tr("Status"),
                       Tr::tr("valid, %n day(s) left", nullptr, int(daysLeft)),
                       daysLeft < 14 ? Tint::Poor : Tint::Good);

    QTreeWidgetItem *trust = tree->addSection(Tr::tr("Trust"));
    if (!c.trusted)
        tree->addField(trust, Tr::tr("Trusted"), Tr::tr("not checked"), Tint::Unknown);
    else if (*c.trusted)
        tree->addField(trust, Tr::tr("Trusted"), Tr::tr("yes"), Tint::Good);
    else
        tree->addField(trust, Tr::tr("Trusted"),
                       c.trustError.isEmpty() ? Tr::tr("no") : Tr::tr("no: %1").arg(trustErrorText(c)),
                       Tint::Bad);
    if (!c.nameMatches)
        tree->addField(trust, Tr::tr("Name matches"), Tr::tr("not checked (no name given)"),
                       Tint::Unknown);
    else
        tree->addField(trust, Tr::tr("Name matches"),
                       *c.nameMatches ? Tr::tr("yes: %1").arg(result.target.serverName.isEmpty()
                                                                  ? result.target.host
                                                                  : result.target.serverName)
                                      : Tr::tr("no"),
                       *c.nameMatches ? Tint::Good : Tint::Bad);
    tree->addField(trust, Tr::tr("Self-signed"), c.selfSigned ? Tr::tr("yes") : Tr::tr("no"),
                   c.selfSigned ? Tint::Poor : Tint::None);
    tree->addField(trust, Tr::tr("Chain"),
                   Tr::tr("%n certificate(s) sent", nullptr, c.chainLength));
    for (const ChainIssue &issue : c.chainIssues)
        tree->addField(trust, Tr::tr("Chain problem"), chainIssueText(issue), Tint::Bad);

    QTreeWidgetItem *key = tree->addSection(Tr::tr("Key and signature"));
    tree->addField(key, Tr::tr("Public key"),
                   c.keyBits > 0 ? Tr::tr("%1, %2 bits").arg(c.keyType).arg(c.keyBits) : c.keyType);
    tree->addField(key, Tr::tr("Signature algorithm"), c.signatureAlgorithm);
    tree->addField(key, Tr::tr("SHA-256 fingerprint"), c.sha256Fingerprint);

    // The certificates asked for apart: without SNI, of the other key type.
    if (!result.certificateVariants.isEmpty()) {
        QTreeWidgetItem *others = tree->addSection(Tr::tr("Other certificates"));
        for (const CertificateVariant &v : result.certificateVariants) {
            const QString label = certificateVariantLabel(v.asked);
            if (!v.sent) {
                tree->addField(others, label, Tr::tr("not known: %1").arg(v.note), Tint::Unknown);
            } else if (!*v.sent) {
                const bool noSni = v.asked == CertificateVariant::Asked::NoSni;
                tree->addField(others, label,
                               noSni ? Tr::tr("none: the server refuses a handshake without a server name")
                                     : Tr::tr("none"),
                               noSni ? Tint::Bad : Tint::None);
            } else if (v.sameAsMain || !v.certificate) {
                tree->addField(others, label, Tr::tr("the same certificate"));
            } else {
                const CertificateInfo &o = *v.certificate;
                const bool sound = o.trusted == true && o.nameMatches != false && !o.expired && !o.notYetValid &&
                                   o.chainIssues.isEmpty();
                QString text = Tr::tr("%1 (%2, %3 bits)").arg(o.subject, o.keyType).arg(o.keyBits);
                if (o.trusted == false)
                    text += Tr::tr("; not trusted: %1").arg(trustErrorText(o));
                if (o.nameMatches == false)
                    text += Tr::tr("; does not match the name");
                if (o.expired)
                    text += Tr::tr("; expired");
                for (const ChainIssue &issue : o.chainIssues)
                    text += QStringLiteral("; ") + chainIssueText(issue);
                tree->addField(others, label, text, sound ? Tint::Good : Tint::Bad);
            }
        }
    }
    tree->finish();
}

void showCredentials(PropertyTree *tree, const EndpointResult &result)
{
    const CleartextInfo &info = result.cleartext;
    const TlsMode mode = protocolInfo(result.target.protocol).tlsMode;
    QTreeWidgetItem *verdict = tree->addSection(Tr::tr("Passwords"));
    if (result.cleartextAuthOffered() && result.target.protocol == Protocol::Http)
        tree->addField(verdict, Tr::tr("In cleartext"),
                       Tr::tr("possible: the login page is served over plain HTTP"), Tint::Bad);
    else if (result.cleartextAuthOffered())
        tree->addField(verdict, Tr::tr("In cleartext"),
                       Tr::tr("possible: the server asks for a login before TLS"), Tint::Bad);
    else
        tree->addField(verdict, Tr::tr("In cleartext"), Tr::tr("not offered before TLS"),
                       Tint::Good);

    QTreeWidgetItem *before = tree->addSection(Tr::tr("Before TLS"));
    switch (mode) {
    case TlsMode::Implicit:
        tree->addField(before, Tr::tr("TLS"),
                       Tr::tr("from the first byte (implicit TLS): nothing in cleartext"),
                       Tint::Good);
        break;
    case TlsMode::StartTls:
        tree->addField(before, Tr::tr("TLS"),
                       Tr::tr("by a STARTTLS upgrade of the cleartext session"));
        break;
    case TlsMode::None:
        tree->addField(before, Tr::tr("TLS"), Tr::tr("none on this port (plain HTTP)"),
                       Tint::Bad);
        break;
    }
    if (!info.greeting.isEmpty())
        tree->addField(before, Tr::tr("Greeting"), info.greeting);
    if (!info.software.isEmpty())
        tree->addField(before, Tr::tr("Software"), info.software);
    if (result.starttlsOffered)
        tree->addField(before, Tr::tr("STARTTLS offered"),
                       *result.starttlsOffered ? Tr::tr("yes") : Tr::tr("no"),
                       *result.starttlsOffered ? Tint::Good : Tint::Bad);
    if (result.starttlsSucceeded)
        tree->addField(before, Tr::tr("STARTTLS succeeded"),
                       *result.starttlsSucceeded ? Tr::tr("yes") : Tr::tr("no"),
                       *result.starttlsSucceeded ? Tint::Good : Tint::Bad);
    if (!info.capabilities.isEmpty())
        tree->addField(before, Tr::tr("Capabilities"), info.capabilities.join(QLatin1Char(' ')));
    if (mode == TlsMode::StartTls) {
        tree->addField(before, Tr::tr("AUTH mechanisms"),
                       info.authMechanisms.isEmpty() ? Tr::tr("none")
                                                     : info.authMechanisms.join(QLatin1Char(' ')),
                       info.authMechanisms.isEmpty() ? Tint::Good : Tint::Bad);
        tree->addField(before, Tr::tr("Plaintext login (IMAP LOGIN, POP3 USER)"),
                       info.plaintextLogin ? Tr::tr("offered") : Tr::tr("not offered"),
                       info.plaintextLogin ? Tint::Bad : Tint::Good);
    }
    if (result.target.protocol == Protocol::Ldap) {
        const QString bind = !info.simpleBindBeforeTls ? Tr::tr("undecided")
                             : *info.simpleBindBeforeTls ? Tr::tr("accepted")
                                                         : Tr::tr("refused");
        tree->addField(before, Tr::tr("Simple bind before StartTLS"),
                       info.simpleBindNote.isEmpty() ? bind : bind + QStringLiteral(": ") + info.simpleBindNote,
                       !info.simpleBindBeforeTls ? Tint::Unknown
                       : *info.simpleBindBeforeTls ? Tint::Bad
                                                   : Tint::Good);
    }
    if (result.http) {
        const HttpInfo &http = *result.http;
        const bool plain = result.target.protocol == Protocol::Http;
        QTreeWidgetItem *web = tree->addSection(Tr::tr("Webmail (HTTP)"));
        tree->addField(web, Tr::tr("Status"), QString::number(http.status));
        if (!http.location.isEmpty())
            tree->addField(web, Tr::tr("Location"), http.location);
        if (plain)
            tree->addField(web, Tr::tr("Redirects to HTTPS"),
                           http.redirectsToHttps ? Tr::tr("yes") : Tr::tr("no"),
                           http.redirectsToHttps ? Tint::Good : Tint::Bad);
        tree->addField(web, Tr::tr("Strict-Transport-Security"),
                       http.hsts.isEmpty() ? Tr::tr("none") : http.hsts,
                       plain                 ? Tint::None
                       : http.hsts.isEmpty() ? Tint::Poor
                                             : Tint::Good);
        if (!http.server.isEmpty())
            tree->addField(web, Tr::tr("Server"), http.server);
    }
    tree->finish();
}

namespace {

Tint tintFor(HygieneReading reading)
{
    switch (reading) {
    case HygieneReading::Good: return Tint::Good;
    case HygieneReading::Bad: return Tint::Bad;
    case HygieneReading::Neutral: return Tint::None;
    case HygieneReading::Undecided: return Tint::Unknown;
    }
    return Tint::None;
}

QString optionalYesNo(const std::optional<bool> &value)
{
    return !value ? Tr::tr("not known") : *value ? Tr::tr("yes") : Tr::tr("no");
}

} // namespace

void showHygiene(PropertyTree *tree, const EndpointResult &result)
{
    if (!result.hygiene) {
        QTreeWidgetItem *none = tree->addSection(Tr::tr("TLS hygiene"));
        tree->addField(none, Tr::tr("Checks"),
                       Tr::tr("not run: no TLS, the checks were off, or probed before they existed"), Tint::Unknown);
        tree->finish();
        return;
    }
    const HygieneResult &h = *result.hygiene;
    // Each answer, coloured by which way it points; what decided it and why it is undecided below it.
    QTreeWidgetItem *checks = tree->addSection(Tr::tr("TLS hygiene"));
    for (const HygieneResult::Entry &e : h.entries()) {
        const QString key = QLatin1StringView(e.key);
        QTreeWidgetItem *item = tree->addField(checks, hygieneLabel(key), hygieneValueText(e.check->value),
                                               tintFor(hygieneReading(key, e.check->value)));
        for (const QString &line : e.check->evidence)
            tree->addField(item, Tr::tr("Evidence"), line);
        if (!e.check->note.isEmpty())
            tree->addField(item, Tr::tr("Note"), e.check->note);
    }

    QTreeWidgetItem *resumption = tree->addSection(Tr::tr("Session resumption"));
    tree->addField(resumption, Tr::tr("By session ID"), optionalYesNo(h.resumption.ids),
                   h.resumption.ids ? Tint::None : Tint::Unknown);
    tree->addField(resumption, Tr::tr("By session ticket"), optionalYesNo(h.resumption.tickets),
                   h.resumption.tickets ? Tint::None : Tint::Unknown);
    if (h.resumption.ticketLifetimeHint >= 0)
        tree->addField(resumption, Tr::tr("Ticket lifetime hint"),
                       Tr::tr("%n second(s)", nullptr, h.resumption.ticketLifetimeHint));

    QTreeWidgetItem *ocsp = tree->addSection(Tr::tr("Stapled OCSP response"));
    if (h.ocsp.responseStatus.isEmpty()) {
        tree->addField(ocsp, Tr::tr("Response"), h.ocspStapling.value == false ? Tr::tr("none stapled") : Tr::tr("not known"),
                       h.ocspStapling.value == false ? Tint::Poor : Tint::Unknown);
    } else {
        const StapleJudgement j = judgeStaple(h.ocsp);
        tree->addField(ocsp, Tr::tr("Response status"), h.ocsp.responseStatus,
                       h.ocsp.responseStatus == QLatin1StringView("successful") ? Tint::Good : Tint::Bad);
        tree->addField(ocsp, Tr::tr("Certificate status"),
                       h.ocsp.certStatus.isEmpty() ? Tr::tr("not for this certificate") : h.ocsp.certStatus,
                       h.ocsp.certStatus == QLatin1StringView("good") ? Tint::Good : Tint::Bad);
        const auto goodIfYes = [](const std::optional<bool> &v) { return !v ? Tint::Unknown : *v ? Tint::Good : Tint::Bad; };
        tree->addField(ocsp, Tr::tr("Signature valid"), optionalYesNo(h.ocsp.signatureValid), goodIfYes(h.ocsp.signatureValid));
        tree->addField(ocsp, Tr::tr("Fresh"), optionalYesNo(h.ocsp.fresh), goodIfYes(h.ocsp.fresh));
        tree->addField(ocsp, Tr::tr("For this certificate"), optionalYesNo(h.ocsp.forCertificate),
                       goodIfYes(h.ocsp.forCertificate));
        tree->addField(ocsp, Tr::tr("This update"), utcText(h.ocsp.thisUpdate));
        tree->addField(ocsp, Tr::tr("Next update"), utcText(h.ocsp.nextUpdate));
        for (const QString &p : j.problems)
            tree->addField(ocsp, Tr::tr("Problem"), p, Tint::Bad);
    }

    if (!h.dhPrimes.isEmpty()) {
        QTreeWidgetItem *dh = tree->addSection(Tr::tr("DHE primes"));
        for (const DhPrime &p : h.dhPrimes) {
            const bool weak = p.bits < 1024 || (p.bits <= 1024 && !p.wellKnown.isEmpty());
            const QString name = p.wellKnown.isEmpty() ? Tr::tr("%1 bits, a prime of its own").arg(p.bits)
                                                       : Tr::tr("%1 bits, %2").arg(p.bits).arg(p.wellKnown);
            QTreeWidgetItem *item = tree->addField(dh, Tr::tr("Prime"), name,
                                                   weak ? Tint::Bad : p.bits < 2048 ? Tint::Poor : Tint::Good);
            for (const QString &suite : p.suites)
                tree->addField(item, Tr::tr("Suite"), suite);
        }
    }
    tree->finish();
}

} // namespace mailtls
