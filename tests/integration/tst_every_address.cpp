// Every address of a name: a dual-stack MX whose IPv6 side offers no STARTTLS
// is a hole the IPv4 side must not hide. The name dual.lab.test resolves to
// 127.0.0.61, where a real Postfix offers STARTTLS (TLS 1.2/1.3), and to ::1,
// where another real Postfix on the same port offers none
// (smtpd_tls_security_level = none). The probe must show both addresses, the
// link must be cleartext (the weakest), and the findings must name ::1.
// half.lab.test resolves to the same Postfix and to two addresses that never
// answer (127.0.0.62 refuses, 127.0.0.63 drops every packet): they are
// reported as such and do not stop the address that answers.
//
// The names live in this test's own /etc/hosts: main() starts the test again
// under `unshare --mount --net`, brings lo up (127.0.0.0/8 and ::1), and
// bind-mounts its hosts file over /etc/hosts in that mount namespace only, so
// the system resolver (getaddrinfo, as the probe and mailtls-auditor use it)
// returns both addresses. Nothing outside the namespaces sees either.

#include "app/evidence/link_state.h"
#include "app/policy/policy_evaluation.h"
#include "probes/endpoint_probe.h"
#include "probes/result_json.h"
#include "tests/common/lab_fixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <cstdlib>
#include <unistd.h>

using namespace mailtls;

namespace {

const QString kBinary = QStringLiteral(MAILTLS_BINARY_DIR "/mailtls-auditor");
const QString kDual = QStringLiteral("dual.lab.test");
const QString kHalf = QStringLiteral("half.lab.test");
constexpr quint16 kPort = 2525;

// Two real Postfix servers on one port: STARTTLS on 127.0.0.61, none on ::1.
const QByteArray kLab = R"({
  "schema_version": 1, "name": "every address",
  "services": [
    {"id": "dual4", "server": "postfix", "host": "dual.lab.test", "address": "127.0.0.61", "tls": "strong",
     "listeners": [{"protocol": "smtp", "port": 2525}]},
    {"id": "dual6", "server": "postfix", "host": "dual.lab.test", "address": "::1", "tls": "none",
     "listeners": [{"protocol": "smtp", "port": 2525}]}
  ]
})";

const QByteArray kHosts = "127.0.0.1 localhost\n"
                          "127.0.0.61 dual.lab.test\n"
                          "::1 dual.lab.test\n"
                          "127.0.0.61 half.lab.test\n"
                          "127.0.0.62 half.lab.test\n"
                          "127.0.0.63 half.lab.test\n";

const QByteArray kWorkspace = R"({
  "schema_version": 1, "name": "every address",
  "hosts": [
    {"id": "dual", "name": "dual.lab.test", "roles": ["inbound-mx"], "zone": "external",
     "endpoints": [{"protocol": "smtp", "port": 2525}]}
  ],
  "links": [{"kind": "internet-inbound", "from": "internet", "endpoint": "dual/smtp"}]
})";

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

// The result of one address of an endpoint; nullptr when it was not probed.
const EndpointResult *addressResult(const EndpointResult &r, const QString &address)
{
    for (const EndpointResult *a : r.addressResults()) {
        if (a->address == address)
            return a;
    }
    return nullptr;
}

QString versionsText(const EndpointResult &r)
{
    QStringList accepted;
    for (auto it = r.versions.cbegin(); it != r.versions.cend(); ++it) {
        accepted << tlsVersionName(it.key()) + QLatin1Char('=') +
                        (!it->accepted ? QStringLiteral("?") : *it->accepted ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    return probeStatusKey(r.status) + QLatin1Char(' ') + accepted.join(u' ');
}

} // namespace

class TestEveryAddress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dualStackTakesTheWeakest();
    void silentAddressesStopNothing();
    void literalAddressAsBefore();
    void commandLineShowsEveryAddress();

private:
    EndpointResult probe(const QString &host);

    LabStart m_lab;
    QTemporaryDir m_dir;
};

EndpointResult TestEveryAddress::probe(const QString &host)
{
    ConnectionLimiter limiter(32, 8);
    QThreadPool addresses;
    QThreadPool versions;
    QThreadPool suites;
    addresses.setMaxThreadCount(4);
    versions.setMaxThreadCount(32);
    suites.setMaxThreadCount(32);
    ProbeOptions options;
    options.caFile = m_lab.lab->caFile();
    options.limiter = &limiter;
    options.addressPool = &addresses;
    options.versionPool = &versions;
    options.suitePool = &suites;
    options.operationTimeoutMs = 3000;
    return probeEndpoint(ProbeTarget{Protocol::Smtp, host, kPort, host}, options);
}

void TestEveryAddress::initTestCase()
{
    if (!qEnvironmentVariableIsSet("MAILTLS_TEST_NETNS"))
        QSKIP("needs root and unshare to make network and mount namespaces of its own");
    QVERIFY(m_dir.isValid());
    QString output;
    QVERIFY2(run(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
                                        QStringLiteral("up")},
                 &output),
             qPrintable(output));
    const QString hosts = m_dir.filePath(QStringLiteral("hosts"));
    QFile f(hosts);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(kHosts) == kHosts.size());
    f.close();
    QVERIFY2(run(QStringLiteral("mount"), {QStringLiteral("--bind"), hosts, QStringLiteral("/etc/hosts")}, &output),
             qPrintable(output));
    // 127.0.0.63 never answers: a host that drops every packet (the probe times out).
    QVERIFY2(run(QStringLiteral("iptables"), {QStringLiteral("-A"), QStringLiteral("INPUT"), QStringLiteral("-d"),
                                              QStringLiteral("127.0.0.63"), QStringLiteral("-j"), QStringLiteral("DROP")},
                 &output),
             qPrintable(output));
    QString error;
    QCOMPARE(resolveAddresses(kDual, &error).size(), 2); // the hosts file counts
    if (!lab::Lab::canRun(&m_lab.skip))
        QSKIP(qPrintable(m_lab.skip));
    const auto spec = lab::parseLabSpec(kLab, QStringLiteral("every address"));
    QVERIFY2(spec.spec, qPrintable(spec.error));
    m_lab.lab = std::make_unique<lab::Lab>(*spec.spec);
    m_lab.error = m_lab.lab->start();
    QVERIFY2(m_lab.error.isEmpty(), qPrintable(m_lab.error));
}

void TestEveryAddress::dualStackTakesTheWeakest()
{
    const EndpointResult r = probe(kDual);
    QCOMPARE(r.target.host, kDual);
    QCOMPARE(r.addressResults().size(), 2);
    QStringList addresses = r.addresses();
    addresses.sort();
    QCOMPARE(addresses, (QStringList{QStringLiteral("127.0.0.61"), QStringLiteral("::1")}));

    // IPv4: STARTTLS, TLS 1.2 and 1.3, the certificate of the name (SNI and the name check use it).
    const EndpointResult *four = addressResult(r, QStringLiteral("127.0.0.61"));
    QVERIFY(four);
    QVERIFY2(four->status == ProbeStatus::Ok, qPrintable(versionsText(*four) + u' ' + four->error));
    QCOMPARE(four->target.host, kDual);
    QCOMPARE(four->target.serverName, kDual);
    QCOMPARE(four->starttlsOffered, std::optional<bool>(true));
    QCOMPARE(four->starttlsSucceeded, std::optional<bool>(true));
    QCOMPARE(four->versions.value(TlsVersion::Tls12).accepted, std::optional<bool>(true));
    QCOMPARE(four->versions.value(TlsVersion::Tls13).accepted, std::optional<bool>(true));
    QCOMPARE(four->versions.value(TlsVersion::Tls11).accepted, std::optional<bool>(false));
    QCOMPARE(four->versions.value(TlsVersion::Tls10).accepted, std::optional<bool>(false));
    QVERIFY(four->certificate);
    QCOMPARE(four->certificate->nameMatches, std::optional<bool>(true));
    QCOMPARE(four->certificate->trusted, std::optional<bool>(true));
    QVERIFY(four->cleartext.greeting.contains(QLatin1StringView("220 dual.lab.test ESMTP Postfix")));

    // IPv6: the same name and greeting, no STARTTLS: no TLS of any version.
    const EndpointResult *six = addressResult(r, QStringLiteral("::1"));
    QVERIFY(six);
    QVERIFY2(six->status == ProbeStatus::StartTlsNotOffered, qPrintable(versionsText(*six) + u' ' + six->error));
    QCOMPARE(six->starttlsOffered, std::optional<bool>(false));
    for (TlsVersion v : allTlsVersions())
        QCOMPARE(six->versions.value(v).accepted, std::optional<bool>(false));
    QVERIFY(six->cleartext.greeting.contains(QLatin1StringView("220 dual.lab.test ESMTP Postfix")));
    QVERIFY(!six->certificate);
    QVERIFY2(six->transcript.toText().contains(QLatin1StringView("address ::1")), qPrintable(six->transcript.toText()));

    // The link: cleartext, decided (nothing undecided on either address), the hole named first.
    const LinkAssessment a = assessEndpoint(r);
    QCOMPARE(linkStateKey(a.state), QStringLiteral("cleartext"));
    QVERIFY(!a.incomplete);
    QCOMPARE(a.reasons, (QStringList{QStringLiteral("::1: STARTTLS not offered"),
                                     QStringLiteral("127.0.0.61: strong TLS")}));

    // The same from the JSON the store keeps.
    const std::optional<EndpointResult> read = endpointResultFromJson(endpointResultToJson(r));
    QVERIFY(read);
    QCOMPARE(read->addresses(), r.addresses());
    QCOMPARE(assessEndpoint(*read).reasons, a.reasons);

    // The findings: M1.1 (STARTTLS on every hop between providers) fails on ::1, and says so.
    Workspace ws;
    Host h;
    h.id = QStringLiteral("dual");
    h.name = kDual;
    h.endpoints = {Endpoint{Protocol::Smtp, kPort, {}}};
    ws.hosts = {h};
    Link l;
    l.id = QStringLiteral("l");
    l.kind = LinkKind::InternetInbound;
    l.from = QString(kInternetNode);
    l.endpoint = EndpointRef{h.id, Protocol::Smtp, 0};
    ws.links = {l};
    const Evaluation e = evaluate(*builtinProfile(u"m3aawg"), ws,
                                  {{EndpointRef{h.id, Protocol::Smtp, kPort}.toString(), r}});
    const auto m11 = std::find_if(e.results.cbegin(), e.results.cend(),
                                  [](const RuleResult &rr) { return rr.ruleId == QLatin1StringView("M1.1"); });
    QVERIFY(m11 != e.results.cend());
    QCOMPARE(verdictKey(m11->verdict), QStringLiteral("fail"));
    QCOMPARE(m11->evidence.constFirst().detail, QStringLiteral("address ::1: STARTTLS not offered"));
    QCOMPARE(e.linksProtected.value(1), 0);
}

void TestEveryAddress::silentAddressesStopNothing()
{
    const EndpointResult r = probe(kHalf);
    QCOMPARE(r.addressResults().size(), 3);
    const EndpointResult *answers = addressResult(r, QStringLiteral("127.0.0.61"));
    const EndpointResult *refuses = addressResult(r, QStringLiteral("127.0.0.62"));
    const EndpointResult *silent = addressResult(r, QStringLiteral("127.0.0.63"));
    QVERIFY(answers && refuses && silent);
    QVERIFY2(answers->status == ProbeStatus::Ok, qPrintable(versionsText(*answers) + u' ' + answers->error));
    QCOMPARE(answers->versions.value(TlsVersion::Tls13).accepted, std::optional<bool>(true));
    QCOMPARE(answers->certificate->nameMatches, std::optional<bool>(false)); // issued for dual.lab.test only
    QCOMPARE(refuses->status, ProbeStatus::Refused);
    QCOMPARE(silent->status, ProbeStatus::Timeout);
    for (TlsVersion v : allTlsVersions()) {
        QVERIFY(!refuses->versions.value(v).accepted.has_value());
        QVERIFY(!silent->versions.value(v).accepted.has_value());
    }
    // Strong as far as the one address that answered shows, and incomplete: two addresses could not be asked.
    const LinkAssessment a = assessEndpoint(r);
    QCOMPARE(linkStateKey(a.state), QStringLiteral("strong_tls"));
    QVERIFY(a.incomplete);
    QCOMPARE(a.reasons, (QStringList{QStringLiteral("127.0.0.61: strong TLS"),
                                     QStringLiteral("127.0.0.62: status refused"),
                                     QStringLiteral("127.0.0.63: status timeout")}));
}

void TestEveryAddress::literalAddressAsBefore()
{
    const EndpointResult r = probe(QStringLiteral("127.0.0.61"));
    QCOMPARE(r.address, QStringLiteral("127.0.0.61"));
    QVERIFY(r.otherAddresses.empty());
    QVERIFY2(r.status == ProbeStatus::Ok, qPrintable(versionsText(r) + u' ' + r.error));
    QVERIFY(!r.transcript.toText().contains(QLatin1StringView("addresses of")));
    QCOMPARE(linkStateKey(assessEndpoint(r).state), QStringLiteral("strong_tls"));
    const QJsonObject json = endpointResultToJson(r);
    QCOMPARE(json.value(QLatin1StringView("address")).toString(), QStringLiteral("127.0.0.61"));
    QVERIFY(!json.contains(QLatin1StringView("addresses")));
    QVERIFY(!json.contains(QLatin1StringView("other_addresses")));
}

void TestEveryAddress::commandLineShowsEveryAddress()
{
    // probe: one line per address.
    QProcess p;
    p.start(kBinary, {QStringLiteral("probe"), QStringLiteral("--ca-file"), m_lab.lab->caFile(),
                      QStringLiteral("smtp://dual.lab.test:2525")});
    QVERIFY(p.waitForFinished(120000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(p.exitCode() == 0, qPrintable(text + QString::fromUtf8(p.readAllStandardError())));
    QVERIFY2(text.contains(QLatin1StringView("smtp://dual.lab.test:2525  2 addresses")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1StringView("Address ::1  STARTTLS not offered")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1StringView("Address 127.0.0.61  OK")), qPrintable(text));

    // probe --json writes each result once those before it are written: a
    // refused port that ends at once waits for the two addresses before it,
    // and the array is the one QJsonDocument writes.
    p.start(kBinary, {QStringLiteral("probe"), QStringLiteral("--json"), QStringLiteral("--ca-file"),
                      m_lab.lab->caFile(), QStringLiteral("smtp://dual.lab.test:2525"),
                      QStringLiteral("smtp://127.0.0.1:1"), QStringLiteral("smtp://127.0.0.61:2525")});
    QVERIFY(p.waitForFinished(120000));
    const QByteArray streamed = p.readAllStandardOutput();
    QCOMPARE(p.exitCode(), 3); // the refused port
    QJsonParseError parseError;
    const QJsonArray array = QJsonDocument::fromJson(streamed, &parseError).array();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(array.size(), 3);
    QCOMPARE(array.at(0).toObject().value(QLatin1StringView("other_addresses")).toArray().size(), 1);
    QCOMPARE(array.at(1).toObject().value(QLatin1StringView("status")).toString(), QStringLiteral("refused"));
    QCOMPARE(array.at(2).toObject().value(QLatin1StringView("address")).toString(), QStringLiteral("127.0.0.61"));
    QCOMPARE(streamed, QJsonDocument(array).toJson(QJsonDocument::Indented));

    // audit and findings of a workspace naming the host only: the link is cleartext, M1.1 fails on ::1.
    const QString workspace = m_dir.filePath(QStringLiteral("workspace.json"));
    QFile f(workspace);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(kWorkspace) == kWorkspace.size());
    f.close();
    const QString db = m_dir.filePath(QStringLiteral("audits.sqlite"));
    const QString json = m_dir.filePath(QStringLiteral("run.json"));
    p.start(kBinary, {QStringLiteral("audit"), QStringLiteral("--workspace"), workspace, QStringLiteral("--db"), db,
                      QStringLiteral("--ca-file"), m_lab.lab->caFile(), QStringLiteral("--json"), json});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QFile out(json);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QJsonObject audit = QJsonDocument::fromJson(out.readAll()).object();
    const QJsonObject link = audit.value(QLatin1StringView("links")).toArray().at(0).toObject();
    QCOMPARE(link.value(QLatin1StringView("state")).toString(), QStringLiteral("cleartext"));
    QCOMPARE(link.value(QLatin1StringView("incomplete")).toBool(), false);
    QCOMPARE(link.value(QLatin1StringView("reasons")).toArray().at(0).toString(),
             QStringLiteral("::1: STARTTLS not offered"));
    const QJsonObject result = audit.value(QLatin1StringView("results")).toArray().at(0).toObject();
    QCOMPARE(result.value(QLatin1StringView("addresses")).toArray().size(), 2);
    QCOMPARE(result.value(QLatin1StringView("other_addresses")).toArray().size(), 1);

    p.start(kBinary, {QStringLiteral("findings"), QStringLiteral("--workspace"), workspace, QStringLiteral("--db"), db,
                      QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QJsonObject findings = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QStringList failed;
    QString m11;
    for (const QJsonValue &v : findings.value(QLatin1StringView("results")).toArray()) {
        const QJsonObject rr = v.toObject();
        if (rr.value(QLatin1StringView("verdict")).toString() != QLatin1StringView("fail"))
            continue;
        failed << rr.value(QLatin1StringView("rule")).toString();
        if (rr.value(QLatin1StringView("rule")).toString() == QLatin1StringView("M1.1"))
            m11 = rr.value(QLatin1StringView("evidence")).toArray().at(0).toObject().value(QLatin1StringView("detail")).toString();
    }
    QVERIFY2(failed.contains(QStringLiteral("M1.1")), qPrintable(failed.join(u' ')));
    QCOMPARE(m11, QStringLiteral("address ::1: STARTTLS not offered"));
}

int main(int argc, char *argv[])
{
    // Again in network and mount namespaces of its own: lo with 127.0.0.0/8 and ::1, and a hosts file of its own.
    if (!std::getenv("MAILTLS_TEST_NETNS") && ::geteuid() == 0 && ::access("/usr/bin/unshare", X_OK) == 0) {
        ::setenv("MAILTLS_TEST_NETNS", "1", 1);
        std::vector<char *> args{const_cast<char *>("unshare"), const_cast<char *>("--mount"),
                                 const_cast<char *>("--net"), const_cast<char *>("--")};
        for (int i = 0; i < argc; ++i)
            args.push_back(argv[i]);
        args.push_back(nullptr);
        ::execv("/usr/bin/unshare", args.data());
        ::unsetenv("MAILTLS_TEST_NETNS"); // exec failed: run here, and skip
    }
    QCoreApplication app(argc, argv);
    TestEveryAddress test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_every_address.moc"
