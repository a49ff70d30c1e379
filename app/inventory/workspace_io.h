#pragma once

// Reads and writes the native workspace file (JSON, schema in
// docs/workspace-format.md). Reading validates everything and reports the first
// problem with the file name and, for syntax errors, line and column; for
// semantic errors, the JSON path. Writing goes through QSaveFile, so a failed
// save never damages what was already on disk.

#include "app/inventory/workspace.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

namespace mailtls {

struct WorkspaceReadResult
{
    std::optional<Workspace> workspace;
    QString error; // set when workspace is empty
};

// sourceName appears in error messages (usually the file path).
WorkspaceReadResult parseWorkspace(const QByteArray &json, const QString &sourceName);
WorkspaceReadResult loadWorkspaceFile(const QString &path);

QByteArray workspaceToJson(const Workspace &workspace);
// Returns an empty string on success, else a message naming the file.
QString saveWorkspaceFile(const Workspace &workspace, const QString &path);

} // namespace mailtls
