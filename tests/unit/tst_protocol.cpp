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

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
