// PLACEHOLDER (branch only): replaced before merging.
#include "probes/hygiene/hygiene_checks.h"

namespace mailtls::hygiene {

void askSessionResumption(const ProbeContext &, const Plan &, HygieneCheck *check, SessionResumption *)
{
    undecided(check, QStringLiteral("PLACEHOLDER not implemented"));
}

} // namespace mailtls::hygiene
