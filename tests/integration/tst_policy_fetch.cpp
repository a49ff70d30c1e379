// The MTA-STS policy fetch against a real nginx serving the policy host over
// HTTPS with certificates from a CA the test makes, and a real DNS server
// (dnsmasq) answering mta-sts.<domain>.test with loopback addresses. Each row
// is a domain set up for one case: policies in enforce, testing and none
// mode (one sent chunked), a 404, a certificate for another name, one from a
// CA we do not trust, a redirect, the wrong media type, an oversize body, a
// slow body (nginx limit_rate), a host with only TLS 1.0 and 1.1, no address,
// a refused connection, a policy with garbage lines, a handshake refused with
// a fatal alert (decided), a connection closed without a response (nginx
// `return 444`) and one dropped mid-handshake (undecided). The last is a
// QTcpServer of the test's own that reads the hello and closes, as a broken
// middlebox does: nginx always answers a hello. Loopback only (127.0.0.70-74).

#include "probes/dns/resolver.h"
#include "probes/domain/mta_sts_json.h"
#include "probes/domain/policy_fetch.h"
#include "tests/common/certificate_chains.h"
#include "tests/common/child_process.h"
#include "tests/common/dns_server.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mailtls;

namespace {

const QHostAddress kDnsAddress(QStringLiteral("127.0.0.70"));
const QString kWebAddress = QStringLiteral("127.0.0.71");
const QString kNobodyAddress = QStringLiteral("127.0.0.72"); // nothing listens there
const QString kOldTlsAddress = QStringLiteral("127.0.0.73"); // the host that speaks only TLS 1.0 and 1.1
const QString kDropAddress = QStringLiteral("127.0.0.74");   // our own server that drops every handshake

const QByteArray kEnforce = "version: STSv1\r\nmode: enforce\r\nmx: mx1.enforce.test\r\nmx: *.enforce.test\r\n"
                            "max_age: 604800\r\n";
const QByteArray kTesting = "version: STSv1\nmode: testing\nmx: mx.testing.test\nmax_age: 86400\n";
const QByteArray kNone = "version: STSv1\nmode: none\nmax_age: 3600\n";
const QByteArray kGarbage = "version: STSv1\n<html>\nmode: enforce\nmx: mx.garbage.test\nmax_age: soon\n";

// One policy host: its domain, the certificate it serves, what nginx does for the policy path.
struct Site
{
    Site(const QString &d, const QString &l, const QString &loc, const QByteArray &b, const QString &srv = {},
         const QString &a = kWebAddress)
        : domain(d), leaf(l), location(loc), body(b), server(srv), address(a)
    {
    }
    QString domain;
    QString leaf;       // certificate name in the chains
    QString location;   // nginx directives inside location = /.well-known/mta-sts.txt
    QByteArray body;    // the policy file written for it ("" : none)
    QString server;     // nginx directives of its server block ("": TLS 1.2 and 1.3)
    QString address;    // where it listens
};

template <typename T>
std::optional<T> wait(QFuture<T> future, int ms)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!watcher.isFinished())
        loop.exec();
    if (!watcher.isFinished() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

} // namespace

class TestPolicyFetch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fetch_data();
    void fetch();
    void jsonOfARealFetch();

private:
    QString startNginx(const QList<Site> &sites);

    QTemporaryDir m_dir;
    testchains::Chains m_chains;
    QString m_caFile;
    quint16 m_port = 0;
    QProcess m_nginx;
    dnstest::DnsServer m_dns;
    QTcpServer m_dropper; // reads the ClientHello, then closes without an alert
};

void TestPolicyFetch::initTestCase()
{
    if (!QFile::exists(QStringLiteral("/usr/sbin/nginx")) || !dnstest::DnsServer::installed())
        QSKIP("nginx or dnsmasq is not installed");
    QVERIFY(m_dir.isValid());
    QCOMPARE(m_chains.ca(QStringLiteral("root"), QStringLiteral("Policy Test Root"), -testchains::Chains::kDay,
                         365 * testchains::Chains::kDay),
             QString());
    QCOMPARE(m_chains.ca(QStringLiteral("rogue"), QStringLiteral("Rogue Root"), -testchains::Chains::kDay,
                         365 * testchains::Chains::kDay),
             QString());
    const QList<Site> sites{
        {QStringLiteral("enforce.test"), {}, {}, kEnforce},
        {QStringLiteral("testing.test"), {},
         QStringLiteral("charset utf-8; charset_types text/plain;"), kTesting},
        {QStringLiteral("none.test"), {}, {}, kNone},
        // sub_filter drops the Content-Length: nginx sends the body chunked
        {QStringLiteral("chunked.test"), {},
         QStringLiteral("sub_filter 'STSv1' 'STSv1'; sub_filter_types text/plain; sub_filter_once off;"), kEnforce},
        {QStringLiteral("missing.test"), {}, {}, {}},
        {QStringLiteral("othername.test"), QStringLiteral("elsewhere"), {}, kEnforce},
        {QStringLiteral("untrusted.test"), QStringLiteral("rogue-leaf"), {}, kEnforce},
        {QStringLiteral("redirect.test"), {},
         QStringLiteral("return 301 https://www.redirect.test/mta-sts.txt;"), kEnforce},
        {QStringLiteral("html.test"), {}, QStringLiteral("default_type text/html;"), kNone},
        {QStringLiteral("big.test"), {}, {}, kNone + QByteArray(70 * 1024, '#')},
        {QStringLiteral("slow.test"), {}, QStringLiteral("limit_rate 100;"), kNone + QByteArray(2000, '#')},
        {QStringLiteral("garbage.test"), {}, {}, kGarbage},
        {QStringLiteral("oldtls.test"), {}, {}, kNone,
         QStringLiteral("ssl_protocols TLSv1 TLSv1.1; ssl_ciphers ALL:!aNULL:!eNULL:@SECLEVEL=0;"), kOldTlsAddress},
        {QStringLiteral("rejected.test"), {}, {}, kEnforce,
         QStringLiteral("ssl_protocols TLSv1.2 TLSv1.3; ssl_reject_handshake on;")},
        {QStringLiteral("silent.test"), {}, QStringLiteral("return 444;"), kEnforce},
    };
    QCOMPARE(m_chains.leaf(QStringLiteral("elsewhere"), QStringLiteral("www.elsewhere.test"), QStringLiteral("root")),
             QString());
    QCOMPARE(m_chains.leaf(QStringLiteral("rogue-leaf"), QStringLiteral("mta-sts.untrusted.test"),
                           QStringLiteral("rogue")),
             QString());
    m_caFile = m_chains.writeCertificates(QStringLiteral("ca.pem"), {QStringLiteral("root")});
    QVERIFY(!m_caFile.isEmpty());
    const QString error = startNginx(sites);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList zone{QStringLiteral("--local=/test/")};
    for (const Site &s : sites)
        zone.append(QStringLiteral("--host-record=mta-sts.%1,%2").arg(s.domain, s.address));
    zone.append(QStringLiteral("--host-record=mta-sts.refused.test,%1").arg(kNobodyAddress));
    zone.append(QStringLiteral("--host-record=mta-sts.dropped.test,%1").arg(kDropAddress));
    QVERIFY(m_dropper.listen(QHostAddress(kDropAddress), m_port));
    connect(&m_dropper, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_dropper.nextPendingConnection()) {
            connect(client, &QTcpSocket::readyRead, client, [client] {
                client->readAll();
                client->abort(); // no alert, no close_notify
                client->deleteLater();
            });
        }
    });
    zone.append(QStringLiteral("--host-record=www.noaddress.test,%1").arg(kWebAddress)); // but no mta-sts host
    QString dnsError;
    QVERIFY2(m_dns.start(kDnsAddress, zone, &dnsError), qPrintable(dnsError));
}

QString TestPolicyFetch::startNginx(const QList<Site> &sites)
{
    m_port = dnstest::freePort(QHostAddress(kWebAddress));
    if (m_port == 0)
        return QStringLiteral("no free port");
    const QString root = m_dir.path();
    QDir(root).mkpath(QStringLiteral("tmp"));
    QString conf;
    conf += QStringLiteral("daemon off;\nmaster_process off;\npid %1/nginx.pid;\nerror_log %1/error.log warn;\n"
                           "events { worker_connections 64; }\nhttp {\n  access_log off;\n  server_tokens off;\n"
                           "  types { }\n  default_type text/plain;\n")
                .arg(root);
    for (const char *temp : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"})
        conf += QStringLiteral("  %1_temp_path %2/tmp/%1;\n").arg(QLatin1StringView(temp), root);
    for (const Site &s : sites) {
        const QString host = QStringLiteral("mta-sts.") + s.domain;
        const QString leaf = s.leaf.isEmpty() ? host : s.leaf;
        if (s.leaf.isEmpty() &&
            !m_chains.leaf(leaf, host, QStringLiteral("root")).isEmpty())
            return QStringLiteral("cannot make a certificate for %1").arg(host);
        const QString cert = m_chains.writeCertificates(leaf + QStringLiteral(".pem"), {leaf});
        const QString key = m_chains.writeKey(leaf + QStringLiteral(".key"), leaf);
        const QString docroot = root + QLatin1Char('/') + host;
        QDir(root).mkpath(host + QStringLiteral("/.well-known"));
        if (!s.body.isEmpty()) {
            QFile f(docroot + QStringLiteral("/.well-known/mta-sts.txt"));
            if (!f.open(QIODevice::WriteOnly) || f.write(s.body) != s.body.size())
                return QStringLiteral("cannot write %1").arg(f.fileName());
        }
        conf += QStringLiteral("  server {\n    listen %1:%2 ssl;\n    server_name %3;\n"
                               "    ssl_certificate %4;\n    ssl_certificate_key %5;\n"
                               "    %6\n    root %7;\n"
                               "    location = /.well-known/mta-sts.txt { %8 }\n  }\n")
                    .arg(s.address)
                    .arg(m_port)
                    .arg(host, cert, key,
                         s.server.isEmpty() ? QStringLiteral("ssl_protocols TLSv1.2 TLSv1.3;") : s.server,
                         docroot, s.location);
    }
    conf += QStringLiteral("}\n");
    QFile f(root + QStringLiteral("/nginx.conf"));
    if (!f.open(QIODevice::WriteOnly) || f.write(conf.toUtf8()) < 0)
        return QStringLiteral("cannot write nginx.conf");
    f.close();
    storetest::dieWithTest(m_nginx);
    m_nginx.setProcessChannelMode(QProcess::MergedChannels);
    m_nginx.start(QStringLiteral("/usr/sbin/nginx"),
                  {QStringLiteral("-p"), root, QStringLiteral("-c"), f.fileName(), QStringLiteral("-e"),
                   root + QStringLiteral("/error.log")});
    if (!m_nginx.waitForStarted(5000))
        return m_nginx.errorString();
    for (int i = 0; i < 100 && m_nginx.state() == QProcess::Running; ++i) {
        QTcpSocket s;
        s.connectToHost(QHostAddress(kWebAddress), m_port);
        if (s.waitForConnected(100))
            return {};
        QTest::qWait(50);
    }
    QFile log(root + QStringLiteral("/error.log"));
    log.open(QIODevice::ReadOnly);
    return QStringLiteral("nginx did not come up: ") + QString::fromUtf8(m_nginx.readAll() + log.readAll());
}

void TestPolicyFetch::cleanupTestCase()
{
    if (m_nginx.state() != QProcess::NotRunning) {
        m_nginx.terminate();
        if (!m_nginx.waitForFinished(5000))
            m_nginx.kill();
        m_nginx.waitForFinished(5000);
    }
    m_dns.stop();
}

void TestPolicyFetch::fetch_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("status");     // policyFetchStatusKey
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("mode");       // of the parsed policy, "" when none was parsed
    QTest::addColumn<bool>("usable");
    QTest::addColumn<QString>("notePart");   // a part of the note, "" for no check
    QTest::addColumn<int>("timeoutMs");

    QTest::newRow("enforce") << "enforce.test" << "ok" << 200 << "enforce" << true << "" << 10000;
    QTest::newRow("testing, text/plain with a charset") << "testing.test" << "ok" << 200 << "testing" << true << ""
                                                        << 10000;
    QTest::newRow("none") << "none.test" << "ok" << 200 << "none" << true << "" << 10000;
    QTest::newRow("chunked") << "chunked.test" << "ok" << 200 << "enforce" << true << "" << 10000;
    QTest::newRow("policy with garbage lines") << "garbage.test" << "ok" << 200 << "enforce" << false << ""
                                               << 10000;
    QTest::newRow("404") << "missing.test" << "http_status" << 404 << "" << false << "HTTP 404" << 10000;
    QTest::newRow("certificate for another name") << "othername.test" << "certificate_invalid" << 0 << "" << false
                                                  << "it does not name mta-sts.othername.test" << 10000;
    QTest::newRow("certificate from an untrusted CA") << "untrusted.test" << "certificate_invalid" << 0 << ""
                                                      << false << "not trusted" << 10000;
    QTest::newRow("redirect") << "redirect.test" << "redirect" << 301 << "" << false
                              << "https://www.redirect.test/mta-sts.txt" << 10000;
    QTest::newRow("wrong media type") << "html.test" << "wrong_media_type" << 200 << "none" << true << "text/html"
                                      << 10000;
    QTest::newRow("oversize") << "big.test" << "too_large" << 200 << "" << false << "65536" << 10000;
    QTest::newRow("slow body") << "slow.test" << "timeout" << 200 << "" << false << "bytes of the response" << 4000;
    QTest::newRow("TLS 1.0 and 1.1 only") << "oldtls.test" << "tls_failed" << 0 << "" << false
                                          << "offers only TLSv1.1; senders require TLS 1.2" << 10000;
    QTest::newRow("handshake refused with a fatal alert")
        << "rejected.test" << "tls_failed" << 0 << "" << false << "failed" << 10000;
    QTest::newRow("closed without a response") << "silent.test" << "broken" << 0 << "" << false
                                               << "says nothing about the policy" << 10000;
    QTest::newRow("dropped mid-handshake") << "dropped.test" << "broken" << 0 << "" << false
                                           << "without a fatal alert" << 10000;
    QTest::newRow("no address") << "noaddress.test" << "no_address" << 0 << "" << false
                                << "mta-sts.noaddress.test has no A or AAAA record" << 10000;
    QTest::newRow("connection refused") << "refused.test" << "connect_failed" << 0 << "" << false
                                        << kNobodyAddress << 10000;
}

void TestPolicyFetch::fetch()
{
    QFETCH(QString, domain);
    QFETCH(QString, status);
    QFETCH(int, httpStatus);
    QFETCH(QString, mode);
    QFETCH(bool, usable);
    QFETCH(QString, notePart);
    QFETCH(int, timeoutMs);

    dns::ResolverOptions dnsOptions;
    dnsOptions.servers = {m_dns.server()};
    dnsOptions.timeoutMs = 3000;
    dns::Resolver resolver(dnsOptions);
    PolicyFetchOptions options;
    options.port = m_port;
    options.caFile = m_caFile;
    options.timeoutMs = timeoutMs;

    // The calling thread keeps running its event loop while the fetch runs.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(20);
    QElapsedTimer timer;
    timer.start();
    const auto result = wait(fetchStsPolicy(&resolver, domain, options), timeoutMs + 10000);
    QVERIFY(result);
    const PolicyFetchResult &r = *result;
    const QString summary = policyFetchStatusKey(r.status) + QStringLiteral(": ") + r.note;
    QCOMPARE(policyFetchStatusKey(r.status), status);
    QCOMPARE(r.httpStatus, httpStatus);
    QCOMPARE(r.url, QStringLiteral("https://mta-sts.%1/.well-known/mta-sts.txt").arg(domain));
    QCOMPARE(r.policy ? (r.policy->mode ? stsModeKey(*r.policy->mode) : QStringLiteral("?")) : QString(), mode);
    if (r.policy)
        QCOMPARE(r.policy->usable(), usable);
    QVERIFY2(r.note.contains(notePart), qPrintable(summary));
    QVERIFY2(timer.elapsed() < timeoutMs + 2000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(r.elapsedMs <= timer.elapsed() + 50);
    if (timer.elapsed() > 200)
        QVERIFY2(ticks > 0, "the calling thread was blocked");

    if (r.status == PolicyFetchStatus::Ok) {
        QCOMPARE(r.address, kWebAddress);
        QVERIFY(r.certificate);
        QCOMPARE(r.certificate->trusted, std::optional<bool>(true));
        QVERIFY(r.contentType.startsWith(QStringLiteral("text/plain")));
        QVERIFY(!r.body.isEmpty());
    }
    if (domain == QLatin1StringView("testing.test"))
        QCOMPARE(r.contentType, QStringLiteral("text/plain; charset=utf-8"));
    if (domain == QLatin1StringView("enforce.test") || domain == QLatin1StringView("chunked.test")) {
        QCOMPARE(r.body, kEnforce);
        QCOMPARE(r.policy->mx, (QStringList{QStringLiteral("mx1.enforce.test"), QStringLiteral("*.enforce.test")}));
        QCOMPARE(r.policy->maxAge, std::optional<qint64>(604800));
    }
    if (domain == QLatin1StringView("untrusted.test")) {
        QVERIFY(r.certificate);
        QCOMPARE(r.certificate->trusted, std::optional<bool>(false));
        QCOMPARE(r.certificate->nameMatches, std::optional<bool>(true));
    }
    if (domain == QLatin1StringView("othername.test")) {
        QVERIFY(r.certificate);
        QCOMPARE(r.certificate->trusted, std::optional<bool>(true));
        QCOMPARE(r.certificate->nameMatches, std::optional<bool>(false));
    }
    if (domain == QLatin1StringView("redirect.test"))
        QCOMPARE(r.location, QStringLiteral("https://www.redirect.test/mta-sts.txt"));
    if (domain == QLatin1StringView("big.test"))
        QVERIFY(r.body.size() <= options.maxBodyBytes);
    if (domain == QLatin1StringView("slow.test")) {
        QVERIFY2(!r.body.isEmpty(), "the slow body started to arrive");
        QVERIFY(r.body.size() < kNone.size() + 2000);
    }
    if (domain == QLatin1StringView("garbage.test")) {
        QCOMPARE(r.policy->errors.size(), 2);
        QCOMPARE(r.policy->errors.at(0).text(), QStringLiteral("line 2: \"<html>\" is not a \"key: value\" field"));
        QCOMPARE(r.policy->errors.at(1).line, 5);
    }
}

void TestPolicyFetch::jsonOfARealFetch()
{
    dns::ResolverOptions dnsOptions;
    dnsOptions.servers = {m_dns.server()};
    dns::Resolver resolver(dnsOptions);
    PolicyFetchOptions options;
    options.port = m_port;
    options.caFile = m_caFile;
    const auto r = wait(fetchStsPolicy(&resolver, QStringLiteral("enforce.test"), options), 20000);
    QVERIFY(r);
    QCOMPARE(r->status, PolicyFetchStatus::Ok);
    const QJsonObject json = policyFetchToJson(*r);
    const auto back = policyFetchFromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
    QVERIFY(back);
    QCOMPARE(policyFetchToJson(*back), json);
    QCOMPARE(json.value(QLatin1StringView("policy")).toObject().value(QLatin1StringView("mode")).toString(),
             QStringLiteral("enforce"));
}

QTEST_GUILESS_MAIN(TestPolicyFetch)
#include "tst_policy_fetch.moc"
