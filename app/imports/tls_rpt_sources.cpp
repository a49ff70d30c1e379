#include "app/imports/tls_rpt_sources.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zlib.h>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::TlsRptReport)
};

constexpr int kMaxHeaderLines = 2000;

// One MIME entity: its headers (names lower-cased, values unfolded) and its body, line ends as LF.
struct Entity
{
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (h.first == name)
                return h.second;
        }
        return {};
    }
};

Entity splitEntity(const QByteArray &data)
{
    Entity e;
    qsizetype pos = 0;
    int lines = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        const QByteArray line = data.mid(pos, end - pos);
        pos = end + 1;
        if (line.isEmpty())
            break; // the blank line before the body
        if (++lines > kMaxHeaderLines)
            break;
        if ((line.front() == ' ' || line.front() == '\t') && !e.headers.isEmpty()) {
            e.headers.last().second += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue; // not a header: an mbox "From " line, or damage
        e.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    e.body = pos < data.size() ? data.mid(pos) : QByteArray();
    return e;
}

// "type/subtype; name=value; name="quoted"" -> the type (lower-cased) and the parameters (names lower-cased).
QByteArray mimeType(const QByteArray &value, QMap<QByteArray, QString> *params)
{
    const qsizetype semi = value.indexOf(';');
    const QByteArray type = (semi < 0 ? value : value.left(semi)).trimmed().toLower();
    qsizetype i = semi < 0 ? value.size() : semi + 1;
    while (i < value.size()) {
        while (i < value.size() && (value.at(i) == ' ' || value.at(i) == '\t' || value.at(i) == ';'))
            ++i;
        const qsizetype eq = value.indexOf('=', i);
        if (eq < 0)
            break;
        const QByteArray name = value.mid(i, eq - i).trimmed().toLower();
        i = eq + 1;
        QByteArray v;
        if (i < value.size() && value.at(i) == '"') {
            ++i;
            while (i < value.size() && value.at(i) != '"') {
                if (value.at(i) == '\\' && i + 1 < value.size())
                    ++i;
                v += value.at(i++);
            }
            ++i; // the closing quote
        } else {
            const qsizetype end = value.indexOf(';', i);
            v = value.mid(i, (end < 0 ? value.size() : end) - i).trimmed();
            i = end < 0 ? value.size() : end;
        }
        if (name.endsWith('*')) {
            // RFC 2231: charset'language'percent-encoded
            const qsizetype q = v.indexOf('\'', v.indexOf('\'') + 1);
            params->insert(name.chopped(1), QString::fromUtf8(QByteArray::fromPercentEncoding(v.mid(q + 1))));
        } else if (!params->contains(name)) {
            params->insert(name, QString::fromUtf8(v));
        }
    }
    return type;
}

QByteArray quotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        if (i + 1 < in.size() && in.at(i + 1) == '\n') { // a soft line break
            ++i;
            continue;
        }
        bool ok = false;
        const int v = i + 2 < in.size() ? in.mid(i + 1, 2).toInt(&ok, 16) : 0;
        if (ok) {
            out += char(v);
            i += 2;
        } else {
            out += c; // not an escape: kept as written (RFC 2045 6.7 asks robustness)
        }
    }
    return out;
}

bool isGzip(const QByteArray &data)
{
    return data.size() >= 2 && uchar(data.at(0)) == 0x1f && uchar(data.at(1)) == 0x8b;
}

void addReport(TlsRptImport *import, const QByteArray &json, const QString &source)
{
    QString error;
    std::optional<TlsRptReport> report = parseTlsRptReport(json, source, &error);
    if (!report) {
        import->errors.append(error);
        return;
    }
    if (const auto seen = import->keys.constFind(report->key()); seen != import->keys.constEnd()) {
        ++import->duplicates;
        import->notes.append(Tr::tr("%1: report %2 of %3 was read already (from %4); counted once")
                                 .arg(source, report->reportId, report->organization, *seen));
        return;
    }
    import->keys.insert(report->key(), source);
    import->reports.append(*report);
}

// A report's bytes, gzip or JSON.
void addReportData(TlsRptImport *import, const QByteArray &data, bool gzip, const QString &source)
{
    if (!gzip) {
        addReport(import, data, source);
        return;
    }
    QString error;
    const std::optional<QByteArray> json = gunzip(data, kMaxReportBytes, &error);
    if (!json) {
        import->errors.append(QStringLiteral("%1: %2").arg(source, error));
        return;
    }
    addReport(import, *json, source);
}

struct Walk
{
    QString source;
    TlsRptImport *import = nullptr;
    int parts = 0;
    int reports = 0;     // reports (or broken report parts) found in the message
    bool stopped = false;
};

void walkEntity(const Entity &e, int depth, Walk *w)
{
    if (w->stopped)
        return;
    if (++w->parts > kMaxMimeParts) {
        w->import->errors.append(Tr::tr("%1: more than %2 MIME parts; the rest of the message was not read")
                                     .arg(w->source)
                                     .arg(kMaxMimeParts));
        w->stopped = true;
        return;
    }
    QMap<QByteArray, QString> params;
    const QByteArray contentType = e.header("content-type");
    const QByteArray type = contentType.isEmpty() ? QByteArray("text/plain") : mimeType(contentType, &params);
    QMap<QByteArray, QString> disposition;
    mimeType(e.header("content-disposition"), &disposition);
    const QString filename = disposition.value("filename", params.value("name")).toLower();

    if (type.startsWith("multipart/") || type == "message/rfc822") {
        if (depth >= kMaxMimeDepth) {
            w->import->errors.append(Tr::tr("%1: MIME parts nested deeper than %2; the rest of the message was not read")
                                         .arg(w->source)
                                         .arg(kMaxMimeDepth));
            w->stopped = true;
            return;
        }
        if (type == "message/rfc822") {
            walkEntity(splitEntity(e.body), depth + 1, w);
            return;
        }
        const QByteArray boundary = params.value("boundary").toUtf8();
        if (boundary.isEmpty())
            return; // no parts can be told apart: nothing to read
        const QByteArray delimiter = "--" + boundary;
        QByteArray current;
        bool inPart = false;
        qsizetype pos = 0;
        const QByteArray &body = e.body;
        while (pos <= body.size() && !w->stopped) {
            qsizetype end = body.indexOf('\n', pos);
            if (end < 0)
                end = body.size();
            const QByteArrayView line = QByteArrayView(body).sliced(pos, end - pos);
            pos = end + 1;
            if (line.startsWith(delimiter)) {
                const QByteArrayView rest = line.sliced(delimiter.size());
                const bool close = rest.startsWith("--");
                if (close || rest.trimmed().isEmpty()) {
                    if (inPart) {
                        if (current.endsWith('\n'))
                            current.chop(1); // the line break before a delimiter belongs to it
                        walkEntity(splitEntity(current), depth + 1, w);
                    }
                    current.clear();
                    inPart = !close;
                    if (close)
                        break;
                    continue;
                }
            }
            if (inPart) {
                current += line;
                current += '\n';
            }
        }
        if (inPart && !w->stopped) // a message cut short: its last part, as far as it goes
            walkEntity(splitEntity(current), depth + 1, w);
        return;
    }

    bool gzip = false;
    if (type == "application/tlsrpt+gzip")
        gzip = true;
    else if (type == "application/tlsrpt+json")
        gzip = false;
    else if ((type == "application/gzip" || type == "application/x-gzip" || type == "application/octet-stream") &&
             filename.endsWith(QLatin1String(".json.gz")))
        gzip = true;
    else if (type == "application/json" && filename.endsWith(QLatin1String(".json")))
        gzip = false;
    else
        return; // not a report: a text part, a signature, ...

    ++w->reports;
    const QString partSource =
        filename.isEmpty() ? w->source : Tr::tr("%1, part %2").arg(w->source, filename);
    const QByteArray encoding = e.header("content-transfer-encoding").trimmed().toLower();
    QByteArray data;
    if (encoding == "base64") {
        QByteArray compact;
        compact.reserve(e.body.size());
        for (char c : e.body) {
            if (c != '\n' && c != '\r' && c != ' ' && c != '\t')
                compact += c;
        }
        const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            w->import->errors.append(Tr::tr("%1: the part's base64 is broken").arg(partSource));
            return;
        }
        data = *decoded;
    } else if (encoding == "quoted-printable") {
        data = quotedPrintable(e.body);
    } else if (encoding.isEmpty() || encoding == "7bit" || encoding == "8bit" || encoding == "binary") {
        data = e.body;
    } else {
        w->import->errors.append(
            Tr::tr("%1: unknown transfer encoding \"%2\"").arg(partSource, QString::fromLatin1(encoding)));
        return;
    }
    addReportData(w->import, data, gzip || isGzip(data), partSource);
}

QString messageSource(const QString &source, const Entity &e)
{
    const QByteArray id = e.header("message-id").trimmed();
    return id.isEmpty() ? source : QStringLiteral("%1 %2").arg(source, QString::fromUtf8(id.left(200)));
}

QByteArray normalisedLines(const QByteArray &data)
{
    QByteArray out = data;
    out.replace("\r\n", "\n");
    return out;
}

std::optional<QByteArray> readWhole(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxSourceBytes) {
        *error = Tr::tr("%1: %2 bytes, more than the %3 a file may have").arg(path).arg(file.size()).arg(kMaxSourceBytes);
        return std::nullopt;
    }
    return file.readAll();
}

void readMaildir(const QString &path, TlsRptImport *import)
{
    for (const QString &sub : {QStringLiteral("cur"), QStringLiteral("new")}) {
        const QDir dir(path + QLatin1Char('/') + sub);
        if (!dir.exists())
            continue;
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            const QString file = dir.filePath(name);
            QString error;
            const std::optional<QByteArray> data = readWhole(file, &error);
            if (!data) {
                import->errors.append(error);
                continue;
            }
            readTlsRptMessage(*data, file, import);
        }
    }
}

} // namespace

std::optional<QByteArray> gunzip(const QByteArray &data, qsizetype maxBytes, QString *error)
{
    if (!isGzip(data)) {
        *error = Tr::tr("not gzip data");
        return std::nullopt;
    }
    z_stream s{};
    if (inflateInit2(&s, 16 + MAX_WBITS) != Z_OK) {
        *error = Tr::tr("zlib could not start");
        return std::nullopt;
    }
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = uInt(data.size());
    QByteArray out;
    char buffer[64 * 1024];
    std::optional<QByteArray> result;
    for (;;) {
        s.next_out = reinterpret_cast<Bytef *>(buffer);
        s.avail_out = sizeof buffer;
        const int rc = inflate(&s, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
            *error = Tr::tr("the gzip data is damaged (%1)").arg(QString::fromLatin1(s.msg ? s.msg : "zlib"));
            break;
        }
        const qsizetype produced = qsizetype(sizeof buffer - s.avail_out);
        if (out.size() + produced > maxBytes) {
            *error = Tr::tr("it decompresses to more than %1 bytes, more than a report may have").arg(maxBytes);
            break;
        }
        out.append(buffer, produced);
        if (rc == Z_STREAM_END) {
            // Another gzip member may follow; zeros after the last are padding.
            if (s.avail_in >= 2 && s.next_in[0] == 0x1f && s.next_in[1] == 0x8b) {
                inflateReset(&s);
                continue;
            }
            bool padding = true;
            for (uInt i = 0; i < s.avail_in; ++i)
                padding = padding && s.next_in[i] == 0;
            if (!padding) {
                *error = Tr::tr("data follows the end of the gzip stream");
                break;
            }
            result = out;
            break;
        }
        if (s.avail_in == 0 && produced == 0) {
            *error = Tr::tr("the gzip data is truncated");
            break;
        }
    }
    inflateEnd(&s);
    return result;
}

void readTlsRptMessage(const QByteArray &message, const QString &source, TlsRptImport *import)
{
    ++import->messages;
    const Entity e = splitEntity(normalisedLines(message));
    Walk w;
    w.source = messageSource(source, e);
    w.import = import;
    walkEntity(e, 0, &w);
    if (w.reports == 0 && !w.stopped)
        import->notes.append(Tr::tr("%1: no TLS-RPT report in this message; skipped").arg(w.source));
}

void readTlsRptData(const QByteArray &data, const QString &source, TlsRptImport *import)
{
    if (isGzip(data)) {
        addReportData(import, data, true, source);
        return;
    }
    qsizetype first = 0;
    while (first < data.size() && (data.at(first) == ' ' || data.at(first) == '\t' || data.at(first) == '\r' ||
                                   data.at(first) == '\n'))
        ++first;
    if (first == data.size()) {
        import->errors.append(Tr::tr("%1: the file is empty").arg(source));
        return;
    }
    if (data.at(first) == '{' || data.at(first) == '[') {
        addReport(import, data, source);
        return;
    }
    if (data.startsWith("From ")) {
        // An mbox: messages after lines that begin "From " at the start of the file or of a line.
        const QByteArray text = normalisedLines(data);
        qsizetype start = 0;
        int n = 0;
        while (start < text.size()) {
            qsizetype next = text.indexOf("\nFrom ", start);
            const qsizetype end = next < 0 ? text.size() : next + 1;
            const qsizetype body = text.indexOf('\n', start); // past the "From " line
            if (body >= 0 && body < end)
                readTlsRptMessage(text.mid(body + 1, end - body - 1), Tr::tr("%1, message %2").arg(source).arg(++n),
                                  import);
            start = end;
        }
        return;
    }
    // A message: its first line is a header.
    const qsizetype lineEnd = data.indexOf('\n');
    const QByteArray firstLine = data.left(lineEnd < 0 ? data.size() : lineEnd);
    const qsizetype colon = firstLine.indexOf(':');
    bool headerName = colon > 0;
    for (qsizetype i = 0; headerName && i < colon; ++i)
        headerName = firstLine.at(i) > 32 && firstLine.at(i) < 127;
    if (!headerName) {
        import->errors.append(Tr::tr("%1: neither a TLS-RPT report (JSON, gzip) nor a mail message nor an mbox").arg(source));
        return;
    }
    readTlsRptMessage(data, source, import);
}

TlsRptImport readTlsRptSources(const QStringList &paths)
{
    TlsRptImport import;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            if (!QFileInfo(path + QStringLiteral("/cur")).isDir() && !QFileInfo(path + QStringLiteral("/new")).isDir()) {
                import.errors.append(Tr::tr("%1: a folder that is not a maildir (it has no cur/ or new/)").arg(path));
                continue;
            }
            readMaildir(path, &import);
            continue;
        }
        QString error;
        const std::optional<QByteArray> data = readWhole(path, &error);
        if (!data) {
            import.errors.append(error);
            continue;
        }
        readTlsRptData(*data, path, &import);
    }
    return import;
}

} // namespace mailtls
