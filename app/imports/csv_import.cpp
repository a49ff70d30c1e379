#include "app/imports/csv_import.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Import)
};

struct Field
{
    QString text;
    int line = 0;
    int column = 0; // 1-based, in characters
};

using Row = QList<Field>;

// Why a file is refused, and where.
struct CsvError
{
    int line = 0;
    int column = 0;
    QString what;
};

using MaybeError = std::optional<CsvError>;

// RFC 4180 with the usual leniencies (LF alone, a BOM); positions for errors.
class CsvScanner
{
public:
    explicit CsvScanner(const QString &text) : m_text(text) {}

    // Every record that is not blank, field by field.
    MaybeError readRows(QList<Row> *rows)
    {
        Row row;
        while (m_i <= m_text.size()) {
            Field f{{}, m_line, m_column};
            if (at(u'"')) {
                if (MaybeError e = readQuoted(f))
                    return e;
            } else {
                readPlain(f);
            }
            row.append(f);
            if (at(u',')) {
                next();
                continue;
            }
            endRecord(row, rows);
            if (m_i >= m_text.size())
                break;
        }
        return std::nullopt;
    }

private:
    bool at(char16_t c) const { return m_i < m_text.size() && m_text.at(m_i) == QChar(c); }
    bool atFieldEnd() const { return m_i >= m_text.size() || at(u',') || at(u'\n') || at(u'\r'); }
    void next(int characters = 1)
    {
        m_i += characters;
        m_column += characters;
    }

    // A field in quotes: "" stands for one quote; line breaks belong to the field.
    MaybeError readQuoted(Field &f)
    {
        next();
        bool closed = false;
        while (m_i < m_text.size()) {
            const QChar c = m_text.at(m_i);
            if (c == QLatin1Char('"')) {
                if (m_i + 1 < m_text.size() && m_text.at(m_i + 1) == QLatin1Char('"')) {
                    f.text += QLatin1Char('"');
                    next(2);
                    continue;
                }
                next();
                closed = true;
                break;
            }
            if (c == QLatin1Char('\n')) {
                ++m_line;
                m_column = 1;
            } else {
                ++m_column;
            }
            f.text += c;
            ++m_i;
        }
        if (!closed)
            return CsvError{f.line, f.column, Tr::tr("a quoted field is not closed")};
        if (!atFieldEnd())
            return CsvError{m_line, m_column, Tr::tr("text after a closing quote")};
        return std::nullopt;
    }

    void readPlain(Field &f)
    {
        while (!atFieldEnd()) {
            f.text += m_text.at(m_i);
            next();
        }
    }

    // End of a record: CRLF, LF, or the end of the text.
    void endRecord(Row &row, QList<Row> *rows)
    {
        if (at(u'\r'))
            ++m_i;
        if (at(u'\n'))
            ++m_i;
        const bool blank = row.size() == 1 && row.first().text.trimmed().isEmpty();
        if (!blank)
            rows->append(row);
        row.clear();
        ++m_line;
        m_column = 1;
    }

    const QString &m_text;
    qsizetype m_i = 0;
    int m_line = 1;
    int m_column = 1; // 1-based, in characters
};

QStringList splitList(const QString &s)
{
    static const QRegularExpression separators(QStringLiteral("[;\\s]+"));
    return s.split(separators, Qt::SkipEmptyParts);
}

// The text of the file (without a BOM), cut into rows; the first is the header.
MaybeError splitRows(const QByteArray &csv, QList<Row> *rows)
{
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter) && !bytes.contains("\xEF\xBF\xBD"))
        return CsvError{1, 1, Tr::tr("the file is not UTF-8")};
    if (MaybeError e = CsvScanner(text).readRows(rows))
        return e;
    if (rows->isEmpty())
        return CsvError{1, 1, Tr::tr("no header row")};
    return std::nullopt;
}

// 1. The header: known columns, each once, "host" required.
MaybeError readHeader(const Row &header, QMap<QString, int> *columns)
{
    static const QStringList known{QStringLiteral("host"),  QStringLiteral("address"),  QStringLiteral("roles"),
                                   QStringLiteral("zone"),  QStringLiteral("site"),     QStringLiteral("software"),
                                   QStringLiteral("protocol"), QStringLiteral("port")};
    for (int c = 0; c < header.size(); ++c) {
        const Field &f = header.at(c);
        const QString name = f.text.trimmed().toLower();
        if (!known.contains(name))
            return CsvError{f.line, f.column, Tr::tr("unknown column '%1' (known: %2)").arg(f.text, known.join(QStringLiteral(", ")))};
        if (columns->contains(name))
            return CsvError{f.line, f.column, Tr::tr("column '%1' appears twice").arg(name)};
        columns->insert(name, c);
    }
    if (!columns->contains(QStringLiteral("host")))
        return CsvError{header.first().line, 1, Tr::tr("the header has no 'host' column")};
    return std::nullopt;
}

// One data row, its fields looked up by column name.
struct CsvRow
{
    const Row &row;
    const QMap<QString, int> &columns;

    const Field *field(const char *name) const
    {
        const auto it = columns.constFind(QLatin1StringView(name));
        return it == columns.cend() ? nullptr : &row.at(*it);
    }
    QString value(const char *name) const
    {
        const Field *f = field(name);
        return f ? f->text.trimmed() : QString();
    }
    // An error at the field of that column.
    CsvError at(const char *name, const QString &what) const
    {
        return {field(name)->line, field(name)->column, what};
    }
};

MaybeError readAddressesAndRoles(const CsvRow &row, Host *incoming)
{
    incoming->addresses = splitList(row.value("address"));
    for (const QString &a : std::as_const(incoming->addresses)) {
        if (!isIpLiteral(a))
            return row.at("address", Tr::tr("'%1' is not an IP address").arg(a));
    }
    for (const QString &key : splitList(row.value("roles"))) {
        const auto role = hostRoleFromKey(key);
        if (!role) {
            QStringList keys;
            for (HostRole k : allHostRoles())
                keys.append(hostRoleKey(k));
            return row.at("roles", Tr::tr("unknown role '%1' (known: %2)").arg(key, keys.join(QStringLiteral(", "))));
        }
        incoming->roles.append(*role);
    }
    return std::nullopt;
}

// The row's endpoint, when it names a protocol (and maybe a port).
MaybeError readEndpoint(const CsvRow &row, std::optional<Endpoint> *endpoint)
{
    const QString scheme = row.value("protocol").toLower();
    if (scheme.isEmpty()) {
        if (!row.value("port").isEmpty())
            return row.at("port", Tr::tr("a port without a protocol"));
        return std::nullopt;
    }
    const auto protocol = protocolFromScheme(scheme);
    if (!protocol)
        return row.at("protocol", Tr::tr("unknown protocol '%1'").arg(scheme));
    Endpoint e;
    e.protocol = *protocol;
    e.port = protocolInfo(*protocol).defaultPort;
    const QString port = row.value("port");
    if (!port.isEmpty()) {
        bool ok = false;
        const uint p = port.toUInt(&ok);
        if (!ok || p == 0 || p > 65535)
            return row.at("port", Tr::tr("'%1' is not a port").arg(port));
        e.port = static_cast<quint16>(p);
    }
    *endpoint = e;
    return std::nullopt;
}

// The host a row describes, and its endpoint if it names one.
MaybeError readHostRow(const CsvRow &row, Host *incoming, std::optional<Endpoint> *endpoint)
{
    const Field *hostField = row.field("host");
    const QString name = hostField->text.trimmed();
    if (!isHostName(name))
        return CsvError{hostField->line, hostField->column, Tr::tr("'%1' is not a host name").arg(name)};
    incoming->name = name;
    if (MaybeError e = readAddressesAndRoles(row, incoming))
        return e;
    const QString zone = row.value("zone");
    if (!zone.isEmpty()) {
        const auto z = zoneFromKey(zone.toLower());
        if (!z)
            return row.at("zone", Tr::tr("zone must be internal or external, not '%1'").arg(zone));
        incoming->zone = *z;
    }
    incoming->site = row.value("site");
    incoming->software = row.value("software");
    return readEndpoint(row, endpoint);
}

// A row's host merged into the workspace's host of that name. Within this file
// (described: an earlier row named it), rows of one host must agree; against
// the workspace, the file adds.
MaybeError mergeInto(Host &h, const Host &incoming, const CsvRow &row, bool described)
{
    const bool zoneGiven = !row.value("zone").isEmpty();
    if (described && zoneGiven && incoming.zone != h.zone)
        return row.at("zone", Tr::tr("host %1 is %2 on an earlier row").arg(incoming.name, zoneKey(h.zone)));
    if (described && !incoming.site.isEmpty() && !h.site.isEmpty() && incoming.site != h.site)
        return row.at("site", Tr::tr("host %1 is at site '%2' on an earlier row").arg(incoming.name, h.site));
    addAddressesAndRoles(h, incoming);
    if (zoneGiven)
        h.zone = incoming.zone;
    if (!incoming.site.isEmpty())
        h.site = incoming.site;
    if (!incoming.software.isEmpty())
        h.software = incoming.software;
    return std::nullopt;
}

// 2. One row, merged by host name into the workspace (fromCsv: the hosts this file described).
MaybeError importRow(const CsvRow &row, Workspace &ws, QSet<QString> &fromCsv, CsvImportResult &result)
{
    Host incoming;
    std::optional<Endpoint> endpoint;
    if (MaybeError e = readHostRow(row, &incoming, &endpoint))
        return e;
    const QString &name = incoming.name;
    auto existing = std::find_if(ws.hosts.begin(), ws.hosts.end(),
                                 [&](const Host &h) { return h.name.compare(name, Qt::CaseInsensitive) == 0; });
    if (existing == ws.hosts.end()) {
        incoming.id = newHostId(name, ws);
        ws.hosts.append(incoming);
        existing = ws.hosts.end() - 1;
        existing->endpoints.clear();
        ++result.hostsAdded;
    } else if (MaybeError e = mergeInto(*existing, incoming, row, fromCsv.contains(name.toLower()))) {
        return e;
    }
    fromCsv.insert(name.toLower());
    if (endpoint && addEndpoint(&ws, existing - ws.hosts.begin(), *endpoint))
        ++result.endpointsAdded;
    return std::nullopt;
}

} // namespace

QString csvSizeError(qint64 size, const QString &sourceName)
{
    if (size <= kMaxCsvBytes)
        return {};
    return QStringLiteral("%1:1:1: ").arg(sourceName) +
           Tr::tr("the file is larger than %1 MiB: split it, or import the hosts with another source")
               .arg(kMaxCsvBytes / (1024 * 1024));
}

CsvImportResult importHostsCsv(const Workspace &into, const QByteArray &csv, const QString &sourceName)
{
    CsvImportResult result;
    if (const QString e = csvSizeError(csv.size(), sourceName); !e.isEmpty()) {
        result.error = e;
        return result;
    }
    auto fail = [&](const CsvError &e) {
        result.error = QStringLiteral("%1:%2:%3: %4").arg(sourceName).arg(e.line).arg(e.column).arg(e.what);
        result.workspace.reset();
        return result;
    };
    QList<Row> rows;
    if (MaybeError e = splitRows(csv, &rows))
        return fail(*e);
    QMap<QString, int> columns;
    if (MaybeError e = readHeader(rows.first(), &columns))
        return fail(*e);

    // 2. Rows, merged by host name into a copy of the workspace.
    Workspace ws = into;
    QSet<QString> fromCsv; // hosts this file described: their rows must agree
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const Row &row = rows.at(r);
        if (row.size() != rows.first().size()) {
            return fail({row.first().line, row.constLast().column,
                         QStringLiteral("%1 fields where the header has %2").arg(row.size()).arg(rows.first().size())});
        }
        if (MaybeError e = importRow(CsvRow{row, columns}, ws, fromCsv, result))
            return fail(*e);
    }

    // 3. Links to new endpoints that users or the Internet reach.
    result.linksAdded = addReachLinks(&ws);
    result.workspace = ws;
    return result;
}

} // namespace mailtls
