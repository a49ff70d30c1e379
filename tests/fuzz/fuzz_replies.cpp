// libFuzzer target: the cleartext reply parsers and the transcript escaper,
// fed arbitrary server bytes split into lines.

#include "probes/replies.h"
#include "probes/transcript.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QList<QByteArray> lines = input.split('\n');

    mailtls::SmtpReplyParser parser;
    for (const QByteArray &line : lines) {
        if (parser.feed(line) != mailtls::SmtpReplyParser::State::NeedMore)
            break;
    }
    mailtls::ehloKeywords(parser.reply());
    mailtls::ehloAuthMechanisms(parser.reply());
    for (const QByteArray &line : lines)
        mailtls::imapCapabilities(line);
    mailtls::pop3Capabilities(lines);
    mailtls::sieveCapabilities(lines);
    mailtls::parseHttpHead(input);

    mailtls::Transcript transcript;
    for (const QByteArray &line : lines)
        transcript.server(line);
    const QString text = transcript.toText();
    for (QChar c : text) {
        if (c != QLatin1Char('\n') && (c.unicode() < 0x20 || c.unicode() >= 0x7f))
            __builtin_trap(); // a raw control or non-ASCII byte reached the evidence
    }
    return 0;
}
