#include "probes/dialogues/dialogue.h"
#include "probes/protocol.h"

#include <QTest>

using namespace mailtls;

class TestProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void schemesRoundTrip();
    void parseTargetUrl_data();
    void parseTargetUrl();
    void ipLiterals_data();
    void ipLiterals();
    void softwareFromGreeting_data();
    void softwareFromGreeting();
};

void TestProtocol::schemesRoundTrip()
{
    for (Protocol p : allProtocols()) {
        const auto back = protocolFromScheme(protocolScheme(p));
        QVERIFY(back.has_value());
        QCOMPARE(*back, p);
    }
    QVERIFY(!protocolFromScheme(u"gopher").has_value());
    QCOMPARE(protocolFromScheme(u"IMAPS"), std::optional<Protocol>(Protocol::Imaps));
}

void TestProtocol::parseTargetUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("smtp default port") << "smtp://mx1.example.org" << true
                                       << int(Protocol::Smtp) << "mx1.example.org" << 25 << "";
    QTest::newRow("submission") << "submission://127.0.0.14" << true << int(Protocol::Submission)
                                << "127.0.0.14" << 587 << "";
    QTest::newRow("imaps explicit port") << "imaps://127.0.0.21:2993" << true
                                         << int(Protocol::Imaps) << "127.0.0.21" << 2993 << "";
    QTest::newRow("ipv6 literal") << "pop3s://[::1]:2995" << true << int(Protocol::Pop3s) << "::1"
                                  << 2995 << "";
    QTest::newRow("lmtp default") << "lmtp://store" << true << int(Protocol::Lmtp) << "store" << 24
                                  << "";
    QTest::newRow("tls needs port") << "tls://host" << false << 0 << "" << 0 << "needs a port";
    QTest::newRow("unknown scheme") << "gopher://host" << false << 0 << "" << 0
                                    << "unknown scheme 'gopher'";
    QTest::newRow("no scheme") << "mx1.example.org" << false << 0 << "" << 0 << "is not a URL";
    QTest::newRow("path") << "https://host/inbox" << false << 0 << "" << 0 << "path";
}

void TestProtocol::parseTargetUrl()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    const TargetParseResult result = mailtls::parseTargetUrl(text);
    QCOMPARE(result.target.has_value(), ok);
    if (ok) {
        QFETCH(int, protocol);
        QFETCH(QString, host);
        QFETCH(int, port);
        QCOMPARE(int(result.target->protocol), protocol);
        QCOMPARE(result.target->host, host);
        QCOMPARE(int(result.target->port), port);
        QCOMPARE(result.target->serverName, host);
    } else {
        QFETCH(QString, errorPart);
        QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
        QVERIFY2(result.error.contains(text), qPrintable(result.error));
    }
}

void TestProtocol::ipLiterals_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("literal");
    QTest::newRow("ipv4") << "127.0.0.11" << true;
    QTest::newRow("ipv6") << "::1" << true;
    QTest::newRow("name") << "mx1.kumo.example" << false;
    QTest::newRow("digits name") << "123.example" << false;
    QTest::newRow("bad quad") << "1.2.3.999" << false;
}

void TestProtocol::ipLiterals()
{
    QFETCH(QString, host);
    QFETCH(bool, literal);
    QCOMPARE(isIpLiteral(host), literal);
}

void TestProtocol::softwareFromGreeting_data()
{
    QTest::addColumn<QString>("greeting");
    QTest::addColumn<QString>("software");
    QTest::newRow("postfix") << "220 mx ESMTP Postfix (Debian/GNU)" << "Postfix";
    QTest::newRow("exim") << "220 mx ESMTP Exim 4.96 Mon, 1 Jan" << "Exim";
    QTest::newRow("dovecot imap") << "* OK [CAPABILITY IMAP4rev1] Dovecot (Debian) ready." << "Dovecot";
    QTest::newRow("exchange") << "220 mail Microsoft ESMTP MAIL Service ready" << "Microsoft ESMTP";
    QTest::newRow("unknown") << "220 mx ESMTP ready" << "";
}

void TestProtocol::softwareFromGreeting()
{
    QFETCH(QString, greeting);
    QFETCH(QString, software);
    QCOMPARE(mailtls::softwareFromGreeting(greeting), software);
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
