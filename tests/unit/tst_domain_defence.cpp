// assessDomain()'s MTA-STS verdicts, MX by MX, on checks made in the test:
// an enforced policy an MX meets, one that does not list an MX, testing
// mode, no record, a record whose lookup timed out, and a policy that
// changed under the same id; the DANE of submission hosts (published and
// matching or not, absent, a failed lookup). The DNS and HTTPS sides are tested apart
// (tst_policy_fetch, tst_domain_lab); this is the judgement alone.

#include "app/domains/domain_defence.h"

#include <QTest>

using namespace mailtls;

namespace {

EndpointResult goodMx(const QString &host, bool trusted = true)
{
    EndpointResult r;
    r.target = {Protocol::Smtp, host, 25, host};
    r.status = ProbeStatus::Ok;
    r.starttlsOffered = true;
    r.starttlsSucceeded = true;
    r.versions[TlsVersion::Tls12].accepted = true;
    r.versions[TlsVersion::Tls13].accepted = true;
    CertificateInfo c;
    c.trusted = trusted;
    c.nameMatches = true;
    r.certificate = c;
    return r;
}

DomainCheck check(const QStringList &txt, const QByteArray &policy, dns::LookupStatus txtStatus = dns::LookupStatus::Ok)
{
    DomainCheck c;
    c.domain = QStringLiteral("kumo.example");
    c.mxLookup = {c.domain, dns::RecordType::Mx, dns::LookupStatus::Ok, dns::DnssecState::NotValidated, {}, {}, {}};
    for (const QString &h : {QStringLiteral("mx1.kumo.example"), QStringLiteral("mx2.kumo.example")}) {
        DomainMxHost m;
        m.host = h;
        DaneCheck d;
        d.host = h;
        d.tlsaName = tlsaOwnerName(h, 25);
        d.addressStatus = dns::LookupStatus::Ok;
        d.tlsaStatus = dns::LookupStatus::NoData; // no DANE: MTA-STS alone decides
        m.dane = {d};
        c.mx.append(m);
    }
    c.mtaStsTxt = {QStringLiteral("_mta-sts.kumo.example"), dns::RecordType::Txt, txtStatus,
                   dns::DnssecState::NotValidated, {}, {}, txt};
    c.tlsRptTxt = {QStringLiteral("_smtp._tls.kumo.example"), dns::RecordType::Txt, dns::LookupStatus::NoData,
                   dns::DnssecState::NotValidated, {}, {}, {}};
    PolicyFetchResult f;
    f.url = policyUrl(c.domain);
    if (policy.isEmpty()) {
        f.status = PolicyFetchStatus::NoAddress;
    } else {
        f.status = PolicyFetchStatus::Ok;
        f.body = policy;
        f.policy = parseStsPolicy(policy);
    }
    c.policyFetch = f;
    return c;
}

} // namespace

class TestDomainDefence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mtaSts_data();
    void mtaSts();
    void idUnchangedWhilePolicyChanged();
    void policyFetchThatDecides_data();
    void policyFetchThatDecides();
    void summaries_data();
    void summaries();
    void submissionDane_data();
    void submissionDane();
};

void TestDomainDefence::mtaSts_data()
{
    QTest::addColumn<QStringList>("txt");
    QTest::addColumn<QByteArray>("policy");
    QTest::addColumn<int>("txtStatus");
    QTest::addColumn<bool>("mx2Trusted");
    QTest::addColumn<QString>("mx1");          // protection key
    QTest::addColumn<QString>("mx2");
    QTest::addColumn<QString>("mx2AtRisk");    // "true", "false", "null"
    QTest::addColumn<QStringList>("unmatched");

    const QStringList record{QStringLiteral("v=STSv1; id=20261206")};
    const int ok = int(dns::LookupStatus::Ok);
    QTest::newRow("enforce, both listed, both meet it")
        << record << QByteArray("version: STSv1\nmode: enforce\nmx: *.kumo.example\nmax_age: 604800\n") << ok << true
        << "mta_sts" << "mta_sts" << "false" << QStringList{};
    QTest::newRow("enforce, mx2 not listed: mail to it fails")
        << record << QByteArray("version: STSv1\nmode: enforce\nmx: mx1.kumo.example\nmax_age: 604800\n") << ok
        << true << "mta_sts" << "none" << "true" << QStringList{QStringLiteral("mx2.kumo.example")};
    QTest::newRow("enforce, mx2's certificate untrusted: mail to it fails")
        << record << QByteArray("version: STSv1\nmode: enforce\nmx: *.kumo.example\nmax_age: 604800\n") << ok << false
        << "mta_sts" << "none" << "true" << QStringList{};
    QTest::newRow("testing protects nothing, breaks nothing")
        << record << QByteArray("version: STSv1\nmode: testing\nmx: mx1.kumo.example\nmax_age: 86400\n") << ok << true
        << "none" << "none" << "false" << QStringList{QStringLiteral("mx2.kumo.example")};
    QTest::newRow("a policy without a record: senders never fetch it")
        << QStringList{QStringLiteral("v=spf1 -all")}
        << QByteArray("version: STSv1\nmode: enforce\nmx: *.kumo.example\nmax_age: 604800\n") << ok << true << "none"
        << "none" << "false" << QStringList{};
    QTest::newRow("two records: senders act as if there were none")
        << QStringList{QStringLiteral("v=STSv1; id=1"), QStringLiteral("v=STSv1; id=2")}
        << QByteArray("version: STSv1\nmode: enforce\nmx: *.kumo.example\nmax_age: 604800\n") << ok << true << "none"
        << "none" << "false" << QStringList{};
    QTest::newRow("the TXT lookup timed out: undecided, never protected")
        << QStringList{} << QByteArray("version: STSv1\nmode: enforce\nmx: *.kumo.example\nmax_age: 604800\n")
        << int(dns::LookupStatus::Timeout) << true << "undecided" << "undecided" << "null" << QStringList{};
}

void TestDomainDefence::mtaSts()
{
    QFETCH(QStringList, txt);
    QFETCH(QByteArray, policy);
    QFETCH(int, txtStatus);
    QFETCH(bool, mx2Trusted);
    const DomainCheck c = check(txt, policy, dns::LookupStatus(txtStatus));
    const EndpointResult r1 = goodMx(QStringLiteral("mx1.kumo.example"));
    const EndpointResult r2 = goodMx(QStringLiteral("mx2.kumo.example"), mx2Trusted);
    const MxResults results{{QStringLiteral("mx1.kumo.example"), {&r1}}, {QStringLiteral("mx2.kumo.example"), {&r2}}};
    const DomainDefence d = assessDomain(c, results);
    QCOMPARE(d.mx.size(), 2);
    QTEST(mxProtectionKey(d.mx.at(0).protection), "mx1");
    QTEST(mxProtectionKey(d.mx.at(1).protection), "mx2");
    const std::optional<bool> risk = d.mx.at(1).deliveryAtRisk;
    QTEST(QString::fromLatin1(risk ? (*risk ? "true" : "false") : "null"), "mx2AtRisk");
    QTEST(d.mtaSts.unmatchedMx, "unmatched");
    if (d.mx.at(1).deliveryAtRisk == true)
        QVERIFY(!d.mx.at(1).notes.isEmpty());
    // The JSON keeps the verdicts.
    const DomainDefence back = domainDefenceFromJson(domainDefenceToJson(d));
    QCOMPARE(back.mx, d.mx);
    QCOMPARE(back.mtaSts.inForce, d.mtaSts.inForce);
}

void TestDomainDefence::idUnchangedWhilePolicyChanged()
{
    const QStringList record{QStringLiteral("v=STSv1; id=1")};
    const EndpointResult r1 = goodMx(QStringLiteral("mx1.kumo.example"));
    const MxResults results{{QStringLiteral("mx1.kumo.example"), {&r1}}};
    const DomainDefence before =
        assessDomain(check(record, "version: STSv1\nmode: testing\nmx: *.kumo.example\nmax_age: 86400\n"), results);
    const DomainDefence same =
        assessDomain(check(record, "version: STSv1\nmode: testing\nmx: *.kumo.example\nmax_age: 86400\n"), results,
                     &before);
    QCOMPARE(same.mtaSts.idUnchanged, std::optional<bool>(false));
    const DomainDefence changed =
        assessDomain(check(record, "version: STSv1\nmode: enforce\nmx: *.kumo.example\nmax_age: 604800\n"), results,
                     &before);
    QCOMPARE(changed.mtaSts.idUnchanged, std::optional<bool>(true));
    QVERIFY(changed.mtaSts.errors.join(u' ').contains(QLatin1String("id (1)")));
}


void TestDomainDefence::policyFetchThatDecides_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("inForce"); // "true", "false", "null"
    QTest::addColumn<QString>("mx1");     // protection key
    QTest::newRow("a fatal TLS alert: senders cannot fetch it")
        << int(PolicyFetchStatus::TlsFailed) << "false" << "none";
    QTest::newRow("HTTP 404: no policy") << int(PolicyFetchStatus::HttpStatus) << "false" << "none";
    QTest::newRow("a redirect: not followed") << int(PolicyFetchStatus::Redirect) << "false" << "none";
    QTest::newRow("dropped mid-handshake or before the answer: undecided")
        << int(PolicyFetchStatus::Broken) << "null" << "undecided";
    QTest::newRow("a broken HTTP dialogue: undecided")
        << int(PolicyFetchStatus::MalformedResponse) << "null" << "undecided";
    QTest::newRow("timed out: undecided") << int(PolicyFetchStatus::Timeout) << "null" << "undecided";
    QTest::newRow("connection refused: undecided") << int(PolicyFetchStatus::ConnectFailed) << "null" << "undecided";
}

void TestDomainDefence::policyFetchThatDecides()
{
    // The record announces an enforced policy; how the fetch ended decides whether senders have one.
    QFETCH(int, status);
    DomainCheck c = check({QStringLiteral("v=STSv1; id=7")},
                          "version: STSv1\nmode: enforce\nmx: *.kumo.example\nmax_age: 604800\n");
    c.policyFetch->status = PolicyFetchStatus(status);
    c.policyFetch->policy.reset();
    c.policyFetch->body.clear();
    const EndpointResult r1 = goodMx(QStringLiteral("mx1.kumo.example"));
    const EndpointResult r2 = goodMx(QStringLiteral("mx2.kumo.example"));
    const MxResults results{{QStringLiteral("mx1.kumo.example"), {&r1}}, {QStringLiteral("mx2.kumo.example"), {&r2}}};
    const DomainDefence d = assessDomain(c, results);
    const std::optional<bool> inForce = d.mtaSts.inForce;
    QTEST(QString::fromLatin1(inForce ? (*inForce ? "true" : "false") : "null"), "inForce");
    QTEST(mxProtectionKey(d.mx.at(0).protection), "mx1");
    QVERIFY(!d.mtaSts.errors.isEmpty()); // the fetch's failure is said
}

void TestDomainDefence::summaries_data()
{
    QTest::addColumn<int>("mxStatus");     // the MX lookup's dns::LookupStatus
    QTest::addColumn<int>("tlsRptStatus"); // the _smtp._tls TXT lookup's
    QTest::addColumn<QStringList>("tlsRptTxt");
    QTest::addColumn<QString>("mx");       // the start of mxSummary
    QTest::addColumn<QString>("tlsRpt");   // the start of tlsRptSummary
    const int ok = int(dns::LookupStatus::Ok);
    QTest::newRow("both MX protected, TLS-RPT published")
        << ok << ok << QStringList{QStringLiteral("v=TLSRPTv1; rua=mailto:tlsrpt@kumo.example")}
        << "2 of 2 MX hosts protected" << "mailto:tlsrpt@kumo.example";
    QTest::newRow("TLS-RPT not published") << ok << int(dns::LookupStatus::NoData) << QStringList{}
                                           << "2 of 2 MX hosts protected" << "not published";
    QTest::newRow("the TLS-RPT lookup failed: undecided, not 'not published'")
        << ok << int(dns::LookupStatus::ServFail) << QStringList{} << "2 of 2" << "undecided";
    QTest::newRow("a TLS-RPT record that does not parse")
        << ok << ok << QStringList{QStringLiteral("v=TLSRPTv1; rua=ftp://x")} << "2 of 2" << "invalid";
    QTest::newRow("the MX lookup failed: undecided, never 0 of 0")
        << int(dns::LookupStatus::ServFail) << ok << QStringList{} << "MX lookup failed" << "not published";
}

void TestDomainDefence::summaries()
{
    QFETCH(int, mxStatus);
    QFETCH(int, tlsRptStatus);
    QFETCH(QStringList, tlsRptTxt);
    DomainCheck c = check({QStringLiteral("v=STSv1; id=7")},
                          "version: STSv1\nmode: enforce\nmx: *.kumo.example\nmax_age: 604800\n");
    c.tlsRptTxt.status = dns::LookupStatus(tlsRptStatus);
    c.tlsRptTxt.texts = tlsRptTxt;
    c.mxLookup.status = dns::LookupStatus(mxStatus);
    if (dns::isFailure(c.mxLookup.status))
        c.mx.clear();
    const EndpointResult r1 = goodMx(QStringLiteral("mx1.kumo.example"));
    const EndpointResult r2 = goodMx(QStringLiteral("mx2.kumo.example"));
    const MxResults results{{QStringLiteral("mx1.kumo.example"), {&r1}}, {QStringLiteral("mx2.kumo.example"), {&r2}}};
    const DomainDefence d = assessDomain(c, results);
    QFETCH(QString, mx);
    QFETCH(QString, tlsRpt);
    QVERIFY2(mxSummary(d).startsWith(mx), qPrintable(mxSummary(d)));
    QVERIFY2(tlsRptSummary(d).startsWith(tlsRpt), qPrintable(tlsRptSummary(d)));
    if (dns::isFailure(c.mxLookup.status)) {
        QCOMPARE(d.allProtected, std::optional<bool>());
        QCOMPARE(mtaStsSummary(d), QStringLiteral("enforce")); // the policy itself was fetched
    }
}

void TestDomainDefence::submissionDane_data()
{
    QTest::addColumn<int>("tlsaStatus");
    QTest::addColumn<bool>("published");  // a 3 1 1 record is in the answer
    QTest::addColumn<bool>("keyMatches"); // it is the digest of the key the probe saw
    QTest::addColumn<QString>("publishedKey"); // "true", "false", "null"
    QTest::addColumn<QString>("matches");
    QTest::addColumn<bool>("shown");
    QTest::addColumn<QString>("summary");

    const int ok = int(dns::LookupStatus::Ok);
    QTest::newRow("published and matching") << ok << true << true << "true" << "true" << true
                                            << "TLSA secure (DNSSEC), matches yes";
    QTest::newRow("published, another key: mismatch")
        << ok << true << false << "true" << "false" << true << "TLSA secure (DNSSEC), matches no";
    QTest::newRow("not published") << int(dns::LookupStatus::NoData) << false << false << "false" << "null" << false
                                   << "not published";
    QTest::newRow("the lookup failed: undecided, never 'not published'")
        << int(dns::LookupStatus::ServFail) << false << false << "null" << "null" << true
        << "undecided (_587._tcp.smtp.kumo.example TLSA";
}

void TestDomainDefence::submissionDane()
{
    QFETCH(int, tlsaStatus);
    QFETCH(bool, published);
    QFETCH(bool, keyMatches);
    const auto text = [](const std::optional<bool> &v) {
        return v ? (*v ? QStringLiteral("true") : QStringLiteral("false")) : QStringLiteral("null");
    };
    const QString host = QStringLiteral("smtp.kumo.example");
    DomainCheck c = check({}, {});
    DaneCheck lookups;
    lookups.host = host;
    lookups.port = 587;
    lookups.tlsaName = tlsaOwnerName(host, 587);
    lookups.addressStatus = dns::LookupStatus::Ok;
    lookups.addressDnssec = dns::DnssecState::Secure;
    lookups.tlsaStatus = dns::LookupStatus(tlsaStatus);
    lookups.tlsaDnssec = dns::DnssecState::Secure;
    const QByteArray key(32, '\x11');
    if (published) {
        TlsaRecordCheck record;
        record.usage = 3;
        record.selector = 1;
        record.matchingType = 1;
        record.association = keyMatches ? key : QByteArray(32, '\x22');
        record.usable = true;
        lookups.records = {record};
    }
    c.submission = {lookups};

    // The probe of the submission endpoint (on a lab port: the TLSA name keeps 587).
    EndpointResult r;
    r.target = {Protocol::Submission, host, 2587, host};
    r.status = ProbeStatus::Ok;
    CertificateInfo seen;
    DaneDigests digests;
    digests.spkiSha256 = key;
    seen.daneDigests = {digests};
    seen.nameMatches = true;
    r.certificate = seen;
    const EndpointResult mx1 = goodMx(QStringLiteral("mx1.kumo.example"));
    const MxResults mxResults{{QStringLiteral("mx1.kumo.example"), {&mx1}}};
    const SubmissionResults submission{{tlsaOwnerName(host, *submissionTlsaPort(r.target.protocol)), {&r}}};
    const DomainDefence d = assessDomain(c, mxResults, nullptr, submission);

    QCOMPARE(d.submission.size(), 1);
    const DaneCheck &s = d.submission.first();
    QCOMPARE(s.tlsaName, QStringLiteral("_587._tcp.smtp.kumo.example"));
    QTEST(text(s.published), "publishedKey");
    QTEST(text(s.matches), "matches");
    QTEST(submissionDaneWorthShowing(s), "shown");
    QFETCH(QString, summary);
    QVERIFY2(submissionDaneSummary(s).startsWith(summary), qPrintable(submissionDaneSummary(s)));
    // Never in the MX figures.
    const DomainDefence withoutSubmission = assessDomain(c, mxResults);
    // Without the probe of the submission endpoint, nothing is matched.
    QCOMPARE(text(withoutSubmission.submission.first().matches), QStringLiteral("null"));
    QCOMPARE(d.mx, withoutSubmission.mx);
    QCOMPARE(d.protectedCount, withoutSubmission.protectedCount);
    QCOMPARE(d.undecidedCount, withoutSubmission.undecidedCount);
    QCOMPARE(d.allProtected, withoutSubmission.allProtected);

    // The JSON keeps it.
    const DomainDefence back = domainDefenceFromJson(domainDefenceToJson(d));
    QCOMPARE(back.submission.size(), 1);
    QCOMPARE(back.submission.first().tlsaName, s.tlsaName);
    QCOMPARE(back.submission.first().port, quint16(587));
    QCOMPARE(back.submission.first().published, s.published);
    QCOMPARE(back.submission.first().matches, s.matches);
    QCOMPARE(back.submission.first().records.size(), s.records.size());
    QCOMPARE(back.check.submission.size(), 1);
    QCOMPARE(back.check.submission.first().tlsaName, s.tlsaName);
}

QTEST_GUILESS_MAIN(TestDomainDefence)
#include "tst_domain_defence.moc"
