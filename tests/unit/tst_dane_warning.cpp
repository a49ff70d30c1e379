// What replacing an MX host's certificate does to its DANE: record by record
// (DANE-EE full certificate, DANE-EE key, DANE-TA), a rollover prepared,
// TLSA records that could not be judged (never "safe"), and no warning where
// no DANE sender checks the certificate; then the checklist item of a
// certificate finding on a DANE MX carrying the warning into its exports.

#include "app/remediation/dane_warning.h"
#include "app/remediation/findings_json.h"
#include "app/remediation/remediation.h"

#include "../common/sample_results.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

using namespace mailtls;

namespace {

const QString kMx = QStringLiteral("mx1.kumo.example");
const QString kCa = QStringLiteral("CN=Kumo Test CA,O=Kumo");

QByteArray digest(const char *what)
{
    return QCryptographicHash::hash(QByteArray(what), QCryptographicHash::Sha256);
}

// The chain the probe saw: the leaf, then the CA that issued it.
CertificateInfo seenChain()
{
    CertificateInfo c;
    c.subject = QStringLiteral("CN=") + kMx;
    c.nameMatches = true;
    c.trusted = true;
    c.chainLength = 2;
    c.daneDigests = {DaneDigests{c.subject, digest("leaf cert"), {}, digest("leaf key"), {}},
                     DaneDigests{kCa, digest("ca cert"), {}, digest("ca key"), {}}};
    return c;
}

// "3 1 1 leaf": a TLSA record whose association is the digest of the leaf's
// key (selector 1) or certificate (selector 0); "ca" the issuer's; "next" a
// key no certificate in use has.
dns::Record tlsa(const QString &spec)
{
    const QStringList p = spec.split(u' ');
    dns::Record r;
    r.type = dns::RecordType::Tlsa;
    r.ttl = 3600;
    r.usage = static_cast<quint8>(p.at(0).toInt());
    r.selector = static_cast<quint8>(p.at(1).toInt());
    r.matchingType = static_cast<quint8>(p.at(2).toInt());
    const bool key = r.selector == 1;
    if (p.at(3) == u"leaf")
        r.association = key ? digest("leaf key") : digest("leaf cert");
    else if (p.at(3) == u"ca")
        r.association = key ? digest("ca key") : digest("ca cert");
    else
        r.association = digest("next key");
    return r;
}

QStringList recordTexts(const QStringList &specs)
{
    QList<dns::Record> rrs;
    for (const QString &s : specs)
        rrs << tlsa(s);
    QStringList out;
    for (const TlsaRecordCheck &r : tlsaRecordsOf(rrs))
        out << r.text();
    return out;
}

DaneCheck daneOf(const QStringList &records, const QString &addressDnssec, const QString &tlsaStatus,
                 const QString &tlsaDnssec, int ttl, bool seen)
{
    DaneCheck c;
    c.host = kMx;
    c.tlsaName = tlsaOwnerName(kMx, 25);
    c.addressStatus = dns::LookupStatus::Ok;
    c.addressDnssec = dnssecStateFromKey(addressDnssec);
    c.tlsaStatus = lookupStatusFromKey(tlsaStatus);
    c.tlsaDnssec = dnssecStateFromKey(tlsaDnssec);
    if (c.tlsaDnssec == dns::DnssecState::Bogus)
        c.tlsaWhyBogus = QStringLiteral("signature expired");
    QList<dns::Record> rrs;
    for (const QString &s : records)
        rrs << tlsa(s);
    c.records = tlsaRecordsOf(rrs);
    if (ttl >= 0)
        c.tlsaTtl = static_cast<quint32>(ttl);
    const CertificateInfo chain = seenChain();
    evaluateDane(&c, seen ? &chain : nullptr);
    return c;
}

} // namespace

class TestDaneWarning : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void warning_data();
    void warning();
    void checklistItemOfADaneMx();
};

void TestDaneWarning::warning_data()
{
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QString>("addressDnssec");
    QTest::addColumn<QString>("tlsaStatus");
    QTest::addColumn<QString>("tlsaDnssec");
    QTest::addColumn<int>("ttl"); // -1: not known
    QTest::addColumn<bool>("seen");
    QTest::addColumn<bool>("newKey");
    QTest::addColumn<QString>("impact"); // empty: no warning
    QTest::addColumn<QStringList>("breaking");
    QTest::addColumn<QStringList>("stillMatching");
    QTest::addColumn<QStringList>("standby");
    QTest::addColumn<QStringList>("says");

    const QString s = QStringLiteral("secure");
    const QString ok = QStringLiteral("ok");
    const QStringList none;
    QTest::newRow("3 0 1: any new certificate breaks it")
        << QStringList{"3 0 1 leaf"} << s << ok << s << 3600 << true << false << "breaks" << QStringList{"3 0 1 leaf"}
        << none << none
        << QStringList{"even with the same key", "publish the TLSA record of the new certificate",
                       "its TTL was 3600 s when looked up: at least 7200 s", "then remove the old record"};
    QTest::newRow("3 0 1, TTL not known")
        << QStringList{"3 0 1 leaf"} << s << ok << s << -1 << true << false << "breaks" << QStringList{"3 0 1 leaf"}
        << none << none << QStringList{"wait at least twice the TTL of the TLSA RRset"};
    QTest::newRow("3 1 1, the key kept")
        << QStringList{"3 1 1 leaf"} << s << ok << s << 300 << true << false << "breaks_if_new_key" << none
        << QStringList{"3 1 1 leaf"} << none
        << QStringList{"pin the key in use", "certbot --reuse-key", "For a new key:", "at least 600 s"};
    QTest::newRow("3 1 1, a new key (the finding is the key)")
        << QStringList{"3 1 1 leaf"} << s << ok << s << 300 << true << true << "breaks" << QStringList{"3 1 1 leaf"}
        << none << none << QStringList{"it needs a new key", "publish the TLSA record of the new certificate (or key)"};
    QTest::newRow("3 0 1 and 3 1 1, the key kept")
        << QStringList{"3 0 1 leaf", "3 1 1 leaf"} << s << ok << s << 300 << true << false << "breaks_if_new_key"
        << QStringList{"3 0 1 leaf"} << QStringList{"3 1 1 leaf"} << none
        << QStringList{"certbot --reuse-key", "stop matching"};
    QTest::newRow("2 0 1: the CA pinned")
        << QStringList{"2 0 1 ca"} << s << ok << s << 3600 << true << true << "breaks_if_other_ca" << none
        << QStringList{"2 0 1 ca"} << none
        << QStringList{"pin a CA (DANE-TA): CN=Kumo Test CA,O=Kumo", "If another CA issues it:"};
    QTest::newRow("2 1 1 and 3 0 1: the CA holds, the leaf record stops matching")
        << QStringList{"2 1 1 ca", "3 0 1 leaf"} << s << ok << s << 3600 << true << false << "breaks_if_other_ca"
        << QStringList{"3 0 1 leaf"} << QStringList{"2 1 1 ca"} << none
        << QStringList{"CN=Kumo Test CA,O=Kumo", "remove them after the change"};
    QTest::newRow("rollover ready: the next key's record published")
        << QStringList{"3 1 1 leaf", "3 1 1 next"} << s << ok << s << 3600 << true << true << "rollover_prepared"
        << QStringList{"3 1 1 leaf"} << none << QStringList{"3 1 1 next"}
        << QStringList{"rollover of mx1.kumo.example is prepared", "stop matching"};
    QTest::newRow("rollover ready, key kept")
        << QStringList{"3 1 1 leaf", "3 1 1 next"} << s << ok << s << 3600 << true << false << "rollover_prepared"
        << none << QStringList{"3 1 1 leaf"} << QStringList{"3 1 1 next"} << QStringList{"is prepared"};
    QTest::newRow("no record matches the certificate in use")
        << QStringList{"3 1 1 next"} << s << ok << s << 3600 << true << false << "already_failing" << none << none
        << QStringList{"3 1 1 next"} << QStringList{"defer mail to it now"};
    QTest::newRow("bogus TLSA RRset: not judged")
        << QStringList{"3 1 1 leaf"} << s << "servfail" << "bogus" << -1 << true << false << "undecided" << none
        << none << none << QStringList{"could not be judged", "fail DNSSEC validation"};
    QTest::newRow("bogus addresses: not judged")
        << QStringList{"3 1 1 leaf"} << "bogus" << ok << s << -1 << true << false << "undecided" << none << none
        << none << QStringList{"could not be judged"};
    QTest::newRow("TLSA lookup timed out: not judged")
        << QStringList{} << s << "timeout" << "not_validated" << -1 << true << false << "undecided" << none << none
        << none << QStringList{"could not be judged", "did not answer"};
    QTest::newRow("DNSSEC state unknown: not judged")
        << QStringList{"3 1 1 leaf"} << "not_validated" << ok << "not_validated" << 3600 << true << false
        << "undecided" << none << none << none << QStringList{"could not be judged", "DNSSEC state"};
    QTest::newRow("no certificate seen: not judged")
        << QStringList{"3 1 1 leaf"} << s << ok << s << 3600 << false << false << "undecided" << none << none
        << QStringList{"3 1 1 leaf"} << QStringList{"could not be judged", "no certificate was seen"};
    QTest::newRow("no TLSA records: no warning")
        << QStringList{} << s << "no_data" << s << -1 << true << false << QString() << none << none << none << none;
    QTest::newRow("TLSA records not signed: no warning")
        << QStringList{"3 1 1 leaf"} << s << ok << "insecure" << 3600 << true << false << QString() << none << none
        << none << none;
    QTest::newRow("addresses not signed: no warning")
        << QStringList{"3 1 1 leaf"} << "insecure" << ok << s << 3600 << true << false << QString() << none << none
        << none << none;
    QTest::newRow("only PKIX-EE records, unusable for SMTP: no warning")
        << QStringList{"1 1 1 leaf"} << s << ok << s << 3600 << true << false << QString() << none << none << none
        << none;
}

void TestDaneWarning::warning()
{
    QFETCH(QStringList, records);
    QFETCH(QString, addressDnssec);
    QFETCH(QString, tlsaStatus);
    QFETCH(QString, tlsaDnssec);
    QFETCH(int, ttl);
    QFETCH(bool, seen);
    QFETCH(bool, newKey);
    QFETCH(QString, impact);
    QFETCH(QStringList, breaking);
    QFETCH(QStringList, stillMatching);
    QFETCH(QStringList, standby);
    QFETCH(QStringList, says);

    const DaneCheck dane = daneOf(records, addressDnssec, tlsaStatus, tlsaDnssec, ttl, seen);
    const CertificateInfo chain = seenChain();
    const std::optional<DaneWarning> w =
        daneWarningFor(dane, newKey ? KeyChange::New : KeyChange::MayKeep, seen ? &chain : nullptr);
    if (impact.isEmpty()) {
        QVERIFY2(!w, w ? qPrintable(w->text) : "");
        return;
    }
    QVERIFY(w);
    QCOMPARE(daneImpactKey(w->impact), impact);
    QCOMPARE(w->host, kMx);
    QCOMPARE(w->tlsaName, QStringLiteral("_25._tcp.mx1.kumo.example"));
    QCOMPARE(w->breaking, recordTexts(breaking));
    QCOMPARE(w->stillMatching, recordTexts(stillMatching));
    QCOMPARE(w->standby, recordTexts(standby));
    QCOMPARE(w->ttl, ttl >= 0 && !records.isEmpty() ? std::optional<quint32>(quint32(ttl)) : std::nullopt);
    for (const QString &part : says)
        QVERIFY2(w->text.contains(part), qPrintable(part + QStringLiteral(" not in: ") + w->text));
    // Never "safe" when not judged.
    if (w->impact == DaneImpact::Undecided)
        QVERIFY(!w->text.contains(QLatin1StringView("keeps DANE working")));
    if (w->impact == DaneImpact::BreaksIfOtherCa)
        QCOMPARE(w->pinnedCa, kCa);

    const QJsonObject json = daneWarningToJson(*w);
    QCOMPARE(json.value(QLatin1StringView("impact")).toString(), impact);
    QCOMPARE(json.value(QLatin1StringView("breaking")).toArray().size(), breaking.size());
    QCOMPARE(json.value(QLatin1StringView("text")).toString(), w->text);
}

void TestDaneWarning::checklistItemOfADaneMx()
{
    // mx1 is the domain's MX with a DANE-EE key record; its certificate has
    // expired (M1.7, renewed by installing a certificate). mx2 has the same
    // finding but is no MX of the domain. mx3, an MX too, has an RSA key of
    // 1024 bits: the certificate check fails on the key, so its remedy needs
    // a new key, which breaks the record.
    Workspace ws;
    ws.name = QStringLiteral("kumo");
    QHash<QString, EndpointResult> results;
    for (const char *id : {"mx1", "mx2", "mx3"}) {
        const QString hostId = QLatin1StringView(id);
        Host h;
        h.id = hostId;
        h.name = hostId + QStringLiteral(".kumo.example");
        h.endpoints = {Endpoint{Protocol::Smtp, 25, {}}};
        ws.hosts << h;
        Link l;
        l.id = QStringLiteral("internet-") + hostId;
        l.kind = LinkKind::InternetInbound;
        l.from = QStringLiteral("internet");
        l.endpoint = EndpointRef{hostId, Protocol::Smtp, 0};
        ws.links << l;
        EndpointResult r = sample::strongEndpoint(Protocol::Smtp, h.name);
        r.target.port = 25;
        r.certificate->daneDigests = seenChain().daneDigests;
        r.certificate->chainLength = 2;
        if (hostId == u"mx3")
            r.certificate->keyBits = 1024;
        else
            r.certificate->expired = true;
        results.insert(EndpointRef{hostId, Protocol::Smtp, 25}.toString(), r);
    }

    DomainDefences domains;
    DomainDefence d;
    d.check.domain = QStringLiteral("kumo.example");
    for (const char *id : {"mx1", "mx3"}) {
        MxDefence m;
        m.host = QLatin1StringView(id) + QStringLiteral(".kumo.example");
        const EndpointResult &r = results[EndpointRef{QLatin1StringView(id), Protocol::Smtp, 25}.toString()];
        m.endpoints = {r.target.url()};
        m.dane = daneOf({QStringLiteral("3 1 1 leaf")}, QStringLiteral("secure"), QStringLiteral("ok"),
                        QStringLiteral("secure"), 3600, true);
        m.dane.host = m.host;
        m.dane.tlsaName = tlsaOwnerName(m.host, 25);
        d.mx << m;
    }
    domains.domains << d;

    const Profile p = *builtinProfile(u"m3aawg");
    const Evaluation e = evaluate(p, ws, results, &domains);
    const QList<ChecklistItem> items = buildChecklist(e, ws, results, &domains);
    auto itemOf = [&](const char *host) -> const ChecklistItem * {
        for (const ChecklistItem &i : items) {
            if (i.finding.ruleId == u"M1.7" && i.finding.endpoint.startsWith(QLatin1StringView(host)))
                return &i;
        }
        return nullptr;
    };
    const ChecklistItem *mx1 = itemOf("mx1");
    const ChecklistItem *mx2 = itemOf("mx2");
    const ChecklistItem *mx3 = itemOf("mx3");
    QVERIFY(mx1 && mx2 && mx3);
    QVERIFY(mx1->remedy && replacesCertificate(*mx1->remedy));
    QVERIFY(mx1->dane);
    QCOMPARE(mx1->dane->impact, DaneImpact::BreaksIfNewKey);
    QCOMPARE(mx1->dane->host, QStringLiteral("mx1.kumo.example"));
    QCOMPARE(mx1->dane->domains, QStringList{QStringLiteral("kumo.example")});
    QVERIFY2(!mx2->dane, "mx2 is an MX of no domain checked");
    QVERIFY(mx3->dane);
    QCOMPARE(mx3->dane->impact, DaneImpact::Breaks);
    // Remedies that install no certificate get no warning.
    for (const ChecklistItem &i : items) {
        if (i.remedy && !replacesCertificate(*i.remedy))
            QVERIFY2(!i.dane, qPrintable(i.finding.ruleId));
    }
    // Without the domain checks, nothing is known of DANE, and nothing is said.
    for (const ChecklistItem &i : buildChecklist(e, ws, results))
        QVERIFY(!i.dane);

    // The exports carry it.
    QBuffer md;
    md.open(QIODevice::WriteOnly);
    writeChecklistMarkdown(md, {*mx1}, p, QStringLiteral("kumo"));
    const QString text = QString::fromUtf8(md.data());
    QVERIFY2(text.contains(QLatin1StringView("- **Warning:** DANE, mx1.kumo.example (MX of kumo.example):")),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1StringView("certbot --reuse-key")));
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    writeChecklistCsv(csv, {*mx1}, p);
    const QString c = QString::fromUtf8(csv.data());
    QVERIFY(c.section(QLatin1StringView("\r\n"), 0, 0).endsWith(QLatin1StringView(",dane_impact,dane_warning")));
    QVERIFY2(c.contains(QLatin1StringView(",breaks_if_new_key,\"DANE, mx1.kumo.example (MX of kumo.example):")),
             qPrintable(c));
    const QJsonObject json = checklistToJson(ws.name, 1, p, {*mx1, *mx2}, {});
    const QJsonArray listed = json.value(QLatin1StringView("items")).toArray();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).toObject().value(QLatin1StringView("dane_warning")).toObject().value(
                 QLatin1StringView("impact")),
             QJsonValue(QStringLiteral("breaks_if_new_key")));
    QVERIFY(!listed.at(1).toObject().contains(QLatin1StringView("dane_warning")));
}

QTEST_GUILESS_MAIN(TestDaneWarning)
#include "tst_dane_warning.moc"
