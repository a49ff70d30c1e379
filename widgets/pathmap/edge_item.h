#pragma once

// One link of the path map: a curve from the node that connects to the node
// that receives, through the slots the layout keeps for it in the columns it
// passes, in the colour and line style of its state, with an arrow head, its
// TLS versions as a label and a diamond when real messages crossed it. The
// path is built when an end moves, never while painting.

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>
#include <QStaticText>

namespace mailtls {

class NodeItem;
class PathMapScene;

class EdgeItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 2
    };
    int type() const override { return Type; }

    // parallel: its place among the links between the same two nodes (parallels of them).
    EdgeItem(PathMapScene *scene, int edge, NodeItem *from, NodeItem *to, int parallel = 0,
             int parallels = 1);

    int edge() const { return m_edge; }
    QString linkId() const;
    bool isProblem() const;
    const QPen &pen() const;
    QString labelText() const { return m_label.text(); }
    const QPainterPath &path() const { return m_path; }
    // The TLS label's box, and moving it along the last stretch of the curve
    // (t from 0 at the column before the receiver to 1 at the receiver).
    QRectF labelRect() const { return m_labelRect; }
    bool setLabelAt(qreal t);
    // Rebuilds the path from the ends' positions (and the route, while both
    // ends are where the layout put them).
    void adjust();
    // The link's state changed in the scene's map: label, tooltip, pen, order.
    void statusChanged();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void drawVisible(QPainter *painter, const QPen &pen) const;

    PathMapScene *m_scene;
    int m_edge;
    NodeItem *m_from;
    NodeItem *m_to;
    int m_parallel;
    qreal m_offset; // of both ends, across the line
    qreal m_labelT; // where the label sits on the last stretch
    QPainterPath m_path;
    mutable QPainterPath m_shape; // built on the first hit test
    QPointF m_head[3];
    QPolygonF m_far;    // the route as straight lines, drawn when zoomed far out
    QPointF m_labelPos; // centre of the label
    QPointF m_markPos;  // the observed mark
    QRectF m_labelRect;
    QRectF m_bounds;
    QStaticText m_label;
    bool m_hovered = false;
};

} // namespace mailtls
