// The details view of one endpoint, offscreen: a real result of the demo lab
// (tests/data/demo-lab-results.json, `mailtls-auditor probe --json` against
// the lab's mx2 and submission) shows its suites, certificate and transcript;
// a hostile server's strings (fake, no real server sends markup) are shown
// literally everywhere; clear() and a link seen only in messages.
//
// MAILTLS_RENDER_DIR=dir writes a PNG of each tab there, to look at.

#include "app/models/observation_table_model.h"
#include "app/models/suite_table_model.h"
#include "probes/result_json.h"
#include "widgets/details/detail_views.h"
#include "widgets/details/endpoint_details.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeWidget>

using namespace mailtls;

namespace {

const QString kHostile = QStringLiteral("<img src=x onerror=1><b>bold</b>\x1b[31m");

QList<EndpointResult> demoResults()
{
    QFile file(QStringLiteral(MAILTLS_SOURCE_DIR "/tests/data/demo-lab-results.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<EndpointResult> results;
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array()) {
        if (auto r = endpointResultFromJson(value.toObject()))
            results.append(*r);
    }
    return results;
}

EndpointResult demoResult(const QString &url)
{
    for (const EndpointResult &r : demoResults()) {
        if (r.target.url() == url)
            return r;
    }
    return {};
}

// Every value of every field of a property tree, by the field's name.
QStringList treeValues(const QTreeWidget *tree, const QString &field)
{
    QStringList values;
    for (int s = 0; s < tree->topLevelItemCount(); ++s) {
        const QTreeWidgetItem *section = tree->topLevelItem(s);
        for (int f = 0; f < section->childCount(); ++f) {
            if (section->child(f)->text(0) == field)
                values << section->child(f)->text(1);
        }
    }
    return values;
}

// What a tooltip shows once Qt has rendered it (as rich text when it looks like markup).
QString renderedToolTip(const QString &toolTip)
{
    QTextDocument doc;
    if (Qt::mightBeRichText(toolTip))
        doc.setHtml(toolTip);
    else
        doc.setPlainText(toolTip);
    return doc.toPlainText();
}

void render(EndpointDetails &details, const QString &name)
{
    const QString dir = qEnvironmentVariable("MAILTLS_RENDER_DIR");
    if (dir.isEmpty())
        return;
    auto *tabs = details.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QApplication::processEvents();
        details.grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name).arg(tab)));
    }
    tabs->setCurrentIndex(0);
}

// A server that puts markup and escape sequences wherever it can.
EndpointResult hostileResult()
{
    EndpointResult r = demoResult(QStringLiteral("submission://127.0.0.14:2587"));
    r.status = ProbeStatus::ProtocolError;
    r.error = kHostile;
    r.cleartext.greeting = kHostile;
    r.cleartext.software = kHostile;
    r.cleartext.capabilities = {kHostile};
    r.cleartext.authMechanisms = {kHostile};
    r.certificate->subject = kHostile;
    r.certificate->issuer = kHostile;
    r.certificate->subjectAltNames = {kHostile};
    r.certificate->trusted = false;
    r.certificate->trustError = kHostile;
    r.certificate->signatureAlgorithm = kHostile;
    r.versions[TlsVersion::Tls12].cipherSuites.append(kHostile);
    r.versions[TlsVersion::Tls12].note = kHostile;
    r.http = HttpInfo{301, kHostile, false, kHostile, kHostile};
    r.transcript = Transcript{};
    r.transcript.restore(TranscriptLine::Direction::Server, kHostile);
    r.transcript.server(kHostile.toUtf8()); // raw bytes: the ESC byte comes out escaped
    return r;
}

Observation observation(const QString &transport, const QDateTime &seen, const QString &messageId)
{
    Observation ob;
    ob.link = QStringLiteral("internet->mx2/smtp");
    ob.transport = transport;
    ob.tlsVersion = transport == QLatin1StringView("tls") ? QStringLiteral("TLSv1.2") : QString();
    ob.cipher = transport == QLatin1StringView("tls") ? QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384") : QString();
    ob.firstSeen = seen;
    ob.lastSeen = seen;
    ob.messageId = messageId;
    ob.source = QStringLiteral("inbox.eml");
    return ob;
}

} // namespace

class TestEndpointDetails : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsDemoResult();
    void sortsAndCopiesSuites();
    void hostileStringsShownLiterally();
    void keyboardAndCopy();
    void clearShowsPlaceholder();
    void seenOnlyInMessages();
    void unreachable();
    void everyAddress();
    void otherCertificatesAndChainProblems();
    void hygieneSection();
    void transcriptReadableInDark();
};

void TestEndpointDetails::initTestCase()
{
    QCOMPARE(demoResults().size(), 4);
}

void TestEndpointDetails::showsDemoResult()
{
    const EndpointResult mx2 = demoResult(QStringLiteral("smtp://127.0.0.12:2525"));
    EndpointDetails details;
    details.resize(1100, 640);
    details.show();
    const QDateTime when(QDate(2026, 11, 28), QTime(0, 32), Qt::UTC);
    const QList<Observation> seen{observation(QStringLiteral("tls"), when,
                                              QStringLiteral("<tls-mx2@test>"))};
    details.setEndpoint(QStringLiteral("mx2/smtp:2525"), &mx2, seen);
    QVERIFY(details.hasEndpoint());

    auto *title = details.findChild<QLabel *>(QStringLiteral("titleLabel"));
    QCOMPARE(title->text(), QStringLiteral("smtp://127.0.0.12:2525"));
    QCOMPARE(details.findChild<QLabel *>(QStringLiteral("stateLabel"))->text(), QStringLiteral("weak TLS"));
    QCOMPARE(details.findChild<QLabel *>(QStringLiteral("factsLabel"))->text(),
             QStringLiteral("Postfix  \u00b7  negotiates TLSv1.2 with TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 over x25519"
                            "  \u00b7  certificate expired 2026-11-26"));
    QVERIFY(details.findChild<QLabel *>(QStringLiteral("reasonsLabel"))
                ->text()
                .contains(QLatin1StringView("accepts TLSv1.0")));

    // 10 + 10 + 44 suites over TLS 1.0, 1.1 and 1.2.
    auto *tabs = details.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    auto *suites = details.findChild<QTableView *>(QStringLiteral("suiteView"));
    QCOMPARE(suites->model()->rowCount(), 64);
    QCOMPARE(tabs->tabText(EndpointDetails::SuitesTab), QStringLiteral("Cipher suites (64)"));
    auto *versions = details.findChild<QTableView *>(QStringLiteral("versionView"));
    QCOMPARE(versions->model()->rowCount(), 6);

    auto *certificate = details.findChild<QTreeWidget *>(QStringLiteral("certificateTree"));
    QCOMPARE(treeValues(certificate, QStringLiteral("Subject")),
             QStringList{QStringLiteral("CN=mx2.kumo.example,O=MailTLS Auditor lab")});
    QCOMPARE(treeValues(certificate, QStringLiteral("Alternative name")),
             (QStringList{QStringLiteral("DNS:mx2.kumo.example"), QStringLiteral("IP:127.0.0.12")}));
    QCOMPARE(treeValues(certificate, QStringLiteral("Status")), QStringList{QStringLiteral("expired when probed")});

    auto *keyExchange = details.findChild<QTreeWidget *>(QStringLiteral("keyExchangeTree"));
    QCOMPARE(treeValues(keyExchange, QStringLiteral("Group")), QStringList{QStringLiteral("x25519")});

    auto *transcript = details.findChild<QPlainTextEdit *>(QStringLiteral("transcript"));
    QVERIFY(transcript->isReadOnly());
    QCOMPARE(transcript->toPlainText() + QLatin1Char('\n'), mx2.transcript.toText());
    QCOMPARE(transcript->blockCount(), 17);
    QCOMPARE(transcript->document()->findBlockByNumber(13).text(), QStringLiteral("C: STARTTLS"));
    QCOMPARE(tabs->tabText(EndpointDetails::TranscriptTab), QStringLiteral("Transcript (17)"));

    QAbstractItemModel *observed = details.findChild<QTableView *>(QStringLiteral("observedView"))->model();
    QCOMPARE(observed->rowCount(), 1);
    QCOMPARE(observed->index(0, ObservationTableModel::MessageIdColumn).data().toString(),
             QStringLiteral("<tls-mx2@test>"));
    QCOMPARE(observed->index(0, ObservationTableModel::ForwardSecrecyColumn).data().toString(), QStringLiteral("yes"));
    for (int tab = 0; tab < tabs->count(); ++tab)
        QVERIFY(tabs->isTabEnabled(tab));
    render(details, QStringLiteral("mx2"));

    const EndpointResult submission = demoResult(QStringLiteral("submission://127.0.0.14:2587"));
    details.setEndpoint(QStringLiteral("submission/submission:2587"), &submission, {});
    QCOMPARE(details.findChild<QLabel *>(QStringLiteral("stateLabel"))->text(), QStringLiteral("optional TLS"));
    auto *credentials = details.findChild<QTreeWidget *>(QStringLiteral("credentialsTree"));
    QCOMPARE(treeValues(credentials, QStringLiteral("AUTH mechanisms")), QStringList{QStringLiteral("PLAIN LOGIN")});
    QCOMPARE(treeValues(credentials, QStringLiteral("In cleartext")).size(), 1);
    QVERIFY(treeValues(credentials, QStringLiteral("In cleartext")).first().startsWith(QLatin1StringView("possible")));
    QCOMPARE(tabs->tabText(EndpointDetails::ObservedTab), QStringLiteral("Observed (0)"));
    render(details, QStringLiteral("submission"));

    const EndpointResult webmail = demoResult(QStringLiteral("http://127.0.0.31:2080"));
    details.setEndpoint(QStringLiteral("webmail/http"), &webmail, {});
    QCOMPARE(details.findChild<QLabel *>(QStringLiteral("stateLabel"))->text(), QStringLiteral("cleartext"));
    QCOMPARE(treeValues(credentials, QStringLiteral("Redirects to HTTPS")), QStringList{QStringLiteral("no")});
    QCOMPARE(treeValues(credentials, QStringLiteral("In cleartext")),
             QStringList{QStringLiteral("possible: the login page is served over plain HTTP")});
    QCOMPARE(suites->model()->rowCount(), 0);
    render(details, QStringLiteral("webmail"));
}

void TestEndpointDetails::sortsAndCopiesSuites()
{
    const EndpointResult mx2 = demoResult(QStringLiteral("smtp://127.0.0.12:2525"));
    EndpointDetails details;
    details.show();
    details.setEndpoint(QStringLiteral("mx2/smtp:2525"), &mx2, {});
    auto *suites = details.findChild<QTableView *>(QStringLiteral("suiteView"));
    QAbstractItemModel *model = suites->model();

    // By default the server's order, newest version first.
    QCOMPARE(model->index(0, SuiteTableModel::VersionColumn).data().toString(), QStringLiteral("TLSv1.2"));
    QCOMPARE(model->index(0, SuiteTableModel::OrderColumn).data().toInt(), 1);

    // Worst first: a click on the strength header sorts by the class, not by its name.
    suites->sortByColumn(SuiteTableModel::StrengthColumn, Qt::AscendingOrder);
    int previous = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        const int rank = model->index(r, 0).data(SuiteTableModel::StrengthRankRole).toInt();
        QVERIFY(rank >= previous);
        previous = rank;
    }
    QCOMPARE(model->index(0, SuiteTableModel::StrengthColumn).data().toString(), QStringLiteral("weak"));
    QCOMPARE(model->index(model->rowCount() - 1, SuiteTableModel::StrengthColumn).data().toString(),
             QStringLiteral("recommended"));

    // The filter narrows the table and the tab says how many are shown.
    auto *filter = details.findChild<QLineEdit *>(QStringLiteral("suiteFilter"));
    filter->setText(QStringLiteral("ecdhe_rsa_with_chacha20"));
    QCOMPARE(model->rowCount(), 1);
    auto *tabs = details.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    QCOMPARE(tabs->tabText(EndpointDetails::SuitesTab), QStringLiteral("Cipher suites (1 of 64)"));

    // Ctrl+C copies the selected row as tab-separated cells.
    tabs->setCurrentIndex(EndpointDetails::SuitesTab);
    suites->setFocus();
    suites->selectRow(0);
    QApplication::clipboard()->clear();
    QTest::keyClick(suites, Qt::Key_C, Qt::ControlModifier);
    const QStringList cells = QApplication::clipboard()->text().split(QLatin1Char('\t'));
    QCOMPARE(cells.size(), int(SuiteTableModel::ColumnCount));
    QCOMPARE(cells.at(SuiteTableModel::NameColumn), QStringLiteral("TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"));
    QCOMPARE(cells.at(SuiteTableModel::StrengthColumn), QStringLiteral("recommended"));
    filter->clear();
    QCOMPARE(model->rowCount(), 64);
}

void TestEndpointDetails::hostileStringsShownLiterally()
{
    const EndpointResult hostile = hostileResult();
    Observation ob = observation(QStringLiteral("tls"), QDateTime::currentDateTimeUtc(), kHostile);
    ob.cipher = kHostile;
    EndpointDetails details;
    details.show();
    details.setEndpoint(QStringLiteral("submission/submission:2587"), &hostile, {ob});

    // No label may interpret what it shows.
    const QList<QLabel *> labels = details.findChildren<QLabel *>();
    QVERIFY(!labels.isEmpty());
    for (const QLabel *label : labels)
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName() + label->text()));
    auto *status = details.findChild<QLabel *>(QStringLiteral("statusLabel"));
    QCOMPARE(status->text(), QStringLiteral("Probe: Protocol error - ") + kHostile);
    // The reasons name the AUTH mechanisms the server offered.
    QVERIFY(details.findChild<QLabel *>(QStringLiteral("reasonsLabel"))->text().contains(kHostile));

    // Property trees: the value is the input, and its tooltip renders back to the input.
    auto *certificate = details.findChild<QTreeWidget *>(QStringLiteral("certificateTree"));
    QCOMPARE(treeValues(certificate, QStringLiteral("Subject")), QStringList{kHostile});
    QCOMPARE(treeValues(certificate, QStringLiteral("Issuer")), QStringList{kHostile});
    QCOMPARE(treeValues(certificate, QStringLiteral("Alternative name")), QStringList{kHostile});
    QCOMPARE(treeValues(certificate, QStringLiteral("Signature algorithm")), QStringList{kHostile});
    QCOMPARE(treeValues(certificate, QStringLiteral("Trusted")), QStringList{QStringLiteral("no: ") + kHostile});
    const QList<QTreeWidgetItem *> subject = certificate->findItems(QStringLiteral("Subject"),
                                                                    Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(subject.size(), 1);
    QCOMPARE(renderedToolTip(subject.first()->toolTip(1)), kHostile);

    auto *credentials = details.findChild<QTreeWidget *>(QStringLiteral("credentialsTree"));
    QCOMPARE(treeValues(credentials, QStringLiteral("Greeting")), QStringList{kHostile});
    QCOMPARE(treeValues(credentials, QStringLiteral("Capabilities")), QStringList{kHostile});
    QCOMPARE(treeValues(credentials, QStringLiteral("AUTH mechanisms")), QStringList{kHostile});
    QCOMPARE(treeValues(credentials, QStringLiteral("Location")), QStringList{kHostile});
    QCOMPARE(treeValues(credentials, QStringLiteral("Strict-Transport-Security")), QStringList{kHostile});
    QCOMPARE(treeValues(credentials, QStringLiteral("Server")), QStringList{kHostile});

    // Tables: an unknown suite named by the server, the version's note, the message id.
    auto *suites = details.findChild<QTableView *>(QStringLiteral("suiteView"));
    QCOMPARE(suites->model()->match(suites->model()->index(0, SuiteTableModel::NameColumn), Qt::DisplayRole,
                                    kHostile, -1, Qt::MatchExactly).size(), 1);
    auto *versions = details.findChild<QTableView *>(QStringLiteral("versionView"));
    QCOMPARE(versions->model()->match(versions->model()->index(0, VersionTableModel::NoteColumn), Qt::DisplayRole,
                                      kHostile, -1, Qt::MatchExactly).size(), 1);
    QAbstractItemModel *observed = details.findChild<QTableView *>(QStringLiteral("observedView"))->model();
    QCOMPARE(observed->index(0, ObservationTableModel::CipherColumn).data().toString(), kHostile);
    QCOMPARE(observed->index(0, ObservationTableModel::MessageIdColumn).data().toString(), kHostile);

    // The transcript: a plain-text editor, the stored line as it was, the raw bytes escaped.
    auto *transcript = details.findChild<QPlainTextEdit *>(QStringLiteral("transcript"));
    QCOMPARE(transcript->document()->findBlockByNumber(0).text(), QStringLiteral("S: ") + kHostile);
    QCOMPARE(transcript->document()->findBlockByNumber(1).text(),
             QStringLiteral("S: <img src=x onerror=1><b>bold</b>\\x1b[31m"));
    render(details, QStringLiteral("hostile"));
}

void TestEndpointDetails::keyboardAndCopy()
{
    const EndpointResult mx2 = demoResult(QStringLiteral("smtp://127.0.0.12:2525"));
    EndpointDetails details;
    details.show();
    details.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&details));
    details.setEndpoint(QStringLiteral("mx2/smtp:2525"), &mx2, {});
    auto *tabs = details.findChild<QTabWidget *>(QStringLiteral("detailTabs"));

    // Arrows on the tab bar change tabs; Tab enters the page: the filter, then the table.
    tabs->tabBar()->setFocus();
    QTest::keyClick(tabs->tabBar(), Qt::Key_Right);
    QCOMPARE(tabs->currentIndex(), int(EndpointDetails::SuitesTab));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("suiteFilter"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *suites = details.findChild<QTableView *>(QStringLiteral("suiteView"));
    QCOMPARE(QApplication::focusWidget(), suites);
    QTest::keyClick(suites, Qt::Key_Down);
    QTest::keyClick(suites, Qt::Key_Down, Qt::ShiftModifier);
    QApplication::clipboard()->clear();
    QTest::keyClick(suites, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text().count(QLatin1Char('\n')), 1); // two rows

    // Ctrl+C in a property tree: "field<TAB>value".
    tabs->setCurrentIndex(EndpointDetails::CertificateTab);
    auto *certificate = details.findChild<QTreeWidget *>(QStringLiteral("certificateTree"));
    const QList<QTreeWidgetItem *> subject = certificate->findItems(QStringLiteral("Subject"),
                                                                    Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(subject.size(), 1);
    certificate->setFocus();
    certificate->setCurrentItem(subject.first());
    QTest::keyClick(certificate, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("Subject\tCN=mx2.kumo.example,O=MailTLS Auditor lab"));

    // The transcript is reached by keyboard and its text can be selected there.
    auto *transcript = details.findChild<QPlainTextEdit *>(QStringLiteral("transcript"));
    QVERIFY(transcript->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    QVERIFY(transcript->focusPolicy() & Qt::TabFocus);
}

void TestEndpointDetails::clearShowsPlaceholder()
{
    const EndpointResult mx2 = demoResult(QStringLiteral("smtp://127.0.0.12:2525"));
    EndpointDetails details;
    details.show();
    auto *placeholder = details.findChild<QLabel *>(QStringLiteral("placeholder"));
    QVERIFY(!details.hasEndpoint());
    QVERIFY(placeholder->isVisible());
    QVERIFY(placeholder->text().startsWith(QLatin1String("Select a host, a link or an endpoint")));

    details.setEndpoint(QStringLiteral("mx2/smtp:2525"), &mx2, {});
    QVERIFY(details.hasEndpoint());
    QVERIFY(!placeholder->isVisible());
    details.clear();
    QVERIFY(!details.hasEndpoint());
    QVERIFY(placeholder->isVisible());
    QCOMPARE(details.findChild<QTableView *>(QStringLiteral("suiteView"))->model()->rowCount(), 0);
    QCOMPARE(details.findChild<QTableView *>(QStringLiteral("versionView"))->model()->rowCount(), 0);
    QVERIFY(details.findChild<QPlainTextEdit *>(QStringLiteral("transcript"))->toPlainText().isEmpty());
    QCOMPARE(details.findChild<QTreeWidget *>(QStringLiteral("certificateTree"))->topLevelItemCount(), 0);
    QCOMPARE(details.findChild<QTableView *>(QStringLiteral("observedView"))->model()->rowCount(), 0);
    render(details, QStringLiteral("cleared"));
}

void TestEndpointDetails::seenOnlyInMessages()
{
    // Never probed, but a message crossed the link in cleartext after one that used TLS.
    EndpointDetails details;
    details.show();
    const QDateTime t(QDate(2026, 11, 28), QTime(0, 30), Qt::UTC);
    details.setEndpoint(QStringLiteral("mx1->relay/smtp"), nullptr,
                        {observation(QStringLiteral("tls"), t, QStringLiteral("<a@test>")),
                         observation(QStringLiteral("cleartext"), t.addSecs(60), QStringLiteral("<b@test>"))});
    QVERIFY(details.hasEndpoint());
    QCOMPARE(details.findChild<QLabel *>(QStringLiteral("titleLabel"))->text(), QStringLiteral("mx1->relay/smtp"));
    QCOMPARE(details.findChild<QLabel *>(QStringLiteral("statusLabel"))->text(), QStringLiteral("Not probed yet"));
    QCOMPARE(details.findChild<QLabel *>(QStringLiteral("stateLabel"))->text(), QStringLiteral("cleartext"));
    auto *tabs = details.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    QCOMPARE(tabs->currentIndex(), int(EndpointDetails::ObservedTab));
    QVERIFY(!tabs->isTabEnabled(EndpointDetails::SuitesTab));
    QVERIFY(!tabs->isTabEnabled(EndpointDetails::TranscriptTab));
    QAbstractItemModel *observed = details.findChild<QTableView *>(QStringLiteral("observedView"))->model();
    QCOMPARE(observed->rowCount(), 2);
    // Latest first.
    QCOMPARE(observed->index(0, ObservationTableModel::MessageIdColumn).data().toString(), QStringLiteral("<b@test>"));
    QCOMPARE(observed->index(0, ObservationTableModel::TransportColumn).data().toString(), QStringLiteral("cleartext"));
    QCOMPARE(observed->index(1, ObservationTableModel::VersionColumn).data().toString(), QStringLiteral("TLSv1.2"));
    render(details, QStringLiteral("observed"));
}

void TestEndpointDetails::unreachable()
{
    // Refused: nothing decided, no certificate, no transcript but the engine's note.
    EndpointResult refused;
    refused.target = {Protocol::Imaps, QStringLiteral("127.0.0.99"), 993, QStringLiteral("imap.kumo.example")};
    refused.status = ProbeStatus::Refused;
    refused.error = QStringLiteral("connection refused by 127.0.0.99:993");
    for (TlsVersion v : allTlsVersions())
        refused.versions.insert(v, VersionResult{});
    refused.transcript.note(QStringLiteral("connect 127.0.0.99:993: refused"));
    EndpointDetails details;
    details.resize(900, 500);
    details.show();
    details.setEndpoint(QStringLiteral("imap/imaps"), &refused, {});
    QCOMPARE(details.findChild<QLabel *>(QStringLiteral("stateLabel"))->text(), QStringLiteral("unreachable"));
    QCOMPARE(details.findChild<QLabel *>(QStringLiteral("statusLabel"))->text(),
             QStringLiteral("Probe: Connection refused - connection refused by 127.0.0.99:993"));
    QCOMPARE(details.findChild<QLabel *>(QStringLiteral("subtitleLabel"))->text(),
             QStringLiteral("imap/imaps  \u00b7  server name imap.kumo.example  \u00b7  0 connection(s) in 0.0 s"));
    auto *versions = details.findChild<QTableView *>(QStringLiteral("versionView"))->model();
    QCOMPARE(versions->match(versions->index(0, VersionTableModel::StatusColumn), Qt::DisplayRole,
                             QStringLiteral("not decided"), -1, Qt::MatchExactly)
                 .size(),
             6);
    auto *certificate = details.findChild<QTreeWidget *>(QStringLiteral("certificateTree"));
    QCOMPARE(treeValues(certificate, QStringLiteral("Certificate")),
             QStringList{QStringLiteral("none: no handshake completed")});
    auto *transcript = details.findChild<QPlainTextEdit *>(QStringLiteral("transcript"));
    QCOMPARE(transcript->toPlainText(), QStringLiteral("   connect 127.0.0.99:993: refused"));
    render(details, QStringLiteral("refused"));
}

void TestEndpointDetails::everyAddress()
{
    // A name with two addresses: the lab's mx1 (strong) as its IPv4 side, and
    // an IPv6 side without STARTTLS (made here, as the probe records one).
    EndpointResult dual = demoResult(QStringLiteral("smtp://127.0.0.11:2525"));
    dual.target.host = QStringLiteral("mx1.kumo.example");
    dual.target.serverName = dual.target.host;
    dual.address = QStringLiteral("127.0.0.11");
    EndpointResult six;
    six.target = dual.target;
    six.address = QStringLiteral("::1");
    six.status = ProbeStatus::StartTlsNotOffered;
    six.error = QStringLiteral("the server does not offer STARTTLS");
    six.starttlsOffered = false;
    six.connections = 1;
    for (TlsVersion v : allTlsVersions()) {
        six.versions.insert(v, VersionResult{});
        six.versions[v].accepted = false;
    }
    six.transcript.note(QStringLiteral("address ::1, 2 of the 2 addresses of mx1.kumo.example"));
    six.transcript.server("220 mx1.kumo.example ESMTP Postfix");
    six.transcript.client("EHLO mailtls-auditor.invalid");
    six.transcript.server("250 PIPELINING");
    dual.otherAddresses.push_back(six);

    EndpointDetails details;
    details.resize(1100, 640);
    details.show();
    details.setEndpoint(QStringLiteral("mx1/smtp:2525"), &dual, {});
    QCOMPARE(details.findChild<QLabel *>(QStringLiteral("titleLabel"))->text(),
             QStringLiteral("smtp://mx1.kumo.example:2525"));
    QCOMPARE(details.findChild<QLabel *>(QStringLiteral("subtitleLabel"))->text(),
             QStringLiteral("mx1/smtp:2525  \u00b7  %1 connection(s) in %2 s")
                 .arg(dual.connections + 1)
                 .arg(QLocale().toString(double(dual.durationMs) / 1000.0, 'f', 1)));
    // The endpoint's state is its weakest address's, and the reasons name the address.
    QCOMPARE(details.findChild<QLabel *>(QStringLiteral("stateLabel"))->text(), QStringLiteral("cleartext"));
    QCOMPARE(details.findChild<QLabel *>(QStringLiteral("statusLabel"))->text(),
             QStringLiteral("Probe of 2 address(es): 127.0.0.11 OK; ::1 STARTTLS not offered"));
    QVERIFY(details.findChild<QLabel *>(QStringLiteral("reasonsLabel"))
                ->text()
                .startsWith(QStringLiteral("\u2022 ::1: STARTTLS not offered")));
    auto *box = details.findChild<QComboBox *>(QStringLiteral("addressBox"));
    QVERIFY(box->isVisible());
    QCOMPARE(box->count(), 2);
    QCOMPARE(box->itemText(0), QStringLiteral("127.0.0.11 (strong TLS)"));
    QCOMPARE(box->itemText(1), QStringLiteral("::1 (cleartext)"));

    // The tabs show the address chosen: first the first, then ::1.
    auto *suites = details.findChild<QTableView *>(QStringLiteral("suiteView"));
    auto *transcript = details.findChild<QPlainTextEdit *>(QStringLiteral("transcript"));
    const int suitesOfFirst = suites->model()->rowCount();
    QVERIFY(suitesOfFirst > 0);
    QCOMPARE(transcript->toPlainText() + QLatin1Char('\n'), dual.transcript.toText());
    auto *facts = details.findChild<QLabel *>(QStringLiteral("factsLabel"));
    QVERIFY(facts->text().startsWith(QStringLiteral("Postfix  \u00b7  negotiates TLSv1.3")));
    box->setCurrentIndex(1);
    QCOMPARE(suites->model()->rowCount(), 0);
    QVERIFY(!facts->isVisible()); // ::1 negotiated nothing, and its greeting named no software here
    QCOMPARE(transcript->toPlainText() + QLatin1Char('\n'), six.transcript.toText());
    auto *tabs = details.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    QCOMPARE(tabs->tabText(EndpointDetails::TranscriptTab), QStringLiteral("Transcript (4)"));
    auto *certificate = details.findChild<QTreeWidget *>(QStringLiteral("certificateTree"));
    QCOMPARE(treeValues(certificate, QStringLiteral("Certificate")),
             QStringList{QStringLiteral("none: no handshake completed")});
    render(details, QStringLiteral("dual-stack"));
    box->setCurrentIndex(0);
    QCOMPARE(suites->model()->rowCount(), suitesOfFirst);

    // One address: no chooser.
    const EndpointResult mx2 = demoResult(QStringLiteral("smtp://127.0.0.12:2525"));
    details.setEndpoint(QStringLiteral("mx2/smtp:2525"), &mx2, {});
    QVERIFY(!box->isVisible());
    QCOMPARE(details.findChild<QLabel *>(QStringLiteral("statusLabel"))->text(), QStringLiteral("Probe: OK"));
}

// The chain's problems and the certificates asked for apart, one field each.
void TestEndpointDetails::otherCertificatesAndChainProblems()
{
    EndpointResult mx2 = demoResult(QStringLiteral("smtp://127.0.0.12:2525"));
    QVERIFY(mx2.certificate);
    mx2.certificate->chainIssues = {{ChainIssue::Kind::MissingIssuer, QStringLiteral("CN=mx2"), {},
                                     QStringLiteral("CN=Intermediate")}};
    CertificateInfo selfSigned = *mx2.certificate;
    selfSigned.subject = QStringLiteral("CN=localhost");
    selfSigned.sha256Fingerprint = QStringLiteral("01:02");
    selfSigned.trusted = false;
    selfSigned.trustErrorCode = 18; // X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT
    selfSigned.expired = false;
    selfSigned.chainIssues.clear();
    mx2.certificateVariants = {{CertificateVariant::Asked::NoSni, true, selfSigned, false, {}},
                               {CertificateVariant::Asked::Ecdsa, false, std::nullopt, false, {}}};
    EndpointDetails details;
    details.setEndpoint(QStringLiteral("mx2/smtp:2525"), &mx2, {});
    auto *certificate = details.findChild<QTreeWidget *>(QStringLiteral("certificateTree"));
    QCOMPARE(treeValues(certificate, QStringLiteral("Chain problem")),
             QStringList{QStringLiteral("the issuer of CN=mx2 (CN=Intermediate) is not sent, and the trust anchors "
                                        "do not hold it")});
    QCOMPARE(treeValues(certificate, QStringLiteral("without SNI")),
             QStringList{QStringLiteral("CN=localhost (RSA, 2048 bits); not trusted: self-signed certificate")});
    QCOMPARE(treeValues(certificate, QStringLiteral("ECDSA")), QStringList{QStringLiteral("none")});
}

void TestEndpointDetails::hygieneSection()
{
    EndpointResult mx2 = demoResult(QStringLiteral("smtp://127.0.0.12:2525"));
    mx2.hygiene.reset();
    EndpointDetails details;
    details.setEndpoint(QStringLiteral("mx2/smtp:2525"), &mx2, {});
    auto *tabs = details.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    QCOMPARE(tabs->tabText(EndpointDetails::HygieneTab), QStringLiteral("Hygiene"));
    QVERIFY(tabs->isTabEnabled(EndpointDetails::HygieneTab));
    auto *tree = details.findChild<QTreeWidget *>(QStringLiteral("hygieneTree"));
    // A result without the checks says so: never shown as clean.
    QCOMPARE(treeValues(tree, QStringLiteral("Checks")),
             QStringList{QStringLiteral("not run: no TLS, the checks were off, or probed before they existed")});

    HygieneResult h;
    for (const QString &key : hygieneKeys())
        h.check(key)->value = false;
    h.compression = HygieneCheck{true, {kHostile}, {}};
    h.fallbackScsv = HygieneCheck{false, {QStringLiteral("the server went on with TLSv1.1")}, {}};
    h.robot = HygieneCheck{std::nullopt, {}, QStringLiteral("not asked: intrusive checks are off (--no-intrusive)")};
    h.sessionResumption.value = true;
    h.resumption = SessionResumption{true, false, -1};
    h.ocspStapling = HygieneCheck{true, {}, {}};
    h.ocsp.responseStatus = QStringLiteral("successful");
    h.ocsp.certStatus = QStringLiteral("revoked");
    h.ocsp.signatureValid = true;
    h.ocsp.fresh = true;
    h.ocsp.forCertificate = true;
    h.dhPrimes = {DhPrime{1024, QStringLiteral("RFC 2409 group 2"), {QStringLiteral("TLSv1.2 TLS_DHE_RSA_WITH_AES_128_GCM_SHA256")}}};
    mx2.hygiene = h;
    details.setEndpoint(QStringLiteral("mx2/smtp:2525"), &mx2, {});
    const auto field = [&](const QString &name) {
        const QList<QTreeWidgetItem *> items = tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
        return items.size() == 1 ? items.first() : nullptr;
    };
    // Each answer coloured by the way it points: true is bad for compression, good for the SCSV.
    QTreeWidgetItem *compression = field(QStringLiteral("TLS compression (CRIME)"));
    QVERIFY(compression);
    QCOMPARE(compression->text(1), QStringLiteral("yes"));
    QCOMPARE(compression->background(1).color(), tintBackground(Tint::Bad));
    // The evidence below it, literally (a server's text is not markup).
    QCOMPARE(compression->childCount(), 1);
    QCOMPARE(compression->child(0)->text(0), QStringLiteral("Evidence"));
    QCOMPARE(compression->child(0)->text(1), kHostile);
    QCOMPARE(renderedToolTip(compression->child(0)->toolTip(1)), kHostile);
    QTreeWidgetItem *scsv = field(QStringLiteral("Downgrade protection (TLS_FALLBACK_SCSV)"));
    QVERIFY(scsv);
    QCOMPARE(scsv->text(1), QStringLiteral("no"));
    QCOMPARE(scsv->background(1).color(), tintBackground(Tint::Bad));
    QTreeWidgetItem *heartbleed = field(QStringLiteral("Heartbleed (CVE-2014-0160)"));
    QVERIFY(heartbleed);
    QCOMPARE(heartbleed->background(1).color(), tintBackground(Tint::Good));
    QTreeWidgetItem *robot = field(QStringLiteral("ROBOT (RSA padding oracle)"));
    QVERIFY(robot);
    QCOMPARE(robot->text(1), QStringLiteral("undecided"));
    QCOMPARE(robot->background(1).color(), tintBackground(Tint::Unknown));
    QCOMPARE(robot->child(0)->text(0), QStringLiteral("Note"));
    QVERIFY(robot->child(0)->text(1).contains(QLatin1String("--no-intrusive")));
    // The details: resumption, the staple with what is wrong with it, the DHE prime.
    QCOMPARE(treeValues(tree, QStringLiteral("By session ID")), QStringList{QStringLiteral("yes")});
    QCOMPARE(treeValues(tree, QStringLiteral("Certificate status")), QStringList{QStringLiteral("revoked")});
    QCOMPARE(treeValues(tree, QStringLiteral("Problem")),
             QStringList{QStringLiteral("the stapled response says the certificate is revoked")});
    QCOMPARE(treeValues(tree, QStringLiteral("Prime")), QStringList{QStringLiteral("1024 bits, RFC 2409 group 2")});
    render(details, QStringLiteral("hygiene"));
}

void TestEndpointDetails::transcriptReadableInDark()
{
    // Under a dark palette the lines the auditor sent keep dark ink on their light tint.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2D, 0x2D, 0x2D));
    dark.setColor(QPalette::WindowText, QColor(0xE8, 0xE8, 0xE8));
    dark.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
    dark.setColor(QPalette::Text, QColor(0xE8, 0xE8, 0xE8));
    const EndpointResult mx2 = demoResult(QStringLiteral("smtp://127.0.0.12:2525"));
    EndpointDetails details;
    details.setPalette(dark);
    details.resize(900, 600);
    details.show();
    details.setEndpoint(QStringLiteral("mx2/smtp:2525"), &mx2, {});
    auto *transcript = details.findChild<QPlainTextEdit *>(QStringLiteral("transcript"));
    int tinted = 0;
    for (const QTextEdit::ExtraSelection &mark : transcript->extraSelections()) {
        if (mark.format.background().style() == Qt::NoBrush)
            continue;
        ++tinted;
        const QColor ink = mark.format.hasProperty(QTextFormat::ForegroundBrush)
                               ? mark.format.foreground().color()
                               : transcript->palette().color(QPalette::Text);
        const qreal contrast = std::abs(ink.lightnessF() - mark.format.background().color().lightnessF());
        QVERIFY2(contrast > 0.5, qPrintable(QStringLiteral("%1 on %2").arg(ink.name(), mark.format.background().color().name())));
    }
    QVERIFY(tinted > 0);
}

QTEST_MAIN(TestEndpointDetails)
#include "tst_endpoint_details.moc"
