#include "app/report/report_document.h"

#include "app/report/report_charts.h"
#include "app/report/report_html.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QIODevice>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::ReportDocument)
};

QString resourceName(const QString &name)
{
    return QStringLiteral("mailtls-report:%1.png").arg(name);
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QList<std::pair<QString, QImage>> pictures(const ComplianceReport &report)
{
    return {{QStringLiteral("map"), drawReportMap(report.map)},
            {QStringLiteral("versions"), drawVersionChart(report)},
            {QStringLiteral("kinds"), drawKindChart(report)}};
}

} // namespace

QStringList reportFontFamilies()
{
    const QString general = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    if (QLocale().language() == QLocale::Japanese) {
        for (const QString &family :
             {QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Noto Serif CJK JP")}) {
            if (!QFontDatabase::hasFamily(family))
                continue;
            // Latin text and figures in a Latin face first: the CJK face shapes digits in Latin
            // runs into glyphs that no character maps to, so a PDF reader could not extract or
            // search them ("M3AAWG" read back as "M AAWG"). The general family may itself
            // resolve to the CJK face under a Japanese locale: a named Latin face first.
            for (const QString &latin : {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                                         QStringLiteral("Liberation Sans")}) {
                if (QFontDatabase::hasFamily(latin))
                    return {latin, family};
            }
            return {family};
        }
    }
    return {general};
}

std::unique_ptr<QTextDocument> reportDocument(const ComplianceReport &report,
                                              const RunComparison *comparison)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font;
    font.setFamilies(reportFontFamilies());
    font.setPointSizeF(9.5);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    for (const auto &[name, image] : pictures(report))
        doc->addResource(QTextDocument::ImageResource, QUrl(resourceName(name)), image);
    doc->setHtml(complianceReportHtml(report, &resourceName, comparison));
    doc->setMetaInformation(QTextDocument::DocumentTitle,
                            Tr::tr("Mail Encryption Compliance Report"));
    return doc;
}

QString writeReportHtml(const ComplianceReport &report, QIODevice *out,
                        const RunComparison *comparison)
{
    QHash<QString, QString> urls;
    for (const auto &[name, image] : pictures(report))
        urls.insert(name, QStringLiteral("data:image/png;base64,") +
                              QString::fromLatin1(png(image).toBase64()));
    const ImageSource source = [&urls](const QString &name) { return urls.value(name); };
    const QByteArray html = complianceReportHtml(report, source, comparison).toUtf8();
    if (out->write(html) != html.size())
        return Tr::tr("cannot write the HTML report: %1").arg(out->errorString());
    return {};
}

QString writeReportPdf(const ComplianceReport &report, QIODevice *out,
                       const RunComparison *comparison)
{
    QPdfWriter writer(out);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setTitle(Tr::tr("Mail Encryption Compliance Report") + QStringLiteral(" - ") +
                    report.organisation);
    writer.setCreator(QStringLiteral("MailTLS Auditor"));
    const std::unique_ptr<QTextDocument> doc = reportDocument(report, comparison);
    doc->print(&writer);
    return {};
}

} // namespace mailtls
