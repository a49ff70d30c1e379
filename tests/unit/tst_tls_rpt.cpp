// TLS-RPT aggregate reports (RFC 8460 section 4): written here as senders
// write them, read from JSON, gzip and mail (an .eml, an mbox, a maildir),
// and summed per organisation and day and per MX host. Every bad input (JSON
// garbage, wrong types, missing keys, a truncated gzip, a gzip bomb, a hostile
// MIME nest) is an error naming the source and the JSON path, never a crash;
// a message without a report is a note; a report read twice counts once.

#include "app/imports/tls_rpt_report.h"
#include "app/imports/tls_rpt_sources.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace mailtls;

namespace {

QJsonObject failure(const QString &type, const QString &mx, int count)
{
    QJsonObject f{{"result-type", type}, {"sending-mta-ip", "192.0.2.7"}, {"failed-session-count", count}};
    if (!mx.isEmpty())
        f.insert("receiving-mx-hostname", mx);
    return f;
}

QJsonObject policy(const QString &type, const QString &domain, const QJsonValue &mxHost, int ok, int failed,
                   const QJsonArray &failures = {})
{
    QJsonObject p{{"policy-type", type}, {"policy-domain", domain}};
    if (!mxHost.isUndefined())
        p.insert("mx-host", mxHost);
    if (type == "sts")
        p.insert("policy-string", QJsonArray{"version: STSv1", "mode: enforce", "mx: *.kumo.example", "max_age: 86400"});
    QJsonObject entry{{"policy", p},
                      {"summary", QJsonObject{{"total-successful-session-count", ok},
                                              {"total-failure-session-count", failed}}}};
    if (!failures.isEmpty())
        entry.insert("failure-details", failures);
    return entry;
}

QJsonObject report(const QString &org, const QString &id, const QString &day, const QJsonArray &policies)
{
    return QJsonObject{{"organization-name", org},
                       {"date-range", QJsonObject{{"start-datetime", QString(day + "T00:00:00Z")},
                                                  {"end-datetime", QString(day + "T23:59:59Z")}}},
                       {"contact-info", QString("smtp-tls-reporting@" + QString(org).toLower().remove(' ') + ".example")},
                       {"report-id", id},
                       {"policies", policies}};
}

QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Indented); }

// The report every source below carries: an MTA-STS domain, successes and three kinds of failure.
QJsonObject sample(const QString &id = "2026-12-01T00:00:00Z_kumo.example")
{
    return report("Sender Corp", id, "2026-12-01",
                  {policy("sts", "kumo.example", QJsonArray{"*.kumo.example"}, 900, 12,
                          {failure("certificate-expired", "mx1.kumo.example", 5),
                           failure("starttls-not-supported", "mx2.kumo.example", 4),
                           failure("validation-failure", "mx1.kumo.example", 3)})});
}

QByteArray gzip(const QByteArray &data)
{
    z_stream s{};
    deflateInit2(&s, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&s, uLong(data.size()))), '\0');
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    deflate(&s, Z_FINISH);
    out.resize(qsizetype(s.total_out));
    deflateEnd(&s);
    return out;
}

QByteArray base64Lines(const QByteArray &data)
{
    QByteArray b = data.toBase64(), out;
    for (qsizetype i = 0; i < b.size(); i += 76)
        out += b.mid(i, 76) + "\r\n";
    return out;
}

// A report message as RFC 8460 5.3 has it: multipart/report with a text part and the report.
QByteArray reportMessage(const QByteArray &messageId, const QByteArray &partHeaders, const QByteArray &partBody)
{
    return "From: tlsrpt@sender.example\r\n"
           "To: tlsrpt@kumo.example\r\n"
           "Subject: Report Domain: kumo.example Submitter: sender.example Report-ID: <x>\r\n"
           "Message-ID: <" + messageId + ">\r\n"
           "TLS-Report-Domain: kumo.example\r\n"
           "TLS-Report-Submitter: sender.example\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: multipart/report; report-type=\"tlsrpt\";\r\n"
           "\tboundary=\"----=_Part_1\"\r\n"
           "\r\n"
           "This is a multi-part message in MIME format.\r\n"
           "------=_Part_1\r\n"
           "Content-Type: text/plain; charset=us-ascii\r\n"
           "\r\n"
           "This is an aggregate TLS report from sender.example\r\n"
           "------=_Part_1\r\n" + partHeaders + "\r\n" + partBody + "\r\n------=_Part_1--\r\n";
}

QByteArray gzipPart(const QByteArray &reportJson)
{
    return reportMessage("gz@sender.example",
                         "Content-Type: application/tlsrpt+gzip\r\n"
                         "Content-Disposition: attachment;\r\n filename=\"sender.example!kumo.example!1!2!001.json.gz\"\r\n"
                         "Content-Transfer-Encoding: base64\r\n",
                         base64Lines(gzip(reportJson)));
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestTlsRpt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAReport();
    void mxHostAsAString();
    void rejected_data();
    void rejected();
    void gzipReadAndBounded();
    void maildirWithMultipartReports();
    void mboxWithReportsAndAMessageWithout();
    void hostileMime_data();
    void hostileMime();
    void duplicatesCountOnce();
    void garbageFilesAreErrors();
    void dailyRows();
    void perMxHost();
    void summaryJson();

private:
    QTemporaryDir m_dir;
};

void TestTlsRpt::readsAReport()
{
    QString error;
    const auto r = parseTlsRptReport(json(sample()), "r.json", &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->organization, "Sender Corp");
    QCOMPARE(r->reportId, "2026-12-01T00:00:00Z_kumo.example");
    QCOMPARE(r->start, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(r->day(), QDate(2026, 12, 1));
    QCOMPARE(r->policies.size(), 1);
    const TlsRptPolicyResult &p = r->policies.constFirst();
    QCOMPARE(p.type, TlsRptPolicyType::Sts);
    QCOMPARE(p.policyDomain, "kumo.example");
    QCOMPARE(p.mxHost, QStringList{"*.kumo.example"});
    QCOMPARE(p.policyString.size(), 4);
    QCOMPARE(p.successfulSessions, 900);
    QCOMPARE(p.failedSessions, 12);
    QCOMPARE(p.failures.size(), 3);
    QCOMPARE(p.failures.at(1).resultType, "starttls-not-supported");
    QCOMPARE(p.failures.at(1).receivingMxHostname, "mx2.kumo.example");
    QCOMPARE(p.failures.at(1).sendingMtaIp, "192.0.2.7");
    QCOMPARE(p.failures.at(1).failedSessionCount, 4);
    QCOMPARE(r->json, json(sample())); // the evidence, as received
    QCOMPARE(r->source, "r.json");
}

void TestTlsRpt::mxHostAsAString()
{
    // RFC 8460 4.3's text has mx-host a string; its example, an array. Both are read.
    QString error;
    const auto r = parseTlsRptReport(
        json(report("A", "1", "2026-12-02", {policy("tlsa", "kumo.example", QString("mx1.kumo.example"), 7, 0)})), "s",
        &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->policies.constFirst().mxHost, QStringList{"mx1.kumo.example"});
    QCOMPARE(r->policies.constFirst().type, TlsRptPolicyType::Tlsa);
}

void TestTlsRpt::rejected_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("says"); // the path and what is wrong

    auto without = [](const QString &key) {
        QJsonObject o = sample();
        o.remove(key);
        return json(o);
    };
    auto withPolicy = [](const std::function<void(QJsonObject &)> &change) {
        QJsonObject o = sample();
        QJsonArray policies = o.value("policies").toArray();
        QJsonObject p = policies.at(0).toObject();
        change(p);
        policies.replace(0, p);
        o.insert("policies", policies);
        return json(o);
    };
    auto withSummary = [&](const QString &key, const QJsonValue &v) {
        return withPolicy([&](QJsonObject &p) {
            QJsonObject s = p.value("summary").toObject();
            s.insert(key, v);
            p.insert("summary", s);
        });
    };
    auto withFailure = [&](const QString &key, const QJsonValue &v) {
        return withPolicy([&](QJsonObject &p) {
            QJsonArray d = p.value("failure-details").toArray();
            QJsonObject f = d.at(1).toObject();
            if (v.isUndefined())
                f.remove(key);
            else
                f.insert(key, v);
            d.replace(1, f);
            p.insert("failure-details", d);
        });
    };

    QTest::newRow("garbage") << QByteArray("{\"organization-name\": \"x\", garbage") << "r.json: not JSON";
    QTest::newRow("an array") << QByteArray("[1, 2]") << "$: a report is a JSON object";
    QTest::newRow("no organization-name") << without("organization-name")
                                          << "$: the required key \"organization-name\" is missing";
    QTest::newRow("no report-id") << without("report-id") << "$: the required key \"report-id\" is missing";
    QTest::newRow("no contact-info") << without("contact-info") << "the required key \"contact-info\"";
    QTest::newRow("no date-range") << without("date-range") << "$: the required key \"date-range\" is missing";
    QTest::newRow("no policies") << without("policies") << "$: the required key \"policies\" is missing";
    {
        QJsonObject o = sample();
        o.insert("report-id", 42);
        QTest::newRow("report-id a number") << json(o) << "$.report-id: a string is expected, not a number";
        o = sample();
        o.insert("organization-name", " ");
        QTest::newRow("organization empty") << json(o) << "$.organization-name: must not be empty";
        o.insert("organization-name", QString(QString("Sender") + QChar(0) + "Corp"));
        QTest::newRow("organization with NUL") << json(o) << "$.organization-name: holds a control character (U+0000)";
        o = sample();
        o.insert("report-id", "a\nb");
        QTest::newRow("report-id with a line break") << json(o) << "$.report-id: holds a control character (U+000a)";
        o = sample();
        o.insert("policies", QJsonObject{});
        QTest::newRow("policies an object") << json(o) << "$.policies: an array is expected, not an object";
        o = sample();
        o.insert("date-range", QJsonObject{{"start-datetime", "2026-12-01"}, {"end-datetime", "2026-12-01T23:59:59Z"}});
        QTest::newRow("date without time") << json(o) << "$.date-range.start-datetime: \"2026-12-01\" is not an RFC 3339";
        o.insert("date-range", QJsonObject{{"start-datetime", "2026-12-01T00:00:00"}, {"end-datetime", "2026-12-01T23:59:59Z"}});
        QTest::newRow("date without zone") << json(o) << "$.date-range.start-datetime";
        o.insert("date-range", QJsonObject{{"start-datetime", "2026-12-02T00:00:00Z"}, {"end-datetime", "2026-12-01T23:59:59Z"}});
        QTest::newRow("ends before it starts") << json(o) << "$.date-range: it ends";
        o.insert("date-range", QJsonObject{{"start-datetime", "2026-12-01T00:00:00Z"}});
        QTest::newRow("no end") << json(o) << "$.date-range: the required key \"end-datetime\" is missing";
        o = sample();
        o.insert("policies", QJsonArray{"x"});
        QTest::newRow("policy a string") << json(o) << "$.policies[0]: an object is expected, not a string";
    }
    QTest::newRow("no policy") << withPolicy([](QJsonObject &p) { p.remove("policy"); })
                               << "$.policies[0]: the required key \"policy\" is missing";
    QTest::newRow("unknown policy-type") << withPolicy([](QJsonObject &p) {
        QJsonObject q = p.value("policy").toObject();
        q.insert("policy-type", "dane");
        p.insert("policy", q);
    }) << "$.policies[0].policy.policy-type: \"dane\" is not a policy type";
    QTest::newRow("no policy-domain") << withPolicy([](QJsonObject &p) {
        QJsonObject q = p.value("policy").toObject();
        q.remove("policy-domain");
        p.insert("policy", q);
    }) << "$.policies[0].policy: the required key \"policy-domain\" is missing";
    QTest::newRow("mx-host a number") << withPolicy([](QJsonObject &p) {
        QJsonObject q = p.value("policy").toObject();
        q.insert("mx-host", 3);
        p.insert("policy", q);
    }) << "$.policies[0].policy.mx-host: a string or an array of strings is expected";
    QTest::newRow("policy-string with a number") << withPolicy([](QJsonObject &p) {
        QJsonObject q = p.value("policy").toObject();
        q.insert("policy-string", QJsonArray{"version: STSv1", 7});
        p.insert("policy", q);
    }) << "$.policies[0].policy.policy-string[1]: a string is expected, not a number";
    QTest::newRow("no summary") << withPolicy([](QJsonObject &p) { p.remove("summary"); })
                                << "$.policies[0]: the required key \"summary\" is missing";
    QTest::newRow("count as a string") << withSummary("total-successful-session-count", "900")
                                       << "$.policies[0].summary.total-successful-session-count: a whole number is "
                                          "expected, not a string";
    QTest::newRow("count not whole") << withSummary("total-failure-session-count", 1.5)
                                     << "$.policies[0].summary.total-failure-session-count: a whole number is expected";
    QTest::newRow("count negative") << withSummary("total-failure-session-count", -3)
                                    << "$.policies[0].summary.total-failure-session-count: a count cannot be negative";
    QTest::newRow("count absurd") << withSummary("total-successful-session-count", 1e300)
                                  << "$.policies[0].summary.total-successful-session-count: 1e+300 sessions is beyond";
    QTest::newRow("count null") << withSummary("total-successful-session-count", QJsonValue())
                                << "$.policies[0].summary.total-successful-session-count: a whole number is expected, "
                                   "not null";
    QTest::newRow("failure-details an object") << withPolicy([](QJsonObject &p) {
        p.insert("failure-details", QJsonObject{});
    }) << "$.policies[0].failure-details: an array is expected";
    QTest::newRow("failure without result-type") << withFailure("result-type", QJsonValue::Undefined)
                                                 << "$.policies[0].failure-details[1]: the required key \"result-type\"";
    QTest::newRow("failure without count") << withFailure("failed-session-count", QJsonValue::Undefined)
                                           << "$.policies[0].failure-details[1]: the required key "
                                              "\"failed-session-count\"";
    QTest::newRow("failure count negative") << withFailure("failed-session-count", -1)
                                            << "$.policies[0].failure-details[1].failed-session-count: a count cannot "
                                               "be negative";
    QTest::newRow("receiving-mx-hostname an array") << withFailure("receiving-mx-hostname", QJsonArray{"a"})
                                                    << "$.policies[0].failure-details[1].receiving-mx-hostname: a "
                                                       "string is expected, not an array";
}

void TestTlsRpt::rejected()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, says);
    QString error;
    QVERIFY(!parseTlsRptReport(data, "r.json", &error));
    QVERIFY2(error.startsWith("r.json: "), qPrintable(error)); // names the source
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestTlsRpt::gzipReadAndBounded()
{
    const QByteArray data = json(sample());
    QString error;
    QCOMPARE(gunzip(gzip(data), kMaxReportBytes, &error).value_or(QByteArray()), data);
    // Two members, as some writers append: read as one.
    QCOMPARE(gunzip(gzip(data.left(100)) + gzip(data.mid(100)), kMaxReportBytes, &error).value_or(QByteArray()), data);

    // Truncated.
    const QByteArray gz = gzip(data);
    QVERIFY(!gunzip(gz.left(gz.size() - 12), kMaxReportBytes, &error));
    QVERIFY2(error.contains("truncated"), qPrintable(error));
    // Damaged in the middle.
    QByteArray damaged = gz;
    for (qsizetype i = 20; i < 40; ++i)
        damaged[i] = char(0xff);
    QVERIFY(!gunzip(damaged, kMaxReportBytes, &error));
    // Trailing garbage.
    QVERIFY(!gunzip(gz + "garbage", kMaxReportBytes, &error));
    QVERIFY2(error.contains("follows the end"), qPrintable(error));

    // A bomb: 40 MiB of spaces inside a few KB; refused at the cap, through the file reader too.
    const QByteArray bomb = gzip("{\"a\": \"" + QByteArray(40 * 1024 * 1024, ' ') + "\"}");
    QVERIFY(bomb.size() < 100 * 1024);
    QVERIFY(!gunzip(bomb, kMaxReportBytes, &error));
    QVERIFY2(error.contains("more than"), qPrintable(error));
    const QString path = m_dir.filePath("bomb.json.gz");
    QVERIFY(writeFile(path, bomb));
    const TlsRptImport imported = readTlsRptSources({path});
    QCOMPARE(imported.reports.size(), 0);
    QCOMPARE(imported.errors.size(), 1);
    QVERIFY2(imported.errors.constFirst().startsWith(path + ": "), qPrintable(imported.errors.constFirst()));

    // A plain file and a gzip file, read by content.
    QVERIFY(writeFile(m_dir.filePath("plain.json"), data));
    QVERIFY(writeFile(m_dir.filePath("report.json.gz"), gzip(json(sample("other-id")))));
    const TlsRptImport two = readTlsRptSources({m_dir.filePath("plain.json"), m_dir.filePath("report.json.gz")});
    QVERIFY2(two.errors.isEmpty(), qPrintable(two.errors.join('\n')));
    QCOMPARE(two.reports.size(), 2);
    QCOMPARE(two.reports.at(1).reportId, "other-id");
    QCOMPARE(two.reports.at(1).json, json(sample("other-id"))); // the decompressed JSON is the evidence
}

void TestTlsRpt::maildirWithMultipartReports()
{
    const QString maildir = m_dir.filePath("Maildir");
    // cur/: the report gzip'd in base64, in a multipart/report.
    QVERIFY(writeFile(maildir + "/cur/1700000000.1.host:2,S", gzipPart(json(sample("gz")))));
    // new/: the report as JSON in quoted-printable (the long lines get soft breaks).
    QByteArray qp;
    const QByteArray text = json(report("Other Org", "qp", "2026-12-02",
                                        {policy("no-policy-found", "kumo.example", QJsonValue::Undefined, 40, 2,
                                                {failure("starttls-not-supported", "mx2.kumo.example", 2)})}));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        qp += c == '=' ? QByteArray("=3D") : QByteArray(1, c);
        if (i % 60 == 59)
            qp += "=\r\n";
    }
    QVERIFY(writeFile(maildir + "/new/1700000001.2.host",
                      reportMessage("qp@other.example",
                                    "Content-Type: application/tlsrpt+json\r\nContent-Transfer-Encoding: "
                                    "quoted-printable\r\n",
                                    qp)));
    // new/: a message with no report.
    QVERIFY(writeFile(maildir + "/new/1700000002.3.host",
                      "From: a@b.example\r\nMessage-ID: <hello@b.example>\r\nSubject: hi\r\n\r\nHello\r\n"));
    // A dot file in cur/ and the tmp/ folder are not messages.
    QVERIFY(writeFile(maildir + "/cur/.hidden", "not a message"));
    QVERIFY(QDir().mkpath(maildir + "/tmp"));

    const TlsRptImport imported = readTlsRptSources({maildir});
    QVERIFY2(imported.errors.isEmpty(), qPrintable(imported.errors.join('\n')));
    QCOMPARE(imported.messages, 3);
    QCOMPARE(imported.reports.size(), 2);
    QCOMPARE(imported.reports.at(0).reportId, "gz");
    QVERIFY2(imported.reports.at(0).source.contains("<gz@sender.example>"), qPrintable(imported.reports.at(0).source));
    QVERIFY2(imported.reports.at(0).source.contains(".json.gz"), qPrintable(imported.reports.at(0).source));
    QCOMPARE(imported.reports.at(1).reportId, "qp");
    QCOMPARE(imported.reports.at(1).json, text);
    QCOMPARE(imported.reports.at(1).policies.constFirst().type, TlsRptPolicyType::NoPolicyFound);
    QCOMPARE(imported.notes.size(), 1);
    QVERIFY2(imported.notes.constFirst().contains("<hello@b.example>") &&
                 imported.notes.constFirst().contains("no TLS-RPT report"),
             qPrintable(imported.notes.constFirst()));
}

void TestTlsRpt::mboxWithReportsAndAMessageWithout()
{
    // application/gzip and application/json with file names, as some senders label reports; 7bit JSON.
    const QByteArray one = reportMessage("one@s.example",
                                         "Content-Type: application/gzip; name=\"r1.json.gz\"\r\n"
                                         "Content-Transfer-Encoding: base64\r\n",
                                         base64Lines(gzip(json(sample("m1")))));
    const QByteArray two = reportMessage("two@s.example",
                                         "Content-Type: application/json\r\n"
                                         "Content-Disposition: attachment; filename*=utf-8''r2.json\r\n"
                                         "Content-Transfer-Encoding: 7bit\r\n",
                                         json(sample("m2")));
    const QByteArray none = "From: x@y.example\nMessage-ID: <none@y.example>\nContent-Type: application/json\n\n{}\n";
    const QByteArray mbox = "From tlsrpt@s.example Mon Dec  1 00:00:00 2026\n" + one +
                            "\nFrom tlsrpt@s.example Mon Dec  1 00:00:01 2026\n" + two +
                            "\nFrom x@y.example Mon Dec  1 00:00:02 2026\n" + none;
    const QString path = m_dir.filePath("reports.mbox");
    QVERIFY(writeFile(path, mbox));
    const TlsRptImport imported = readTlsRptSources({path});
    QVERIFY2(imported.errors.isEmpty(), qPrintable(imported.errors.join('\n')));
    QCOMPARE(imported.messages, 3);
    QCOMPARE(imported.reports.size(), 2);
    QCOMPARE(imported.reports.at(0).reportId, "m1");
    QCOMPARE(imported.reports.at(1).reportId, "m2");
    QVERIFY2(imported.reports.at(1).source.contains(path + ", message 2"), qPrintable(imported.reports.at(1).source));
    QCOMPARE(imported.notes.size(), 1); // application/json without a .json name is not taken for a report
    QVERIFY2(imported.notes.constFirst().contains("message 3"), qPrintable(imported.notes.constFirst()));

    // A single .eml.
    QVERIFY(writeFile(m_dir.filePath("one.eml"), one));
    const TlsRptImport eml = readTlsRptSources({m_dir.filePath("one.eml")});
    QCOMPARE(eml.reports.size(), 1);
    QCOMPARE(eml.messages, 1);

    // A broken report in a message: an error naming the file, the message and the JSON path.
    const QByteArray broken = reportMessage("bad@s.example", "Content-Type: application/tlsrpt+json\r\n",
                                            "{\"organization-name\": \"S\"}");
    QVERIFY(writeFile(m_dir.filePath("bad.eml"), broken));
    const TlsRptImport bad = readTlsRptSources({m_dir.filePath("bad.eml")});
    QCOMPARE(bad.reports.size(), 0);
    QCOMPARE(bad.errors.size(), 1);
    QVERIFY2(bad.errors.constFirst().startsWith(m_dir.filePath("bad.eml") + " <bad@s.example>: $: the required key"),
             qPrintable(bad.errors.constFirst()));
    // Broken base64.
    const QByteArray badBase64 = reportMessage("b64@s.example",
                                               "Content-Type: application/tlsrpt+gzip\r\n"
                                               "Content-Transfer-Encoding: base64\r\n",
                                               "H4sI*&^%not base64\r\n");
    TlsRptImport b64;
    readTlsRptMessage(badBase64, "b64.eml", &b64);
    QCOMPARE(b64.errors.size(), 1);
    QVERIFY2(b64.errors.constFirst().contains("base64"), qPrintable(b64.errors.constFirst()));
}

void TestTlsRpt::hostileMime_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("says");

    // Nested multiparts, each one level deeper, with the report at the bottom.
    QByteArray nest = "Content-Type: application/tlsrpt+json\n\n" + json(sample());
    for (int i = 0; i < 40; ++i) {
        const QByteArray b = "b" + QByteArray::number(i);
        nest = "Content-Type: multipart/mixed; boundary=" + b + "\n\n--" + b + "\n" + nest + "\n--" + b + "--\n";
    }
    QTest::newRow("nested 40 deep") << QByteArray("Message-ID: <nest@x>\n" + nest) << "nested deeper than 8";

    QByteArray many = "Message-ID: <many@x>\nContent-Type: multipart/mixed; boundary=z\n\n";
    for (int i = 0; i < 500; ++i)
        many += "--z\nContent-Type: text/plain\n\nhello\n";
    many += "--z--\n";
    QTest::newRow("500 parts") << many << "more than 64 MIME parts";
}

void TestTlsRpt::hostileMime()
{
    QFETCH(QByteArray, message);
    QFETCH(QString, says);
    TlsRptImport imported;
    readTlsRptMessage(message, "hostile.eml", &imported);
    QCOMPARE(imported.reports.size(), 0);
    QCOMPARE(imported.errors.size(), 1);
    QVERIFY2(imported.errors.constFirst().startsWith("hostile.eml <"), qPrintable(imported.errors.constFirst()));
    QVERIFY2(imported.errors.constFirst().contains(says), qPrintable(imported.errors.constFirst()));
}

void TestTlsRpt::duplicatesCountOnce()
{
    // The same report as a file and in a message, and again in another file: counted once.
    QVERIFY(writeFile(m_dir.filePath("dup/a.json"), json(sample("dup"))));
    QVERIFY(writeFile(m_dir.filePath("dup/b.eml"), gzipPart(json(sample("dup")))));
    QVERIFY(writeFile(m_dir.filePath("dup/c.json"), json(sample("not-dup"))));
    // Another organisation may use the same report-id.
    QJsonObject other = sample("dup");
    other.insert("organization-name", "Other Org");
    QVERIFY(writeFile(m_dir.filePath("dup/d.json"), json(other)));
    const TlsRptImport imported = readTlsRptSources(
        {m_dir.filePath("dup/a.json"), m_dir.filePath("dup/b.eml"), m_dir.filePath("dup/c.json"),
         m_dir.filePath("dup/d.json"), m_dir.filePath("dup/a.json")});
    QVERIFY2(imported.errors.isEmpty(), qPrintable(imported.errors.join('\n')));
    QCOMPARE(imported.reports.size(), 3);
    QCOMPARE(imported.duplicates, 2);
    QCOMPARE(imported.notes.size(), 2);
    QVERIFY2(imported.notes.constFirst().contains("read already"), qPrintable(imported.notes.constFirst()));
    const QList<TlsRptDailyRow> daily = tlsRptDaily(imported.reports);
    qint64 successful = 0;
    for (const TlsRptDailyRow &row : daily)
        successful += row.successful;
    QCOMPARE(successful, 3 * 900);
}

void TestTlsRpt::garbageFilesAreErrors()
{
    QVERIFY(writeFile(m_dir.filePath("garbage.bin"), QByteArray("\x00\x01\x02 binary", 10)));
    QVERIFY(writeFile(m_dir.filePath("empty.json"), QByteArray()));
    QVERIFY(QDir().mkpath(m_dir.filePath("notmaildir")));
    const TlsRptImport imported = readTlsRptSources({m_dir.filePath("garbage.bin"), m_dir.filePath("empty.json"),
                                                     m_dir.filePath("notmaildir"), m_dir.filePath("missing.json")});
    QCOMPARE(imported.reports.size(), 0);
    QCOMPARE(imported.errors.size(), 4);
    QVERIFY2(imported.errors.at(0).startsWith(m_dir.filePath("garbage.bin") + ": neither"), qPrintable(imported.errors.at(0)));
    QVERIFY2(imported.errors.at(1).contains("empty"), qPrintable(imported.errors.at(1)));
    QVERIFY2(imported.errors.at(2).contains("not a maildir"), qPrintable(imported.errors.at(2)));
    QVERIFY2(imported.errors.at(3).startsWith(m_dir.filePath("missing.json")), qPrintable(imported.errors.at(3)));
}

void TestTlsRpt::dailyRows()
{
    QList<TlsRptReport> reports;
    QString error;
    for (const QJsonObject &o :
         {sample("a"),
          report("Sender Corp", "b", "2026-12-02",
                 {policy("sts", "kumo.example", QJsonArray{"*.kumo.example"}, 100, 0),
                  policy("no-policy-found", "other.example", QJsonValue::Undefined, 5, 1)}),
          report("Another", "c", "2026-12-01", {policy("sts", "KUMO.example.", QJsonArray{"*.kumo.example"}, 10, 3,
                                                       {failure("sts-policy-fetch-error", "", 2)})})}) {
        const auto r = parseTlsRptReport(json(o), "t", &error);
        QVERIFY2(r, qPrintable(error));
        reports.append(*r);
    }
    const QList<TlsRptDailyRow> rows = tlsRptDaily(reports);
    QCOMPARE(rows.size(), 4);
    // Sorted by day, organisation, domain.
    QCOMPARE(rows.at(0).day, QDate(2026, 12, 1));
    QCOMPARE(rows.at(0).organization, "Another");
    QCOMPARE(rows.at(0).policyDomain, "kumo.example"); // names compare without case or final dot
    QCOMPARE(rows.at(0).failed, 3);
    QCOMPARE(rows.at(0).failedByType.value("sts-policy-fetch-error"), 2);
    QCOMPARE(rows.at(0).failedByType.value(QString(kNotDetailed)), 1); // the summary counts one more than the details
    QCOMPARE(rows.at(1).organization, "Sender Corp");
    QCOMPARE(rows.at(1).successful, 900);
    QCOMPARE(rows.at(1).failedByType.value("certificate-expired"), 5);
    QCOMPARE(rows.at(1).failedByType.value("validation-failure"), 3);
    QCOMPARE(rows.at(1).failedByType.value("starttls-not-supported"), 4);
    QCOMPARE(rows.at(2).policyDomain, "kumo.example");
    QCOMPARE(rows.at(3).policyDomain, "other.example");
    QCOMPARE(tlsRptDaily(reports, "other.example").size(), 1);
}

void TestTlsRpt::perMxHost()
{
    QList<TlsRptReport> reports;
    QString error;
    for (const QJsonObject &o :
         {sample("a"),
          // DANE: the policy names one host; its successes are that host's.
          report("Dane Org", "d", "2026-12-01",
                 {policy("tlsa", "kumo.example", QString("mx2.kumo.example"), 70, 1,
                         {failure("tlsa-invalid", "mx2.kumo.example", 1)})}),
          // A host we do not list.
          report("Third", "t", "2026-12-01",
                 {policy("sts", "kumo.example", QJsonArray{"*.kumo.example"}, 0, 2,
                         {failure("certificate-host-mismatch", "mx9.kumo.example", 2)})})}) {
        const auto r = parseTlsRptReport(json(o), "t", &error);
        QVERIFY2(r, qPrintable(error));
        reports.append(*r);
    }
    const QList<TlsRptMxRow> rows = tlsRptByMxHost(reports, {"MX1.kumo.example.", "mx2.kumo.example", "mx3.kumo.example"});
    QStringList names;
    for (const TlsRptMxRow &r : rows)
        names.append(r.name);
    QCOMPARE(names, (QStringList{"mx1.kumo.example", "mx2.kumo.example", "mx3.kumo.example", "*.kumo.example",
                                 "mx9.kumo.example"}));
    const TlsRptMxRow &mx1 = rows.at(0);
    QVERIFY(mx1.ours);
    QCOMPARE(mx1.kind, TlsRptMxRow::Kind::Host);
    QCOMPARE(mx1.alsoIn, QStringList{"*.kumo.example"}); // its successes are in the pattern's row
    QCOMPARE(mx1.successful, 0); // the pattern covers three hosts: its successes are not split by guess
    QCOMPARE(mx1.failed, 8);
    QCOMPARE(mx1.failedByType.value("certificate-expired"), 5);
    QCOMPARE(mx1.failedByType.value("validation-failure"), 3);
    QCOMPARE(mx1.organizations, QStringList{"Sender Corp"});
    const TlsRptMxRow &mx2 = rows.at(1);
    QCOMPARE(mx2.successful, 70);
    QCOMPARE(mx2.failed, 5);
    QCOMPARE(mx2.failedByType.value("starttls-not-supported"), 4);
    QCOMPARE(mx2.failedByType.value("tlsa-invalid"), 1);
    QCOMPARE(mx2.organizations, (QStringList{"Dane Org", "Sender Corp"}));
    QCOMPARE(rows.at(2).successful + rows.at(2).failed, 0); // no report about it
    QVERIFY(rows.at(2).organizations.isEmpty());
    QCOMPARE(rows.at(2).alsoIn, QStringList{"*.kumo.example"});
    const TlsRptMxRow &pattern = rows.at(3);
    QVERIFY(!pattern.ours);
    QCOMPARE(pattern.kind, TlsRptMxRow::Kind::Patterns);
    QCOMPARE(pattern.successful, 900);
    QCOMPARE(pattern.hosts, (QStringList{"mx1.kumo.example", "mx2.kumo.example", "mx3.kumo.example"}));
    QCOMPARE(pattern.organizations, (QStringList{"Sender Corp", "Third"}));
    const TlsRptMxRow &unknown = rows.at(4);
    QVERIFY(!unknown.ours);
    QCOMPARE(unknown.kind, TlsRptMxRow::Kind::Host);
    QVERIFY(unknown.alsoIn.isEmpty());
    QCOMPARE(unknown.failedByType.value("certificate-host-mismatch"), 2);

    // With one MX host only, the pattern is unambiguous: the successes are that host's.
    const QList<TlsRptMxRow> one = tlsRptByMxHost({reports.at(0)}, {"mx1.kumo.example"});
    QCOMPARE(one.at(0).successful, 900);
    QCOMPARE(one.at(0).failed, 8);
    QCOMPARE(one.size(), 2); // mx2 is not ours here: a row of its own
    QCOMPARE(one.at(1).name, "mx2.kumo.example");
    QVERIFY(one.at(0).alsoIn.isEmpty());

    // A policy that names no MX host (no-policy-found): its counts stay on the domain's row.
    const auto none = parseTlsRptReport(
        json(report("N", "n", "2026-12-01", {policy("no-policy-found", "Kumo.Example", QJsonValue::Undefined, 30, 0)})),
        "t", &error);
    QVERIFY2(none, qPrintable(error));
    const QList<TlsRptMxRow> domainRows = tlsRptByMxHost({*none}, {"mx1.kumo.example"});
    QCOMPARE(domainRows.size(), 2);
    QCOMPARE(domainRows.at(0).successful, 0);
    QCOMPARE(domainRows.at(1).kind, TlsRptMxRow::Kind::Domain);
    QCOMPARE(domainRows.at(1).name, "kumo.example");
    QCOMPARE(domainRows.at(1).successful, 30);
    QVERIFY(domainRows.at(1).hosts.isEmpty());

    QVERIFY(tlsRptMxMatches(u"*.kumo.example", u"MX1.kumo.example."));
    QVERIFY(!tlsRptMxMatches(u"*.kumo.example", u"a.mx1.kumo.example"));
    QVERIFY(!tlsRptMxMatches(u"*.kumo.example", u"kumo.example"));
}

void TestTlsRpt::summaryJson()
{
    QString error;
    const auto r = parseTlsRptReport(json(sample()), "t", &error);
    QVERIFY(r);
    const QJsonObject o = tlsRptSummaryToJson(tlsRptDaily({*r}), tlsRptByMxHost({*r}, {"mx1.kumo.example"}));
    const QJsonObject day = o.value("daily").toArray().at(0).toObject();
    QCOMPARE(day.value("day").toString(), "2026-12-01");
    QCOMPARE(day.value("organization").toString(), "Sender Corp");
    QCOMPARE(day.value("successful").toInteger(), 900);
    QCOMPARE(day.value("failed_by_type").toObject().value("certificate-expired").toInteger(), 5);
    const QJsonObject mx = o.value("mx_hosts").toArray().at(0).toObject();
    QCOMPARE(mx.value("name").toString(), "mx1.kumo.example");
    QCOMPARE(mx.value("ours").toBool(), true);
    QCOMPARE(mx.value("kind").toString(), "host");
    QCOMPARE(mx.value("also_in").toArray().size(), 0);
    QCOMPARE(mx.value("failed").toInteger(), 8);
    QCOMPARE(mx.value("organizations").toArray().at(0).toString(), "Sender Corp");
}

QTEST_GUILESS_MAIN(TestTlsRpt)
#include "tst_tls_rpt.moc"
