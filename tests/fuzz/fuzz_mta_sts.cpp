// libFuzzer target: MTA-STS input read three ways (RFC 8461). As a policy
// file: never a crash, every error on a line that exists, at most the bounded
// number of errors, a usable policy has its required fields, and the policy
// re-serialised parses to the same fields. As TXT texts (split at NUL): a
// record found has a well-formed id and reads back from its canonical form.
// As an HTTP response fed in pieces: the reader ends in a final state with
// the body within the cap.

#include "probes/domain/mta_sts.h"
#include "probes/domain/policy_fetch.h"

#include <cstddef>
#include <cstdint>

using namespace mailtls;

namespace {

void checkPolicy(QByteArrayView input)
{
    const StsPolicy p = parseStsPolicy(input);
    if (p.errors.size() > kStsMaxErrors + 1)
        __builtin_trap();
    for (const StsPolicyError &e : p.errors) {
        if (e.line < 0 || e.line > p.lineCount || e.message.isEmpty())
            __builtin_trap(); // every error names a line of the file, or the file (0)
    }
    if (p.usable() && (!p.version || !p.mode || !p.maxAge || (p.mx.isEmpty() && *p.mode != StsMode::None)))
        __builtin_trap();
    if (p.maxAge && (*p.maxAge < 0 || *p.maxAge > kStsMaxAge))
        __builtin_trap();
    for (const QString &mx : p.mx) {
        if (!isValidStsMxPattern(mx))
            __builtin_trap();
    }
    const StsPolicy again = parseStsPolicy(serialiseStsPolicy(p));
    if (again.version != p.version || again.mode != p.mode || again.mx != p.mx || again.maxAge != p.maxAge ||
        again.extensions != p.extensions)
        __builtin_trap(); // re-serialised, the policy reads the same
    if (p.errors.isEmpty() && !again.errors.isEmpty())
        __builtin_trap();
}

void checkRecords(QByteArrayView input)
{
    QStringList texts;
    for (const QByteArray &part : input.toByteArray().split('\0'))
        texts.append(QString::fromUtf8(part));
    const StsRecordResult r = readStsRecords(texts);
    if (r.record.has_value() == !r.errors.isEmpty() && !r.absent())
        __builtin_trap(); // a record or an error, when candidates exist
    if (r.absent() && (r.record || !r.errors.isEmpty()))
        __builtin_trap();
    if (r.record) {
        if (r.record->id.isEmpty() || r.record->id.size() > 32)
            __builtin_trap();
        QString error;
        const auto again = parseStsRecord(serialiseStsRecord(*r.record), &error);
        if (!again || again->id != r.record->id || again->extensions != r.record->extensions)
            __builtin_trap();
    }
}

void checkHttp(QByteArrayView input)
{
    if (input.isEmpty())
        return;
    // The first byte picks the piece size, so that framing is split anywhere.
    const qsizetype piece = 1 + static_cast<unsigned char>(input.front()) % 64;
    const qsizetype maxBody = 1 + static_cast<unsigned char>(input.front()) * 8;
    HttpResponseReader reader(maxBody);
    input = input.sliced(1);
    for (qsizetype i = 0; i < input.size(); i += piece)
        reader.feed(input.sliced(i, qMin(piece, input.size() - i)));
    reader.finish();
    using State = HttpResponseReader::State;
    if (reader.state() == State::Head || reader.state() == State::Body)
        __builtin_trap(); // after the end of the stream the reader has decided
    if (reader.body().size() > maxBody)
        __builtin_trap();
    if (reader.state() == State::Malformed && reader.error().isEmpty())
        __builtin_trap();
    if (reader.state() == State::Done && (reader.status() < 200 || reader.status() > 999))
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    checkPolicy(input);
    checkRecords(input);
    checkHttp(input);
    // MX patterns: a well-formed exact pattern matches itself, with or without a trailing dot.
    const QString text = QString::fromUtf8(input.first(qMin<qsizetype>(input.size(), 300)));
    if (isValidStsMxPattern(text) && !text.startsWith(QLatin1String("*.")) &&
        (!stsMxMatches(text, text) || !stsMxMatches(text, QString(text + QLatin1Char('.')))))
        __builtin_trap();
    return 0;
}
