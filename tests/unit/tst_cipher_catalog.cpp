#include "probes/tls/cipher_registry.h"
#include "probes/tls/handshake.h"
#include "probes/tls/hello.h"
#include "probes/version_probe.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <openssl/ssl.h>

#include <memory>

using namespace mailtls;

// The cipher suite catalog (resources/data/tls-cipher-suites.csv): its rules
// hold for every entry, tricky suites have the properties their names say, it
// covers every suite the probes offer and OpenSSL reports, and it agrees with
// testssl.sh's, nmap's and OpenSSL's tables but for the disagreements recorded
// with a reason in tests/data/cipher-catalog-exceptions.csv.
class TestCipherCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rulesHold();
    void namesAndCodesUnique();
    void knownSuites_data();
    void knownSuites();
    void openSslNames_data();
    void openSslNames();
    void spellings_data();
    void spellings();
    void completeness_data();
    void completeness();
    void coversOpenSsl();
    void agreesWithTestssl();
    void agreesWithNmap();
    void strengthKeys();
};

namespace {

// The rule of docs/cipher-catalog.md, written again here so that the generator
// (scripts/gen-cipher-catalog.py) and this test check each other.
CipherStrength expectedStrength(const CipherProperties &p)
{
    if (p.family == CipherFamily::Signalling)
        return CipherStrength::Signalling;
    if (p.family == CipherFamily::Ssl2 || p.exportGrade || p.cipher == u"NULL" ||
        p.cipher == u"RC4" || p.authentication == u"anon" || p.authentication == u"NULL" ||
        p.keyBits < 112 || p.blockBits == 64 || p.mac == u"MD5")
        return CipherStrength::Insecure;
    if (!p.forwardSecret)
        return CipherStrength::Weak;
    if (!p.aead || p.mode == u"CCM_8")
        return CipherStrength::Secure;
    return CipherStrength::Recommended;
}

QList<const CipherProperties *> allEntries()
{
    QList<const CipherProperties *> out;
    for (const CipherSuiteEntry &e : cipherSuiteRegistry())
        out.append(&e);
    for (const Ssl2CipherSpecEntry &e : ssl2CipherSpecRegistry())
        out.append(&e);
    return out;
}

// An entry by its IANA (or SSL 2.0) name, with its code.
const CipherProperties *entryByName(const QString &name, quint32 *code)
{
    if (const CipherSuiteEntry *e = cipherSuiteByName(name)) {
        *code = e->code;
        return e;
    }
    for (const Ssl2CipherSpecEntry &e : ssl2CipherSpecRegistry()) {
        if (e.name == name) {
            *code = e.code;
            return &e;
        }
    }
    return nullptr;
}

QString hex(quint32 code, int bytes)
{
    return QStringLiteral("0x") +
           QString::number(code, 16).toUpper().rightJustified(bytes * 2, u'0');
}

// tests/data/cipher-catalog-exceptions.csv: tool,code or lo-hi,field,reason.
class Exceptions
{
public:
    Exceptions()
    {
        QFile f(QStringLiteral(MAILTLS_SOURCE_DIR "/tests/data/cipher-catalog-exceptions.csv"));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            return;
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u"tool,"))
                continue;
            const QStringList f4 = line.split(u',');
            if (f4.size() < 4)
                continue;
            const QString range = f4.at(1);
            Row r;
            r.tool = f4.at(0);
            r.lo = range.section(u'-', 0, 0).toUInt(nullptr, 16);
            r.hi = range.contains(u'-') ? range.section(u'-', 1, 1).toUInt(nullptr, 16) : r.lo;
            r.field = f4.at(2);
            r.line = line;
            m_rows.append(r);
        }
    }
    bool loaded() const { return !m_rows.isEmpty(); }
    // Whether the disagreement is recorded; marks the row used.
    bool allows(QStringView tool, quint32 code, QStringView field)
    {
        for (Row &r : m_rows) {
            if (r.tool == tool && r.field == field && r.lo <= code && code <= r.hi) {
                r.used = true;
                return true;
            }
        }
        return false;
    }
    // Rows of this tool that no disagreement needed: stale.
    QStringList unused(QStringView tool) const
    {
        QStringList out;
        for (const Row &r : m_rows) {
            if (r.tool == tool && !r.used)
                out.append(r.line);
        }
        return out;
    }

private:
    struct Row
    {
        QString tool;
        quint32 lo = 0;
        quint32 hi = 0;
        QString field;
        QString line;
        bool used = false;
    };
    QList<Row> m_rows;
};

// Collects one tool's disagreements, so that one run lists them all.
struct Disagreements
{
    QString tool;
    Exceptions exceptions;
    QStringList unrecorded;
    void check(bool agree, quint32 code, int bytes, const QString &field, const QString &what)
    {
        if (!agree && !exceptions.allows(tool, code, field))
            unrecorded.append(
                QStringLiteral("%1 %2 %3: %4").arg(tool, hex(code, bytes), field, what));
    }
    // IANA suites of the catalog that the tool's table lacks.
    void checkAbsent(const QSet<quint16> &seen)
    {
        for (const CipherSuiteEntry &e : cipherSuiteRegistry()) {
            if (e.source == CipherSource::Iana && !seen.contains(e.code))
                check(false, e.code, 2, QStringLiteral("absent"), e.name);
        }
    }
    // Empty when every disagreement is recorded and every record still needed.
    QString report() const
    {
        QStringList out = unrecorded;
        for (const QString &row : exceptions.unused(tool))
            out.append(QStringLiteral("recorded but not seen: ") + row);
        return out.join(u'\n');
    }
};

struct SslCtxDeleter
{
    void operator()(SSL_CTX *p) const { SSL_CTX_free(p); }
};

} // namespace

void TestCipherCatalog::rulesHold()
{
    static const QSet<QString> aeadModes{QStringLiteral("GCM"),   QStringLiteral("CCM"),
                                         QStringLiteral("CCM_8"), QStringLiteral("POLY1305"),
                                         QStringLiteral("MGM"),   QStringLiteral("AEGIS")};
    static const QSet<QString> ephemeral{QStringLiteral("DHE"),     QStringLiteral("ECDHE"),
                                         QStringLiteral("DHE_PSK"), QStringLiteral("ECDHE_PSK"),
                                         QStringLiteral("SRP"),     QStringLiteral("ECCPWD"),
                                         QStringLiteral("any")};
    QVERIFY(cipherSuiteRegistry().size() > 350);
    QVERIFY(ssl2CipherSpecRegistry().size() >= 7);
    for (const CipherProperties *p : allEntries()) {
        const char *name = qPrintable(p->name);
        QVERIFY2(p->strength == expectedStrength(*p), name);
        QVERIFY2(p->aead == aeadModes.contains(p->mode), name);
        QVERIFY2(p->forwardSecret == ephemeral.contains(p->keyExchange), name);
        QVERIFY2(p->blockBits == 0 || p->blockBits == 64 || p->blockBits == 128, name);
        QVERIFY2(p->keyBits >= 0 && p->keyBits <= 256, name);
        QVERIFY2((p->family == CipherFamily::Tls13) == (p->keyExchange == u"any"), name);
        QVERIFY2((p->family == CipherFamily::Ssl2) == p->name.startsWith(u"SSL_CK_"), name);
        QVERIFY2((p->family == CipherFamily::Signalling) == p->name.endsWith(u"_SCSV"), name);
        QVERIFY2(p->exportGrade == p->name.contains(u"EXPORT"), name);
        // The cipher is in the name (TLS 1.3's integrity-only suites name no cipher).
        if (p->family == CipherFamily::Tls ||
            (p->family == CipherFamily::Tls13 && p->cipher != u"NULL"))
            QVERIFY2(p->name.contains(QString(p->cipher).remove(QStringLiteral("GOST"))), name);
        QVERIFY2(p->source != CipherSource::Ssl2 || p->family == CipherFamily::Ssl2, name);
        QVERIFY2(!p->reference.isEmpty(), name);
    }
}

void TestCipherCatalog::namesAndCodesUnique()
{
    QSet<quint16> codes;
    QSet<QString> names;
    QSet<QString> openSsl;
    for (const CipherSuiteEntry &e : cipherSuiteRegistry()) {
        QVERIFY2(!codes.contains(e.code), qPrintable(e.name));
        QVERIFY2(!names.contains(e.name), qPrintable(e.name));
        codes.insert(e.code);
        names.insert(e.name);
        QCOMPARE(cipherSuiteByCode(e.code), &e);
        QCOMPARE(cipherSuiteByName(e.name), &e);
        QCOMPARE(findCipherSuite(e.name.toLower()), &e);
        if (e.openSslName.isEmpty())
            continue;
        QVERIFY2(!openSsl.contains(e.openSslName), qPrintable(e.openSslName));
        openSsl.insert(e.openSslName);
        QCOMPARE(cipherSuiteByOpenSslName(e.openSslName), &e);
        QCOMPARE(findCipherSuite(e.openSslName), &e);
    }
    QSet<quint32> specs;
    for (const Ssl2CipherSpecEntry &e : ssl2CipherSpecRegistry()) {
        QVERIFY2(!specs.contains(e.code), qPrintable(e.name));
        specs.insert(e.code);
        QCOMPARE(ssl2CipherSpecByCode(e.code), &e);
        QCOMPARE(ssl2CipherSpecName(e.code), e.name);
    }
}

void TestCipherCatalog::knownSuites_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<uint>("code");
    QTest::addColumn<QString>("kx");
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("cipher");
    QTest::addColumn<int>("keyBits");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("mac");
    QTest::addColumn<QString>("flags"); // f: forward secret, a: AEAD, e: export, u: unofficial
    QTest::addColumn<QString>("strength");
    QTest::addColumn<QString>("openssl");
    const auto row = [](const char *tag, const char *name, uint code, const char *kx,
                        const char *auth, const char *cipher, int bits, const char *mode,
                        const char *mac, const char *flags, const char *strength,
                        const char *openssl) {
        QTest::newRow(tag) << QString::fromLatin1(name) << code << QString::fromLatin1(kx)
                           << QString::fromLatin1(auth) << QString::fromLatin1(cipher) << bits
                           << QString::fromLatin1(mode) << QString::fromLatin1(mac)
                           << QString::fromLatin1(flags) << QString::fromLatin1(strength)
                           << QString::fromLatin1(openssl);
    };
    row("export RC4 with MD5", "TLS_RSA_EXPORT_WITH_RC4_40_MD5", 0x0003, "RSA", "RSA", "RC4", 40,
        "stream", "MD5", "e", "insecure", "EXP-RC4-MD5");
    row("CCM with an 8-byte tag", "TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8", 0xC0AE, "ECDHE", "ECDSA",
        "AES", 128, "CCM_8", "SHA256", "fa", "secure", "ECDHE-ECDSA-AES128-CCM8");
    row("CCM with a full tag", "TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8", 0xC0AF, "ECDHE", "ECDSA",
        "AES", 256, "CCM_8", "SHA256", "fa", "secure", "ECDHE-ECDSA-AES256-CCM8");
    row("anonymous DH with AES-GCM", "TLS_DH_anon_WITH_AES_256_GCM_SHA384", 0x00A7, "DHE", "anon",
        "AES", 256, "GCM", "SHA384", "fa", "insecure", "ADH-AES256-GCM-SHA384");
    row("PSK without encryption", "TLS_PSK_WITH_NULL_SHA", 0x002C, "PSK", "PSK", "NULL", 0, "none",
        "SHA1", "", "insecure", "PSK-NULL-SHA");
    row("ECDHE-PSK with ChaCha20", "TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256", 0xCCAC,
        "ECDHE_PSK", "PSK", "CHACHA20", 256, "POLY1305", "SHA256", "fa", "recommended",
        "ECDHE-PSK-CHACHA20-POLY1305");
    row("RSA-PSK authenticates by certificate", "TLS_RSA_PSK_WITH_AES_128_GCM_SHA256", 0x00AC,
        "RSA_PSK", "RSA", "AES", 128, "GCM", "SHA256", "a", "weak", "RSA-PSK-AES128-GCM-SHA256");
    row("PSK_DHE word order", "TLS_PSK_DHE_WITH_AES_128_CCM_8", 0xC0AA, "DHE_PSK", "PSK", "AES",
        128, "CCM_8", "SHA256", "fa", "secure", "DHE-PSK-AES128-CCM8");
    row("TLS 1.3 AES-GCM", "TLS_AES_128_GCM_SHA256", 0x1301, "any", "any", "AES", 128, "GCM",
        "SHA256", "fa", "recommended", "TLS_AES_128_GCM_SHA256");
    row("TLS 1.3 CCM_8", "TLS_AES_128_CCM_8_SHA256", 0x1305, "any", "any", "AES", 128, "CCM_8",
        "SHA256", "fa", "secure", "TLS_AES_128_CCM_8_SHA256");
    row("TLS 1.3 SM4", "TLS_SM4_GCM_SM3", 0x00C6, "any", "any", "SM4", 128, "GCM", "SM3", "fa",
        "recommended", "");
    row("TLS 1.3 AEGIS", "TLS_AEGIS_128L_SHA256", 0x1307, "any", "any", "AEGIS_128L", 128, "AEGIS",
        "SHA256", "fa", "recommended", "");
    row("TLS 1.3 integrity only", "TLS_SHA256_SHA256", 0xC0B4, "any", "any", "NULL", 0, "none",
        "SHA256", "f", "insecure", "");
    row("renegotiation SCSV", "TLS_EMPTY_RENEGOTIATION_INFO_SCSV", 0x00FF, "", "", "", 0, "", "",
        "", "signalling", "");
    row("fallback SCSV", "TLS_FALLBACK_SCSV", 0x5600, "", "", "", 0, "", "", "", "signalling", "");
    row("GOST Kuznyechik in TLS 1.2", "TLS_GOSTR341112_256_WITH_KUZNYECHIK_CTR_OMAC", 0xC100,
        "GOSTR341112_256", "GOSTR341012", "KUZNYECHIK", 256, "CTR", "OMAC", "", "weak", "");
    row("GOST Magma in TLS 1.3", "TLS_GOSTR341112_256_WITH_MAGMA_MGM_L", 0xC104, "any", "any",
        "MAGMA", 256, "MGM", "GOSTR341112_256", "fa", "insecure", "");
    row("GOST 28147-89 of the CryptoPro draft", "TLS_GOSTR341001_WITH_28147_CNT_IMIT", 0x0081,
        "GOSTR341001", "GOSTR341001", "GOST28147", 256, "CNT", "IMIT", "u", "insecure",
        "GOST2001-GOST89-GOST89");
    row("3DES", "TLS_RSA_WITH_3DES_EDE_CBC_SHA", 0x000A, "RSA", "RSA", "3DES", 168, "CBC", "SHA1",
        "", "insecure", "DES-CBC3-SHA");
    row("ECDHE with 3DES", "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA", 0xC012, "ECDHE", "RSA", "3DES",
        168, "CBC", "SHA1", "f", "insecure", "ECDHE-RSA-DES-CBC3-SHA");
    row("ECDHE with AES-GCM", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", 0xC02F, "ECDHE", "RSA",
        "AES", 128, "GCM", "SHA256", "fa", "recommended", "ECDHE-RSA-AES128-GCM-SHA256");
    row("ECDHE with AES-CBC and SHA-1", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", 0xC014, "ECDHE",
        "RSA", "AES", 256, "CBC", "SHA1", "f", "secure", "ECDHE-RSA-AES256-SHA");
    row("RSA key exchange with AES-GCM", "TLS_RSA_WITH_AES_128_GCM_SHA256", 0x009C, "RSA", "RSA",
        "AES", 128, "GCM", "SHA256", "a", "weak", "AES128-GCM-SHA256");
    row("static ECDH", "TLS_ECDH_RSA_WITH_AES_128_CBC_SHA", 0xC00E, "ECDH", "RSA", "AES", 128,
        "CBC", "SHA1", "", "weak", "ECDH-RSA-AES128-SHA");
    row("ARIA", "TLS_ECDHE_RSA_WITH_ARIA_256_GCM_SHA384", 0xC061, "ECDHE", "RSA", "ARIA", 256,
        "GCM", "SHA384", "fa", "recommended", "ECDHE-ARIA256-GCM-SHA384");
    row("Kerberos export DES", "TLS_KRB5_EXPORT_WITH_DES_CBC_40_SHA", 0x0026, "KRB5", "KRB5", "DES",
        40, "CBC", "SHA1", "e", "insecure", "EXP-KRB5-DES-CBC-SHA");
    row("56-bit export draft", "TLS_RSA_EXPORT1024_WITH_DES_CBC_SHA", 0x0062, "RSA", "RSA", "DES",
        56, "CBC", "SHA1", "eu", "insecure", "EXP1024-DES-CBC-SHA");
    row("SRP is ephemeral", "TLS_SRP_SHA_RSA_WITH_AES_128_CBC_SHA", 0xC01E, "SRP", "RSA", "AES",
        128, "CBC", "SHA1", "f", "secure", "SRP-RSA-AES-128-CBC-SHA");
    row("ECCPWD", "TLS_ECCPWD_WITH_AES_128_GCM_SHA256", 0xC0B0, "ECCPWD", "ECCPWD", "AES", 128,
        "GCM", "SHA256", "fa", "recommended", "");
    row("NULL_WITH_NULL_NULL", "TLS_NULL_WITH_NULL_NULL", 0x0000, "NULL", "NULL", "NULL", 0, "none",
        "NULL", "", "insecure", "NULL");
    row("pre-RFC ChaCha20", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256_OLD", 0xCC13, "ECDHE",
        "RSA", "CHACHA20", 256, "POLY1305", "SHA256", "fau", "recommended",
        "ECDHE-RSA-CHACHA20-POLY1305-OLD");
    row("SSL 2.0 3DES", "SSL_CK_DES_192_EDE3_CBC_WITH_MD5", 0x0700C0, "RSA", "RSA", "3DES", 168,
        "CBC", "MD5", "", "insecure", "DES-CBC3-MD5");
    row("SSL 2.0 export RC4", "SSL_CK_RC4_128_EXPORT40_WITH_MD5", 0x020080, "RSA", "RSA", "RC4", 40,
        "stream", "MD5", "e", "insecure", "EXP-RC4-MD5");
    row("SSL 2.0 DES in CFB mode", "SSL_CK_DES_64_CFB64_WITH_MD5_1", 0xFF8000, "RSA", "RSA", "DES",
        56, "CFB", "MD5", "u", "insecure", "DES-CFB-M1");
}

void TestCipherCatalog::knownSuites()
{
    QFETCH(QString, name);
    QFETCH(QString, flags);
    quint32 code = 0;
    const CipherProperties *p = entryByName(name, &code);
    QVERIFY2(p, qPrintable(name));
    QTEST(uint(code), "code");
    QTEST(p->keyExchange, "kx");
    QTEST(p->authentication, "auth");
    QTEST(p->cipher, "cipher");
    QTEST(p->keyBits, "keyBits");
    QTEST(p->mode, "mode");
    QTEST(p->mac, "mac");
    QCOMPARE(p->forwardSecret, flags.contains(u'f'));
    QCOMPARE(p->aead, flags.contains(u'a'));
    QCOMPARE(p->exportGrade, flags.contains(u'e'));
    QCOMPARE(p->source == CipherSource::Unofficial, flags.contains(u'u'));
    QTEST(cipherStrengthKey(p->strength), "strength");
    QTEST(p->openSslName, "openssl");
}

void TestCipherCatalog::openSslNames_data()
{
    QTest::addColumn<QString>("openssl");
    QTest::addColumn<QString>("iana");
    QTest::newRow("ECDHE-RSA AES-GCM") << "ECDHE-RSA-AES128-GCM-SHA256"
                                       << "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256";
    QTest::newRow("RSA key exchange has no prefix") << "AES256-SHA"
                                                    << "TLS_RSA_WITH_AES_256_CBC_SHA";
    QTest::newRow("EDH is DHE") << "EDH-RSA-DES-CBC3-SHA"
                                << "TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA";
    QTest::newRow("ADH is anonymous DH") << "ADH-AES256-GCM-SHA384"
                                         << "TLS_DH_anon_WITH_AES_256_GCM_SHA384";
    QTest::newRow("AECDH is anonymous ECDH") << "AECDH-AES128-SHA"
                                             << "TLS_ECDH_anon_WITH_AES_128_CBC_SHA";
    QTest::newRow("export") << "EXP-RC4-MD5"
                            << "TLS_RSA_EXPORT_WITH_RC4_40_MD5";
    QTest::newRow("TLS 1.3 takes IANA's") << "TLS_AES_256_GCM_SHA384"
                                          << "TLS_AES_256_GCM_SHA384";
    QTest::newRow("PSK") << "DHE-PSK-CHACHA20-POLY1305"
                         << "TLS_DHE_PSK_WITH_CHACHA20_POLY1305_SHA256";
    QTest::newRow("pre-RFC ChaCha20") << "ECDHE-RSA-CHACHA20-POLY1305-OLD"
                                      << "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256_OLD";
}

void TestCipherCatalog::openSslNames()
{
    QFETCH(QString, openssl);
    QFETCH(QString, iana);
    const CipherSuiteEntry *byOpenSsl = cipherSuiteByOpenSslName(openssl);
    QVERIFY(byOpenSsl);
    QCOMPARE(byOpenSsl->name, iana);
    const CipherSuiteEntry *byIana = cipherSuiteByName(iana);
    QVERIFY(byIana);
    QCOMPARE(byIana->openSslName, openssl);
    QCOMPARE(findCipherSuite(openssl.toLower()), byIana);
}

void TestCipherCatalog::spellings_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::addColumn<int>("code"); // -1: not in the catalog
    QTest::newRow("IANA") << "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256" << 0xC02F;
    QTest::newRow("IANA, upper case") << "TLS_DH_ANON_WITH_AES_128_CBC_SHA" << 0x0034;
    QTest::newRow("IANA with SSL_ prefix") << "SSL_RSA_WITH_RC4_128_SHA" << 0x0005;
    QTest::newRow("OpenSSL, lower case") << "ecdhe-ecdsa-chacha20-poly1305" << 0xCCA9;
    QTest::newRow("spaces around") << " DES-CBC3-SHA " << 0x000A;
    QTest::newRow("unofficial, SSL_ spelling kept")
        << "SSL_RSA_FIPS_WITH_3DES_EDE_CBC_SHA" << 0xFEFF;
    QTest::newRow("GnuTLS is not known") << "ECDHE_RSA_AES_128_GCM_SHA256" << -1;
    QTest::newRow("SSL 2.0 spec is no suite") << "SSL_CK_RC4_128_WITH_MD5" << -1;
    QTest::newRow("empty") << "" << -1;
}

void TestCipherCatalog::spellings()
{
    QFETCH(QString, spelling);
    QFETCH(int, code);
    const CipherSuiteEntry *e = findCipherSuite(spelling);
    QCOMPARE(e ? int(e->code) : -1, code);
}

void TestCipherCatalog::completeness_data()
{
    QTest::addColumn<int>("version");
    for (TlsVersion v : allTlsVersions())
        QTest::newRow(qPrintable(tlsVersionName(v))) << int(v);
}

void TestCipherCatalog::completeness()
{
    QFETCH(int, version);
    const auto v = TlsVersion(version);
    if (v == TlsVersion::Ssl2) {
        // Every spec our CLIENT-HELLO offers, and so every spec a SERVER-HELLO can name.
        for (quint32 spec : ssl2CipherSpecs())
            QVERIFY2(ssl2CipherSpecByCode(spec), qPrintable(hex(spec, 3)));
        return;
    }
    const QList<quint16> offered = v == TlsVersion::Ssl3 ? ssl3CipherSuites() : suitesToOffer(v);
    QVERIFY(!offered.isEmpty());
    int named = 0;
    for (quint16 code : offered) {
        const CipherSuiteEntry *e = cipherSuiteByCode(code);
        if (v == TlsVersion::Ssl3) {
            // SSL 3.0 offers whole ranges, unassigned code points too: a server
            // choosing one is reported by number (agreesWithTestssl and
            // agreesWithNmap check that no other tool has a name for it).
            named += e ? 1 : 0;
            QCOMPARE(cipherSuiteName(code).startsWith(u"0x"), !e);
            continue;
        }
        QVERIFY2(e, qPrintable(hex(code, 2)));
        QCOMPARE(e->source, CipherSource::Iana);
        QCOMPARE(e->family, v == TlsVersion::Tls13 ? CipherFamily::Tls13 : CipherFamily::Tls);
    }
    if (v == TlsVersion::Ssl3)
        QVERIFY(named > 150);
    if (v == TlsVersion::Tls12) { // every assigned TLS 1.0-1.2 suite is offered
        for (const CipherSuiteEntry &e : cipherSuiteRegistry()) {
            if (e.family == CipherFamily::Tls && e.source == CipherSource::Iana && e.code != 0x0000)
                QVERIFY2(offered.contains(e.code), qPrintable(e.name));
        }
    }
}

void TestCipherCatalog::coversOpenSsl()
{
    // What a full OpenSSL handshake can report (negotiated suites are read
    // from OpenSSL): every suite OpenSSL knows, with both of its names and
    // its properties as OpenSSL sees them.
    Disagreements d{QStringLiteral("openssl"), {}, {}};
    QVERIFY(d.exceptions.loaded());
    std::unique_ptr<SSL_CTX, SslCtxDeleter> ctx(SSL_CTX_new(TLS_method()));
    SSL_CTX_set_security_level(ctx.get(), 0);
    QVERIFY(SSL_CTX_set_cipher_list(ctx.get(), "ALL:COMPLEMENTOFALL:@SECLEVEL=0") == 1);
    QVERIFY(SSL_CTX_set_ciphersuites(ctx.get(),
                                     tls13SuiteNames().join(u':').toLatin1().constData()) == 1);
    STACK_OF(SSL_CIPHER) *all = SSL_CTX_get_ciphers(ctx.get());
    QVERIFY(sk_SSL_CIPHER_num(all) > 50);
    static const QSet<int> ephemeral{NID_kx_ecdhe, NID_kx_dhe, NID_kx_ecdhe_psk, NID_kx_dhe_psk,
                                     NID_kx_any};
    for (int i = 0; i < sk_SSL_CIPHER_num(all); ++i) {
        const SSL_CIPHER *c = sk_SSL_CIPHER_value(all, i);
        const auto code = static_cast<quint16>(SSL_CIPHER_get_protocol_id(c));
        const QString openSsl = QString::fromLatin1(SSL_CIPHER_get_name(c));
        const CipherSuiteEntry *e = cipherSuiteByCode(code);
        if (!e) {
            d.check(false, code, 2, QStringLiteral("missing"), openSsl);
            continue;
        }
        const QString iana = QString::fromLatin1(SSL_CIPHER_standard_name(c));
        d.check(e->name == iana, code, 2, QStringLiteral("name"),
                iana + QStringLiteral(" vs ") + e->name);
        d.check(e->openSslName == openSsl, code, 2, QStringLiteral("openssl_name"),
                openSsl + QStringLiteral(" vs ") + e->openSslName);
        d.check(e->forwardSecret == ephemeral.contains(SSL_CIPHER_get_kx_nid(c)), code, 2,
                QStringLiteral("fs"), e->keyExchange);
        d.check(e->aead == (SSL_CIPHER_is_aead(c) == 1), code, 2, QStringLiteral("aead"), e->mode);
        int algBits = 0;
        SSL_CIPHER_get_bits(c, &algBits);
        d.check(e->keyBits == algBits, code, 2, QStringLiteral("key_bits"),
                QStringLiteral("%1 vs %2").arg(algBits).arg(e->keyBits));
    }
    const QString report = d.report();
    QVERIFY2(report.isEmpty(), qPrintable(report));
}

void TestCipherCatalog::agreesWithTestssl()
{
    // testssl.sh's cipher-mapping.txt, as Debian installs it (scripts/install-deps.sh).
    QFile f(QStringLiteral("/etc/testssl/cipher-mapping.txt"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        QSKIP("/etc/testssl/cipher-mapping.txt is missing: apt-get install testssl.sh to "
              "cross-check the catalog");
    Disagreements d{QStringLiteral("testssl"), {}, {}};
    QVERIFY(d.exceptions.loaded());
    // " 0x00,0x2F - AES128-SHA  TLS_RSA_WITH_AES_128_CBC_SHA  SSLv3  Kx=RSA  Au=RSA  Enc=AES(128)
    // Mac=SHA1 [export]"
    static const QRegularExpression lineShape(QStringLiteral(
        R"(^\s*(0x\w\w(?:,0x\w\w){1,2})\s+-\s+(\S+)\s+(\S+)\s+\S+\s+Kx=([^\s(]+)\S*\s+Au=\S+\s+)"
        R"(Enc=([^\s(]+)(?:\((\d+)\))?\s+Mac=(\S+)\s*(export)?)"));
    QSet<quint16> seen;
    int lines = 0;
    static const QSet<QString> ephemeral{QStringLiteral("DH"), QStringLiteral("ECDH"),
                                         QStringLiteral("DHEPSK"), QStringLiteral("ECDHEPSK"),
                                         QStringLiteral("any")};
    while (!f.atEnd()) {
        const QString line = QString::fromLatin1(f.readLine());
        const QRegularExpressionMatch m = lineShape.match(line);
        if (!m.hasMatch())
            continue;
        ++lines;
        const QStringList bytes = m.captured(1).split(u',');
        quint32 code = 0;
        for (const QString &b : bytes)
            code = (code << 8) | b.toUInt(nullptr, 16);
        const int width = int(bytes.size());
        const CipherProperties *e =
            width == 3 ? static_cast<const CipherProperties *>(ssl2CipherSpecByCode(code))
                       : cipherSuiteByCode(static_cast<quint16>(code));
        if (width == 2)
            seen.insert(static_cast<quint16>(code));
        const QString openSsl = m.captured(2);
        const QString iana = m.captured(3);
        if (!e) {
            d.check(false, code, width, QStringLiteral("missing"),
                    iana + QStringLiteral(" ") + openSsl);
            continue;
        }
        if (iana != u"-")
            d.check(e->name == iana, code, width, QStringLiteral("name"),
                    iana + QStringLiteral(" vs ") + e->name);
        d.check(e->openSslName == (openSsl == u"-" ? QString() : openSsl), code, width,
                QStringLiteral("openssl_name"), openSsl + QStringLiteral(" vs ") + e->openSslName);
        if (m.captured(5) != u"None")
            d.check(e->keyBits == m.captured(6).toInt(), code, width, QStringLiteral("key_bits"),
                    m.captured(6) + QStringLiteral(" vs ") + QString::number(e->keyBits));
        d.check(e->forwardSecret == ephemeral.contains(m.captured(4)), code, width,
                QStringLiteral("fs"), m.captured(4));
        d.check(e->aead == (m.captured(7) == u"AEAD"), code, width, QStringLiteral("aead"),
                m.captured(7));
        d.check(e->exportGrade == m.hasCaptured(8), code, width, QStringLiteral("export"),
                line.simplified());
        const QString mac = m.captured(7);
        if (mac == u"MD5" || mac == u"SHA1" || mac == u"SHA256" || mac == u"SHA384")
            d.check(e->mac == mac, code, width, QStringLiteral("mac"),
                    mac + QStringLiteral(" vs ") + e->mac);
    }
    QVERIFY(lines > 300);
    d.checkAbsent(seen);
    const QString report = d.report();
    QVERIFY2(report.isEmpty(), qPrintable(report));
}

void TestCipherCatalog::agreesWithNmap()
{
    // The CIPHERS table of nmap's nselib/tls.lua: name = code point.
    QFile f(QStringLiteral("/usr/share/nmap/nselib/tls.lua"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        QSKIP("/usr/share/nmap/nselib/tls.lua is missing: apt-get install nmap to cross-check the "
              "catalog");
    const QString text = QString::fromUtf8(f.readAll());
    const qsizetype start = text.indexOf(u"CIPHERS = {");
    QVERIFY(start >= 0);
    const QString table = text.mid(start, text.indexOf(u"\n}\n", start) - start);
    Disagreements d{QStringLiteral("nmap"), {}, {}};
    QVERIFY(d.exceptions.loaded());
    static const QRegularExpression entryShape(
        QStringLiteral(R"re(^\s*\[?"?([A-Za-z0-9_\-]+)"?\]?\s*=\s*0x([0-9A-Fa-f]+))re"),
        QRegularExpression::MultilineOption);
    QSet<quint16> seen;
    for (auto it = entryShape.globalMatch(table); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const auto code = static_cast<quint16>(m.captured(2).toUInt(nullptr, 16));
        seen.insert(code);
        // nmap's spelling: "-draft" marks drafts; TLS_AKE_WITH_X is TLS 1.3's TLS_X.
        QString name = m.captured(1);
        if (name.endsWith(u"-draft"))
            name.chop(6);
        if (name.startsWith(u"TLS_AKE_WITH_"))
            name.replace(0, 13, QStringLiteral("TLS_"));
        const CipherSuiteEntry *e = cipherSuiteByCode(code);
        if (!e) {
            d.check(false, code, 2, QStringLiteral("missing"), m.captured(1));
            continue;
        }
        d.check(e->name == name, code, 2, QStringLiteral("name"),
                m.captured(1) + QStringLiteral(" vs ") + e->name);
    }
    QVERIFY(seen.size() > 300);
    d.checkAbsent(seen);
    // Every code point nmap names is in the catalog or recorded ("missing"): so a
    // code point the SSL 3.0 hello offers that the catalog cannot name, nmap cannot either.
    const QString report = d.report();
    QVERIFY2(report.isEmpty(), qPrintable(report));
}

void TestCipherCatalog::strengthKeys()
{
    for (CipherStrength s :
         {CipherStrength::Recommended, CipherStrength::Secure, CipherStrength::Weak,
          CipherStrength::Insecure, CipherStrength::Signalling})
        QCOMPARE(cipherStrengthFromKey(cipherStrengthKey(s)), std::optional<CipherStrength>(s));
    QCOMPARE(cipherStrengthFromKey(u"strong"), std::nullopt);
    QCOMPARE(cipherSuiteName(0x0047), QStringLiteral("0x0047"));
    QCOMPARE(cipherSuiteCode(u"TLS_ECDHE_RSA_WITH_ARIA_256_GCM_SHA384"),
             std::optional<quint16>(0xC061));
    QCOMPARE(cipherSuiteCode(u"ECDHE-RSA-AES128-GCM-SHA256"), std::nullopt); // IANA names only
    QCOMPARE(ssl2CipherSpecName(0x0A0080), QStringLiteral("0x0a0080"));
}

QTEST_GUILESS_MAIN(TestCipherCatalog)
#include "tst_cipher_catalog.moc"
