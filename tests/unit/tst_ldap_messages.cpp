// LDAP messages for the StartTLS dialogue: the requests we send decode as
// RFC 4511 says, and the reader takes real answers and rejects lying lengths.

#include "probes/ldap_messages.h"

#include <QTest>

using namespace mailtls;

namespace {

QByteArray tlv(quint8 tag, const QByteArray &content)
{
    QByteArray out(1, char(tag));
    if (content.size() < 0x80) {
        out.append(char(content.size()));
    } else {
        out.append(char(0x82));
        out.append(char(content.size() >> 8));
        out.append(char(content.size() & 0xff));
    }
    return out + content;
}

QByteArray msg(int id, const QByteArray &op) { return tlv(0x30, tlv(0x02, QByteArray(1, char(id))) + op); }

QByteArray result(quint8 tag, int code, const QByteArray &diagnostic, const QByteArray &extra = {})
{
    return tlv(tag, tlv(0x0a, QByteArray(1, char(code))) + tlv(0x04, {}) + tlv(0x04, diagnostic) + extra);
}

} // namespace

class TestLdapMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestsDecode();
    void simpleBind();
    void simpleBindAnswer_data();
    void simpleBindAnswer();
    void parse_data();
    void parse();
    void framing_data();
    void framing();
};

void TestLdapMessages::requestsDecode()
{
    // Our own requests read back with our reader's framing: one whole message each.
    for (const QByteArray &request : {ldapRootDseRequest(1), ldapStartTlsRequest(2)}) {
        qsizetype need = 0;
        QCOMPARE(ldapMessageSize(request, &need), request.size());
    }
    const QByteArray startTls = ldapStartTlsRequest(2);
    // 30 len 02 01 02 77 len 80 len OID
    QCOMPARE(startTls.left(5), QByteArray("\x30\x1d\x02\x01\x02", 5));
    QCOMPARE(quint8(startTls[5]), quint8(0x77));
    QVERIFY(startTls.endsWith(QByteArray(QByteArray("\x80\x16") + kStartTlsOid)));
    const QByteArray search = ldapRootDseRequest(1);
    QVERIFY(search.contains(QByteArray("\x87\x0bobjectClass")));
    QVERIFY(search.contains("supportedSASLMechanisms"));
}

void TestLdapMessages::simpleBind()
{
    // BindRequest ::= [APPLICATION 0] { version 3, name, simple [0] password }, byte for byte.
    const QByteArray bind = ldapSimpleBindRequest(4, "cn=x,dc=invalid", "pw");
    const QByteArray expected = msg(4, tlv(0x60, tlv(0x02, QByteArray(1, '\x03')) + tlv(0x04, "cn=x,dc=invalid") +
                                                     tlv(0x80, "pw")));
    QCOMPARE(bind, expected);
    qsizetype need = 0;
    QCOMPARE(ldapMessageSize(bind, &need), bind.size());
    // A password long enough for the long length form stays framed.
    const QByteArray longer = ldapSimpleBindRequest(4, QByteArray(200, 'n'), "pw");
    QCOMPARE(ldapMessageSize(longer, &need), longer.size());
    QCOMPARE(quint8(longer[1]), quint8(0x81));
    // UnbindRequest ::= [APPLICATION 2] NULL.
    QCOMPARE(ldapUnbindRequest(6), QByteArray("\x30\x05\x02\x01\x06\x42\x00", 7));
    // The root DSE search asks for the naming contexts the bind's name goes under.
    QVERIFY(ldapRootDseRequest(1).contains("namingContexts"));
    QVERIFY(ldapRootDseRequest(1).contains("defaultNamingContext"));
}

void TestLdapMessages::simpleBindAnswer_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("answer");
    const int refused = int(SimpleBindAnswer::Refused);
    const int evaluated = int(SimpleBindAnswer::Evaluated);
    const int undecided = int(SimpleBindAnswer::Undecided);
    QTest::newRow("confidentialityRequired (OpenLDAP simple_bind=128)") << 13 << refused;
    QTest::newRow("strongerAuthRequired (AD signing required)") << 8 << refused;
    QTest::newRow("unwillingToPerform (OpenLDAP disallow bind_simple)") << 53 << refused;
    QTest::newRow("authMethodNotSupported") << 7 << refused;
    QTest::newRow("invalidCredentials") << 49 << evaluated;
    QTest::newRow("success") << 0 << evaluated;
    QTest::newRow("noSuchObject") << 32 << evaluated;
    QTest::newRow("inappropriateAuthentication") << 48 << evaluated;
    QTest::newRow("operationsError") << 1 << undecided;
    QTest::newRow("protocolError") << 2 << undecided;
    QTest::newRow("busy") << 51 << undecided;
    QTest::newRow("unavailable") << 52 << undecided;
    QTest::newRow("other") << 80 << undecided;
    QTest::newRow("negative") << -1 << undecided;
}

void TestLdapMessages::simpleBindAnswer()
{
    QFETCH(int, code);
    QFETCH(int, answer);
    QCOMPARE(int(mailtls::simpleBindAnswer(code)), answer);
}

void TestLdapMessages::parse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("op"); // -1: malformed
    QTest::addColumn<int>("code");
    const QByteArray attributes =
        tlv(0x30, tlv(0x30, tlv(0x04, "supportedExtension") +
                                tlv(0x31, tlv(0x04, kStartTlsOid) + tlv(0x04, "1.3.6.1.1.8"))) +
                      tlv(0x30, tlv(0x04, "objectClass") + tlv(0x31, tlv(0x04, "OpenLDAProotDSE"))));
    QTest::newRow("root DSE entry") << msg(1, tlv(0x64, tlv(0x04, {}) + attributes))
                                    << int(LdapMessage::Op::SearchResultEntry) << -1;
    QTest::newRow("search done") << msg(1, result(0x65, 0, {})) << int(LdapMessage::Op::SearchResultDone) << 0;
    QTest::newRow("StartTLS success") << msg(2, result(0x78, 0, {}, tlv(0x8a, kStartTlsOid)))
                                      << int(LdapMessage::Op::ExtendedResponse) << 0;
    QTest::newRow("StartTLS unavailable") << msg(2, result(0x78, 52, "TLS not configured"))
                                          << int(LdapMessage::Op::ExtendedResponse) << 52;
    QTest::newRow("BindResponse confidentialityRequired")
        << msg(4, result(0x61, 13, "confidentiality required")) << int(LdapMessage::Op::BindResponse) << 13;
    QTest::newRow("BindResponse invalidCredentials, serverSaslCreds")
        << msg(4, result(0x61, 49, {}, tlv(0x87, "creds"))) << int(LdapMessage::Op::BindResponse) << 49;
    QTest::newRow("BindResponse without a diagnosticMessage")
        << msg(4, tlv(0x61, tlv(0x0a, QByteArray(1, '\x31')) + tlv(0x04, {}))) << -1 << -1;
    QTest::newRow("BindResponse with a cut extra element")
        << msg(4, result(0x61, 0, {}, QByteArray("\x87\x05" "ab", 4))) << -1 << -1;
    QTest::newRow("long-form lengths") << msg(1, result(0x65, 0, QByteArray(300, 'd')))
                                       << int(LdapMessage::Op::SearchResultDone) << 0;
    QTest::newRow("inner length past the end")
        << QByteArray("\x30\x0c\x02\x01\x01\x65\x07\x0a\x01\x00\x04\x00\x04\x7f", 14) << -1 << -1;
    QTest::newRow("indefinite length") << QByteArray("\x30\x80\x02\x01\x01\x00\x00", 7) << -1 << -1;
    QTest::newRow("entry with a non-string value")
        << msg(1, tlv(0x64, tlv(0x04, {}) + tlv(0x30, tlv(0x30, tlv(0x04, "a") + tlv(0x31, tlv(0x02, "x"))))))
        << -1 << -1;
    QTest::newRow("not LDAP") << QByteArray("220 smtp ready\r\n") << -1 << -1;
}

void TestLdapMessages::parse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, op);
    QFETCH(int, code);
    QString error;
    const auto m = parseLdapMessage(bytes, &error);
    if (op < 0) {
        QVERIFY(!m);
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(m, qPrintable(error));
    QCOMPARE(int(m->op), op);
    QCOMPARE(m->resultCode, code);
    if (m->op == LdapMessage::Op::SearchResultEntry) {
        QCOMPARE(m->attributes.value("supportedextension").size(), 2);
        QCOMPARE(m->attributes.value("supportedextension").first(), QByteArray(kStartTlsOid));
        QCOMPARE(m->attributes.value("objectclass"), QList<QByteArray>{"OpenLDAProotDSE"});
    }
    if (code == 52)
        QCOMPARE(m->diagnosticMessage, QByteArray("TLS not configured"));
    if (code == 13)
        QCOMPARE(m->diagnosticMessage, QByteArray("confidentiality required"));
}

void TestLdapMessages::framing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("need");
    QTest::newRow("empty") << QByteArray() << 0 << 2;
    QTest::newRow("short form, partial") << QByteArray("\x30\x05\x02", 3) << 0 << 4;
    QTest::newRow("short form, whole") << QByteArray("\x30\x03\x02\x01\x01", 5) << 5 << 0;
    QTest::newRow("long form header cut") << QByteArray("\x30\x82\x01", 3) << 0 << 1;
    QTest::newRow("long form, body missing") << QByteArray("\x30\x82\x01\x00", 4) << 0 << 256;
    QTest::newRow("over the bound") << QByteArray("\x30\x84\x7f\xff\xff\xff", 6) << -1 << 0;
    QTest::newRow("not a SEQUENCE") << QByteArray("+OK\r\n") << -1 << 0;
}

void TestLdapMessages::framing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, size);
    QFETCH(int, need);
    qsizetype needMore = -1;
    QCOMPARE(int(ldapMessageSize(bytes, &needMore)), size);
    QCOMPARE(int(needMore), need);
}

QTEST_GUILESS_MAIN(TestLdapMessages)
#include "tst_ldap_messages.moc"
