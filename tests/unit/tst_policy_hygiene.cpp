// The policy check of the TLS hygiene answers ("hygiene", params key and
// expect): the good value passes, the other fails with the probe's
// evidence, an undecided answer or a result without the hygiene checks is
// incomplete (never pass), an endpoint without TLS is not applicable; a
// stapled OCSP response passes only when it is good; every address of a
// name is judged and the weakest decides.

#include "app/policy/policy_evaluation.h"

#include <QTest>

#include "../common/sample_results.h"

using namespace mailtls;

namespace {

// A profile of one rule "H.1" checking one hygiene key against a value, on every link kind.
Profile rule(const QByteArray &key, bool expect)
{
    const QByteArray json =
        R"({"schema_version":1,"id":"h","version":"1","title":{"en":"H","ja":"H"},"source":"s",)"
        R"("rules":[{"id":"H.1","measure":1,"check":"hygiene","params":{"key":")" +
        key + R"(","expect":)" + (expect ? "true" : "false") +
        R"(},"severity":"high","applies_to":["internet-inbound","user-webmail"],)"
        R"("title":{"en":"t","ja":"t"},"rationale":{"en":"r","ja":"r"}}]})";
    const ProfileReadResult r = parseProfile(json, QStringLiteral("h.json"), policyChecks());
    if (!r.profile)
        qFatal("%s", qPrintable(r.error));
    return *r.profile;
}

EndpointResult strong(const QString &address = QStringLiteral("192.0.2.1"))
{
    EndpointResult r = sample::strongEndpoint(Protocol::Smtp, QStringLiteral("h.example"), address);
    r.address = address;
    return r;
}

EndpointResult with(const QString &key, std::optional<bool> value, const QString &evidence = {},
                    const QString &note = {}, const QString &address = QStringLiteral("192.0.2.1"))
{
    EndpointResult r = strong(address);
    HygieneCheck *c = r.hygiene->check(key);
    c->value = value;
    c->evidence = evidence.isEmpty() ? QStringList{} : QStringList{evidence};
    c->note = note;
    return r;
}

// The rule's one result on an inbound MX link to h (not probed when result is nullopt).
RuleResult judge(const Profile &profile, const std::optional<EndpointResult> &result)
{
    Workspace ws;
    ws.name = QStringLiteral("t");
    Host h;
    h.id = QStringLiteral("h");
    h.name = QStringLiteral("h.example");
    h.endpoints = {Endpoint{Protocol::Smtp, 25, {}}};
    ws.hosts = {h};
    Link l;
    l.kind = LinkKind::InternetInbound;
    l.from = QString(kInternetNode);
    l.endpoint = EndpointRef{QStringLiteral("h"), Protocol::Smtp, 0};
    l.id = QStringLiteral("l");
    ws.links = {l};
    QHash<QString, EndpointResult> results;
    if (result)
        results.insert(EndpointRef{QStringLiteral("h"), Protocol::Smtp, 25}.toString(), *result);
    const Evaluation e = evaluate(profile, ws, results);
    return e.results.value(0);
}

} // namespace

Q_DECLARE_METATYPE(mailtls::Profile)

class TestPolicyHygiene : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verdicts_data();
    void verdicts();
    void rejects_data();
    void rejects();
};

void TestPolicyHygiene::verdicts_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<EndpointResult>("result");
    QTest::addColumn<bool>("probed");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QStringList>("evidence"); // every evidence line, in order

    const Profile noCompression = rule("compression", false);
    const QString c = QStringLiteral("TLS compression (CRIME): ");
    QTest::newRow("compression refused passes")
        << noCompression << with(QStringLiteral("compression"), false, QStringLiteral("the server chose null"))
        << true << "pass" << QStringList{c + u"the server chose null"};
    QTest::newRow("compression taken fails with the probe's evidence")
        << noCompression << with(QStringLiteral("compression"), true, QStringLiteral("the server chose DEFLATE"))
        << true << "fail" << QStringList{c + u"the server chose DEFLATE"};
    QTest::newRow("decided without evidence lines says the value")
        << noCompression << with(QStringLiteral("compression"), true) << true << "fail" << QStringList{c + u"yes"};
    QTest::newRow("undecided is incomplete, with the note")
        << noCompression << with(QStringLiteral("compression"), std::nullopt, {}, QStringLiteral("connection reset"))
        << true << "incomplete" << QStringList{c + u"undecided: connection reset"};
    QTest::newRow("undecided keeps what was seen")
        << noCompression
        << with(QStringLiteral("compression"), std::nullopt, QStringLiteral("TLSv1.2 hello sent"),
                QStringLiteral("timeout"))
        << true << "incomplete" << QStringList{c + u"undecided: timeout", c + u"TLSv1.2 hello sent"};
    QTest::newRow("a decided answer's note is kept")
        << noCompression
        << with(QStringLiteral("compression"), false, QStringLiteral("null chosen"), QStringLiteral("TLS 1.2 only"))
        << true << "pass" << QStringList{c + u"null chosen", c + u"TLS 1.2 only"};
    EndpointResult older = strong();
    older.hygiene.reset();
    QTest::newRow("a result without the hygiene checks is incomplete")
        << noCompression << older << true << "incomplete"
        << QStringList{c + u"not checked: this result has no TLS hygiene checks (probed before they existed, with "
                           u"them off, or stopped before them)"};
    QTest::newRow("not probed is incomplete")
        << noCompression << strong() << false << "incomplete" << QStringList{QStringLiteral("not probed")};
    EndpointResult noTls = strong();
    noTls.status = ProbeStatus::StartTlsNotOffered;
    noTls.starttlsOffered = false;
    noTls.starttlsSucceeded.reset();
    for (VersionResult &v : noTls.versions)
        v.accepted = false;
    noTls.hygiene.reset();
    QTest::newRow("no TLS: not applicable, as every TLS check")
        << noCompression << noTls << true << "not_applicable" << QStringList{};

    // Good is true for the protections.
    const Profile scsv = rule("fallback_scsv", true);
    QTest::newRow("fallback SCSV honoured passes")
        << scsv << with(QStringLiteral("fallback_scsv"), true, QStringLiteral("inappropriate_fallback alert")) << true
        << "pass" << QStringList{QStringLiteral("Downgrade protection (TLS_FALLBACK_SCSV): inappropriate_fallback alert")};
    QTest::newRow("fallback SCSV ignored fails")
        << scsv << with(QStringLiteral("fallback_scsv"), false, QStringLiteral("the server went on with TLSv1.1"))
        << true << "fail"
        << QStringList{QStringLiteral("Downgrade protection (TLS_FALLBACK_SCSV): the server went on with TLSv1.1")};
    const Profile intrusiveOff = rule("heartbleed", false);
    QTest::newRow("an intrusive check turned off is incomplete")
        << intrusiveOff
        << with(QStringLiteral("heartbleed"), std::nullopt, {},
                QStringLiteral("not asked: intrusive checks are off (--no-intrusive)"))
        << true << "incomplete"
        << QStringList{QStringLiteral(
               "Heartbleed (CVE-2014-0160): undecided: not asked: intrusive checks are off (--no-intrusive)")};

    // OCSP stapling: a staple passes only when it is good.
    const Profile stapling = rule("ocsp_stapling", true);
    const QString o = QStringLiteral("OCSP stapling: ");
    QTest::newRow("OCSP: a good staple passes")
        << stapling << with(QStringLiteral("ocsp_stapling"), true, QStringLiteral("good, signed by the issuer"))
        << true << "pass" << QStringList{o + u"good, signed by the issuer"};
    QTest::newRow("OCSP: nothing stapled fails")
        << stapling << with(QStringLiteral("ocsp_stapling"), false, QStringLiteral("no status_request answer"))
        << true << "fail" << QStringList{o + u"no status_request answer"};
    EndpointResult revoked = with(QStringLiteral("ocsp_stapling"), true);
    revoked.hygiene->ocsp.certStatus = QStringLiteral("revoked");
    QTest::newRow("OCSP: a revoked staple fails")
        << stapling << revoked << true << "fail"
        << QStringList{o + u"the stapled response says the certificate is revoked"};
    EndpointResult stale = with(QStringLiteral("ocsp_stapling"), true);
    stale.hygiene->ocsp.fresh = false;
    QTest::newRow("OCSP: a stale staple fails, with its dates")
        << stapling << stale << true << "fail"
        << QStringList{o + u"the stapled response is stale (this update 2026-06-01 00:00 UTC, next update "
                           u"2026-06-08 00:00 UTC)"};
    EndpointResult other = with(QStringLiteral("ocsp_stapling"), true);
    other.hygiene->ocsp.forCertificate = false;
    other.hygiene->ocsp.certStatus.clear();
    QTest::newRow("OCSP: a staple for another certificate fails")
        << stapling << other << true << "fail" << QStringList{o + u"the stapled response is not for this certificate"};
    EndpointResult tryLater = with(QStringLiteral("ocsp_stapling"), true);
    tryLater.hygiene->ocsp.responseStatus = QStringLiteral("tryLater");
    QTest::newRow("OCSP: a responder's error stapled fails")
        << stapling << tryLater << true << "fail"
        << QStringList{o + u"the stapled response is not an answer: the responder said tryLater"};
    EndpointResult unsigned_ = with(QStringLiteral("ocsp_stapling"), true);
    unsigned_.hygiene->ocsp.signatureValid.reset();
    QTest::newRow("OCSP: a staple whose signature was not checked is incomplete")
        << stapling << unsigned_ << true << "incomplete"
        << QStringList{o + u"the stapled response's signature was not checked"};

    // Every address: the weakest decides, and its evidence names it.
    EndpointResult twoGood = with(QStringLiteral("compression"), false, QStringLiteral("null chosen"));
    twoGood.otherAddresses.push_back(
        with(QStringLiteral("compression"), false, QStringLiteral("null chosen"), {}, QStringLiteral("192.0.2.2")));
    QTest::newRow("two addresses alike: one evidence, no address")
        << noCompression << twoGood << true << "pass" << QStringList{c + u"null chosen"};
    EndpointResult secondBad = twoGood;
    secondBad.otherAddresses.front().hygiene->compression =
        HygieneCheck{true, {QStringLiteral("DEFLATE chosen")}, {}};
    QTest::newRow("the second address takes compression: fail, named")
        << noCompression << secondBad << true << "fail"
        << QStringList{QStringLiteral("address 192.0.2.2: TLS compression (CRIME): DEFLATE chosen")};
    EndpointResult secondUndecided = twoGood;
    secondUndecided.otherAddresses.front().hygiene->compression = HygieneCheck{std::nullopt, {}, QStringLiteral("timeout")};
    QTest::newRow("the second address undecided: incomplete, never pass")
        << noCompression << secondUndecided << true << "incomplete"
        << QStringList{QStringLiteral("address 192.0.2.2: TLS compression (CRIME): undecided: timeout")};
    EndpointResult secondOlder = twoGood;
    secondOlder.otherAddresses.front().hygiene.reset();
    QTest::newRow("the second address without hygiene checks: incomplete")
        << noCompression << secondOlder << true << "incomplete"
        << QStringList{QStringLiteral("address 192.0.2.2: TLS compression (CRIME): not checked: this result has no "
                                      "TLS hygiene checks (probed before they existed, with them off, or stopped "
                                      "before them)")};
    EndpointResult badAndUndecided = secondBad;
    badAndUndecided.otherAddresses.push_back(with(QStringLiteral("compression"), std::nullopt, {},
                                                  QStringLiteral("timeout"), QStringLiteral("192.0.2.3")));
    QTest::newRow("one address fails, another undecided: fail")
        << noCompression << badAndUndecided << true << "fail"
        << QStringList{QStringLiteral("address 192.0.2.2: TLS compression (CRIME): DEFLATE chosen")};
}

void TestPolicyHygiene::verdicts()
{
    QFETCH(Profile, profile);
    QFETCH(EndpointResult, result);
    QFETCH(bool, probed);
    const RuleResult r = judge(profile, probed ? std::optional<EndpointResult>(result) : std::nullopt);
    QCOMPARE(r.ruleId, QStringLiteral("H.1"));
    QTEST(verdictKey(r.verdict), "verdict");
    QStringList lines;
    for (const Evidence &e : r.evidence)
        lines << e.detail;
    QTEST(lines, "evidence");
}

void TestPolicyHygiene::rejects_data()
{
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown key") << QByteArray(R"({"key":"beast","expect":false})")
                                 << "h.json: rules[0].params.key: unknown hygiene check 'beast' (one of: compression, "
                                    "client_renegotiation, insecure_renegotiation, fallback_scsv, heartbeat, heartbleed, "
                                    "ccs_injection, robot, session_resumption, ocsp_stapling, dh, sweet32, poodle_ssl3)";
    QTest::newRow("expect as a string") << QByteArray(R"({"key":"compression","expect":"no"})")
                                        << "h.json: rules[0].params.expect: expected true or false";
    QTest::newRow("expect missing") << QByteArray(R"({"key":"compression"})")
                                    << "h.json: rules[0].params.expect: required by check 'hygiene'";
    QTest::newRow("key missing") << QByteArray(R"({"expect":true})")
                                 << "h.json: rules[0].params.key: required by check 'hygiene'";
}

void TestPolicyHygiene::rejects()
{
    QFETCH(QByteArray, params);
    const QByteArray json =
        R"({"schema_version":1,"id":"h","version":"1","title":{"en":"H","ja":"H"},"source":"s",)"
        R"("rules":[{"id":"H.1","measure":1,"check":"hygiene","params":)" +
        params +
        R"(,"severity":"high","applies_to":["internet-inbound"],"title":{"en":"t","ja":"t"},"rationale":{"en":"r","ja":"r"}}]})";
    const ProfileReadResult r = parseProfile(json, QStringLiteral("h.json"), policyChecks());
    QVERIFY(!r.profile);
    QTEST(r.error, "error");
}

QTEST_GUILESS_MAIN(TestPolicyHygiene)
#include "tst_policy_hygiene.moc"
