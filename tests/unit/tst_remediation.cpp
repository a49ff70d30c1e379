// Remediation knowledge: complete for every rule, every compiled-in file
// loads, each software has its own remedy for every rule its kind of server
// can fail, the software's own steps before generic ones, broken data
// refused, and exports that show what a hostile server sent as text
// (Markdown), keep commands as code and quote it properly (CSV).

#include "app/remediation/remediation.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mailtls;

class TestRemediation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyRuleHasARemedy();
    void everyFileLoads_data();
    void everyFileLoads();
    void ownRemedyForItsKind_data();
    void ownRemedyForItsKind();
    void stepsInBothLanguages();
    void verifyPlaceholdersKnown();
    void secondRemedyForARuleRefused();
    void exchangeCommandsAsCode_data();
    void exchangeCommandsAsCode();
    void checklistFromAnExchangeAudit();
    void softwareFirst_data();
    void softwareFirst();
    void mxStaysOpportunistic();
    void rejects_data();
    void rejects();
    void exportsShowHostileTextAsText();
    void csvCellsAreNeverFormulas_data();
    void csvCellsAreNeverFormulas();
    void machineApplicable_data();
    void machineApplicable();
};

void TestRemediation::everyRuleHasARemedy()
{
    // Every rule of every profile, on every software: its own remedy, or the
    // baseline rule's it names ("remedy"), else the generic one.
    for (const Profile &p : builtinProfiles()) {
        for (const Rule &r : p.rules) {
            const QString ruleId = r.remedy.isEmpty() ? r.id : r.remedy;
            for (int s = int(Software::Unknown); s <= int(Software::OpenLdap); ++s)
                QVERIFY2(remedyFor(builtinRemedies(), ruleId, Software(s)),
                         qPrintable(p.id + u' ' + r.id + u' ' + softwareKey(Software(s))));
        }
    }
}

void TestRemediation::everyFileLoads_data()
{
    QTest::addColumn<QString>("name");
    const QStringList json{QStringLiteral("*.json")};
    const QStringList names = QDir(QStringLiteral(":/remediation")).entryList(json, QDir::Files, QDir::Name);
    // Every file of resources/remediation compiled in: one left out of
    // app/CMakeLists.txt would silently lose its remedies.
    QCOMPARE(names, QDir(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/remediation")).entryList(json, QDir::Files, QDir::Name));
    for (const char *software : {"sendmail", "exchange", "opensmtpd", "cyrus", "courier", "apache", "openldap"})
        QVERIFY2(names.contains(QLatin1StringView(software) + QStringLiteral(".json")), software);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestRemediation::everyFileLoads()
{
    QFETCH(QString, name);
    QFile f(QStringLiteral(":/remediation/") + name);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    const RemediationReadResult r = parseRemediation(json, name);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(!r.remedies.isEmpty());
    // Where the text came from, and (in a software's own file) the versions it is for.
    const QJsonObject top = QJsonDocument::fromJson(json).object();
    QVERIFY(!top.value(QLatin1StringView("sources")).toString().isEmpty());
    // A software's own file holds that software's remedies only.
    if (name != QLatin1StringView("remediation.json")) {
        QVERIFY(!top.value(QLatin1StringView("versions")).toString().isEmpty());
        for (const Remedy &remedy : r.remedies)
            QCOMPARE(remedy.software + QStringLiteral(".json"), name);
    }
    const RemediationReadResult all = loadRemediationFiles(QStringLiteral(":/remediation"));
    QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
    QCOMPARE(all.remedies.size(), builtinRemedies().size());
}

void TestRemediation::ownRemedyForItsKind_data()
{
    QTest::addColumn<int>("software");
    QTest::addColumn<QString>("rule");
    // The links each kind of server can be the end of: an MTA receives from the
    // Internet, relays, sends out and takes submission; an IMAP/POP store serves
    // users and takes delivery; a web server serves webmail; a directory answers lookups.
    const QList<LinkKind> mta{LinkKind::InternetInbound, LinkKind::Outbound, LinkKind::InternalRelay,
                              LinkKind::UserSubmission};
    const QList<LinkKind> store{LinkKind::UserAccess, LinkKind::Delivery};
    const QList<std::pair<Software, QList<LinkKind>>> kinds{
        {Software::Sendmail, mta},
        {Software::OpenSmtpd, mta},
        {Software::Exchange, mta + QList<LinkKind>{LinkKind::UserAccess, LinkKind::UserWebmail}},
        {Software::Courier, mta + QList<LinkKind>{LinkKind::UserAccess}},
        {Software::Cyrus, store},
        {Software::Apache, {LinkKind::UserWebmail}},
        {Software::OpenLdap, {LinkKind::Directory}},
    };
    const Profile p = *builtinProfile(u"m3aawg");
    for (const auto &[software, served] : kinds) {
        int rules = 0;
        for (const Rule &r : p.rules) {
            const bool applies = std::any_of(served.cbegin(), served.cend(),
                                             [&](LinkKind k) { return r.appliesTo.contains(k); });
            // Measure 4 is fixed in DNS and on the MTA-STS policy host, whatever
            // the MTA runs: its remedies are the same for every software ("*").
            if (!applies || r.measure == 4)
                continue;
            // A rule that names another's remedy ("remedy") is fixed by that one.
            QTest::addRow("%s %s", qPrintable(softwareKey(software)), qPrintable(r.id))
                << int(software) << (r.remedy.isEmpty() ? r.id : r.remedy);
            ++rules;
        }
        QVERIFY(rules >= 7); // every kind has at least the five TLS rules and its own measure's
    }
}

void TestRemediation::ownRemedyForItsKind()
{
    QFETCH(int, software);
    QFETCH(QString, rule);
    const Remedy *r = remedyFor(builtinRemedies(), rule, Software(software));
    QVERIFY(r);
    QCOMPARE(r->software, softwareKey(Software(software)));
    // Concrete: something to set or to run, not only advice.
    QVERIFY(std::any_of(r->steps.cbegin(), r->steps.cend(),
                        [](const RemedyStep &s) { return !s.config.isEmpty() || !s.command.isEmpty(); }));
}

void TestRemediation::stepsInBothLanguages()
{
    // Japanese text is Japanese: kana or kanji, not the English copied over.
    // Configuration and commands go in their own fields, shown as code.
    static const QRegularExpression japanese(QStringLiteral("[\\x{3040}-\\x{30FF}\\x{4E00}-\\x{9FFF}]"));
    for (const Remedy &r : builtinRemedies()) {
        for (const RemedyStep &s : r.steps) {
            const QString where = r.software + u' ' + r.rules.join(u',') + QStringLiteral(": ") + s.text.en;
            QVERIFY2(!s.text.en.isEmpty(), qPrintable(where));
            QVERIFY2(s.text.ja.contains(japanese), qPrintable(where));
            QVERIFY2(s.text.ja != s.text.en, qPrintable(where));
            // The Markdown export writes a step's text as it is: no markup in it.
            for (const QString &text : {s.text.en, s.text.ja}) {
                for (const QChar c : QStringLiteral("`*<>#|[]\\"))
                    QVERIFY2(!text.contains(c), qPrintable(where + QStringLiteral(" has ") + c));
            }
        }
    }
}

void TestRemediation::verifyPlaceholdersKnown()
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}\\s]*)\\}"));
    const QStringList known{QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("url"),
                            QStringLiteral("workspace")};
    int seen = 0;
    for (const Remedy &r : builtinRemedies()) {
        QVERIFY2(!r.verify.isEmpty(), qPrintable(r.software + u' ' + r.rules.join(u',')));
        for (auto it = placeholder.globalMatch(r.verify); it.hasNext(); ++seen) {
            const QString name = it.next().captured(1);
            QVERIFY2(known.contains(name), qPrintable(r.software + u' ' + r.rules.join(u',') + u' ' + r.verify));
        }
    }
    QVERIFY(seen > 0);
    // The loader refuses one it would leave unfilled.
    const RemediationReadResult bad = parseRemediation(
        R"({"remedies":[{"rules":["M1.1"],"software":"*","importance":"low","effort":"low","steps":[{"text":{"en":"a","ja":"b"}}],)"
        R"("verify":"probe smtp://{hots}:{port}"}]})",
        QStringLiteral("r.json"));
    QCOMPARE(bad.error, QStringLiteral("r.json: remedies[0]: the verify command names an unknown placeholder '{hots}'"));
}

void TestRemediation::secondRemedyForARuleRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&](const QString &name, const QByteArray &json) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
    };
    const QByteArray remedy = R"({"rules":["M1.6"],"software":"sendmail","importance":"low","effort":"low",)"
                              R"("steps":[{"text":{"en":"a","ja":"b"}}],"verify":"probe {url}"})";
    write(QStringLiteral("a.json"), "{\"remedies\":[" + remedy + "]}");
    write(QStringLiteral("b.json"), R"({"remedies":[{"rules":["M1.6"],"software":"*","importance":"low","effort":"low",)"
                                    R"("steps":[{"text":{"en":"a","ja":"b"}}],"verify":"probe {url}"}]})");
    RemediationReadResult r = loadRemediationFiles(dir.path());
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.remedies.size(), 2);
    QCOMPARE(r.remedies.at(0).software, QStringLiteral("sendmail")); // files in name order

    write(QStringLiteral("c.json"), "{\"remedies\":[" + remedy + "]}");
    r = loadRemediationFiles(dir.path());
    QVERIFY(r.remedies.isEmpty());
    QCOMPARE(r.error, QStringLiteral("c.json: remedies[0]: a second remedy for M1.6 on 'sendmail' (the first is in a.json)"));
}

void TestRemediation::exchangeCommandsAsCode_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("commandPart");
    QTest::newRow("submission connector") << "M3.2" << R"(Set-ReceiveConnector -Identity "EX1\Client Frontend EX1")";
    QTest::newRow("SChannel registry") << "M1.6" << R"(\SCHANNEL\Protocols\$protocol\$side")";
    QTest::newRow("IMAP logins") << "M3.1" << "Set-ImapSettings -Server EX1 -LoginType SecureLogin";
    QTest::newRow("IIS HSTS") << "M3.4" << "\"/[name='Default Web Site'].hsts.enabled:True\"";
}

void TestRemediation::exchangeCommandsAsCode()
{
    QFETCH(QString, rule);
    QFETCH(QString, commandPart);
    const Profile p = *builtinProfile(u"m3aawg");
    ChecklistItem item;
    item.finding.ruleId = rule;
    item.finding.severity = Severity::Critical;
    item.finding.endpoint = QStringLiteral("ex1/submission:587");
    item.finding.links = {QStringLiteral("users->ex1/submission")};
    item.software = {Software::Exchange, Confidence::High,
                     QStringLiteral("220 EX1.corp.example Microsoft ESMTP MAIL Service ready")};
    item.remedy = remedyFor(builtinRemedies(), rule, Software::Exchange);
    QVERIFY(item.remedy);
    QCOMPARE(item.remedy->software, QStringLiteral("exchange"));
    item.verify = item.remedy->verify;

    QBuffer md;
    md.open(QIODevice::WriteOnly);
    writeChecklistMarkdown(md, {item}, p, QStringLiteral("Exchange"));
    const QString text = QString::fromUtf8(md.data());
    // The step's whole command, unchanged (no Markdown escapes in PowerShell's
    // backslashes, quotes and $), inside a code fence of its own.
    const auto step = std::find_if(item.remedy->steps.cbegin(), item.remedy->steps.cend(),
                                   [&](const RemedyStep &s) { return s.command.contains(commandPart); });
    QVERIFY2(step != item.remedy->steps.cend(), qPrintable(commandPart));
    QVERIFY2(text.contains(QStringLiteral("```\n") + step->command + QStringLiteral("\n```\n")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("\\\\Client Frontend")));
}

void TestRemediation::checklistFromAnExchangeAudit()
{
    // A submission endpoint that names itself Microsoft ESMTP and offers AUTH
    // before STARTTLS: the audit's finding gets Exchange's own remedy, with
    // the verify command filled in for this endpoint.
    Workspace ws;
    ws.name = QStringLiteral("corp");
    Host h;
    h.id = QStringLiteral("ex1");
    h.name = QStringLiteral("ex1.corp.example");
    h.endpoints = {Endpoint{Protocol::Submission, 587, {}}};
    ws.hosts = {h};
    Link l;
    l.id = QStringLiteral("users-ex1");
    l.kind = LinkKind::UserSubmission;
    l.from = QString(kUsersNode);
    l.endpoint = EndpointRef{QStringLiteral("ex1"), Protocol::Submission, 0};
    ws.links = {l};

    EndpointResult r;
    r.target = {Protocol::Submission, QStringLiteral("ex1.corp.example"), 587, QStringLiteral("ex1.corp.example")};
    r.cleartext.greeting = QStringLiteral("220 EX1.corp.example Microsoft ESMTP MAIL Service ready at Sat, 28 Nov 2026");
    r.cleartext.authMechanisms = {QStringLiteral("LOGIN")};
    r.starttlsOffered = true;
    const QString key = EndpointRef{QStringLiteral("ex1"), Protocol::Submission, 587}.toString();
    const QHash<QString, EndpointResult> results{{key, r}};

    const Profile p = *builtinProfile(u"m3aawg");
    const QList<ChecklistItem> items = buildChecklist(evaluate(p, ws, results), ws, results);
    const auto it = std::find_if(items.cbegin(), items.cend(),
                                 [](const ChecklistItem &i) { return i.finding.ruleId == QLatin1StringView("M3.2"); });
    QVERIFY(it != items.cend());
    QCOMPARE(it->software.software, Software::Exchange);
    QCOMPARE(it->software.confidence, Confidence::High);
    QVERIFY(it->remedy);
    QCOMPARE(it->remedy->software, QStringLiteral("exchange"));
    QCOMPARE(it->verify, QStringLiteral("mailtls-auditor probe submission://ex1.corp.example:587"));

    QBuffer md;
    md.open(QIODevice::WriteOnly);
    writeChecklistMarkdown(md, {*it}, p, QStringLiteral("corp"));
    const QString text = QString::fromUtf8(md.data());
    QVERIFY2(text.contains(QStringLiteral("```\nSet-ReceiveConnector -Identity \"EX1\\Client Frontend EX1\" -RequireTLS $true")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("```\nmailtls-auditor probe submission://ex1.corp.example:587\n```")));
}

void TestRemediation::softwareFirst_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("software");
    QTest::addColumn<QString>("remedySoftware");
    QTest::addColumn<QString>("configPart");
    QTest::newRow("Postfix legacy TLS") << "M1.6" << int(Software::Postfix) << "postfix" << "smtpd_tls_protocols = >=TLSv1.2";
    QTest::newRow("Dovecot legacy TLS") << "M1.6" << int(Software::Dovecot) << "dovecot" << "ssl_min_protocol = TLSv1.2";
    QTest::newRow("nginx legacy TLS") << "M1.2" << int(Software::Nginx) << "nginx" << "ssl_protocols TLSv1.2 TLSv1.3;";
    QTest::newRow("Exim legacy TLS") << "M1.6" << int(Software::Exim) << "exim" << "+no_tlsv1_1";
    QTest::newRow("Postfix AUTH before STARTTLS") << "M3.2" << int(Software::Postfix) << "postfix"
                                                  << "smtpd_tls_auth_only=yes";
    QTest::newRow("Dovecot cleartext login") << "M3.1" << int(Software::Dovecot) << "dovecot"
                                             << "disable_plaintext_auth = yes";
    QTest::newRow("nginx plain HTTP") << "M3.3" << int(Software::Nginx) << "nginx" << "return 301 https://";
    QTest::newRow("Dovecot LMTP without TLS") << "M2.2" << int(Software::Dovecot) << "dovecot" << "ssl = yes";
    QTest::newRow("Sendmail legacy TLS") << "M1.6" << int(Software::Sendmail) << "sendmail" << "+SSL_OP_NO_TLSv1_1";
    QTest::newRow("Sendmail AUTH before STARTTLS") << "M3.2" << int(Software::Sendmail) << "sendmail"
                                                   << "define(`confAUTH_OPTIONS', `A p y')dnl";
    QTest::newRow("OpenSMTPD submission") << "M3.2" << int(Software::OpenSmtpd) << "opensmtpd" << "port submission tls-require";
    QTest::newRow("Cyrus cleartext login") << "M3.1" << int(Software::Cyrus) << "cyrus" << "allowplaintext: no";
    QTest::newRow("Courier cleartext login") << "M3.1" << int(Software::Courier) << "courier" << "IMAP_TLS_REQUIRED=1";
    QTest::newRow("Apache legacy TLS") << "M1.6" << int(Software::Apache) << "apache" << "SSLProtocol -all +TLSv1.2 +TLSv1.3";
    QTest::newRow("Apache HSTS") << "M3.4" << int(Software::Apache) << "apache"
                                 << "Header always set Strict-Transport-Security";
    QTest::newRow("OpenLDAP legacy TLS") << "M1.6" << int(Software::OpenLdap) << "openldap" << "olcTLSProtocolMin: 3.3";
    QTest::newRow("unknown software: generic") << "M1.6" << int(Software::Unknown) << "*" << "";
    // An internal link has no old peer to wait for; an Internet MX stays opportunistic (M1.6's note).
    QTest::newRow("Postfix internal link without TLS") << "M2.2" << int(Software::Postfix) << "postfix"
                                                       << "smtpd_tls_protocols = >=TLSv1.2";
    QTest::newRow("Postfix MX without TLS") << "M1.1" << int(Software::Postfix) << "postfix"
                                            << "smtpd_tls_security_level = may";
    QTest::newRow("nginx redirect in the plain server") << "M3.3" << int(Software::Nginx) << "nginx"
                                                        << "return 301 https://$host$request_uri;";
    QTest::newRow("certificate: any software") << "M1.7" << int(Software::Postfix) << "*" << "";
    // The hygiene rules: the baseline's known vulnerabilities, and the remedies the other profiles share.
    QTest::newRow("Postfix ROBOT") << "M1.11" << int(Software::Postfix) << "postfix" << "smtpd_tls_exclude_ciphers = aNULL, kRSA";
    QTest::newRow("Sendmail ROBOT") << "M1.11" << int(Software::Sendmail) << "sendmail" << "confCIPHER_LIST";
    QTest::newRow("Heartbleed: Postfix") << "M1.9" << int(Software::Postfix) << "postfix" << "";
    QTest::newRow("CCS injection: the same remedy") << "M1.10" << int(Software::Cyrus) << "cyrus" << "";
    QTest::newRow("Postfix compression") << "H.compression" << int(Software::Postfix) << "postfix"
                                         << "tls_ssl_options = NO_COMPRESSION NO_RENEGOTIATION";
    QTest::newRow("Postfix client renegotiation: the same line") << "H.client_renegotiation" << int(Software::Postfix)
                                                                 << "postfix" << "NO_RENEGOTIATION";
    QTest::newRow("Dovecot compression") << "H.compression" << int(Software::Dovecot) << "dovecot"
                                         << "ssl_options = no_compression";
    QTest::newRow("Exim compression") << "H.compression" << int(Software::Exim) << "exim" << "+no_compression";
    QTest::newRow("Apache compression") << "H.compression" << int(Software::Apache) << "apache" << "SSLCompression off";
    QTest::newRow("Apache insecure renegotiation") << "H.renegotiation" << int(Software::Apache) << "apache"
                                                   << "SSLInsecureRenegotiation off";
    QTest::newRow("nginx OCSP stapling") << "H.ocsp_stapling" << int(Software::Nginx) << "nginx" << "ssl_stapling on;";
    QTest::newRow("Apache OCSP stapling") << "H.ocsp_stapling" << int(Software::Apache) << "apache" << "SSLUseStapling on";
    QTest::newRow("Exim OCSP stapling") << "H.ocsp_stapling" << int(Software::Exim) << "exim" << "tls_ocsp_file";
    QTest::newRow("Postfix cannot staple: generic") << "H.ocsp_stapling" << int(Software::Postfix) << "*" << "";
}

void TestRemediation::softwareFirst()
{
    QFETCH(QString, rule);
    QFETCH(int, software);
    QFETCH(QString, configPart);
    const Remedy *r = remedyFor(builtinRemedies(), rule, Software(software));
    QVERIFY(r);
    QTEST(r->software, "remedySoftware");
    if (!configPart.isEmpty()) {
        const bool found = std::any_of(r->steps.cbegin(), r->steps.cend(),
                                       [&](const RemedyStep &s) { return s.config.contains(configPart); });
        QVERIFY2(found, qPrintable(configPart));
    }
}

void TestRemediation::mxStaysOpportunistic()
{
    const Remedy *r = remedyFor(builtinRemedies(), u"M1.1", Software::Postfix);
    QVERIFY(r);
    for (const RemedyStep &s : r->steps)
        QVERIFY2(!s.config.contains(QLatin1StringView("_protocols")), qPrintable(s.config));
    // The certificate is an action, not configuration, and comes first.
    QCOMPARE(r->steps.first().action, QStringLiteral("install-certificate"));
}

void TestRemediation::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray step = R"({"text":{"en":"a","ja":"b"}})";
    QTest::newRow("no rules") << QByteArray(R"({"remedies":[{"rules":[],"software":"postfix","importance":"low","effort":"low","steps":[)" + step + "]}]}")
                              << "r.json: remedies[0]: names no rule";
    QTest::newRow("unknown software") << QByteArray(R"({"remedies":[{"rules":["M1.1"],"software":"qmail9","importance":"low","effort":"low","steps":[)" + step + "]}]}")
                                      << "r.json: remedies[0]: unknown software 'qmail9'";
    QTest::newRow("no Japanese") << QByteArray(R"({"remedies":[{"rules":["M1.1"],"software":"*","importance":"low","effort":"low","steps":[{"text":{"en":"a"}}]}]})")
                                 << "r.json: remedies[0]: a step lacks its English or Japanese text";
    QTest::newRow("unknown effort") << QByteArray(R"({"remedies":[{"rules":["M1.1"],"software":"*","importance":"low","effort":"tiny","steps":[)" + step + "]}]}")
                                    << "r.json: remedies[0]: unknown effort 'tiny' (low, medium or high)";
    QTest::newRow("no steps") << QByteArray(R"({"remedies":[{"rules":["M1.1"],"software":"*","importance":"low","effort":"low","steps":[]}]})")
                              << "r.json: remedies[0]: has no steps";
    auto withStep = [](const char *stepFields) -> QByteArray {
        return QByteArray(R"({"remedies":[{"rules":["M1.1"],"software":"postfix","importance":"low","effort":"low","steps":[{"text":{"en":"a","ja":"b"},)") +
               stepFields + "}]}]}";
    };
    QTest::newRow("unknown format") << withStep(R"("format":"sendmail-mc","config":"x")")
                                    << "r.json: remedies[0]: a step has unknown config format 'sendmail-mc'";
    QTest::newRow("format without config") << withStep(R"("format":"postfix-main")")
                                           << "r.json: remedies[0]: a step has a config format but no config";
    QTest::newRow("nginx without context") << withStep(R"("format":"nginx","config":"ssl_protocols TLSv1.2;")")
                                           << "r.json: remedies[0]: an nginx step has unknown context ''";
    QTest::newRow("context outside nginx") << withStep(R"("format":"dovecot","context":"server","config":"ssl = yes")")
                                           << "r.json: remedies[0]: only nginx steps have a context";
    QTest::newRow("unknown action") << withStep(R"("action":"reboot")")
                                    << "r.json: remedies[0]: a step has unknown action 'reboot'";
    QTest::newRow("unknown side") << withStep(R"("on":"receiver","format":"postfix-main","config":"a = b")")
                                  << "r.json: remedies[0]: a step is on unknown side 'receiver'";
}

void TestRemediation::rejects()
{
    QFETCH(QByteArray, json);
    const RemediationReadResult r = parseRemediation(json, QStringLiteral("r.json"));
    QVERIFY(r.remedies.isEmpty());
    QTEST(r.error, "error");
}

void TestRemediation::exportsShowHostileTextAsText()
{
    const Profile p = *builtinProfile(u"m3aawg");
    ChecklistItem item;
    item.finding.ruleId = QStringLiteral("M3.2");
    item.finding.severity = Severity::Critical;
    item.finding.endpoint = QStringLiteral("submission/submission:2587");
    item.finding.links = {QStringLiteral("users->submission/submission")};
    item.finding.evidence = {{QStringLiteral("capability"),
                              QStringLiteral("AUTH <script>alert(1)</script> [x](http://evil) offered, \"quoted\"")}};
    item.software = {Software::Postfix, Confidence::High, QStringLiteral("220 ESMTP Postfix")};
    item.remedy = remedyFor(builtinRemedies(), item.finding.ruleId, Software::Postfix);
    item.verify = QStringLiteral("mailtls-auditor probe submission://127.0.0.14:2587");

    QBuffer md;
    md.open(QIODevice::WriteOnly);
    writeChecklistMarkdown(md, {item}, p, QStringLiteral("Checklist <b>x</b>"));
    const QString text = QString::fromUtf8(md.data());
    QVERIFY(!text.contains(QLatin1StringView("<script>")));
    QVERIFY(!text.contains(QLatin1StringView("<b>")));
    QVERIFY(text.contains(QLatin1StringView("\\<script\\>")));
    QVERIFY(text.contains(QLatin1StringView("\\[x\\]")));
    QVERIFY(text.contains(QLatin1StringView("smtpd_tls_auth_only=yes")));
    QVERIFY(text.contains(QLatin1StringView("mailtls-auditor probe submission://127.0.0.14:2587")));

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    writeChecklistCsv(csv, {item}, p);
    const QString c = QString::fromUtf8(csv.data());
    QVERIFY(c.startsWith(QLatin1StringView("rule,severity,endpoint,")));
    QVERIFY(c.contains(QLatin1StringView("\"AUTH <script>alert(1)</script> [x](http://evil) offered, \"\"quoted\"\"\"")));
    QCOMPARE(c.count(QLatin1StringView("\r\n")) >= 2, true);
}

void TestRemediation::csvCellsAreNeverFormulas_data()
{
    QTest::addColumn<QString>("sent");
    QTest::addColumn<QString>("cell");
    QTest::newRow("equals") << "=HYPERLINK(\"http://evil\")" << "\"'=HYPERLINK(\"\"http://evil\"\")\"";
    QTest::newRow("plus") << "+1+1" << "'+1+1";
    QTest::newRow("minus") << "-2+3" << "'-2+3";
    QTest::newRow("at") << "@SUM(A1)" << "'@SUM(A1)";
    QTest::newRow("tab") << "\t=1" << "'\t=1";
    QTest::newRow("plain text stays") << "AUTH PLAIN offered" << "AUTH PLAIN offered";
}

void TestRemediation::csvCellsAreNeverFormulas()
{
    // What a hostile server sent (and what people typed) must not run as a
    // spreadsheet formula when the CSV is opened.
    QFETCH(QString, sent);
    QFETCH(QString, cell);
    const Profile p = *builtinProfile(u"m3aawg");
    ChecklistItem item;
    item.finding.ruleId = QStringLiteral("M3.2");
    item.finding.endpoint = QStringLiteral("submission/submission:2587");
    item.finding.evidence = {{QStringLiteral("capability"), sent}};
    item.note = sent;
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    writeChecklistCsv(csv, {item}, p);
    const QString c = QString::fromUtf8(csv.data());
    QCOMPARE(c.count(u',' + cell + u','), 2); // the evidence and the note
}

// The remedies for Postfix, Dovecot and nginx are written so a program can apply
// them (tests/integration/tst_remediation_lab.cpp does, on the lab): every config
// step says its format, and its lines have that format's shape.
void TestRemediation::machineApplicable_data()
{
    QTest::addColumn<int>("index");
    const QList<Remedy> &all = builtinRemedies();
    for (int i = 0; i < all.size(); ++i) {
        const QString &sw = all.at(i).software;
        if (sw == QLatin1StringView("postfix") || sw == QLatin1StringView("dovecot") || sw == QLatin1StringView("nginx"))
            QTest::addRow("%s %s", qPrintable(sw), qPrintable(all.at(i).rules.join(u','))) << i;
    }
}

void TestRemediation::machineApplicable()
{
    QFETCH(int, index);
    const Remedy &r = builtinRemedies().at(index);
    static const QRegularExpression setting(QStringLiteral(R"(^[a-z][a-z0-9_]* = \S.*$|^[a-z][a-z0-9_]* =$)"));
    static const QRegularExpression masterService(QStringLiteral(R"(^[a-z]+ +inet +[-ny] +[-ny] +[-ny] +\S+ +\S+ +smtpd$)"));
    static const QRegularExpression masterOption(QStringLiteral(R"(^  -o [a-z][a-z0-9_]*=\S+$)"));
    static const QRegularExpression nginxDirective(QStringLiteral(R"(^[a-z][a-z0-9_]* [^{}]*;$)"));
    for (const RemedyStep &step : r.steps) {
        if (step.config.isEmpty())
            continue;
        QVERIFY2(!step.format.isEmpty(), qPrintable(step.config));
        const QStringList lines = step.config.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            if (step.format == QLatin1StringView("postfix-main") || step.format == QLatin1StringView("dovecot"))
                QVERIFY2(setting.match(line).hasMatch(), qPrintable(line));
            else if (step.format == QLatin1StringView("postfix-master"))
                QVERIFY2((i == 0 ? masterService : masterOption).match(line).hasMatch(), qPrintable(line));
            else if (step.format == QLatin1StringView("nginx"))
                QVERIFY2(nginxDirective.match(line).hasMatch(), qPrintable(line));
        }
        // Each format belongs to one software: a step for another server says it is for the sender.
        const QString own = step.format.section(u'-', 0, 0);
        QVERIFY2(own == r.software || step.onSender, qPrintable(step.config));
    }
}

QTEST_GUILESS_MAIN(TestRemediation)
#include "tst_remediation.moc"
