// libFuzzer target: the CSV host importer must end every input with either a
// workspace or an error that names file:line:column, never a crash.

#include "app/imports/csv_import.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const mailtls::CsvImportResult r = mailtls::importHostsCsv(mailtls::Workspace{}, input, QStringLiteral("f.csv"));
    if (!r.workspace && !r.error.startsWith(QStringLiteral("f.csv:")))
        __builtin_trap(); // a rejection must say where
    if (r.workspace && r.workspace->hosts.size() != r.hostsAdded)
        __builtin_trap();
    return 0;
}
