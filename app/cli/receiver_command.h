#pragma once

#include <QStringList>

class QTextStream;

namespace mailtls::cli {

// `mailtls-auditor receiver --listen ADDR:PORT [--scenario NAME]... [--hostname NAME]
//  [--cert FILE --key FILE] [--json FILE] [--timeout S] [--sessions N]`: the test
// receiver an outbound relay delivers to (probes/receiver/smtp_receiver.h).
int runReceiver(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace mailtls::cli
