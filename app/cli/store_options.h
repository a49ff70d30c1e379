#pragma once

// --db, shared by the commands that open the audit store (audit, runs,
// findings): a path or URL (store_location.h), the SQLite file in the user's
// data folder when not given.

#include "app/store/store_location.h"

#include <QCommandLineOption>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace mailtls::cli {

QCommandLineOption dbOption();
// Where --db says; nullopt (with a message on err naming the command) when it cannot be understood.
std::optional<StoreLocation> dbLocation(const QCommandLineParser &parser, const QCommandLineOption &db,
                                        const QString &command, QTextStream &err);

} // namespace mailtls::cli
