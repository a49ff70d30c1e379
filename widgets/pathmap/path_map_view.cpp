#include "widgets/pathmap/path_map_view.h"

#include "widgets/pathmap/path_map_scene.h"

#include <QBuffer>
#include <QPainter>
#include <QPicture>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSvgGenerator>
#include <QTimer>
#include <QWheelEvent>

namespace mailtls {

namespace {

constexpr qreal kMinZoom = 0.01;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kCanvasMargin = 24;
constexpr int kFitMargin = 16;     // pixels around the fitted map
constexpr int kLegendMargin = 12;  // the legend's distance from the viewport's edges

} // namespace

// The legend, drawn over the view's corner at a constant size.
class LegendOverlay : public QWidget
{
public:
    explicit LegendOverlay(PathMapScene *scene, QWidget *parent) : QWidget(parent), m_scene(scene)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setObjectName(QStringLiteral("pathMapLegend"));
    }
    // Entries side by side in rows as wide as the view allows: a strip under the map.
    void updateSize(int wrap)
    {
        m_wrap = wrap;
        resize(m_scene->mapStyle().legendSize(m_wrap).toSize() + QSize(2, 2));
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        m_scene->mapStyle().paintLegend(&p, QPointF(0.5, 0.5), m_wrap);
    }

private:
    PathMapScene *m_scene;
    int m_wrap = 0;
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
    m_respread = new QTimer(this);
    m_respread->setSingleShot(true);
    m_respread->setInterval(150);
    connect(m_respread, &QTimer::timeout, this, [this] {
        if (m_fitted && isVisible())
            fit(Respread::Yes);
    });
}

void PathMapView::setMap(PathMap map)
{
    m_scene->setMap(std::move(map), MapStyle::forPalette(palette(), font()), m_scene->spread());
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
    fit(Respread::Yes);
}

QRectF PathMapView::fitArea() const
{
    QRectF area = QRectF(viewport()->rect()).adjusted(kFitMargin, kFitMargin, -kFitMargin, -kFitMargin);
    // The legend keeps a strip at the bottom, unless that would leave the map too little.
    const qreal strip = m_legend->height() + kLegendMargin;
    if (!m_legend->isHidden() && area.height() - strip > viewport()->height() / 2.0)
        area.setBottom(area.bottom() - strip);
    return area;
}

void PathMapView::fit(Respread respread)
{
    if (m_scene->mapRect().isEmpty())
        return;
    const QScopedValueRollback adjusting(m_adjusting, true);
    m_fitted = true;
    const QRectF area = fitArea();
    if (respread == Respread::Yes)
        m_scene->setSpread(m_scene->spreadToFill(area.size(), 1.0));
    const QRectF r = m_scene->mapRect();
    // Readable maps stay readable: a small map is not blown up past 1:1.
    const qreal fitted = std::min({area.width() / r.width(), area.height() / r.height(), 1.0});
    resetTransform();
    // A tall map would turn into a thin line: fit its width, start at the top.
    if (fitted < 0.15) {
        const qreal byWidth = std::clamp(area.width() / r.width(), kMinZoom, 1.0);
        scale(byWidth, byWidth);
        centerOn(r.center().x(), r.top() + viewport()->height() / zoom() / 2);
        return;
    }
    const qreal z = std::max(fitted, kMinZoom);
    scale(z, z);
    // centerOn puts a point at the viewport's centre: the map's centre goes to the area's.
    const QPointF offset = QRectF(viewport()->rect()).center() - area.center();
    centerOn(r.center() + offset / z);
}

void PathMapView::setLegendVisible(bool visible)
{
    m_legend->setVisible(visible);
    if (m_fitted && isVisible())
        fitAll(); // the strip the legend kept is the map's now, or the other way round
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
    if (m_fitted && isVisible()) {
        fit(Respread::No); // at once, and the rows spread anew when the resizing stops
        m_respread->start();
    }
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
        m_legend->update();
        placeLegend();
    }
    QGraphicsView::changeEvent(event);
}

void PathMapView::placeLegend()
{
    const QRect area = viewport()->geometry();
    m_legend->updateSize(std::max(area.width() - 2 * kLegendMargin, 200));
    m_legend->move(area.left() + kLegendMargin,
                   std::max(area.top() + kLegendMargin, area.bottom() - m_legend->height() - kLegendMargin));
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
