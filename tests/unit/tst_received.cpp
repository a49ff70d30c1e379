// The Received: parser, one row per MTA dialect and per odd case, and the
// message reader (.eml, mbox, folding, bounds). The header samples follow the
// formats each MTA documents; the lab's own Postfix chain is tested for real in
// tests/integration/tst_observed_lab.cpp.

#include "app/evidence/received.h"

#include <QBuffer>
#include <QTest>

using namespace mailtls;

class TestReceived : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void clauses_data();
    void clauses();
    void date();
    void forwardSecrecy_data();
    void forwardSecrecy();
    void versions_data();
    void versions();
    void hostileValues_data();
    void hostileValues();
    void readEml();
    void readMbox();
    void encodedWords();
    void notAMessage_data();
    void notAMessage();
    void controlCharacters();
    void headerBound();
    void tooManyHops();
};

// -1: cannot tell, 0: no, 1: yes
static int tri(std::optional<bool> b)
{
    return b ? (*b ? 1 : 0) : -1;
}

void TestReceived::parse_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("transport");
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("cipher");
    QTest::addColumn<int>("bits");
    QTest::addColumn<int>("forwardSecret");
    QTest::addColumn<bool>("authenticated");

    QTest::newRow("postfix TLS 1.3")
        << "from mail.example.org (mail.example.org [192.0.2.25]) (using TLSv1.3 with cipher "
           "TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits) "
           "server-digest SHA256) (No client certificate requested) by mx1.kumo.example (Postfix) with ESMTPS "
           "id 4Xyz1234 for <alice@kumo.example>; Sat, 28 Nov 2026 00:13:14 +0000 (UTC)"
        << "tls" << "postfix" << "TLSv1.3" << "TLS_AES_256_GCM_SHA384" << 256 << 1 << false;
    QTest::newRow("postfix TLS 1.2 ECDHE")
        << "from a.example (a.example [192.0.2.1]) (using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 "
           "(256/256 bits)) (Client did not present a certificate) by mx.example (Postfix) with ESMTPS id 1A; "
           "Mon, 2 Nov 2026 10:00:00 +0100"
        << "tls" << "postfix" << "TLSv1.2" << "ECDHE-RSA-AES256-GCM-SHA384" << 256 << 1 << false;
    QTest::newRow("postfix TLS 1.0 without forward secrecy")
        << "from old.example (old.example [192.0.2.2]) (using TLSv1 with cipher AES256-SHA (256/256 bits)) "
           "by mx.example (Postfix) with ESMTPS id 1B; Mon, 2 Nov 2026 10:00:00 +0100"
        << "tls" << "postfix" << "TLSv1.0" << "AES256-SHA" << 256 << 0 << false;
    QTest::newRow("postfix SSLv3 RC4")
        << "from ancient.example (ancient.example [192.0.2.3]) (using SSLv3 with cipher RC4-SHA (128/128 bits)) "
           "by mx.example (Postfix) with ESMTPS id 1C; Mon, 2 Nov 2026 10:00:00 +0100"
        << "tls" << "postfix" << "SSLv3" << "RC4-SHA" << 128 << 0 << false;
    QTest::newRow("postfix cleartext")
        << "from relay.kumo.internal (relay.kumo.internal [127.0.0.13]) by mx.example (Postfix) with ESMTP "
           "id 1D for <a@kumo.example>; Mon, 2 Nov 2026 10:00:00 +0100"
        << "cleartext" << "protocol" << "" << "" << 0 << -1 << false;
    QTest::newRow("postfix submission, authenticated")
        << "from [192.0.2.50] (unknown [192.0.2.50]) (Authenticated sender: alice) by smtp.kumo.example "
           "(Postfix) with ESMTPSA id 1E; Mon, 2 Nov 2026 10:00:00 +0100"
        << "tls" << "protocol" << "" << "" << 0 << -1 << true;
    QTest::newRow("postfix pickup")
        << "by mx1.kumo.example (Postfix, from userid 0) id 3D2C1; Sat, 28 Nov 2026 00:13:14 +0000 (UTC)"
        << "local" << "pickup" << "" << "" << 0 << -1 << false;
    QTest::newRow("exim 4.9x TLS 1.3")
        << "from [192.0.2.7] (helo=client.example.net) by mail.example.com with esmtps  (TLS1.3) tls "
           "TLS_AES_256_GCM_SHA384 (Exim 4.96) (envelope-from <bob@example.net>) id 1pQ2rS-0003aB-2x for "
           "alice@example.com; Sat, 28 Nov 2026 09:13:14 +0900"
        << "tls" << "exim" << "TLSv1.3" << "TLS_AES_256_GCM_SHA384" << 0 << 1 << false;
    QTest::newRow("exim OpenSSL TLS 1.2")
        << "from client.example.net ([192.0.2.8]) by mail.example.com with esmtps "
           "(TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256) (Exim 4.92) (envelope-from <b@example.net>) id 1kX; "
           "Sat, 28 Nov 2026 09:13:14 +0900"
        << "tls" << "exim" << "TLSv1.2" << "ECDHE-RSA-AES256-GCM-SHA384" << 256 << 1 << false;
    QTest::newRow("exim GnuTLS TLS 1.2 RSA key exchange")
        << "from c.example ([192.0.2.9]) by mail.example.com with esmtps (TLS1.2:RSA_AES_256_CBC_SHA1:256) "
           "(Exim 4.89) id 1kY; Sat, 28 Nov 2026 09:13:14 +0900"
        << "tls" << "exim" << "TLSv1.2" << "RSA_AES_256_CBC_SHA1" << 256 << 0 << false;
    QTest::newRow("exim log field")
        << "from c.example ([192.0.2.10]) by mail.example.com with esmtp X=TLS1.3:TLS_AES_256_GCM_SHA384:256 "
           "id 1kZ; Sat, 28 Nov 2026 09:13:14 +0900"
        << "tls" << "exim_log" << "TLSv1.3" << "TLS_AES_256_GCM_SHA384" << 256 << 1 << false;
    QTest::newRow("exim authenticated submission")
        << "from [192.0.2.11] (helo=[127.0.1.5]) by mail.example.com with esmtpsa (TLS1.3) tls "
           "TLS_AES_128_GCM_SHA256 (Exim 4.96) (envelope-from <c@example.com>) id 1kW; "
           "Sat, 28 Nov 2026 09:13:14 +0900"
        << "tls" << "exim" << "TLSv1.3" << "TLS_AES_128_GCM_SHA256" << 0 << 1 << true;
    QTest::newRow("exim local")
        << "from bob by host.example.com with local (Exim 4.96) (envelope-from <bob@host.example.com>) id 1kV; "
           "Sat, 28 Nov 2026 09:13:14 +0900"
        << "local" << "local_protocol" << "" << "" << 0 << -1 << false;
    QTest::newRow("sendmail TLS 1.3")
        << "from client.example.net (client.example.net [198.51.100.3]) by mail.example.org (8.17.1/8.17.1) "
           "with ESMTPS id 2ASN4Fab001234 (version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT) "
           "for <carol@example.org>; Sat, 28 Nov 2026 00:13:14 GMT"
        << "tls" << "version_fields" << "TLSv1.3" << "TLS_AES_256_GCM_SHA384" << 256 << 1 << false;
    QTest::newRow("sendmail cleartext")
        << "from client.example.net (client.example.net [198.51.100.3]) by mail.example.org (8.17.1/8.17.1) "
           "with ESMTP id 2ASN4Fab001235 for <carol@example.org>; Sat, 28 Nov 2026 00:13:14 GMT"
        << "cleartext" << "protocol" << "" << "" << 0 << -1 << false;
    QTest::newRow("sendmail TLS details with plain ESMTP")
        << "from c.example (c.example [198.51.100.4]) by mail.example.org (8.15.2/8.15.2) with ESMTP id 2B "
           "(version=TLSv1.2 cipher=DHE-RSA-AES256-GCM-SHA384 bits=256 verify=OK); Sat, 28 Nov 2026 00:13:14 GMT"
        << "tls" << "version_fields" << "TLSv1.2" << "DHE-RSA-AES256-GCM-SHA384" << 256 << 1 << false;
    QTest::newRow("microsoft TLS 1.2")
        << "from AM0PR02MB1234.eurprd02.prod.outlook.com (2603:10a6:208:12::34) by "
           "VI1PR02MB5678.eurprd02.prod.outlook.com (2603:10a6:803:56::78) with Microsoft SMTP Server "
           "(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7472.12; "
           "Sat, 28 Nov 2026 00:13:14 +0000"
        << "tls" << "version_fields" << "TLSv1.2" << "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384" << 0 << 1 << false;
    QTest::newRow("microsoft TLS 1.0 RSA")
        << "from EX1.corp.example (127.0.1.1) by EX2.corp.example (127.0.1.2) with Microsoft SMTP Server "
           "(version=TLS1_0, cipher=TLS_RSA_WITH_AES_256_CBC_SHA) id 15.1.2507.35; Sat, 28 Nov 2026 00:13:14 +0000"
        << "tls" << "version_fields" << "TLSv1.0" << "TLS_RSA_WITH_AES_256_CBC_SHA" << 0 << 0 << false;
    QTest::newRow("microsoft without TLS")
        << "from EX1.corp.example (127.0.1.1) by EX2.corp.example (127.0.1.2) with Microsoft SMTP Server id "
           "15.1.2507.35 via Frontend Transport; Sat, 28 Nov 2026 00:13:14 +0000"
        << "cleartext" << "protocol" << "" << "" << 0 << -1 << false;
    QTest::newRow("microsoft mapi")
        << "from AM0PR02MB1234.eurprd02.prod.outlook.com ([fe80::1234]) by AM0PR02MB1234.eurprd02.prod.outlook.com "
           "([fe80::1234%5]) with mapi id 15.20.7472.010; Sat, 28 Nov 2026 00:13:14 +0000"
        << "unknown" << "unknown_protocol" << "" << "" << 0 << -1 << false;
    QTest::newRow("gmail ESMTPS with version")
        << "from mail.example.org (mail.example.org. [192.0.2.25]) by mx.google.com with ESMTPS id x12si3456 "
           "for <dave@gmail.com> (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256); "
           "Fri, 27 Nov 2026 16:13:14 -0800 (PST)"
        << "tls" << "version_fields" << "TLSv1.3" << "TLS_AES_256_GCM_SHA384" << 256 << 1 << false;
    QTest::newRow("gmail SMTPS")
        << "from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx.google.com with SMTPS "
           "id a1sor123 for <dave@gmail.com> (Google Transport Security); Fri, 27 Nov 2026 16:13:14 -0800 (PST)"
        << "tls" << "protocol" << "" << "" << 0 << -1 << false;
    QTest::newRow("dovecot LMTP")
        << "from relay.kumo.internal ([127.0.0.13]) by imap.kumo.example with LMTP id AbCd (envelope-from "
           "<x@kumo.example>) for <alice@kumo.example>; Sat, 28 Nov 2026 00:13:14 +0000"
        << "cleartext" << "protocol" << "" << "" << 0 << -1 << false;
    QTest::newRow("LMTPS")
        << "from relay.kumo.internal ([127.0.0.13]) by imap.kumo.example with LMTPS id AbCe; "
           "Sat, 28 Nov 2026 00:13:14 +0000"
        << "tls" << "protocol" << "" << "" << 0 << -1 << false;
    QTest::newRow("ESMTPA: password without TLS")
        << "from [192.0.2.60] by smtp.example with ESMTPA id 9; Sat, 28 Nov 2026 00:13:14 +0000"
        << "cleartext" << "protocol" << "" << "" << 0 << -1 << true;
    QTest::newRow("UTF8SMTPS")
        << "from a.example ([192.0.2.61]) by b.example with UTF8SMTPS id 9; Sat, 28 Nov 2026 00:13:14 +0000"
        << "tls" << "protocol" << "" << "" << 0 << -1 << false;
    QTest::newRow("webmail over HTTP")
        << "from [192.0.2.62] by webmail.example with HTTP; Sat, 28 Nov 2026 00:13:14 +0000"
        << "cleartext" << "protocol" << "" << "" << 0 << -1 << false;
    QTest::newRow("webmail over HTTPS")
        << "from [192.0.2.63] by webmail.example with HTTPS; Sat, 28 Nov 2026 00:13:14 +0000"
        << "tls" << "protocol" << "" << "" << 0 << -1 << false;
    QTest::newRow("network hop without protocol")
        << "from host.example (host.example [192.0.2.64]) by mx.example; Sat, 28 Nov 2026 00:13:14 +0000"
        << "cleartext" << "no_marker" << "" << "" << 0 << -1 << false;
    QTest::newRow("only a by clause")
        << "by mx.example id 77; Sat, 28 Nov 2026 00:13:14 +0000"
        << "unknown" << "no_marker" << "" << "" << 0 << -1 << false;
    QTest::newRow("uucp")
        << "from oldhost by mx.example with UUCP id 1; Sat, 28 Nov 2026 00:13:14 +0000"
        << "unknown" << "unknown_protocol" << "" << "" << 0 << -1 << false;
    QTest::newRow("empty")
        << "" << "unknown" << "no_marker" << "" << "" << 0 << -1 << false;
}

void TestReceived::parse()
{
    QFETCH(QString, header);
    const ReceivedHop hop = parseReceived(header);
    QTEST(hopTransportKey(hop.transport), "transport");
    QTEST(hop.evidence, "evidence");
    QTEST(hop.tlsVersion, "version");
    QTEST(hop.cipher, "cipher");
    QTEST(hop.bits, "bits");
    QTEST(tri(hop.forwardSecret), "forwardSecret");
    QTEST(hop.authenticated, "authenticated");
    QCOMPARE(hop.raw, header);
}

void TestReceived::clauses_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("fromName");
    QTest::addColumn<QString>("fromReverse");
    QTest::addColumn<QString>("fromAddress");
    QTest::addColumn<QString>("byName");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("forAddress");

    QTest::newRow("postfix")
        << "from mail.example.org (mail.example.org [192.0.2.25]) (using TLSv1.3 with cipher X (256/256 bits)) "
           "by mx1.kumo.example (Postfix) with ESMTPS id 4Xyz for <alice@kumo.example>; Sat, 28 Nov 2026 "
           "00:13:14 +0000"
        << "mail.example.org" << "mail.example.org" << "192.0.2.25" << "mx1.kumo.example" << "ESMTPS" << "4Xyz"
        << "alice@kumo.example";
    QTest::newRow("unknown reverse, IPv6 literal")
        << "from client.example (unknown [IPv6:2001:db8::25]) by mx.example with ESMTP id 5; "
           "Sat, 28 Nov 2026 00:13:14 +0000"
        << "client.example" << "" << "2001:db8::25" << "mx.example" << "ESMTP" << "5" << "";
    QTest::newRow("exim helo")
        << "from [192.0.2.7] (helo=client.example.net) by mail.example.com with esmtps (TLS1.3) tls T (Exim 4.96) "
           "id 1pQ; Sat, 28 Nov 2026 09:13:14 +0900"
        << "[192.0.2.7]" << "" << "192.0.2.7" << "mail.example.com" << "ESMTPS" << "1pQ" << "";
    QTest::newRow("gmail dotted reverse")
        << "from m.google.com (m.google.com. [209.85.220.41]) by mx.google.com with SMTPS id a1; "
           "Fri, 27 Nov 2026 16:13:14 -0800"
        << "m.google.com" << "m.google.com" << "209.85.220.41" << "mx.google.com" << "SMTPS" << "a1" << "";
    QTest::newRow("microsoft multi-word protocol")
        << "from a.example (127.0.1.1) by b.example (127.0.1.2) with Microsoft SMTP Server id 15.1; "
           "Sat, 28 Nov 2026 00:13:14 +0000"
        << "a.example" << "" << "" << "b.example" << "MICROSOFT SMTP SERVER" << "15.1" << "";
    QTest::newRow("keywords in upper case")
        << "FROM a.example ([192.0.2.1]) BY b.example WITH ESMTP ID 7 FOR <x@y>; Sat, 28 Nov 2026 00:13:14 +0000"
        << "a.example" << "" << "192.0.2.1" << "b.example" << "ESMTP" << "7" << "x@y";
    QTest::newRow("semicolon inside a comment")
        << "from a.example (a.example [192.0.2.1]; odd) by b.example with ESMTP id 8; "
           "Sat, 28 Nov 2026 00:13:14 +0000"
        << "a.example" << "a.example" << "192.0.2.1" << "b.example" << "ESMTP" << "8" << "";
    QTest::newRow("nested comment")
        << "from a.example (a.example [192.0.2.1] (nested (deeper))) by b.example with ESMTP id 9; "
           "Sat, 28 Nov 2026 00:13:14 +0000"
        << "a.example" << "a.example" << "192.0.2.1" << "b.example" << "ESMTP" << "9" << "";
}

void TestReceived::clauses()
{
    QFETCH(QString, header);
    const ReceivedHop hop = parseReceived(header);
    QTEST(hop.fromName, "fromName");
    QTEST(hop.fromReverse, "fromReverse");
    QTEST(hop.fromAddress, "fromAddress");
    QTEST(hop.byName, "byName");
    QTEST(hop.protocol, "protocol");
    QTEST(hop.id, "id");
    QTEST(hop.forAddress, "forAddress");
}

void TestReceived::date()
{
    const ReceivedHop a = parseReceived(u"from a by b with ESMTP id 1; Fri, 27 Nov 2026 16:13:14 -0800 (PST)");
    QCOMPARE(a.date, QDateTime(QDate(2026, 11, 28), QTime(0, 13, 14), Qt::UTC));
    const ReceivedHop b = parseReceived(u"from a by b with ESMTP id 1; 28 Nov 2026 09:13:14 +0900");
    QCOMPARE(b.date, QDateTime(QDate(2026, 11, 28), QTime(0, 13, 14), Qt::UTC));
    const ReceivedHop c = parseReceived(u"from a by b with ESMTP id 1; yesterday");
    QVERIFY(!c.date.isValid());
    const ReceivedHop d = parseReceived(u"from a by b with ESMTP id 1");
    QVERIFY(!d.date.isValid());
}

void TestReceived::forwardSecrecy_data()
{
    QTest::addColumn<QString>("cipher");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("expected");
    QTest::newRow("TLS 1.3 anything") << "ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM" << "TLSv1.3" << 1;
    QTest::newRow("TLS 1.3 suite name") << "TLS_CHACHA20_POLY1305_SHA256" << "" << 1;
    QTest::newRow("IANA ECDHE") << "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256" << "TLSv1.2" << 1;
    QTest::newRow("IANA DHE") << "TLS_DHE_RSA_WITH_AES_128_CBC_SHA" << "TLSv1.2" << 1;
    QTest::newRow("IANA RSA") << "TLS_RSA_WITH_3DES_EDE_CBC_SHA" << "TLSv1.2" << 0;
    QTest::newRow("IANA static ECDH") << "TLS_ECDH_RSA_WITH_AES_128_CBC_SHA" << "TLSv1.2" << 0;
    QTest::newRow("IANA SSL_ prefix") << "SSL_RSA_WITH_RC4_128_SHA" << "SSLv3" << 0;
    QTest::newRow("IANA anonymous DH") << "TLS_DH_anon_WITH_AES_128_CBC_SHA" << "TLSv1.2" << 1;
    QTest::newRow("OpenSSL ECDHE") << "ECDHE-ECDSA-CHACHA20-POLY1305" << "TLSv1.2" << 1;
    QTest::newRow("OpenSSL EDH") << "EDH-RSA-DES-CBC3-SHA" << "TLSv1" << 1;
    QTest::newRow("OpenSSL RSA") << "DES-CBC3-SHA" << "TLSv1" << 0;
    QTest::newRow("OpenSSL static ECDH") << "ECDH-RSA-AES256-SHA" << "TLSv1" << 0;
    QTest::newRow("OpenSSL export EDH, by the catalog") << "EXP-EDH-RSA-DES-CBC-SHA" << "TLSv1" << 1;
    QTest::newRow("OpenSSL SRP, by the catalog") << "SRP-RSA-AES-128-CBC-SHA" << "TLSv1.2" << 1;
    QTest::newRow("OpenSSL PSK, by the catalog") << "PSK-AES128-GCM-SHA256" << "TLSv1.2" << 0;
    QTest::newRow("IANA integrity-only TLS 1.3, by the catalog") << "TLS_SHA256_SHA256" << "" << 1;
    QTest::newRow("GnuTLS ECDHE") << "ECDHE_RSA_AES_128_GCM_SHA256" << "TLSv1.2" << 1;
    QTest::newRow("GnuTLS RSA") << "RSA_CAMELLIA_128_CBC_SHA1" << "TLSv1.2" << 0;
    QTest::newRow("no cipher") << "" << "TLSv1.2" << -1;
    QTest::newRow("unknown name") << "SOMETHING" << "TLSv1.2" << -1;
}

void TestReceived::forwardSecrecy()
{
    QFETCH(QString, cipher);
    QFETCH(QString, version);
    QTEST(tri(cipherForwardSecret(cipher, version)), "expected");
}

void TestReceived::versions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("postfix 1.3") << "TLSv1.3" << "TLSv1.3";
    QTest::newRow("postfix 1.0") << "TLSv1" << "TLSv1.0";
    QTest::newRow("microsoft") << "TLS1_2" << "TLSv1.2";
    QTest::newRow("microsoft 1.0") << "TLS1_0" << "TLSv1.0";
    QTest::newRow("exim") << "TLS1.1" << "TLSv1.1";
    QTest::newRow("lower case") << "tlsv1.3" << "TLSv1.3";
    QTest::newRow("ssl3") << "SSLv3" << "SSLv3";
    QTest::newRow("ssl 3.0") << "SSL3.0" << "SSLv3";
    QTest::newRow("ssl2") << "SSLv2" << "SSLv2";
    QTest::newRow("tls 1.4 is not") << "TLS1.4" << "";
    QTest::newRow("tls 2 is not") << "TLSv2" << "";
    QTest::newRow("word") << "Exim 4.96" << "";
    QTest::newRow("empty") << "" << "";
}

void TestReceived::versions()
{
    QFETCH(QString, text);
    QTEST(normaliseTlsVersion(text), "expected");
}

void TestReceived::hostileValues_data()
{
    QTest::addColumn<QString>("header");
    QTest::newRow("unbalanced comment") << QStringLiteral("from a (b [1.2.3.4] by c with ESMTPS; date");
    QTest::newRow("unbalanced angle") << QStringLiteral("from a by b with ESMTP for <x@y; date");
    QTest::newRow("deep nesting") << QString(1000, u'(') + QString(1000, u')');
    QTest::newRow("only keywords") << QStringLiteral("from by via with id for");
    QTest::newRow("markup") << QStringLiteral("from <script>alert(1)</script> by <b>x</b> with ESMTP; date");
    QTest::newRow("long") << QString(200000, u'x');
    QTest::newRow("many tokens") << QStringLiteral("a ").repeated(50000);
    QTest::newRow("backslash at the end") << QStringLiteral("from a (b\\");
    QTest::newRow("escaped parens") << QStringLiteral("from a (b \\) c) by d with ESMTP; date");
}

void TestReceived::hostileValues()
{
    QFETCH(QString, header);
    const ReceivedHop hop = parseReceived(header);
    QVERIFY(hop.raw.size() <= 16 * 1024);
    QVERIFY(hop.fromName.size() <= 512);
    QVERIFY(hop.protocol.size() <= 512);
}

void TestReceived::readEml()
{
    QByteArray eml =
        "Return-Path: <bob@example.net>\r\n"
        "Received: from relay.kumo.internal (relay.kumo.internal [127.0.0.13])\r\n"
        "\tby imap.kumo.example with LMTP id AbCd\r\n"
        "\tfor <alice@kumo.example>; Sat, 28 Nov 2026 00:13:16 +0000\r\n"
        "Received: from mx1.kumo.example (mx1.kumo.example [127.0.0.11])\r\n"
        "\tby relay.kumo.internal (Postfix) with ESMTP id 2B\r\n"
        "\tfor <alice@kumo.example>; Sat, 28 Nov 2026 00:13:15 +0000 (UTC)\r\n"
        "Received: from client.example.net (client.example.net [192.0.2.9])\r\n"
        "\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n"
        "\tby mx1.kumo.example (Postfix) with ESMTPS id 1A\r\n"
        "\tfor <alice@kumo.example>; Sat, 28 Nov 2026 00:13:14 +0000 (UTC)\r\n"
        "Message-ID: <20261128001314.1A@client.example.net>\r\n"
        "Subject: Quarterly figures\r\n"
        "From: Bob <bob@example.net>\r\n"
        "Date: Sat, 28 Nov 2026 00:13:13 +0000\r\n"
        "\r\n"
        "Received: from body.example by fake.example with ESMTP; this line is in the body\r\n";
    QBuffer buffer(&eml);
    buffer.open(QIODevice::ReadOnly);
    const MessageReadResult r = readMessages(buffer, QStringLiteral("m.eml"));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.messages.size(), 1);
    const MessagePath &m = r.messages.constFirst();
    QCOMPARE(m.messageId, QStringLiteral("<20261128001314.1A@client.example.net>"));
    QCOMPARE(m.subject, QStringLiteral("Quarterly figures"));
    QCOMPARE(m.sender, QStringLiteral("Bob <bob@example.net>"));
    QCOMPARE(m.date, QDateTime(QDate(2026, 11, 28), QTime(0, 13, 13), Qt::UTC));
    QCOMPARE(m.hops.size(), 3); // the body's line is not a header
    QCOMPARE(m.hops.at(0).byName, QStringLiteral("mx1.kumo.example"));
    QCOMPARE(m.hops.at(0).transport, HopTransport::Tls);
    QCOMPARE(m.hops.at(1).byName, QStringLiteral("relay.kumo.internal"));
    QCOMPARE(m.hops.at(1).transport, HopTransport::Cleartext);
    QCOMPARE(m.hops.at(2).byName, QStringLiteral("imap.kumo.example"));
    QCOMPARE(m.hops.at(2).protocol, QStringLiteral("LMTP"));
    QVERIFY(m.hops.at(0).date < m.hops.at(2).date);
}

void TestReceived::readMbox()
{
    QByteArray mbox =
        "From bob@example.net Sat Nov 28 00:13:14 2026\n"
        "Received: from a.example ([192.0.2.1]) by mx.example with ESMTPS id 1; Sat, 28 Nov 2026 00:13:14 +0000\n"
        "Message-ID: <one@example>\n"
        "\n"
        "Body line\n"
        ">From the body, escaped\n"
        "\n"
        "From carol@example.net Sat Nov 28 00:14:14 2026\n"
        "Received: from b.example ([192.0.2.2]) by mx.example with ESMTP id 2; Sat, 28 Nov 2026 00:14:14 +0000\n"
        "Received: by b.example (Postfix, from userid 1000) id 0; Sat, 28 Nov 2026 00:14:13 +0000\n"
        "Message-ID: <two@example>\n"
        "\n"
        "From dave@example.net Sat Nov 28 00:15:14 2026\n"
        "Message-ID: <three@example>\n"
        "\n";
    QBuffer buffer(&mbox);
    buffer.open(QIODevice::ReadOnly);
    const MessageReadResult r = readMessages(buffer, QStringLiteral("box.mbox"));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.messages.size(), 3);
    QCOMPARE(r.messages.at(0).messageId, QStringLiteral("<one@example>"));
    QCOMPARE(r.messages.at(0).line, 2);
    QCOMPARE(r.messages.at(0).hops.size(), 1);
    QCOMPARE(r.messages.at(1).messageId, QStringLiteral("<two@example>"));
    QCOMPARE(r.messages.at(1).line, 9);
    QCOMPARE(r.messages.at(1).hops.size(), 2);
    QCOMPARE(r.messages.at(1).hops.at(0).transport, HopTransport::Local);
    QCOMPARE(r.messages.at(1).hops.at(1).transport, HopTransport::Cleartext);
    QCOMPARE(r.messages.at(2).hops.size(), 0);
}

void TestReceived::encodedWords()
{
    QByteArray eml = "Subject: =?UTF-8?B?5pqX5Y+35YyW44Gu6YCy5o2X?= =?UTF-8?Q?_report?=\n"
                     "From: =?ISO-8859-1?Q?Andr=E9?= <andre@example.net>\n"
                     "Message-ID: <x@y>\n\n";
    QBuffer buffer(&eml);
    buffer.open(QIODevice::ReadOnly);
    const MessageReadResult r = readMessages(buffer, QStringLiteral("m.eml"));
    QCOMPARE(r.messages.size(), 1);
    QCOMPARE(r.messages.constFirst().subject, QStringLiteral("暗号化の進捗 report"));
    QCOMPARE(r.messages.constFirst().sender, QStringLiteral("André <andre@example.net>"));

    // Japanese mail still often travels as ISO-2022-JP.
    QByteArray jis = "Subject: =?ISO-2022-JP?B?GyRCMEU5ZjI9JE4kKkNOJGkkOxsoQg==?=\nMessage-ID: <j@y>\n\n";
    QBuffer jisBuffer(&jis);
    jisBuffer.open(QIODevice::ReadOnly);
    QCOMPARE(readMessages(jisBuffer, QStringLiteral("j.eml")).messages.constFirst().subject,
             QStringLiteral("暗号化のお知らせ"));
}

void TestReceived::notAMessage_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray() << "x.eml: no message found";
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                            << "x.eml:1: not a message: no header fields such as Received:, Message-ID: or Date:";
    QTest::newRow("text") << QByteArray("hello world\nthis is not mail\n")
                          << "x.eml:1: not a message: no header fields such as Received:, Message-ID: or Date:";
}

void TestReceived::notAMessage()
{
    QFETCH(QByteArray, data);
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    const MessageReadResult r = readMessages(buffer, QStringLiteral("x.eml"));
    QTEST(r.error, "error");
}

void TestReceived::controlCharacters()
{
    // A terminal escape and a right-to-left override in headers are shown, never obeyed.
    QByteArray eml = "Received: from evil\x1b[2J.example ([192.0.2.1]) by mx.example with ESMTP id 1; "
                     "Sat, 28 Nov 2026 00:13:14 +0000\n"
                     "Subject: =?UTF-8?B?4oCuZ25wLmV4ZQ==?=\n"
                     "Message-ID: <a\x07" "b@c>\n\n";
    QBuffer buffer(&eml);
    buffer.open(QIODevice::ReadOnly);
    const MessagePath m = readMessages(buffer, QStringLiteral("m.eml")).messages.constFirst();
    QCOMPARE(m.hops.constFirst().fromName, QStringLiteral("evil\\u{001b}[2J.example"));
    QCOMPARE(m.subject, QStringLiteral("\\u{202e}gnp.exe"));
    QCOMPARE(m.messageId, QStringLiteral("<a\\u{0007}b@c>"));
}

void TestReceived::headerBound()
{
    // A header section far over the bound: read what fits, warn, never grow without limit.
    QByteArray eml = "Received: from a ([192.0.2.1]) by b with ESMTPS id 1; Sat, 28 Nov 2026 00:13:14 +0000\n";
    const QByteArray filler = "X-Filler: " + QByteArray(1000, 'x') + '\n';
    for (int i = 0; i < 3000; ++i)
        eml += filler;
    eml += "Message-ID: <late@example>\n\nbody\n";
    QBuffer buffer(&eml);
    buffer.open(QIODevice::ReadOnly);
    const MessageReadResult r = readMessages(buffer, QStringLiteral("big.eml"));
    QCOMPARE(r.messages.size(), 1);
    QCOMPARE(r.messages.constFirst().hops.size(), 1);
    QVERIFY(r.messages.constFirst().messageId.isEmpty());
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY2(r.warnings.constFirst().startsWith(u"big.eml:1: the header section is larger than"),
             qPrintable(r.warnings.constFirst()));
}

void TestReceived::tooManyHops()
{
    QByteArray eml;
    for (int i = 0; i < 250; ++i)
        eml += "Received: from h" + QByteArray::number(i) + " ([192.0.2.1]) by x with ESMTP id " +
               QByteArray::number(i) + "; Sat, 28 Nov 2026 00:13:14 +0000\n";
    eml += "\n";
    QBuffer buffer(&eml);
    buffer.open(QIODevice::ReadOnly);
    const MessageReadResult r = readMessages(buffer, QStringLiteral("loop.eml"));
    QCOMPARE(r.messages.constFirst().hops.size(), 200);
    // The newest 200 (the top of the header) are kept: the hops nearest to us.
    QCOMPARE(r.messages.constFirst().hops.constLast().fromName, QStringLiteral("h0"));
    QCOMPARE(r.warnings.size(), 1);
}

QTEST_GUILESS_MAIN(TestReceived)
#include "tst_received.moc"
