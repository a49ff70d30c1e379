#include "widgets/window/mainwindow.h"

#include <QMenuBar>
#include <QScopeGuard>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace mailtls;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // the store and settings: not the user's
    void opensDemoFromResources();
    void opensFile();
    void badFileReportsError();
    void mnemonicsAreUnique_data();
    void mnemonicsAreUnique();
};

void TestMainWindow::opensDemoFromResources()
{
    Q_INIT_RESOURCE(resources);
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    window.openWorkspace(QStringLiteral(":/demo/demo-workspace.json"));
    QVERIFY(loaded.wait(5000));
    auto *hosts = window.findChild<QTreeView *>(QStringLiteral("hostView"));
    auto *links = window.findChild<QTableView *>(QStringLiteral("linkView"));
    QVERIFY(hosts && links);
    QCOMPARE(hosts->model()->rowCount(), 8);
    QCOMPARE(links->model()->rowCount(), 15);
    QVERIFY(window.windowTitle().startsWith(QLatin1String("Kumo Trading (demo)")));
}

void TestMainWindow::opensFile()
{
    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    const QString path = QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json");
    window.openWorkspace(path);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(window.workspacePath(), path);
    QCOMPARE(window.workspace().hosts.size(), 8);
}

void TestMainWindow::badFileReportsError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"schema_version\": 1,\n \"name\": }");
    f.close();
    MainWindow window;
    QSignalSpy failed(&window, &MainWindow::workspaceFailed);
    window.openWorkspace(path);
    QVERIFY(failed.wait(5000));
    const QString error = failed.first().first().toString();
    QVERIFY2(error.startsWith(path + QStringLiteral(":2:")), qPrintable(error));
    QCOMPARE(window.workspace().hosts.size(), 0);
    // The error is shown to the user too, in a dialog that does not block the event loop.
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("messageBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(path));
}

void TestMainWindow::mnemonicsAreUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    QTest::newRow("Japanese") << QStringLiteral("ja");
}

void TestMainWindow::mnemonicsAreUnique()
{
    // Alt+letter reaches one thing: among the menus and the tabs, always on screen, and among
    // the items of each menu.
    QFETCH(QString, language);
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(QStringLiteral(MAILTLS_BINARY_DIR "/mailtls-auditor_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
    }
    auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    MainWindow window;
    const auto check = [](const QStringList &texts, const QString &where) {
        QHash<QKeySequence, QString> seen;
        for (const QString &text : texts) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (key.isEmpty())
                continue;
            QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("%1: '%2' and '%3' share %4")
                                                         .arg(where, seen.value(key), text, key.toString())));
            seen.insert(key, text);
        }
    };
    QStringList top;
    for (QAction *menu : window.menuBar()->actions()) {
        top << menu->text();
        if (menu->menu()) {
            QStringList items;
            for (QAction *item : menu->menu()->actions())
                items << item->text();
            check(items, menu->text());
        }
    }
    auto *tabs = window.findChild<QTabWidget *>();
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i)
        top << tabs->tabText(i);
    check(top, QStringLiteral("menu bar and tabs"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
