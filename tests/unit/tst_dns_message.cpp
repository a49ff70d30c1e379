// DNS messages: the names we agree to ask for, and the reader of the answer
// packets libunbound hands us: it takes real answers (MX, SRV, A/AAAA, CNAME
// chains, compression) and rejects every way a hostile or broken one can lie
// (pointer loops, lengths past the end) with a reason, never by reading out
// of bounds.

#include "probes/dns/dns_message.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace mailtls;
using namespace mailtls::dns;

namespace {

QByteArray u16(quint16 v)
{
    QByteArray out;
    out.append(char(v >> 8));
    out.append(char(v & 0xff));
    return out;
}
QByteArray u32(quint32 v) { return u16(quint16(v >> 16)) + u16(quint16(v & 0xffff)); }

QByteArray header(quint16 id, quint16 flags, quint16 qd, quint16 an, quint16 ns = 0, quint16 ar = 0)
{
    return u16(id) + u16(flags) + u16(qd) + u16(an) + u16(ns) + u16(ar);
}

// "mx1.kumo.example" as labels, ending in the root.
QByteArray name(const QByteArray &dotted)
{
    QByteArray out;
    for (const QByteArray &label : dotted.split('.')) {
        if (label.isEmpty())
            continue;
        out += char(label.size()) + label;
    }
    return out + '\0';
}

QByteArray pointer(quint16 offset) { return u16(quint16(0xc000 | offset)); }

QByteArray question(const QByteArray &qname, RecordType type) { return qname + u16(quint16(type)) + u16(1); }

QByteArray rr(const QByteArray &owner, RecordType type, const QByteArray &rdata, quint16 klass = 1)
{
    return owner + u16(quint16(type)) + u16(klass) + u32(300) + u16(quint16(rdata.size())) + rdata;
}

QByteArray opt(quint32 ttl = 0) { return QByteArray(1, '\0') + u16(41) + u16(1232) + u32(ttl) + u16(0); }

constexpr quint16 kResponse = 0x8180; // QR, RD, RA
constexpr qsizetype kQname = 12;      // where the question's name starts

// A compact, comparable view of a parsed message.
QString summary(const Message &m)
{
    QStringList parts;
    parts << QStringLiteral("id=%1").arg(m.id) << rcodeName(m.rcode);
    if (m.truncated)
        parts << QStringLiteral("TC");
    if (m.ednsUdpSize)
        parts << QStringLiteral("edns=%1").arg(*m.ednsUdpSize);
    for (const Question &q : m.questions)
        parts << QStringLiteral("q:%1/%2").arg(q.name, recordTypeName(q.type));
    auto section = [&](const char *tag, const QList<Record> &records) {
        for (const Record &r : records) {
            QString data;
            switch (r.type) {
            case RecordType::A:
            case RecordType::Aaaa: data = r.address.toString(); break;
            case RecordType::Mx: data = QStringLiteral("%1 %2").arg(r.preference).arg(r.target); break;
            case RecordType::Srv:
                data = QStringLiteral("%1 %2 %3 %4").arg(r.priority).arg(r.weight).arg(r.port).arg(r.target);
                break;
            case RecordType::Cname: data = r.target; break;
            default: data = QString::fromLatin1(r.data.toHex());
            }
            parts << QStringLiteral("%1:%2/%3=%4").arg(QLatin1StringView(tag), r.name, recordTypeName(r.type), data);
        }
    };
    section("an", m.answers);
    section("ns", m.authorities);
    section("ar", m.additionals);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestDnsMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodQueryNames_data();
    void goodQueryNames();
    void badQueryNames_data();
    void badQueryNames();
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void realAnswers();
};

void TestDnsMessage::goodQueryNames_data()
{
    QTest::addColumn<QString>("qname");
    QTest::newRow("plain") << "kumo.example";
    QTest::newRow("service labels") << "_imaps._tcp.kumo.example";
    QTest::newRow("trailing dot") << "mx1.kumo.example.";
    QTest::newRow("63-octet label") << QString(63, QLatin1Char('a')) + QStringLiteral(".example");
    QTest::newRow("252 octets") << QString(QString(62, QLatin1Char('a')) + QLatin1Char('.')).repeated(3) +
                                       QString(61, QLatin1Char('b'));
}

void TestDnsMessage::goodQueryNames()
{
    QFETCH(QString, qname);
    QString error;
    QVERIFY2(dns::checkQueryName(qname, &error), qPrintable(error));
}

void TestDnsMessage::badQueryNames_data()
{
    QTest::addColumn<QString>("qname");
    QTest::addColumn<QString>("what");
    QTest::newRow("empty label") << "kumo..example" << "1 to 63 characters";
    QTest::newRow("leading dot") << ".kumo.example" << "1 to 63 characters";
    QTest::newRow("64-octet label") << QString(64, QLatin1Char('a')) + QStringLiteral(".example") << "1 to 63";
    QTest::newRow("256 octets") << QString(QString(50, QLatin1Char('a')) + QLatin1Char('.')).repeated(5) + QStringLiteral("example")
                                << "longer than 255";
    QTest::newRow("space") << "kumo example" << "' ' is not";
    QTest::newRow("not ACE") << QStringLiteral("kumo.\u4f8b") << "is not a letter";
}

void TestDnsMessage::badQueryNames()
{
    QFETCH(QString, qname);
    QFETCH(QString, what);
    QString error;
    QVERIFY(!dns::checkQueryName(qname, &error));
    QVERIFY2(error.contains(what), qPrintable(error));
}

void TestDnsMessage::parse_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("expected");

    const QByteArray q = name("kumo.example");
    QTest::newRow("MX, compressed against the question")
        << header(7, kResponse, 1, 2) + question(q, RecordType::Mx) +
               rr(pointer(kQname), RecordType::Mx, u16(10) + "\x03mx1" + pointer(kQname)) +
               rr(pointer(kQname), RecordType::Mx, u16(20) + "\x03mx2" + pointer(kQname))
        << "id=7 NOERROR q:kumo.example/MX an:kumo.example/MX=10 mx1.kumo.example an:kumo.example/MX=20 mx2.kumo.example";
    QTest::newRow("null MX (RFC 7505)")
        << header(8, kResponse, 1, 1) + question(name("nomail.example"), RecordType::Mx) +
               rr(pointer(kQname), RecordType::Mx, u16(0) + '\0')
        << "id=8 NOERROR q:nomail.example/MX an:nomail.example/MX=0 .";
    const QByteArray srvName = name("_submission._tcp.kumo.example");
    QTest::newRow("SRV")
        << header(9, kResponse, 1, 1) + question(srvName, RecordType::Srv) +
               rr(pointer(kQname), RecordType::Srv, u16(0) + u16(1) + u16(587) + name("smtp.kumo.example"))
        << "id=9 NOERROR q:_submission._tcp.kumo.example/SRV an:_submission._tcp.kumo.example/SRV=0 1 587 smtp.kumo.example";
    QTest::newRow("SRV not offered (target .)")
        << header(10, kResponse, 1, 1) + question(name("_pop3._tcp.kumo.example"), RecordType::Srv) +
               rr(pointer(kQname), RecordType::Srv, u16(0) + u16(0) + u16(0) + '\0')
        << "id=10 NOERROR q:_pop3._tcp.kumo.example/SRV an:_pop3._tcp.kumo.example/SRV=0 0 0 .";
    QTest::newRow("A and AAAA")
        << header(11, kResponse, 1, 2) + question(name("mx1.kumo.example"), RecordType::A) +
               rr(pointer(kQname), RecordType::A, QByteArray("\xc0\x00\x02\x0b", 4)) +
               rr(pointer(kQname), RecordType::Aaaa, QByteArray::fromHex("20010db8000000000000000000000011"))
        << "id=11 NOERROR q:mx1.kumo.example/A an:mx1.kumo.example/A=192.0.2.11 an:mx1.kumo.example/AAAA=2001:db8::11";
    // mail -> www -> mx1, each target compressed against the previous record.
    {
        QByteArray wire = header(12, kResponse, 1, 3) + question(name("mail.kumo.example"), RecordType::A);
        const qsizetype kumo = kQname + 5; // "kumo.example" inside the question
        const qsizetype firstTarget = wire.size() + 2 + 10;
        wire += rr(pointer(kQname), RecordType::Cname, "\x03www" + pointer(quint16(kumo)));
        const qsizetype secondTarget = wire.size() + 2 + 10;
        wire += rr(pointer(quint16(firstTarget)), RecordType::Cname, "\x03mx1" + pointer(quint16(kumo)));
        wire += rr(pointer(quint16(secondTarget)), RecordType::A, QByteArray("\xc0\x00\x02\x0b", 4));
        QTest::newRow("CNAME chain")
            << wire
            << "id=12 NOERROR q:mail.kumo.example/A an:mail.kumo.example/CNAME=www.kumo.example "
               "an:www.kumo.example/CNAME=mx1.kumo.example an:mx1.kumo.example/A=192.0.2.11";
    }
    QTest::newRow("NXDOMAIN with SOA")
        << header(13, 0x8183, 1, 0, 1) + question(name("nx.example"), RecordType::Mx) +
               rr(name("example"), RecordType::Soa, name("ns.example") + name("host.example") + u32(1) + u32(2) + u32(3) + u32(4) + u32(5))
        << "id=13 NXDOMAIN q:nx.example/MX ns:example/SOA=026e73076578616d706c6500"
           "04686f7374076578616d706c65000000000100000002000000030000000400000005";
    QTest::newRow("SERVFAIL, no records") << header(14, 0x8182, 1, 0) + question(q, RecordType::Mx)
                                          << "id=14 SERVFAIL q:kumo.example/MX";
    QTest::newRow("REFUSED without a question") << header(15, 0x8185, 0, 0) << "id=15 REFUSED";
    QTest::newRow("TC: records are not read")
        << header(16, kResponse | 0x0200, 1, 74) + question(name("big.kumo.example"), RecordType::A) + "\xc0\x0c\x00"
        << "id=16 NOERROR TC q:big.kumo.example/A";
    QTest::newRow("EDNS with an extended RCODE (BADVERS)")
        << header(17, kResponse, 1, 0, 0, 1) + question(q, RecordType::Mx) + opt(0x01000000)
        << "id=17 RCODE16 edns=1232 q:kumo.example/MX";
    QTest::newRow("TXT keeps its raw data")
        << header(18, kResponse, 1, 1) + question(q, RecordType::Txt) +
               rr(pointer(kQname), RecordType::Txt, "\x05v=spf")
        << "id=18 NOERROR q:kumo.example/TXT an:kumo.example/TXT=05763d737066";
    QTest::newRow("odd octets are escaped")
        << header(19, kResponse, 1, 0) + question(QByteArray("\x04" "a.b\x01" "\x07" "example" "\0", 14), RecordType::A)
        << "id=19 NOERROR q:a\\.b\\001.example/A";
    QTest::newRow("the root") << header(20, kResponse, 1, 0) + question(QByteArray(1, '\0'), RecordType::Ns)
                              << "id=20 NOERROR q:./NS";
}

void TestDnsMessage::parse()
{
    QFETCH(QByteArray, wire);
    QFETCH(QString, expected);
    QString error;
    const auto m = parseMessage(wire, &error);
    QVERIFY2(m, qPrintable(error));
    QCOMPARE(summary(*m), expected);
}

void TestDnsMessage::rejects_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("what");
    const QByteArray q = question(name("kumo.example"), RecordType::Mx);
    const QByteArray h1 = header(1, kResponse, 1, 1);
    QTest::newRow("empty") << QByteArray() << "too short for a DNS header";
    QTest::newRow("11 octets") << header(1, kResponse, 0, 0).left(11) << "too short";
    QTest::newRow("question cut short") << header(1, kResponse, 1, 0) + q.chopped(2) << "question is cut short";
    QTest::newRow("name runs past the end") << header(1, kResponse, 1, 0) + "\x04kumo" << "runs past the end";
    QTest::newRow("label past the end") << header(1, kResponse, 1, 0) + "\x3f" "abc" << "label runs past the end";
    QTest::newRow("pointer to itself") << header(1, kResponse, 1, 0) + pointer(kQname) + u16(1) + u16(1)
                                       << "not back into the message";
    QTest::newRow("pointer forward") << header(1, kResponse, 1, 0) + pointer(kQname + 2) + '\0' + u16(1) + u16(1)
                                     << "not back into the message";
    QTest::newRow("pointer into the header") << header(1, kResponse, 1, 0) + pointer(4) + u16(1) + u16(1)
                                             << "not back into the message";
    QTest::newRow("pointer cut short") << header(1, kResponse, 1, 0) + "\xc0" << "pointer runs past the end";
    QTest::newRow("pointer loop through a label")
        << header(1, kResponse, 1, 0) + "\x01" "a" + pointer(kQname) + u16(1) + u16(1)
        << "more than 64 compression pointers";
    QTest::newRow("pointer loop through long labels")
        << header(1, kResponse, 1, 0) + '\x3f' + QByteArray(63, 'a') + pointer(kQname) + u16(1) + u16(1)
        << "longer than 255 octets";
    QTest::newRow("name over 255 octets")
        << header(1, kResponse, 1, 0) + QByteArray('\x3f' + QByteArray(63, 'a')).repeated(4) + '\0' + u16(1) + u16(1)
        << "longer than 255 octets";
    QTest::newRow("reserved label type") << header(1, kResponse, 1, 0) + "\x41" "a" << "reserved label type 0x40";
    QTest::newRow("count says more records than there are")
        << header(1, kResponse, 1, 65535) + q + rr(pointer(kQname), RecordType::A, "\x01\x02\x03\x04")
        << "runs past the end";
    QTest::newRow("record header cut short") << h1 + q + pointer(kQname) + u16(1) << "record is cut short";
    QTest::newRow("data length past the end")
        << h1 + q + pointer(kQname) + u16(1) + u16(1) + u32(60) + u16(40) + "\x01\x02\x03\x04"
        << "A record's data runs past the end";
    QTest::newRow("A of 5 octets") << h1 + q + rr(pointer(kQname), RecordType::A, "\x01\x02\x03\x04\x05")
                                   << "5 octets of data, not 4";
    QTest::newRow("AAAA of 4 octets") << h1 + q + rr(pointer(kQname), RecordType::Aaaa, "\x01\x02\x03\x04")
                                      << "4 octets of data, not 16";
    QTest::newRow("MX too short") << h1 + q + rr(pointer(kQname), RecordType::Mx, u16(10)) << "too short";
    QTest::newRow("SRV too short") << h1 + q + rr(pointer(kQname), RecordType::Srv, u16(0) + u16(0) + u16(25))
                                   << "SRV record's data is too short";
    {
        // The exchange's name runs into the next record: RDLENGTH says 4, the name takes 6.
        QByteArray mx = h1 + q + pointer(kQname) + u16(15) + u16(1) + u32(60) + u16(4) + u16(10) + "\x03mx1" + '\0';
        QTest::newRow("MX name longer than its data") << mx << "data length does not match";
    }
    QTest::newRow("CNAME data longer than its name")
        << h1 + q + rr(pointer(kQname), RecordType::Cname, name("mx1.kumo.example") + "x")
        << "data length does not match";
    QTest::newRow("octets after the last record") << header(1, kResponse, 1, 0) + q + "junk" << "4 octet(s) follow the last record";
    QTest::newRow("two OPT records") << header(1, kResponse, 1, 0, 0, 2) + q + opt() + opt() << "more than one OPT";
    QTest::newRow("OPT in the answer") << h1 + q + opt() << "OPT record outside the additional section";
    QTest::newRow("OPT not at the root")
        << header(1, kResponse, 1, 0, 0, 1) + q + name("x") + u16(41) + u16(1232) + u32(0) + u16(0)
        << "owner other than the root";
}

void TestDnsMessage::rejects()
{
    QFETCH(QByteArray, wire);
    QFETCH(QString, what);
    QString error;
    const auto m = parseMessage(wire, &error);
    QVERIFY2(!m, qPrintable(m ? summary(*m) : QString()));
    QVERIFY2(error.contains(what), qPrintable(error));
}

void TestDnsMessage::realAnswers()
{
    // What dnsmasq 2.90 answered for the discovery test's zone (the fuzz seeds).
    const QDir dir(QStringLiteral(MAILTLS_SOURCE_DIR "/tests/fuzz/corpus/dns"));
    const QStringList files = dir.entryList({QStringLiteral("*.bin")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 5);
    for (const QString &f : files) {
        QFile file(dir.filePath(f));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const auto m = parseMessage(file.readAll(), &error);
        QVERIFY2(m, qPrintable(f + QStringLiteral(": ") + error));
        QVERIFY(m->response);
        QCOMPARE(m->questions.size(), 1);
        if (f == QLatin1String("mx.bin")) {
            QCOMPARE(m->answers.size(), 2);
            QCOMPARE(m->answers.at(0).type, RecordType::Mx);
        }
    }
}

QTEST_GUILESS_MAIN(TestDnsMessage)
#include "tst_dns_message.moc"
