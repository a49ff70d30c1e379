// libFuzzer target: the workspace file reader must reject any input with an
// error message, never crash or hang.

#include "app/inventory/workspace_io.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const mailtls::WorkspaceReadResult r = mailtls::parseWorkspace(input, QStringLiteral("fuzz.json"));
    if (!r.workspace && r.error.isEmpty())
        __builtin_trap(); // a rejection must say why
    if (r.workspace)
        mailtls::workspaceToJson(*r.workspace);
    return 0;
}
