#pragma once

// How the path map looks: the colour and line style of each link state, the
// node colours for the current palette (light or dark), and the legend. The
// state colours are from the Okabe-Ito palette, which readers with the common
// colour vision deficiencies tell apart; the line style says the same again
// (cleartext dashed, unreachable dotted, not probed thin and grey), so the map
// also reads in greyscale print.

#include "app/evidence/link_state.h"

#include <QColor>
#include <QFont>
#include <QPen>

class QPainter;
class QPalette;
class QStyleOptionGraphicsItem;

namespace mailtls {

struct MapStyle
{
    static MapStyle forPalette(const QPalette &palette, const QFont &font);

    bool dark = false;
    QColor background;
    QColor band;     // column background
    QColor bandText; // column titles
    QColor nodeFill;
    QColor nodeBorder;
    QColor nodeText;
    QColor nodeSubText;
    QColor pseudoFill; // Internet and Users
    QColor selection;
    QColor labelFill; // behind TLS version labels
    QFont font;
    QFont smallFont;
    QFont boldFont;
    QFont titleFont;

    QColor stateColor(LinkState state) const;
    // The pen of a link (cosmetic: pixels at any zoom), and the thin one
    // drawn when zoomed far out or for links that span several screens. Built once per style:
    // painting never makes pens.
    const QPen &edgePen(LinkState state) const { return m_pens[static_cast<int>(state)]; }
    const QPen &farPen(LinkState state) const { return m_farPens[static_cast<int>(state)]; }
    const QPen &hoverPen(LinkState state) const { return m_hoverPens[static_cast<int>(state)]; }

    // The legend: states with their line, the observed mark and the arrow. One entry a line,
    // or, given a width (wrap > 0), entries side by side in rows no wider than it: the strip
    // the view keeps under the map.
    QSizeF legendSize(qreal wrap = 0) const;
    void paintLegend(QPainter *painter, QPointF topLeft, qreal wrap = 0) const;

private:
    // Where each entry of the legend goes (after the title), and the legend's size.
    QList<QRectF> legendLayout(qreal wrap, QSizeF *size) const;
    QPen m_pens[6];
    QPen m_farPens[6];
    QPen m_hoverPens[6];
};

// How much detail an item can show: the view's scale in device pixels, so that a high-DPI
// screen (2x) shows names and labels at a zoom where a standard screen shows only boxes.
qreal mapDetail(const QStyleOptionGraphicsItem *option, const QPainter *painter);

// The observed mark (a diamond) centred on a point, in map units.
void paintObservedMark(QPainter *painter, QPointF centre, const QColor &color);

} // namespace mailtls
