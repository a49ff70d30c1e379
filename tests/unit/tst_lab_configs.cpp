// The lab's own logic without starting servers: the description parser, the
// dependency order, the generated configurations and the certificates.

#include "lab/certificates.h"
#include "lab/labspec.h"
#include "lab/serverconfigs.h"

#include <QDateTime>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace mailtls::lab;

class TestLabConfigs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoLabParses();
    void selectionAddsSaslProvider();
    void rejects_data();
    void rejects();
    void gnutlsLegacy();
    void postfixPostures_data();
    void postfixPostures();
    void dovecotPlaintextAuth();
    void nginxHsts();
    void postfixAsClient();
    void slapdBinds_data();
    void slapdBinds();
    void certificates_data();
    void certificates();

private:
    LabSpec m_spec;
};

void TestLabConfigs::initTestCase()
{
    const auto r = loadLabSpec(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/lab.json"));
    QVERIFY2(r.spec, qPrintable(r.error));
    m_spec = *r.spec;
}

void TestLabConfigs::demoLabParses()
{
    QCOMPARE(m_spec.services.size(), 10);
    // The DNS: on an address no service uses, the policy on the webmail's https listener.
    QVERIFY(m_spec.dns);
    QCOMPARE(m_spec.dns->zone, QStringLiteral("kumo.example"));
    QCOMPARE(m_spec.dns->mx, (QStringList{QStringLiteral("mx1"), QStringLiteral("mx2")}));
    QCOMPARE(m_spec.dns->policyHost(), QStringLiteral("mta-sts.kumo.example"));
    QCOMPARE(m_spec.policyPort(), quint16(2443));
    QCOMPARE(m_spec.dns->otherZones.size(), 1);
    QCOMPARE(m_spec.dns->otherZones.first().zone, QStringLiteral("kumo-shop.example"));
    for (const Service &s : std::as_const(m_spec.services))
        QVERIFY2(s.address != m_spec.dns->address, qPrintable(s.id));
    QCOMPARE(dnsStageFromKey(u"enforce"), std::optional<DnsStage>(DnsStage::Enforce));
    QCOMPARE(dnsStageFromKey(u"strict"), std::nullopt);
    const Service *mx2 = m_spec.service(QStringLiteral("mx2"));
    QVERIFY(mx2);
    QCOMPARE(mx2->tls, TlsPosture::Weak);
    QVERIFY(mx2->certificate.expired);
    QCOMPARE(mx2->listeners.first().expect.tlsVersions,
             (QStringList{QStringLiteral("TLSv1"), QStringLiteral("TLSv1.1"), QStringLiteral("TLSv1.2")}));

    // The Internet the relay sends to: three destinations, two with DANE,
    // found through the lab's resolver (MX lookup, then the receiver's port).
    QCOMPARE(m_spec.dns->resolver, QStringLiteral("127.0.0.58"));
    QCOMPARE(m_spec.dns->destinations.size(), 3);
    const DnsSpec::Destination *bad = m_spec.dns->destination(QStringLiteral("bad-certificate.partners.example"));
    QVERIFY(bad && bad->dane && bad->port == 2625);
    QCOMPARE(bad->mxHost(), QStringLiteral("mx.bad-certificate.partners.example"));
    QVERIFY(!m_spec.dns->destination(QStringLiteral("normal.partners.example"))->dane);
    QCOMPARE(m_spec.transport(QStringLiteral("smtp:bad-certificate.partners.example:2625")),
             QStringLiteral("smtp:bad-certificate.partners.example:2625"));
    const Service *relay = m_spec.service(QStringLiteral("relay"));
    QVERIFY(relay);
    const ServicePaths p{QStringLiteral("/tmp/lab/relay"), {}, {}, {}, {}, {}, {}, {}, {}, {}};
    ServicePaths routed = p;
    for (const auto &[domain, target] : relay->routes)
        routed.transports.append({domain, m_spec.transport(target)});
    QVERIFY(postfixMainCf(*relay, routed).contains(
        QLatin1StringView("stripped.partners.example=smtp:stripped.partners.example:2625")));
}

void TestLabConfigs::selectionAddsSaslProvider()
{
    QString error;
    const QList<Service> s = m_spec.selection({QStringLiteral("submission")}, &error);
    QCOMPARE(error, QString());
    QCOMPARE(s.size(), 2);
    QCOMPARE(s.at(0).id, QStringLiteral("imap")); // the provider starts first
    QCOMPARE(s.at(1).id, QStringLiteral("submission"));
    m_spec.selection({QStringLiteral("nope")}, &error);
    QVERIFY(error.contains(QLatin1String("nope")));
}

void TestLabConfigs::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("non-loopback address")
        << QByteArray(R"({"services":[{"id":"a","server":"postfix","host":"a","address":"192.0.2.1","listeners":[{"protocol":"smtp","port":2525}]}]})")
        << "127.0.0.0/8";
    QTest::newRow("privileged port")
        << QByteArray(R"({"services":[{"id":"a","server":"postfix","host":"a","address":"127.0.0.9","listeners":[{"protocol":"smtp","port":25}]}]})")
        << "1024";
    QTest::newRow("unknown server")
        << QByteArray(R"({"services":[{"id":"a","server":"exim","host":"a","address":"127.0.0.9"}]})")
        << "unknown server 'exim'";
    QTest::newRow("socket used twice")
        << QByteArray(R"({"services":[{"id":"a","server":"postfix","host":"a","address":"127.0.0.9","listeners":[{"protocol":"smtp","port":2525},{"protocol":"submission","port":2525}]}]})")
        << "used twice";
    QTest::newRow("sasl without dovecot")
        << QByteArray(R"({"services":[{"id":"a","server":"postfix","host":"a","address":"127.0.0.9","sasl":"b","listeners":[{"protocol":"smtp","port":2525}]}]})")
        << "sasl names no Dovecot service";
    QTest::newRow("gnutls with a mail protocol")
        << QByteArray(R"({"services":[{"id":"g","server":"gnutls","host":"g","address":"127.0.0.9","listeners":[{"protocol":"smtp","port":2525}]}]})")
        << "one implicit TLS listener";
    QTest::newRow("gnutls port shared")
        << QByteArray(R"({"services":[{"id":"g","server":"gnutls","host":"g","address":"127.0.0.9","listeners":[{"protocol":"tls","port":2991}]},)"
                      R"({"id":"a","server":"nginx","host":"a","address":"127.0.0.8","listeners":[{"protocol":"https","port":2991}]}]})")
        << "also used by 'a'";
    QTest::newRow("route to nowhere")
        << QByteArray(R"({"services":[{"id":"a","server":"postfix","host":"a","address":"127.0.0.9","routes":{"x.example":"b"},"listeners":[{"protocol":"smtp","port":2525}]}]})")
        << "route for x.example names 'b'";
    QTest::newRow("unknown auth")
        << QByteArray(R"({"services":[{"id":"d","server":"slapd","host":"d","address":"127.0.0.9","auth":"tls","listeners":[{"protocol":"ldap","port":2389}]}]})")
        << "auth must be any, tls-only or none";
    QTest::newRow("auth_mechanisms with a newline")
        << QByteArray(R"({"services":[{"id":"a","server":"dovecot","host":"a","address":"127.0.0.9","auth_mechanisms":"plain\nssl = no","listeners":[{"protocol":"imap","port":2143}]}]})")
        << "auth_mechanisms must be";
    QTest::newRow("route from dovecot")
        << QByteArray(R"({"services":[{"id":"a","server":"dovecot","host":"a","address":"127.0.0.9","routes":{"x.example":"a"},"listeners":[{"protocol":"lmtp","port":2424}]}]})")
        << "only Postfix services route mail";
    const QByteArray mx = R"({"id":"m","server":"postfix","host":"m.x.example","address":"127.0.0.9","listeners":[{"protocol":"smtp","port":2525}]})";
    QTest::newRow("dns on a public address")
        << QByteArray(R"({"services":[)" + mx + R"(],"dns":{"zone":"x.example","address":"192.0.2.1","port":2053}})")
        << "not an IPv4 loopback address";
    QTest::newRow("dns zone with a final dot")
        << QByteArray(R"({"services":[)" + mx + R"(],"dns":{"zone":"x.example.","address":"127.0.0.9","port":2053}})")
        << "is not a domain name";
    QTest::newRow("dns mx that is no postfix")
        << QByteArray(R"({"services":[)" + mx + R"(],"dns":{"zone":"x.example","address":"127.0.0.9","port":2053,"mx":["w"]}})")
        << "mx names 'w'";
    QTest::newRow("dns mx outside the zone")
        << QByteArray(R"({"services":[)" + mx + R"(],"dns":{"zone":"y.example","address":"127.0.0.9","port":2053,"mx":["m"]}})")
        << "is not in the zone";
    QTest::newRow("other zone with an mx of its own")
        << QByteArray(R"({"services":[)" + mx + R"(],"dns":{"zone":"x.example","address":"127.0.0.9","port":2053,"other_zones":[{"zone":"y.example","mx":["m"]}]}})")
        << "mx 'm' is not an mx of x.example";
    QTest::newRow("mta-sts on a postfix")
        << QByteArray(R"({"services":[)" + mx + R"(],"dns":{"zone":"x.example","address":"127.0.0.9","port":2053,"mta_sts_service":"m"}})")
        << "mta_sts_service names 'm'";
    QTest::newRow("unknown client security level")
        << QByteArray(R"({"services":[{"id":"a","server":"postfix","host":"a","address":"127.0.0.9","smtp_client":{"security_level":"maybe"},"listeners":[{"protocol":"smtp","port":2525}]}]})")
        << "security_level must be one of";
    QTest::newRow("next hop off loopback")
        << QByteArray(R"({"services":[{"id":"a","server":"postfix","host":"a","address":"127.0.0.9","routes":{"x.test":"smtp:[192.0.2.1]:25"},"listeners":[{"protocol":"smtp","port":2525}]}]})")
        << "neither a Postfix service";
    const QByteArray dns = R"("dns":{"zone":"x.example","address":"127.0.0.9","port":2053,"resolver":"127.0.0.10",)";
    QTest::newRow("resolver on the dns address")
        << QByteArray(R"({"services":[)" + mx + R"(],"dns":{"zone":"x.example","address":"127.0.0.9","port":2053,"resolver":"127.0.0.9"}})")
        << "resolver '127.0.0.9' is not an IPv4 loopback address of its own";
    QTest::newRow("destinations without a resolver")
        << QByteArray(R"({"services":[)" + mx + R"(],"dns":{"zone":"x.example","address":"127.0.0.9","port":2053,"destinations":[{"domain":"p.example","address":"127.0.0.71","port":2625}]}})")
        << "destinations need a resolver";
    QTest::newRow("destination off loopback")
        << QByteArray(R"({"services":[)" + mx + "]," + dns + R"("destinations":[{"domain":"p.example","address":"192.0.2.7","port":2625}]}})")
        << "destinations[0]: address '192.0.2.7' is not an IPv4 loopback address";
    QTest::newRow("destination twice")
        << QByteArray(R"({"services":[)" + mx + "]," + dns + R"("destinations":[{"domain":"p.example","address":"127.0.0.71","port":2625},{"domain":"p.example","address":"127.0.0.72","port":2625}]}})")
        << "destinations[1]: domain 'p.example' is not a domain name of its own";
    QTest::newRow("destination on a server's address")
        << QByteArray(R"({"services":[)" + mx + "]," + dns + R"("destinations":[{"domain":"p.example","address":"127.0.0.9","port":2625}]}})")
        << "destinations[0]: address 127.0.0.9 is a server's of the lab";
    QTest::newRow("destination that is another zone")
        << QByteArray(R"({"services":[)" + mx + "]," + dns + R"("other_zones":[{"zone":"p.example","mx":[]}],"destinations":[{"domain":"p.example","address":"127.0.0.71","port":2625}]}})")
        << "destinations[0]: domain 'p.example' is not a domain name of its own";
    QTest::newRow("destination without a port")
        << QByteArray(R"({"services":[)" + mx + "]," + dns + R"("destinations":[{"domain":"p.example","address":"127.0.0.71"}]}})")
        << "destinations[0]: port 0 is out of range";
    QTest::newRow("route to a destination on another port")
        << QByteArray(R"({"services":[{"id":"a","server":"postfix","host":"a","address":"127.0.0.9","routes":{"p.example":"smtp:p.example:25"},"listeners":[{"protocol":"smtp","port":2525}]}],)" + dns + R"("destinations":[{"domain":"p.example","address":"127.0.0.71","port":2625}]}})")
        << "route for p.example names 'smtp:p.example:25'";
    QTest::newRow("route through dns without destinations")
        << QByteArray(R"({"services":[{"id":"a","server":"postfix","host":"a","address":"127.0.0.9","routes":{"p.example":"smtp:p.example:2625"},"listeners":[{"protocol":"smtp","port":2525}]}]})")
        << "route for p.example names 'smtp:p.example:2625'";
    QTest::newRow("tls-rpt without mailto")
        << QByteArray(R"({"services":[)" + mx + R"(],"dns":{"zone":"x.example","address":"127.0.0.9","port":2053,"tls_rpt":"https://r"}})")
        << "no mailto: URI";
}

void TestLabConfigs::gnutlsLegacy()
{
    const Service *s = m_spec.service(QStringLiteral("legacy"));
    QVERIFY(s);
    QCOMPARE(s->kind, ServerKind::Gnutls);
    QCOMPARE(s->certificate.key, QStringLiteral("rsa1024"));
    const ServicePaths p{QStringLiteral("/tmp/lab/legacy"), QStringLiteral("/c"), QStringLiteral("/k"),
                         QStringLiteral("/dh"), {}, {}, {}, {}, {}, {}};
    const QString args = gnutlsArguments(*s, p).join(QLatin1Char(' '));
    for (const char *part : {"--port=2991", "+VERS-TLS1.0", "+ARCFOUR-128", "+3DES-CBC", "%SERVER_PRECEDENCE",
                             "--dhparams=/dh", "--x509keyfile=/k", "--echo"})
        QVERIFY2(args.contains(QLatin1StringView(part)), part);
    QVERIFY(!args.contains(QLatin1StringView("VERS-TLS1.3")));
}

void TestLabConfigs::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    const auto r = parseLabSpec(json, QStringLiteral("lab.json"));
    QVERIFY(!r.spec);
    QVERIFY2(r.error.contains(errorPart), qPrintable(r.error));
}

void TestLabConfigs::postfixPostures_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("strong") << "mx1"
                            << QStringList{QStringLiteral("smtpd_tls_protocols = >=TLSv1.2"),
                                           QStringLiteral("tls_high_cipherlist = ECDHE+AESGCM:ECDHE+CHACHA20"),
                                           QStringLiteral("smtpd_tls_received_header = yes"),
                                           QStringLiteral("relay_domains = kumo.example\n"),
                                           QStringLiteral("transport_maps = inline:{ kumo.example=smtp:[127.0.0.13]:2525 }")}
                            << QStringList{QStringLiteral("SECLEVEL=0"), QStringLiteral("smtpd_sasl_auth_enable")};
    QTest::newRow("weak") << "mx2"
                          << QStringList{QStringLiteral("!TLSv1.3"), QStringLiteral("@SECLEVEL=0")}
                          << QStringList{QStringLiteral(">=TLSv1.2")};
    QTest::newRow("none") << "relay"
                          << QStringList{QStringLiteral("smtpd_tls_security_level = none"),
                                         QStringLiteral("kumo.example=lmtp:inet:127.0.0.21:2424"),
                                         QStringLiteral("archive.kumo.internal=lmtp:inet:127.0.0.23:2424"),
                                         QStringLiteral("always_bcc = journal@archive.kumo.internal"),
                                         QStringLiteral("lmtp_tls_security_level = may")}
                          << QStringList{QStringLiteral("smtpd_tls_chain_files"),
                                         QStringLiteral("smtpd_tls_received_header")};
    QTest::newRow("auth before starttls")
        << "submission"
        << QStringList{QStringLiteral("smtpd_sasl_auth_enable = yes"),
                       QStringLiteral("smtpd_tls_auth_only = no"), QStringLiteral("/imap/run/auth-client")}
        << QStringList{};
}

void TestLabConfigs::postfixPostures()
{
    QFETCH(QString, id);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const Service *s = m_spec.service(id);
    QVERIFY(s);
    ServicePaths p{QStringLiteral("/tmp/lab/") + id, QStringLiteral("/c.pem"), QStringLiteral("/k.pem"),
                   {}, QStringLiteral("/tmp/lab/imap/run/auth-client"), {}, {}, {}, {}, {}};
    for (const auto &[domain, target] : s->routes)
        p.transports.append({domain, m_spec.transport(target)});
    const QString main = postfixMainCf(*s, p);
    for (const QString &line : present)
        QVERIFY2(main.contains(line), qPrintable(line));
    for (const QString &line : absent)
        QVERIFY2(!main.contains(line), qPrintable(line));
    const QString master = postfixMasterCf(*s);
    for (const Listener &l : s->listeners)
        QVERIFY(master.contains(s->address + QLatin1Char(':') + QString::number(l.port) + QStringLiteral(" inet")));
    QCOMPARE(master.contains(QLatin1String("smtpd_tls_wrappermode=yes")),
             id == QLatin1String("submission"));
}

void TestLabConfigs::postfixAsClient()
{
    // A relay that delivers to the test receiver: an explicit loopback next
    // hop per domain, and its own client TLS settings.
    const auto r = parseLabSpec(R"({"services":[{"id":"out","server":"postfix","host":"out.lab.test",
        "address":"127.0.0.95","routes":{"normal.receiver.test":"smtp:[127.0.0.93]:2601"},
        "smtp_client":{"security_level":"verify","protocols":">=TLSv1.2","servername":"hostname","ca_file":"lab"},
        "listeners":[{"protocol":"smtp","port":2525}]}]})",
                                QStringLiteral("lab.json"));
    QVERIFY2(r.spec, qPrintable(r.error));
    const Service &s = r.spec->services.constFirst();
    ServicePaths p{QStringLiteral("/tmp/lab/out"), QStringLiteral("/c.pem"), QStringLiteral("/k.pem"), {}, {}, {}, {},
                   {}, {}, {}, QStringLiteral("/tmp/lab/ca.pem")};
    for (const auto &[domain, target] : s.routes)
        p.transports.append({domain, r.spec->transport(target)});
    const QString main = postfixMainCf(s, p);
    for (const char *line : {"smtp_tls_security_level = verify\n", "smtp_tls_protocols = >=TLSv1.2\n",
                             "smtp_tls_servername = hostname\n", "smtp_tls_CAfile = /tmp/lab/ca.pem\n",
                             "normal.receiver.test=smtp:[127.0.0.93]:2601"})
        QVERIFY2(main.contains(QLatin1StringView(line)), line);
    // The demo's services keep the opportunistic default and send no SNI.
    const QString demo = postfixMainCf(*m_spec.service(QStringLiteral("mx1")), ServicePaths{});
    QVERIFY(demo.contains(QLatin1StringView("smtp_tls_security_level = may\n")));
    QVERIFY(!demo.contains(QLatin1StringView("smtp_tls_servername")));
}

void TestLabConfigs::dovecotPlaintextAuth()
{
    const ServicePaths p{QStringLiteral("/tmp/lab/x"), QStringLiteral("/c"), QStringLiteral("/k"),
                         QStringLiteral("/dh"), {}, {}, {}, {}, {}, {}};
    const QString pop = dovecotConf(*m_spec.service(QStringLiteral("pop")), p);
    QVERIFY(pop.contains(QLatin1String("disable_plaintext_auth = no")));
    QVERIFY(pop.contains(QLatin1String("protocols = pop3\n")));
    QVERIFY(pop.contains(QLatin1String("port = 2995\n    ssl = yes")));
    const QString imap = dovecotConf(*m_spec.service(QStringLiteral("imap")), p);
    QVERIFY(imap.contains(QLatin1String("disable_plaintext_auth = yes")));
    QVERIFY(imap.contains(QLatin1String("protocols = imap lmtp")));
    QVERIFY(imap.contains(QLatin1String("auth_mechanisms = plain login\n"))); // the lab's default
    Service scram = *m_spec.service(QStringLiteral("imap"));
    scram.authMechanisms = QStringLiteral("scram-sha-256");
    QVERIFY(dovecotConf(scram, p).contains(QLatin1String("auth_mechanisms = scram-sha-256\n")));
    const QString archive = dovecotConf(*m_spec.service(QStringLiteral("archive")), p);
    QVERIFY(archive.contains(QLatin1String("ssl = no")));
    QVERIFY(!archive.contains(QLatin1String("ssl_cert")));
}

void TestLabConfigs::nginxHsts()
{
    const ServicePaths p{QStringLiteral("/tmp/lab/w"), QStringLiteral("/c"), QStringLiteral("/k"),
                         {}, {}, {}, {}, {}, {}, {}};
    Service web = *m_spec.service(QStringLiteral("webmail"));
    QString conf = nginxConf(web, p);
    QVERIFY(conf.contains(QLatin1String("Strict-Transport-Security")));
    QVERIFY(conf.contains(QLatin1String("listen 127.0.0.31:2443 ssl;")));
    QVERIFY(conf.contains(QLatin1String("listen 127.0.0.31:2080;")));
    QVERIFY(!conf.contains(QLatin1String("return 301")));
    web.hsts = false;
    web.httpRedirect = true;
    conf = nginxConf(web, p);
    QVERIFY(!conf.contains(QLatin1String("Strict-Transport-Security")));
    QVERIFY(conf.contains(QLatin1String("return 301 https://webmail.kumo.example:2443$request_uri;")));
    QVERIFY(!conf.contains(QLatin1String("mta-sts")));
    // The MTA-STS policy host: a server block of its own on the https listener, after the
    // webmail's (the default for clients without SNI).
    const ServicePaths policy{QStringLiteral("/tmp/lab/w"), QStringLiteral("/c"), QStringLiteral("/k"),
                              {}, {}, {}, QStringLiteral("mta-sts.kumo.example"), QStringLiteral("/pc"),
                              QStringLiteral("/pk"), QStringLiteral("/www")};
    conf = nginxConf(web, policy);
    const qsizetype block = conf.indexOf(QLatin1String("server_name mta-sts.kumo.example;"));
    QVERIFY(block > conf.indexOf(QLatin1String("server_name webmail.kumo.example;")));
    QCOMPARE(conf.count(QLatin1String("server_name mta-sts.kumo.example;")), 1);
    QVERIFY(conf.lastIndexOf(QLatin1String("listen 127.0.0.31:2443 ssl;"), block) > conf.indexOf(QLatin1String("server_name webmail")));
    for (const char *part : {"ssl_certificate /pc;", "ssl_certificate_key /pk;", "root /www;",
                             "location = /.well-known/mta-sts.txt {\n      default_type text/plain;"})
        QVERIFY2(conf.indexOf(QLatin1StringView(part), block) > block, part);
}

void TestLabConfigs::slapdBinds_data()
{
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    const QString secprops = QStringLiteral("sasl-secprops noanonymous,noplain,noactive\n");
    QTest::newRow("any: slapd's defaults") << "any" << QStringList{}
                                           << QStringList{QStringLiteral("security"), QStringLiteral("disallow"),
                                                          QStringLiteral("sasl-secprops")};
    QTest::newRow("tls-only") << "tls-only" << QStringList{QStringLiteral("security simple_bind=128\n"), secprops}
                              << QStringList{QStringLiteral("disallow")};
    QTest::newRow("none") << "none" << QStringList{QStringLiteral("disallow bind_simple\n"), secprops}
                          << QStringList{QStringLiteral("security")};
}

void TestLabConfigs::slapdBinds()
{
    QFETCH(QString, auth);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const ServicePaths p{QStringLiteral("/tmp/lab/d"), QStringLiteral("/c"), QStringLiteral("/k"),
                         {}, {}, {}, {}, {}, {}, {}};
    Service directory = *m_spec.service(QStringLiteral("directory"));
    QCOMPARE(directory.auth, QStringLiteral("any")); // the demo directory keeps slapd's defaults
    directory.auth = auth;
    const QString conf = slapdConf(directory, p);
    for (const QString &part : present)
        QVERIFY2(conf.contains(part), qPrintable(part));
    for (const QString &part : absent)
        QVERIFY2(!conf.contains(part), qPrintable(part));
    // A database for the host's domain, after the global settings: binds reach slapd's security checks.
    QVERIFY(conf.endsWith(QLatin1String("database ldif\nsuffix \"dc=kumo,dc=internal\"\ndirectory /tmp/lab/d/ldif\n")));
}

void TestLabConfigs::certificates_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("expired");
    QTest::addColumn<bool>("selfSigned");
    QTest::addColumn<int>("bits");
    QTest::newRow("rsa2048 valid") << "rsa2048" << false << false << 2048;
    QTest::newRow("rsa1024 expired") << "rsa1024" << true << false << 1024;
    QTest::newRow("ec256 self-signed") << "ec256" << false << true << 256;
}

void TestLabConfigs::certificates()
{
    QFETCH(QString, key);
    QFETCH(bool, expired);
    QFETCH(bool, selfSigned);
    QFETCH(int, bits);
    QTemporaryDir dir;
    CertificateAuthority ca;
    QCOMPARE(ca.create(dir.path()), QString());
    IssuedFiles files;
    CertificateSpec spec{key, expired, selfSigned};
    QCOMPARE(ca.issue(QStringLiteral("mx.lab.test"), QStringLiteral("127.0.0.5"), spec, dir.path(), &files),
             QString());
    const auto leaf = QSslCertificate::fromPath(files.certificate);
    QCOMPARE(leaf.size(), 1);
    const QSslCertificate &c = leaf.first();
    QCOMPARE(c.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("mx.lab.test")});
    const auto sans = c.subjectAlternativeNames();
    QVERIFY(sans.values(QSsl::DnsEntry).contains(QStringLiteral("mx.lab.test")));
    QVERIFY(sans.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.5")));
    QCOMPARE(c.expiryDate() < QDateTime::currentDateTimeUtc(), expired);
    QCOMPARE(c.isSelfSigned(), selfSigned);
    QCOMPARE(c.publicKey().length(), bits);
    const auto chain = QSslCertificate::fromPath(files.chain);
    QCOMPARE(chain.size(), selfSigned ? 1 : 2);
    if (!selfSigned) {
        const auto caCert = QSslCertificate::fromPath(ca.caCertificatePath());
        QCOMPARE(chain.at(1), caCert.first());
        QCOMPARE(c.issuerInfo(QSslCertificate::CommonName), caCert.first().subjectInfo(QSslCertificate::CommonName));
    }
}

QTEST_GUILESS_MAIN(TestLabConfigs)
#include "tst_lab_configs.moc"
