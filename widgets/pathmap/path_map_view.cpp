#include "widgets/pathmap/path_map_view.h"

#include "widgets/pathmap/path_map_scene.h"

#include <QBuffer>
#include <QPainter>
#include <QPicture>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSvgGenerator>
#include <QWheelEvent>

namespace mailtls {

namespace {

constexpr qreal kMinZoom = 0.01;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kCanvasMargin = 24;

} // namespace

// The legend, drawn over the view's corner at a constant size.
class LegendOverlay : public QWidget
{
public:
    explicit LegendOverlay(PathMapScene *scene, QWidget *parent) : QWidget(parent), m_scene(scene)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setObjectName(QStringLiteral("pathMapLegend"));
        updateSize();
    }
    void updateSize() { resize(m_scene->mapStyle().legendSize().toSize() + QSize(2, 2)); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        m_scene->mapStyle().paintLegend(&p, QPointF(0.5, 0.5));
    }

private:
    PathMapScene *m_scene;
};

PathMapView::PathMapView(QWidget *parent) : QGraphicsView(parent), m_scene(new PathMapScene(this))
{
    setObjectName(QStringLiteral("pathMapView"));
    PathMap empty =
        PathMap::build(Workspace{}); // the Internet and the Users until a workspace is open
    empty.layout();
    m_scene->setMap(std::move(empty), MapStyle::forPalette(palette(), font()));
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontAdjustForAntialiasing | DontSavePainterState);
    setCacheMode(CacheBackground);
    // A child of the view, not of its viewport: the viewport scrolls its children with the map.
    m_legend = new LegendOverlay(m_scene, this);
    placeLegend();
}

void PathMapView::setMap(PathMap map)
{
    m_scene->setMap(std::move(map), MapStyle::forPalette(palette(), font()));
    m_legend->updateSize();
    placeLegend();
    // A view not on screen yet (a tab behind another) has no size to fit to.
    m_fitPending = !isVisible();
    if (!m_fitPending)
        fitAll();
}

void PathMapView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_fitPending) {
        m_fitPending = false;
        fitAll();
    }
}

void PathMapView::zoomBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    m_fitted = false;
    if (target != zoom())
        scale(target / zoom(), target / zoom());
}

void PathMapView::fitAll()
{
    const QRectF r = m_scene->mapRect();
    if (r.isEmpty())
        return;
    const QScopedValueRollback adjusting(m_adjusting, true);
    m_fitted = true;
    resetTransform();
    fitInView(r.adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
    // Readable maps stay readable: a small map is not blown up past 1:1.
    if (zoom() > 1)
        resetTransform();
    // A tall map would turn into a thin line: fit its width, start at the top.
    if (zoom() < 0.15) {
        resetTransform();
        const qreal byWidth = viewport()->width() / (r.width() + 40);
        scale(std::clamp(byWidth, kMinZoom, 1.0), std::clamp(byWidth, kMinZoom, 1.0));
        centerOn(r.center().x(), r.top() + viewport()->height() / zoom() / 2);
    }
}

void PathMapView::setLegendVisible(bool visible)
{
    m_legend->setVisible(visible);
}

void PathMapView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, delta)); // one notch (120): about 1.2x
    event->accept();
}

void PathMapView::resizeEvent(QResizeEvent *event)
{
    {
        const QScopedValueRollback adjusting(m_adjusting, true);
        QGraphicsView::resizeEvent(event);
    }
    placeLegend();
    if (m_fitted && isVisible())
        fitAll();
}

void PathMapView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    if (!m_adjusting)
        m_fitted = false; // dragged, scrolled by keys or scroll bars: the user's view now
}

void PathMapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_scene->setMapStyle(MapStyle::forPalette(palette(), font()));
        resetCachedContent();
        m_legend->updateSize();
        m_legend->update();
        placeLegend();
    }
    QGraphicsView::changeEvent(event);
}

void PathMapView::placeLegend()
{
    const QRect area = viewport()->geometry();
    m_legend->move(area.left() + 12,
                   std::max(area.top() + 12, area.bottom() - m_legend->height() - 12));
    m_legend->raise();
}

QSizeF PathMapView::canvasSize() const
{
    const QSizeF legend = m_scene->mapStyle().legendSize();
    const QRectF map = m_scene->mapRect();
    return {kCanvasMargin * 3 + legend.width() + map.width(),
            kCanvasMargin * 2 + std::max(legend.height(), map.height())};
}

void PathMapView::paintCanvas(QPainter *painter) const
{
    const MapStyle &style = m_scene->mapStyle();
    const QSizeF size = canvasSize();
    const QSizeF legend = style.legendSize();
    const QRectF map = m_scene->mapRect();
    painter->fillRect(QRectF(QPointF(0, 0), size), style.background);
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const QRectF target(kCanvasMargin * 2 + legend.width(), kCanvasMargin, map.width(),
                        map.height());
    m_scene->render(painter, target, map, Qt::KeepAspectRatio);
    style.paintLegend(painter, QPointF(kCanvasMargin, kCanvasMargin));
}

QImage PathMapView::renderImage(int maxSide) const
{
    const QSizeF size = canvasSize();
    const qreal scale = std::min(2.0, maxSide / std::max(size.width(), size.height()));
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(m_scene->mapStyle().background);
    // Enlarged as a high-DPI screen would show it, so the links' cosmetic
    // pens grow with the boxes; a huge map is shrunk by the painter instead.
    if (scale >= 1)
        image.setDevicePixelRatio(scale);
    QPainter painter(&image);
    if (scale < 1)
        painter.scale(scale, scale);
    paintCanvas(&painter);
    painter.end();
    image.setDevicePixelRatio(1);
    return image;
}

bool PathMapView::exportPng(QIODevice *device) const
{
    return renderImage().save(device, "PNG");
}

bool PathMapView::exportSvg(QIODevice *device, const QString &title) const
{
    const QSizeF size = canvasSize();
    QSvgGenerator svg;
    svg.setOutputDevice(device);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setTitle(title);
    svg.setDescription(tr("Encrypted and cleartext mail paths, MailTLS Auditor"));
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    paintCanvas(&painter);
    return painter.end();
}

void PathMapView::renderPicture(QPicture *picture, const QRectF &page) const
{
    const QSizeF size = canvasSize();
    const qreal scale = std::min(page.width() / size.width(), page.height() / size.height());
    QPainter painter(picture);
    painter.translate(page.topLeft());
    painter.scale(scale, scale);
    paintCanvas(&painter);
}

} // namespace mailtls
