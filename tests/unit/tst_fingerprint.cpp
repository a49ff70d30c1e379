// Which software an endpoint runs, from what the probes saw; one row per clue.

#include "app/evidence/fingerprint.h"

#include <QTest>

using namespace mailtls;

class TestFingerprint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identify_data();
    void identify();
    void identifyWebmail_data();
    void identifyWebmail();
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
    QTest::newRow("OpenSMTPD") << smtp << "220 mail.example.org ESMTP OpenSMTPD" << QStringList{} << "" << ""
                               << "opensmtpd" << "high";
    QTest::newRow("OpenSMTPD on submission") << int(Protocol::Submission) << "220 mail.example.org ESMTP OpenSMTPD"
                                             << QStringList{} << "" << "" << "opensmtpd" << "high";
    QTest::newRow("a host name is no product")
        << smtp << "220 postfix.example.org ESMTP Exim 4.96 Sat, 28 Nov 2026 09:13:14 +0900" << QStringList{} << ""
        << "" << "exim" << "high";
    QTest::newRow("Sendmail's extensions") << smtp << "220 mail.example.org ESMTP"
                                           << QStringList{QStringLiteral("ENHANCEDSTATUSCODES"),
                                                          QStringLiteral("PIPELINING"), QStringLiteral("8BITMIME"),
                                                          QStringLiteral("SIZE"), QStringLiteral("DSN"),
                                                          QStringLiteral("ETRN"), QStringLiteral("DELIVERBY"),
                                                          QStringLiteral("HELP")}
                                           << "" << "" << "sendmail" << "medium";
    QTest::newRow("Courier ESMTP's extensions") << smtp << "220 mail.example.org ESMTP"
                                                << QStringList{QStringLiteral("XVERP=Courier"), QStringLiteral("XEXDATA"),
                                                               QStringLiteral("XSECURITY=NONE,STARTTLS"),
                                                               QStringLiteral("PIPELINING"), QStringLiteral("8BITMIME"),
                                                               QStringLiteral("SIZE"), QStringLiteral("DSN"),
                                                               QStringLiteral("STARTTLS")}
                                                << "" << "" << "courier" << "medium";
    QTest::newRow("Exchange IMAP4") << int(Protocol::Imap) << "* OK The Microsoft Exchange IMAP4 service is ready."
                                    << QStringList{} << "" << "" << "exchange" << "high";
    QTest::newRow("Exchange POP3") << int(Protocol::Pop3) << "+OK The Microsoft Exchange POP3 service is ready."
                                   << QStringList{} << "" << "" << "exchange" << "high";
    QTest::newRow("Cyrus POP3, a host name in its id")
        << int(Protocol::Pop3) << "+OK pop.courier.example Cyrus POP3 v3.6.1 server ready <1700000000.1234@courier.example>"
        << QStringList{} << "" << "" << "cyrus" << "high";
    QTest::newRow("Cyrus LMTP") << int(Protocol::Lmtp) << "220 store.example.internal LMTP Cyrus v3.6.1 ready"
                                << QStringList{} << "" << "" << "cyrus" << "high";
    QTest::newRow("Courier POP3, no name") << int(Protocol::Pop3) << "+OK Hello there." << QStringList{} << "" << ""
                                           << "unknown" << "low";
    QTest::newRow("Apache, product only") << int(Protocol::Https) << "" << QStringList{} << "Apache" << ""
                                          << "apache" << "high";
    QTest::newRow("the admin's key word") << smtp << "220 mx.example.org ESMTP" << QStringList{} << ""
                                          << "Exchange Server 2019" << "exchange" << "set_by_user";
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

void TestFingerprint::identifyWebmail_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("software");
    QTest::addColumn<QString>("confidence");
    QTest::newRow("Outlook on the web") << "Microsoft-IIS/10.0" << "https://mail.example.org/owa/" << "exchange"
                                        << "medium";
    QTest::newRow("IIS alone: a guess") << "Microsoft-IIS/10.0" << "" << "exchange" << "low";
    QTest::newRow("Apache on Debian") << "Apache/2.4.57 (Debian)" << "https://webmail.example.org/" << "apache"
                                      << "high";
    QTest::newRow("no Server header") << "" << "https://webmail.example.org/" << "unknown" << "low";
}

void TestFingerprint::identifyWebmail()
{
    QFETCH(QString, server);
    QFETCH(QString, location);
    EndpointResult r;
    r.target.protocol = Protocol::Http;
    r.http = HttpInfo{301, location, location.startsWith(QLatin1StringView("https://")), {}, server};
    const Fingerprint f = fingerprint(r);
    QTEST(softwareKey(f.software), "software");
    QTEST(confidenceKey(f.confidence), "confidence");
}

QTEST_GUILESS_MAIN(TestFingerprint)
#include "tst_fingerprint.moc"
