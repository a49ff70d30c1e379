// The hygiene checks (probes/hygiene) against real servers configured for
// each behaviour: `openssl s_server` (renegotiation allowed or not, session
// caches and tickets, OCSP staples made by `openssl ocsp` from a test CA,
// a DH file of a well-known prime), gnutls-serv (priority strings that allow
// unsafe renegotiation, a stapled response), and the lab's Postfix, Dovecot
// and nginx with their Debian defaults. Each row says the hygiene keys its
// configuration decides; a key expected undecided must be null with a note,
// never false.
//
// The peers on the same kinds of endpoint, run by hand (Debian's testssl
// 3.0 and sslscan 2.0.7 on OpenSSL 3.0; testssl takes a minute or two for
// each, too slow for every run):
// - client renegotiation: s_server by default refuses it with a
//   no_renegotiation warning; testssl -R says "Secure Client-Initiated
//   Renegotiation: not vulnerable (OK)", we say client_renegotiation false.
//   With -client_renegotiation testssl says "VULNERABLE (NOT ok), potential
//   DoS threat", we say true. sslscan says "Session renegotiation not
//   supported" for both (also with --tls12): it does not tell them apart
//   against an OpenSSL 3 server, where testssl and we see the renegotiation
//   complete.
// - -legacy_renegotiation: the server still speaks RFC 5746 to a client that
//   does (renegotiation_info in its ServerHello), so insecure_renegotiation is
//   false, as testssl's "Secure Renegotiation (RFC 5746): supported (OK)";
//   only a client without RFC 5746 could see the legacy path, and OpenSSL's
//   client always signals it.
// - gnutls-serv with %DISABLE_SAFE_RENEGOTIATION: no renegotiation_info, so
//   insecure_renegotiation true, as sslscan's "Insecure session renegotiation
//   supported". sslscan runs in a moment: every s_server and gnutls-serv row
//   compares insecure_renegotiation with it (sslscanDisagrees). testssl cannot connect to it at all ("Your OpenSSL cannot
//   connect"): Debian's OpenSSL 3 client refuses a server without RFC 5746.
// - session resumption: testssl -S on s_server by default says "Session
//   Resumption: Tickets: yes, ID: yes" and "Session Ticket RFC 5077 hint
//   7200 seconds", as our ids, tickets and ticket_lifetime_hint. With
//   -no_ticket testssl says "Tickets: yes, ID: no", we say tickets false,
//   ids true: testssl resumes at the highest version, TLS 1.3, where
//   OpenSSL's SSL_OP_NO_TICKET still issues (stateful) tickets and there
//   are no session IDs; we ask at the newest version up to TLS 1.2, where
//   IDs and tickets are two things (hygiene_resumption.cpp).
// - OCSP stapling: testssl -S says "OCSP stapling: not offered" on s_server
//   without -status_file, as our ocsp_stapling false; it does not judge a
//   stapled response's status or certificate, we do (cert_status,
//   for_certificate).
#include "lab/lab.h"
#include "probes/endpoint_probe.h"
#include "probes/hygiene/hygiene_checks.h"
#include "tests/common/child_process.h"
#include "tests/common/lab_fixture.h"
#include "tests/common/openssl_server.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/ocsp.h>
#include <openssl/pem.h>

#include <ctime>
#include <memory>

using namespace mailtls;

namespace {

// Runs a command to its end; an error message, empty when it succeeded.
QString run(const QString &program, const QStringList &args, const QString &workDir = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return program + QLatin1Char(' ') + args.join(QLatin1Char(' ')) + QStringLiteral(": ") +
               QString::fromLocal8Bit(p.readAll());
    return {};
}

// An OCSP response `openssl ocsp` cannot make: one whose nextUpdate has
// passed (thisUpdate three days ago, nextUpdate two), signed by the CA, or
// a tryLater response with no body. Written as DER; an error message, empty
// when it is written.
QString writeOcspResponse(const QString &caCert, const QString &caKey, const QString &leafCert, bool tryLater,
                          const QString &out)
{
    auto readPem = [](const QString &path, auto reader) {
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_file(path.toLocal8Bit().constData(), "r"), BIO_free);
        return bio ? reader(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    };
    std::unique_ptr<X509, decltype(&X509_free)> ca(readPem(caCert, PEM_read_bio_X509), X509_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(readPem(caKey, PEM_read_bio_PrivateKey), EVP_PKEY_free);
    std::unique_ptr<X509, decltype(&X509_free)> leaf(readPem(leafCert, PEM_read_bio_X509), X509_free);
    if (!ca || !key || !leaf)
        return QStringLiteral("cannot read the CA or the leaf");
    std::unique_ptr<OCSP_BASICRESP, decltype(&OCSP_BASICRESP_free)> basic(OCSP_BASICRESP_new(), OCSP_BASICRESP_free);
    if (!tryLater) {
        const time_t now = std::time(nullptr);
        std::unique_ptr<ASN1_TIME, decltype(&ASN1_TIME_free)> thisUpdate(ASN1_TIME_adj(nullptr, now, -3, 0),
                                                                         ASN1_TIME_free);
        std::unique_ptr<ASN1_TIME, decltype(&ASN1_TIME_free)> nextUpdate(ASN1_TIME_adj(nullptr, now, -2, 0),
                                                                         ASN1_TIME_free);
        OCSP_CERTID *id = OCSP_cert_to_id(EVP_sha1(), leaf.get(), ca.get());
        const bool added = id && OCSP_basic_add1_status(basic.get(), id, V_OCSP_CERTSTATUS_GOOD, 0, nullptr,
                                                        thisUpdate.get(), nextUpdate.get());
        OCSP_CERTID_free(id);
        if (!added || OCSP_basic_sign(basic.get(), ca.get(), key.get(), EVP_sha256(), nullptr, 0) != 1)
            return QStringLiteral("cannot sign the OCSP response");
    }
    std::unique_ptr<OCSP_RESPONSE, decltype(&OCSP_RESPONSE_free)> response(
        OCSP_response_create(tryLater ? OCSP_RESPONSE_STATUS_TRYLATER : OCSP_RESPONSE_STATUS_SUCCESSFUL,
                             tryLater ? nullptr : basic.get()),
        OCSP_RESPONSE_free);
    unsigned char *der = nullptr;
    const int length = response ? i2d_OCSP_RESPONSE(response.get(), &der) : 0;
    if (length <= 0)
        return QStringLiteral("cannot encode the OCSP response");
    QFile f(out);
    const bool written = f.open(QIODevice::WriteOnly) && f.write(reinterpret_cast<const char *>(der), length) == length;
    OPENSSL_free(der);
    return written ? QString() : QStringLiteral("cannot write ") + out;
}

// gnutls-serv on 127.0.0.1 at a port of ours, echoing, with a priority string.
class GnutlsServer
{
public:
    GnutlsServer(quint16 port, const QString &cert, const QString &key, const QStringList &extra)
    {
        storetest::dieWithTest(m_server);
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        m_server.start(QStringLiteral("gnutls-serv"),
                       QStringList{QStringLiteral("--echo"), QStringLiteral("--disable-client-cert"),
                                   QStringLiteral("--port=") + QString::number(port),
                                   QStringLiteral("--x509certfile=") + cert, QStringLiteral("--x509keyfile=") + key} +
                           extra);
        // It listens once it prints "Echo Server listening on IPv4 ... done".
        QByteArray output;
        const QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired() && m_server.state() != QProcess::NotRunning) {
            m_server.waitForReadyRead(200);
            output += m_server.readAll();
            if (output.contains("done")) {
                m_port = port;
                return;
            }
        }
        m_error = QStringLiteral("gnutls-serv did not start: ") + QString::fromLocal8Bit(output);
    }
    ~GnutlsServer()
    {
        m_server.kill();
        m_server.waitForFinished(5000);
    }
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }

private:
    QProcess m_server;
    quint16 m_port = 0;
    QString m_error;
};

QString valueText(const std::optional<bool> &v)
{
    return v ? (*v ? QStringLiteral("true") : QStringLiteral("false")) : QStringLiteral("null");
}

// Checks a result against "key=value ..." with values true, false or null
// (undecided: null with a note). Keys: the hygiene keys, and ids, tickets,
// signature_valid, fresh, for_certificate, cert_status, response_status,
// dh_prime (a well-known prime's name in dh's primes), client_renegotiation_says
// (a word of its evidence). Empty: all as expected.
QString mismatches(const HygieneResult &h, const QString &expect)
{
    QStringList out;
    auto dump = [&h](const QString &key) {
        const HygieneCheck *c = h.check(key);
        return c ? QStringLiteral(" [evidence: %1; note: %2]").arg(c->evidence.join(QStringLiteral(" | ")), c->note)
                 : QString();
    };
    const QStringList pairs = expect.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString key = pair.left(eq);
        const QString want = pair.mid(eq + 1).replace(QLatin1Char('_'), QLatin1Char(' '));
        QString got;
        QString context;
        if (const HygieneCheck *c = h.check(key)) {
            got = valueText(c->value);
            context = dump(key);
            if (!c->value && c->note.isEmpty())
                out.append(key + QStringLiteral(": undecided without a note"));
        } else if (key == QLatin1StringView("ids")) {
            got = valueText(h.resumption.ids);
            context = dump(QStringLiteral("session_resumption"));
        } else if (key == QLatin1StringView("tickets")) {
            got = valueText(h.resumption.tickets);
            context = dump(QStringLiteral("session_resumption"));
        } else if (key == QLatin1StringView("signature_valid")) {
            got = valueText(h.ocsp.signatureValid);
            context = dump(QStringLiteral("ocsp_stapling"));
        } else if (key == QLatin1StringView("fresh")) {
            got = valueText(h.ocsp.fresh);
            context = dump(QStringLiteral("ocsp_stapling"));
        } else if (key == QLatin1StringView("for_certificate")) {
            got = valueText(h.ocsp.forCertificate);
            context = dump(QStringLiteral("ocsp_stapling"));
        } else if (key == QLatin1StringView("cert_status")) {
            got = h.ocsp.certStatus;
            context = dump(QStringLiteral("ocsp_stapling"));
        } else if (key == QLatin1StringView("client_renegotiation_says")) {
            // A word of its evidence (underscores kept).
            const QString word = pair.mid(eq + 1);
            got = h.clientRenegotiation.evidence.join(QLatin1Char(' ')).contains(word) ? want : QString();
            context = dump(QStringLiteral("client_renegotiation"));
        } else if (key == QLatin1StringView("response_status")) {
            got = h.ocsp.responseStatus;
        } else if (key == QLatin1StringView("dh_prime")) {
            QStringList names;
            for (const DhPrime &p : h.dhPrimes)
                names.append(p.wellKnown);
            got = names.contains(want) ? want : names.join(QStringLiteral(", "));
            context = dump(QStringLiteral("dh"));
        } else {
            out.append(QStringLiteral("unknown key ") + key);
            continue;
        }
        if (got != want)
            out.append(QStringLiteral("%1: %2, expected %3%4").arg(key, got, want, context));
    }
    return out.join(QLatin1Char('\n'));
}

// sslscan's line on renegotiation for a TLS endpoint on loopback ("Secure
// session renegotiation supported", "Insecure ...", "Session renegotiation
// not supported"); empty when sslscan is missing or says nothing.
QString sslscanRenegotiation(quint16 port)
{
    QProcess p;
    p.start(QStringLiteral("sslscan"), {QStringLiteral("--no-colour"), QStringLiteral("--no-ciphersuites"),
                                        QStringLiteral("--no-groups"), QStringLiteral("--no-heartbleed"),
                                        QStringLiteral("127.0.0.1:") + QString::number(port)});
    if (!p.waitForFinished(60000))
        return {};
    static const QRegularExpression line(QStringLiteral("^.*[Rr]enegotiation (?:not )?supported.*$"),
                                         QRegularExpression::MultilineOption);
    return line.match(QString::fromLocal8Bit(p.readAllStandardOutput())).captured(0).trimmed();
}

// insecure_renegotiation against sslscan on the same endpoint: "Insecure
// session renegotiation supported" is our true; its "Secure ... supported"
// and "not supported" (what it says for every OpenSSL 3 server, see above)
// are our false. Empty when they agree or sslscan cannot say.
QString sslscanDisagrees(const HygieneResult &h, quint16 port)
{
    const QString said = sslscanRenegotiation(port);
    if (said.isEmpty() || !h.insecureRenegotiation.value)
        return {};
    const bool insecure = said.startsWith(QLatin1StringView("Insecure"));
    return insecure == *h.insecureRenegotiation.value
               ? QString()
               : QStringLiteral("sslscan says \"%1\", insecure_renegotiation is %2")
                     .arg(said, valueText(h.insecureRenegotiation.value));
}

EndpointResult probeTls(quint16 port, const QString &caFile)
{
    ProbeTarget target{Protocol::Tls, QStringLiteral("127.0.0.1"), port, QStringLiteral("known.test")};
    ProbeOptions options;
    options.caFile = caFile;
    options.operationTimeoutMs = 5000;
    options.endpointTimeoutMs = 180000;
    return probeEndpoint(target, options);
}

} // namespace

class TestHygieneLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensslServer_data();
    void opensslServer();
    void connectionsPerCheck_data();
    void connectionsPerCheck();
    void gnutlsServer_data();
    void gnutlsServer();
    void labServers_data();
    void labServers();
    void cleanupTestCase();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QString makeLeaf(const QString &name, QString *serial);

    QTemporaryDir m_dir;
    QString m_error;
    std::unique_ptr<lab::Lab> m_lab;
    QString m_labSkip;
};

// A leaf certificate for name from the test CA (name.pem, name.key); its serial in hex.
QString TestHygieneLab::makeLeaf(const QString &name, QString *serial)
{
    const QString ext = file(name + QStringLiteral(".ext"));
    QFile f(ext);
    if (!f.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write ") + ext;
    f.write(QStringLiteral("subjectAltName=DNS:%1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n")
                .arg(name)
                .toUtf8());
    f.close();
    if (QString e = run(QStringLiteral("openssl"),
                        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                         QStringLiteral("-nodes"), QStringLiteral("-keyout"), file(name + QStringLiteral(".key")),
                         QStringLiteral("-out"), file(name + QStringLiteral(".csr")), QStringLiteral("-subj"),
                         QStringLiteral("/CN=") + name});
        !e.isEmpty())
        return e;
    if (QString e = run(QStringLiteral("openssl"),
                        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                         file(name + QStringLiteral(".csr")), QStringLiteral("-CA"), file(QStringLiteral("ca.pem")),
                         QStringLiteral("-CAkey"), file(QStringLiteral("ca.key")), QStringLiteral("-set_serial"),
                         QStringLiteral("0x%1").arg(QString::number(qHash(name) & 0xffffff, 16)),
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), ext,
                         QStringLiteral("-out"), file(name + QStringLiteral(".pem"))});
        !e.isEmpty())
        return e;
    QProcess p;
    p.start(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-serial"),
                                        QStringLiteral("-in"), file(name + QStringLiteral(".pem"))});
    p.waitForFinished(30000);
    *serial = QString::fromLatin1(p.readAllStandardOutput()).trimmed().section(QLatin1Char('='), 1);
    return serial->isEmpty() ? QStringLiteral("no serial for ") + name : QString();
}

// The test CA, its leaves, OCSP responses made by `openssl ocsp` from an
// index (good, revoked, and one for another certificate) and those it
// cannot make (stale, tryLater), a DH file of RFC 3526 group 14. The lab
// starts with the first of its rows.
void TestHygieneLab::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString e = run(QStringLiteral("openssl"),
                    {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                     QStringLiteral("-nodes"), QStringLiteral("-keyout"), file(QStringLiteral("ca.key")),
                     QStringLiteral("-out"), file(QStringLiteral("ca.pem")), QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Hygiene Test CA"),
                     QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                     QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    QVERIFY2(e.isEmpty(), qPrintable(e));
    QString serial;
    QString otherSerial;
    e = makeLeaf(QStringLiteral("known.test"), &serial);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = makeLeaf(QStringLiteral("other.test"), &otherSerial);
    QVERIFY2(e.isEmpty(), qPrintable(e));

    // One index per certificate status (the CA database's format).
    const QString expiry = QDateTime::currentDateTimeUtc().addDays(2).toString(QStringLiteral("yyMMddHHmmss'Z'"));
    const QString revokedAt = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(QStringLiteral("yyMMddHHmmss'Z'"));
    const struct
    {
        const char *name;
        QString line;
        QString cert;
    } responses[] = {
        {"good", QStringLiteral("V\t%1\t\t%2\tunknown\t/CN=known.test\n").arg(expiry, serial),
         QStringLiteral("known.test.pem")},
        {"revoked", QStringLiteral("R\t%1\t%2\t%3\tunknown\t/CN=known.test\n").arg(expiry, revokedAt, serial),
         QStringLiteral("known.test.pem")},
        {"other", QStringLiteral("V\t%1\t\t%2\tunknown\t/CN=other.test\n").arg(expiry, otherSerial),
         QStringLiteral("other.test.pem")},
    };
    for (const auto &r : responses) {
        const QString index = file(QLatin1StringView(r.name) + QStringLiteral(".index"));
        QFile f(index);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(r.line.toUtf8());
        f.close();
        e = run(QStringLiteral("openssl"),
                {QStringLiteral("ocsp"), QStringLiteral("-index"), index, QStringLiteral("-rsigner"),
                 file(QStringLiteral("ca.pem")), QStringLiteral("-rkey"), file(QStringLiteral("ca.key")),
                 QStringLiteral("-CA"), file(QStringLiteral("ca.pem")), QStringLiteral("-issuer"),
                 file(QStringLiteral("ca.pem")), QStringLiteral("-cert"), file(r.cert), QStringLiteral("-ndays"),
                 QStringLiteral("1"), QStringLiteral("-respout"),
                 file(QLatin1StringView(r.name) + QStringLiteral(".der"))});
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }
    e = writeOcspResponse(file(QStringLiteral("ca.pem")), file(QStringLiteral("ca.key")),
                          file(QStringLiteral("known.test.pem")), false, file(QStringLiteral("stale.der")));
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = writeOcspResponse(file(QStringLiteral("ca.pem")), file(QStringLiteral("ca.key")),
                          file(QStringLiteral("known.test.pem")), true, file(QStringLiteral("trylater.der")));
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = run(QStringLiteral("openssl"), {QStringLiteral("genpkey"), QStringLiteral("-genparam"), QStringLiteral("-algorithm"),
                                        QStringLiteral("DH"), QStringLiteral("-pkeyopt"), QStringLiteral("group:modp_2048"),
                                        QStringLiteral("-out"), file(QStringLiteral("modp2048.pem"))});
    QVERIFY2(e.isEmpty(), qPrintable(e));
}

void TestHygieneLab::cleanupTestCase()
{
    if (m_lab)
        m_lab->stop();
}

void TestHygieneLab::opensslServer_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expect");
    const QString leaf = QStringLiteral("-cert %LEAF% -key %LEAFKEY% ");
    // s_server takes TLS 1.2 and 1.3 by Debian's defaults (MinProtocol TLSv1.2).
    QTest::newRow("default") << QStringList{}
                             << "client_renegotiation=false client_renegotiation_says=no_renegotiation "
                                "insecure_renegotiation=false session_resumption=true ids=true tickets=true "
                                "ocsp_stapling=false";
    QTest::newRow("-client_renegotiation") << QStringList{QStringLiteral("-client_renegotiation")}
                                           << "client_renegotiation=true insecure_renegotiation=false";
    QTest::newRow("-no_renegotiation") << QStringList{QStringLiteral("-client_renegotiation"),
                                                      QStringLiteral("-no_renegotiation")}
                                       << "client_renegotiation=false insecure_renegotiation=false";
    QTest::newRow("-legacy_renegotiation") << QStringList{QStringLiteral("-legacy_renegotiation")}
                                           << "client_renegotiation=false insecure_renegotiation=false";
    QTest::newRow("-legacy_renegotiation -client_renegotiation")
        << QStringList{QStringLiteral("-legacy_renegotiation"), QStringLiteral("-client_renegotiation")}
        << "client_renegotiation=true insecure_renegotiation=false";
    QTest::newRow("-no_ticket") << QStringList{QStringLiteral("-no_ticket")}
                                << "session_resumption=true ids=true tickets=false";
    QTest::newRow("-no_ticket -no_cache") << QStringList{QStringLiteral("-no_ticket"), QStringLiteral("-no_cache")}
                                          << "session_resumption=false ids=false tickets=false";
    QTest::newRow("-no_cache") << QStringList{QStringLiteral("-no_cache")}
                               << "session_resumption=true ids=false tickets=true";
    QTest::newRow("TLS 1.3 only") << QStringList{QStringLiteral("-tls1_3")}
                                  << "client_renegotiation=false insecure_renegotiation=false "
                                     "session_resumption=true ids=false tickets=true";
    QTest::newRow("-status_file good")
        << QString(leaf + QStringLiteral("-status_file %DIR%/good.der")).split(QLatin1Char(' '))
        << "ocsp_stapling=true response_status=successful cert_status=good signature_valid=true fresh=true "
           "for_certificate=true";
    QTest::newRow("-status_file revoked")
        << QString(leaf + QStringLiteral("-status_file %DIR%/revoked.der")).split(QLatin1Char(' '))
        << "ocsp_stapling=true response_status=successful cert_status=revoked signature_valid=true fresh=true "
           "for_certificate=true";
    QTest::newRow("-status_file stale (nextUpdate two days ago)")
        << QString(leaf + QStringLiteral("-status_file %DIR%/stale.der")).split(QLatin1Char(' '))
        << "ocsp_stapling=true response_status=successful cert_status=good signature_valid=true fresh=false "
           "for_certificate=true";
    QTest::newRow("-status_file tryLater")
        << QString(leaf + QStringLiteral("-status_file %DIR%/trylater.der")).split(QLatin1Char(' '))
        << "ocsp_stapling=true response_status=tryLater cert_status= signature_valid=null for_certificate=null";
    QTest::newRow("-status_file for another certificate")
        << QString(leaf + QStringLiteral("-status_file %DIR%/other.der")).split(QLatin1Char(' '))
        << "ocsp_stapling=true response_status=successful signature_valid=true for_certificate=false";
    QTest::newRow("-dhparam RFC 3526 group 14")
        << QStringList{QStringLiteral("-dhparam"), QStringLiteral("%DIR%/modp2048.pem"), QStringLiteral("-cipher"),
                       QStringLiteral("DHE-RSA-AES128-GCM-SHA256")}
        << "dh=false dh_prime=RFC_3526_group_14_(2048-bit_MODP)";
}

void TestHygieneLab::opensslServer()
{
    QFETCH(QStringList, options);
    QFETCH(QString, expect);
    options.replaceInStrings(QStringLiteral("%LEAF%"), file(QStringLiteral("known.test.pem")));
    options.replaceInStrings(QStringLiteral("%LEAFKEY%"), file(QStringLiteral("known.test.key")));
    options.replaceInStrings(QStringLiteral("%DIR%"), m_dir.path());
    testservers::OpenSslServer server(options);
    QVERIFY2(server.port(), qPrintable(server.error()));
    const EndpointResult r = probeTls(server.port(), file(QStringLiteral("ca.pem")));
    QVERIFY2(r.status == ProbeStatus::Ok, qPrintable(r.error));
    QVERIFY(r.hygiene);
    const QString wrong = mismatches(*r.hygiene, expect);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    const QString peer = sslscanDisagrees(*r.hygiene, server.port());
    QVERIFY2(peer.isEmpty(), qPrintable(peer));
}

void TestHygieneLab::connectionsPerCheck_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("renegotiation");
    QTest::addColumn<int>("resumption");
    // TLS 1.2: two full handshakes, then a resumption by ticket and one by ID.
    QTest::newRow("default") << QStringList{} << 1 << 4;
    // Neither a ticket nor a session ID: nothing to resume.
    QTest::newRow("-no_ticket -no_cache") << QStringList{QStringLiteral("-no_ticket"), QStringLiteral("-no_cache")}
                                          << 1 << 2;
    // TLS 1.3: no renegotiation; a handshake and a resumption with its ticket.
    QTest::newRow("TLS 1.3 only") << QStringList{QStringLiteral("-tls1_3")} << 0 << 2;
}

// The connections client_renegotiation and session_resumption cost (ocsp_stapling
// costs none: it reads the main handshake's staple).
void TestHygieneLab::connectionsPerCheck()
{
    QFETCH(QStringList, options);
    QFETCH(int, renegotiation);
    QFETCH(int, resumption);
    testservers::OpenSslServer server(options);
    QVERIFY2(server.port(), qPrintable(server.error()));
    ProbeTarget target{Protocol::Tls, QStringLiteral("127.0.0.1"), server.port(), QStringLiteral("known.test")};
    ProbeOptions probeOptions;
    probeOptions.operationTimeoutMs = 5000;
    probeOptions.hygiene = false;
    const EndpointResult r = probeEndpoint(target, probeOptions);
    QVERIFY2(r.status == ProbeStatus::Ok, qPrintable(r.error));
    const hygiene::Plan plan = hygiene::planFor(r.versions);

    std::atomic_int connections = 0;
    const ProbeContext ctx{target, probeOptions, QDeadlineTimer(60000), &connections};
    HygieneCheck check;
    hygiene::askClientRenegotiation(ctx, plan, &check);
    QVERIFY2(check.value, qPrintable(check.note));
    QCOMPARE(connections.load(), renegotiation);
    connections = 0;
    SessionResumption detail;
    hygiene::askSessionResumption(ctx, plan, &check, &detail);
    QVERIFY2(check.value.has_value(), qPrintable(check.note));
    QCOMPARE(connections.load(), resumption);
}

void TestHygieneLab::gnutlsServer_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expect");
    QTest::newRow("NORMAL:%DISABLE_SAFE_RENEGOTIATION")
        << QStringList{QStringLiteral("--priority=NORMAL:-VERS-TLS1.3:%DISABLE_SAFE_RENEGOTIATION")}
        << "insecure_renegotiation=true client_renegotiation=true session_resumption=true ids=true tickets=true";
    QTest::newRow("NORMAL:%UNSAFE_RENEGOTIATION")
        << QStringList{QStringLiteral("--priority=NORMAL:%UNSAFE_RENEGOTIATION")}
        << "insecure_renegotiation=false client_renegotiation=true";
    QTest::newRow("NORMAL") << QStringList{QStringLiteral("--priority=NORMAL")} << "insecure_renegotiation=false client_renegotiation=true";
    QTest::newRow("--ocsp-response good")
        << QStringList{QStringLiteral("--priority=NORMAL"), QStringLiteral("--ocsp-response=%DIR%/good.der")}
        << "ocsp_stapling=true cert_status=good signature_valid=true fresh=true for_certificate=true";
}

void TestHygieneLab::gnutlsServer()
{
    QFETCH(QStringList, options);
    QFETCH(QString, expect);
    options.replaceInStrings(QStringLiteral("%DIR%"), m_dir.path());
    // A port of its own: gnutls-serv has no port 0.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    GnutlsServer server(port, file(QStringLiteral("known.test.pem")), file(QStringLiteral("known.test.key")), options);
    QVERIFY2(server.port(), qPrintable(server.error()));
    const EndpointResult r = probeTls(server.port(), file(QStringLiteral("ca.pem")));
    QVERIFY2(r.status == ProbeStatus::Ok, qPrintable(r.error));
    QVERIFY(r.hygiene);
    const QString wrong = mismatches(*r.hygiene, expect);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    const QString peer = sslscanDisagrees(*r.hygiene, server.port());
    QVERIFY2(peer.isEmpty(), qPrintable(peer));
}

void TestHygieneLab::labServers_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("expect");
    // Debian's OpenSSL 3 refuses client renegotiation unless a server allows
    // it (SSL_OP_ALLOW_CLIENT_RENEGOTIATION): Postfix, Dovecot and nginx with
    // a no_renegotiation warning (on imaps too, where Dovecot's greeting is
    // still unread when we renegotiate). None staples OCSP unless configured.
    // Resumption: Postfix issues tickets (keys from tlsmgr, shared by its smtpd
    // processes) and keeps no session cache without
    // smtpd_tls_session_cache_database; nginx issues tickets
    // (ssl_session_tickets on, lifetime 300 s) and caches nothing
    // (ssl_session_cache none); Dovecot issues tickets it cannot take back (a
    // new login process for each connection, each with keys of its own).
    const QString mta = QStringLiteral("client_renegotiation=false client_renegotiation_says=no_renegotiation "
                                       "insecure_renegotiation=false session_resumption=true "
                                       "ids=false tickets=true ocsp_stapling=false");
    const QString dovecot = QStringLiteral("client_renegotiation=false client_renegotiation_says=no_renegotiation "
                                           "insecure_renegotiation=false "
                                           "session_resumption=false ids=false tickets=false ocsp_stapling=false");
    QTest::newRow("Postfix mx1 smtp") << "mx1" << "smtp" << mta;
    QTest::newRow("Postfix mx2 smtp (TLS 1.0 to 1.2, DHE of RFC 3526 group 14)")
        << "mx2" << "smtp" << mta + QStringLiteral(" dh=false dh_prime=RFC_3526_group_14_(2048-bit_MODP)");
    QTest::newRow("Dovecot imap") << "imap" << "imap" << dovecot;
    QTest::newRow("Dovecot imaps") << "imap" << "imaps" << dovecot;
    QTest::newRow("nginx https") << "webmail" << "https" << mta;
}

void TestHygieneLab::labServers()
{
    QFETCH(QString, service);
    QFETCH(QString, protocol);
    QFETCH(QString, expect);
    if (!m_lab && m_labSkip.isEmpty() && lab::Lab::canRun(&m_labSkip)) {
        // The demo lab, with mx2's DHE prime from RFC 3526 group 14 (dh_group).
        auto spec = lab::loadLabSpec(demoLabFile());
        QVERIFY2(spec.spec, qPrintable(spec.error));
        for (lab::Service &s : spec.spec->services) {
            if (s.id == QLatin1StringView("mx2"))
                s.dhGroup = QStringLiteral("modp_2048");
        }
        m_lab = std::make_unique<lab::Lab>(*spec.spec);
        const QString e = m_lab->start({QStringLiteral("mx1"), QStringLiteral("mx2"), QStringLiteral("imap"),
                                        QStringLiteral("webmail")});
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }
    if (!m_labSkip.isEmpty())
        QSKIP(qPrintable(m_labSkip));
    const lab::Service *svc = nullptr;
    for (const lab::Service &s : m_lab->spec().services) {
        if (s.id == service)
            svc = &s;
    }
    QVERIFY(svc);
    std::optional<int> port;
    for (const lab::Listener &l : svc->listeners) {
        if (l.protocol == protocol)
            port = l.port;
    }
    QVERIFY(port);
    ProbeTarget target{*protocolFromScheme(protocol), svc->address, static_cast<quint16>(*port), svc->hostName};
    ProbeOptions options;
    options.caFile = m_lab->caFile();
    options.operationTimeoutMs = 5000;
    const EndpointResult r = probeEndpoint(target, options);
    QVERIFY2(r.status == ProbeStatus::Ok, qPrintable(r.error));
    QVERIFY(r.hygiene);
    const QString wrong = mismatches(*r.hygiene, expect);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
}

QTEST_GUILESS_MAIN(TestHygieneLab)
#include "tst_hygiene_lab.moc"
