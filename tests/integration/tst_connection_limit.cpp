// A mail server behind a per-client connection limit, as a firewall's
// connlimit, xinetd's per_source or a load balancer makes one: beyond three
// connections at once from one address, new ones are reset. A one-at-a-time
// scanner enumerates such a server completely; so must we, slower, saying
// which limit we met, and never calling a version refused because a
// connection was reset.
//
// The lab's real Postfix (mx2: TLS 1.0 to 1.2, many suites) and the limit (an
// iptables connlimit rule) live in a network namespace this test creates for
// itself: main() starts the test again under `unshare --net`, where lo is its
// own and nothing outside sees the rule.

#include "probes/endpoint_probe.h"
#include "tests/common/lab_fixture.h"

#include <QProcess>
#include <QTest>
#include <QThreadPool>

#include <cstdlib>
#include <unistd.h>

using namespace mailtls;

namespace {

const QString kHost = QStringLiteral("127.0.0.12"); // the lab's mx2
constexpr quint16 kPort = 2525;

bool run(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    const bool ok = p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return ok;
}

struct Probed
{
    EndpointResult result;
    int loweredCap = 0;
    int peakPerHost = 0;
};

// One endpoint probed as an audit does: a shared limiter (8 per host) and pools.
Probed probe()
{
    ConnectionLimiter limiter(32, 8);
    QThreadPool versions;
    QThreadPool suites;
    versions.setMaxThreadCount(32);
    suites.setMaxThreadCount(32);
    ProbeOptions options;
    options.limiter = &limiter;
    options.versionPool = &versions;
    options.suitePool = &suites;
    options.operationTimeoutMs = 5000;
    Probed p;
    p.result = probeEndpoint(ProbeTarget{Protocol::Smtp, kHost, kPort, QStringLiteral("mx2.lab.test")}, options);
    p.loweredCap = limiter.loweredCap(kHost);
    p.peakPerHost = limiter.peakPerHost();
    return p;
}

} // namespace

class TestConnectionLimit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void limitedServerEnumeratedCompletely();

private:
    LabStart m_lab;
};

void TestConnectionLimit::initTestCase()
{
    if (!qEnvironmentVariableIsSet("MAILTLS_TEST_NETNS"))
        QSKIP("needs root and unshare to make a network namespace of its own");
    QString output;
    QVERIFY2(run(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
                                        QStringLiteral("up")},
                 &output),
             qPrintable(output));
    m_lab = startDemoLab({QStringLiteral("mx2")});
    if (!m_lab.skip.isEmpty())
        QSKIP(qPrintable(m_lab.skip));
    QVERIFY2(m_lab.error.isEmpty(), qPrintable(m_lab.error));
}

void TestConnectionLimit::limitedServerEnumeratedCompletely()
{
    const Probed free = probe();
    QVERIFY2(free.result.status == ProbeStatus::Ok, qPrintable(free.result.error));
    QCOMPARE(free.loweredCap, 0);
    QVERIFY2(free.peakPerHost > 3, "the unlimited probe should use more than three connections at once");

    // Beyond three connections at once from one address: reset.
    QString output;
    QVERIFY2(run(QStringLiteral("iptables"),
                 {QStringLiteral("-A"), QStringLiteral("INPUT"), QStringLiteral("-p"), QStringLiteral("tcp"),
                  QStringLiteral("--syn"), QStringLiteral("-d"), kHost, QStringLiteral("--dport"),
                  QString::number(kPort), QStringLiteral("-m"), QStringLiteral("connlimit"),
                  QStringLiteral("--connlimit-above"), QStringLiteral("3"), QStringLiteral("--connlimit-mask"),
                  QStringLiteral("32"), QStringLiteral("-j"), QStringLiteral("REJECT"), QStringLiteral("--reject-with"),
                  QStringLiteral("tcp-reset")},
                 &output),
             qPrintable(output));

    const Probed limited = probe();
    qInfo("without the limit: %d connections, %lld ms, at most %d at once; with it: %d connections, %lld ms, "
          "cap lowered to %d",
          free.result.connections, free.result.durationMs, free.peakPerHost, limited.result.connections,
          limited.result.durationMs, limited.loweredCap);
    QVERIFY2(limited.result.status == ProbeStatus::Ok,
             qPrintable(probeStatusKey(limited.result.status) + QStringLiteral(": ") + limited.result.error));
    // The limit was met and named: at most three at once from then on.
    QVERIFY2(limited.loweredCap >= 1 && limited.loweredCap <= 3, qPrintable(QString::number(limited.loweredCap)));
    // The same answers as without the limit: every version decided alike, every suite found.
    for (TlsVersion v : allTlsVersions()) {
        const VersionResult &a = free.result.versions.value(v);
        const VersionResult &b = limited.result.versions.value(v);
        const QString name = tlsVersionName(v);
        QVERIFY2(a.accepted.has_value(), qPrintable(name + QStringLiteral(" undecided without the limit: ") + a.note));
        QVERIFY2(b.accepted == a.accepted,
                 qPrintable(name + QStringLiteral(": ") +
                            (b.accepted ? (*b.accepted ? QStringLiteral("accepted") : QStringLiteral("refused"))
                                        : QStringLiteral("undecided")) +
                            QStringLiteral(" ") + b.note));
        QCOMPARE(QSet<QString>(b.cipherSuites.cbegin(), b.cipherSuites.cend()),
                 QSet<QString>(a.cipherSuites.cbegin(), a.cipherSuites.cend()));
        if (a.serverPreference == std::optional<bool>(true))
            QCOMPARE(b.cipherSuites, a.cipherSuites);
        QVERIFY2(!b.note.contains(QLatin1StringView("incomplete")), qPrintable(name + QStringLiteral(": ") + b.note));
    }
    QCOMPARE(limited.result.versions.value(TlsVersion::Tls10).accepted, std::optional<bool>(true)); // weak: the truth
}

int main(int argc, char *argv[])
{
    // Again in a network namespace of its own, where the firewall rule touches nothing else.
    if (!std::getenv("MAILTLS_TEST_NETNS") && ::geteuid() == 0 && ::access("/usr/bin/unshare", X_OK) == 0) {
        ::setenv("MAILTLS_TEST_NETNS", "1", 1);
        std::vector<char *> args{const_cast<char *>("unshare"), const_cast<char *>("--net"),
                                 const_cast<char *>("--")};
        for (int i = 0; i < argc; ++i)
            args.push_back(argv[i]);
        args.push_back(nullptr);
        ::execv("/usr/bin/unshare", args.data());
        ::unsetenv("MAILTLS_TEST_NETNS"); // exec failed: run here, and skip
    }
    QCoreApplication app(argc, argv);
    TestConnectionLimit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_connection_limit.moc"
