// PLACEHOLDER (branch only): replaced before merging.
#include "probes/hygiene/hygiene_checks.h"

namespace mailtls::hygiene {

void askCcsInjection(const ProbeContext &, const Plan &, HygieneCheck *check)
{
    undecided(check, QStringLiteral("PLACEHOLDER not implemented"));
}

} // namespace mailtls::hygiene
