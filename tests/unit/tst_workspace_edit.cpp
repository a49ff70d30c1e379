// Editing one host or link of the demo workspace as the window's dialogs do:
// each refused edit names its field, and an accepted edit keeps every link,
// MX entry, accepted risk and map position pointing at what it named. Each
// edited workspace must also survive a save and a load (the file's own checks).

#include "app/inventory/workspace_edit.h"
#include "app/inventory/workspace_io.h"

#include <QTest>

using namespace mailtls;
using Field = EditError::Field;

Q_DECLARE_METATYPE(mailtls::EditError::Field)

namespace {

Workspace demo()
{
    const WorkspaceReadResult r =
        loadWorkspaceFile(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json"));
    if (!r.workspace)
        qFatal("%s", qPrintable(r.error));
    return *r.workspace;
}

Host hostOf(const Workspace &ws, const QString &id)
{
    const Host *h = ws.host(id);
    if (!h)
        qFatal("no host %s", qPrintable(id));
    return *h;
}

// The workspace as its file holds it, read back: the file's checks pass.
void verifyRoundTrip(const Workspace &ws)
{
    const WorkspaceReadResult back =
        parseWorkspace(workspaceToJson(ws), QStringLiteral("edited.json"));
    QVERIFY2(back.workspace, qPrintable(back.error));
    QCOMPARE(back.workspace->hosts, ws.hosts);
    QCOMPARE(back.workspace->links.size(), ws.links.size());
}

} // namespace

class TestWorkspaceEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void endpointList_data();
    void endpointList();
    void endpointListErrors_data();
    void endpointListErrors();
    void refusedHosts_data();
    void refusedHosts();
    void addHost();
    void renameHostCarriesReferences();
    void secondEndpointKeepsLinks();
    void refusedLinks_data();
    void refusedLinks();
    void addAndRenameLink();
};

void TestWorkspaceEdit::endpointList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<Endpoint>>("expected");
    QTest::newRow("ports given") << QStringLiteral("smtp:25, submission:587")
                                 << QList<Endpoint>{{Protocol::Smtp, 25, {}},
                                                    {Protocol::Submission, 587, {}}};
    QTest::newRow("usual ports") << QStringLiteral("imaps pop3s")
                                 << QList<Endpoint>{{Protocol::Imaps, 993, {}},
                                                    {Protocol::Pop3s, 995, {}}};
    QTest::newRow("address") << QStringLiteral(" smtp:2525@127.0.0.11 ,")
                             << QList<Endpoint>{
                                    {Protocol::Smtp, 2525, QStringLiteral("127.0.0.11")}};
    QTest::newRow("upper case") << QStringLiteral("HTTPS")
                                << QList<Endpoint>{{Protocol::Https, 443, {}}};
    QTest::newRow("none") << QString() << QList<Endpoint>{};
}

void TestWorkspaceEdit::endpointList()
{
    QFETCH(QString, text);
    QFETCH(QList<Endpoint>, expected);
    QString error;
    const auto parsed = parseEndpointList(text, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(*parsed, expected);
    // Written back and read again: the same endpoints.
    QCOMPARE(parseEndpointList(endpointListText(*parsed), &error), parsed);
}

void TestWorkspaceEdit::endpointListErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("named"); // what the error must quote
    QTest::newRow("unknown protocol")
        << QStringLiteral("smtp:25, gopher:70") << QStringLiteral("gopher");
    QTest::newRow("port zero") << QStringLiteral("smtp:0") << QStringLiteral("smtp:0");
    QTest::newRow("port too big") << QStringLiteral("imap:70000") << QStringLiteral("imap:70000");
    QTest::newRow("not a number") << QStringLiteral("imap:x") << QStringLiteral("imap:x");
    QTest::newRow("twice") << QStringLiteral("smtp smtp:25") << QStringLiteral("smtp:25");
    QTest::newRow("no usual port") << QStringLiteral("tls") << QStringLiteral("tls:PORT");
    QTest::newRow("bad address") << QStringLiteral("smtp@bad!host") << QStringLiteral("bad!host");
}

void TestWorkspaceEdit::endpointListErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, named);
    QString error;
    QVERIFY(!parseEndpointList(text, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
}

void TestWorkspaceEdit::refusedHosts_data()
{
    QTest::addColumn<QString>("original"); // empty: a new host
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<QString>("endpoints");
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("named");

    const QString name = QStringLiteral("mx3.kumo.example");
    const QStringList address{QStringLiteral("127.0.0.13")};
    QTest::newRow("no id") << QString() << QString() << name << address << QString() << Field::Id
                           << QString();
    QTest::newRow("slash in id") << QString() << QStringLiteral("mx/3") << name << address
                                 << QString() << Field::Id << QStringLiteral("mx/3");
    QTest::newRow("reserved id") << QString() << QStringLiteral("internet") << name << address
                                 << QString() << Field::Id << QStringLiteral("internet");
    QTest::newRow("taken id") << QString() << QStringLiteral("mx2") << name << address << QString()
                              << Field::Id << QStringLiteral("mx2");
    QTest::newRow("rename onto another")
        << QStringLiteral("mx1") << QStringLiteral("relay") << QStringLiteral("mx1.kumo.example")
        << address << QStringLiteral("smtp:2525") << Field::Id << QStringLiteral("relay");
    QTest::newRow("bad name") << QString() << QStringLiteral("mx3") << QStringLiteral("mx3 kumo")
                              << address << QString() << Field::Name << QStringLiteral("mx3 kumo");
    QTest::newRow("bad address") << QString() << QStringLiteral("mx3") << name
                                 << QStringList{QStringLiteral("127.0.0.300")} << QString()
                                 << Field::Addresses << QStringLiteral("127.0.0.300");
    QTest::newRow("endpoint a link uses")
        << QStringLiteral("imap") << QStringLiteral("imap") << QStringLiteral("imap.kumo.example")
        << address << QStringLiteral("imap:2143, imaps:2993") << Field::Endpoints
        << QStringLiteral("lmtp:2424");
    QTest::newRow("host gone meanwhile")
        << QStringLiteral("mx9") << QStringLiteral("mx9") << name << address << QString() << Field::Id
        << QStringLiteral("no longer in the workspace");
}

void TestWorkspaceEdit::refusedHosts()
{
    QFETCH(QString, original);
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QStringList, addresses);
    QFETCH(QString, endpoints);
    QFETCH(Field, field);
    QFETCH(QString, named);
    const Workspace ws = demo();
    Host h = ws.host(original) ? hostOf(ws, original) : Host{};
    h.id = id;
    h.name = name;
    h.addresses = addresses;
    QString parseError;
    h.endpoints = parseEndpointList(endpoints, &parseError).value_or(QList<Endpoint>{});
    QVERIFY(parseError.isEmpty());
    const std::optional<EditError> error = checkHost(ws, h, original);
    QVERIFY(error);
    QCOMPARE(error->field, field);
    QVERIFY2(error->message.contains(named), qPrintable(error->message));
}

void TestWorkspaceEdit::addHost()
{
    const Workspace ws = demo();
    Host h;
    h.id = QStringLiteral("mx3");
    h.name = QStringLiteral("mx3.kumo.example");
    h.addresses = {QStringLiteral("127.0.0.15"), QStringLiteral("::1")};
    h.roles = {HostRole::InboundMx};
    h.endpoints = {{Protocol::Smtp, 2525, {}}};
    QVERIFY(!checkHost(ws, h, {}));
    const Workspace after = putHost(ws, h, {});
    QCOMPARE(after.hosts.size(), ws.hosts.size() + 1);
    QCOMPARE(after.hosts.last(), h);
    verifyRoundTrip(after);
}

void TestWorkspaceEdit::renameHostCarriesReferences()
{
    Workspace ws = demo();
    ws.layout.insert(QStringLiteral("relay"), QPointF(10, 20));
    RiskAcceptance risk;
    risk.rule = QStringLiteral("M2.1");
    risk.endpoint = QStringLiteral("relay/smtp:2525");
    risk.justification = QStringLiteral("Replaced in March");
    risk.owner = QStringLiteral("Mail team");
    risk.expires = QDate(2027, 3, 31);
    risk.acceptedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    ws.acceptedRisks.append(risk);

    Host h = hostOf(ws, QStringLiteral("relay"));
    h.id = QStringLiteral("hub");
    h.software = QStringLiteral("Postfix 3.7");
    QVERIFY(!checkHost(ws, h, QStringLiteral("relay")));
    const Workspace after = putHost(ws, h, QStringLiteral("relay"));
    QVERIFY(!after.host(u"relay"));
    QCOMPARE(after.host(u"hub")->software, QStringLiteral("Postfix 3.7"));
    int from = 0;
    int to = 0;
    for (const Link &l : after.links) {
        QVERIFY(l.from != u"relay" && l.endpoint.hostId != u"relay");
        from += l.from == u"hub" ? 1 : 0;
        to += l.endpoint.hostId == u"hub" ? 1 : 0;
    }
    QCOMPARE(from, 3); // delivery to imap and archive, mail to the Internet
    QCOMPARE(to, 4);   // from mx1, mx2, submission; the outbound link names the relay's own endpoint
    QCOMPARE(after.acceptedRisks.first().endpoint, QStringLiteral("hub/smtp:2525"));
    QCOMPARE(after.layout.value(QStringLiteral("hub")), QPointF(10, 20));
    QVERIFY(!after.layout.contains(QStringLiteral("relay")));
    verifyRoundTrip(after);

    // An MX renamed: the domains list it by its new id, in the same place.
    Host mx = hostOf(after, QStringLiteral("mx1"));
    mx.id = QStringLiteral("mx-tokyo");
    const Workspace renamed = putHost(after, mx, QStringLiteral("mx1"));
    QCOMPARE(renamed.domains.first().mxHosts,
             (QStringList{QStringLiteral("mx-tokyo"), QStringLiteral("mx2")}));
    verifyRoundTrip(renamed);
}

void TestWorkspaceEdit::secondEndpointKeepsLinks()
{
    // The demo's links name "relay/smtp"; a second SMTP endpoint must not leave them naming none.
    const Workspace ws = demo();
    Host h = hostOf(ws, QStringLiteral("relay"));
    h.endpoints.append({Protocol::Smtp, 10025, {}});
    QVERIFY(!checkHost(ws, h, QStringLiteral("relay")));
    const Workspace after = putHost(ws, h, QStringLiteral("relay"));
    for (const Link &l : after.links) {
        const Endpoint *e = after.endpoint(l.endpoint);
        QVERIFY2(e, qPrintable(l.id));
        if (l.endpoint.hostId == u"relay")
            QCOMPARE(e->port, quint16(2525));
    }
    verifyRoundTrip(after);
    // And the endpoint no link uses can go again.
    QVERIFY(!checkHost(after, hostOf(ws, QStringLiteral("relay")), QStringLiteral("relay")));
}

void TestWorkspaceEdit::refusedLinks_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<LinkKind>("kind");
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("named");
    QTest::newRow("no id") << QString() << QStringLiteral("mx1") << QStringLiteral("archive/lmtp")
                           << LinkKind::Delivery << Field::Id << QString();
    QTest::newRow("space in id") << QStringLiteral("a b") << QStringLiteral("mx1")
                                 << QStringLiteral("archive/lmtp") << LinkKind::Delivery
                                 << Field::Id << QStringLiteral("a b");
    QTest::newRow("taken id") << QStringLiteral("internet->mx1/smtp") << QStringLiteral("mx1")
                              << QStringLiteral("archive/lmtp") << LinkKind::Delivery << Field::Id
                              << QStringLiteral("internet->mx1/smtp");
    QTest::newRow("unknown sender")
        << QStringLiteral("x") << QStringLiteral("nobody") << QStringLiteral("archive/lmtp")
        << LinkKind::Delivery << Field::From << QStringLiteral("nobody");
    QTest::newRow("unknown host") << QStringLiteral("x") << QStringLiteral("mx1")
                                  << QStringLiteral("mx9/smtp") << LinkKind::InternalRelay
                                  << Field::Endpoint << QStringLiteral("mx9");
    QTest::newRow("no such endpoint")
        << QStringLiteral("x") << QStringLiteral("mx1") << QStringLiteral("relay/smtp:25")
        << LinkKind::InternalRelay << Field::Endpoint << QStringLiteral("relay/smtp:25");
    QTest::newRow("to itself") << QStringLiteral("x") << QStringLiteral("relay")
                               << QStringLiteral("relay/smtp") << LinkKind::InternalRelay
                               << Field::From << QString();
    QTest::newRow("internet, not inbound")
        << QStringLiteral("x") << QStringLiteral("internet") << QStringLiteral("relay/smtp")
        << LinkKind::InternalRelay << Field::Kind << QString();
    QTest::newRow("inbound from a host")
        << QStringLiteral("x") << QStringLiteral("mx1") << QStringLiteral("relay/smtp")
        << LinkKind::InternetInbound << Field::Kind << QString();
    QTest::newRow("users to a relay")
        << QStringLiteral("x") << QStringLiteral("users") << QStringLiteral("relay/smtp")
        << LinkKind::InternalRelay << Field::Kind << QString();
}

void TestWorkspaceEdit::refusedLinks()
{
    QFETCH(QString, id);
    QFETCH(QString, from);
    QFETCH(QString, endpoint);
    QFETCH(LinkKind, kind);
    QFETCH(Field, field);
    QFETCH(QString, named);
    const Workspace ws = demo();
    Link l;
    l.id = id;
    l.from = from;
    l.kind = kind;
    l.endpoint = *EndpointRef::parse(endpoint);
    const std::optional<EditError> error = checkLink(ws, l, {});
    QVERIFY(error);
    QCOMPARE(error->field, field);
    QVERIFY2(error->message.contains(named), qPrintable(error->message));
}

void TestWorkspaceEdit::addAndRenameLink()
{
    Workspace ws = demo();
    Link l;
    l.id = QStringLiteral("mx1-archive");
    l.from = QStringLiteral("mx1");
    l.kind = LinkKind::Delivery;
    l.endpoint = *EndpointRef::parse(u"archive/lmtp");
    QVERIFY(!checkLink(ws, l, {}));
    // Editing a link that an undo removed meanwhile: refused, named.
    const std::optional<EditError> gone = checkLink(ws, l, QStringLiteral("mx1-gone"));
    QVERIFY(gone && gone->field == Field::Id);
    QVERIFY2(gone->message.contains(QLatin1String("'mx1-gone' is no longer")), qPrintable(gone->message));
    Workspace added = putLink(ws, l, {});
    QCOMPARE(added.links.last(), l);
    verifyRoundTrip(added);

    // A link with observations renamed: they follow it.
    const QString observedId = added.links.first().id;
    Observation o;
    o.link = observedId;
    o.transport = QStringLiteral("tls");
    o.firstSeen = o.lastSeen = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    added.observations.append(o);
    Link renamed = added.links.first();
    renamed.id = QStringLiteral("inbound-tokyo");
    renamed.note = QStringLiteral("Primary MX");
    QVERIFY(!checkLink(added, renamed, observedId));
    const Workspace after = putLink(added, renamed, observedId);
    QCOMPARE(after.links.first(), renamed);
    QCOMPARE(after.observations.first().link, QStringLiteral("inbound-tokyo"));
    QCOMPARE(after.links.size(), added.links.size());
    verifyRoundTrip(after);
}

QTEST_GUILESS_MAIN(TestWorkspaceEdit)
#include "tst_workspace_edit.moc"
