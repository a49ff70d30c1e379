#include "probes/tls/cipher_registry.h"

#include <QFile>
#include <QHash>

namespace mailtls {

namespace {

struct Registry
{
    QList<CipherSuiteEntry> entries;
    QHash<quint16, qsizetype> byCode;
    QHash<QString, qsizetype> byName;
};

const Registry &registry()
{
    static const Registry r = [] {
        Registry reg;
        QFile f(QStringLiteral(":/data/tls-cipher-suites.csv"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("the cipher suite registry is missing from the resources");
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (line.isEmpty() || line.startsWith('#') || line.startsWith("code,"))
                continue;
            const QList<QByteArray> fields = line.split(',');
            bool ok = false;
            const uint code = fields.value(0).toUInt(&ok, 16);
            if (!ok || fields.size() < 3 || code > 0xFFFF)
                qFatal("bad line in the cipher suite registry: %s", line.constData());
            reg.byCode.insert(static_cast<quint16>(code), reg.entries.size());
            reg.byName.insert(QString::fromLatin1(fields.at(1)), reg.entries.size());
            reg.entries.append({static_cast<quint16>(code), QString::fromLatin1(fields.at(1)),
                                QString::fromLatin1(fields.at(2))});
        }
        return reg;
    }();
    return r;
}

} // namespace

const QList<CipherSuiteEntry> &cipherSuiteRegistry() { return registry().entries; }

QString cipherSuiteName(quint16 code)
{
    const Registry &r = registry();
    const auto it = r.byCode.constFind(code);
    if (it != r.byCode.cend())
        return r.entries.at(*it).name;
    return QStringLiteral("0x%1").arg(QString::number(code, 16).toUpper().rightJustified(4, QLatin1Char('0')));
}

std::optional<quint16> cipherSuiteCode(QStringView name)
{
    const Registry &r = registry();
    const auto it = r.byName.constFind(name.toString());
    if (it == r.byName.cend())
        return std::nullopt;
    return r.entries.at(*it).code;
}

} // namespace mailtls
