// Which software an endpoint runs, from what the probes saw; one row per clue.

#include "app/core/fingerprint.h"

#include <QTest>

using namespace mailtls;

class TestFingerprint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identify_data();
    void identify();
};

void TestFingerprint::identify_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QString>("greeting");
    QTest::addColumn<QStringList>("capabilities");
    QTest::addColumn<QString>("server");   // HTTP Server header
    QTest::addColumn<QString>("declared"); // the workspace's software
    QTest::addColumn<QString>("software");
    QTest::addColumn<QString>("confidence");

    const int smtp = int(Protocol::Smtp);
    const QStringList postfixCaps{QStringLiteral("PIPELINING"), QStringLiteral("SIZE 10240000"), QStringLiteral("VRFY"),
                                  QStringLiteral("ETRN"), QStringLiteral("STARTTLS"),
                                  QStringLiteral("ENHANCEDSTATUSCODES"), QStringLiteral("8BITMIME"),
                                  QStringLiteral("DSN"), QStringLiteral("SMTPUTF8"), QStringLiteral("CHUNKING")};
    QTest::newRow("Postfix greeting") << smtp << "220 mx1.kumo.example ESMTP Postfix" << postfixCaps << "" << ""
                                      << "postfix" << "high";
    QTest::newRow("Postfix hiding its name") << smtp << "220 mx.example.org ESMTP" << postfixCaps << "" << ""
                                             << "postfix" << "low";
    QTest::newRow("Exim greeting") << smtp << "220 mail.example.com ESMTP Exim 4.96 Sat, 28 Nov 2026 09:13:14 +0900"
                                   << QStringList{} << "" << "" << "exim" << "high";
    QTest::newRow("Exim's PIPE_CONNECT") << smtp << "220 mail.example.com ESMTP"
                                         << QStringList{QStringLiteral("SIZE 52428800"), QStringLiteral("PIPELINING"),
                                                        QStringLiteral("PIPE_CONNECT"), QStringLiteral("HELP")}
                                         << "" << "" << "exim" << "medium";
    QTest::newRow("Sendmail") << smtp << "220 mail.example.org ESMTP Sendmail 8.17.1/8.17.1; Sat, 28 Nov 2026"
                              << QStringList{} << "" << "" << "sendmail" << "high";
    QTest::newRow("Exchange greeting") << smtp << "220 EX1.corp.example Microsoft ESMTP MAIL Service ready"
                                       << QStringList{} << "" << "" << "exchange" << "high";
    QTest::newRow("Exchange's extensions") << smtp << "220 mail.corp.example"
                                           << QStringList{QStringLiteral("X-ANONYMOUSTLS"), QStringLiteral("STARTTLS")}
                                           << "" << "" << "exchange" << "medium";
    QTest::newRow("Dovecot IMAP") << int(Protocol::Imap) << "* OK [CAPABILITY IMAP4rev1] Dovecot ready."
                                  << QStringList{} << "" << "" << "dovecot" << "high";
    QTest::newRow("Dovecot IMAP, hidden") << int(Protocol::Imap) << "* OK IMAP ready."
                                          << QStringList{QStringLiteral("IMAP4REV1"), QStringLiteral("SASL-IR"),
                                                         QStringLiteral("LOGIN-REFERRALS"), QStringLiteral("ID")}
                                          << "" << "" << "dovecot" << "low";
    QTest::newRow("Cyrus") << int(Protocol::Imap) << "* OK imap.example.org Cyrus IMAP v3.6.1 server ready"
                           << QStringList{} << "" << "" << "cyrus" << "high";
    QTest::newRow("Courier") << int(Protocol::Imap) << "* OK [CAPABILITY IMAP4rev1] Courier-IMAP ready."
                             << QStringList{} << "" << "" << "courier" << "high";
    QTest::newRow("nginx") << int(Protocol::Https) << "" << QStringList{} << "nginx/1.22.1" << "" << "nginx"
                           << "high";
    QTest::newRow("Apache") << int(Protocol::Http) << "" << QStringList{} << "Apache/2.4.57 (Debian)" << ""
                            << "apache" << "high";
    QTest::newRow("the admin's word wins") << smtp << "220 mx.example.org ESMTP" << postfixCaps << "" << "Exim 4.96"
                                           << "exim" << "set_by_user";
    QTest::newRow("nothing to go by") << smtp << "220 mx.example.org ESMTP ready" << QStringList{} << "" << ""
                                      << "unknown" << "low";
    QTest::newRow("a word in a sentence is no name")
        << smtp << "220 mail exchange of example.org" << QStringList{} << "" << "" << "unknown" << "low";
}

void TestFingerprint::identify()
{
    QFETCH(int, protocol);
    QFETCH(QString, greeting);
    QFETCH(QStringList, capabilities);
    QFETCH(QString, server);
    QFETCH(QString, declared);
    EndpointResult r;
    r.target.protocol = Protocol(protocol);
    r.cleartext.greeting = greeting;
    r.cleartext.capabilities = capabilities;
    if (!server.isEmpty())
        r.http = HttpInfo{200, {}, false, {}, server};
    const Fingerprint f = fingerprint(r, declared);
    QTEST(softwareKey(f.software), "software");
    QTEST(confidenceKey(f.confidence), "confidence");
    if (f.software != Software::Unknown)
        QVERIFY(!f.evidence.isEmpty());
}

QTEST_GUILESS_MAIN(TestFingerprint)
#include "tst_fingerprint.moc"
