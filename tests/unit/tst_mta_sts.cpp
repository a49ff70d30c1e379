// MTA-STS read strictly (RFC 8461): the _mta-sts TXT record, the policy file
// with every error on its line, MX patterns, and the HTTP response reader of
// the policy fetch (head, Content-Length, chunked, the size cap), each case a
// named row; and the JSON of the results read back as written.

#include "probes/domain/mta_sts.h"
#include "probes/domain/mta_sts_json.h"
#include "probes/domain/policy_fetch.h"

#include <QTest>

using namespace mailtls;

namespace {

// "line:fatal" for each error, e.g. "4:1", "0:1"
QStringList errorKeys(const StsPolicy &p)
{
    QStringList keys;
    for (const StsPolicyError &e : p.errors)
        keys.append(QStringLiteral("%1:%2").arg(e.line).arg(e.fatal ? 1 : 0));
    return keys;
}

QString errorTexts(const StsPolicy &p)
{
    QStringList texts;
    for (const StsPolicyError &e : p.errors)
        texts.append(e.text());
    return texts.join(QLatin1Char('|'));
}

} // namespace

class TestMtaSts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void record_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<bool>("absent");
        QTest::addColumn<QString>("id");          // "" when no record results
        QTest::addColumn<QString>("errorPart");   // a part of the error, "" when none
        QTest::addColumn<int>("extensions");

        QTest::newRow("minimal") << QStringList{"v=STSv1; id=20240101T000000"} << false << "20240101T000000" << ""
                                 << 0;
        QTest::newRow("trailing delimiter") << QStringList{"v=STSv1;id=abc;"} << false << "abc" << "" << 0;
        QTest::newRow("tabs around ;") << QStringList{"v=STSv1\t;\tid=abc \t; "} << false << "abc" << "" << 0;
        QTest::newRow("extension") << QStringList{"v=STSv1; id=abc; foo-bar.1=x:y/z"} << false << "abc" << ""
                                   << 1;
        QTest::newRow("other TXT records ignored")
            << QStringList{"v=spf1 -all", "google-site-verification=xyz", "v=STSv1; id=1"} << false << "1" << ""
            << 0;
        QTest::newRow("none") << QStringList{"v=spf1 -all"} << true << "" << "" << 0;
        QTest::newRow("no TXT at all") << QStringList{} << true << "" << "" << 0;
        QTest::newRow("two records") << QStringList{"v=STSv1; id=1", "v=STSv1; id=2"} << false << ""
                                     << "2 TXT records begin with v=STSv1" << 0;
        QTest::newRow("no id") << QStringList{"v=STSv1;"} << false << "" << "there is no id field" << 0;
        QTest::newRow("version alone") << QStringList{"v=STSv1"} << false << "" << "there is no id field" << 0;
        QTest::newRow("id too long") << QStringList{"v=STSv1; id=" + QString(33, QLatin1Char('a'))} << false << ""
                                     << "is not 1 to 32 letters and digits" << 0;
        QTest::newRow("id with dash") << QStringList{"v=STSv1; id=2024-01-01"} << false << ""
                                      << "the id \"2024-01-01\" is not" << 0;
        QTest::newRow("empty id") << QStringList{"v=STSv1; id="} << false << "" << "the id \"\" is not" << 0;
        QTest::newRow("id twice") << QStringList{"v=STSv1; id=1; id=2"} << false << "" << "id appears twice" << 0;
        QTest::newRow("id upper case is an extension") << QStringList{"v=STSv1; ID=1"} << false << ""
                                                       << "there is no id field" << 0;
        QTest::newRow("no delimiter") << QStringList{"v=STSv1 id=1"} << false << ""
                                      << "expected \";\" at position 9" << 0;
        QTest::newRow("other version") << QStringList{"v=STSv10; id=1"} << false << ""
                                       << "expected \";\" at position 8, found \"0\"" << 0;
        QTest::newRow("whitespace at the end") << QStringList{"v=STSv1; id=1 "} << false << ""
                                               << "whitespace at the end" << 0;
        QTest::newRow("field without =") << QStringList{"v=STSv1; id=1; foo"} << false << ""
                                         << "field \"foo\" has no \"=\"" << 0;
        QTest::newRow("bad extension name") << QStringList{"v=STSv1; id=1; _x=1"} << false << ""
                                            << "\"_x\" is not a field name" << 0;
        QTest::newRow("extension value with =") << QStringList{"v=STSv1; id=1; a=b=c"} << false << ""
                                                << "characters the record does not allow" << 0;
        QTest::newRow("empty extension value") << QStringList{"v=STSv1; id=1; a="} << false << ""
                                               << "the value of a is empty" << 0;
        QTest::newRow("error quotes the record") << QStringList{"v=STSv1; id=1; a=\x01"} << false << ""
                                                 << "MTA-STS record \"v=STSv1; id=1; a=\\x01\"" << 0;
    }

    void record()
    {
        QFETCH(QStringList, texts);
        QFETCH(bool, absent);
        QFETCH(QString, id);
        QFETCH(QString, errorPart);
        QFETCH(int, extensions);
        const StsRecordResult r = readStsRecords(texts);
        QCOMPARE(r.absent(), absent);
        QCOMPARE(r.record.has_value(), !id.isEmpty());
        if (r.record) {
            QCOMPARE(r.record->id, id);
            QCOMPARE(r.record->extensions.size(), extensions);
            // the canonical form reads back the same
            QString error;
            const auto again = parseStsRecord(serialiseStsRecord(*r.record), &error);
            QVERIFY2(again, qPrintable(error));
            QCOMPARE(again->id, r.record->id);
            QCOMPARE(again->extensions, r.record->extensions);
        }
        if (errorPart.isEmpty()) {
            QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('|'))));
        } else {
            QCOMPARE(r.errors.size(), 1);
            QVERIFY2(r.errors.first().contains(errorPart), qPrintable(r.errors.first()));
        }
        // the JSON reads back
        const StsRecordResult back = stsRecordResultFromJson(stsRecordResultToJson(r));
        QCOMPARE(back.candidates, r.candidates);
        QCOMPARE(back.errors, r.errors);
        QCOMPARE(back.record.has_value(), r.record.has_value());
    }

    void policy_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mode");       // "" when none was read
        QTest::addColumn<QStringList>("mx");
        QTest::addColumn<qint64>("maxAge");      // -1 when none was read
        QTest::addColumn<bool>("usable");
        QTest::addColumn<QStringList>("errors"); // "line:fatal"
        QTest::addColumn<QString>("errorPart");  // a part of the errors' text, "" for none

        QTest::newRow("enforce CRLF")
            << QByteArray("version: STSv1\r\nmode: enforce\r\nmx: mx1.example.com\r\nmx: *.example.net\r\n"
                          "max_age: 604800\r\n")
            << "enforce" << QStringList{"mx1.example.com", "*.example.net"} << qint64(604800) << true
            << QStringList{} << "";
        QTest::newRow("testing LF, no final newline")
            << QByteArray("version: STSv1\nmode: testing\nmx: mx.example.com\nmax_age: 86400")
            << "testing" << QStringList{"mx.example.com"} << qint64(86400) << true << QStringList{} << "";
        QTest::newRow("none without mx") << QByteArray("version: STSv1\nmode: none\nmax_age: 0\n") << "none"
                                         << QStringList{} << qint64(0) << true << QStringList{} << "";
        QTest::newRow("whitespace after colon and at the end")
            << QByteArray("version:STSv1\nmode:\t enforce \nmx: mx.example.com\t\nmax_age: 31557600\n")
            << "enforce" << QStringList{"mx.example.com"} << qint64(31557600) << true << QStringList{} << "";
        QTest::newRow("extension kept")
            << QByteArray("version: STSv1\nmode: none\nmax_age: 10\nx-note: made by hand; é\n") << "none"
            << QStringList{} << qint64(10) << true << QStringList{} << "";
        QTest::newRow("max_age not a number")
            << QByteArray("version: STSv1\nmode: enforce\nmx: mx.example.com\nmax_age: one week\n") << "enforce"
            << QStringList{"mx.example.com"} << qint64(-1) << false << QStringList{"4:1"}
            << "line 4: max_age \"one week\" is not a number";
        QTest::newRow("max_age too large")
            << QByteArray("version: STSv1\nmode: enforce\nmx: mx.example.com\nmax_age: 31557601\n") << "enforce"
            << QStringList{"mx.example.com"} << qint64(-1) << false << QStringList{"4:1"}
            << "line 4: max_age 31557601 is more than 31557600 seconds";
        QTest::newRow("max_age eleven digits")
            << QByteArray("version: STSv1\nmode: none\nmax_age: 00000000001\n") << "none" << QStringList{}
            << qint64(-1) << false << QStringList{"3:1"} << "has more than 10 digits";
        QTest::newRow("negative max_age") << QByteArray("version: STSv1\nmode: none\nmax_age: -1\n") << "none"
                                          << QStringList{} << qint64(-1) << false << QStringList{"3:1"}
                                          << "is not a number";
        QTest::newRow("wrong version") << QByteArray("version: STSv2\nmode: none\nmax_age: 1\n") << "none"
                                       << QStringList{} << qint64(1) << false << QStringList{"1:1"}
                                       << "line 1: version \"STSv2\" is not STSv1";
        QTest::newRow("unknown mode") << QByteArray("version: STSv1\nmode: strict\nmx: a.example\nmax_age: 1\n")
                                      << "" << QStringList{"a.example"} << qint64(1) << false
                                      << QStringList{"2:1"} << "mode \"strict\" is not enforce, testing or none";
        QTest::newRow("enforce without mx") << QByteArray("version: STSv1\nmode: enforce\nmax_age: 1\n")
                                            << "enforce" << QStringList{} << qint64(1) << false
                                            << QStringList{"0:1"} << "no valid mx field, which mode enforce";
        QTest::newRow("missing fields") << QByteArray("mx: mx.example.com\n") << "" << QStringList{"mx.example.com"}
                                        << qint64(-1) << false << QStringList{"0:1", "0:1", "0:1"}
                                        << "the policy has no version field";
        QTest::newRow("empty body") << QByteArray() << "" << QStringList{} << qint64(-1) << false
                                    << QStringList{"0:1", "0:1", "0:1"} << "the policy has no mode field";
        QTest::newRow("duplicate mode")
            << QByteArray("version: STSv1\nmode: enforce\nmode: testing\nmx: a.example\nmax_age: 1\n") << ""
            << QStringList{"a.example"} << qint64(1) << false << QStringList{"3:1"}
            << "line 3: mode appears again (first on line 2)";
        QTest::newRow("duplicate extension")
            << QByteArray("version: STSv1\nmode: none\nmax_age: 1\nfoo: a\nfoo: b\n") << "none" << QStringList{}
            << qint64(1) << true << QStringList{"5:0"} << "line 5: foo appears again (first on line 4)";
        QTest::newRow("garbage lines reported, parse goes on")
            << QByteArray("version: STSv1\r\n<html>\r\nmode: enforce\r\n\r\nmx: mx.example.com\r\n"
                          " max_age: 5\r\nmax_age : 6\r\nmax_age: 7\r\n")
            << "enforce" << QStringList{"mx.example.com"} << qint64(7) << true
            << QStringList{"2:0", "4:0", "6:0", "7:0"} << "line 2: \"<html>\" is not a \"key: value\" field";
        QTest::newRow("field names are case-sensitive")
            << QByteArray("version: STSv1\nMode: enforce\nmx: a.example\nmax_age: 1\n") << "" << QStringList{"a.example"}
            << qint64(1) << false << QStringList{"2:0", "0:1"} << "\"Mode\" is not \"mode\"";
        QTest::newRow("bad mx patterns")
            << QByteArray("version: STSv1\nmode: enforce\nmx: *.*.example.com\nmx: mx..example\nmx: -a.example\n"
                          "mx: mx.example.\nmx: *\nmx: good.example\nmax_age: 1\n")
            << "enforce" << QStringList{"good.example"} << qint64(1) << false
            << QStringList{"3:1", "4:1", "5:1", "6:1", "7:1"} << "line 4: mx \"mx..example\" is not a host name";
        QTest::newRow("empty value") << QByteArray("version: STSv1\nmode:\nmax_age: 1\n") << "" << QStringList{}
                                     << qint64(1) << false << QStringList{"2:1"} << "the value of mode is empty";
        QTest::newRow("extension with control character")
            << QByteArray("version: STSv1\nmode: none\nmax_age: 1\nx: a\x01z\n") << "none" << QStringList{}
            << qint64(1) << true << QStringList{"4:0"} << "has characters a policy does not allow: \"a\\x01z\"";
        QTest::newRow("CR inside a line")
            << QByteArray("version: STSv1\rmode: none\nmax_age: 1\n") << "" << QStringList{} << qint64(1)
            << false << QStringList{"1:1", "0:1"} << "line 1: version \"STSv1\\x0dmode: none\" is not STSv1";
    }

    void policy()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mode);
        QFETCH(QStringList, mx);
        QFETCH(qint64, maxAge);
        QFETCH(bool, usable);
        QFETCH(QStringList, errors);
        QFETCH(QString, errorPart);
        const StsPolicy p = parseStsPolicy(body);
        QCOMPARE(p.mode ? stsModeKey(*p.mode) : QString(), mode);
        QCOMPARE(p.mx, mx);
        QCOMPARE(p.maxAge.value_or(-1), maxAge);
        QCOMPARE(errorKeys(p), errors);
        QVERIFY2(errorTexts(p).contains(errorPart), qPrintable(errorTexts(p)));
        QCOMPARE(p.usable(), usable);
        // Re-serialised, the policy reads back with the same fields.
        const StsPolicy again = parseStsPolicy(serialiseStsPolicy(p));
        QCOMPARE(again.version, p.version);
        QCOMPARE(again.mode, p.mode);
        QCOMPARE(again.mx, p.mx);
        QCOMPARE(again.maxAge, p.maxAge);
        QCOMPARE(again.extensions, p.extensions);
        // and so does its JSON
        const StsPolicy back = stsPolicyFromJson(stsPolicyToJson(p));
        QCOMPARE(back.version, p.version);
        QCOMPARE(back.mode, p.mode);
        QCOMPARE(back.mx, p.mx);
        QCOMPARE(back.maxAge, p.maxAge);
        QCOMPARE(back.extensions, p.extensions);
        QCOMPARE(back.errors, p.errors);
        QCOMPARE(back.usable(), p.usable());
    }

    void errorsAreBounded()
    {
        const StsPolicy p = parseStsPolicy(QByteArray(5000, '\n'));
        QCOMPARE(p.lineCount, 5000);
        QCOMPARE(p.errors.size(), kStsMaxErrors + 1);
        QVERIFY2(p.errors.last().text().contains(QStringLiteral("more errors not listed")),
                 qPrintable(p.errors.last().text()));
        QVERIFY(p.errors.last().fatal); // the missing fields are among those not listed
        QVERIFY(!p.usable());
    }

    void mxMatch_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << "mx1.example.com" << "mx1.example.com" << true;
        QTest::newRow("case") << "MX1.Example.com" << "mx1.EXAMPLE.COM" << true;
        QTest::newRow("trailing dot on the host") << "mx1.example.com" << "mx1.example.com." << true;
        QTest::newRow("trailing dot on the pattern") << "mx1.example.com." << "mx1.example.com" << true;
        QTest::newRow("other name") << "mx1.example.com" << "mx2.example.com" << false;
        QTest::newRow("wildcard one label") << "*.example.com" << "mx.example.com" << true;
        QTest::newRow("wildcard, case and dot") << "*.Example.COM" << "MX.example.com." << true;
        QTest::newRow("wildcard not two labels") << "*.example.com" << "a.mx.example.com" << false;
        QTest::newRow("wildcard not the base") << "*.example.com" << "example.com" << false;
        QTest::newRow("wildcard not a suffix of a label") << "*.example.com" << "mxexample.com" << false;
        QTest::newRow("wildcard empty label") << "*.example.com" << ".example.com" << false;
        QTest::newRow("no partial wildcard") << "mx*.example.com" << "mx1.example.com" << false;
        QTest::newRow("empty host") << "example.com" << "" << false;
    }

    void mxMatch()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, host);
        QFETCH(bool, matches);
        QCOMPARE(stsMxMatches(pattern, host), matches);
    }

    void crossCheck()
    {
        const StsMxCrossCheck c = crossCheckStsMx(
            {"mx1.example.com", "*.backup.example.com", "old.example.com"},
            {"mx1.example.com.", "b1.backup.example.com", "mx3.example.com", "MX1.example.com"});
        QCOMPARE(c.unmatchedHosts, QStringList{"mx3.example.com"});
        QCOMPARE(c.unusedPatterns, QStringList{"old.example.com"});
        const StsMxCrossCheck none = crossCheckStsMx({}, {"mx.example.com"});
        QCOMPARE(none.unmatchedHosts, QStringList{"mx.example.com"});
        QVERIFY(none.unusedPatterns.isEmpty());
    }

    void httpReader_data()
    {
        using State = HttpResponseReader::State;
        QTest::addColumn<QByteArrayList>("pieces");
        QTest::addColumn<bool>("closed");
        QTest::addColumn<int>("maxBody");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");

        const QByteArray ok = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n";
        QTest::newRow("content-length")
            << QByteArrayList{ok + "Content-Length: 5\r\n\r\nhello"} << false << 100 << int(State::Done) << 200
            << QByteArray("hello") << QByteArray("text/plain");
        QTest::newRow("content-length in pieces")
            << QByteArrayList{"HTTP/1.1 200 OK\r\nContent-Le", "ngth: 5\r\n\r", "\nhe", "llo"} << false << 100
            << int(State::Done) << 200 << QByteArray("hello") << QByteArray();
        QTest::newRow("bytes beyond content-length ignored")
            << QByteArrayList{ok + "Content-Length: 2\r\n\r\nhello"} << false << 100 << int(State::Done) << 200
            << QByteArray("he") << QByteArray("text/plain");
        QTest::newRow("chunked")
            << QByteArrayList{ok + "Transfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"}
            << false << 100 << int(State::Done) << 200 << QByteArray("hello world") << QByteArray("text/plain");
        QTest::newRow("chunked with trailer")
            << QByteArrayList{ok + "Transfer-Encoding: chunked\r\n\r\nA\r\n0123456789\r\n0\r\nX-T: 1\r\n\r\n"}
            << false << 100 << int(State::Done) << 200 << QByteArray("0123456789") << QByteArray("text/plain");
        QTest::newRow("until close") << QByteArrayList{ok + "\r\nabc", "def"} << true << 100 << int(State::Done)
                                     << 200 << QByteArray("abcdef") << QByteArray("text/plain");
        QTest::newRow("bare LF head") << QByteArrayList{"HTTP/1.0 200 OK\nContent-Length: 1\n\nx"} << false << 100
                                      << int(State::Done) << 200 << QByteArray("x") << QByteArray();
        QTest::newRow("interim 100 skipped")
            << QByteArrayList{"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"}
            << false << 100 << int(State::Done) << 404 << QByteArray() << QByteArray();
        QTest::newRow("content-length over the cap")
            << QByteArrayList{ok + "Content-Length: 101\r\n\r\n"} << false << 100 << int(State::TooLarge) << 200
            << QByteArray() << QByteArray("text/plain");
        QTest::newRow("chunks over the cap")
            << QByteArrayList{ok + "Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n3\r\ndef\r\n"} << false << 5
            << int(State::TooLarge) << 200 << QByteArray("abc") << QByteArray("text/plain");
        QTest::newRow("until close over the cap") << QByteArrayList{ok + "\r\n", QByteArray(6, 'a')} << false << 5
                                                  << int(State::TooLarge) << 200 << QByteArray(5, 'a')
                                                  << QByteArray("text/plain");
        QTest::newRow("closed early") << QByteArrayList{ok + "Content-Length: 5\r\n\r\nhel"} << true << 100
                                      << int(State::Malformed) << 200 << QByteArray("hel")
                                      << QByteArray("text/plain");
        QTest::newRow("chunked closed early")
            << QByteArrayList{ok + "Transfer-Encoding: chunked\r\n\r\n5\r\nhel"} << true << 100
            << int(State::Malformed) << 200 << QByteArray("hel") << QByteArray("text/plain");
        QTest::newRow("bad chunk size") << QByteArrayList{ok + "Transfer-Encoding: chunked\r\n\r\nzz\r\n"} << false
                                        << 100 << int(State::Malformed) << 200 << QByteArray()
                                        << QByteArray("text/plain");
        QTest::newRow("chunk longer than said")
            << QByteArrayList{ok + "Transfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n"} << false << 100
            << int(State::Malformed) << 200 << QByteArray("ab") << QByteArray("text/plain");
        QTest::newRow("not HTTP") << QByteArrayList{"SSH-2.0-OpenSSH\r\n\r\n"} << false << 100
                                  << int(State::Malformed) << 0 << QByteArray() << QByteArray();
        QTest::newRow("no response") << QByteArrayList{} << true << 100 << int(State::Malformed) << 0
                                     << QByteArray() << QByteArray();
        QTest::newRow("head too long") << QByteArrayList{"HTTP/1.1 200 OK\r\nX: " + QByteArray(17000, 'a')}
                                       << false << 100 << int(State::Malformed) << 0 << QByteArray()
                                       << QByteArray();
        QTest::newRow("folded header") << QByteArrayList{ok + "X: a\r\n b\r\n\r\n"} << false << 100
                                       << int(State::Malformed) << 0 << QByteArray() << QByteArray();
        QTest::newRow("two content-lengths")
            << QByteArrayList{ok + "Content-Length: 1\r\nContent-Length: 2\r\n\r\n"} << false << 100
            << int(State::Malformed) << 200 << QByteArray() << QByteArray("text/plain");
        QTest::newRow("gzip transfer coding") << QByteArrayList{ok + "Transfer-Encoding: gzip\r\n\r\n"} << false
                                              << 100 << int(State::Malformed) << 200 << QByteArray()
                                              << QByteArray("text/plain");
        QTest::newRow("waiting for more") << QByteArrayList{ok + "Content-Length: 5\r\n\r\nhel"} << false << 100
                                          << int(State::Body) << 200 << QByteArray("hel")
                                          << QByteArray("text/plain");
    }

    void httpReader()
    {
        QFETCH(QByteArrayList, pieces);
        QFETCH(bool, closed);
        QFETCH(int, maxBody);
        QFETCH(int, state);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        // whole pieces, and then the same bytes one at a time
        for (bool byteByByte : {false, true}) {
            HttpResponseReader reader(maxBody);
            for (const QByteArray &p : pieces) {
                if (byteByByte) {
                    for (char c : p)
                        reader.feed(QByteArrayView(&c, 1));
                } else {
                    reader.feed(p);
                }
            }
            if (closed)
                reader.finish();
            QCOMPARE(int(reader.state()), state);
            if (reader.state() == HttpResponseReader::State::Malformed)
                QVERIFY(!reader.error().isEmpty());
            QCOMPARE(reader.status(), status);
            QCOMPARE(reader.body(), body);
            QCOMPARE(reader.header("CONTENT-TYPE"), contentType);
        }
    }

    void fetchJson()
    {
        PolicyFetchResult r;
        r.status = PolicyFetchStatus::Redirect;
        r.url = policyUrl(QStringLiteral("example.com."));
        QCOMPARE(r.url, QStringLiteral("https://mta-sts.example.com/.well-known/mta-sts.txt"));
        r.host = QStringLiteral("mta-sts.example.com");
        r.addresses = {QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
        r.address = QStringLiteral("127.0.0.1");
        CertificateInfo c;
        c.subject = QStringLiteral("CN=mta-sts.example.com");
        c.trusted = true;
        c.nameMatches = true;
        r.certificate = c;
        r.httpStatus = 301;
        r.location = QStringLiteral("https://www.example.com/");
        r.contentType = QStringLiteral("text/html");
        r.body = "moved";
        r.policy = parseStsPolicy("version: STSv1\nmode: none\nmax_age: 1\n");
        r.elapsedMs = 42;
        r.note = QStringLiteral("a note");
        const auto back = policyFetchFromJson(policyFetchToJson(r));
        QVERIFY(back);
        QCOMPARE(back->status, r.status);
        QCOMPARE(back->url, r.url);
        QCOMPARE(back->host, r.host);
        QCOMPARE(back->addresses, r.addresses);
        QCOMPARE(back->address, r.address);
        QVERIFY(back->certificate);
        QCOMPARE(back->certificate->subject, c.subject);
        QCOMPARE(back->certificate->trusted, c.trusted);
        QCOMPARE(back->httpStatus, r.httpStatus);
        QCOMPARE(back->location, r.location);
        QCOMPARE(back->contentType, r.contentType);
        QCOMPARE(back->body, r.body);
        QVERIFY(back->policy);
        QCOMPARE(back->policy->mode, r.policy->mode);
        QCOMPARE(back->elapsedMs, r.elapsedMs);
        QCOMPARE(back->note, r.note);
        for (int i = 0; i <= int(PolicyFetchStatus::Broken); ++i) {
            const auto s = PolicyFetchStatus(i);
            QCOMPARE(policyFetchStatusFromKey(policyFetchStatusKey(s)), s);
            QVERIFY(!policyFetchStatusLabel(s).isEmpty());
        }
        // Nothing fetched: the HTTP fields are null, not empty or zero.
        PolicyFetchResult none;
        none.status = PolicyFetchStatus::NoAddress;
        const QJsonObject o = policyFetchToJson(none);
        QVERIFY(o.value(QLatin1StringView("http_status")).isNull());
        QVERIFY(o.value(QLatin1StringView("body")).isNull());
        QVERIFY(o.value(QLatin1StringView("policy")).isNull());
        QVERIFY(o.value(QLatin1StringView("certificate")).isNull());
        QVERIFY(!policyFetchFromJson(QJsonObject{{QLatin1StringView("status"), QStringLiteral("nonsense")}}));
    }
};

QTEST_GUILESS_MAIN(TestMtaSts)
#include "tst_mta_sts.moc"
