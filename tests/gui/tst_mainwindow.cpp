#include "widgets/window/mainwindow.h"
#include "widgets/pathmap/path_map_scene.h"
#include "widgets/pathmap/path_map_view.h"
#include "widgets/pathmap/path_map_widget.h"
#include "widgets/window/welcome_page.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QStyleFactory>

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
    void readableInDarkPalette();
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
    QCOMPARE(links->model()->rowCount(), 16);
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

namespace {

// A dark palette as a desktop's dark theme gives one (Fusion's roles, light text on dark).
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2D, 0x2D, 0x30);
    const QColor text(0xE6, 0xE6, 0xE6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x28));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3A, 0x3A, 0x3D));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9A, 0x9A));
    p.setColor(QPalette::Highlight, QColor(0x3D, 0x7E, 0xD6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6C, 0xB4, 0xFF));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

qreal contrast(const QColor &a, const QColor &b)
{
    return std::abs(a.lightnessF() - b.lightnessF());
}

// Screenshots for a reader, when MAILTLS_SCREENSHOTS names a folder (not in a normal run).
void keepScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MAILTLS_SCREENSHOTS");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

void TestMainWindow::readableInDarkPalette()
{
    // Under a dark palette every text of the welcome page and the map stays readable: the
    // colours come from the palette, none is fixed for a light one.
    const QPalette before = QApplication::palette();
    const QString styleBefore = QApplication::style()->name();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    auto restore = qScopeGuard([&] {
        QApplication::setPalette(before);
        QApplication::setStyle(QStyleFactory::create(styleBefore));
    });
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *welcome = window.findChild<WelcomePage *>(QStringLiteral("welcomePage"));
    for (QLabel *label : welcome->findChildren<QLabel *>()) {
        const QPalette::ColorGroup group = label->isEnabled() ? QPalette::Active : QPalette::Disabled;
        QVERIFY2(contrast(label->palette().color(group, QPalette::WindowText),
                          label->palette().color(QPalette::Window)) > 0.25,
                 qPrintable(label->text()));
    }
    for (QCommandLinkButton *button : welcome->findChildren<QCommandLinkButton *>())
        QVERIFY2(contrast(button->palette().color(QPalette::ButtonText), button->palette().color(QPalette::Window)) > 0.5,
                 qPrintable(button->text()));
    keepScreenshot(&window, QStringLiteral("welcome-dark"));

    auto *map = window.findChild<PathMapWidget *>();
    QSignalSpy ready(map, &PathMapWidget::mapReady);
    window.openWorkspace(MainWindow::demoWorkspacePath());
    QVERIFY(ready.wait(5000));
    window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(map);
    const MapStyle &look = map->view()->mapScene()->mapStyle();
    QVERIFY(look.dark);
    QVERIFY(contrast(look.nodeText, look.nodeFill) > 0.5);
    QVERIFY(contrast(look.nodeText, look.pseudoFill) > 0.5);
    QVERIFY(contrast(look.nodeSubText, look.nodeFill) > 0.3);
    QVERIFY(contrast(look.bandText, look.band) > 0.3);
    QVERIFY(contrast(look.nodeText, look.background) > 0.5); // the legend's text
    QTest::qWait(300); // the rows spread once the view has its size
    keepScreenshot(&window, QStringLiteral("map-dark"));
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

