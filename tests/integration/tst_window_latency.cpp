// The window stays responsive during an audit: 200 endpoints of the demo
// lab's real servers (the demo workspace's hosts repeated under other ids,
// so every probe is real), audited from the window while a 10 ms timer
// measures how late the GUI thread's event loop serves it. The figures are
// printed (goal: the worst delay under 50 ms); the test fails only when the
// loop was blocked for a second or more, which no machine load explains.
// And the demo as a new user audits it: each link of the map in the state
// the lab was built to show.

#include "app/inventory/workspace_io.h"
#include "tests/common/lab_fixture.h"
#include "widgets/window/mainwindow.h"
#include "widgets/pathmap/edge_item.h"
#include "widgets/pathmap/path_map_scene.h"
#include "widgets/pathmap/path_map_view.h"
#include "widgets/pathmap/path_map_widget.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace mailtls;

namespace {

constexpr int kEndpoints = 200;

// The demo workspace's hosts again and again (ids mx1-2, ...), up to kEndpoints endpoints.
Workspace repeated(const Workspace &demo)
{
    Workspace ws;
    ws.name = QStringLiteral("latency-200");
    int endpoints = 0;
    for (int copy = 1; endpoints < kEndpoints; ++copy) {
        for (Host h : demo.hosts) {
            if (endpoints >= kEndpoints)
                break;
            h.id += QStringLiteral("-%1").arg(copy);
            while (endpoints + h.endpoints.size() > kEndpoints)
                h.endpoints.removeLast();
            endpoints += static_cast<int>(h.endpoints.size());
            ws.hosts.append(h);
        }
    }
    return ws;
}

} // namespace

class TestWindowLatency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eventLoopDuringAudit();
    void demoAuditColoursTheMap();
    void cleanupTestCase() { m_lab.reset(); }

private:
    std::unique_ptr<lab::Lab> m_lab;
    QTemporaryDir m_dir;
};

void TestWindowLatency::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    LabStart s = startDemoLab();
    if (!s.skip.isEmpty())
        QSKIP(qPrintable(s.skip));
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    m_lab = std::move(s.lab);
    qputenv("MAILTLS_LAB_CA", m_lab->caFile().toLocal8Bit());
}

void TestWindowLatency::eventLoopDuringAudit()
{
    const auto demo =
        loadWorkspaceFile(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json"));
    QVERIFY(demo.workspace);
    const QString path = m_dir.filePath(QStringLiteral("latency.json"));
    QCOMPARE(saveWorkspaceFile(repeated(*demo.workspace), path), QString());

    MainWindow window;
    AppSettings settings = window.settings();
    settings.database = m_dir.filePath(QStringLiteral("audits.sqlite"));
    window.applySettings(settings);
    window.show();
    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    window.openWorkspace(path);
    QVERIFY(shown.wait(10000));

    // How late each 10 ms tick comes: the time the event loop could not serve it.
    QList<qint64> delays;
    QElapsedTimer sinceTick;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(10);
    connect(&tick, &QTimer::timeout, this, [&] {
        delays.append(std::max<qint64>(0, sinceTick.elapsed() - 10));
        sinceTick.restart();
    });
    QSignalSpy finished(&window, &MainWindow::auditFinished);
    QElapsedTimer audit;
    audit.start();
    sinceTick.start();
    tick.start();
    QVERIFY(window.startAudit(MainWindow::AuditScope::All));
    QVERIFY(finished.wait(600000));
    tick.stop();
    const qint64 auditMs = audit.elapsed();
    QCOMPARE(finished.constFirst().at(1).toBool(), false);
    QCOMPARE(window.snapshot().results.size(), kEndpoints);

    std::sort(delays.begin(), delays.end());
    const qint64 worst = delays.isEmpty() ? 0 : delays.constLast();
    const qint64 p99 = delays.isEmpty() ? 0 : delays.at(delays.size() * 99 / 100);
    const qint64 median = delays.isEmpty() ? 0 : delays.at(delays.size() / 2);
    qInfo("audit of %d endpoints from the window: %lld ms; event loop delay over %lld ticks: "
          "median %lld ms, "
          "99th percentile %lld ms, worst %lld ms (goal: under 50 ms)",
          kEndpoints, static_cast<long long>(auditMs), static_cast<long long>(delays.size()),
          static_cast<long long>(median), static_cast<long long>(p99),
          static_cast<long long>(worst));
    QVERIFY2(worst < 1000, "the GUI thread was blocked for a second or more during the audit");
}

void TestWindowLatency::demoAuditColoursTheMap()
{
    // What a new user sees: the demo workspace, Audit All against the lab's
    // real servers, and each link of the map drawn in the state the lab was
    // built to show (docs/lab.md), with that state's pen.
    const QHash<QString, LinkState> expected{
        {"internet->mx1/smtp", LinkState::StrongTls}, // TLS 1.2/1.3, ECDHE+AEAD
        {"internet->mx2/smtp", LinkState::WeakTls},   // TLS 1.0, RSA key exchange
        {"mx1->relay/smtp", LinkState::Cleartext},    // relay has no STARTTLS
        {"mx2->relay/smtp", LinkState::Cleartext},
        {"submission->relay/smtp", LinkState::Cleartext},
        {"relay->imap/lmtp", LinkState::StrongTls},               // LMTP with STARTTLS
        {"relay->archive/lmtp", LinkState::Cleartext},            // LMTP without STARTTLS
        {"users->submission/submission", LinkState::OptionalTls}, // AUTH before STARTTLS
        {"users->submission/smtps", LinkState::StrongTls},
        {"users->imap/imap", LinkState::StrongTls}, // LOGINDISABLED before STARTTLS
        {"users->imap/imaps", LinkState::StrongTls},
        {"users->pop/pop3", LinkState::OptionalTls}, // USER/PASS before STLS
        {"users->pop/pop3s", LinkState::StrongTls},
        {"users->webmail/https", LinkState::StrongTls},
        {"users->webmail/http", LinkState::Cleartext}, // the login page over HTTP
        // The relay's own endpoint has no STARTTLS; its sending side untested.
        {"relay->relay/smtp", LinkState::Cleartext},
    };
    MainWindow window;
    AppSettings settings = window.settings();
    settings.database = m_dir.filePath(QStringLiteral("demo.sqlite"));
    window.applySettings(settings);
    window.show();
    auto *map = window.findChild<PathMapWidget *>();
    QVERIFY(map);
    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    QSignalSpy ready(map, &PathMapWidget::mapReady);
    window.openWorkspace(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json"));
    QVERIFY(shown.wait(10000));
    QVERIFY(ready.count() > 0 || ready.wait(10000));
    PathMapScene *scene = map->view()->mapScene();
    EdgeItem *before = scene->edgeItem(QStringLiteral("internet->mx1/smtp"));
    QVERIFY(before);

    QSignalSpy finished(&window, &MainWindow::auditFinished);
    QVERIFY(window.startAudit(MainWindow::AuditScope::All));
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.constFirst().at(1).toBool(), false);
    // The stored run is read back and shown after the audit.
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 2, 10000);
    QCOMPARE(scene->edgeItem(QStringLiteral("internet->mx1/smtp")), before); // drawn in place

    QCOMPARE(scene->edgeItems().size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        EdgeItem *e = scene->edgeItem(it.key());
        QVERIFY2(e, qPrintable(it.key()));
        const LinkState state = scene->map().edges().at(e->edge()).status.state;
        QVERIFY2(state == it.value(),
                 qPrintable(QStringLiteral("%1: state %2, expected %3")
                                .arg(it.key(), linkStateKey(state), linkStateKey(it.value()))));
        QCOMPARE(e->pen(), scene->mapStyle().edgePen(it.value()));
        QCOMPARE(e->pen().style() == Qt::DashLine, it.value() == LinkState::Cleartext);
    }
    // Undecided evidence shows: the outbound link is incomplete until the relay is tested as a sender.
    const EdgeItem *outbound = scene->edgeItem(QStringLiteral("relay->relay/smtp"));
    QVERIFY(scene->map().edges().at(outbound->edge()).status.incomplete);
}

QTEST_MAIN(TestWindowLatency)
#include "tst_window_latency.moc"
