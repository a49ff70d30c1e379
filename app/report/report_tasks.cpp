#include "app/report/report_tasks.h"

#include "app/report/report_document.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPicture>
#include <QSaveFile>
#include <QTextDocument>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace mailtls::background {

namespace {

// A report with the profile its rules point into, handed between threads as one value.
struct BuiltReport
{
    std::shared_ptr<const Profile> profile;
    std::shared_ptr<const ComplianceReport> report;
};

BuiltReport buildReport(const ReportInput &input, const Profile &profile)
{
    auto owned = std::make_shared<const Profile>(profile);
    auto report = std::make_shared<const ComplianceReport>(buildComplianceReport(
        input, *owned, qEnvironmentVariable("USER"), QDateTime::currentDateTimeUtc()));
    return {owned, report};
}

QString writeReport(const ReportInput &input, const Profile &profile, const QString &path)
{
    const BuiltReport built = buildReport(input, profile);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    const bool html =
        QFileInfo(path).suffix().startsWith(QLatin1String("htm"), Qt::CaseInsensitive);
    const QString error =
        html ? writeReportHtml(*built.report, &file) : writeReportPdf(*built.report, &file);
    if (!error.isEmpty()) {
        file.cancelWriting();
        return QStringLiteral("%1: %2").arg(path, error);
    }
    if (!file.commit())
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    return {};
}

} // namespace

QFuture<QString> exportReport(const ReportInput &input, const Profile &profile, const QString &path)
{
    return QtConcurrent::run(&writeReport, input, profile, path);
}

QFuture<std::shared_ptr<QTextDocument>> printableReport(const ReportInput &input,
                                                        const Profile &profile, QThread *target)
{
    return QtConcurrent::run([input, profile, target] {
        const BuiltReport built = buildReport(input, profile);
        std::shared_ptr<QTextDocument> doc = reportDocument(*built.report);
        doc->moveToThread(target);
        return doc;
    });
}

QFuture<QByteArray> encodePng(const QImage &image)
{
    return QtConcurrent::run([image] {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return png;
    });
}

QFuture<QString> writePng(const QString &path, const QImage &image)
{
    return QtConcurrent::run([path, image]() -> QString {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            return file.errorString();
        return {};
    });
}

QFuture<void> paintPicture(const std::shared_ptr<QPaintDevice> &device,
                           const std::shared_ptr<const QPicture> &picture)
{
    return QtConcurrent::run([device, picture] {
        QPainter painter(device.get());
        painter.drawPicture(0, 0, *picture);
    });
}

} // namespace mailtls::background
