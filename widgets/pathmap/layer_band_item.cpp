#include "widgets/pathmap/layer_band_item.h"

#include "widgets/pathmap/path_map_scene.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace mailtls {

LayerBandItem::LayerBandItem(PathMapScene *scene, const QRectF &band, const QString &title)
    : m_scene(scene), m_band(band), m_title(title)
{
    setZValue(-10);
    setAcceptedMouseButtons(Qt::NoButton);
    m_title.setTextFormat(Qt::PlainText);
    m_title.setTextWidth(band.width() - 16);
    m_title.setTextOption(QTextOption(Qt::AlignHCenter));
    m_title.prepare(QTransform(), scene->mapStyle().titleFont);
}

void LayerBandItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const MapStyle &style = m_scene->mapStyle();
    painter->setPen(Qt::NoPen);
    painter->setBrush(style.band);
    painter->drawRoundedRect(m_band, 10, 10);
    if (mapDetail(option, painter) < 0.3)
        return;
    painter->setPen(style.bandText);
    painter->setFont(style.titleFont);
    const qreal h = m_title.size().height();
    painter->drawStaticText(QPointF(m_band.left() + 8, m_band.top() + (kTitleHeight - h) / 2),
                            m_title);
}

} // namespace mailtls
