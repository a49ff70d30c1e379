// Observed paths on real messages: the lab's own Postfix chain relays mail
// (the Internet -> mx1/mx2 -> relay -> LMTP to Dovecot, with a journal copy
// to the archive; users -> submission -> relay), some hops with TLS, some
// without. `mailtls-auditor path` reads the delivered messages and must say
// what each hop used, match it to the demo workspace's links, record it, and
// the next audit must show what was actually used, not only what is offered.

#include "app/evidence/link_state.h"
#include "app/evidence/observed_path.h"
#include "app/inventory/workspace_io.h"
#include "tests/common/lab_fixture.h"
#include "tests/common/process_run.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mailtls;

namespace {

const QString kBinary = QStringLiteral(MAILTLS_BINARY_DIR "/mailtls-auditor");
const QString kWorkspace = QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json");
// The "Internet" client of this test: an address no lab service uses.
const QHostAddress kClientAddress(QStringLiteral("127.0.0.70"));

// A minimal SMTP client for sending test mail (blocking: this is a test thread).
class SmtpClient
{
public:
    QString send(const QString &host, quint16 port, bool startTls, const QString &user, const QByteArray &message)
    {
        m_socket.bind(kClientAddress);
        m_socket.connectToHost(host, port);
        if (!m_socket.waitForConnected(5000))
            return QStringLiteral("connect: ") + m_socket.errorString();
        if (QString e = expect(220); !e.isEmpty())
            return e;
        if (QString e = command("EHLO client.example.net", 250); !e.isEmpty())
            return e;
        if (startTls) {
            if (QString e = command("STARTTLS", 220); !e.isEmpty())
                return e;
            m_socket.setPeerVerifyMode(QSslSocket::VerifyNone); // the lab's CA is not what this checks
            m_socket.startClientEncryption();
            if (!m_socket.waitForEncrypted(5000))
                return QStringLiteral("TLS: ") + m_socket.errorString();
            if (QString e = command("EHLO client.example.net", 250); !e.isEmpty())
                return e;
        }
        if (!user.isEmpty()) {
            const QByteArray plain = QByteArray(1, '\0') + user.toUtf8() + '\0' + "lab-only-password";
            if (QString e = command("AUTH PLAIN " + plain.toBase64(), 235); !e.isEmpty())
                return e;
        }
        for (const auto &[line, code] : {std::pair<QByteArray, int>{"MAIL FROM:<bob@example.net>", 250},
                                         {"RCPT TO:<alice@kumo.example>", 250},
                                         {"DATA", 354}}) {
            if (QString e = command(line, code); !e.isEmpty())
                return e;
        }
        if (QString e = command(message + "\r\n.", 250); !e.isEmpty())
            return e;
        command("QUIT", 221);
        return {};
    }

private:
    QString command(const QByteArray &line, int code)
    {
        m_socket.write(line + "\r\n");
        return expect(code);
    }

    QString expect(int code)
    {
        QByteArray reply;
        while (true) {
            while (!m_socket.canReadLine()) {
                if (!m_socket.waitForReadyRead(10000))
                    return QStringLiteral("no reply: ") + m_socket.errorString();
            }
            const QByteArray line = m_socket.readLine();
            reply += line;
            if (line.size() < 4 || line.at(3) != '-')
                break;
        }
        if (!reply.startsWith(QByteArray::number(code)))
            return QStringLiteral("expected %1, got %2").arg(code).arg(QString::fromUtf8(reply.trimmed()));
        return {};
    }

    QSslSocket m_socket;
};

QByteArray message(const char *id, const char *subject)
{
    return QByteArray("From: Bob <bob@example.net>\r\nTo: alice@kumo.example\r\nSubject: ") + subject +
           "\r\nMessage-ID: <" + id + ">\r\nDate: " +
           QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1() + "\r\n\r\nFrom the lab.\r\n";
}

QStringList maildirFiles(const QString &maildir)
{
    QStringList files;
    for (const QString &name : QDir(maildir + QStringLiteral("/new")).entryList(QDir::Files, QDir::Name))
        files << maildir + QStringLiteral("/new/") + name;
    return files;
}

// Joins delivered messages into an mbox (mboxrd: body lines starting "From " are quoted).
QByteArray mboxOf(const QStringList &files)
{
    QByteArray mbox;
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        mbox += "From MAILER-DAEMON Sat Nov 28 00:00:00 2026\n";
        for (const QByteArray &line : f.readAll().split('\n')) {
            QByteArray l = line;
            if (l.startsWith("From ") || l.startsWith(">From "))
                l.prepend('>');
            mbox += l + '\n';
        }
    }
    return mbox;
}

ProcessRun run(const QStringList &arguments)
{
    return runProcess(kBinary, arguments);
}

} // namespace

class TestObservedLab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hopsOfRealMessages_data();
    void hopsOfRealMessages();
    void journalCopyCrossesInCleartext();
    void recordedHopsChangeLinkStates();
    void unknownHostIsAdded();
    void cleanupTestCase();

private:
    QJsonObject messageById(const QString &id) const;

    std::unique_ptr<mailtls::lab::Lab> m_lab;
    QTemporaryDir m_dir;
    QString m_mbox;
    QStringList m_journal;
    QJsonArray m_messages; // `path --json` of the mbox, against the demo workspace
};

void TestObservedLab::initTestCase()
{
    LabStart s = startDemoLab();
    if (!s.skip.isEmpty())
        QSKIP(qPrintable(s.skip));
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    m_lab = std::move(s.lab);

    // 1. Mail from the Internet with and without STARTTLS, to both MX, and from a user.
    //    A second apart, so each hop's date orders them.
    struct Send
    {
        const char *host;
        quint16 port;
        bool tls;
        const char *user;
        const char *id;
    };
    const Send sends[] = {
        {"127.0.0.11", 2525, true, "", "tls-mx1@test"},
        {"127.0.0.12", 2525, true, "", "tls-mx2@test"},
        {"127.0.0.14", 2587, true, "alice", "submission@test"},
        {"127.0.0.11", 2525, false, "", "clear-mx1@test"},
    };
    for (const Send &send : sends) {
        SmtpClient client;
        const QString e = client.send(QString::fromLatin1(send.host), send.port, send.tls,
                                      QString::fromLatin1(send.user), message(send.id, send.id));
        QVERIFY2(e.isEmpty(), qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(send.id), e)));
        QThread::msleep(1100);
    }

    // 2. Wait for Dovecot to deliver them (relay and LMTP retry within seconds).
    const QString inbox = m_lab->stateDir() + QStringLiteral("/imap/mail/alice/Maildir");
    const QString journal = m_lab->stateDir() + QStringLiteral("/archive/mail/journal/Maildir");
    QTRY_COMPARE_WITH_TIMEOUT(maildirFiles(inbox).size(), 4, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(maildirFiles(journal).size(), 4, 60000);
    m_journal = maildirFiles(journal);
    m_mbox = m_dir.filePath(QStringLiteral("inbox.mbox"));
    QFile f(m_mbox);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(mboxOf(maildirFiles(inbox)));
    f.close();

    // 3. What the command line makes of them.
    const ProcessRun r = run({QStringLiteral("path"), m_mbox, QStringLiteral("--workspace"), kWorkspace,
                             QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_messages = QJsonDocument::fromJson(r.out).object().value(QLatin1StringView("messages")).toArray();
    QCOMPARE(m_messages.size(), 4);
}

QJsonObject TestObservedLab::messageById(const QString &id) const
{
    for (const QJsonValue &v : m_messages) {
        if (v.toObject().value(QLatin1StringView("message_id")).toString() == id)
            return v.toObject();
    }
    return {};
}

void TestObservedLab::hopsOfRealMessages_data()
{
    // Per hop: "transport version link", in travel order.
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<QStringList>("hops");
    const QString toStore = QStringLiteral("tls TLSv1.3 relay->imap/lmtp"); // Postfix's LMTP client uses STARTTLS
    QTest::newRow("Internet to mx1 with STARTTLS")
        << "<tls-mx1@test>"
        << QStringList{QStringLiteral("tls TLSv1.3 internet->mx1/smtp"),
                       QStringLiteral("cleartext  mx1->relay/smtp"), toStore};
    QTest::newRow("Internet to the weak mx2")
        << "<tls-mx2@test>"
        << QStringList{QStringLiteral("tls TLSv1.2 internet->mx2/smtp"),
                       QStringLiteral("cleartext  mx2->relay/smtp"), toStore};
    QTest::newRow("a user submitting")
        << "<submission@test>"
        << QStringList{QStringLiteral("tls TLSv1.3 users->submission/submission"),
                       QStringLiteral("cleartext  submission->relay/smtp"), toStore};
    QTest::newRow("Internet to mx1 without STARTTLS")
        << "<clear-mx1@test>"
        << QStringList{QStringLiteral("cleartext  internet->mx1/smtp"),
                       QStringLiteral("cleartext  mx1->relay/smtp"), toStore};
}

void TestObservedLab::hopsOfRealMessages()
{
    QFETCH(QString, messageId);
    QFETCH(QStringList, hops);
    const QJsonObject m = messageById(messageId);
    QVERIFY2(!m.isEmpty(), qPrintable(messageId));
    const QJsonArray seen = m.value(QLatin1StringView("hops")).toArray();
    QStringList actual;
    for (const QJsonValue &v : seen) {
        const QJsonObject h = v.toObject();
        actual << QStringLiteral("%1 %2 %3").arg(h.value(QLatin1StringView("transport")).toString(),
                                                 h.value(QLatin1StringView("tls_version")).toString(),
                                                 h.value(QLatin1StringView("link")).toString());
    }
    QCOMPARE(actual, hops);
    // The first hop of a user's message was authenticated; the forward secrecy of what was used is known.
    const QJsonObject first = seen.first().toObject();
    QCOMPARE(first.value(QLatin1StringView("authenticated")).toBool(), messageId == QLatin1StringView("<submission@test>"));
    if (first.value(QLatin1StringView("transport")).toString() == QLatin1StringView("tls"))
        QCOMPARE(first.value(QLatin1StringView("forward_secret")).toBool(), true);
}

void TestObservedLab::journalCopyCrossesInCleartext()
{
    // The relay's journal copy goes to the archive by LMTP without TLS (M2: a cleartext internal link).
    QVERIFY(!m_journal.isEmpty());
    const ProcessRun r = run({QStringLiteral("path"), m_journal.constFirst(), QStringLiteral("--workspace"), kWorkspace,
                             QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray hops = QJsonDocument::fromJson(r.out)
                                .object()
                                .value(QLatin1StringView("messages"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QLatin1StringView("hops"))
                                .toArray();
    const QJsonObject last = hops.last().toObject();
    QCOMPARE(last.value(QLatin1StringView("protocol")).toString(), QStringLiteral("LMTP"));
    QCOMPARE(last.value(QLatin1StringView("transport")).toString(), QStringLiteral("cleartext"));
    QCOMPARE(last.value(QLatin1StringView("link")).toString(), QStringLiteral("relay->archive/lmtp"));
}

void TestObservedLab::recordedHopsChangeLinkStates()
{
    // Record the hops into a copy of the workspace; recording twice changes nothing.
    const QString ws = m_dir.filePath(QStringLiteral("observed.json"));
    QFile::remove(ws);
    QVERIFY(QFile::copy(kWorkspace, ws));
    QFile::setPermissions(ws, QFile::ReadOwner | QFile::WriteOwner);
    for (int i = 0; i < 2; ++i) {
        const ProcessRun r = run({QStringLiteral("path"), m_mbox, QStringLiteral("--workspace"), ws,
                                 QStringLiteral("--record")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    const auto loaded = loadWorkspaceFile(ws);
    QVERIFY2(loaded.workspace, qPrintable(loaded.error));
    const Workspace &w = *loaded.workspace;
    // internet->mx1: TLS 1.3 once, cleartext once; mx1->relay: cleartext; relay->imap: TLS 1.3.
    QCOMPARE(observationsFor(w, u"internet->mx1/smtp").size(), 2);
    QCOMPARE(observationsFor(w, u"mx1->relay/smtp").size(), 1);
    QCOMPARE(w.observations.size(), 8);

    // Not probed: the state comes from what was used, marked incomplete when it was TLS.
    const LinkAssessment store = assessLink(nullptr, observationsFor(w, u"relay->imap/lmtp"));
    QCOMPARE(store.state, LinkState::StrongTls);
    QVERIFY(store.incomplete);
    QCOMPARE(assessLink(nullptr, observationsFor(w, u"mx1->relay/smtp")).state, LinkState::Cleartext);

    // Probed: mx1 offers strong TLS only, yet the latest message crossed in cleartext.
    const ProcessRun audit = run({QStringLiteral("audit"), QStringLiteral("--workspace"), ws, QStringLiteral("--db"),
                                 m_dir.filePath(QStringLiteral("audits.sqlite")), QStringLiteral("--ca-file"),
                                 m_lab->caFile(), QStringLiteral("--json"), m_dir.filePath(QStringLiteral("run.json"))});
    QVERIFY2(audit.exitCode == 0, audit.err.constData());
    QFile f(m_dir.filePath(QStringLiteral("run.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QMap<QString, QJsonObject> links;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QLatin1StringView("links")).toArray())
        links.insert(v.toObject().value(QLatin1StringView("id")).toString(), v.toObject());
    const QJsonObject mx1 = links.value(QStringLiteral("internet->mx1/smtp"));
    QCOMPARE(mx1.value(QLatin1StringView("state")).toString(), QStringLiteral("optional_tls"));
    QCOMPARE(mx1.value(QLatin1StringView("observed")).toObject().value(QLatin1StringView("transport")).toString(),
             QStringLiteral("cleartext"));
    const QJsonObject mx2 = links.value(QStringLiteral("internet->mx2/smtp"));
    QCOMPARE(mx2.value(QLatin1StringView("state")).toString(), QStringLiteral("weak_tls"));
    QCOMPARE(mx2.value(QLatin1StringView("observed")).toObject().value(QLatin1StringView("tls_version")).toString(),
             QStringLiteral("TLSv1.2"));
    QCOMPARE(links.value(QStringLiteral("relay->imap/lmtp")).value(QLatin1StringView("state")).toString(),
             QStringLiteral("strong_tls"));
    QCOMPARE(links.value(QStringLiteral("mx1->relay/smtp")).value(QLatin1StringView("state")).toString(),
             QStringLiteral("cleartext"));
    // A link no message crossed has no observation.
    QVERIFY(!links.value(QStringLiteral("users->pop/pop3")).contains(QLatin1StringView("observed")));
}

void TestObservedLab::unknownHostIsAdded()
{
    // A workspace that does not know the archive: the journal copy's last hop shows it.
    auto loaded = loadWorkspaceFile(kWorkspace);
    QVERIFY(loaded.workspace);
    Workspace w = *loaded.workspace;
    w.hosts.removeIf([](const Host &h) { return h.id == QLatin1StringView("archive"); });
    w.links.removeIf([](const Link &l) { return l.endpoint.hostId == QLatin1StringView("archive"); });
    const QString path = m_dir.filePath(QStringLiteral("no-archive.json"));
    QVERIFY(saveWorkspaceFile(w, path).isEmpty());

    const ProcessRun shown = run({QStringLiteral("path"), m_journal.constFirst(), QStringLiteral("--workspace"), path});
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    QVERIFY2(shown.out.contains("Hosts inside the organisation that the inventory lacks: archive.kumo.internal"),
             shown.out.constData());

    const ProcessRun added = run({QStringLiteral("path"), m_journal.constFirst(), QStringLiteral("--workspace"), path,
                                 QStringLiteral("--record"), QStringLiteral("--add-unknown")});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const auto after = loadWorkspaceFile(path);
    QVERIFY2(after.workspace, qPrintable(after.error));
    const Host *archive = after.workspace->host(u"archive");
    QVERIFY(archive);
    QCOMPARE(archive->name, QStringLiteral("archive.kumo.internal"));
    QCOMPARE(archive->roles, QList<HostRole>{HostRole::MailStore});
    const QList<Observation> seen = observationsFor(*after.workspace, u"relay->archive/lmtp");
    QCOMPARE(seen.size(), 1);
    QCOMPARE(seen.constFirst().transport, QStringLiteral("cleartext"));
}

void TestObservedLab::cleanupTestCase()
{
    if (m_lab)
        m_lab->stop();
}

QTEST_GUILESS_MAIN(TestObservedLab)
#include "tst_observed_lab.moc"
