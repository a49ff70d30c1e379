#include "widgets/pathmap/map_style.h"

#include "app/report/report_look.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::PathMapLegend)
};

constexpr qreal kLegendPad = 10;
constexpr qreal kLegendSample = 44;

} // namespace

MapStyle MapStyle::forPalette(const QPalette &palette, const QFont &font)
{
    MapStyle s;
    const QColor window = palette.color(QPalette::Window);
    s.dark = window.lightnessF() < 0.5;
    s.background = palette.color(QPalette::Base);
    s.band = s.dark ? s.background.lighter(135) : s.background.darker(104);
    s.bandText = palette.color(QPalette::PlaceholderText);
    s.nodeFill = s.dark ? s.background.lighter(170) : QColor(0xFF, 0xFF, 0xFF);
    s.nodeBorder = s.dark ? QColor(0x9A, 0xA0, 0xA6) : QColor(0x70, 0x77, 0x7F);
    s.nodeText = palette.color(QPalette::Text);
    s.nodeSubText = palette.color(QPalette::PlaceholderText);
    s.pseudoFill = s.dark ? QColor(0x2B, 0x3E, 0x55) : QColor(0xE3, 0xEE, 0xF9);
    s.selection = palette.color(QPalette::Highlight);
    s.labelFill = s.background;
    s.labelFill.setAlphaF(0.9);
    s.font = font;
    s.smallFont = font;
    s.smallFont.setPointSizeF(font.pointSizeF() * 0.85);
    s.boldFont = font;
    s.boldFont.setBold(true);
    s.titleFont = s.boldFont;
    s.titleFont.setPointSizeF(font.pointSizeF() * 1.1);
    for (LinkState state : allLinkStates()) {
        const int i = static_cast<int>(state);
        // Cosmetic: as wide on screen at any zoom, and the raster engine's
        // cosmetic stroker clips long curves to the view (fast at 5,000 links).
        QPen pen(s.stateColor(state), linkStateWidth(state), linkStateLine(state), Qt::FlatCap,
                 Qt::BevelJoin);
        pen.setCosmetic(true);
        s.m_pens[i] = pen;
        QPen hover = pen;
        hover.setWidthF(pen.widthF() * 2);
        s.m_hoverPens[i] = hover;
        QPen far = pen;
        far.setWidthF(1); // the raster engine's fastest stroker: one pixel, cosmetic
        far.setCosmetic(true);
        s.m_farPens[i] = far;
    }
    return s;
}

QColor MapStyle::stateColor(LinkState state) const
{
    return linkStateColor(state, dark);
}

void paintObservedMark(QPainter *painter, QPointF c, const QColor &color)
{
    constexpr qreal r = 6;
    const QPointF diamond[4] = {
        {c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}};
    painter->setPen(QPen(Qt::white, 1.2));
    painter->setBrush(color);
    painter->drawConvexPolygon(diamond, 4);
}

QSizeF MapStyle::legendSize() const
{
    const QFontMetricsF fm(font);
    qreal text = QFontMetricsF(boldFont).horizontalAdvance(Tr::tr("Links"));
    for (LinkState state : allLinkStates())
        text = std::max(text, fm.horizontalAdvance(linkStateLabel(state)));
    text = std::max(text, fm.horizontalAdvance(Tr::tr("seen in real messages")));
    text = std::max(text, fm.horizontalAdvance(Tr::tr("direction of connection")));
    text = std::max(text, fm.horizontalAdvance(Tr::tr("incomplete: some answers undecided")));
    const qreal line = fm.height() + 6;
    return {kLegendPad * 3 + kLegendSample + text,
            kLegendPad * 2 + line * (allLinkStates().size() + 4)};
}

void MapStyle::paintLegend(QPainter *painter, QPointF topLeft) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QSizeF size = legendSize();
    QColor fill = background;
    fill.setAlphaF(0.94);
    painter->setPen(QPen(nodeBorder, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(topLeft, size), 6, 6);
    const QFontMetricsF fm(font);
    const qreal line = fm.height() + 6;
    const qreal sampleX = topLeft.x() + kLegendPad;
    const qreal textX = sampleX + kLegendSample + kLegendPad;
    qreal y = topLeft.y() + kLegendPad;
    painter->setFont(boldFont);
    painter->setPen(nodeText);
    painter->drawText(QRectF(sampleX, y, size.width(), line), Qt::AlignVCenter | Qt::AlignLeft,
                      Tr::tr("Links"));
    y += line;
    painter->setFont(font);
    for (LinkState state : allLinkStates()) {
        const qreal mid = y + line / 2;
        painter->setPen(edgePen(state));
        painter->drawLine(QPointF(sampleX, mid), QPointF(sampleX + kLegendSample, mid));
        painter->setPen(nodeText);
        painter->drawText(QRectF(textX, y, size.width(), line), Qt::AlignVCenter | Qt::AlignLeft,
                          linkStateLabel(state));
        y += line;
    }
    const qreal mid = y + line / 2;
    painter->setPen(edgePen(LinkState::StrongTls));
    painter->drawLine(QPointF(sampleX, mid), QPointF(sampleX + kLegendSample, mid));
    paintObservedMark(painter, QPointF(sampleX + kLegendSample / 2, mid),
                      stateColor(LinkState::StrongTls));
    painter->setPen(nodeText);
    painter->drawText(QRectF(textX, y, size.width(), line), Qt::AlignVCenter | Qt::AlignLeft,
                      Tr::tr("seen in real messages"));
    y += line;
    // The mark an edge label carries when the link rests on undecided answers.
    painter->setFont(smallFont);
    painter->drawText(QRectF(sampleX, y, kLegendSample, line), Qt::AlignCenter, QStringLiteral("TLS ?"));
    painter->setFont(font);
    painter->drawText(QRectF(textX, y, size.width(), line), Qt::AlignVCenter | Qt::AlignLeft,
                      Tr::tr("incomplete: some answers undecided"));
    y += line;
    const qreal mid2 = y + line / 2;
    painter->setPen(QPen(nodeText, 1.5));
    painter->drawLine(QPointF(sampleX, mid2), QPointF(sampleX + kLegendSample - 8, mid2));
    painter->setBrush(nodeText);
    const QPointF head[3] = {{sampleX + kLegendSample, mid2},
                             {sampleX + kLegendSample - 9, mid2 - 4.5},
                             {sampleX + kLegendSample - 9, mid2 + 4.5}};
    painter->setPen(Qt::NoPen);
    painter->drawConvexPolygon(head, 3);
    painter->setPen(nodeText);
    painter->drawText(QRectF(textX, y, size.width(), line), Qt::AlignVCenter | Qt::AlignLeft,
                      Tr::tr("direction of connection"));
    painter->restore();
}

} // namespace mailtls
