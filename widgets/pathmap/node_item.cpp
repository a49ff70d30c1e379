#include "widgets/pathmap/node_item.h"

#include "widgets/pathmap/edge_item.h"
#include "widgets/pathmap/map_text.h"
#include "widgets/pathmap/path_map_scene.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace mailtls {

namespace {

constexpr qreal kH = PathMap::kNodeHeight;
constexpr qreal kIcon = 30;
constexpr qreal kPad = 10;
static_assert(NodeItem::kTextInset == kIcon + 3 * kPad);

// A tall bar (the Internet, the Users) repeats its label this often.
constexpr qreal kLabelEvery = 900;

QStaticText plain(const QString &text, const QFont &font, qreal width, Qt::TextElideMode mode)
{
    QStaticText t(QFontMetricsF(font).elidedText(text, mode, width));
    t.setTextFormat(Qt::PlainText); // host names and roles are never markup
    t.setPerformanceHint(QStaticText::AggressiveCaching);
    t.prepare(QTransform(), font);
    return t;
}

// The role the icon shows: the first that places the host in its column.
enum class Glyph
{
    Globe,
    Person,
    Inbox,
    Relay,
    Filter,
    Directory,
    Store,
    Screen,
    Outbound
};

Glyph glyphOf(const MapNode &n)
{
    if (n.kind == MapNodeKind::Internet)
        return Glyph::Globe;
    if (n.kind == MapNodeKind::Users)
        return Glyph::Person;
    auto has = [&n](HostRole r) { return n.roles.contains(r); };
    switch (n.layer) {
    case MapLayer::Boundary:
        return has(HostRole::InboundMx) ? Glyph::Inbox : Glyph::Outbound;
    case MapLayer::Relays:
        return has(HostRole::InternalRelay) ? Glyph::Relay
               : has(HostRole::Filter)      ? Glyph::Filter
               : has(HostRole::Directory)   ? Glyph::Directory
                                            : Glyph::Relay;
    case MapLayer::Stores:
        return Glyph::Store;
    default:
        return Glyph::Screen;
    }
}

} // namespace

NodeItem::NodeItem(PathMapScene *scene, int node) : m_scene(scene), m_node(node)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges |
             ItemUsesExtendedStyleOption);
    setAcceptHoverEvents(true);
    setZValue(10);
    const MapStyle &style = scene->mapStyle();
    const MapNode &n = scene->map().nodes().at(node);
    updateBox();
    const qreal textWidth = scene->nodeWidth() - kTextInset;
    m_name = plain(n.name, style.boldFont, textWidth, Qt::ElideMiddle); // both ends of a name tell
    m_caption = plain(nodeCaption(n), style.smallFont, textWidth, Qt::ElideRight);
    setToolTip(nodeSummaryHtml(scene->map(), node));
}

void NodeItem::updateBox()
{
    const qreal w = m_scene->nodeWidth();
    const qreal h = m_scene->nodeHeight(m_node);
    if (m_box.size() == QSizeF(w, h))
        return;
    prepareGeometryChange();
    m_box = QRectF(-w / 2, -h / 2, w, h);
    // Boxes are cached as pixmaps; a bar thousands of units tall is not.
    setCacheMode(h > 4 * kH ? NoCache : DeviceCoordinateCache);
}

QString NodeItem::nodeId() const
{
    return m_scene->map().nodes().at(m_node).id;
}

void NodeItem::setDimmed(bool dimmed)
{
    setOpacity(dimmed ? 0.35 : 1.0);
}

QRectF NodeItem::boundingRect() const
{
    return m_box.adjusted(-4, -4, 4, 4); // room for the selection outline
}

QPainterPath NodeItem::shape() const
{
    QPainterPath p;
    p.addRect(m_box);
    return p;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const MapStyle &style = m_scene->mapStyle();
    const MapNode &n = m_scene->map().nodes().at(m_node);
    const bool pseudo = n.kind != MapNodeKind::Host;
    const qreal lod = mapDetail(option, painter);
    const bool selected = option->state & QStyle::State_Selected;
    QPen border(selected ? style.selection : style.nodeBorder, selected ? 3 : (m_hovered ? 2 : 1));
    if (n.zone == Zone::External && !pseudo)
        border.setColor(selected ? style.selection
                                 : style.nodeBorder.darker(style.dark ? 70 : 130));
    painter->setPen(border);
    painter->setBrush(pseudo ? style.pseudoFill : style.nodeFill);
    if (lod < 0.3) { // far out: a box tells where the host is
        painter->drawRect(m_box);
        return;
    }
    painter->drawRoundedRect(m_box, pseudo ? kH / 2 : 6, pseudo ? kH / 2 : 6);
    // External hosts (reachable from outside): a band on the left.
    if (n.zone == Zone::External && !pseudo) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(style.nodeBorder);
        painter->drawRoundedRect(QRectF(m_box.left(), m_box.top(), 5, m_box.height()), 2, 2);
    }
    if (m_box.height() <= kLabelEvery) {
        paintLabel(painter, 0, lod);
        return;
    }
    // A tall bar: its label wherever the view shows it.
    const QRectF exposed = option->exposedRect;
    for (qreal y = m_box.top() + kLabelEvery / 2; y < m_box.bottom(); y += kLabelEvery) {
        if (y + kH > exposed.top() && y - kH < exposed.bottom())
            paintLabel(painter, y, lod);
    }
}

void NodeItem::paintLabel(QPainter *painter, qreal y, qreal lod) const
{
    const MapStyle &style = m_scene->mapStyle();
    const bool pseudo = m_scene->map().nodes().at(m_node).kind != MapNodeKind::Host;
    const QRectF icon(m_box.left() + kPad + (pseudo ? 6 : 0), y - kIcon / 2, kIcon, kIcon);
    paintIcon(painter, icon);
    const qreal x = icon.right() + kPad;
    // The name in map units only where it reads on screen (lod counts device
    // pixels, the font's size logical ones).
    const qreal logical =
        QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (lod < 0.42 || QFontInfo(style.boldFont).pixelSize() * logical < kFarNamePixels) {
        paintFarName(painter, QRectF(x, y - kH / 2, m_box.right() - x - kPad, kH));
        return;
    }
    const qreal nameH = m_name.size().height();
    const qreal capH = m_caption.size().height();
    const qreal top = y - (nameH + capH + 2) / 2;
    painter->setPen(style.nodeText);
    painter->setFont(style.boldFont);
    painter->drawStaticText(QPointF(x, top), m_name);
    painter->setPen(style.nodeSubText);
    painter->setFont(style.smallFont);
    painter->drawStaticText(QPointF(x, top + nameH + 2), m_caption);
}

// Too far out for the name in map units (it would be a few pixels tall): the
// name in fonts of a readable size on screen, whole when it fits on one line,
// else its first label ("mx1") over the rest ("kumo.example"), each cut at
// the box; the tooltip has it whole.
void NodeItem::paintFarName(QPainter *painter, const QRectF &area) const
{
    const qreal scale =
        QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (scale <= 0)
        return;
    const MapStyle &style = m_scene->mapStyle();
    const QString name = m_scene->map().nodes().at(m_node).name;
    QFont bold = style.boldFont;
    bold.setPixelSize(std::max(1, qRound(kFarNamePixels / scale)));
    const QFontMetricsF boldMetrics(bold);
    painter->setPen(style.nodeText);
    painter->setFont(bold);
    const qsizetype dot = name.indexOf(u'.');
    const qreal lineH = boldMetrics.height();
    const bool fits = boldMetrics.horizontalAdvance(name) <= area.width();
    if (fits || dot <= 0 || 2 * lineH > area.height()) {
        const QString line = fits || dot <= 0 ? name : name.left(dot);
        painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          boldMetrics.elidedText(line, Qt::ElideRight, area.width()));
        return;
    }
    QFont small = style.smallFont;
    small.setPixelSize(std::max(1, qRound(kFarNamePixels * 0.9 / scale)));
    const QFontMetricsF smallMetrics(small);
    const qreal top = area.center().y() - (lineH + smallMetrics.height()) / 2;
    const QRectF first(area.left(), top, area.width(), lineH);
    const QRectF rest(area.left(), top + lineH, area.width(), smallMetrics.height());
    painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      boldMetrics.elidedText(name.left(dot), Qt::ElideRight, area.width()));
    painter->setPen(style.nodeSubText);
    painter->setFont(small);
    painter->drawText(rest, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      smallMetrics.elidedText(name.mid(dot + 1), Qt::ElideMiddle, area.width()));
}

void NodeItem::paintIcon(QPainter *painter, const QRectF &r) const
{
    const MapStyle &style = m_scene->mapStyle();
    const MapNode &n = m_scene->map().nodes().at(m_node);
    painter->setPen(QPen(style.nodeText, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    const QPointF c = r.center();
    const qreal w = r.width();
    switch (glyphOf(n)) {
    case Glyph::Globe:
        painter->drawEllipse(r.adjusted(2, 2, -2, -2));
        painter->drawEllipse(QRectF(c.x() - w / 5, r.top() + 2, 2 * w / 5, w - 4));
        painter->drawLine(QPointF(r.left() + 2, c.y()), QPointF(r.right() - 2, c.y()));
        break;
    case Glyph::Person:
        painter->drawEllipse(QRectF(c.x() - w / 6, r.top() + 2, w / 3, w / 3));
        painter->drawArc(QRectF(c.x() - w / 3, c.y() + 1, 2 * w / 3, w / 1.6), 0, 180 * 16);
        break;
    case Glyph::Inbox: // an envelope
    case Glyph::Outbound: {
        const QRectF env(r.left() + 2, c.y() - w / 3.2, w - 4, w / 1.6);
        painter->drawRect(env);
        painter->drawPolyline(QPolygonF{env.topLeft(), QPointF(c.x(), c.y() + 1), env.topRight()});
        if (glyphOf(n) == Glyph::Outbound)
            painter->drawLine(QPointF(env.left() - 2, env.bottom() + 4),
                              QPointF(env.right(), env.bottom() + 4));
        break;
    }
    case Glyph::Relay: // two arrows
        painter->drawLine(QPointF(r.left() + 3, c.y() - 5), QPointF(r.right() - 3, c.y() - 5));
        painter->drawPolyline(QPolygonF{
            {r.right() - 8, c.y() - 10}, {r.right() - 3, c.y() - 5}, {r.right() - 8, c.y()}});
        painter->drawLine(QPointF(r.left() + 3, c.y() + 6), QPointF(r.right() - 3, c.y() + 6));
        painter->drawPolyline(QPolygonF{
            {r.right() - 8, c.y() + 1}, {r.right() - 3, c.y() + 6}, {r.right() - 8, c.y() + 11}});
        break;
    case Glyph::Filter: // a funnel
        painter->drawPolygon(QPolygonF{{r.left() + 2, r.top() + 4},
                                       {r.right() - 2, r.top() + 4},
                                       {c.x() + 3, c.y() + 2},
                                       {c.x() + 3, r.bottom() - 2},
                                       {c.x() - 3, r.bottom() - 5},
                                       {c.x() - 3, c.y() + 2}});
        break;
    case Glyph::Directory: // a book
        painter->drawRect(QRectF(r.left() + 5, r.top() + 3, w - 10, w - 6));
        painter->drawLine(QPointF(r.left() + 10, r.top() + 3),
                          QPointF(r.left() + 10, r.bottom() - 3));
        break;
    case Glyph::Store: { // a cylinder
        const qreal e = w / 4;
        const QRectF top(r.left() + 3, r.top() + 2, w - 6, e);
        painter->drawEllipse(top);
        painter->drawLine(top.bottomLeft() - QPointF(0, e / 2),
                          QPointF(top.left(), r.bottom() - e / 2 - 2));
        painter->drawLine(top.bottomRight() - QPointF(0, e / 2),
                          QPointF(top.right(), r.bottom() - e / 2 - 2));
        painter->drawArc(QRectF(top.left(), r.bottom() - e - 2, top.width(), e), 180 * 16,
                         180 * 16);
        painter->drawArc(QRectF(top.left(), c.y() - e / 2, top.width(), e), 180 * 16, 180 * 16);
        break;
    }
    case Glyph::Screen: // a screen on a stand
        painter->drawRoundedRect(QRectF(r.left() + 2, r.top() + 3, w - 4, w * 0.6), 2, 2);
        painter->drawLine(QPointF(c.x(), r.top() + 3 + w * 0.6), QPointF(c.x(), r.bottom() - 3));
        painter->drawLine(QPointF(c.x() - 7, r.bottom() - 3), QPointF(c.x() + 7, r.bottom() - 3));
        break;
    }
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        m_scene->nodeMoving(this);
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressPos = pos();
    QGraphicsItem::mousePressEvent(event);
}

void NodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    if (pos() != m_pressPos)
        m_scene->nodeDropped(this);
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace mailtls
