#include "widgets/pathmap/map_style.h"

#include "app/report/report_look.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

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

qreal mapDetail(const QStyleOptionGraphicsItem *option, const QPainter *painter)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    return painter->device() ? lod * painter->device()->devicePixelRatio() : lod;
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

namespace {

// The legend's entries after its title, in order: the link states, then these three.
enum class LegendExtra
{
    Observed,
    Incomplete,
    Direction
};
constexpr int kLegendExtras = 3;

QString legendText(int entry)
{
    const QList<LinkState> states = allLinkStates();
    if (entry < states.size())
        return linkStateLabel(states.at(entry));
    switch (LegendExtra(entry - states.size())) {
    case LegendExtra::Observed: return Tr::tr("seen in real messages");
    case LegendExtra::Incomplete: return Tr::tr("incomplete: some answers undecided");
    case LegendExtra::Direction: return Tr::tr("direction of connection");
    }
    return {};
}

} // namespace

QList<QRectF> MapStyle::legendLayout(qreal wrap, QSizeF *size) const
{
    const QFontMetricsF fm(font);
    const qreal line = fm.height() + 6;
    const qreal title = QFontMetricsF(boldFont).horizontalAdvance(Tr::tr("Links"));
    const int entries = static_cast<int>(allLinkStates().size()) + kLegendExtras;
    QList<QRectF> rects;
    if (wrap <= 0) { // one entry a line, under the title
        qreal text = title;
        for (int e = 0; e < entries; ++e)
            text = std::max(text, fm.horizontalAdvance(legendText(e)));
        const qreal width = kLegendSample + kLegendPad + text;
        for (int e = 0; e < entries; ++e)
            rects.append(QRectF(kLegendPad, kLegendPad + line * (e + 1), width, line));
        *size = QSizeF(kLegendPad * 2 + width, kLegendPad * 2 + line * (entries + 1));
        return rects;
    }
    // Side by side after the title, a new row when the next would pass the width.
    qreal x = kLegendPad + title + 2 * kLegendPad;
    qreal y = kLegendPad;
    qreal right = x;
    for (int e = 0; e < entries; ++e) {
        const qreal width = kLegendSample + kLegendPad + fm.horizontalAdvance(legendText(e));
        if (x > kLegendPad + title + 2 * kLegendPad && x + width + kLegendPad > wrap) {
            x = kLegendPad + title + 2 * kLegendPad;
            y += line;
        }
        rects.append(QRectF(x, y, width, line));
        right = std::max(right, x + width);
        x += width + 2 * kLegendPad;
    }
    *size = QSizeF(right + kLegendPad, y + line + kLegendPad);
    return rects;
}

QSizeF MapStyle::legendSize(qreal wrap) const
{
    QSizeF size;
    legendLayout(wrap, &size);
    return size;
}

void MapStyle::paintLegend(QPainter *painter, QPointF topLeft, qreal wrap) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QSizeF size;
    const QList<QRectF> rects = legendLayout(wrap, &size);
    QColor fill = background;
    fill.setAlphaF(0.94);
    painter->setPen(QPen(nodeBorder, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(topLeft, size), 6, 6);
    painter->translate(topLeft);
    const qreal line = QFontMetricsF(font).height() + 6;
    painter->setFont(boldFont);
    painter->setPen(nodeText);
    painter->drawText(QRectF(kLegendPad, kLegendPad, size.width(), line), Qt::AlignVCenter | Qt::AlignLeft,
                      Tr::tr("Links"));
    const QList<LinkState> states = allLinkStates();
    for (int e = 0; e < rects.size(); ++e) {
        const QRectF r = rects.at(e);
        const qreal mid = r.center().y();
        const QPointF from(r.left(), mid);
        const QPointF to(r.left() + kLegendSample, mid);
        if (e < states.size()) {
            painter->setPen(edgePen(states.at(e)));
            painter->drawLine(from, to);
        } else {
            switch (LegendExtra(e - states.size())) {
            case LegendExtra::Observed:
                painter->setPen(edgePen(LinkState::StrongTls));
                painter->drawLine(from, to);
                paintObservedMark(painter, QPointF(r.left() + kLegendSample / 2, mid),
                                  stateColor(LinkState::StrongTls));
                break;
            case LegendExtra::Incomplete: // the mark an edge label carries then
                painter->setPen(nodeText);
                painter->setFont(smallFont);
                painter->drawText(QRectF(r.left(), r.top(), kLegendSample, line), Qt::AlignCenter,
                                  QStringLiteral("TLS ?"));
                break;
            case LegendExtra::Direction: {
                painter->setPen(QPen(nodeText, 1.5));
                painter->drawLine(from, to - QPointF(8, 0));
                painter->setPen(Qt::NoPen);
                painter->setBrush(nodeText);
                const QPointF head[3] = {to, to + QPointF(-9, -4.5), to + QPointF(-9, 4.5)};
                painter->drawConvexPolygon(head, 3);
                break;
            }
            }
        }
        painter->setFont(font);
        painter->setPen(nodeText);
        painter->drawText(QRectF(r.left() + kLegendSample + kLegendPad, r.top(), r.width(), line),
                          Qt::AlignVCenter | Qt::AlignLeft, legendText(e));
    }
    painter->restore();
}

} // namespace mailtls
