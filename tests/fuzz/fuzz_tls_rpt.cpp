// libFuzzer target: the TLS-RPT readers must end every input (a report's
// JSON, gzip, a message, an mbox, garbage; a TXT record's text) with reports
// or errors naming the source, within their bounds, never a crash or a hang.

#include "app/imports/tls_rpt_report.h"
#include "app/imports/tls_rpt_sources.h"
#include "probes/domain/tls_rpt.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    mailtls::TlsRptImport imported;
    mailtls::readTlsRptData(input, QStringLiteral("f"), &imported);
    for (const QString &e : imported.errors) {
        if (!e.startsWith(QStringLiteral("f")))
            __builtin_trap(); // an error names the source
    }
    for (const mailtls::TlsRptReport &r : imported.reports) {
        if (r.organization.trimmed().isEmpty() || r.reportId.trimmed().isEmpty() || r.end < r.start ||
            r.json.size() > mailtls::kMaxReportBytes)
            __builtin_trap();
        for (const mailtls::TlsRptPolicyResult &p : r.policies) {
            if (p.successfulSessions < 0 || p.failedSessions < 0 || p.successfulSessions > mailtls::kMaxSessionCount ||
                p.failedSessions > mailtls::kMaxSessionCount)
                __builtin_trap(); // counts are whole, bounded and not negative
            for (const mailtls::TlsRptFailure &f : p.failures) {
                if (f.failedSessionCount < 0 || f.failedSessionCount > mailtls::kMaxSessionCount)
                    __builtin_trap();
            }
        }
    }
    // The views over whatever was read.
    mailtls::tlsRptDaily(imported.reports);
    mailtls::tlsRptByMxHost(imported.reports, {QStringLiteral("mx1.kumo.example")});

    // The same bytes as a TXT record's text, and as several records' texts.
    const QString text = QString::fromUtf8(input);
    QString error;
    if (const auto record = mailtls::domain::parseTlsRptRecord(text, &error)) {
        if (record->rua.isEmpty())
            __builtin_trap(); // a record that parses names a destination
        for (const QString &uri : record->rua) {
            if (!uri.startsWith(QStringLiteral("mailto:"), Qt::CaseInsensitive) &&
                !uri.startsWith(QStringLiteral("https:"), Qt::CaseInsensitive))
                __builtin_trap();
        }
    } else if (error.isEmpty()) {
        __builtin_trap(); // a refusal says why
    }
    const mailtls::domain::TlsRptPolicy policy = mailtls::domain::parseTlsRptPolicy(text.split(QLatin1Char('\n')));
    if (policy.record && policy.candidates.size() != 1)
        __builtin_trap(); // a record is taken only when it is the one
    return 0;
}
