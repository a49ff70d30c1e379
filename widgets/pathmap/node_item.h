#pragma once

// One node of the path map: a host's box (an icon by role, its name, its
// roles and zone), or the Internet and the Users. Movable: dragging it moves
// its links with it, and the scene reports the new position when the drag
// ends. Drawn from cached text; far out it is only a box. The box is as wide
// as the scene's nodeWidth(), which the widest name sets: a name is cut (in
// the middle, whole in the tooltip) only past PathMapScene::kMaxNodeWidth.

#include <QGraphicsItem>
#include <QList>
#include <QStaticText>

namespace mailtls {

class EdgeItem;
class PathMapScene;
struct MapNode;

class NodeItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 1
    };
    int type() const override { return Type; }

    NodeItem(PathMapScene *scene, int node);

    // Room left of the name and the caption in a box: the icon and the padding around it.
    static constexpr qreal kTextInset = 60;
    // The box as the scene draws it now (its width and a tall bar's height follow the scene).
    void updateBox();
    QRectF sceneBox() const { return m_box.translated(pos()); }

    int node() const { return m_node; }
    QString nodeId() const;
    void addEdge(EdgeItem *edge) { m_edges.append(edge); }
    const QList<EdgeItem *> &edges() const { return m_edges; }
    // Text as it is drawn (plain text, never markup).
    QString nameText() const { return m_name.text(); }
    QString captionText() const { return m_caption.text(); }
    Qt::TextFormat nameFormat() const { return m_name.textFormat(); }
    // Dimmed when the filter hides all its links.
    void setDimmed(bool dimmed);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void paintIcon(QPainter *painter, const QRectF &box) const;
    void paintFarName(QPainter *painter, const QRectF &area) const;
    // The size on screen, in logical pixels, of a name drawn far out.
    static constexpr qreal kFarNamePixels = 10;

    void paintLabel(QPainter *painter, qreal y, qreal lod) const;

    PathMapScene *m_scene;
    int m_node;
    QRectF m_box; // centred on the item's position
    QList<EdgeItem *> m_edges;
    QStaticText m_name;
    QStaticText m_caption;
    QPointF m_pressPos;
    bool m_hovered = false;
};

} // namespace mailtls
