// The version and suite enumeration (probeVersion) against a hand-written
// hello-only server (tests/common/scripted_tls.h), for what no real server can
// be made to do on demand:
//   - fieldBehaviours: records of one byte, a slow drip, a suite that was not
//     offered, a version above the offer, a hang on hellos of 256 to 511
//     bytes, a warning alert first; each with its exact expected result;
//   - model: postures drawn at random (versions, suite sets, server or client
//     order, groups); the engine's answer must equal the model's;
//   - modelUnderFaults: the same with connections dropped at random and a
//     per-client connection limit; every answer must equal the model's or
//     say undecided (null, or a suite list marked incomplete), never less.
//   In both, some servers refuse by closing the connection with no alert
//   (as Dovecot does), which only a close confirmed with no other connection
//   of ours open may decide.
// Loopback only (127.0.0.1, ephemeral ports).

#include "probes/endpoint_probe.h"
#include "probes/limiter.h"
#include "probes/tls/cipher_registry.h"
#include "probes/version_probe.h"
#include "tests/common/scripted_tls.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>
#include <QThreadPool>

#include <algorithm>
#include <memory>
#include <random>

using namespace mailtls;

namespace {

constexpr int kWireTls13 = 0x0304;

int wireVersion(TlsVersion v)
{
    switch (v) {
    case TlsVersion::Ssl2: return 0x0002;
    case TlsVersion::Ssl3: return 0x0300;
    case TlsVersion::Tls10: return 0x0301;
    case TlsVersion::Tls11: return 0x0302;
    case TlsVersion::Tls12: return 0x0303;
    case TlsVersion::Tls13: return kWireTls13;
    }
    return 0;
}

QStringList names(const QList<quint16> &codes)
{
    QStringList out;
    for (quint16 c : codes) {
        const CipherSuiteEntry *e = cipherSuiteByCode(c);
        out.append(e ? e->name : QString::number(c, 16));
    }
    return out;
}

using ScriptedServer = scripted::Server;

struct Probed
{
    VersionResult result;
    ProbeError failure;
};

Probed probe(quint16 port, TlsVersion version, int operationMs = 2000, int perHost = 8)
{
    ProbeTarget target{Protocol::Tls, QStringLiteral("127.0.0.1"), port, QStringLiteral("model.test")};
    ConnectionLimiter limiter(64, perHost);
    QThreadPool suitePool;
    suitePool.setMaxThreadCount(4);
    ProbeOptions options;
    options.operationTimeoutMs = operationMs;
    options.endpointTimeoutMs = 120000;
    options.rateLimitBackoffMs = 50;
    options.limiter = &limiter;
    options.suitePool = &suitePool;
    std::atomic_int connections{0};
    const ProbeContext ctx{target, options, QDeadlineTimer(options.endpointTimeoutMs), &connections};
    Probed p;
    p.result = probeVersion(ctx, version, &p.failure);
    suitePool.waitForDone();
    return p;
}

// Suites a server could really take in one version.
QList<quint16> candidateSuites(int wire)
{
    if (wire == kWireTls13)
        return {0x1301, 0x1302, 0x1303, 0x1304, 0x1305};
    QList<quint16> out;
    for (const CipherSuiteEntry &e : cipherSuiteRegistry()) {
        if (e.family != CipherFamily::Tls || e.source != CipherSource::Iana)
            continue;
        if (e.keyExchange != QLatin1StringView("RSA") && e.keyExchange != QLatin1StringView("DHE") &&
            e.keyExchange != QLatin1StringView("ECDHE"))
            continue;
        const bool tls12Only = e.aead || e.mac == QLatin1StringView("SHA256") || e.mac == QLatin1StringView("SHA384");
        if (wire < 0x0303 && tls12Only)
            continue;
        out.append(e.code);
    }
    return out;
}

scripted::Posture randomPosture(std::mt19937 &random)
{
    scripted::Posture p;
    std::bernoulli_distribution coin(0.5);
    for (int wire : {0x0301, 0x0302, 0x0303, kWireTls13}) {
        if (!std::bernoulli_distribution(0.6)(random))
            continue;
        QList<quint16> pool = candidateSuites(wire);
        std::shuffle(pool.begin(), pool.end(), random);
        const int count = std::uniform_int_distribution<int>(1, wire == kWireTls13 ? 5 : 24)(random);
        p.suites.insert(wire, pool.mid(0, count));
    }
    if (p.suites.isEmpty())
        p.suites.insert(0x0303, {0xC02F, 0x009C});
    p.serverOrder = coin(random);
    QList<quint16> groups{0x001d, 0x0017, 0x0018, 0x001e};
    std::shuffle(groups.begin(), groups.end(), random);
    p.groups = groups.mid(0, std::uniform_int_distribution<int>(1, 4)(random));
    return p;
}

QString describe(const scripted::Posture &p)
{
    QStringList parts;
    for (auto it = p.suites.cbegin(); it != p.suites.cend(); ++it)
        parts.append(QStringLiteral("%1: %2").arg(it.key(), 0, 16).arg(names(it.value()).join(u' ')));
    return QStringLiteral("%1 order%2; %3")
        .arg(p.serverOrder ? u"server" : u"client", p.refuseByClosing ? u", refuses by closing" : u"",
             parts.join(u"; "));
}

// Compares one version's answer with the model. strict: it must be whole;
// otherwise undecided is allowed, a wrong or missing answer never.
QString mismatch(const scripted::Posture &model, TlsVersion version, const VersionResult &r, bool strict)
{
    const int wire = wireVersion(version);
    const bool accepts = model.suites.contains(wire);
    if (!r.accepted)
        return strict || r.note.isEmpty() ? QStringLiteral("undecided (%1)").arg(r.note) : QString();
    if (*r.accepted != accepts)
        return QStringLiteral("accepted %1, the model %2 (%3)").arg(*r.accepted).arg(accepts).arg(r.note);
    if (!accepts)
        return r.cipherSuites.isEmpty() ? QString() : QStringLiteral("suites listed for a refused version");
    const QStringList expected = names(model.suites.value(wire));
    const QSet<QString> got(r.cipherSuites.cbegin(), r.cipherSuites.cend());
    const QSet<QString> want(expected.cbegin(), expected.cend());
    if (!want.contains(got))
        return QStringLiteral("suites the model does not take: %1").arg(QStringList((got - want).values()).join(u' '));
    if (!r.suitesComplete)
        return strict || r.note.isEmpty() ? QStringLiteral("suites incomplete (%1)").arg(r.note) : QString();
    if (got != want)
        return QStringLiteral("suites missing, yet complete: %1").arg(QStringList((want - got).values()).join(u' '));
    if (expected.size() >= 2) {
        if (r.serverPreference != std::optional<bool>(model.serverOrder))
            return QStringLiteral("server preference %1, the model %2")
                .arg(r.serverPreference ? QString::number(*r.serverPreference) : QStringLiteral("null"))
                .arg(model.serverOrder);
        if (model.serverOrder && r.cipherSuites != expected)
            return QStringLiteral("order %1, the model %2").arg(r.cipherSuites.join(u' '), expected.join(u' '));
    }
    return {};
}

} // namespace

class TestEnumerationModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fieldBehaviours_data();
    void fieldBehaviours();
    void model();
    void modelUnderFaults();
    void brokenDialogueIsUndecided_data();
    void brokenDialogueIsUndecided();
};

void TestEnumerationModel::fieldBehaviours_data()
{
    QTest::addColumn<scripted::Posture>("posture");
    QTest::addColumn<int>("version");
    // "": the exact model answer; otherwise what the result must be.
    QTest::addColumn<QString>("expect");

    scripted::Posture base;
    base.suites.insert(0x0301, {0xC013, 0x002F, 0x000A});
    base.suites.insert(0x0303, {0xC02F, 0xC013, 0x009C, 0x002F});

    scripted::Posture tiny = base;
    tiny.oneByteRecords = true;
    QTest::newRow("records of one byte, TLS 1.2") << tiny << int(TlsVersion::Tls12) << QString();
    QTest::newRow("records of one byte, TLS 1.0") << tiny << int(TlsVersion::Tls10) << QString();

    scripted::Posture warning = base;
    warning.warningFirst = true;
    QTest::newRow("warning alert before every answer") << warning << int(TlsVersion::Tls10) << QString();

    scripted::Posture f5 = base;
    f5.f5Intolerant = true;
    QTest::newRow("hang on hellos of 256-511 bytes") << f5 << int(TlsVersion::Tls12) << QString();
    QTest::newRow("hang on hellos of 256-511 bytes, TLS 1.1 refused") << f5 << int(TlsVersion::Tls11) << QString();

    scripted::Posture drip = base;
    drip.dripMs = 400;
    QTest::newRow("slow drip: one byte per 400 ms") << drip << int(TlsVersion::Tls12) << QStringLiteral("undecided");

    scripted::Posture notOffered = base;
    notOffered.pickNotOffered = true;
    QTest::newRow("a suite that was not offered") << notOffered << int(TlsVersion::Tls12)
                                                  << QStringLiteral("incomplete");

    scripted::Posture above;
    above.suites.insert(0x0303, {0xC02F, 0xC013});
    above.versionAboveOffer = true;
    QTest::newRow("TLS 1.2 answered to a TLS 1.0 hello") << above << int(TlsVersion::Tls10)
                                                         << QStringLiteral("violation");
}

void TestEnumerationModel::fieldBehaviours()
{
    QFETCH(scripted::Posture, posture);
    QFETCH(int, version);
    QFETCH(QString, expect);
    ScriptedServer server(posture);
    QElapsedTimer clock;
    clock.start();
    const Probed p = probe(server.server.port(), TlsVersion(version), 2000);
    const qint64 elapsed = clock.elapsed();
    const VersionResult &r = p.result;
    const QString wrong = mismatch(posture, TlsVersion(version), r, true);
    if (expect.isEmpty()) {
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    } else if (expect == u"undecided") {
        // The answer takes 400 ms a byte; the step's deadline (2 s) ends it,
        // not the endpoint's: undecided, never refused.
        QVERIFY2(!r.accepted.has_value(), qPrintable(QStringLiteral("accepted %1").arg(r.accepted.value_or(false))));
        QVERIFY(!r.note.isEmpty());
        QVERIFY2(elapsed < 30000, qPrintable(QString::number(elapsed)));
    } else if (expect == u"incomplete") {
        // The server answers with suites we did not offer: accepted, but the
        // list cannot be trusted to be whole.
        QCOMPARE(r.accepted, std::optional<bool>(true));
        QVERIFY(!r.suitesComplete);
        QVERIFY(!r.note.isEmpty());
    } else if (expect == u"violation") {
        // A TLS 1.2 ServerHello to a TLS 1.0 hello: not an acceptance of
        // TLS 1.0, and not a clean refusal either.
        QVERIFY2(r.accepted != std::optional<bool>(true), qPrintable(r.note));
        QVERIFY2(r.note.contains(QLatin1StringView("TLS")) || r.note.contains(QLatin1StringView("version")),
                 qPrintable(r.note));
    }
    if (posture.f5Intolerant)
        QCOMPARE(server.counters.hellosInF5Window.load(), 0);
}

void TestEnumerationModel::model()
{
    const int runs = qEnvironmentVariableIntValue("MAILTLS_MODEL_RUNS") > 0
                         ? qEnvironmentVariableIntValue("MAILTLS_MODEL_RUNS")
                         : 12;
    std::mt19937 random(20261206);
    int versionsChecked = 0;
    for (int run = 0; run < runs; ++run) {
        scripted::Posture posture = randomPosture(random);
        posture.refuseByClosing = std::bernoulli_distribution(0.3)(random);
        ScriptedServer server(posture);
        for (TlsVersion v : allTlsVersions()) {
            const Probed p = probe(server.server.port(), v);
            const QString wrong = mismatch(posture, v, p.result, true);
            QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("run %1, %2: %3\n  posture: %4")
                                                     .arg(run)
                                                     .arg(tlsVersionName(v), wrong, describe(posture))));
            ++versionsChecked;
        }
    }
    qInfo("%d postures, %d versions: every answer equals the model", runs, versionsChecked);
}

void TestEnumerationModel::modelUnderFaults()
{
    const int runs = qEnvironmentVariableIntValue("MAILTLS_MODEL_RUNS") > 0
                         ? qEnvironmentVariableIntValue("MAILTLS_MODEL_RUNS")
                         : 8;
    std::mt19937 random(61202026);
    int exact = 0;
    int undecided = 0;
    for (int run = 0; run < runs; ++run) {
        scripted::Posture posture = randomPosture(random);
        posture.dropRate = std::uniform_int_distribution<int>(0, 1)(random) ? 0.05 : 0.0;
        posture.maxConnections = std::uniform_int_distribution<int>(0, 2)(random) * 2; // none, 2 or 4
        posture.warningFirst = std::bernoulli_distribution(0.3)(random);
        posture.refuseByClosing = std::bernoulli_distribution(0.3)(random);
        ScriptedServer server(posture);
        for (TlsVersion v : allTlsVersions()) {
            const Probed p = probe(server.server.port(), v);
            const QString wrong = mismatch(posture, v, p.result, false);
            QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("run %1, %2: %3\n  posture: %4; drops %5, limit %6")
                                                     .arg(run)
                                                     .arg(tlsVersionName(v), wrong, describe(posture))
                                                     .arg(posture.dropRate)
                                                     .arg(posture.maxConnections)));
            if (mismatch(posture, v, p.result, true).isEmpty())
                ++exact;
            else
                ++undecided;
        }
    }
    qInfo("%d postures with faults: %d versions exact, %d undecided, none wrong", runs, exact, undecided);
}

void TestEnumerationModel::brokenDialogueIsUndecided_data()
{
    QTest::addColumn<QByteArray>("later");
    QTest::newRow("554 greeting") << QByteArray("554 5.7.1 no SMTP service here\r\n");
    QTest::newRow("EOF before the greeting") << QByteArray();
    QTest::newRow("EHLO refused") << QByteArray("220 mx.test ESMTP\r\n");
}

void TestEnumerationModel::brokenDialogueIsUndecided()
{
    // The main connection goes up to STARTTLS and the server answers our
    // handshake with its TLS 1.2 ServerHello; every later connection breaks
    // its cleartext dialogue. No version may read refused: each is null
    // with a note, and the endpoint's status says what broke.
    QFETCH(QByteArray, later);
    std::atomic_int connections{0};
    scripted::Posture posture;
    posture.suites.insert(0x0303, {0xC02F});
    scripted::Counters counters;
    TestServer server([&](int fd, const std::atomic_bool &stop) {
        const int n = ++connections;
        if (n > 1) {
            if (!later.isEmpty())
                TestServer::send(fd, later);
            const QByteArray ehlo = TestServer::readSome(fd, 500);
            if (!ehlo.isEmpty() && later.startsWith("220"))
                TestServer::send(fd, "550 5.7.1 go away\r\n");
            TestServer::readSome(fd, 200);
            return;
        }
        TestServer::send(fd, "220 mx.test ESMTP\r\n");
        TestServer::readSome(fd);
        TestServer::send(fd, "250-mx.test\r\n250 STARTTLS\r\n");
        TestServer::readSome(fd);
        TestServer::send(fd, "220 go ahead\r\n");
        scripted::serve(posture, counters, fd, stop, 1);
    });
    ProbeTarget target{Protocol::Smtp, QStringLiteral("127.0.0.1"), server.port(), QStringLiteral("mx.test")};
    ProbeOptions options;
    options.operationTimeoutMs = 2000;
    options.endpointTimeoutMs = 60000;
    options.rateLimitBackoffMs = 50;
    const EndpointResult r = probeEndpoint(target, options);
    QVERIFY(connections.load() > 1);
    for (TlsVersion v : allTlsVersions()) {
        const VersionResult &vr = r.versions.value(v);
        QVERIFY2(!vr.accepted.has_value(),
                 qPrintable(QStringLiteral("%1: %2 (%3)").arg(tlsVersionName(v)).arg(*vr.accepted).arg(vr.note)));
        QVERIFY2(!vr.note.isEmpty(), qPrintable(tlsVersionName(v)));
    }
    QVERIFY(r.status != ProbeStatus::Ok);
}

QTEST_GUILESS_MAIN(TestEnumerationModel)
#include "tst_enumeration_model.moc"
