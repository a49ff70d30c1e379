// The TLS-RPT TXT record (RFC 8460 section 3): what the ABNF accepts is
// read with its destinations and extensions, everything else is an error
// that quotes the record and says what is wrong; the record is picked among
// a name's TXT records as the RFC says (exactly one beginning v=TLSRPTv1).

#include "probes/domain/tls_rpt.h"

#include <QTest>

using namespace mailtls::domain;

class TestTlsRptRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void picksTheRecord_data();
    void picksTheRecord();
};

void TestTlsRptRecord::accepted_data()
{
    QTest::addColumn<QString>("txt");
    QTest::addColumn<QStringList>("rua");
    QTest::addColumn<QStringList>("extensions");

    QTest::newRow("mailto") << "v=TLSRPTv1; rua=mailto:tlsrpt@kumo.example" << QStringList{"mailto:tlsrpt@kumo.example"}
                            << QStringList{};
    QTest::newRow("no space") << "v=TLSRPTv1;rua=mailto:tlsrpt@kumo.example"
                              << QStringList{"mailto:tlsrpt@kumo.example"} << QStringList{};
    QTest::newRow("https") << "v=TLSRPTv1; rua=https://reports.kumo.example/v1/tlsrpt"
                           << QStringList{"https://reports.kumo.example/v1/tlsrpt"} << QStringList{};
    QTest::newRow("https port, query") << "v=TLSRPTv1; rua=https://reports.kumo.example:8443/in?d=kumo.example"
                                       << QStringList{"https://reports.kumo.example:8443/in?d=kumo.example"}
                                       << QStringList{};
    QTest::newRow("https IPv6 literal") << "v=TLSRPTv1; rua=https://[2001:db8::1]/r"
                                        << QStringList{"https://[2001:db8::1]/r"} << QStringList{};
    QTest::newRow("two, spaced comma")
        << "v=TLSRPTv1; rua=mailto:a@kumo.example ,  https://r.kumo.example/x"
        << QStringList{"mailto:a@kumo.example", "https://r.kumo.example/x"} << QStringList{};
    QTest::newRow("trailing delimiter") << "v=TLSRPTv1; rua=mailto:a@kumo.example; "
                                        << QStringList{"mailto:a@kumo.example"} << QStringList{};
    QTest::newRow("tabs around ;") << "v=TLSRPTv1\t;\trua=mailto:a@kumo.example"
                                   << QStringList{"mailto:a@kumo.example"} << QStringList{};
    QTest::newRow("extension") << "v=TLSRPTv1; rua=mailto:a@kumo.example; x-note.1=hello<world>"
                               << QStringList{"mailto:a@kumo.example"} << QStringList{"x-note.1=hello<world>"};
    QTest::newRow("extension before rua") << "v=TLSRPTv1; ext=1; rua=mailto:a@kumo.example"
                                          << QStringList{"mailto:a@kumo.example"} << QStringList{"ext=1"};
    QTest::newRow("two rua fields (the ABNF allows)")
        << "v=TLSRPTv1; rua=mailto:a@kumo.example; rua=mailto:b@kumo.example"
        << QStringList{"mailto:a@kumo.example", "mailto:b@kumo.example"} << QStringList{};
    QTest::newRow("encoded ! and list") << "v=TLSRPTv1; rua=mailto:a%21b@kumo.example%2Cc@kumo.example"
                                        << QStringList{"mailto:a%21b@kumo.example%2Cc@kumo.example"}
                                        << QStringList{};
    QTest::newRow("mailto with a subject") << "v=TLSRPTv1; rua=mailto:a@kumo.example?subject=tlsrpt"
                                           << QStringList{"mailto:a@kumo.example?subject=tlsrpt"} << QStringList{};
    QTest::newRow("scheme in capitals") << "v=TLSRPTv1; rua=MAILTO:a@kumo.example"
                                        << QStringList{"MAILTO:a@kumo.example"} << QStringList{};
}

void TestTlsRptRecord::accepted()
{
    QFETCH(QString, txt);
    QFETCH(QStringList, rua);
    QFETCH(QStringList, extensions);
    QString error;
    const std::optional<TlsRptRecord> r = parseTlsRptRecord(txt, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->txt, txt);
    QCOMPARE(r->rua, rua);
    QStringList ext;
    for (const auto &e : r->extensions)
        ext.append(e.first + QLatin1Char('=') + e.second);
    QCOMPARE(ext, extensions);
}

void TestTlsRptRecord::rejected_data()
{
    QTest::addColumn<QString>("txt");
    QTest::addColumn<QString>("says");

    QTest::newRow("version only") << "v=TLSRPTv1" << "no rua= field";
    QTest::newRow("version and ;") << "v=TLSRPTv1;" << "an empty field";
    QTest::newRow("two ; in a row") << "v=TLSRPTv1;; rua=mailto:a@kumo.example" << "an empty field";
    QTest::newRow("two ; at the end") << "v=TLSRPTv1; rua=mailto:a@kumo.example;;" << "an empty field";
    QTest::newRow("junk after version") << "v=TLSRPTv1 x; rua=mailto:a@kumo.example" << "\"x\" follows v=TLSRPTv1";
    QTest::newRow("no rua") << "v=TLSRPTv1; ext=1" << "no rua= field";
    QTest::newRow("RUA in capitals") << "v=TLSRPTv1; RUA=mailto:a@kumo.example" << "\"RUA\" is not rua";
    QTest::newRow("space around =") << "v=TLSRPTv1; rua = mailto:a@kumo.example" << "\"rua \" is not a field name";
    QTest::newRow("DMARC size limit") << "v=TLSRPTv1; rua=mailto:a@kumo.example!10m" << "'!' must be percent-encoded";
    QTest::newRow("http") << "v=TLSRPTv1; rua=http://r.kumo.example/" << "only mailto: and https:";
    QTest::newRow("bare address") << "v=TLSRPTv1; rua=a@kumo.example" << "no scheme";
    QTest::newRow("no scheme") << "v=TLSRPTv1; rua=//r.kumo.example" << "no scheme";
    QTest::newRow("mailto no @") << "v=TLSRPTv1; rua=mailto:kumo.example" << "is not a mail address";
    QTest::newRow("mailto bad domain") << "v=TLSRPTv1; rua=mailto:a@kumo_example" << "is not a mail address";
    QTest::newRow("mailto empty") << "v=TLSRPTv1; rua=mailto:" << "names no mail address";
    QTest::newRow("https no host") << "v=TLSRPTv1; rua=https:///x" << "a bad host";
    QTest::newRow("https not //") << "v=TLSRPTv1; rua=https:r.kumo.example" << "no //host";
    QTest::newRow("https bad port") << "v=TLSRPTv1; rua=https://r.kumo.example:99999/" << "a bad port";
    QTest::newRow("space in URI") << "v=TLSRPTv1; rua=mailto:a b@kumo.example" << "must be percent-encoded";
    QTest::newRow("bad percent") << "v=TLSRPTv1; rua=mailto:a%2@kumo.example" << "without two hex digits";
    QTest::newRow("empty destination") << "v=TLSRPTv1; rua=mailto:a@kumo.example,," << "an empty destination";
    QTest::newRow("empty rua") << "v=TLSRPTv1; rua=" << "an empty destination";
    QTest::newRow("trailing space") << "v=TLSRPTv1; rua=mailto:a@kumo.example " << "white space after the last field";
    QTest::newRow("field without =") << "v=TLSRPTv1; rua=mailto:a@kumo.example; testing" << "has no '='";
    QTest::newRow("long name") << "v=TLSRPTv1; rua=mailto:a@kumo.example; a234567890123456789012345678901234=1"
                               << "is not a field name";
    QTest::newRow("name begins with _") << "v=TLSRPTv1; rua=mailto:a@kumo.example; _x=1" << "is not a field name";
    QTest::newRow("empty value") << "v=TLSRPTv1; rua=mailto:a@kumo.example; x=" << "the value of x";
    QTest::newRow("= in value") << "v=TLSRPTv1; rua=mailto:a@kumo.example; x=a=b" << "the value of x";
    QTest::newRow("lower-case version") << "v=tlsrptv1; rua=mailto:a@kumo.example" << "does not begin with";
}

void TestTlsRptRecord::rejected()
{
    QFETCH(QString, txt);
    QFETCH(QString, says);
    QString error;
    QVERIFY(!parseTlsRptRecord(txt, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
    QVERIFY2(error.contains(QLatin1Char('"') + txt + QLatin1Char('"')), qPrintable(error)); // quotes the record
}

void TestTlsRptRecord::picksTheRecord_data()
{
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<bool>("published");
    QTest::addColumn<QStringList>("rua"); // of the record taken; empty when none
    QTest::addColumn<QString>("error");   // a part of the one error; empty when none

    QTest::newRow("none") << QStringList{} << false << QStringList{} << QString();
    QTest::newRow("other TXT only") << QStringList{"v=spf1 -all", "hello"} << false << QStringList{} << QString();
    QTest::newRow("one among others") << QStringList{"v=spf1 -all", "v=TLSRPTv1; rua=mailto:a@kumo.example"} << true
                                      << QStringList{"mailto:a@kumo.example"} << QString();
    QTest::newRow("two") << QStringList{"v=TLSRPTv1; rua=mailto:a@kumo.example", "v=TLSRPTv1; rua=mailto:b@kumo.example"}
                         << true << QStringList{} << "2 TLS-RPT records are published where RFC 8460 allows one";
    QTest::newRow("one, broken") << QStringList{"v=TLSRPTv1; rua=ftp://x.kumo.example"} << true << QStringList{}
                                 << "only mailto: and https:";
    QTest::newRow("version 10 is not ours") << QStringList{"v=TLSRPTv10; rua=mailto:a@kumo.example"} << false
                                            << QStringList{} << "not taken as a TLS-RPT record";
    QTest::newRow("leading space") << QStringList{" v=TLSRPTv1; rua=mailto:a@kumo.example"} << false << QStringList{}
                                   << "not taken as a TLS-RPT record";
}

void TestTlsRptRecord::picksTheRecord()
{
    QFETCH(QStringList, texts);
    QFETCH(bool, published);
    QFETCH(QStringList, rua);
    QFETCH(QString, error);
    const TlsRptPolicy p = parseTlsRptPolicy(texts);
    QCOMPARE(p.published(), published);
    QCOMPARE(p.record.has_value(), !rua.isEmpty());
    if (p.record)
        QCOMPARE(p.record->rua, rua);
    if (error.isEmpty()) {
        QVERIFY2(p.errors.isEmpty(), qPrintable(p.errors.join(u'\n')));
    } else {
        QCOMPARE(p.errors.size(), 1);
        QVERIFY2(p.errors.constFirst().contains(error), qPrintable(p.errors.constFirst()));
    }
}

QTEST_GUILESS_MAIN(TestTlsRptRecord)
#include "tst_tls_rpt_record.moc"
