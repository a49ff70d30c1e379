#include "widgets/pathmap/edge_item.h"

#include "widgets/pathmap/map_text.h"
#include "widgets/pathmap/node_item.h"
#include "widgets/pathmap/path_map_scene.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace mailtls {

namespace {

constexpr qreal kArrow = 11;
constexpr qreal kLabelPad = 3;
constexpr qreal kLongLinkPixels = 2000;

struct Cubic
{
    QPointF p0, c1, c2, p1;
    QPointF at(qreal t) const
    {
        const qreal u = 1 - t;
        return u * u * u * p0 + 3 * u * u * t * c1 + 3 * u * t * t * c2 + t * t * t * p1;
    }
};

// A cubic from p0 to p1 that leaves and arrives horizontally.
Cubic curveTo(QPainterPath &path, QPointF p0, QPointF p1)
{
    const qreal dx = (p1.x() - p0.x()) / 2;
    const Cubic c{p0, QPointF(p0.x() + dx, p0.y()), QPointF(p1.x() - dx, p1.y()), p1};
    path.cubicTo(c.c1, c.c2, c.p1);
    return c;
}

// The label near the receiver, where links to different hosts have parted;
// links side by side take turns along the curve.
qreal defaultLabelT(int parallel)
{
    return std::max(0.2, 0.72 - 0.22 * parallel);
}

} // namespace

bool EdgeItem::setLabelAt(qreal t)
{
    if (m_label.text().isEmpty() || t == m_labelT)
        return false;
    m_labelT = t;
    adjust();
    return true;
}

EdgeItem::EdgeItem(PathMapScene *scene, int edge, NodeItem *from, NodeItem *to, int parallel,
                   int parallels)
    : m_scene(scene), m_edge(edge), m_from(from), m_to(to), m_parallel(parallel),
      m_offset((parallel - (parallels - 1) / 2.0) * 10), m_labelT(defaultLabelT(parallel))
{
    setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption); // paint() uses the exposed rectangle
    setAcceptHoverEvents(true);
    m_label.setTextFormat(Qt::PlainText); // from a server's answer or a header: never markup
    m_label.setPerformanceHint(QStaticText::AggressiveCaching);
    from->addEdge(this);
    if (to != from)
        to->addEdge(this);
    statusChanged();
}

void EdgeItem::statusChanged()
{
    const MapEdge &e = m_scene->map().edges().at(m_edge);
    const QString label = mapEdgeLabel(e.status);
    if (label != m_label.text()) {
        m_label.setText(label);
        if (!label.isEmpty())
            m_label.prepare(QTransform(), m_scene->mapStyle().smallFont);
    }
    setToolTip(edgeSummaryHtml(m_scene->map(), m_edge));
    setZValue(e.isProblem() ? 1 : 0); // problems drawn over the rest
    adjust();                         // the label's box comes and goes with the label
    update();
}

QString EdgeItem::linkId() const
{
    return m_scene->map().edges().at(m_edge).linkId;
}

bool EdgeItem::isProblem() const
{
    return m_scene->map().edges().at(m_edge).isProblem();
}

const QPen &EdgeItem::pen() const
{
    return m_scene->mapStyle().edgePen(m_scene->map().edges().at(m_edge).status.state);
}

void EdgeItem::adjust()
{
    prepareGeometryChange();
    m_shape = QPainterPath();
    const MapEdge &e = m_scene->map().edges().at(m_edge);
    // Links between the same two nodes side by side, not on top of each other.
    // A tall bar (the Internet, the Users) is met level with the other end.
    const PathMapScene *scene = m_scene;
    auto attach = [scene](const NodeItem *node, QPointF toward) {
        QPointF p = node->pos();
        const qreal h = scene->nodeHeight(node->node());
        if (h > PathMap::kNodeHeight)
            p.setY(std::clamp(toward.y(), p.y() - h / 2 + 14, p.y() + h / 2 - 14));
        return p;
    };
    // The route's points, from the layout's units to the scene's.
    QList<QPointF> via;
    via.reserve(e.via.size());
    for (const QPointF &v : e.via)
        via.append(scene->toScene(v));
    const qreal halfW = scene->nodeWidth() / 2;
    const QPointF src =
        attach(m_from, via.isEmpty() ? m_to->pos() : via.constFirst()) + QPointF(0, m_offset);
    const QPointF dst =
        attach(m_to, via.isEmpty() ? m_from->pos() : via.constLast()) + QPointF(0, m_offset);
    m_path = QPainterPath();
    QPointF lastControl;
    QPointF firstMid;
    QPointF lastMid;
    QPointF end;
    if (m_from == m_to) { // a host that connects to itself: a loop on its right
        const QPointF a = src + QPointF(halfW, -10);
        end = src + QPointF(halfW, 10);
        m_path.moveTo(a);
        lastControl = end + QPointF(60, 30);
        m_path.cubicTo(a + QPointF(60, -30), lastControl, end);
        firstMid = src + QPointF(halfW + 45, 0);
        lastMid = firstMid;
    } else if (std::abs(dst.x() - src.x()) < scene->nodeWidth()) {
        // Same column: a bow on the right side.
        const QPointF a = src + QPointF(halfW, 0);
        end = dst + QPointF(halfW, 0);
        const qreal bow = 40 + std::min(120.0, std::abs(dst.y() - src.y()) / 6);
        m_path.moveTo(a);
        lastControl = end + QPointF(bow, 0);
        m_path.cubicTo(a + QPointF(bow, 0), lastControl, end);
        firstMid = (a + end) / 2 + QPointF(bow * 0.75, 0);
        lastMid = firstMid;
    } else {
        const qreal side = dst.x() > src.x() ? 1 : -1;
        QPointF p = src + QPointF(side * halfW, 0);
        end = dst - QPointF(side * halfW, 0);
        m_path.moveTo(p);
        for (qsizetype i = 0; i <= via.size(); ++i) {
            const QPointF next = i < via.size() ? via.at(i) : end;
            const Cubic c = curveTo(m_path, p, next);
            if (i == 0)
                firstMid = c.at(0.3);
            lastMid = c.at(m_labelT);
            lastControl = c.c2;
            p = next;
        }
    }
    // The arrow head: along the curve's last tangent, its tip on the receiver's box.
    QPointF dir = end - lastControl;
    const qreal len = std::hypot(dir.x(), dir.y());
    dir = len > 0.01 ? dir / len : QPointF(1, 0);
    const QPointF normal(-dir.y(), dir.x());
    const QPointF base = end - dir * kArrow;
    m_far.clear();
    m_far.append(m_path.elementAt(0));
    for (const QPointF &v : std::as_const(via))
        m_far.append(v);
    m_far.append(end);
    m_head[0] = end;
    m_head[1] = base + normal * (kArrow / 2.2);
    m_head[2] = base - normal * (kArrow / 2.2);
    m_labelPos = lastMid;
    m_markPos = firstMid;
    if (!m_label.text().isEmpty()) {
        const QSizeF s = m_label.size() + QSizeF(2 * kLabelPad + 2, 2 * kLabelPad);
        m_labelRect = QRectF(m_labelPos - QPointF(s.width() / 2, s.height() / 2), s);
    }
    const qreal margin = m_scene->mapStyle().hoverPen(e.status.state).widthF() + 8;
    m_bounds = m_path.controlPointRect()
                   .united(QRectF(end - QPointF(kArrow, kArrow), QSizeF(2 * kArrow, 2 * kArrow)))
                   .adjusted(-margin, -margin, margin, margin);
    if (!m_labelRect.isNull())
        m_bounds = m_bounds.united(m_labelRect.adjusted(-2, -2, 2, 2));
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    if (m_shape.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(10); // easy to hover and click
        m_shape = stroker.createStroke(m_path);
        if (!m_labelRect.isNull())
            m_shape.addRect(m_labelRect);
    }
    return m_shape;
}

void EdgeItem::drawVisible(QPainter *painter, const QPen &pen) const
{
    // The stroker clips curves to the device before flattening them: a link
    // across the whole map costs little more than the part in view.
    painter->setPen(pen);
    painter->drawPath(m_path);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const MapStyle &style = m_scene->mapStyle();
    const MapLinkStatus &status = m_scene->map().edges().at(m_edge).status;
    const qreal lod = mapDetail(option, painter);
    const bool selected = option->state & QStyle::State_Selected;
    painter->setBrush(Qt::NoBrush);
    if (lod < 0.25) { // far out: a thin line in the state's colour and style
        painter->setPen(style.farPen(status.state));
        painter->drawPolyline(m_far);
        return;
    }
    // Margin: what a pen, a mark or a label reaches beyond its point.
    const QRectF exposed = option->exposedRect.adjusted(-12, -12, 12, 12);
    if (selected) {
        QPen halo(style.selection, style.edgePen(status.state).widthF() + 6, Qt::SolidLine,
                  Qt::RoundCap);
        halo.setCosmetic(true);
        QColor c = style.selection;
        c.setAlphaF(0.45);
        halo.setColor(c);
        drawVisible(painter, halo);
    }
    // A link that spans more than a couple of screens is one of a bundle
    // crossing the map: one pixel wide (the raster engine's fast stroker),
    // still in its colour and style, until it is hovered or selected.
    const bool spansScreens = m_bounds.height() * lod > kLongLinkPixels;
    drawVisible(painter, m_hovered || selected ? style.hoverPen(status.state)
                         : spansScreens        ? style.farPen(status.state)
                                               : style.edgePen(status.state));
    const QColor color = style.stateColor(status.state);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    if (exposed.contains(m_head[0]))
        painter->drawConvexPolygon(m_head, 3);
    if (status.observed && exposed.contains(m_markPos))
        paintObservedMark(painter, m_markPos, color);
    // Labels of a bundle would hide each other: a long link's label shows when it is hovered.
    if (lod < 0.45 || m_label.text().isEmpty() || !exposed.intersects(m_labelRect) ||
        (spansScreens && !m_hovered && !selected))
        return;
    painter->setPen(QPen(color, 1));
    painter->setBrush(style.labelFill);
    painter->drawRoundedRect(m_labelRect, 4, 4);
    painter->setPen(style.nodeText);
    painter->setFont(style.smallFont);
    painter->drawStaticText(m_labelRect.topLeft() + QPointF(kLabelPad + 1, kLabelPad), m_label);
}

void EdgeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    setZValue(5);
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void EdgeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    setZValue(isProblem() ? 1 : 0);
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace mailtls
