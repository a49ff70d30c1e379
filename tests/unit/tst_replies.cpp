#include "probes/replies.h"
#include "probes/transcript.h"

#include <QTest>

using namespace mailtls;

class TestReplies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void smtpReply_data();
    void smtpReply();
    void ehloAuth_data();
    void ehloAuth();
    void imapCapabilities_data();
    void imapCapabilities();
    void pop3Capa();
    void sieve_data();
    void sieve();
    void http_data();
    void http();
    void transcriptEscapes_data();
    void transcriptEscapes();
    void transcriptIsBounded();
};

void TestReplies::smtpReply_data()
{
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<int>("state"); // of the last feed
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("count");
    using L = QList<QByteArray>;
    QTest::newRow("single line") << L{"220 mx ESMTP\r\n"} << 1 << 220 << 1;
    QTest::newRow("multi line") << L{"250-mx\r\n", "250-PIPELINING\r\n", "250 STARTTLS\r\n"} << 1 << 250 << 3;
    QTest::newRow("bare code") << L{"250\r\n"} << 1 << 250 << 1;
    QTest::newRow("LF only") << L{"250-a\n", "250 b\n"} << 1 << 250 << 2;
    QTest::newRow("incomplete") << L{"250-a\r\n"} << 0 << 250 << 1;
    QTest::newRow("code changes") << L{"250-a\r\n", "251 b\r\n"} << 2 << 250 << 1;
    QTest::newRow("not digits") << L{"2x0 hello\r\n"} << 2 << 0 << 0;
    QTest::newRow("bad separator") << L{"250+x\r\n"} << 2 << 0 << 0;
    QTest::newRow("short") << L{"25\r\n"} << 2 << 0 << 0;
}

void TestReplies::smtpReply()
{
    QFETCH(QList<QByteArray>, lines);
    QFETCH(int, state);
    QFETCH(int, code);
    QFETCH(int, count);
    SmtpReplyParser parser;
    SmtpReplyParser::State last = SmtpReplyParser::State::NeedMore;
    for (const QByteArray &l : lines) {
        last = parser.feed(l);
        if (last != SmtpReplyParser::State::NeedMore)
            break;
    }
    QCOMPARE(int(last), state);
    QCOMPARE(parser.reply().code, code);
    QCOMPARE(parser.reply().lines.size(), count);
}

void TestReplies::ehloAuth_data()
{
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<QStringList>("keywords");
    QTest::addColumn<QStringList>("mechanisms");
    using L = QList<QByteArray>;
    using S = QStringList;
    QTest::newRow("postfix") << L{"mx", "PIPELINING", "AUTH PLAIN LOGIN", "STARTTLS"}
                             << S{"PIPELINING", "AUTH", "STARTTLS"} << S{"PLAIN", "LOGIN"};
    QTest::newRow("old AUTH= form") << L{"mx", "AUTH=LOGIN PLAIN", "AUTH LOGIN PLAIN"}
                                    << S{"AUTH=", "AUTH"} << S{"LOGIN", "PLAIN"};
    QTest::newRow("lower case") << L{"mx", "auth cram-md5", "starttls"} << S{"AUTH", "STARTTLS"}
                                << S{"CRAM-MD5"};
    QTest::newRow("no auth") << L{"mx", "SIZE 1000"} << S{"SIZE"} << S{};
    QTest::newRow("starttls inside text is not a keyword")
        << L{"mx says STARTTLS", "8BITMIME"} << S{"8BITMIME"} << S{};
}

void TestReplies::ehloAuth()
{
    QFETCH(QList<QByteArray>, lines);
    QFETCH(QStringList, keywords);
    QFETCH(QStringList, mechanisms);
    SmtpReply r{250, lines};
    QCOMPARE(ehloKeywords(r), keywords);
    QCOMPARE(ehloAuthMechanisms(r), mechanisms);
}

void TestReplies::imapCapabilities_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QStringList>("caps");
    QTest::newRow("untagged") << QByteArray("* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\r\n") << true
                              << QStringList{"IMAP4REV1", "STARTTLS", "LOGINDISABLED"};
    QTest::newRow("in greeting") << QByteArray("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] Dovecot ready.\r\n")
                                 << true << QStringList{"IMAP4REV1", "AUTH=PLAIN"};
    QTest::newRow("plain greeting") << QByteArray("* OK ready\r\n") << false << QStringList{};
    QTest::newRow("unterminated code") << QByteArray("* OK [CAPABILITY IMAP4rev1\r\n") << false
                                       << QStringList{};
}

void TestReplies::imapCapabilities()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, found);
    QFETCH(QStringList, caps);
    const auto r = mailtls::imapCapabilities(line);
    QCOMPARE(r.has_value(), found);
    if (found)
        QCOMPARE(*r, caps);
}

void TestReplies::pop3Capa()
{
    const Pop3Capabilities c = pop3Capabilities({"TOP\r\n", "USER\r\n", "SASL PLAIN LOGIN\r\n", "STLS\r\n"});
    QCOMPARE(c.keywords, (QStringList{"TOP", "USER", "SASL", "STLS"}));
    QCOMPARE(c.saslMechanisms, (QStringList{"PLAIN", "LOGIN"}));
}

void TestReplies::sieve_data()
{
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("keywords");
    QTest::addColumn<QStringList>("sasl");
    using L = QList<QByteArray>;
    QTest::newRow("dovecot") << L{"\"IMPLEMENTATION\" \"Dovecot Pigeonhole\"", "\"SASL\" \"PLAIN LOGIN\"",
                                  "\"STARTTLS\"", "OK \"ready\""}
                             << true << QStringList{"IMPLEMENTATION", "SASL", "STARTTLS"}
                             << QStringList{"PLAIN", "LOGIN"};
    QTest::newRow("no OK") << L{"\"STARTTLS\""} << false << QStringList{} << QStringList{};
    QTest::newRow("garbage") << L{"hello"} << false << QStringList{} << QStringList{};
}

void TestReplies::sieve()
{
    QFETCH(QList<QByteArray>, lines);
    QFETCH(bool, ok);
    const auto r = sieveCapabilities(lines);
    QCOMPARE(r.has_value(), ok);
    if (ok) {
        QFETCH(QStringList, keywords);
        QFETCH(QStringList, sasl);
        QCOMPARE(r->keywords, keywords);
        QCOMPARE(r->saslMechanisms, sasl);
    }
}

void TestReplies::http_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("hsts");
    QTest::addColumn<QByteArray>("location");
    QTest::newRow("hsts") << QByteArray("HTTP/1.1 200 OK\r\nStrict-Transport-Security: max-age=1\r\n")
                          << 200 << QByteArray("max-age=1") << QByteArray();
    QTest::newRow("redirect") << QByteArray("HTTP/1.0 301 Moved\r\nLOCATION:  https://x/\r\n\r\nbody")
                              << 301 << QByteArray() << QByteArray("https://x/");
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n") << 0 << QByteArray() << QByteArray();
    QTest::newRow("bad status") << QByteArray("HTTP/1.1 abc\r\n") << 0 << QByteArray() << QByteArray();
}

void TestReplies::http()
{
    QFETCH(QByteArray, head);
    QFETCH(int, status);
    const auto r = parseHttpHead(head);
    QCOMPARE(r.has_value(), status != 0);
    if (r) {
        QFETCH(QByteArray, hsts);
        QFETCH(QByteArray, location);
        QCOMPARE(r->status, status);
        QCOMPARE(r->header("strict-transport-security"), hsts);
        QCOMPARE(r->header("location"), location);
    }
}

void TestReplies::transcriptEscapes_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QByteArray("220 mx ESMTP") << QStringLiteral("220 mx ESMTP");
    QTest::newRow("html stays text") << QByteArray("220 <b>x</b>") << QStringLiteral("220 <b>x</b>");
    QTest::newRow("escape sequence") << QByteArray("220 \x1b[31mred") << QStringLiteral("220 \\x1b[31mred");
    QTest::newRow("nul and high bytes") << QByteArray("a\0b\xff", 4) << QStringLiteral("a\\x00b\\xff");
    QTest::newRow("backslash") << QByteArray("a\\x41") << QStringLiteral("a\\\\x41");
}

void TestReplies::transcriptEscapes()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, shown);
    QCOMPARE(Transcript::printable(raw), shown);
}

void TestReplies::transcriptIsBounded()
{
    Transcript t;
    const QByteArray huge(1024 * 1024, 'A');
    for (int i = 0; i < 100; ++i)
        t.server(huge);
    QVERIFY(t.truncated());
    qsizetype total = 0;
    for (const TranscriptLine &l : t.lines())
        total += l.text.size();
    QVERIFY(total < 2 * Transcript::kMaxBytes);
    QVERIFY(t.lines().first().text.endsWith(QLatin1String("[... 1048576 bytes]")));
}

QTEST_GUILESS_MAIN(TestReplies)
#include "tst_replies.moc"
