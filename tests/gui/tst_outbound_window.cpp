// "Test Outbound Relay" in the window, as an admin uses it: the relay chosen
// from the inventory, the receiver started from the dialog (the GUI thread
// never waits on it), the routing lines for the relay's software shown, the
// relay's sessions listed as they arrive (swaks from the relay's own
// address plays the relay), and the verdict recorded in the workspace when
// the receiver stops: the relay's outbound link then carries it on the map
// and in the findings. Traffic stays on 127.0.0.0/8.

#include "tests/common/process_run.h"
#include "widgets/evidence/outbound_test_dialog.h"
#include "widgets/window/mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace mailtls;

class TestOutboundWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }
    void testsARelayFromTheWindow();
};

void TestOutboundWindow::testsARelayFromTheWindow()
{
    const QString swaks = QStandardPaths::findExecutable(QStringLiteral("swaks"));
    if (swaks.isEmpty())
        QSKIP("swaks is not installed (scripts/install-deps.sh installs it)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("relays.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schema_version": 5, "name": "relays", "hosts": [
            {"id": "out", "name": "out.sender.test", "addresses": ["127.0.0.95"], "roles": ["outbound-relay"],
             "software": "Postfix 3.7", "endpoints": [{"protocol": "smtp", "port": 25}]}],
            "links": [{"id": "out-internet", "kind": "outbound", "from": "out", "endpoint": "out/smtp"}]})");
    }
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    window.openWorkspace(path);
    QVERIFY(loaded.wait(5000));

    auto *action = window.findChild<QAction *>(QStringLiteral("testOutboundRelay"));
    QVERIFY(action);
    action->trigger();
    auto *dialog = window.findChild<OutboundTestDialog *>(QStringLiteral("outboundTestDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("relay"))->currentData().toString(), QStringLiteral("out"));
    dialog->findChild<QLineEdit *>(QStringLiteral("listenAddress"))->setText(QStringLiteral("127.0.0.93"));
    dialog->findChild<QSpinBox *>(QStringLiteral("firstPort"))->setValue(2731);
    for (QCheckBox *box : dialog->findChildren<QCheckBox *>()) {
        const QString name = box->objectName();
        box->setChecked(name == QLatin1StringView("scenario-normal") || name == QLatin1StringView("scenario-stripped"));
    }
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startReceiver")), Qt::LeftButton);
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("receiverStatus"));
    QTRY_VERIFY2_WITH_TIMEOUT(status->text().startsWith(QLatin1StringView("Listening on")), qPrintable(status->text()),
                              10000);
    const QString instructions = dialog->findChild<QPlainTextEdit *>(QStringLiteral("instructions"))->toPlainText();
    QVERIFY2(instructions.contains(QLatin1StringView("normal.mailtls-test.invalid  smtp:[127.0.0.93]:2731")),
             qPrintable(instructions));
    QVERIFY(instructions.contains(QLatin1StringView("stripped.mailtls-test.invalid  smtp:[127.0.0.93]:2732")));
    QVERIFY(instructions.contains(QLatin1StringView("swaks --server out.sender.test")));

    // The relay: STARTTLS where it is offered, cleartext where it was stripped.
    const auto send = [&](int port, const QStringList &tls) {
        return runProcess(swaks, QStringList{"--server", "127.0.0.93", "--port", QString::number(port),
                                             "--local-interface", "127.0.0.95", "--from", "postmaster@out.sender.test",
                                             "--to", "probe@normal.mailtls-test.invalid", "--helo", "out.sender.test",
                                             "--timeout", "10"} +
                                     tls,
                          {}, 60000);
    };
    QCOMPARE(send(2731, {"--tls"}).exitCode, 0);
    QCOMPARE(send(2732, {"--tls-optional"}).exitCode, 0);
    auto *sessions = dialog->findChild<QTreeWidget *>(QStringLiteral("sessions"));
    QTRY_COMPARE_WITH_TIMEOUT(sessions->topLevelItemCount(), 2, 10000);
    QCOMPARE(sessions->topLevelItem(0)->text(1), QStringLiteral("127.0.0.95"));

    if (qEnvironmentVariableIsSet("MAILTLS_TEST_KEEP")) // to look at the dialog
        dialog->grab().save(QStringLiteral("/tmp/outbound-dialog.png"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("stopReceiver")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1StringView("Stopped")), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(window.workspace().outboundTests.size(), 1, 5000);
    const OutboundTest &t = window.workspace().outboundTests.first();
    QCOMPARE(t.relay, QStringLiteral("out"));
    QCOMPARE(t.policy, QStringLiteral("none"));
    QCOMPARE(t.sessions, 2);
    // Undoable, like every change of the workspace.
    QVERIFY(window.undoStack()->canUndo());
    window.undoStack()->undo();
    QVERIFY(window.workspace().outboundTests.isEmpty());
    window.undoStack()->redo();
    QCOMPARE(window.workspace().outboundTests.size(), 1);
}

QTEST_MAIN(TestOutboundWindow)
#include "tst_outbound_window.moc"
