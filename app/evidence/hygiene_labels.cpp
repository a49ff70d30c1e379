// Names, directions and words for the TLS hygiene checks (hygiene_labels.h).

#include "app/evidence/hygiene_labels.h"

#include <QCoreApplication>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::HygieneLabels)
};

QString utcText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : Tr::tr("not given");
}

} // namespace

QString hygieneLabel(QStringView key)
{
    if (key == u"compression")
        return Tr::tr("TLS compression (CRIME)");
    if (key == u"client_renegotiation")
        return Tr::tr("Client-initiated renegotiation");
    if (key == u"insecure_renegotiation")
        return Tr::tr("Renegotiation without RFC 5746");
    if (key == u"fallback_scsv")
        return Tr::tr("Downgrade protection (TLS_FALLBACK_SCSV)");
    if (key == u"heartbeat")
        return Tr::tr("Heartbeat extension");
    if (key == u"heartbleed")
        return Tr::tr("Heartbleed (CVE-2014-0160)");
    if (key == u"ccs_injection")
        return Tr::tr("CCS injection (CVE-2014-0224)");
    if (key == u"robot")
        return Tr::tr("ROBOT (RSA padding oracle)");
    if (key == u"session_resumption")
        return Tr::tr("Session resumption");
    if (key == u"ocsp_stapling")
        return Tr::tr("OCSP stapling");
    if (key == u"dh")
        return Tr::tr("Weak DH prime (Logjam)");
    if (key == u"sweet32")
        return Tr::tr("64-bit block ciphers (Sweet32)");
    if (key == u"poodle_ssl3")
        return Tr::tr("SSL 3.0 with CBC (POODLE)");
    return key.toString();
}

bool hygieneTrueIsGood(QStringView key)
{
    return key == u"fallback_scsv" || key == u"ocsp_stapling";
}

HygieneReading hygieneReading(QStringView key, const std::optional<bool> &value)
{
    if (!value)
        return HygieneReading::Undecided;
    if (key == u"session_resumption")
        return HygieneReading::Neutral;
    return *value == hygieneTrueIsGood(key) ? HygieneReading::Good : HygieneReading::Bad;
}

QString hygieneValueText(const std::optional<bool> &value)
{
    return !value ? Tr::tr("undecided") : *value ? Tr::tr("yes") : Tr::tr("no");
}

StapleJudgement judgeStaple(const OcspStaple &s)
{
    StapleJudgement j;
    if (s.responseStatus.isEmpty())
        j.undecided << Tr::tr("the stapled response was not read");
    else if (s.responseStatus != QLatin1StringView("successful"))
        j.problems << Tr::tr("the stapled response is not an answer: the responder said %1").arg(s.responseStatus);
    if (s.forCertificate == false)
        j.problems << Tr::tr("the stapled response is not for this certificate");
    else if (!s.forCertificate)
        j.undecided << Tr::tr("whether the stapled response names this certificate was not checked");
    if (s.certStatus == QLatin1StringView("revoked"))
        j.problems << Tr::tr("the stapled response says the certificate is revoked");
    else if (s.certStatus == QLatin1StringView("unknown"))
        j.problems << Tr::tr("the stapled response says the responder does not know the certificate");
    if (s.signatureValid == false)
        j.problems << Tr::tr("the stapled response's signature does not verify against the issuer");
    else if (!s.signatureValid)
        j.undecided << Tr::tr("the stapled response's signature was not checked");
    if (s.fresh == false)
        j.problems << Tr::tr("the stapled response is stale (this update %1, next update %2)")
                          .arg(utcText(s.thisUpdate), utcText(s.nextUpdate));
    else if (!s.fresh)
        j.undecided << Tr::tr("whether the stapled response is fresh was not checked");
    return j;
}

} // namespace mailtls
