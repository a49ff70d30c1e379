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
    return hygieneCheckLabel(key);
}

bool hygieneTrueIsGood(QStringView key)
{
    return hygieneGoodValue(key) == std::optional<bool>(true);
}

HygieneReading hygieneReading(QStringView key, const std::optional<bool> &value)
{
    if (!value)
        return HygieneReading::Undecided;
    const std::optional<bool> good = hygieneGoodValue(key);
    if (!good)
        return HygieneReading::Neutral;
    return *value == *good ? HygieneReading::Good : HygieneReading::Bad;
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
