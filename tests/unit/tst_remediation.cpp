// Remediation knowledge: complete for every rule, the software's own steps
// before generic ones, broken data refused, and exports that show what a
// hostile server sent as text (Markdown) and quote it properly (CSV).

#include "app/core/remediation.h"

#include <QBuffer>
#include <QTest>

using namespace mailtls;

class TestRemediation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyRuleHasARemedy();
    void softwareFirst_data();
    void softwareFirst();
    void rejects_data();
    void rejects();
    void exportsShowHostileTextAsText();
};

void TestRemediation::everyRuleHasARemedy()
{
    // Every rule of every profile: its own remedy, or the baseline rule's it names ("remedy").
    for (const Profile &p : builtinProfiles()) {
        for (const Rule &r : p.rules) {
            const QString ruleId = r.remedy.isEmpty() ? r.id : r.remedy;
            for (Software s : {Software::Postfix, Software::Dovecot, Software::Nginx, Software::Exim, Software::Unknown})
                QVERIFY2(remedyFor(builtinRemedies(), ruleId, s), qPrintable(r.id + u' ' + softwareKey(s)));
        }
    }
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
    QTest::newRow("Sendmail: generic") << "M1.6" << int(Software::Sendmail) << "*" << "";
    QTest::newRow("certificate: any software") << "M1.7" << int(Software::Postfix) << "*" << "";
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

void TestRemediation::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray step = R"({"text":{"en":"a","ja":"b"}})";
    QTest::newRow("no rules") << QByteArray(R"({"remedies":[{"rules":[],"software":"postfix","importance":"low","steps":[)" + step + "]}]}")
                              << "r.json: remedies[0]: names no rule";
    QTest::newRow("unknown software") << QByteArray(R"({"remedies":[{"rules":["M1.1"],"software":"qmail9","importance":"low","steps":[)" + step + "]}]}")
                                      << "r.json: remedies[0]: unknown software 'qmail9'";
    QTest::newRow("no Japanese") << QByteArray(R"({"remedies":[{"rules":["M1.1"],"software":"*","importance":"low","steps":[{"text":{"en":"a"}}]}]})")
                                 << "r.json: remedies[0]: a step lacks its English or Japanese text";
    QTest::newRow("no steps") << QByteArray(R"({"remedies":[{"rules":["M1.1"],"software":"*","importance":"low","steps":[]}]})")
                              << "r.json: remedies[0]: has no steps";
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

QTEST_GUILESS_MAIN(TestRemediation)
#include "tst_remediation.moc"
