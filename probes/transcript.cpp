#include "probes/transcript.h"

namespace mailtls {

QString Transcript::printable(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x20 && c < 0x7f && c != '\\')
            out += QLatin1Char(static_cast<char>(c));
        else if (c == '\\')
            out += QStringLiteral("\\\\");
        else
            out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
    }
    return out;
}

void Transcript::add(TranscriptLine::Direction direction, QByteArrayView line)
{
    // Line ends are implied by the transcript's structure.
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
        line.chop(1);
    if (m_bytes >= kMaxBytes) {
        m_truncated = true;
        return;
    }
    QString text = printable(line.first(std::min(line.size(), kMaxLineBytes)));
    if (line.size() > kMaxLineBytes)
        text += QStringLiteral(" [... %1 bytes]").arg(line.size());
    m_bytes += std::min<qsizetype>(line.size(), kMaxLineBytes);
    m_lines.append({direction, text});
}

void Transcript::note(const QString &text)
{
    restore(TranscriptLine::Direction::Note, text);
}

void Transcript::restore(TranscriptLine::Direction direction, const QString &printableText)
{
    if (m_bytes >= kMaxBytes) {
        m_truncated = true;
        return;
    }
    m_bytes += printableText.size();
    m_lines.append({direction, printableText.left(kMaxLineBytes * 4)});
}

QString Transcript::toText() const
{
    QString out;
    for (const TranscriptLine &l : m_lines) {
        switch (l.direction) {
        case TranscriptLine::Direction::Client: out += QStringLiteral("C: "); break;
        case TranscriptLine::Direction::Server: out += QStringLiteral("S: "); break;
        case TranscriptLine::Direction::Note: out += QStringLiteral("   "); break;
        }
        out += l.text + QLatin1Char('\n');
    }
    if (m_truncated)
        out += QStringLiteral("   [transcript truncated]\n");
    return out;
}

} // namespace mailtls
