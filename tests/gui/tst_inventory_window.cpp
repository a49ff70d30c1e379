// The inventory edited from the window as an admin does it: a host edited in
// its dialog (a refused value named and kept, the dialog still open), a link
// added with its id and kind suggested, a refused link, each change undone and
// redone; and File > Import > Hosts from DNS against a real DNS server
// (dnsmasq on 127.0.0.62, started here) with a bad nameserver refused in the
// dialog. Loopback only.

#include "app/models/inventory_models.h"
#include "app/inventory/workspace_io.h"
#include "tests/common/dns_server.h"
#include "widgets/inventory/dns_import_dialog.h"
#include "widgets/inventory/host_dialog.h"
#include "widgets/inventory/link_dialog.h"
#include "widgets/window/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace mailtls;

namespace {

const QHostAddress
    kDnsAddress(QStringLiteral("127.0.0.62")); // not the lab's, not tst_dns_discovery's

void clickOk(QDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

QString errorText(QDialog *dialog)
{
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("editError"));
    return label && label->isVisibleTo(dialog) ? label->text() : QString();
}

int linkCount(const MainWindow &w, const QString &hostId)
{
    int n = 0;
    for (const Link &l : w.workspace().links)
        n += l.from == hostId || l.endpoint.hostId == hostId ? 1 : 0;
    return n;
}

} // namespace

class TestInventoryWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void editHostInDialog();
    void addLinkInDialog();
    void importFromDns();

private:
    std::unique_ptr<MainWindow> openWindow();

    QTemporaryDir m_dir;
    QString m_workspace;
};

void TestInventoryWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("demo.json"));
    const auto demo =
        loadWorkspaceFile(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json"));
    QVERIFY(demo.workspace);
    QCOMPARE(saveWorkspaceFile(*demo.workspace, m_workspace), QString());
}

std::unique_ptr<MainWindow> TestInventoryWindow::openWindow()
{
    auto window = std::make_unique<MainWindow>();
    AppSettings settings = window->settings();
    settings.database = m_dir.filePath(QStringLiteral("audits.sqlite"));
    window->applySettings(settings);
    QSignalSpy shown(window.get(), &MainWindow::snapshotShown);
    window->openWorkspace(m_workspace);
    if (!shown.wait(10000))
        return nullptr;
    return window;
}

void TestInventoryWindow::editHostInDialog()
{
    const auto window = openWindow();
    QVERIFY(window);
    window->show();
    // The inventory tab, the relay's row selected, Edit > Edit Selected (F2).
    window->findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(1);
    auto *hosts = window->findChild<QTreeView *>(QStringLiteral("hostView"));
    int relayRow = -1;
    for (int row = 0; row < window->workspace().hosts.size(); ++row) {
        if (window->workspace().hosts.at(row).id == u"relay")
            relayRow = row;
    }
    QVERIFY(relayRow >= 0);
    hosts->setCurrentIndex(hosts->model()->index(relayRow, 0));
    window->findChild<QAction *>(QStringLiteral("editSelected"))->trigger();
    auto *dialog = window->findChild<HostDialog *>(QStringLiteral("hostDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *id = dialog->findChild<QLineEdit *>(QStringLiteral("hostId"));
    auto *endpoints = dialog->findChild<QLineEdit *>(QStringLiteral("hostEndpoints"));
    QCOMPARE(id->text(), QStringLiteral("relay"));
    QCOMPARE(endpoints->text(), QStringLiteral("smtp:2525"));

    // Renaming says that stored results stay under the old id.
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("renameNote"));
    QVERIFY(note && !note->isVisible());
    // Refused: the endpoint three links use is dropped. The dialog stays, says why, keeps the text.
    id->setText(QStringLiteral("hub"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("'relay'")), qPrintable(note->text()));
    endpoints->setText(QStringLiteral("smtp:10025"));
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY2(errorText(dialog).startsWith(QLatin1String("Endpoints:")),
             qPrintable(errorText(dialog)));
    QVERIFY2(errorText(dialog).contains(QLatin1String("smtp:2525")), qPrintable(errorText(dialog)));
    QCOMPARE(dialog->focusWidget(), endpoints);
    QCOMPARE(endpoints->text(), QStringLiteral("smtp:10025"));
    // Refused again: a typo in a protocol.
    endpoints->setText(QStringLiteral("smtp:2525, smpt:10025"));
    clickOk(dialog);
    QVERIFY2(errorText(dialog).contains(QLatin1String("smpt")), qPrintable(errorText(dialog)));
    QVERIFY(window->workspace().host(u"relay"));

    // Accepted: renamed, a second SMTP endpoint; the links follow the new id.
    const int links = linkCount(*window, QStringLiteral("relay"));
    endpoints->setText(QStringLiteral("smtp:2525, smtp:10025"));
    dialog->findChild<QLineEdit *>(QStringLiteral("hostSoftware"))
        ->setText(QStringLiteral("Postfix 3.7"));
    clickOk(dialog);
    QTRY_VERIFY(!dialog->isVisible() || window->findChild<HostDialog *>() == nullptr);
    QVERIFY(!window->workspace().host(u"relay"));
    QCOMPARE(window->workspace().host(u"hub")->endpoints.size(), 2);
    QCOMPARE(linkCount(*window, QStringLiteral("hub")), links);
    QVERIFY(window->isWindowModified());
    QCOMPARE(window->undoStack()->undoText(), QStringLiteral("Edit Host hub"));

    window->undoStack()->undo();
    QVERIFY(window->workspace().host(u"relay"));
    QCOMPARE(linkCount(*window, QStringLiteral("relay")), links);
    window->undoStack()->redo();
    QVERIFY(window->workspace().host(u"hub"));
    // The host tree shows it.
    QCOMPARE(hosts->model()->index(relayRow, HostTreeModel::SoftwareColumn).data().toString(),
             QStringLiteral("Postfix 3.7"));
}

void TestInventoryWindow::addLinkInDialog()
{
    const auto window = openWindow();
    QVERIFY(window);
    const qsizetype before = window->workspace().links.size();
    window->addLink();
    auto *dialog = window->findChild<LinkDialog *>(QStringLiteral("linkDialog"));
    QVERIFY(dialog);
    auto *from = dialog->findChild<QComboBox *>(QStringLiteral("linkFrom"));
    auto *to = dialog->findChild<QComboBox *>(QStringLiteral("linkTo"));
    auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("linkKind"));
    auto *id = dialog->findChild<QLineEdit *>(QStringLiteral("linkId"));

    // The users to the archive's LMTP: the kind suggested (delivery) does not fit the users.
    from->setCurrentIndex(from->findData(QStringLiteral("users")));
    to->setCurrentIndex(to->findData(QStringLiteral("archive/lmtp:2424")));
    QCOMPARE(kind->currentData().toInt(), int(LinkKind::Delivery));
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY2(errorText(dialog).startsWith(QLatin1String("Kind:")), qPrintable(errorText(dialog)));
    QCOMPARE(dialog->focusWidget(), kind);

    // From the inbound MX: the id and kind follow the ends.
    from->setCurrentIndex(from->findData(QStringLiteral("mx1")));
    QCOMPARE(id->text(), QStringLiteral("mx1->archive/lmtp:2424"));
    QCOMPARE(kind->currentData().toInt(), int(LinkKind::Delivery));
    clickOk(dialog);
    QTRY_COMPARE(window->workspace().links.size(), before + 1);
    const Link &added = window->workspace().links.last();
    QCOMPARE(added.from, QStringLiteral("mx1"));
    QCOMPARE(added.endpoint.toString(), QStringLiteral("archive/lmtp:2424"));
    auto *table = window->findChild<QTableView *>(QStringLiteral("linkView"));
    QCOMPARE(table->model()->rowCount(), int(before + 1));

    // Edited: its note, from the link table's row.
    window->editLink(added.id);
    auto *edit = window->findChildren<LinkDialog *>(QStringLiteral("linkDialog")).constLast();
    QCOMPARE(edit->findChild<QComboBox *>(QStringLiteral("linkTo"))->currentData().toString(),
             QStringLiteral("archive/lmtp:2424"));
    edit->findChild<QLineEdit *>(QStringLiteral("linkNote"))
        ->setText(QStringLiteral("Journal, second copy"));
    clickOk(edit);
    QTRY_COMPARE(window->workspace().links.last().note, QStringLiteral("Journal, second copy"));
    window->undoStack()->undo();
    QCOMPARE(window->workspace().links.last().note, QString());
    window->undoStack()->undo();
    QCOMPARE(window->workspace().links.size(), before);
}

void TestInventoryWindow::importFromDns()
{
    if (!dnstest::DnsServer::installed())
        QSKIP("dnsmasq is not installed: apt-get install dnsmasq-base (scripts/install-deps.sh "
              "does)");
    dnstest::DnsServer dns;
    QString error;
    QVERIFY2(
        dns.start(kDnsAddress,
                  {QStringLiteral("--local=/example/"),
                   QStringLiteral("--mx-host=kumo.example,mx1.kumo.example,10"),
                   QStringLiteral("--mx-host=kumo.example,mx3.kumo.example,30"),
                   QStringLiteral("--host-record=mx1.kumo.example,127.0.0.11"),
                   QStringLiteral("--host-record=mx3.kumo.example,127.0.0.15"),
                   QStringLiteral("--srv-host=_imaps._tcp.kumo.example,imap.kumo.example,993,0,1"),
                   QStringLiteral("--host-record=imap.kumo.example,127.0.0.21")},
                  &error),
        qPrintable(error));
    const auto window = openWindow();
    QVERIFY(window);
    const qsizetype hosts = window->workspace().hosts.size();

    // The dialog refuses a nameserver that is not an address, and says which.
    window->findChild<QAction *>(QStringLiteral("importDns"))->trigger();
    auto *dialog = window->findChild<DnsImportDialog *>(QStringLiteral("dnsImportDialog"));
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("dnsDomain"))
        ->setText(QStringLiteral("Kumo.Example."));
    dialog->findChild<QLineEdit *>(QStringLiteral("dnsServers"))
        ->setText(QStringLiteral("ns1.kumo.example"));
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY2(errorText(dialog).contains(QLatin1String("ns1.kumo.example")),
             qPrintable(errorText(dialog)));

    QSignalSpy imported(window.get(), &MainWindow::importFinished);
    dialog->findChild<QLineEdit *>(QStringLiteral("dnsServers"))->setText(dns.server().toString());
    clickOk(dialog);
    QVERIFY(imported.wait(15000));
    QCOMPARE(imported.constFirst().at(0).toBool(), true);
    // mx1 and imap are known by name: merged; mx3 is new, an inbound MX with SMTP on 25.
    QCOMPARE(window->workspace().hosts.size(), hosts + 1);
    const Host *mx3 = nullptr;
    for (const Host &h : window->workspace().hosts) {
        if (h.name == u"mx3.kumo.example")
            mx3 = &h;
    }
    QVERIFY(mx3);
    QVERIFY(mx3->roles.contains(HostRole::InboundMx));
    QCOMPARE(mx3->endpoints, (QList<Endpoint>{{Protocol::Smtp, 25, {}}}));
    QCOMPARE(window->workspace().host(u"imap")->endpoints.constLast(),
             (Endpoint{Protocol::Imaps, 993, {}}));
    window->undoStack()->undo();
    QCOMPARE(window->workspace().hosts.size(), hosts);

    // A domain that does not exist: an error naming it, and nothing imported.
    imported.clear();
    dns::ResolverOptions options;
    options.servers = {dns.server()};
    options.timeoutMs = 3000;
    window->importDomain(QStringLiteral("nx.example"), options);
    QVERIFY(imported.wait(15000));
    QCOMPARE(imported.constFirst().at(0).toBool(), false);
    // The latest message (the import before it showed its warnings in one).
    const auto boxes = window->findChildren<QMessageBox *>(QStringLiteral("messageBox"));
    QVERIFY(!boxes.isEmpty());
    QMessageBox *box = boxes.constLast();
    QVERIFY2(box->text().contains(QLatin1String("nx.example does not exist")),
             qPrintable(box->text()));
    QCOMPARE(window->workspace().hosts.size(), hosts);
}

QTEST_MAIN(TestInventoryWindow)
#include "tst_inventory_window.moc"
