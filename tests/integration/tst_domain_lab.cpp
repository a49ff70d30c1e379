// The `domain` command end to end: a DNSSEC-signed zone served by a real
// unbound (tests/common/dnssec_zone.h) names the lab's Postfix mx1 as the MX,
// with TLSA records made for each case from the certificate mx1 really
// presents, read and hashed by the openssl command line (the way admins make
// them), not by our code. The command validates with the zone's trust anchor,
// probes mx1 at the address DNS gives, and its JSON and exit status must say
// what a DANE sender would do.
//
// Submission hosts' TLSA (_587._tcp, _465._tcp) are looked up by `audit` for
// the workspace's submission host under the domain and matched against the
// certificate the lab's submission Postfix presents on each port.
//
// The demo lab's own DNS (Lab::setDnsStage: kumo.example signed, served by
// unbound, the MTA-STS policy on the webmail nginx) is checked the same way
// at each stage of the demo's rollout: no defence, MTA-STS testing with
// TLS-RPT, then MTA-STS enforce with DANE once mx2's expired certificate is
// renewed.

#include "app/inventory/workspace_io.h"
#include "lab/lab.h"
#include "tests/common/cli_run.h"
#include "tests/common/dnssec_zone.h"
#include "tests/common/lab_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mailtls;

namespace {

const QString kMxAddress = QStringLiteral("127.0.0.11");
const QString kMxPort = QStringLiteral("2525");
const QString kSubmissionAddress = QStringLiteral("127.0.0.14");

QByteArray shell(const QString &pipeline, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), pipeline});
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return p.readAllStandardOutput();
}

} // namespace

class TestDomainLab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dane_data();
    void dane();
    void auditJudgesTheInboundLink();
    void auditChecksSubmissionDane();
    void labDnsStages();

private:
    std::unique_ptr<lab::Lab> m_lab;
    QString m_leafHash;       // 3 1 1 of mx1's certificate, hex
    QString m_submissionHash; // 3 1 1 of the submission host's certificate, hex
};

void TestDomainLab::initTestCase()
{
    if (!dnstest::DnssecZone::installed())
        QSKIP("unbound and ldns-utils are not installed");
    LabStart s = startDemoLab(
        {QStringLiteral("mx1"), QStringLiteral("mx2"), QStringLiteral("webmail"), QStringLiteral("submission")});
    if (!s.skip.isEmpty())
        QSKIP(qPrintable(s.skip));
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    m_lab = std::move(s.lab);
    // The certificate mx1 presents, by openssl s_client, hashed as a TLSA 3 1 1.
    const QByteArray pem = shell(QStringLiteral("openssl s_client -starttls smtp -connect %1:%2 -servername mx1.kumo.example "
                                                "</dev/null 2>/dev/null | openssl x509")
                                     .arg(kMxAddress, kMxPort));
    QVERIFY2(pem.contains("BEGIN CERTIFICATE"), pem.constData());
    const QByteArray hash =
        shell(QStringLiteral("openssl x509 -pubkey -noout | openssl pkey -pubin -outform DER | openssl dgst -sha256 -r"), pem);
    m_leafHash = QString::fromLatin1(hash.left(hash.indexOf(' ')));
    QCOMPARE(m_leafHash.size(), 64);
    const QByteArray submissionPem =
        shell(QStringLiteral("openssl s_client -starttls smtp -connect %1:2587 -servername smtp.kumo.example "
                             "</dev/null 2>/dev/null | openssl x509")
                  .arg(kSubmissionAddress));
    QVERIFY2(submissionPem.contains("BEGIN CERTIFICATE"), submissionPem.constData());
    const QByteArray submissionHash = shell(
        QStringLiteral("openssl x509 -pubkey -noout | openssl pkey -pubin -outform DER | openssl dgst -sha256 -r"),
        submissionPem);
    m_submissionHash = QString::fromLatin1(submissionHash.left(submissionHash.indexOf(' ')));
    QCOMPARE(m_submissionHash.size(), 64);
    QVERIFY(m_submissionHash != m_leafHash);
}

void TestDomainLab::dane_data()
{
    QTest::addColumn<QStringList>("tlsa");     // "3 1 1 LEAF" puts in mx1's hash
    QTest::addColumn<QString>("bogus");        // an owner whose TLSA RRset is made bogus
    QTest::addColumn<bool>("insecureChild");   // the MX host lives in an unsigned child zone
    QTest::addColumn<QString>("protection");
    QTest::addColumn<QJsonValue>("matches");
    QTest::addColumn<QJsonValue>("rolloverReady");
    QTest::addColumn<QJsonValue>("deliveryAtRisk");
    QTest::addColumn<int>("status");

    const QString other = QStringLiteral("3 1 1 ") + QString(64, QLatin1Char('a'));
    const QJsonValue yes(true), no(false), null(QJsonValue::Null);
    QTest::newRow("3 1 1 of mx1's key: protected by DANE")
        << QStringList{QStringLiteral("3 1 1 LEAF")} << QString() << false << "dane" << yes << no << no << 0;
    QTest::newRow("the next key beside it: rollover ready")
        << QStringList{QStringLiteral("3 1 1 LEAF"), other} << QString() << false << "dane" << yes << yes << no << 0;
    QTest::newRow("a record for another key only: mail deferred")
        << QStringList{other} << QString() << false << "none" << no << no << yes << 1;
    QTest::newRow("PKIX-EE (usage 1) only: unusable for SMTP")
        << QStringList{QStringLiteral("1 1 1 LEAF")} << QString() << false << "none" << null << null << no << 1;
    QTest::newRow("bogus TLSA signature: mail deferred")
        << QStringList{QStringLiteral("3 1 1 LEAF")} << QStringLiteral("_25._tcp.mx1") << false << "none" << null
        << null << yes << 1;
    QTest::newRow("no TLSA: not protected") << QStringList{} << QString() << false << "none" << null << null << no << 1;
    QTest::newRow("MX in an unsigned zone: DANE does not apply")
        << QStringList{QStringLiteral("3 1 1 LEAF")} << QString() << true << "none" << yes << no << no << 1;
}

void TestDomainLab::dane()
{
    QFETCH(QStringList, tlsa);
    QFETCH(QString, bogus);
    QFETCH(bool, insecureChild);

    dnstest::DnssecZone zone;
    const QString mx = insecureChild ? QStringLiteral("mx1.plain.secure.test") : QStringLiteral("mx1.secure.test");
    zone.addRecord(QStringLiteral("@ 300 IN MX 10 %1.").arg(mx));
    QStringList records{QStringLiteral("%1. 300 IN A %2").arg(mx, kMxAddress)};
    for (QString t : tlsa)
        records << QStringLiteral("_25._tcp.%1. 300 IN TLSA %2").arg(mx, t.replace(QStringLiteral("LEAF"), m_leafHash));
    if (insecureChild) {
        zone.addInsecureChild(QStringLiteral("plain.secure.test."), records);
    } else {
        for (const QString &r : records)
            zone.addRecord(r);
    }
    if (!bogus.isEmpty())
        zone.makeBogus(bogus + QStringLiteral(".secure.test."), QStringLiteral("TLSA"));
    QString error;
    QVERIFY2(zone.start(&error), qPrintable(error));

    const CliRun run = runCli({QStringLiteral("domain"), QStringLiteral("secure.test"), QStringLiteral("--json"),
                               QStringLiteral("--server"), zone.nameserver().toString(), QStringLiteral("--trust-anchor"),
                               zone.trustAnchorFile(), QStringLiteral("--ca-file"), m_lab->caFile(),
                               QStringLiteral("--mx-port"), kMxPort, QStringLiteral("--policy-port"),
                               QStringLiteral("1"), QStringLiteral("--timeout"), QStringLiteral("3")});
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QVERIFY2(!o.isEmpty(), qPrintable(run.out + run.err));
    const QJsonArray mxs = o.value(QStringLiteral("mx")).toArray();
    QCOMPARE(mxs.size(), 1);
    const QJsonObject m = mxs.first().toObject();
    const QJsonObject dane = m.value(QStringLiteral("dane")).toObject();
    const QByteArray context = QJsonDocument(m).toJson();
    QCOMPARE(m.value(QStringLiteral("host")).toString(), mx);
    QFETCH(QString, protection);
    QVERIFY2(m.value(QStringLiteral("protection")).toString() == protection, context.constData());
    QFETCH(QJsonValue, matches);
    QVERIFY2(dane.value(QStringLiteral("matches")) == matches, context.constData());
    QFETCH(QJsonValue, rolloverReady);
    QVERIFY2(dane.value(QStringLiteral("rollover_ready")) == rolloverReady, context.constData());
    QFETCH(QJsonValue, deliveryAtRisk);
    QVERIFY2(m.value(QStringLiteral("delivery_at_risk")) == deliveryAtRisk, context.constData());
    QFETCH(int, status);
    QCOMPARE(run.status, status);
    // The DNSSEC state as the zone made it.
    const QString expectedDnssec = !bogus.isEmpty() ? QStringLiteral("bogus")
                                   : insecureChild ? QStringLiteral("insecure")
                                                   : QStringLiteral("secure");
    QVERIFY2(dane.value(QStringLiteral("dnssec")).toString() == expectedDnssec, context.constData());
    // No MTA-STS here: the record is absent, which decides (not undecided).
    QCOMPARE(o.value(QStringLiteral("mta_sts")).toObject().value(QStringLiteral("in_force")), QJsonValue(false));
}

// `audit` runs the domain checks of the workspace's domain beside the probes,
// stores them with the run, and `findings` judges the inbound link by them
// (measure 4): protected by DANE, no delivery at risk, no TLS-RPT record;
// `checklist` warns that renewing mx1's certificate with a new key breaks DANE.
void TestDomainLab::auditJudgesTheInboundLink()
{
    dnstest::DnssecZone zone;
    zone.addRecord(QStringLiteral("@ 300 IN MX 10 mx1.secure.test."));
    zone.addRecord(QStringLiteral("mx1 300 IN A %1").arg(kMxAddress));
    zone.addRecord(QStringLiteral("_25._tcp.mx1 300 IN TLSA 3 1 1 %1").arg(m_leafHash));
    QString error;
    QVERIFY2(zone.start(&error), qPrintable(error));

    QTemporaryDir dir;
    Workspace ws;
    ws.name = QStringLiteral("domain-lab");
    ws.domains = {Domain{QStringLiteral("secure.test"), {QStringLiteral("mx1")}}};
    Host mx;
    mx.id = QStringLiteral("mx1");
    mx.name = QStringLiteral("mx1.secure.test");
    mx.addresses = {kMxAddress};
    mx.roles = {HostRole::InboundMx};
    mx.zone = Zone::External;
    mx.endpoints = {Endpoint{Protocol::Smtp, static_cast<quint16>(kMxPort.toUInt()), {}}};
    ws.hosts = {mx};
    Link in;
    in.id = QStringLiteral("in-mx1");
    in.kind = LinkKind::InternetInbound;
    in.from = QString(kInternetNode);
    in.endpoint = EndpointRef{QStringLiteral("mx1"), Protocol::Smtp, 0};
    ws.links = {in};
    const QString file = dir.filePath(QStringLiteral("ws.json"));
    QVERIFY2(saveWorkspaceFile(ws, file).isEmpty(), "workspace not saved");
    const QString db = dir.filePath(QStringLiteral("store.sqlite"));
    const QString json = dir.filePath(QStringLiteral("run.json"));

    const CliRun audit = runCli({QStringLiteral("audit"), QStringLiteral("--verbose"), QStringLiteral("--workspace"), file, QStringLiteral("--db"), db,
                                 QStringLiteral("--json"), json, QStringLiteral("--ca-file"), m_lab->caFile(),
                                 QStringLiteral("--dns-server"), zone.nameserver().toString(),
                                 QStringLiteral("--trust-anchor"), zone.trustAnchorFile()});
    QVERIFY2(audit.out.contains(QStringLiteral("Domain secure.test, defence against downgrade: 1 of 1 MX hosts protected")),
             qPrintable(audit.out + audit.err));
    QFile runFile(json);
    QVERIFY(runFile.open(QIODevice::ReadOnly));
    const QJsonArray domains = QJsonDocument::fromJson(runFile.readAll()).object().value(QStringLiteral("domains")).toArray();
    QCOMPARE(domains.size(), 1);
    const QJsonObject m = domains.first().toObject().value(QStringLiteral("mx")).toArray().first().toObject();
    QCOMPARE(m.value(QStringLiteral("protection")).toString(), QStringLiteral("dane"));
    QCOMPARE(m.value(QStringLiteral("endpoints")).toArray().size(), 1); // the audit's own result was used

    // The stored run, judged again by `findings`.
    const CliRun findings = runCli({QStringLiteral("findings"), QStringLiteral("--workspace"), file, QStringLiteral("--db"),
                                    db, QStringLiteral("--json")});
    const QJsonArray results =
        QJsonDocument::fromJson(findings.out.toUtf8()).object().value(QStringLiteral("results")).toArray();
    QHash<QString, QString> verdicts;
    for (const QJsonValue &v : results) {
        const QJsonObject r = v.toObject();
        verdicts.insert(r.value(QStringLiteral("rule")).toString(), r.value(QStringLiteral("verdict")).toString());
    }
    QVERIFY2(!verdicts.isEmpty(), qPrintable(findings.out + findings.err));
    QCOMPARE(verdicts.value(QStringLiteral("M4.1")), QStringLiteral("pass"));
    QCOMPARE(verdicts.value(QStringLiteral("M4.2")), QStringLiteral("pass"));
    QCOMPARE(verdicts.value(QStringLiteral("M4.3")), QStringLiteral("fail"));
    QCOMPARE(verdicts.value(QStringLiteral("M4.4")), QStringLiteral("fail")); // only the current key pinned

    // mx1's certificate names mx1.kumo.example, not mx1.secure.test (M1.7):
    // its remedy installs a new certificate, which the checklist warns about,
    // precise to the 3 1 1 record the zone publishes.
    QCOMPARE(verdicts.value(QStringLiteral("M1.7")), QStringLiteral("fail"));
    const CliRun checklist = runCli({QStringLiteral("checklist"), QStringLiteral("--workspace"), file,
                                     QStringLiteral("--db"), db, QStringLiteral("--json")});
    QJsonObject warning;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(checklist.out.toUtf8()).object().value(QStringLiteral("items")).toArray()) {
        if (v.toObject().value(QStringLiteral("rule")).toString() == QStringLiteral("M1.7"))
            warning = v.toObject().value(QStringLiteral("dane_warning")).toObject();
    }
    QVERIFY2(!warning.isEmpty(), qPrintable(checklist.out + checklist.err));
    QCOMPARE(warning.value(QStringLiteral("impact")).toString(), QStringLiteral("breaks_if_new_key"));
    QCOMPARE(warning.value(QStringLiteral("tlsa_name")).toString(), QStringLiteral("_25._tcp.mx1.secure.test"));
    QCOMPARE(warning.value(QStringLiteral("domains")).toArray(), QJsonArray{QStringLiteral("secure.test")});
    QCOMPARE(warning.value(QStringLiteral("still_matching")).toArray(),
             QJsonArray{QString(QStringLiteral("3 1 1 ") + m_leafHash)});
    QCOMPARE(warning.value(QStringLiteral("breaking")).toArray(), QJsonArray{});
    const int ttl = warning.value(QStringLiteral("ttl")).toInt(-1);
    QVERIFY2(ttl > 0 && ttl <= 300, qPrintable(QString::number(ttl))); // the zone's 300, or what a cache left of it
    // The Markdown export says it where the item's steps are.
    const CliRun markdown =
        runCli({QStringLiteral("checklist"), QStringLiteral("--workspace"), file, QStringLiteral("--db"), db});
    QVERIFY2(markdown.out.contains(QStringLiteral("- **Warning:** DANE, mx1.secure.test (MX of secure.test):")),
             qPrintable(markdown.out));
}

// `audit` looks up the TLSA of the workspace's submission host under the
// domain at the standard ports (the lab listens on 2587 and 2465) and matches
// them against what each endpoint presents: _587 pins the submission key, _465
// pins mx1's key (a mismatch). The MX figures stay those of mx1 alone.
void TestDomainLab::auditChecksSubmissionDane()
{
    dnstest::DnssecZone zone;
    zone.addRecord(QStringLiteral("@ 300 IN MX 10 mx1.secure.test."));
    zone.addRecord(QStringLiteral("mx1 300 IN A %1").arg(kMxAddress));
    zone.addRecord(QStringLiteral("_25._tcp.mx1 300 IN TLSA 3 1 1 %1").arg(m_leafHash));
    zone.addRecord(QStringLiteral("smtp 300 IN A %1").arg(kSubmissionAddress));
    zone.addRecord(QStringLiteral("_587._tcp.smtp 300 IN TLSA 3 1 1 %1").arg(m_submissionHash));
    zone.addRecord(QStringLiteral("_465._tcp.smtp 300 IN TLSA 3 1 1 %1").arg(m_leafHash));
    QString error;
    QVERIFY2(zone.start(&error), qPrintable(error));

    QTemporaryDir dir;
    Workspace ws;
    ws.name = QStringLiteral("domain-lab-submission");
    ws.domains = {Domain{QStringLiteral("secure.test"), {QStringLiteral("mx1")}}};
    Host mx;
    mx.id = QStringLiteral("mx1");
    mx.name = QStringLiteral("mx1.secure.test");
    mx.addresses = {kMxAddress};
    mx.roles = {HostRole::InboundMx};
    mx.zone = Zone::External;
    mx.endpoints = {Endpoint{Protocol::Smtp, static_cast<quint16>(kMxPort.toUInt()), {}}};
    Host smtp;
    smtp.id = QStringLiteral("smtp");
    smtp.name = QStringLiteral("smtp.secure.test");
    smtp.addresses = {kSubmissionAddress};
    smtp.zone = Zone::External;
    smtp.endpoints = {Endpoint{Protocol::Submission, 2587, {}}, Endpoint{Protocol::Smtps, 2465, {}}};
    ws.hosts = {mx, smtp};
    const QString file = dir.filePath(QStringLiteral("ws.json"));
    QVERIFY2(saveWorkspaceFile(ws, file).isEmpty(), "workspace not saved");
    const QString json = dir.filePath(QStringLiteral("run.json"));
    const CliRun audit = runCli({QStringLiteral("audit"), QStringLiteral("--workspace"), file, QStringLiteral("--db"),
                                 dir.filePath(QStringLiteral("store.sqlite")), QStringLiteral("--json"), json,
                                 QStringLiteral("--ca-file"), m_lab->caFile(), QStringLiteral("--dns-server"),
                                 zone.nameserver().toString(), QStringLiteral("--trust-anchor"),
                                 zone.trustAnchorFile()});
    QFile runFile(json);
    QVERIFY2(runFile.open(QIODevice::ReadOnly), qPrintable(audit.out + audit.err));
    const QJsonArray domains = QJsonDocument::fromJson(runFile.readAll()).object().value(QStringLiteral("domains")).toArray();
    QCOMPARE(domains.size(), 1);
    const QJsonObject domain = domains.first().toObject();
    QCOMPARE(domain.value(QStringLiteral("mx")).toArray().size(), 1);
    QCOMPARE(domain.value(QStringLiteral("protected_count")).toInt(), 1); // mx1 by DANE, and nothing else
    QCOMPARE(domain.value(QStringLiteral("undecided_count")).toInt(), 0);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &v : domain.value(QStringLiteral("submission_dane")).toArray())
        byName.insert(v.toObject().value(QStringLiteral("tlsa_name")).toString(), v.toObject());
    QCOMPARE(byName.size(), 2);
    const QJsonObject s587 = byName.value(QStringLiteral("_587._tcp.smtp.secure.test"));
    QCOMPARE(s587.value(QStringLiteral("dnssec")).toString(), QStringLiteral("secure"));
    QCOMPARE(s587.value(QStringLiteral("address_dnssec")).toString(), QStringLiteral("secure"));
    QCOMPARE(s587.value(QStringLiteral("published")).toBool(false), true);
    QCOMPARE(s587.value(QStringLiteral("in_force")).toBool(false), true);
    QCOMPARE(s587.value(QStringLiteral("matches")).toBool(false), true);
    const QJsonObject s465 = byName.value(QStringLiteral("_465._tcp.smtp.secure.test"));
    QCOMPARE(s465.value(QStringLiteral("published")).toBool(false), true);
    QCOMPARE(s465.value(QStringLiteral("matches")).toBool(true), false);
}

// `domain kumo.example` against the lab's DNS and policy host, stage by stage.
void TestDomainLab::labDnsStages()
{
    QVERIFY2(!m_lab->dnsServer().isEmpty(), "the demo lab description has no dns section");
    QCOMPARE(m_lab->dnsStage(), lab::DnsStage::None);
    auto check = [&](QJsonObject *out) {
        const CliRun run = runCli({QStringLiteral("domain"), QStringLiteral("kumo.example"), QStringLiteral("--json"),
                                   QStringLiteral("--server"), m_lab->dnsServer(), QStringLiteral("--trust-anchor"),
                                   m_lab->trustAnchorFile(), QStringLiteral("--ca-file"), m_lab->caFile(),
                                   QStringLiteral("--mx-port"), kMxPort, QStringLiteral("--policy-port"),
                                   QString::number(m_lab->policyPort()), QStringLiteral("--timeout"), QStringLiteral("5")});
        *out = QJsonDocument::fromJson(run.out.toUtf8()).object();
        return run;
    };
    auto byHost = [](const QJsonObject &o) {
        QMap<QString, QJsonObject> mx;
        for (const QJsonValue &v : o.value(QStringLiteral("mx")).toArray())
            mx.insert(v.toObject().value(QStringLiteral("host")).toString(), v.toObject());
        return mx;
    };
    const QStringList hosts{QStringLiteral("mx1.kumo.example"), QStringLiteral("mx2.kumo.example")};

    // none: the MX hosts from signed DNS, no defence published.
    QJsonObject o;
    CliRun run = check(&o);
    QByteArray context = QJsonDocument(o).toJson() + run.err.toUtf8();
    QVERIFY2(byHost(o).keys() == hosts, context.constData());
    for (const QJsonObject &m : byHost(o)) {
        QVERIFY2(m.value(QStringLiteral("protection")).toString() == QLatin1String("none"), context.constData());
        QVERIFY2(m.value(QStringLiteral("dane")).toObject().value(QStringLiteral("dnssec")).toString() ==
                     QLatin1String("secure"),
                 context.constData());
    }
    QCOMPARE(o.value(QStringLiteral("mta_sts")).toObject().value(QStringLiteral("in_force")), QJsonValue(false));
    QCOMPARE(o.value(QStringLiteral("tls_rpt")).toObject().value(QStringLiteral("published")), QJsonValue(false));
    QCOMPARE(run.status, 1);

    // testing: the policy fetched from the lab's nginx in testing mode, a TLS-RPT record; nothing enforced.
    QVERIFY2(m_lab->setDnsStage(lab::DnsStage::Testing).isEmpty(), "stage testing not published");
    run = check(&o);
    context = QJsonDocument(o).toJson() + run.err.toUtf8();
    const QJsonObject testing = o.value(QStringLiteral("mta_sts")).toObject();
    QVERIFY2(testing.value(QStringLiteral("policy")).toObject().value(QStringLiteral("mode")).toString() ==
                 QLatin1String("testing"),
             context.constData());
    QVERIFY2(o.value(QStringLiteral("tls_rpt")).toObject().value(QStringLiteral("published")) == QJsonValue(true),
             context.constData());
    for (const QJsonObject &m : byHost(o))
        QVERIFY2(m.value(QStringLiteral("protection")).toString() == QLatin1String("none"), context.constData());
    QCOMPARE(run.status, 1);

    // enforce, after mx2's expired certificate was renewed (as the rollout does): both MX
    // hosts protected by MTA-STS and by DANE, the next keys published beside the current ones.
    lab::IssuedFiles files;
    QVERIFY2(m_lab->issueCertificate(QStringLiteral("mx2"), &files).isEmpty(), "no certificate for mx2");
    const QString reloaded = m_lab->reload(QStringLiteral("mx2"));
    QVERIFY2(reloaded.isEmpty(), qPrintable(reloaded));
    const QString published = m_lab->setDnsStage(lab::DnsStage::Enforce);
    QVERIFY2(published.isEmpty(), qPrintable(published));
    run = check(&o);
    context = QJsonDocument(o).toJson() + run.err.toUtf8();
    const QJsonObject enforce = o.value(QStringLiteral("mta_sts")).toObject();
    QVERIFY2(enforce.value(QStringLiteral("policy")).toObject().value(QStringLiteral("mode")).toString() ==
                 QLatin1String("enforce"),
             context.constData());
    QVERIFY2(enforce.value(QStringLiteral("id")) != testing.value(QStringLiteral("id")), context.constData());
    QVERIFY2(byHost(o).keys() == hosts, context.constData());
    for (const QJsonObject &m : byHost(o)) {
        QVERIFY2(m.value(QStringLiteral("protection")).toString() == QLatin1String("both"), context.constData());
        QVERIFY2(m.value(QStringLiteral("delivery_at_risk")) == QJsonValue(false), context.constData());
        QVERIFY2(m.value(QStringLiteral("dane")).toObject().value(QStringLiteral("rollover_ready")) == QJsonValue(true),
                 context.constData());
    }
    QVERIFY2(run.status == 0, context.constData());

    // Back to none: the records and the policy withdrawn.
    QVERIFY2(m_lab->setDnsStage(lab::DnsStage::None).isEmpty(), "stage none not published");
    run = check(&o);
    QCOMPARE(o.value(QStringLiteral("mta_sts")).toObject().value(QStringLiteral("in_force")), QJsonValue(false));
    QCOMPARE(run.status, 1);
}

QTEST_GUILESS_MAIN(TestDomainLab)
#include "tst_domain_lab.moc"
