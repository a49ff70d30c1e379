#include "widgets/window/mainwindow.h"
#include "widgets/window/welcome_page.h"

#include <QCommandLinkButton>
#include <QDockWidget>
#include <QFileDialog>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>

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
    void init() { QSettings().clear(); } // each test starts as a first start
    void opensDemoFromResources();
    void welcomeShownWithoutWorkspace();
    void welcomeDemoLeavesIt();
    void welcomeNewLeavesIt();
    void welcomeRecentLeavesIt();
    void welcomeOpenAsksForAFile();
    void failedOpenStaysOnWelcome();
    void restoresWindowState();
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

void TestMainWindow::welcomeShownWithoutWorkspace()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *welcome = window.findChild<WelcomePage *>(QStringLiteral("welcomePage"));
    QVERIFY(welcome);
    QVERIFY(window.isWelcomeShown());
    QVERIFY(welcome->isVisible());
    QVERIFY(!window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->isVisible());
    // Every choice the page offers is there, on screen.
    for (const char *name : {"welcomeDemo", "welcomeNew", "welcomeOpen", "welcomeCsv", "welcomeNmap", "welcomeDns"}) {
        auto *button = welcome->findChild<QCommandLinkButton *>(QString::fromLatin1(name));
        QVERIFY2(button && button->isVisible(), name);
    }
    // The details pane has nothing to say yet: it comes with the tabs.
    auto *details = window.findChild<QDockWidget *>(QStringLiteral("detailsDock"));
    QVERIFY(!details->isVisible());
    window.newWorkspace();
    QVERIFY(!window.isWelcomeShown());
    QVERIFY(details->isVisible());
}

void TestMainWindow::welcomeDemoLeavesIt()
{
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    QTest::mouseClick(window.findChild<QCommandLinkButton *>(QStringLiteral("welcomeDemo")), Qt::LeftButton);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.first().first().toString(), MainWindow::demoWorkspacePath());
    QVERIFY(!window.isWelcomeShown());
    QVERIFY(window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->isVisible());
    QCOMPARE(window.workspace().hosts.size(), 8);
}

void TestMainWindow::welcomeNewLeavesIt()
{
    MainWindow window;
    window.show();
    QTest::mouseClick(window.findChild<QCommandLinkButton *>(QStringLiteral("welcomeNew")), Qt::LeftButton);
    QVERIFY(!window.isWelcomeShown());
    QVERIFY(!window.workspace().name.isEmpty());
    QCOMPARE(window.workspace().hosts.size(), 0);
    QVERIFY(window.workspacePath().isEmpty()); // not saved yet: Save asks where
}

void TestMainWindow::welcomeRecentLeavesIt()
{
    const QString path = QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json");
    QSettings().setValue(QStringLiteral("recent"), QStringList{path});
    MainWindow window;
    window.show();
    auto *recent = window.findChild<QListWidget *>(QStringLiteral("welcomeRecent"));
    QVERIFY(recent && recent->isVisible());
    QCOMPARE(recent->count(), 1);
    QCOMPARE(recent->item(0)->toolTip(), path);
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    recent->setCurrentRow(0);
    QTest::keyClick(recent, Qt::Key_Return);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(window.workspacePath(), path);
    QVERIFY(!window.isWelcomeShown());
}

void TestMainWindow::welcomeOpenAsksForAFile()
{
    MainWindow window;
    window.show();
    QTest::mouseClick(window.findChild<QCommandLinkButton *>(QStringLiteral("welcomeOpen")), Qt::LeftButton);
    auto *dialog = window.findChild<QFileDialog *>();
    QVERIFY(dialog);
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    Q_EMIT dialog->fileSelected(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json"));
    dialog->reject();
    QVERIFY(loaded.wait(5000));
    QVERIFY(!window.isWelcomeShown());
}

void TestMainWindow::failedOpenStaysOnWelcome()
{
    MainWindow window;
    window.show();
    QSignalSpy failed(&window, &MainWindow::workspaceFailed);
    window.openWorkspace(QStringLiteral(MAILTLS_SOURCE_DIR "/no/such/workspace.json"));
    QVERIFY(failed.wait(5000));
    QVERIFY(window.isWelcomeShown());
}

void TestMainWindow::restoresWindowState()
{
    const QRect geometry(40, 30, 1300, 820); // not the default size (1440 x 900)
    QList<int> sizes;
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setGeometry(geometry);
        window.newWorkspace();
        window.findChild<QDockWidget *>(QStringLiteral("detailsDock"))->hide();
        window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(3);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("inventorySplitter"));
        QVERIFY(splitter);
        splitter->setSizes({100, 500});
        sizes = splitter->sizes();
        QVERIFY(window.close());
    }
    MainWindow window;
    QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->currentIndex(), 3);
    QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("inventorySplitter"))->sizes(), sizes);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), geometry.size());
    window.newWorkspace();
    QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("detailsDock"))->isVisible());
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

