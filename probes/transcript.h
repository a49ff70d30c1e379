#pragma once

// The evidence of a dialogue: what the client sent and the server answered,
// bounded in size, with every byte a hostile server could use to inject
// markup or control sequences made visible as an escape.

#include <QList>
#include <QString>

namespace mailtls {

struct TranscriptLine
{
    enum class Direction { Client, Server, Note };
    Direction direction;
    QString text; // printable: control bytes are shown as \xNN, never raw
    bool operator==(const TranscriptLine &) const = default;
};

class Transcript
{
public:
    static constexpr qsizetype kMaxBytes = 32 * 1024; // per endpoint dialogue
    static constexpr qsizetype kMaxLineBytes = 1024;  // longer lines are cut, marked "[...]"

    void client(QByteArrayView line) { add(TranscriptLine::Direction::Client, line); }
    void server(QByteArrayView line) { add(TranscriptLine::Direction::Server, line); }
    void note(const QString &text);
    // A line already made printable (read back from stored JSON): kept as it is, within the bounds.
    void restore(TranscriptLine::Direction direction, const QString &printableText);

    const QList<TranscriptLine> &lines() const { return m_lines; }
    bool truncated() const { return m_truncated; }
    // "C: EHLO ...", "S: 250 ...", "   note" lines joined by newlines.
    QString toText() const;

    // Makes bytes from the network printable: ASCII stays, other bytes become \xNN.
    static QString printable(QByteArrayView bytes);

private:
    void add(TranscriptLine::Direction direction, QByteArrayView line);

    QList<TranscriptLine> m_lines;
    qsizetype m_bytes = 0;
    bool m_truncated = false;
};

} // namespace mailtls
