#include "app/report/report_charts.h"

#include "app/inventory/labels.h"
#include "app/report/report_look.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::ReportCharts)
};

constexpr qreal kScale = 2.0;      // pixels per printed point
constexpr qreal kMapWidth = 500;   // printed width of the map at most, points
constexpr qreal kChartWidth = 520; // printed width of a chart, points
const QColor kInk(0x20, 0x20, 0x20);
const QColor kMuted(0x70, 0x70, 0x70);
const QColor kTrack(0xEC, 0xEC, 0xEC);

QImage newImage(QSizeF points)
{
    QImage image((points * kScale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(kScale);
    image.fill(Qt::white);
    return image;
}

QFont font(qreal points, bool bold = false)
{
    QFont f;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// A horizontal bar chart: one row per label, the bar's parts left to right.
struct BarPart
{
    int value = 0;
    QColor color;
};
struct BarRow
{
    QString label;
    QList<BarPart> parts;
    int total = 0;
    QString figure; // written right of the bar
};

QImage drawBars(const QString &title, const QList<BarRow> &rows,
                const QList<std::pair<QString, QColor>> &legend)
{
    const QFont labelFont = font(9);
    const QFontMetricsF fm(labelFont);
    qreal labelWidth = 0;
    for (const BarRow &r : rows)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(r.label));
    const qreal rowHeight = 20;
    const qreal top = 28;
    const qreal legendHeight = legend.isEmpty() ? 0 : 22;
    const QSizeF size(kChartWidth, top + rows.size() * rowHeight + legendHeight + 8);
    QImage image = newImage(size);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(kInk);
    p.setFont(font(10.5, true));
    p.drawText(QRectF(0, 0, size.width(), 22), Qt::AlignLeft | Qt::AlignVCenter, title);
    const qreal barLeft = labelWidth + 12;
    const qreal figureWidth = 90;
    const qreal barWidth = size.width() - barLeft - figureWidth - 8;
    p.setFont(labelFont);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const BarRow &r = rows.at(i);
        const qreal y = top + i * rowHeight;
        p.setPen(kInk);
        p.drawText(QRectF(0, y, labelWidth, rowHeight - 4), Qt::AlignRight | Qt::AlignVCenter,
                   r.label);
        const QRectF track(barLeft, y + 3, barWidth, rowHeight - 10);
        p.fillRect(track, kTrack);
        qreal x = barLeft;
        for (const BarPart &part : r.parts) {
            if (r.total <= 0 || part.value <= 0)
                continue;
            const qreal w = barWidth * part.value / r.total;
            p.fillRect(QRectF(x, track.top(), w, track.height()), part.color);
            x += w;
        }
        p.setPen(kMuted);
        p.drawText(QRectF(barLeft + barWidth + 8, y, figureWidth, rowHeight - 4),
                   Qt::AlignLeft | Qt::AlignVCenter, r.figure);
    }
    qreal x = barLeft;
    const qreal ly = top + rows.size() * rowHeight + 6;
    for (const auto &[text, color] : legend) {
        p.fillRect(QRectF(x, ly + 3, 12, 10), color);
        p.setPen(kInk);
        const qreal w = fm.horizontalAdvance(text);
        p.drawText(QRectF(x + 16, ly, w + 4, 16), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += 16 + w + 18;
    }
    return image;
}

} // namespace

QImage drawVersionChart(const ComplianceReport &report)
{
    QList<BarRow> rows;
    for (TlsVersion v : allTlsVersions()) {
        const int n = report.versionsAccepted.value(v);
        const bool modern = v == TlsVersion::Tls12 || v == TlsVersion::Tls13;
        rows.append(BarRow{
            tlsVersionName(v),
            {BarPart{n, linkStateColor(modern ? LinkState::StrongTls : LinkState::Cleartext)}},
            report.endpointsWithTls,
            Tr::tr("%1 of %2").arg(n).arg(report.endpointsWithTls)});
    }
    return drawBars(Tr::tr("TLS versions accepted, by endpoint"), rows,
                    {{Tr::tr("recommended (TLS 1.2, 1.3)"), linkStateColor(LinkState::StrongTls)},
                     {Tr::tr("to be turned off"), linkStateColor(LinkState::Cleartext)}});
}

QImage drawKindChart(const ComplianceReport &report)
{
    QList<BarRow> rows;
    for (const KindSummary &k : report.kinds) {
        rows.append(BarRow{linkKindLabel(k.kind),
                           {BarPart{k.strong, linkStateColor(LinkState::StrongTls)},
                            BarPart{k.encrypted - k.strong, linkStateColor(LinkState::WeakTls)}},
                           k.links,
                           Tr::tr("%1 of %2").arg(k.encrypted).arg(k.links)});
    }
    return drawBars(Tr::tr("Encrypted links, by kind"), rows,
                    {{linkStateLabel(LinkState::StrongTls), linkStateColor(LinkState::StrongTls)},
                     {linkStateLabel(LinkState::WeakTls), linkStateColor(LinkState::WeakTls)},
                     {Tr::tr("not encrypted, or not known"), kTrack}});
}

QImage drawReportMap(const PathMap &map)
{
    // The window's map runs left to right, wider than a portrait page: here its
    // layers are rows (the Internet at the top, the users at the bottom), with
    // the places within a layer spread across the page.
    const QRectF bounds = map.boundingRect();
    const qreal across = (PathMap::kNodeWidth + 30) / (PathMap::kNodeHeight + PathMap::kRowGap);
    const qreal down = 0.55;
    const auto place = [&](QPointF p) {
        return QPointF((p.y() - bounds.top()) * across + 20, (p.x() - bounds.left()) * down + 20);
    };
    QList<QRectF> boxes;
    QRectF extent;
    for (int i = 0; i < map.nodes().size(); ++i) {
        const QRectF r = map.nodeRect(i);
        const QPointF c = place(r.center());
        const QSizeF size = map.nodes().at(i).kind == MapNodeKind::Host
                                ? QSizeF(PathMap::kNodeWidth, PathMap::kNodeHeight)
                                : QSizeF(std::max(PathMap::kNodeWidth, r.height() * across),
                                         PathMap::kNodeHeight * 0.7);
        boxes.append(QRectF(c - QPointF(size.width() / 2, size.height() / 2), size));
        extent = extent.united(boxes.last());
    }
    extent.adjust(-20, -20, 20, 20);
    const qreal fit = std::min(1.0, kMapWidth / std::max<qreal>(extent.width(), 1));
    const qreal legendHeight = 26;
    const QFont legendFont = font(7.5);
    const QFontMetricsF fm(legendFont);
    qreal legendWidth = 8;
    for (LinkState s : allLinkStates())
        legendWidth += 25 + fm.horizontalAdvance(linkStateLabel(s)) + 10;
    const QSizeF size(std::max(kMapWidth, legendWidth),
                      extent.height() * fit + legendHeight); // as wide as it is printed
    QImage image = newImage(size);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);

    p.save();
    p.scale(fit, fit);
    p.translate((size.width() / fit - extent.width()) / 2, 0); // centred
    p.translate(-extent.topLeft());
    // Edges first, so boxes cover their ends. Links between the same two
    // nodes (IMAP and IMAPS to the users) are drawn side by side, not on top
    // of each other, so a cleartext one is not hidden under its TLS twin.
    QHash<std::pair<int, int>, int> parallel;
    QHash<std::pair<int, int>, int> drawn;
    for (const MapEdge &e : map.edges())
        parallel[{std::min(e.from, e.to), std::max(e.from, e.to)}] += 1;
    QList<QPointF> incompleteMarks;
    QList<std::pair<QPointF, QString>> defenceTags;
    QList<QPointF> tlsRptTags;
    for (const MapEdge &e : map.edges()) {
        const std::pair<int, int> pair{std::min(e.from, e.to), std::max(e.from, e.to)};
        const int twin = drawn[pair]++;
        const qreal shift = (twin - (parallel.value(pair) - 1) / 2.0) * 14;
        const QRectF from = boxes.at(e.from);
        const QRectF to = boxes.at(e.to);
        const bool downwards = from.center().y() <= to.center().y();
        QPainterPath path(
            QPointF(from.center().x() + shift, downwards ? from.bottom() : from.top()));
        for (const QPointF &via : e.via)
            path.lineTo(place(via) + QPointF(shift, 0));
        path.lineTo(QPointF(to.center().x() + shift, downwards ? to.top() : to.bottom()));
        QPen pen(linkStateColor(e.status.state), linkStateWidth(e.status.state) / fit,
                 linkStateLine(e.status.state));
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        if (e.status.incomplete && e.status.state != LinkState::NotProbed)
            incompleteMarks.append(path.pointAtPercent(0.5));
        if (!e.status.defence.isEmpty())
            defenceTags.append({path.pointAtPercent(0.3), e.status.defence});
        if (!e.status.tlsRptMark.isEmpty())
            tlsRptTags.append(path.pointAtPercent(0.7));
    }
    // An inbound link protected against downgrade carries the name of its
    // defence (DANE, MTA-STS): encrypted and authenticated, not only encrypted.
    const QFont tagFont = font(7, true);
    for (const auto &[at, text] : std::as_const(defenceTags)) {
        p.setFont(tagFont);
        const qreal width = QFontMetricsF(tagFont).horizontalAdvance(text) + 8;
        const QRectF tag(at.x() - width / 2, at.y() - 7, width, 14);
        p.setPen(QPen(kInk, 1 / fit));
        p.setBrush(QColor(0xDF, 0xF2, 0xE1));
        p.drawRoundedRect(tag, 4, 4);
        p.drawText(tag, Qt::AlignCenter, text);
    }
    // An inbound link whose MX senders reported failed sessions at (TLS-RPT):
    // a red tag; the report's TLS-RPT section gives the figures.
    for (const QPointF &at : std::as_const(tlsRptTags)) {
        const QString text = QStringLiteral("TLS-RPT \u2717");
        p.setFont(tagFont);
        const qreal width = QFontMetricsF(tagFont).horizontalAdvance(text) + 8;
        const QRectF tag(at.x() - width / 2, at.y() - 7, width, 14);
        p.setPen(QPen(kInk, 1 / fit));
        p.setBrush(QColor(0xF8, 0xD7, 0xD3));
        p.drawRoundedRect(tag, 4, 4);
        p.drawText(tag, Qt::AlignCenter, text);
    }
    // A link that rests on undecided answers carries a "?" (the report's
    // legend says so): it may be weaker than its colour.
    const QFont markFont = font(8, true);
    for (const QPointF &at : std::as_const(incompleteMarks)) {
        const QRectF mark(at.x() - 7, at.y() - 7, 14, 14);
        p.setPen(QPen(kInk, 1 / fit));
        p.setBrush(QColor(0xFF, 0xF4, 0xD6));
        p.drawEllipse(mark);
        p.setFont(markFont);
        p.drawText(mark, Qt::AlignCenter, QStringLiteral("?"));
    }
    const QFont nameFont = font(11, true);
    const QFont subFont = font(9);
    for (int i = 0; i < map.nodes().size(); ++i) {
        const MapNode &n = map.nodes().at(i);
        const QRectF box = boxes.at(i);
        p.setPen(QPen(kMuted, 1 / fit));
        p.setBrush(n.kind == MapNodeKind::Host ? QColor(Qt::white) : QColor(0xE3, 0xEE, 0xF9));
        p.drawRoundedRect(box, 6, 6);
        p.setPen(kInk);
        p.setFont(nameFont);
        const QRectF text = box.adjusted(8, 4, -8, -4);
        if (n.kind == MapNodeKind::Host) {
            p.drawText(QRectF(text.left(), text.top(), text.width(), text.height() / 2),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetricsF(nameFont).elidedText(n.name, Qt::ElideMiddle, text.width()));
            QStringList roles;
            for (HostRole r : n.roles)
                roles << hostRoleLabel(r);
            p.setFont(subFont);
            p.setPen(kMuted);
            p.drawText(QRectF(text.left(), text.center().y(), text.width(), text.height() / 2),
                       Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetricsF(subFont).elidedText(roles.join(QStringLiteral(", ")),
                                                         Qt::ElideRight, text.width()));
        } else {
            p.drawText(text, Qt::AlignCenter, n.name);
        }
    }
    p.restore();

    // The legend: each state's line and name.
    p.setFont(legendFont);
    qreal x = 4;
    const qreal y = size.height() - legendHeight + 8;
    for (LinkState s : allLinkStates()) {
        p.setPen(QPen(linkStateColor(s), linkStateWidth(s) * 0.8, linkStateLine(s), Qt::FlatCap));
        p.drawLine(QPointF(x, y + 6), QPointF(x + 22, y + 6));
        p.setPen(kInk);
        const qreal w = fm.horizontalAdvance(linkStateLabel(s));
        p.drawText(QRectF(x + 25, y - 2, w + 4, 16), Qt::AlignLeft | Qt::AlignVCenter,
                   linkStateLabel(s));
        x += 25 + w + 10;
    }
    return image;
}

} // namespace mailtls
