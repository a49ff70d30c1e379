#pragma once

// How the TLS hygiene checks of a probe result (probes/hygiene/hygiene.h)
// read for people: each check's name, which way its answer points, its
// value in words, and what is wrong with a stapled OCSP response. Shared by
// the policy checks, the details pane and the report, so that all three
// name and judge a check alike. Pure functions; text through tr().

#include "probes/hygiene/hygiene.h"

#include <QStringList>

namespace mailtls {

// What an answer means for the server.
enum class HygieneReading
{
    Good,      // fallback protection honoured, an OCSP response stapled, a weakness absent
    Bad,       // a weakness present, a protection missing
    Neutral,   // neither (session resumption: a feature, judged by its details)
    Undecided, // no answer (nullopt)
};

// The check's name, translated ("TLS compression (CRIME)"); the key itself when unknown.
QString hygieneLabel(QStringView key);
// Whether true is the good answer (fallback_scsv, ocsp_stapling); false for the rest.
bool hygieneTrueIsGood(QStringView key);
HygieneReading hygieneReading(QStringView key, const std::optional<bool> &value);
// "yes", "no", "undecided" (translated).
QString hygieneValueText(const std::optional<bool> &value);

// What a stapled OCSP response (ocsp_stapling true) shows against the
// certificate: what is wrong with it, and what could not be checked. Both
// empty: a good response, signed, fresh and for this certificate.
struct StapleJudgement
{
    QStringList problems;
    QStringList undecided;
};
StapleJudgement judgeStaple(const OcspStaple &staple);

} // namespace mailtls
