#pragma once

#include <QStringList>

class QTextStream;

namespace mailtls::cli {

// `mailtls-auditor profiles [--json]`: each built-in policy profile's id,
// version, title and rule count, so that an admin can pick one for --profile.
int runProfiles(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mailtls::cli
