#include "probes/tls/cipher_registry.h"

#include <QFile>
#include <QHash>

namespace mailtls {

namespace {

struct Catalog
{
    QList<CipherSuiteEntry> suites;
    QList<Ssl2CipherSpecEntry> specs;
    QHash<quint16, qsizetype> byCode;
    QHash<QString, qsizetype> byName;
    QHash<QString, qsizetype> byOpenSslName;
    QHash<QString, qsizetype> byAnyName; // upper case: IANA and OpenSSL names
    QHash<quint32, qsizetype> specByCode;
};

[[noreturn]] void badLine(const QByteArray &line, const char *why)
{
    qFatal("bad line in the cipher suite catalog (%s): %s", why, line.constData());
}

bool yesNo(const QByteArray &line, const QByteArray &value)
{
    if (value != "yes" && value != "no")
        badLine(line, "yes or no expected");
    return value == "yes";
}

template <typename E>
E token(const QByteArray &line, const QByteArray &value,
        std::initializer_list<std::pair<const char *, E>> table)
{
    for (const auto &[key, e] : table) {
        if (value == key)
            return e;
    }
    badLine(line, "unknown token");
}

// The columns by their header names, so that the CSV may gain columns.
struct Columns
{
    QHash<QByteArray, qsizetype> index;
    QByteArray field(const QList<QByteArray> &fields, const char *name) const
    {
        return fields.value(index.value(name, -1));
    }
};

CipherProperties properties(const QByteArray &line, const QList<QByteArray> &f, const Columns &c)
{
    CipherProperties p;
    const auto text = [&](const char *column) { return QString::fromLatin1(c.field(f, column)); };
    p.name = text("name");
    p.reference = text("reference");
    p.source = token<CipherSource>(line, c.field(f, "source"),
                                   {{"iana", CipherSource::Iana},
                                    {"ssl2", CipherSource::Ssl2},
                                    {"unofficial", CipherSource::Unofficial}});
    p.family = token<CipherFamily>(line, c.field(f, "family"),
                                   {{"tls", CipherFamily::Tls},
                                    {"tls13", CipherFamily::Tls13},
                                    {"ssl2", CipherFamily::Ssl2},
                                    {"scsv", CipherFamily::Signalling}});
    p.keyExchange = text("kx");
    p.authentication = text("auth");
    p.cipher = text("cipher");
    bool okBits = false;
    bool okBlock = false;
    p.keyBits = c.field(f, "key_bits").toInt(&okBits);
    p.blockBits = c.field(f, "block_bits").toInt(&okBlock);
    if (!okBits || !okBlock)
        badLine(line, "key_bits or block_bits");
    p.mode = text("mode");
    p.mac = text("mac");
    p.forwardSecret = yesNo(line, c.field(f, "fs"));
    p.aead = yesNo(line, c.field(f, "aead"));
    p.exportGrade = yesNo(line, c.field(f, "export"));
    const std::optional<CipherStrength> strength = cipherStrengthFromKey(text("strength"));
    if (!strength)
        badLine(line, "strength");
    p.strength = *strength;
    p.openSslName = text("openssl_name");
    return p;
}

void addSuite(Catalog &cat, quint16 code, CipherProperties p)
{
    const qsizetype at = cat.suites.size();
    CipherSuiteEntry e;
    static_cast<CipherProperties &>(e) = std::move(p);
    e.code = code;
    cat.byCode.insert(code, at);
    cat.byName.insert(e.name, at);
    cat.byAnyName.insert(e.name.toUpper(), at);
    if (!e.openSslName.isEmpty()) {
        cat.byOpenSslName.insert(e.openSslName, at);
        cat.byAnyName.insert(e.openSslName.toUpper(), at);
    }
    cat.suites.append(std::move(e));
}

const Catalog &catalog()
{
    static const Catalog c = [] {
        Catalog cat;
        QFile f(QStringLiteral(":/data/tls-cipher-suites.csv"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("the cipher suite catalog is missing from the resources");
        Columns columns;
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            if (line.contains('"'))
                badLine(line, "quoted fields are not expected");
            const QList<QByteArray> fields = line.split(',');
            if (columns.index.isEmpty()) { // the header line
                for (qsizetype i = 0; i < fields.size(); ++i)
                    columns.index.insert(fields.at(i), i);
                for (const char *needed : {"code", "name", "family", "strength", "openssl_name"}) {
                    if (!columns.index.contains(needed))
                        badLine(line, "a column is missing");
                }
                continue;
            }
            if (fields.size() != columns.index.size())
                badLine(line, "wrong number of fields");
            bool ok = false;
            const uint code = columns.field(fields, "code").toUInt(&ok, 16);
            if (!ok)
                badLine(line, "code");
            CipherProperties p = properties(line, fields, columns);
            if (p.family == CipherFamily::Ssl2) {
                if (code > 0xFFFFFF)
                    badLine(line, "code");
                cat.specByCode.insert(code, cat.specs.size());
                Ssl2CipherSpecEntry e;
                static_cast<CipherProperties &>(e) = std::move(p);
                e.code = code;
                cat.specs.append(std::move(e));
                continue;
            }
            if (code > 0xFFFF)
                badLine(line, "code");
            addSuite(cat, static_cast<quint16>(code), std::move(p));
        }
        return cat;
    }();
    return c;
}

template <typename Key, typename Entry>
const Entry *lookup(const QHash<Key, qsizetype> &index, const QList<Entry> &entries, const Key &key)
{
    const auto it = index.constFind(key);
    return it == index.cend() ? nullptr : &entries.at(*it);
}

} // namespace

const QList<CipherSuiteEntry> &cipherSuiteRegistry()
{
    return catalog().suites;
}

const QList<Ssl2CipherSpecEntry> &ssl2CipherSpecRegistry()
{
    return catalog().specs;
}

const CipherSuiteEntry *cipherSuiteByCode(quint16 code)
{
    return lookup(catalog().byCode, catalog().suites, code);
}

const CipherSuiteEntry *cipherSuiteByName(QStringView ianaName)
{
    return lookup(catalog().byName, catalog().suites, ianaName.toString());
}

const CipherSuiteEntry *cipherSuiteByOpenSslName(QStringView openSslName)
{
    return lookup(catalog().byOpenSslName, catalog().suites, openSslName.toString());
}

const Ssl2CipherSpecEntry *ssl2CipherSpecByCode(quint32 code)
{
    return lookup(catalog().specByCode, catalog().specs, code);
}

const CipherSuiteEntry *findCipherSuite(QStringView name)
{
    QString key = name.trimmed().toString().toUpper();
    if (const CipherSuiteEntry *e = lookup(catalog().byAnyName, catalog().suites, key))
        return e;
    if (!key.startsWith(QLatin1StringView("SSL_")))
        return nullptr;
    key.replace(0, 4, QStringLiteral("TLS_"));
    return lookup(catalog().byAnyName, catalog().suites, key);
}

QString cipherSuiteName(quint16 code)
{
    if (const CipherSuiteEntry *e = cipherSuiteByCode(code))
        return e->name;
    return QStringLiteral("0x%1").arg(
        QString::number(code, 16).toUpper().rightJustified(4, QLatin1Char('0')));
}

std::optional<quint16> cipherSuiteCode(QStringView name)
{
    if (const CipherSuiteEntry *e = cipherSuiteByName(name))
        return e->code;
    return std::nullopt;
}

QString ssl2CipherSpecName(quint32 spec)
{
    if (const Ssl2CipherSpecEntry *e = ssl2CipherSpecByCode(spec))
        return e->name;
    return QStringLiteral("0x%1").arg(spec, 6, 16, QLatin1Char('0'));
}

QString cipherStrengthKey(CipherStrength strength)
{
    switch (strength) {
    case CipherStrength::Recommended:
        return QStringLiteral("recommended");
    case CipherStrength::Secure:
        return QStringLiteral("secure");
    case CipherStrength::Weak:
        return QStringLiteral("weak");
    case CipherStrength::Insecure:
        return QStringLiteral("insecure");
    case CipherStrength::Signalling:
        return QStringLiteral("signalling");
    }
    return {};
}

std::optional<CipherStrength> cipherStrengthFromKey(QStringView key)
{
    for (CipherStrength s :
         {CipherStrength::Recommended, CipherStrength::Secure, CipherStrength::Weak,
          CipherStrength::Insecure, CipherStrength::Signalling}) {
        if (key == cipherStrengthKey(s))
            return s;
    }
    return std::nullopt;
}

} // namespace mailtls
