// The robot hygiene check (probes/hygiene/hygiene_robot.cpp) against real
// servers and a scripted oracle. Real servers where they can behave so:
// OpenSSL's s_server with RSA key exchange (no oracle: false) and without it
// (false, no RSA key exchange). The oracle (tests/common/robot_oracle.h) is
// written here because no current library is one. Loopback only.
//
// Beside the peers: testssl.sh 3.0.8 (`testssl --robot`) on the same servers,
// run by hand (the oracle served by a scratch program around robot_oracle.h):
//   - s_server with AES128-SHA and AES256-GCM-SHA384: "not vulnerable (OK)";
//     we say false. Agree.
//   - s_server with ECDHE suites only: "Server does not support any cipher
//     suites that use RSA key transport"; we say false, no RSA key exchange.
//   - the oracle, NoOracle: "not vulnerable (OK)"; false. Agree.
//   - StrongAlerts: "VULNERABLE (NOT ok)" (strong); true, strong. Agree.
//   - WeakClose: "VULNERABLE (NOT ok) - weakly vulnerable"; true, weak. Agree.
//   - SilentOnBadPadding: "VULNERABLE (NOT ok)" (strong); true, strong. Agree
//     (testssl waits for the alert as long as the first answer took plus 2 s,
//     then 10 s on a rerun; we wait 3 s).
//   - Flaky: "not vulnerable (OK)": testssl asks each payload once, so the
//     well-formed block's changing answer is never seen; our second round
//     sees it and leaves the check undecided (sslyze, with three rounds,
//     would say "inconsistent results" too).
// Both decide strong and weak alike: weak when payloads 2, 3 and 4 got the
// same answer.

#include "probes/endpoint_probe.h"
#include "probes/hygiene/hygiene_checks.h"
#include "tests/common/certificate_chains.h"
#include "tests/common/openssl_server.h"
#include "tests/common/robot_oracle.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThreadPool>

using namespace mailtls;
using Mode = scripted::RobotOracle::Mode;

Q_DECLARE_METATYPE(scripted::RobotOracle::Options)

namespace {

// -1 undecided, 0 false, 1 true.
int valueOf(const HygieneCheck &c)
{
    return c.value ? int(*c.value) : -1;
}

QString describe(const HygieneCheck &c)
{
    return QStringLiteral("value %1; evidence: %2; note: %3")
        .arg(valueOf(c))
        .arg(c.evidence.join(QStringLiteral(" | ")), c.note);
}

// A plan with RSA key exchange at TLS 1.2, as steps 2 to 5 would find it.
hygiene::Plan rsaPlan(const QList<quint16> &suites)
{
    hygiene::Plan plan;
    plan.accepted = {TlsVersion::Tls12};
    plan.legacy = TlsVersion::Tls12;
    plan.legacySuites = suites;
    plan.suites.insert(TlsVersion::Tls12, suites);
    plan.rsaVersion = TlsVersion::Tls12;
    plan.rsaSuites = suites;
    return plan;
}

} // namespace

class TestHygieneRobot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noRsaKeyExchange_data();
    void noRsaKeyExchange();
    void oracle_data();
    void oracle();
    void realServer_data();
    void realServer();
    void cost();

private:
    testchains::Chains m_chains;
    QThreadPool m_pool;
};

void TestHygieneRobot::initTestCase()
{
    const QString e = m_chains.leaf(QStringLiteral("rsa"), QStringLiteral("robot.test"), {});
    QVERIFY2(e.isEmpty(), qPrintable(e));
    const QString ec = m_chains.leaf(QStringLiteral("ec"), QStringLiteral("robot.test"), {},
                                     -testchains::Chains::kDay, 30 * testchains::Chains::kDay,
                                     QStringLiteral("serverAuth"), QStringLiteral("ec256"));
    QVERIFY2(ec.isEmpty(), qPrintable(ec));
    m_pool.setMaxThreadCount(8);
}

void TestHygieneRobot::noRsaKeyExchange_data()
{
    QTest::addColumn<bool>("suitesComplete");
    QTest::addColumn<bool>("anyUndecided");
    QTest::addColumn<int>("expected");
    QTest::newRow("every suite known, none RSA: decided false") << true << false << 0;
    QTest::newRow("suite lists incomplete: undecided") << false << false << -1;
    QTest::newRow("a version undecided: undecided") << true << true << -1;
}

// No connection: what the plan says decides.
void TestHygieneRobot::noRsaKeyExchange()
{
    QFETCH(bool, suitesComplete);
    QFETCH(bool, anyUndecided);
    QFETCH(int, expected);
    hygiene::Plan plan;
    plan.accepted = {TlsVersion::Tls12};
    plan.legacy = TlsVersion::Tls12;
    plan.legacySuites = {0xc02f};
    plan.suitesComplete = suitesComplete;
    plan.anyUndecided = anyUndecided;
    ProbeTarget target{Protocol::Tls, QStringLiteral("127.0.0.1"), 9, QStringLiteral("robot.test")};
    ProbeOptions options;
    std::atomic_int connections{0};
    ProbeContext ctx{target, options, QDeadlineTimer(10000), &connections};
    HygieneCheck check;
    hygiene::askRobot(ctx, plan, &check);
    QVERIFY2(valueOf(check) == expected, qPrintable(describe(check)));
    QCOMPARE(connections.load(), 0);
    if (expected == -1)
        QVERIFY(!check.note.isEmpty());
    else
        QVERIFY(check.evidence.join(u' ').contains(QStringLiteral("no RSA key exchange")));
}

void TestHygieneRobot::oracle_data()
{
    QTest::addColumn<scripted::RobotOracle::Options>("options");
    QTest::addColumn<bool>("parallel");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QStringList>("says");
    using O = scripted::RobotOracle::Options;

    QTest::newRow("the same alert to every block: no oracle")
        << O{Mode::NoOracle, false, false} << true << 0
        << QStringList{QStringLiteral("bad_record_mac")};
    QTest::newRow("no oracle, one probe after another (no pool)")
        << O{Mode::NoOracle, false, false} << false << 0
        << QStringList{QStringLiteral("both rounds")};
    QTest::newRow("decrypt_error unless 00 02: strong oracle")
        << O{Mode::StrongAlerts, false, false} << true << 1
        << QStringList{QStringLiteral("strong oracle")};
    QTest::newRow("a close unless wholly valid: weak oracle")
        << O{Mode::WeakClose, false, false} << true << 1
        << QStringList{QStringLiteral("weak oracle"), QStringLiteral("a close without an alert")};
    QTest::newRow(
        "silence unless conformant (2 and 3 silent, 4 answered): strong oracle, the silence said")
        << O{Mode::SilentOnBadPadding, false, false} << true << 1
        << QStringList{QStringLiteral("strong oracle"), QStringLiteral("no answer within"),
                       QStringLiteral("ROBOT paper counts")};
    QTest::newRow("a reset unless 00 02: strong oracle, the reset said")
        << O{Mode::ResetUnless0002, false, false} << true << 1
        << QStringList{QStringLiteral("strong oracle"), QStringLiteral("a reset connection"),
                       QStringLiteral("ROBOT paper counts")};
    QTest::newRow("answers that change between rounds: undecided")
        << O{Mode::Flaky, false, false} << true << -1
        << QStringList{QStringLiteral("inconsistent")};
    QTest::newRow("optional client certificate (an empty one sent): the oracle still shows")
        << O{Mode::StrongAlerts, true, false} << true << 1
        << QStringList{QStringLiteral("strong oracle")};
    QTest::newRow("client certificate required: the padding is never judged, undecided")
        << O{Mode::StrongAlerts, true, true} << true << -1
        << QStringList{QStringLiteral("client certificate")};
}

void TestHygieneRobot::oracle()
{
    QFETCH(scripted::RobotOracle::Options, options);
    QFETCH(bool, parallel);
    QFETCH(int, expected);
    QFETCH(QStringList, says);
    scripted::RobotOracle oracle(options, m_chains.pem(QStringLiteral("rsa")),
                                 m_chains.keyPem(QStringLiteral("rsa")));
    QVERIFY(oracle.ready());
    TestServer server([&oracle](int fd, const std::atomic_bool &stop) { oracle.serve(fd, stop); });
    ProbeTarget target{Protocol::Tls, QStringLiteral("127.0.0.1"), server.port(),
                       QStringLiteral("robot.test")};
    ProbeOptions probeOptions;
    probeOptions.suitePool = parallel ? &m_pool : nullptr;
    std::atomic_int connections{0};
    ProbeContext ctx{target, probeOptions, QDeadlineTimer(60000), &connections};
    HygieneCheck check;
    hygiene::askRobot(ctx, rsaPlan({0x009c, 0x002f}), &check);
    QVERIFY2(valueOf(check) == expected, qPrintable(describe(check)));
    const QString all = check.evidence.join(u' ') + u' ' + check.note;
    for (const QString &part : std::as_const(says))
        QVERIFY2(all.contains(part),
                 qPrintable(part + QStringLiteral(" not in ") + describe(check)));
    if (expected != -1) {
        QCOMPARE(connections.load(), 10); // two rounds of five
        QCOMPARE(oracle.keyExchanges(), options.requireCertificate ? 0 : 10);
        QVERIFY(
            check.evidence.join(u' ').contains(QStringLiteral("TLS_RSA_WITH_AES_128_GCM_SHA256")));
    }
}

void TestHygieneRobot::realServer_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("says");
    QTest::newRow("RSA key exchange (AES128-SHA, AES256-GCM-SHA384): no oracle")
        << QStringList{QStringLiteral("-cipher"),
                       QStringLiteral("AES128-SHA:AES256-GCM-SHA384:@SECLEVEL=0")}
        << QStringLiteral("the same answer to all five");
    QTest::newRow("ECDHE only, TLS 1.2 and 1.3: no RSA key exchange")
        << QStringList{QStringLiteral("-cipher"), QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256")}
        << QStringLiteral("no RSA key exchange");
    QTest::newRow("an ECDSA certificate only: no RSA key exchange")
        << QStringList{QStringLiteral("-cert"),   QStringLiteral("%EC_CERT%"),
                       QStringLiteral("-key"),    QStringLiteral("%EC_KEY%"),
                       QStringLiteral("-cipher"), QStringLiteral("ALL:@SECLEVEL=0")}
        << QStringLiteral("no RSA key exchange");
}

// The whole probe of an endpoint (steps 1 to 8), so that the plan comes
// from the versions and suites the probe found.
void TestHygieneRobot::realServer()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, says);
    extra.replaceInStrings(
        QStringLiteral("%EC_CERT%"),
        m_chains.writeCertificates(QStringLiteral("ec.pem"), {QStringLiteral("ec")}));
    extra.replaceInStrings(QStringLiteral("%EC_KEY%"),
                           m_chains.writeKey(QStringLiteral("ec.key"), QStringLiteral("ec")));
    testservers::OpenSslServer server(extra, QStringLiteral("robot.test"));
    QVERIFY2(server.port(), qPrintable(server.error()));
    ProbeTarget target{Protocol::Tls, QStringLiteral("127.0.0.1"), server.port(),
                       QStringLiteral("robot.test")};
    ProbeOptions options;
    options.operationTimeoutMs = 5000;
    options.endpointTimeoutMs = 240000;
    const EndpointResult r = probeEndpoint(target, options);
    QVERIFY2(r.status == ProbeStatus::Ok,
             qPrintable(probeStatusKey(r.status) + QStringLiteral(": ") + r.error));
    QVERIFY(r.hygiene);
    const HygieneCheck &robot = r.hygiene->robot;
    QVERIFY2(robot.value == std::optional<bool>(false), qPrintable(describe(robot)));
    QVERIFY2(robot.evidence.join(u' ').contains(says), qPrintable(describe(robot)));
}

// What the check costs against a real server: connections and time, printed.
void TestHygieneRobot::cost()
{
    testservers::OpenSslServer server({QStringLiteral("-cipher"),
                                       QStringLiteral("AES128-SHA:@SECLEVEL=0"),
                                       QStringLiteral("-no_tls1_3")},
                                      QStringLiteral("robot.test"));
    QVERIFY2(server.port(), qPrintable(server.error()));
    ProbeTarget target{Protocol::Tls, QStringLiteral("127.0.0.1"), server.port(),
                       QStringLiteral("robot.test")};
    ProbeOptions options;
    options.suitePool = &m_pool;
    std::atomic_int connections{0};
    ProbeContext ctx{target, options, QDeadlineTimer(60000), &connections};
    HygieneCheck check;
    QElapsedTimer timer;
    timer.start();
    hygiene::askRobot(ctx, rsaPlan({0x002f}), &check);
    const qint64 ms = timer.elapsed();
    QVERIFY2(check.value == std::optional<bool>(false), qPrintable(describe(check)));
    QCOMPARE(connections.load(), 10);
    qInfo("robot against s_server (TLS 1.2, AES128-SHA): %d connections, %lld ms",
          connections.load(), ms);
}

QTEST_GUILESS_MAIN(TestHygieneRobot)
#include "tst_hygiene_robot.moc"
