// The window over stored audits: the latest run's link states, findings and
// checklist appear after opening a workspace; a checklist state set in the
// window is kept in the store (and so survives reopening); a finding
// accepted as a risk is written to the workspace file and shown as accepted;
// an item whose new certificate would break DANE shows the warning above its steps.
// The store is a real SQLite file; the run in it is written the way an audit
// writes it (the probe results by hand, one weakness: mx2 accepts TLS 1.0).

#include "../common/sample_results.h"
#include "app/store/audit_store.h"
#include "app/models/finding_models.h"
#include "app/imports/import_file.h"
#include "app/models/inventory_models.h"
#include "app/inventory/workspace_io.h"
#include "widgets/findings/accept_risk_dialog.h"
#include "widgets/remediation/checklist_panel.h"
#include "widgets/findings/findings_panel.h"
#include "widgets/window/mainwindow.h"

#include "app/models/run_history_model.h"
#include "widgets/history/history_panel.h"
#include "widgets/pathmap/map_text.h"
#include "widgets/pathmap/path_map_scene.h"
#include "widgets/pathmap/path_map_view.h"
#include "widgets/pathmap/path_map_widget.h"
#include "widgets/history/milestones_dialog.h"
#include "widgets/window/settings_dialog.h"
#include "widgets/inventory/edit_error_label.h"
#include "widgets/history/qcustomplot_include.h"
#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTreeView>
#include <QUndoStack>

using namespace mailtls;

namespace {

const QString kItem = QStringLiteral("M1.6@mx2/smtp:2525");

// Every demo endpoint answering as a well-run server would, but mx2 also accepting TLS 1.0.
QHash<QString, EndpointResult> demoResults(const Workspace &ws)
{
    QHash<QString, EndpointResult> results;
    for (const Host &h : ws.hosts) {
        for (const Endpoint &e : h.endpoints) {
            EndpointResult r = sample::strongEndpoint(e.protocol, h.name, h.addresses.value(0));
            r.target.port = e.port;
            if (h.id == QLatin1StringView("mx2")) {
                VersionResult v;
                v.accepted = true;
                v.cipherSuites = {QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA")};
                r.versions.insert(TlsVersion::Tls10, v);
            }
            results.insert(EndpointRef{h.id, e.protocol, e.port}.toString(), r);
        }
    }
    return results;
}

} // namespace

class TestAuditWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsStoredAudit();
    void checklistStateKeptInTheStore();
    void checklistShowsTheDaneWarning();
    void acceptRiskWritesTheWorkspace();
    void importIsUndoable();
    void exportsAndPrintsTheReport();
    void historyFollowsThePalette();
    void historyChartsDowngrade();
    void settingsNameTheDomainChecksDns();
    void tlsRptOnMapDetailsAndHistory();
    void historyShowsRunsAndCompares(); // last: it adds a run

private:
    // A window on the copy of the demo workspace, using the test's store, with its audits shown.
    std::unique_ptr<MainWindow> openWindow();

    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_db;
};

void TestAuditWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and data away from the user's
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("demo.json"));
    m_db = m_dir.filePath(QStringLiteral("audits.sqlite"));
    const auto demo =
        loadWorkspaceFile(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json"));
    QVERIFY(demo.workspace);
    QCOMPARE(saveWorkspaceFile(*demo.workspace, m_workspace), QString());

    QString error;
    auto store = AuditStore::open(m_db, &error);
    QVERIFY2(store, qPrintable(error));
    const auto results = demoResults(*demo.workspace);
    const auto run = store->beginRun(*demo.workspace, static_cast<int>(results.size()), &error);
    QVERIFY2(run, qPrintable(error));
    for (auto it = results.cbegin(); it != results.cend(); ++it)
        QVERIFY2(store->addResult(*run, it.key(), it.value(), &error), qPrintable(error));
    QVERIFY(store->finishRun(*run, &error));
    // The checklist as the audit command leaves it.
    const Evaluation e = evaluate(*builtinProfile(u"m3aawg"), *demo.workspace, results);
    QVERIFY2(updateChecklist(*store, *demo.workspace, e, store->runs().constFirst(),
                             QDate::currentDate(), &error),
             qPrintable(error));
}

std::unique_ptr<MainWindow> TestAuditWindow::openWindow()
{
    auto window = std::make_unique<MainWindow>();
    AppSettings settings = window->settings();
    settings.database = m_db;
    window->applySettings(settings);
    QSignalSpy shown(window.get(), &MainWindow::snapshotShown);
    window->openWorkspace(m_workspace);
    if (!shown.wait(10000))
        return nullptr;
    return window;
}

void TestAuditWindow::showsStoredAudit()
{
    const auto window = openWindow();
    QVERIFY(window);
    QVERIFY(window->snapshot().latestRun > 0);
    // The links show their states: mx2's hop is weak TLS.
    auto *links = window->findChild<QTableView *>(QStringLiteral("linkView"));
    QVERIFY(links);
    bool sawWeak = false;
    for (int r = 0; r < links->model()->rowCount(); ++r) {
        const QModelIndex state = links->model()->index(r, LinkTableModel::StateColumn);
        if (links->model()
                ->index(r, LinkTableModel::ToColumn)
                .data()
                .toString()
                .startsWith(QLatin1StringView("mx2"))) {
            QCOMPARE(state.data(LinkTableModel::LinkStateRole).toInt(), int(LinkState::WeakTls));
            sawWeak = true;
        }
    }
    QVERIFY(sawWeak);
    // A host chosen in the inventory shows its least protected endpoint: webmail's plain HTTP,
    // though HTTPS comes first; a host clicked on the map likewise.
    auto *hostView = window->findChild<QTreeView *>(QStringLiteral("hostView"));
    auto *subtitle = window->findChild<QLabel *>(QStringLiteral("subtitleLabel"));
    QVERIFY(hostView && subtitle);
    QCOMPARE(hostView->model()->index(7, 0).data().toString(), u"webmail.kumo.example"_qs);
    hostView->setCurrentIndex(hostView->model()->index(7, 0));
    QVERIFY2(subtitle->text().startsWith(QLatin1String("webmail/http:2080")), qPrintable(subtitle->text()));
    Q_EMIT window->findChild<PathMapWidget *>()->nodeSelected(u"mx2"_qs);
    QVERIFY2(subtitle->text().startsWith(QLatin1String("mx2/smtp:2525")), qPrintable(subtitle->text()));
    // The findings list mx2's TLS 1.0; selecting it shows its evidence as plain text.
    auto *findings = window->findChild<QTableView *>(QStringLiteral("findingsView"));
    QVERIFY(findings);
    int row = -1;
    for (int r = 0; r < findings->model()->rowCount(); ++r) {
        if (findings->model()->index(r, 0).data(FindingItemKeyRole).toString() == kItem)
            row = r;
    }
    QVERIFY(row >= 0);
    findings->setCurrentIndex(findings->model()->index(row, 0));
    auto *evidence = window->findChild<QPlainTextEdit *>(QStringLiteral("findingEvidence"));
    QVERIFY(evidence->toPlainText().contains(QLatin1StringView("accepts TLSv1.0")));
}

void TestAuditWindow::checklistStateKeptInTheStore()
{
    {
        const auto window = openWindow();
        QVERIFY(window);
        auto *panel = window->findChild<ChecklistPanel *>();
        QVERIFY(panel);
        ChecklistModel *model = panel->model();
        QModelIndex state;
        for (int h = 0; h < model->rowCount(); ++h) {
            const QModelIndex host = model->index(h, 0);
            for (int r = 0; r < model->rowCount(host); ++r) {
                if (model->index(r, 0, host).data(FindingItemKeyRole).toString() == kItem)
                    state = model->index(r, ChecklistModel::StateColumn, host);
            }
        }
        QVERIFY(state.isValid());
        QCOMPARE(state.data(FindingItemStateRole).toInt(), int(ItemState::Open));
        QVERIFY(model->setData(state, int(ItemState::InProgress)));
        // Written by the store's thread: wait until the store has it.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QString error;
                auto store = AuditStore::open(m_db, &error);
                for (const TrackedItem &t :
                     store->checklistItems(QStringLiteral("Kumo Trading (demo)"), u"m3aawg"_qs))
                    if (t.key() == kItem)
                        return t.state == ItemState::InProgress;
                return false;
            }(),
            10000);
    }
    // Reopened: the state is still there.
    const auto again = openWindow();
    QVERIFY(again);
    bool found = false;
    for (const ChecklistItem &i : again->snapshot().checklist) {
        if (i.finding.ruleId + u'@' + i.finding.endpoint == kItem) {
            QCOMPARE(i.state, std::optional<ItemState>(ItemState::InProgress));
            found = true;
        }
    }
    QVERIFY(found);
}

void TestAuditWindow::checklistShowsTheDaneWarning()
{
    const Profile profile = *builtinProfile(u"m3aawg");
    ChecklistItem plain;
    plain.finding.ruleId = QStringLiteral("M1.6");
    plain.finding.endpoint = QStringLiteral("mx2/smtp:25");
    plain.remedy = remedyFor(builtinRemedies(), u"M1.6", Software::Unknown);
    ChecklistItem renew;
    renew.finding.ruleId = QStringLiteral("M1.7");
    renew.finding.endpoint = QStringLiteral("mx1/smtp:25");
    renew.remedy = remedyFor(builtinRemedies(), u"M1.7", Software::Unknown);
    DaneWarning w;
    w.impact = DaneImpact::BreaksIfNewKey;
    w.host = QStringLiteral("mx1.kumo.example");
    w.domains = {QStringLiteral("kumo.example")};
    w.text = QStringLiteral("The TLSA records 3 1 1 ab of mx1.kumo.example pin the key in use.");
    renew.dane = w;

    ChecklistPanel panel;
    panel.setChecklist(profile, {plain, renew}, {});
    auto *label = panel.findChild<QLabel *>(QStringLiteral("daneWarning"));
    auto *steps = panel.findChild<QPlainTextEdit *>(QStringLiteral("remedySteps"));
    QVERIFY(label && steps);
    QAbstractItemModel *model = panel.view()->model();
    auto select = [&](const QString &endpoint) {
        for (int h = 0; h < model->rowCount(); ++h) {
            const QModelIndex host = model->index(h, 0);
            for (int r = 0; r < model->rowCount(host); ++r) {
                const QModelIndex i = model->index(r, 0, host);
                if (i.data(FindingItemKeyRole).toString().endsWith(endpoint))
                    panel.view()->setCurrentIndex(i);
            }
        }
    };
    select(QStringLiteral("@mx1/smtp:25"));
    QVERIFY(!label->isHidden());
    QCOMPARE(label->text(), QStringLiteral("Warning: ") + daneWarningLine(w));
    QVERIFY(steps->toPlainText().contains(QStringLiteral("Warning: DANE, mx1.kumo.example (MX of kumo.example): ")));
    select(QStringLiteral("@mx2/smtp:25"));
    QVERIFY(label->isHidden());
    QVERIFY(!steps->toPlainText().contains(QStringLiteral("DANE")));
    // The rows say it too: a mark on the item, the warning first in its tooltip.
    const QModelIndex current = panel.view()->currentIndex().siblingAtColumn(0);
    QVERIFY(!current.data().toString().contains(QLatin1String("[DANE warning]")));
    select(QStringLiteral("@mx1/smtp:25"));
    const QModelIndex warned = panel.view()->currentIndex().siblingAtColumn(0);
    QVERIFY2(warned.data().toString().endsWith(QLatin1String("[DANE warning]")), qPrintable(warned.data().toString()));
    QVERIFY(warned.data(Qt::ToolTipRole).toString().startsWith(daneWarningLine(w)));
}

void TestAuditWindow::acceptRiskWritesTheWorkspace()
{
    const auto window = openWindow();
    QVERIFY(window);
    auto *panel = window->findChild<FindingsPanel *>();
    const TriagedFinding *target = nullptr;
    for (int r = 0; r < panel->model()->rowCount(); ++r) {
        if (panel->model()->index(r, 0).data(FindingItemKeyRole).toString() == kItem)
            target = &panel->model()->finding(r);
    }
    QVERIFY(target);
    QSignalSpy saved(window.get(), &MainWindow::workspaceSaved);
    Q_EMIT panel->acceptRequested(target->finding);
    auto *dialog = window->findChild<AcceptRiskDialog *>(QStringLiteral("acceptRiskDialog"));
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no justification or owner yet
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("justification"))
        ->setPlainText(u"partner MTA"_qs);
    dialog->findChild<QLineEdit *>(QStringLiteral("owner"))->setText(u"postmaster"_qs);
    QVERIFY(ok->isEnabled());
    ok->click();
    QVERIFY(saved.wait(10000));
    const auto reread = loadWorkspaceFile(m_workspace);
    QVERIFY(reread.workspace);
    QCOMPARE(reread.workspace->acceptedRisks.size(), 1);
    QCOMPARE(reread.workspace->acceptedRisks.constFirst().owner, u"postmaster"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(
        window->snapshot().findings.size() > 0 &&
            [&] {
                for (const TriagedFinding &f : window->snapshot().findings)
                    if (f.finding.ruleId + u'@' + f.finding.endpoint == kItem)
                        return f.accepted();
                return false;
            }(),
        10000);
}

void TestAuditWindow::importIsUndoable()
{
    const auto window = openWindow();
    QVERIFY(window);
    const qsizetype hosts = window->workspace().hosts.size();
    const QString csv = m_dir.filePath(QStringLiteral("new.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("host,address,roles,protocol,port\nmx3.kumo.example,127.0.0.15,inbound-mx,smtp,2525\n");
    f.close();
    QSignalSpy imported(window.get(), &MainWindow::importFinished);
    window->importPath(int(ImportKind::HostsCsv), csv);
    QVERIFY(imported.wait(10000));
    QCOMPARE(imported.constFirst().at(0).toBool(), true);
    QCOMPARE(window->workspace().hosts.size(), hosts + 1);
    QVERIFY(window->isWindowModified());
    window->undoStack()->undo();
    QCOMPARE(window->workspace().hosts.size(), hosts);
    window->undoStack()->redo();
    QCOMPARE(window->workspace().hosts.size(), hosts + 1);

    // An edit while an import runs (here: undo, before the worker's result can arrive) is kept:
    // the import is made again into the edited workspace.
    const QString more = m_dir.filePath(QStringLiteral("more.csv"));
    QFile m(more);
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write("host,address,roles,protocol,port\nmx5.kumo.example,127.0.0.16,inbound-mx,smtp,2525\n");
    m.close();
    imported.clear();
    window->importPath(int(ImportKind::HostsCsv), more);
    window->undoStack()->undo(); // mx3 gone
    QVERIFY(imported.wait(10000));
    QCOMPARE(imported.constFirst().at(0).toBool(), true);
    QStringList names;
    for (const Host &h : window->workspace().hosts)
        names << h.name;
    QVERIFY2(names.contains(u"mx5.kumo.example"_qs) && !names.contains(u"mx3.kumo.example"_qs),
             qPrintable(names.join(u' ')));
    window->undoStack()->undo(); // mx5 gone (the undone mx3 import left the stack)
    window->undoStack()->redo();
    QCOMPARE(window->workspace().hosts.size(), hosts + 1);

    // A bad file: a message naming the file and line, and nothing changed.
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile b(bad);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("host,protocol\nmx4.kumo.example,smtpx\n");
    b.close();
    imported.clear();
    window->importPath(int(ImportKind::HostsCsv), bad);
    QVERIFY(imported.wait(10000));
    QCOMPARE(imported.constFirst().at(0).toBool(), false);
    QCOMPARE(window->workspace().hosts.size(), hosts + 1);
    auto *box = window->findChild<QMessageBox *>(QStringLiteral("messageBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(bad + QStringLiteral(":2")), qPrintable(box->text()));
}

void TestAuditWindow::exportsAndPrintsTheReport()
{
    const auto window = openWindow();
    QVERIFY(window);
    // Written off the GUI thread; the signal says when and whether.
    QSignalSpy exported(window.get(), &MainWindow::reportExported);
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    window->exportReportTo(pdf);
    QVERIFY(exported.wait(20000));
    QCOMPARE(exported.constFirst().at(1).toString(), QString());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    const QString html = m_dir.filePath(QStringLiteral("report.html"));
    window->exportReportTo(html);
    QVERIFY(exported.wait(20000));
    QFile page(html);
    QVERIFY(page.open(QIODevice::ReadOnly));
    QVERIFY(page.readAll().contains("Kumo Trading Co., Ltd."));
    // A file that cannot be written: a message naming it, nothing else lost.
    exported.clear();
    window->exportReportTo(m_dir.filePath(QStringLiteral("no-such-folder/report.pdf")));
    QVERIFY(exported.wait(20000));
    QVERIFY(exported.constFirst().at(1).toString().contains(QLatin1String("no-such-folder")));

    QSignalSpy previewed(window.get(), &MainWindow::reportPreviewShown);
    window->printReport();
    QVERIFY(previewed.wait(20000));
    auto *preview = window->findChild<QPrintPreviewDialog *>(QStringLiteral("reportPreview"));
    QVERIFY(preview);
    QVERIFY(preview->isVisible());
    preview->close();
}

void TestAuditWindow::historyFollowsThePalette()
{
    // A dark system palette: the chart is dark with light axes, not a white box.
    HistoryPanel panel;
    panel.setMilestones({{QDate(2027, 3, 31), u"target"_qs}});
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    panel.setPalette(dark);
    panel.resize(800, 600);
    const QImage chart = panel.chartImage();
    const QRect area = panel.plot()->axisRect()->rect();
    QCOMPARE(chart.pixelColor(area.left() + area.width() / 4, area.center().y()) // 2x: a quarter in
                 .rgb(),
             QColor(0x1e, 0x1e, 0x1e).rgb());
    QCOMPARE(panel.plot()->xAxis->tickLabelColor(), QColor(0xe8, 0xe8, 0xe8));
    QCOMPARE(panel.plot()->legend->textColor(), QColor(0xe8, 0xe8, 0xe8));
    auto *label = qobject_cast<QCPItemText *>(panel.plot()->item(1));
    QVERIFY(label);
    QCOMPARE(label->color(), QColor(0xe8, 0xe8, 0xe8));
    // Back to a light one: dark ink again.
    panel.setPalette(QPalette(QColor(0xef, 0xef, 0xef)));
    QVERIFY(panel.plot()->xAxis->tickLabelColor().lightnessF() < 0.5);
}

void TestAuditWindow::historyChartsDowngrade()
{
    // Three runs: no domain checked, MTA-STS testing, enforced with DANE on both MX hosts.
    RunFigures before;
    before.run = 1;
    before.startedAt = QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC);
    before.state = u"complete"_qs;
    RunFigures testing = before;
    testing.run = 2;
    testing.startedAt = testing.startedAt.addDays(30);
    testing.domains = 1;
    testing.domainsStsTesting = 1;
    testing.domainsTlsRpt = 1;
    testing.mxHosts = 2;
    testing.mxUndecided = 1;
    RunFigures enforced = testing;
    enforced.run = 3;
    enforced.startedAt = testing.startedAt.addDays(30);
    enforced.domainsStsTesting = 0;
    enforced.domainsStsEnforced = 1;
    enforced.domainsDane = 1;
    enforced.mxUndecided = 0;
    enforced.mxProtected = 2;
    HistoryPanel panel;
    panel.setHistory({before, testing, enforced});
    panel.showChart(HistoryPanel::Chart::Downgrade);
    QCOMPARE(panel.plot()->graphCount(), 5);
    QCOMPARE(panel.plot()->graph(0)->data()->size(), 2); // the first run checked no domain: no point
    QVERIFY2(!panel.valuesText(0).contains(QLatin1String("MX hosts protected")), qPrintable(panel.valuesText(0)));
    QVERIFY2(panel.valuesText(1).contains(QLatin1String("MX hosts protected: 0")), qPrintable(panel.valuesText(1)));
    QVERIFY2(panel.valuesText(1).contains(QLatin1String("Domains: MTA-STS testing: 100")),
             qPrintable(panel.valuesText(1)));
    QVERIFY2(panel.valuesText(2).contains(QLatin1String("MX hosts protected: 100")), qPrintable(panel.valuesText(2)));
    QVERIFY2(panel.valuesText(2).contains(QLatin1String("Domains: DANE on every MX: 100")),
             qPrintable(panel.valuesText(2)));
    // The table's measure 4 column says the counts and what is undecided.
    const QModelIndex m4 = panel.model()->index(1, RunHistoryModel::Measure4Column);
    QCOMPARE(m4.data().toString(), u"0% (0 of 2 MX), 1 undecided"_qs);
    QCOMPARE(panel.model()->index(0, RunHistoryModel::Measure4Column).data().toString(), u"-"_qs);
}

void TestAuditWindow::settingsNameTheDomainChecksDns()
{
    SettingsDialog dialog(AppSettings{});
    dialog.show();
    auto *servers = dialog.findChild<QLineEdit *>(QStringLiteral("dnsServers"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("dnsError"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(servers && error && buttons);
    // A name is no nameserver address: the dialog stays open and says why.
    servers->setText(u"ns1.example.org"_qs);
    buttons->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("ns1.example.org")), qPrintable(error->text()));
    servers->setText(u"127.0.0.1:5353, [::1]"_qs);
    buttons->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.settings().dnsServers, u"127.0.0.1:5353, [::1]"_qs);
    QVERIFY(dialog.settings().domainChecks);
}

void TestAuditWindow::tlsRptOnMapDetailsAndHistory()
{
    // A report of two days ago: 3 sessions to mx1 failed on an expired certificate. The window reads it
    // off its thread and shows it on mx1's inbound link, in the details of mx1's SMTP endpoint and in
    // the History; mx2, named by no report, reads "no reports", never "none failed".
    const QDate day = QDateTime::currentDateTimeUtc().date().addDays(-2);
    const QJsonObject report{
        {"organization-name", "Sender Corp"},
        {"date-range", QJsonObject{{"start-datetime", QString(day.toString(Qt::ISODate) + u"T00:00:00Z"_qs)},
                                   {"end-datetime", QString(day.toString(Qt::ISODate) + u"T23:59:59Z"_qs)}}},
        {"contact-info", "tlsrpt@sender.example"},
        {"report-id", "window-test"},
        {"policies",
         QJsonArray{QJsonObject{
             {"policy", QJsonObject{{"policy-type", "sts"},
                                    {"policy-domain", "kumo.example"},
                                    {"mx-host", QJsonArray{"mx1.kumo.example"}}}},
             {"summary", QJsonObject{{"total-successful-session-count", 97}, {"total-failure-session-count", 3}}},
             {"failure-details", QJsonArray{QJsonObject{{"result-type", "certificate-expired"},
                                                        {"receiving-mx-hostname", "mx1.kumo.example"},
                                                        {"failed-session-count", 3}}}}}}}};
    {
        QString error;
        auto store = AuditStore::open(m_db, &error);
        QVERIFY2(store, qPrintable(error));
        const QDateTime start(day, QTime(0, 0), Qt::UTC);
        int added = 0;
        QVERIFY2(store->addTlsRptReports({{"Sender Corp", "window-test", start, start.addSecs(86399), "test", {},
                                           QJsonDocument(report).toJson()}},
                                         &added, &error),
                 qPrintable(error));
    }
    auto window = std::make_unique<MainWindow>();
    AppSettings settings = window->settings();
    settings.database = m_db;
    window->applySettings(settings);
    QSignalSpy read(window.get(), &MainWindow::tlsRptShown);
    window->openWorkspace(m_workspace);
    QVERIFY(read.wait(20000));
    // The map: mx1's inbound link carries the mark and is a problem; mx2's carries none.
    const PathMap &map = window->findChild<PathMapView *>()->mapScene()->map();
    int inbound = 0;
    for (const MapEdge &e : map.edges()) {
        if (e.kind != LinkKind::InternetInbound)
            continue;
        ++inbound;
        const QString host = map.nodes().at(e.to).id;
        QVERIFY2(!e.status.tlsRpt.isEmpty(), qPrintable(host));
        if (host == u"mx1") {
            QCOMPARE(e.status.tlsRptMark, u"TLS-RPT: 3 failed"_qs);
            QVERIFY(mapEdgeLabel(e.status).endsWith(u"TLS-RPT: 3 failed"_qs));
            QVERIFY(e.isProblem());
            QVERIFY2(e.status.tlsRpt.constFirst().contains(QLatin1String("3 of 100 session(s) failed")),
                     qPrintable(e.status.tlsRpt.constFirst()));
        } else {
            QCOMPARE(e.status.tlsRptMark, QString());
            QVERIFY2(e.status.tlsRpt.constFirst().contains(QLatin1String("no reports imported")),
                     qPrintable(e.status.tlsRpt.constFirst()));
        }
    }
    QCOMPARE(inbound, 2);
    // The details pane of mx1: the failures by type and who reported them.
    Q_EMIT window->findChild<PathMapWidget *>()->nodeSelected(u"mx1"_qs);
    auto *label = window->findChild<QLabel *>(QStringLiteral("tlsRptLabel"));
    QVERIFY(label);
    QVERIFY(!label->isHidden());
    QVERIFY2(label->text().contains(QLatin1String("certificate-expired 3")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QLatin1String("Reported by Sender Corp")), qPrintable(label->text()));
    QVERIFY(label->font().bold());
    // A host that is no MX shows none.
    auto *hostView = window->findChild<QTreeView *>(QStringLiteral("hostView"));
    hostView->setCurrentIndex(hostView->model()->index(7, 0)); // webmail
    QVERIFY(label->isHidden());
    // The History: the day's sessions, successful and failed.
    auto *panel = window->findChild<HistoryPanel *>(QStringLiteral("historyPanel"));
    panel->showChart(HistoryPanel::Chart::TlsRpt);
    QCOMPARE(panel->plot()->graphCount(), 2);
    QCOMPARE(panel->plot()->graph(0)->data()->size(), 1);
    QCOMPARE(panel->plot()->graph(1)->data()->size(), 1);
    QCOMPARE(panel->plot()->graph(1)->data()->at(0)->value, 3.0);
    QVERIFY2(panel->tlsRptDayText(0).contains(QLatin1String("100 session(s) reported, 3 failed (3.0%)")),
             qPrintable(panel->tlsRptDayText(0)));
    QCOMPARE(tlsRptDaysCsv(panel->tlsRptDays()),
             QByteArray("day,reports,successful,failed\n") + day.toString(Qt::ISODate).toLatin1() + ",1,97,3\n");
    panel->showChart(HistoryPanel::Chart::Measures);
}

void TestAuditWindow::historyShowsRunsAndCompares()
{
    // A second run: the checklist applied, mx2 no longer accepts TLS 1.0.
    {
        QString error;
        auto store = AuditStore::open(m_db, &error);
        QVERIFY2(store, qPrintable(error));
        const auto ws = loadWorkspaceFile(m_workspace);
        QHash<QString, EndpointResult> fixed = demoResults(*ws.workspace);
        for (auto it = fixed.begin(); it != fixed.end(); ++it)
            it->versions[TlsVersion::Tls10].accepted = false;
        const auto run = store->beginRun(*ws.workspace, static_cast<int>(fixed.size()), &error);
        QVERIFY2(run, qPrintable(error));
        for (auto it = fixed.cbegin(); it != fixed.cend(); ++it)
            QVERIFY(store->addResult(*run, it.key(), it.value(), &error));
        QVERIFY(store->finishRun(*run, &error));
    }
    auto window = std::make_unique<MainWindow>();
    AppSettings settings = window->settings();
    settings.database = m_db;
    window->applySettings(settings);
    QSignalSpy history(window.get(), &MainWindow::historyShown);
    window->openWorkspace(m_workspace);
    QVERIFY(history.wait(20000));
    auto *panel = window->findChild<HistoryPanel *>(QStringLiteral("historyPanel"));
    QVERIFY(panel);
    QAbstractItemModelTester tester(panel->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel->model()->rowCount(), 2);
    // The measures chart: three lines, a point per run; measure 1 rises from weak to strong, both
    // encrypted.
    QCOMPARE(panel->plot()->graphCount(), 3);
    QCOMPARE(panel->plot()->graph(0)->data()->size(), 2);
    QVERIFY2(panel->valuesText(1).contains(QLatin1String("Measure 1: MTA hops: 100")),
             qPrintable(panel->valuesText(1)));
    panel->showChart(HistoryPanel::Chart::Findings);
    QCOMPARE(panel->plot()->graphCount(), 4);
    panel->showChart(HistoryPanel::Chart::Versions);
    // TLS 1.0 accepted by mx2's endpoint in the first run only.
    QVERIFY2(panel->valuesText(0).contains(QLatin1String("TLSv1.0: 7.7")),
             qPrintable(panel->valuesText(0)));
    QVERIFY2(panel->valuesText(1).contains(QLatin1String("TLSv1.0: 0")),
             qPrintable(panel->valuesText(1)));
    QVERIFY(!panel->chartImage().isNull());

    // Both runs selected: compare.
    auto *table = panel->findChild<QTableView *>(QStringLiteral("historyTable"));
    table->selectAll();
    auto *compare = panel->findChild<QPushButton *>(QStringLiteral("compareRuns"));
    QVERIFY(compare->isEnabled());
    QSignalSpy compared(window.get(), &MainWindow::comparisonShown);
    compare->click();
    QVERIFY(compared.wait(20000));
    QCOMPARE(compared.constFirst().at(0).value<qsizetype>(), 1); // fixed: M1.6 on mx2
    QCOMPARE(compared.constFirst().at(1).value<qsizetype>(), 0); // new
    QCOMPARE(compared.constFirst().at(2).value<qsizetype>(), 0); // regressed
    auto *view = window->findChild<QTextBrowser *>(QStringLiteral("comparisonView"));
    QVERIFY(view);
    QVERIFY2(view->toPlainText().contains(QLatin1String("mx2/smtp:2525 M1.6")),
             qPrintable(view->toPlainText()));
    view->window()->close();

    // A target date: a row without a label is refused and named; with one, it is drawn on the
    // charts, kept in the workspace and undoable.
    QCOMPARE(panel->plot()->itemCount(), 0);
    panel->findChild<QPushButton *>(QStringLiteral("milestones"))->click();
    auto *dialog = window->findChild<MilestonesDialog *>(QStringLiteral("milestonesDialog"));
    QVERIFY(dialog);
    dialog->findChild<QPushButton *>(QStringLiteral("addMilestone"))->click();
    auto *rows = dialog->findChild<QTableWidget *>(QStringLiteral("milestoneTable"));
    QCOMPARE(rows->rowCount(), 1);
    dialog->accept();
    QVERIFY(dialog->isVisible());
    auto *error = dialog->findChild<EditErrorLabel *>();
    QVERIFY2(error->text().contains(QLatin1String("Row 1")), qPrintable(error->text()));
    rows->item(0, 1)->setText(u"Every internal link encrypted"_qs);
    qobject_cast<QDateEdit *>(rows->cellWidget(0, 0))->setDate(QDate(2027, 3, 31));
    dialog->accept();
    QCOMPARE(window->workspace().milestones.size(), 1);
    QCOMPARE(window->workspace().milestones.constFirst().date, QDate(2027, 3, 31));
    QVERIFY(window->isWindowModified());
    QCOMPARE(panel->plot()->itemCount(), 2); // the dashed line and its label
    // Its date widens the time axis beyond the runs.
    QVERIFY(panel->plot()->xAxis->range().upper >
            double(QDateTime(QDate(2027, 3, 31), QTime(12, 0), Qt::UTC).toSecsSinceEpoch()));
    window->undoStack()->undo();
    QVERIFY(window->workspace().milestones.isEmpty());
    QCOMPARE(panel->plot()->itemCount(), 0);
}

QTEST_MAIN(TestAuditWindow)
#include "tst_audit_window.moc"
