// The report room's services for the window (app/report/report_tasks.h): the
// report exported or made printable off the calling thread, images encoded
// and written, a recorded picture played onto a paint device.

#include "../common/sample_results.h"
#include "app/inventory/workspace_io.h"
#include "app/report/report_tasks.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPicture>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QThread>

using namespace mailtls;

class TestReportTasks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportReport_data();
    void exportReport();
    void printableReportMovedToTarget();
    void encodePng();
    void writePng_data();
    void writePng();
    void paintPicture();

private:
    ReportInput m_input;
    Profile m_profile;
};

void TestReportTasks::initTestCase()
{
    const auto demo =
        loadWorkspaceFile(QStringLiteral(MAILTLS_SOURCE_DIR "/resources/demo/demo-workspace.json"));
    QVERIFY(demo.workspace);
    m_input.workspace = *demo.workspace;
    m_input.run.id = 4;
    m_input.run.workspace = demo.workspace->name;
    m_input.run.state = QStringLiteral("complete");
    m_input.run.startedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    m_input.run.finishedAt = m_input.run.startedAt.addSecs(600);
    m_input.results = sample::demoRun(*demo.workspace, false, false);
    m_profile = *builtinProfile(u"m3aawg");
}

void TestReportTasks::exportReport_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("start"); // of the file written; empty: nothing written
    QTest::newRow("PDF") << QStringLiteral("report.pdf") << QByteArray("%PDF");
    QTest::newRow("HTML") << QStringLiteral("report.html") << QByteArray("<!DOCTYPE html>");
    QTest::newRow("HTM, upper case")
        << QStringLiteral("REPORT.HTM") << QByteArray("<!DOCTYPE html>");
    QTest::newRow("a folder that does not exist")
        << QStringLiteral("no-such-folder/report.pdf") << QByteArray();
}

void TestReportTasks::exportReport()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, start);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFuture<QString> future = background::exportReport(m_input, m_profile, path);
    future.waitForFinished();
    const QString error = future.result();
    QFile file(path);
    if (start.isEmpty()) {
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")),
                 qPrintable(error)); // names the file
        QVERIFY(!file.exists());
        return;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.trimmed().startsWith(start), bytes.left(40).constData());
}

void TestReportTasks::printableReportMovedToTarget()
{
    // Built on a worker; the document is handed to the thread named (the window's), where the
    // print preview paints it.
    QFuture<std::shared_ptr<QTextDocument>> future =
        background::printableReport(m_input, m_profile, QThread::currentThread());
    // Polled, not waited for: waitForFinished() may run a task not yet started on this thread,
    // where the document would be made without being moved.
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 20000);
    const std::shared_ptr<QTextDocument> doc = future.result();
    QVERIFY(doc);
    QCOMPARE(doc->thread(), QThread::currentThread());
    QVERIFY(doc->toPlainText().contains(m_input.workspace.organisation));
}

void TestReportTasks::encodePng()
{
    QImage image(40, 30, QImage::Format_ARGB32);
    image.fill(QColor(0x009E73));
    QFuture<QByteArray> future = background::encodePng(image);
    future.waitForFinished();
    const QByteArray png = future.result();
    QVERIFY(png.startsWith("\x89PNG"));
    const QImage decoded = QImage::fromData(png, "PNG");
    QCOMPARE(decoded.size(), image.size());
    QCOMPARE(decoded.pixelColor(20, 15), QColor(0x009E73));
}

void TestReportTasks::writePng_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("written");
    QTest::newRow("a file in a folder that exists") << QStringLiteral("chart.png") << true;
    QTest::newRow("a folder that does not exist")
        << QStringLiteral("no-such-folder/chart.png") << false;
}

void TestReportTasks::writePng()
{
    QFETCH(QString, name);
    QFETCH(bool, written);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::white);
    QFuture<QString> future = background::writePng(path, image);
    future.waitForFinished();
    QCOMPARE(future.result().isEmpty(), written);
    const QImage read(path);
    QCOMPARE(!read.isNull(), written);
    if (written)
        QCOMPARE(read.size(), image.size());
}

void TestReportTasks::paintPicture()
{
    // Recorded here, played by the work onto the device it keeps.
    auto picture = std::make_shared<QPicture>();
    {
        QPainter painter(picture.get());
        painter.fillRect(QRect(10, 10, 20, 20), QColor(0xD55E00));
    }
    auto image = std::make_shared<QImage>(50, 50, QImage::Format_ARGB32);
    image->fill(Qt::white);
    QFuture<void> future = background::paintPicture(image, picture);
    future.waitForFinished();
    QCOMPARE(image->pixelColor(20, 20), QColor(0xD55E00));
    QCOMPARE(image->pixelColor(45, 45), QColor(Qt::white));
}

QTEST_MAIN(TestReportTasks)
#include "tst_report_tasks.moc"
