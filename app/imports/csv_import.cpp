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

// RFC 4180 with the usual leniencies (LF alone, a BOM); positions for errors.
bool parseCsv(const QString &text, QList<Row> *rows, QString *error, int *errorLine, int *errorColumn)
{
    int line = 1;
    int column = 1;
    qsizetype i = 0;
    Row row;
    while (i <= text.size()) {
        Field f;
        f.line = line;
        f.column = column;
        if (i < text.size() && text.at(i) == QLatin1Char('"')) {
            ++i;
            ++column;
            bool closed = false;
            while (i < text.size()) {
                const QChar c = text.at(i);
                if (c == QLatin1Char('"')) {
                    if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                        f.text += QLatin1Char('"');
                        i += 2;
                        column += 2;
                        continue;
                    }
                    ++i;
                    ++column;
                    closed = true;
                    break;
                }
                if (c == QLatin1Char('\n')) {
                    ++line;
                    column = 1;
                } else {
                    ++column;
                }
                f.text += c;
                ++i;
            }
            if (!closed) {
                *error = Tr::tr("a quoted field is not closed");
                *errorLine = f.line;
                *errorColumn = f.column;
                return false;
            }
            if (i < text.size() && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\n') &&
                text.at(i) != QLatin1Char('\r')) {
                *error = Tr::tr("text after a closing quote");
                *errorLine = line;
                *errorColumn = column;
                return false;
            }
        } else {
            while (i < text.size() && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\n') &&
                   text.at(i) != QLatin1Char('\r')) {
                f.text += text.at(i);
                ++i;
                ++column;
            }
        }
        row.append(f);
        if (i < text.size() && text.at(i) == QLatin1Char(',')) {
            ++i;
            ++column;
            continue;
        }
        // End of a record: CRLF, LF, or the end of the text.
        if (i < text.size() && text.at(i) == QLatin1Char('\r'))
            ++i;
        if (i < text.size() && text.at(i) == QLatin1Char('\n'))
            ++i;
        const bool blank = row.size() == 1 && row.first().text.trimmed().isEmpty();
        if (!blank)
            rows->append(row);
        row.clear();
        ++line;
        column = 1;
        if (i >= text.size())
            break;
    }
    return true;
}

QStringList splitList(const QString &s)
{
    static const QRegularExpression separators(QStringLiteral("[;\\s]+"));
    return s.split(separators, Qt::SkipEmptyParts);
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
    auto fail = [&](int line, int column, const QString &what) {
        result.error = QStringLiteral("%1:%2:%3: %4").arg(sourceName).arg(line).arg(column).arg(what);
        result.workspace.reset();
        return result;
    };
    if (const QString e = csvSizeError(csv.size(), sourceName); !e.isEmpty()) {
        result.error = e;
        return result;
    }
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter) && !bytes.contains("\xEF\xBF\xBD"))
        return fail(1, 1, Tr::tr("the file is not UTF-8"));
    QList<Row> rows;
    QString error;
    int errorLine = 0;
    int errorColumn = 0;
    if (!parseCsv(text, &rows, &error, &errorLine, &errorColumn))
        return fail(errorLine, errorColumn, error);
    if (rows.isEmpty())
        return fail(1, 1, Tr::tr("no header row"));

    // 1. The header: known columns, each once, "host" required.
    static const QStringList known{QStringLiteral("host"),  QStringLiteral("address"),  QStringLiteral("roles"),
                                   QStringLiteral("zone"),  QStringLiteral("site"),     QStringLiteral("software"),
                                   QStringLiteral("protocol"), QStringLiteral("port")};
    QMap<QString, int> columns;
    for (int c = 0; c < rows.first().size(); ++c) {
        const Field &f = rows.first().at(c);
        const QString name = f.text.trimmed().toLower();
        if (!known.contains(name))
            return fail(f.line, f.column, Tr::tr("unknown column '%1' (known: %2)").arg(f.text, known.join(QStringLiteral(", "))));
        if (columns.contains(name))
            return fail(f.line, f.column, Tr::tr("column '%1' appears twice").arg(name));
        columns.insert(name, c);
    }
    if (!columns.contains(QStringLiteral("host")))
        return fail(rows.first().first().line, 1, Tr::tr("the header has no 'host' column"));

    // 2. Rows, merged by host name into a copy of the workspace.
    Workspace ws = into;
    QSet<QString> fromCsv; // hosts this file described: their rows must agree
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const Row &row = rows.at(r);
        if (row.size() != rows.first().size()) {
            return fail(row.first().line, row.constLast().column,
                        QStringLiteral("%1 fields where the header has %2").arg(row.size()).arg(rows.first().size()));
        }
        auto field = [&](const char *name) -> const Field * {
            const auto it = columns.constFind(QLatin1StringView(name));
            return it == columns.cend() ? nullptr : &row.at(*it);
        };
        auto value = [&](const char *name) { const Field *f = field(name); return f ? f->text.trimmed() : QString(); };
        const Field *hostField = field("host");
        const QString name = hostField->text.trimmed();
        if (!isHostName(name))
            return fail(hostField->line, hostField->column, Tr::tr("'%1' is not a host name").arg(name));

        Host incoming;
        incoming.name = name;
        incoming.addresses = splitList(value("address"));
        for (const QString &a : std::as_const(incoming.addresses)) {
            if (!isIpLiteral(a))
                return fail(field("address")->line, field("address")->column, Tr::tr("'%1' is not an IP address").arg(a));
        }
        for (const QString &key : splitList(value("roles"))) {
            const auto role = hostRoleFromKey(key);
            if (!role) {
                QStringList keys;
                for (HostRole k : allHostRoles())
                    keys.append(hostRoleKey(k));
                return fail(field("roles")->line, field("roles")->column,
                            Tr::tr("unknown role '%1' (known: %2)").arg(key, keys.join(QStringLiteral(", "))));
            }
            incoming.roles.append(*role);
        }
        const QString zone = value("zone");
        if (!zone.isEmpty()) {
            const auto z = zoneFromKey(zone.toLower());
            if (!z)
                return fail(field("zone")->line, field("zone")->column, Tr::tr("zone must be internal or external, not '%1'").arg(zone));
            incoming.zone = *z;
        }
        incoming.site = value("site");
        incoming.software = value("software");
        std::optional<Endpoint> endpoint;
        const QString scheme = value("protocol").toLower();
        if (!scheme.isEmpty()) {
            const auto protocol = protocolFromScheme(scheme);
            if (!protocol)
                return fail(field("protocol")->line, field("protocol")->column, Tr::tr("unknown protocol '%1'").arg(scheme));
            Endpoint e;
            e.protocol = *protocol;
            e.port = protocolInfo(*protocol).defaultPort;
            const QString port = value("port");
            if (!port.isEmpty()) {
                bool ok = false;
                const uint p = port.toUInt(&ok);
                if (!ok || p == 0 || p > 65535)
                    return fail(field("port")->line, field("port")->column, Tr::tr("'%1' is not a port").arg(port));
                e.port = static_cast<quint16>(p);
            }
            endpoint = e;
        } else if (!value("port").isEmpty()) {
            return fail(field("port")->line, field("port")->column, Tr::tr("a port without a protocol"));
        }

        // Merge into the host of that name, or add it.
        auto existing = std::find_if(ws.hosts.begin(), ws.hosts.end(),
                                     [&](const Host &h) { return h.name.compare(name, Qt::CaseInsensitive) == 0; });
        if (existing == ws.hosts.end()) {
            incoming.id = newHostId(name, ws);
            ws.hosts.append(incoming);
            existing = ws.hosts.end() - 1;
            existing->endpoints.clear();
            ++result.hostsAdded;
            fromCsv.insert(name.toLower());
        } else {
            Host &h = *existing;
            const bool described = fromCsv.contains(name.toLower());
            // Within this file, rows of one host must agree; against the workspace, the file adds.
            if (described && !zone.isEmpty() && incoming.zone != h.zone)
                return fail(field("zone")->line, field("zone")->column,
                            Tr::tr("host %1 is %2 on an earlier row").arg(name, zoneKey(h.zone)));
            if (described && !incoming.site.isEmpty() && !h.site.isEmpty() && incoming.site != h.site)
                return fail(field("site")->line, field("site")->column,
                            Tr::tr("host %1 is at site '%2' on an earlier row").arg(name, h.site));
            fromCsv.insert(name.toLower());
            for (const QString &a : std::as_const(incoming.addresses)) {
                if (!h.addresses.contains(a))
                    h.addresses.append(a);
            }
            for (HostRole role : std::as_const(incoming.roles)) {
                if (!h.roles.contains(role))
                    h.roles.append(role);
            }
            if (!zone.isEmpty())
                h.zone = incoming.zone;
            if (!incoming.site.isEmpty())
                h.site = incoming.site;
            if (!incoming.software.isEmpty())
                h.software = incoming.software;
        }
        if (endpoint && addEndpoint(&ws, existing - ws.hosts.begin(), *endpoint))
            ++result.endpointsAdded;
    }

    // 3. Links to new endpoints that users or the Internet reach.
    result.linksAdded = addReachLinks(&ws);
    result.workspace = ws;
    return result;
}

} // namespace mailtls
