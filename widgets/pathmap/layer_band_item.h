#pragma once

// The background of one column of the path map, with its title at the top
// ("Inbound MX and outbound relays", ...): tells the reader what each
// column holds. Drawn behind everything, never selected.

#include <QGraphicsItem>
#include <QStaticText>

namespace mailtls {

class PathMapScene;

class LayerBandItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 3
    };
    int type() const override { return Type; }

    LayerBandItem(PathMapScene *scene, const QRectF &band, const QString &title);
    QString title() const { return m_title.text(); }
    static constexpr qreal kTitleHeight = 56;

    QRectF boundingRect() const override { return m_band; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    PathMapScene *m_scene;
    QRectF m_band;
    QStaticText m_title;
};

} // namespace mailtls
