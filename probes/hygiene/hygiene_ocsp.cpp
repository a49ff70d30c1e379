// PLACEHOLDER (branch only): replaced before merging.
#include "probes/hygiene/hygiene_checks.h"

namespace mailtls::hygiene {

void judgeOcspStaple(const HygieneInput &, HygieneCheck *check, OcspStaple *)
{
    undecided(check, QStringLiteral("PLACEHOLDER not implemented"));
}

} // namespace mailtls::hygiene
