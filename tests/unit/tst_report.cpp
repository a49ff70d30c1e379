// The compliance report of a stored run of the demo workspace: its figures
// equal the run's (each measure's encrypted links, the versions accepted);
// what a hostile server sent (markup and control characters in its banner and
// certificate) appears as literal text in the HTML and the PDF; the PDF's
// text can be extracted; the Japanese PDF carries the translated headings and
// embeds a CJK font; and the headless command writes both files, or names the
// run it cannot find. The store is a real SQLite file; the results are
// written as an audit writes them (by hand: mx2 also accepts TLS 1.0, POP3
// offers no STARTTLS, webmail's plain HTTP serves the page).

#include "../common/cli_run.h"
#include "../common/sample_results.h"
#include "app/evidence/outbound_verdict.h"
#include "app/store/audit_store.h"
#include "app/history/audit_snapshot.h"
#include "app/history/compliance_report.h"
#include "app/inventory/workspace_io.h"
#include "app/cli/report_command.h"
#include "app/report/report_document.h"
#include "app/report/report_html.h"

#include <QBuffer>
#include <algorithm>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

using namespace mailtls;

namespace {

// The text of a PDF, by poppler's pdftotext (an independent reader).
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfFonts(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdffonts"), {path});
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text as a viewer searches it: ligatures ("\uFB01") as their letters, runs of space as one.
QString squeeze(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void figuresEqualTheRun();
    void literalText_data();
    void literalText();
    void hostileTextStaysText();
    void pdfTextExtracts();
    void japanesePdf();
    void reportCommand();
    void undecidedShownApart();
    void appendixHasEveryAddress();
    void hygieneTablePerAddress();
    void daneWarningUnderItsItem();
    void tlsRptInReport_data();
    void tlsRptInReport();
    void outboundRelaysInReport();
    void reportComparesRuns(); // last: it adds a run

private:
    ComplianceReport build(qint64 run = 0);

    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_db;
    Profile m_profile;
    qint64 m_run = 0;
};

void TestReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("MAILTLS_TEST_KEEP")) { // to look at the reports
        m_dir.setAutoRemove(false);
        qInfo("reports in %s", qPrintable(m_dir.path()));
    }
    m_workspace = m_dir.filePath(QStringLiteral("demo.json"));
    m_db = m_dir.filePath(QStringLiteral("audits.sqlite"));
    const auto demo =
        loadWorkspaceFile(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json"));
    QVERIFY(demo.workspace);
    QCOMPARE(saveWorkspaceFile(*demo.workspace, m_workspace), QString());
    m_profile = *builtinProfile(u"m3aawg");
    QString error;
    auto store = AuditStore::open(m_db, &error);
    QVERIFY2(store, qPrintable(error));
    const auto results = sample::demoRun(*demo.workspace, false, true);
    const auto run = store->beginRun(*demo.workspace, static_cast<int>(results.size()), &error);
    QVERIFY2(run, qPrintable(error));
    for (auto it = results.cbegin(); it != results.cend(); ++it)
        QVERIFY2(store->addResult(*run, it.key(), it.value(), &error), qPrintable(error));
    QVERIFY(store->finishRun(*run, &error));
    m_run = *run;
}

ComplianceReport TestReport::build(qint64 run)
{
    QString error;
    auto store = AuditStore::open(m_db, &error);
    const auto ws = loadWorkspaceFile(m_workspace);
    const std::optional<ReportInput> input =
        loadReportInput(*store, *ws.workspace, run, m_profile.id, &error);
    if (!input)
        qFatal("%s", qPrintable(error));
    return buildComplianceReport(*input, m_profile, QStringLiteral("Hanako Sato"),
                                 QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC));
}

void TestReport::figuresEqualTheRun()
{
    const ComplianceReport r = build();
    QCOMPARE(r.run, m_run);
    QCOMPARE(r.organisation, QStringLiteral("Kumo Trading Co., Ltd."));
    QCOMPARE(r.hosts, 8);
    QCOMPARE(r.links, 16);
    QCOMPARE(r.endpoints, 13);
    QCOMPARE(r.endpointsProbed, 13);
    QCOMPARE(r.appendix.size(), 13);
    // Measure 1: both inbound hops encrypted, mx2's weakly; the relay's
    // outbound link as strong as the relay's own endpoint, incomplete: its
    // sending side was never tested.
    QCOMPARE(r.measures.at(0).links, 3);
    QCOMPARE(r.measures.at(0).encrypted(), 3);
    QCOMPARE(r.measures.at(0).byState.value(LinkState::WeakTls), 1);
    QCOMPARE(r.measures.at(0).incomplete, 1);
    // Measure 2: three relay hops and two deliveries, all strong.
    QCOMPARE(r.measures.at(1).links, 5);
    QCOMPARE(r.measures.at(1).encrypted(), 5);
    // Measure 3: eight user links; POP3 without STARTTLS and plain HTTP webmail are cleartext.
    QCOMPARE(r.measures.at(2).links, 8);
    QCOMPARE(r.measures.at(2).encrypted(), 6);
    QCOMPARE(r.measures.at(2).byState.value(LinkState::Cleartext), 2);
    // Versions across the endpoints that were tested: TLS 1.0 on mx2 only.
    QCOMPARE(r.versionsAccepted.value(TlsVersion::Tls10), 1);
    QCOMPARE(r.versionsAccepted.value(TlsVersion::Tls12), 11); // all but POP3 and plain HTTP
    QCOMPARE(r.endpointsWithTls, 13);
    QCOMPARE(r.versionsAccepted.value(TlsVersion::Ssl3), 0);
    // The findings name mx2's TLS 1.0 and POP3's missing STARTTLS.
    QStringList found;
    for (const TriagedFinding &f : r.findings)
        found << f.finding.ruleId + u'@' + f.finding.endpoint;
    QVERIFY2(found.contains(QStringLiteral("M1.6@mx2/smtp:2525")), qPrintable(found.join(u' ')));
    QVERIFY(!r.openBySeverity.isEmpty());
    QCOMPARE(r.checklist.size(), r.findings.size());
    // The map has every link, each in its state.
    QCOMPARE(r.map.edges().size(), 16);
    QCOMPARE(r.map.edges().at(r.map.edgeIndex(QStringLiteral("internet->mx2/smtp"))).status.state,
             LinkState::WeakTls);

    // The figures the summary prints are these.
    const QString html = complianceReportHtml(r, [](const QString &) { return QString(); });
    QVERIFY(html.contains(QLatin1String("3 of 3 hops between MTAs encrypted")));
    QVERIFY(html.contains(QLatin1String("5 of 5 internal links encrypted")));
    QVERIFY(html.contains(QLatin1String("6 of 8 user access links encrypted")));

    // A run that does not exist: an error naming it.
    QString error;
    auto store = AuditStore::open(m_db, &error);
    QVERIFY(!loadReportInput(*store, *loadWorkspaceFile(m_workspace).workspace, 999, m_profile.id,
                             &error));
    QVERIFY2(error.contains(QLatin1String("999")), qPrintable(error));
}

void TestReport::literalText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("html");
    QTest::newRow("markup") << QStringLiteral("<b>x</b> & \"y\"")
                            << QStringLiteral("&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;");
    QTest::newRow("escape sequence") << QStringLiteral("a\x1b[2Jb") << QStringLiteral("a\\x1b[2Jb");
    QTest::newRow("bidi override")
        << QStringLiteral("abc\u202Edef") << QStringLiteral("abc\\u{202e}def");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a<br>b");
    QTest::newRow("soft hyphen") << QStringLiteral("ab\u00ADc") << QStringLiteral("ab\\xadc");
    QTest::newRow("word joiner") << QStringLiteral("a\u2060b") << QStringLiteral("a\\u{2060}b");
    QTest::newRow("arabic letter mark") << QStringLiteral("a\u061Cb") << QStringLiteral("a\\u{061c}b");
    QTest::newRow("interlinear annotation")
        << QStringLiteral("a\uFFF9b") << QStringLiteral("a\\u{fff9}b");
    QTest::newRow("japanese") << QStringLiteral("暗号化") << QStringLiteral("暗号化");
}

void TestReport::literalText()
{
    QFETCH(QString, text);
    QFETCH(QString, html);
    QCOMPARE(literalHtml(text), html);
}

void TestReport::undecidedShownApart()
{
    // mx1 with TLS 1.0 and 1.1 undecided (timeouts): its checks that rest on
    // them are neither findings nor passes, and the report says so.
    const auto demo = loadWorkspaceFile(m_workspace);
    QHash<QString, EndpointResult> results = sample::demoRun(*demo.workspace, true, true);
    QString mx1;
    for (auto it = results.cbegin(); it != results.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("mx1/smtp")))
            mx1 = it.key();
    }
    QVERIFY(!mx1.isEmpty());
    for (TlsVersion v : {TlsVersion::Tls10, TlsVersion::Tls11}) {
        VersionResult &vr = results[mx1].versions[v];
        vr = VersionResult{};
        vr.note = QStringLiteral("timeout after our hello");
    }
    const AuditSnapshot snapshot = buildSnapshot(*demo.workspace, m_profile, results, {}, QDate(2026, 11, 28));
    QVERIFY(!snapshot.undecided.isEmpty());
    for (const RuleResult &u : snapshot.undecided) {
        QCOMPARE(u.verdict, Verdict::Incomplete);
        QVERIFY2(results.contains(u.endpoint), qPrintable(u.endpoint)); // only probed endpoints
        for (const TriagedFinding &f : snapshot.findings)
            QVERIFY(!(f.finding.ruleId == u.ruleId && f.finding.endpoint == u.endpoint));
    }
    QVERIFY(std::any_of(snapshot.undecided.cbegin(), snapshot.undecided.cend(),
                        [&](const RuleResult &u) { return u.endpoint == mx1; }));

    ComplianceReport r = build();
    r.undecided = snapshot.undecided;
    r.measures[0].incomplete = 1;
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QCOMPARE(writeReportHtml(r, &buffer), QString());
    const QString html = QString::fromUtf8(buffer.data());
    QVERIFY(html.contains(QLatin1String("Checks not decided")));
    QVERIFY(html.contains(QLatin1String("marked ? on the map")));
    QVERIFY(html.contains(mx1));
}

void TestReport::tlsRptInReport_data()
{
    // A report of one day about kumo.example, its failures named by receiving-mx-hostname.
    const auto report = [](const QString &day, int ok, int failed) {
        QJsonObject failure{{"result-type", "certificate-expired"},
                            {"receiving-mx-hostname", "mx1.kumo.example"},
                            {"failed-session-count", failed}};
        QJsonObject policy{
            {"policy", QJsonObject{{"policy-type", "sts"}, {"policy-domain", "kumo.example"},
                                   {"mx-host", QJsonArray{"*.kumo.example"}}}},
            {"summary", QJsonObject{{"total-successful-session-count", ok}, {"total-failure-session-count", failed}}}};
        if (failed > 0)
            policy.insert("failure-details", QJsonArray{failure});
        const QJsonObject o{{"organization-name", "Sender Corp"},
                            {"date-range", QJsonObject{{"start-datetime", QString(day + "T00:00:00Z")},
                                                       {"end-datetime", QString(day + "T23:59:59Z")}}},
                            {"contact-info", "tlsrpt@sender.example"},
                            {"report-id", day},
                            {"policies", QJsonArray{policy}}};
        return QJsonDocument(o).toJson();
    };
    QTest::addColumn<QList<QByteArray>>("reports");
    QTest::addColumn<QString>("mx1Mark");
    QTest::addColumn<QStringList>("htmlHas");
    QTest::addColumn<QStringList>("htmlHasNot");
    QTest::newRow("no reports: every MX host reads 'no reports imported'")
        << QList<QByteArray>{} << QString() << QStringList{"TLS-RPT: what senders reported", "no reports imported"}
        << QStringList{"certificate-expired", "Sender Corp"};
    QTest::newRow("failures at mx1 before the run: figures, types, organisation, a mark on its link")
        << QList<QByteArray>{report("2026-12-01", 900, 12)} << "TLS-RPT: 12 failed"
        << QStringList{"certificate-expired 12", "Sender Corp", "*.kumo.example (with mx1.kumo.example, "
                                                                  "mx2.kumo.example): 900 sessions, 0 failed"}
        << QStringList{};
    QTest::newRow("reports from the run's start on are not its reports")
        << QList<QByteArray>{report("2026-12-06", 900, 12)} << QString() << QStringList{"no reports imported"}
        << QStringList{"certificate-expired"};
}

void TestReport::tlsRptInReport()
{
    QFETCH(QList<QByteArray>, reports);
    QFETCH(QString, mx1Mark);
    QFETCH(QStringList, htmlHas);
    QFETCH(QStringList, htmlHasNot);
    QString error;
    auto store = AuditStore::open(m_db, &error);
    const auto ws = loadWorkspaceFile(m_workspace);
    std::optional<ReportInput> input = loadReportInput(*store, *ws.workspace, 0, m_profile.id, &error);
    QVERIFY2(input, qPrintable(error));
    input->run.startedAt = QDateTime(QDate(2026, 12, 6), QTime(0, 0), Qt::UTC);
    input->tlsRptReports = readStoredTlsRptReports(reports);
    QCOMPARE(input->tlsRptReports.size(), reports.size());
    const ComplianceReport r = buildComplianceReport(*input, m_profile, QStringLiteral("Hanako Sato"),
                                                     QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC));
    QCOMPARE(r.tlsRpt.from, QDateTime(QDate(2026, 11, 6), QTime(0, 0), Qt::UTC));
    // The map: the inbound links carry the figures; only failures put a mark, and make a problem.
    int inbound = 0;
    for (const MapEdge &e : r.map.edges()) {
        if (e.kind != LinkKind::InternetInbound)
            continue;
        ++inbound;
        const QString host = r.map.nodes().at(e.to).id;
        QVERIFY2(!e.status.tlsRpt.isEmpty(), qPrintable(host));
        QCOMPARE(e.status.tlsRptMark, host == u"mx1" ? mx1Mark : QString());
        if (!e.status.tlsRptMark.isEmpty())
            QVERIFY(e.isProblem());
        if (reports.isEmpty())
            QVERIFY2(e.status.tlsRpt.constFirst().contains(QLatin1String("no reports imported")),
                     qPrintable(e.status.tlsRpt.constFirst()));
    }
    QCOMPARE(inbound, 2);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QCOMPARE(writeReportHtml(r, &buffer), QString());
    const QString html = QString::fromUtf8(buffer.data());
    for (const QString &text : htmlHas)
        QVERIFY2(html.contains(text.toHtmlEscaped()), qPrintable(text));
    for (const QString &text : htmlHasNot)
        QVERIFY2(!html.contains(text.toHtmlEscaped()), qPrintable(text));
}

void TestReport::appendixHasEveryAddress()
{
    ComplianceReport r = build();
    QVERIFY(!r.appendix.isEmpty());
    EndpointResult &first = r.appendix.first().result;
    first.address = QStringLiteral("127.0.0.11");
    EndpointResult six = first;
    six.address = QStringLiteral("::1");
    six.status = ProbeStatus::StartTlsNotOffered;
    first.otherAddresses.push_back(six);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QCOMPARE(writeReportHtml(r, &buffer), QString());
    const QString html = QString::fromUtf8(buffer.data());
    QVERIFY(html.contains(QLatin1String("Address 127.0.0.11")));
    QVERIFY(html.contains(QLatin1String("Address ::1")));
    // A single address is not named.
    QCOMPARE(html.count(QLatin1String("<h4>")), 2);
}

void TestReport::hygieneTablePerAddress()
{
    ComplianceReport r = build();
    QVERIFY(!r.appendix.isEmpty());
    // Each address with hygiene checks gets its table; what the server made the evidence say stays text.
    EndpointResult &first = r.appendix.first().result;
    QVERIFY(first.hygiene);
    first.hygiene->compression = HygieneCheck{true, {QStringLiteral("DEFLATE chosen <b>by</b> the server")}, {}};
    first.hygiene->robot = HygieneCheck{std::nullopt, {}, QStringLiteral("not asked: intrusive checks are off")};
    first.hygiene->dhPrimes = {DhPrime{1024, QStringLiteral("RFC 2409 group 2"),
                                       {QStringLiteral("TLSv1.2 TLS_DHE_RSA_WITH_AES_128_GCM_SHA256")}}};
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QCOMPARE(writeReportHtml(r, &buffer), QString());
    const QString html = QString::fromUtf8(buffer.data());
    QVERIFY(html.contains(QLatin1String("TLS hygiene")));
    QVERIFY(html.contains(QLatin1String("<td>TLS compression (CRIME)</td><td bgcolor=\"#f8d7da\">yes</td>"
                                        "<td>DEFLATE chosen &lt;b&gt;by&lt;/b&gt; the server</td>")));
    QVERIFY(!html.contains(QLatin1String("<b>by</b>")));
    // Undecided is said so, with its note; a good answer is not marked.
    QVERIFY(html.contains(QLatin1String("<td>ROBOT (RSA padding oracle)</td><td>undecided</td>"
                                        "<td>not asked: intrusive checks are off</td>")));
    QVERIFY(html.contains(QLatin1String("<td>Downgrade protection (TLS_FALLBACK_SCSV)</td><td>yes</td>")));
    QVERIFY(html.contains(QLatin1String("Stapled OCSP response: successful, certificate good")));
    QVERIFY(html.contains(QLatin1String("DHE prime: 1024 bits, RFC 2409 group 2: TLSv1.2 TLS_DHE_RSA_WITH_AES_128_GCM_SHA256")));
    // Every TLS endpoint of the demo has its table; plain HTTP and the POP3 without STARTTLS have none.
    int withHygiene = 0;
    for (const EndpointAppendix &a : r.appendix)
        withHygiene += a.result.hygiene ? 1 : 0;
    QCOMPARE(html.count(QLatin1String("<p>TLS hygiene</p>")), withHygiene);
    QVERIFY(withHygiene > 0 && withHygiene < r.appendix.size());
}

void TestReport::daneWarningUnderItsItem()
{
    // mx1 is the MX of kumo.example with a DANE-EE key record (3 1 1) that
    // matches its certificate, which has expired: the report's checklist
    // item for M1.7 (a new certificate) carries the DANE warning.
    QString error;
    auto store = AuditStore::open(m_db, &error);
    const auto ws = loadWorkspaceFile(m_workspace);
    std::optional<ReportInput> input = loadReportInput(*store, *ws.workspace, 0, m_profile.id, &error);
    QVERIFY2(input, qPrintable(error));
    const Host *host = input->workspace.host(QStringLiteral("mx1"));
    QVERIFY(host);
    QString key;
    for (auto it = input->results.cbegin(); it != input->results.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("mx1/smtp")))
            key = it.key();
    }
    QVERIFY(!key.isEmpty());
    EndpointResult &mx1 = input->results[key];
    const QByteArray spki = QByteArray(32, '\x5a');
    mx1.certificate->expired = true;
    mx1.certificate->daneDigests = {DaneDigests{mx1.certificate->subject, QByteArray(32, '\x01'), {}, spki, {}}};

    dns::Record rr;
    rr.type = dns::RecordType::Tlsa;
    rr.ttl = 3600;
    rr.usage = 3;
    rr.selector = 1;
    rr.matchingType = 1;
    rr.association = spki;
    MxDefence m;
    m.host = host->name;
    m.endpoints = {mx1.target.url()};
    m.dane.host = host->name;
    m.dane.tlsaName = tlsaOwnerName(host->name, 25);
    m.dane.addressStatus = dns::LookupStatus::Ok;
    m.dane.addressDnssec = dns::DnssecState::Secure;
    m.dane.tlsaStatus = dns::LookupStatus::Ok;
    m.dane.tlsaDnssec = dns::DnssecState::Secure;
    m.dane.records = tlsaRecordsOf({rr});
    m.dane.tlsaTtl = 3600;
    evaluateDane(&m.dane, &*mx1.certificate);
    QCOMPARE(m.dane.matches, std::optional<bool>(true));
    DomainDefence d;
    d.check.domain = QStringLiteral("kumo.example");
    d.mx = {m};
    // Submission hosts' DANE: shown when published or undecided, never "not published".
    DaneCheck published = m.dane;
    published.host = QStringLiteral("smtp.kumo.example");
    published.port = 587;
    published.tlsaName = tlsaOwnerName(published.host, 587);
    evaluateDane(&published, &*mx1.certificate);
    DaneCheck undecided = published;
    undecided.port = 465;
    undecided.tlsaName = tlsaOwnerName(undecided.host, 465);
    undecided.tlsaStatus = dns::LookupStatus::Timeout;
    undecided.records.clear();
    evaluateDane(&undecided, nullptr);
    DaneCheck absent = undecided;
    absent.host = QStringLiteral("mail.kumo.example");
    absent.tlsaStatus = dns::LookupStatus::NoData;
    evaluateDane(&absent, nullptr);
    d.submission = {published, undecided, absent};
    input->domains.domains = {d};

    const ComplianceReport r = buildComplianceReport(*input, m_profile, QStringLiteral("Hanako Sato"),
                                                     QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC));
    const auto item = std::find_if(r.checklist.cbegin(), r.checklist.cend(), [&](const ChecklistItem &i) {
        return i.finding.ruleId == QLatin1String("M1.7") && i.finding.endpoint == key;
    });
    QVERIFY(item != r.checklist.cend());
    QVERIFY(item->dane);
    QCOMPARE(item->dane->impact, DaneImpact::BreaksIfNewKey);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QCOMPARE(writeReportHtml(r, &buffer), QString());
    const QString html = QString::fromUtf8(buffer.data());
    QVERIFY2(html.contains(QStringLiteral("<b>Warning:</b> DANE, %1 (MX of kumo.example): ").arg(host->name)),
             qPrintable(html.mid(html.indexOf(QLatin1String("Remediation Checklist")), 3000)));
    QVERIFY(html.contains(QLatin1String("certbot --reuse-key")));
    const QString domains = html.mid(html.indexOf(QLatin1String("Defence against downgrade, by domain")), 4000);
    QVERIFY2(domains.contains(QLatin1String("smtp.kumo.example:587</td><td>TLSA secure (DNSSEC), matches yes")),
             qPrintable(domains));
    QVERIFY2(domains.contains(QLatin1String("smtp.kumo.example:465</td><td>undecided (_465._tcp.smtp.kumo.example TLSA: ")),
             qPrintable(domains));
    QVERIFY(!html.contains(QLatin1String("mail.kumo.example:465")));
}

// The relay's outbound tests as the audited inventory holds them: a table per
// relay and policy, the failing check named, and what the relay sent (its
// EHLO name in the evidence) escaped like every other text from the network.
void TestReport::outboundRelaysInReport()
{
    QString error;
    auto store = AuditStore::open(m_db, &error);
    const auto ws = loadWorkspaceFile(m_workspace);
    std::optional<ReportInput> input = loadReportInput(*store, *ws.workspace, 0, m_profile.id, &error);
    QVERIFY2(input, qPrintable(error));
    OutboundTest t;
    t.relay = QStringLiteral("relay");
    t.clientAddress = QStringLiteral("127.0.0.13");
    t.ehlo = QStringLiteral("<i>relay</i>");
    t.testedAt = QDateTime(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);
    t.policy = QStringLiteral("requires-tls");
    t.scenarios = {QStringLiteral("normal"), QStringLiteral("bad-certificate")};
    t.sessions = 2;
    // Evidence as the receiver records it: phrases each reader translates.
    const auto record = [](const char *check, std::optional<bool> passed, const char *source,
                           const QStringList &args, int count, QList<int> sessions) {
        OutboundCheckRecord r;
        r.check = QString::fromLatin1(check);
        r.passed = passed;
        r.evidenceSource = QString::fromLatin1(source);
        r.evidenceArgs = args;
        r.evidenceCount = count;
        r.evidence = OutboundPhrase{r.evidenceSource, args, count}.english();
        r.sessions = std::move(sessions);
        return r;
    };
    t.checks = {record("uses_starttls", true, "%n message(s) delivered over STARTTLS", {}, 1, {1}),
                record("checks_certificate_when_required", false,
                       "%1: delivered over a certificate self-signed, expired and for another name",
                       {QStringLiteral("#2 (bad-certificate)")}, -1, {2}),
                record("sends_sni", std::nullopt, "no TLS session", {}, -1, {})};
    input->workspace.outboundTests = {t};
    input->workspace.links.append(Link{QStringLiteral("relay-out"), LinkKind::Outbound, QStringLiteral("relay"),
                                       EndpointRef{QStringLiteral("relay"), Protocol::Smtp, 0}, {}});
    const ComplianceReport r = buildComplianceReport(*input, m_profile, QStringLiteral("Hanako Sato"),
                                                     QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC));
    QCOMPARE(r.outboundTests.size(), 1);
    QCOMPARE(r.outboundTests.first().relayName, QStringLiteral("relay.kumo.internal"));
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QCOMPARE(writeReportHtml(r, &buffer), QString());
    const QString html = QString::fromUtf8(buffer.data());
    QVERIFY(html.contains(QLatin1String("Outbound relays as senders (test receiver)")));
    QVERIFY(html.contains(QLatin1String("destinations that require TLS (MTA-STS enforce or DANE)")));
    QVERIFY(html.contains(QLatin1String("Keeps the message when the destination requires TLS and the certificate does "
                                        "not check")));
    QVERIFY(html.contains(QLatin1String("FAIL")) && html.contains(QLatin1String("undecided")));
    QVERIFY(html.contains(QLatin1String("EHLO &lt;i&gt;relay&lt;/i&gt;")));
    QVERIFY(!html.contains(QLatin1String("<i>relay</i>")));
    QVERIFY(html.contains(QLatin1String("#2 (bad-certificate): delivered over a certificate self-signed")));
    // The same record in a Japanese report reads in Japanese.
    QTranslator ja;
    QVERIFY(ja.load(QStringLiteral(MAILTLS_BINARY_DIR "/mailtls-auditor_ja.qm")));
    QCoreApplication::installTranslator(&ja);
    auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&ja); });
    const QString delivered =
        QCoreApplication::translate("mailtls::OutboundVerdict", "%n message(s) delivered over STARTTLS", nullptr, 1);
    QVERIFY(!delivered.contains(QLatin1String("delivered")));
    QBuffer jaBuffer;
    QVERIFY(jaBuffer.open(QIODevice::WriteOnly));
    QCOMPARE(writeReportHtml(buildComplianceReport(*input, m_profile, QStringLiteral("Hanako Sato"),
                                                   QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC)),
                             &jaBuffer),
             QString());
    const QString jaHtml = QString::fromUtf8(jaBuffer.data());
    QVERIFY2(jaHtml.contains(delivered), qPrintable(delivered));
    QVERIFY(!jaHtml.contains(QLatin1String("1 message(s) delivered")));
    // The relay's outbound link is judged by the test: M4.6 fails on it.
    QVERIFY(std::any_of(r.findings.cbegin(), r.findings.cend(), [](const TriagedFinding &f) {
        return f.finding.ruleId == QLatin1StringView("M4.6") &&
               f.finding.endpoint.startsWith(QLatin1StringView("relay/smtp"));
    }));
}

void TestReport::hostileTextStaysText()
{
    const ComplianceReport r = build();
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QCOMPARE(writeReportHtml(r, &buffer), QString());
    const QString html = QString::fromUtf8(buffer.data());
    QVERIFY(!html.contains(QLatin1String("<script>")));
    QVERIFY(!html.contains(QLatin1String("<b>mx1</b>")));
    QVERIFY(!html.contains(QChar(0x1b)));
    QVERIFY(html.contains(
        QLatin1String("220 mx1 &lt;script&gt;alert(1)&lt;/script&gt; ESMTP\\x1b[2J")));
    QVERIFY(html.contains(QLatin1String("CN=&lt;b&gt;mx1&lt;/b&gt;,O=Evil &amp; Co")));
    // A bidi override and a soft hyphen in a capability line: the bytes shown, not obeyed.
    QVERIFY(!html.contains(QChar(0x202E)) && !html.contains(QChar(0x00AD)));
    QVERIFY2(html.contains(QLatin1String("250-mx1 \\xe2\\x80\\xae8BITMIME\\xc2\\xad")),
             qPrintable(html.mid(html.indexOf(QLatin1String("250-mx1")), 80)));
    // The pictures are inline: the file stands alone.
    QCOMPARE(html.count(QLatin1String("src=\"data:image/png;base64,")), 3);
}

void TestReport::pdfTextExtracts()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed: apt-get install poppler-utils (scripts/install-deps.sh "
              "does)");
    const ComplianceReport r = build();
    const QString path = m_dir.filePath(QStringLiteral("report-en.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(writeReportPdf(r, &file), QString());
    file.close();
    const QString text = squeeze(pdfText(path));
    QVERIFY2(text.contains(QLatin1String("Mail Encryption Compliance Report")),
             qPrintable(text.left(400)));
    QVERIFY(text.contains(QLatin1String("Kumo Trading Co., Ltd.")));
    QVERIFY(text.contains(QLatin1String("Hanako Sato")));
    QVERIFY(text.contains(QLatin1String("3 of 3 hops between MTAs encrypted")));
    QVERIFY(text.contains(QLatin1String("6 of 8 user access links encrypted")));
    QVERIFY(text.contains(QLatin1String("Appendix: Endpoints")));
    // The banner as the text it was, not markup.
    QVERIFY2(text.contains(QLatin1String("<script>alert(1)</script>")),
             qPrintable(text.right(2000)));
}

void TestReport::japanesePdf()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed: apt-get install poppler-utils (scripts/install-deps.sh "
              "does)");
    QTranslator ja;
    QVERIFY(ja.load(QStringLiteral(MAILTLS_BINARY_DIR "/mailtls-auditor_ja.qm")));
    QCoreApplication::installTranslator(&ja);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    auto restore = qScopeGuard([&] { // English again for the other tests, whatever fails here
        QCoreApplication::removeTranslator(&ja);
        QLocale::setDefault(before);
    });
    const ComplianceReport r = build();
    const QString path = m_dir.filePath(QStringLiteral("report-ja.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QStringList families = reportFontFamilies();
    QCOMPARE(writeReportPdf(r, &file), QString());
    file.close();
    restore.dismiss();
    QCoreApplication::removeTranslator(&ja);
    QLocale::setDefault(before);
    QCOMPARE(families.constLast(), QStringLiteral("Noto Sans CJK JP"));
    const QString text = squeeze(pdfText(path));
    QVERIFY2(text.contains(QStringLiteral("メール暗号化コンプライアンスレポート")),
             qPrintable(text.left(400)));
    QVERIFY2(text.contains(QStringLiteral("エグゼクティブサマリー")), qPrintable(text.left(1200)));
    QVERIFY2(text.contains(QStringLiteral("対策 2")), qPrintable(text.left(1200)));
    // The figures read back too, in Latin runs as in Japanese ones: a search for them finds them.
    for (const QString &figure :
         {QStringLiteral("M3AAWG"), QStringLiteral("MTA 間のホップ 3 件中 3 件が暗号化済み (強い TLS: 2, 弱い TLS: 1)"),
          QStringLiteral("2026-11-28 10:00 UTC"), QStringLiteral("(強い TLS: 6, 平文: 2)")})
        QVERIFY2(text.contains(figure), qPrintable(figure + u'\n' + text.left(1500)));
    QVERIFY(pdfFonts(path).contains(QLatin1String("NotoSansCJK")));
}

void TestReport::reportCommand()
{
    const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    const QString html = m_dir.filePath(QStringLiteral("cli.html"));
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    const QStringList base{QStringLiteral("mailtls-auditor"),
                           QStringLiteral("report"),
                           QStringLiteral("--workspace"),
                           m_workspace,
                           QStringLiteral("--db"),
                           m_db};
    int status =
        cli::run(base + QStringList{QStringLiteral("--pdf"), pdf, QStringLiteral("--html"), html},
                 o, e);
    o.flush();
    e.flush();
    QVERIFY2(status == 0, qPrintable(err));
    QVERIFY(out.contains(pdf));
    QVERIFY(QFile(pdf).size() > 10000);
    QVERIFY(QFile(html).size() > 10000);
    // A run that is not there: exit 2, the run named, and the files written before untouched.
    const qint64 size = QFile(pdf).size();
    status = cli::run(base + QStringList{QStringLiteral("--run"), QStringLiteral("42"),
                                         QStringLiteral("--pdf"), pdf},
                      o, e);
    e.flush();
    QCOMPARE(status, 2);
    QVERIFY2(err.contains(QLatin1String("no run 42")), qPrintable(err));
    QCOMPARE(QFile(pdf).size(), size);
    // Neither --pdf nor --html: a usage error.
    QCOMPARE(cli::run(base, o, e), 2);
}

void TestReport::reportComparesRuns()
{
    QString error;
    {
        auto store = AuditStore::open(m_db, &error);
        const auto ws = loadWorkspaceFile(m_workspace);
        const auto results = sample::demoRun(*ws.workspace, true, false);
        const auto run = store->beginRun(*ws.workspace, static_cast<int>(results.size()), &error);
        QVERIFY2(run, qPrintable(error));
        for (auto it = results.cbegin(); it != results.cend(); ++it)
            QVERIFY(store->addResult(*run, it.key(), it.value(), &error));
        QVERIFY(store->finishRun(*run, &error));
    }
    const QString html = m_dir.filePath(QStringLiteral("compare.html"));
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    const int status = cli::run({QStringLiteral("mailtls-auditor"), QStringLiteral("report"),
                                 QStringLiteral("--workspace"), m_workspace, QStringLiteral("--db"),
                                 m_db, QStringLiteral("--compare"), QString::number(m_run),
                                 QStringLiteral("--html"), html},
                                o, e);
    e.flush();
    QVERIFY2(status == 0, qPrintable(err));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("Changes from run %1").arg(m_run)));
    QVERIFY(text.contains(
        QLatin1String("Findings: 2 fixed, 0 new, 0 unchanged. Links: 0 regressed, 2 improved")));
    QVERIFY(text.contains(QLatin1String("mx2/smtp:2525 M1.6")));
    // A run that is not earlier than the one reported: refused, naming the one reported.
    const int later = cli::run({QStringLiteral("mailtls-auditor"), QStringLiteral("report"),
                                QStringLiteral("--workspace"), m_workspace, QStringLiteral("--db"), m_db,
                                QStringLiteral("--run"), QString::number(m_run), QStringLiteral("--compare"),
                                QString::number(m_run + 1), QStringLiteral("--html"), html},
                               o, e);
    e.flush();
    QCOMPARE(later, 2);
    QVERIFY2(err.contains(QStringLiteral("an earlier run than the one reported (%1)").arg(m_run)), qPrintable(err));
    // A reported run that is not there: named.
    const int bad = cli::run({QStringLiteral("mailtls-auditor"), QStringLiteral("report"),
                              QStringLiteral("--workspace"), m_workspace, QStringLiteral("--db"),
                              m_db, QStringLiteral("--run"), QStringLiteral("77"), QStringLiteral("--compare"),
                              QString::number(m_run), QStringLiteral("--html"), html},
                             o, e);
    e.flush();
    QCOMPARE(bad, 2); // the run named is not there: a usage error
    QVERIFY2(err.contains(QLatin1String("no run 77")), qPrintable(err));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
