#pragma once

// The path map on screen: zoom (wheel, Ctrl+= and Ctrl+-), pan (drag the
// background), fit (Ctrl+0), the legend in a strip under the map, the
// palette (light or dark) followed as it changes, and the map's exports: PNG,
// SVG and print, each with the legend beside the map.

#include "app/pathmap/path_map.h"

#include <QGraphicsView>
#include <QImage>

class QPicture;
class QTimer;

namespace mailtls {

class PathMapScene;
class LegendOverlay;

class PathMapView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit PathMapView(QWidget *parent = nullptr);

    void setMap(PathMap map);
    PathMapScene *mapScene() const { return m_scene; }

    void zoomBy(qreal factor);
    void zoomIn() { zoomBy(1.25); }
    void zoomOut() { zoomBy(0.8); }
    // The whole map in view, above the legend, its rows spread to fill the view's height
    // (PathMapScene::spreadToFill). Until the user zooms or pans, the map stays fitted as the
    // view resizes (a details pane opening, the window maximised).
    void fitAll();
    bool isFitted() const { return m_fitted; }
    qreal zoom() const { return transform().m11(); }
    void setLegendVisible(bool visible);

    // The whole map and its legend as an image (at most maxSide pixels on
    // its longer side), an SVG document, or a recorded picture for a printer.
    QImage renderImage(int maxSide = 12000) const;
    bool exportPng(QIODevice *device) const;
    bool exportSvg(QIODevice *device, const QString &title) const;
    // Painted at the size of the target rectangle (map units scaled to fit).
    void renderPicture(QPicture *picture, const QRectF &page) const;

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    // Fits with the rows as they are spread now (Respread::No: a resize in progress, cheap)
    // or spread anew for the view's shape.
    enum class Respread { No, Yes };
    void fit(Respread respread);
    // The viewport's part the map is fitted into: above the legend, within the margins.
    QRectF fitArea() const;
    // The map with the legend at its left: the export canvas, map units.
    QSizeF canvasSize() const;
    void paintCanvas(QPainter *painter) const;
    void placeLegend();

    PathMapScene *m_scene;
    LegendOverlay *m_legend;
    bool m_fitPending = false;
    bool m_fitted = true;   // the last view change was a fit, not the user's zoom or pan
    bool m_adjusting = false; // a fit or a resize moves the view: not the user
    QTimer *m_respread;       // the rows spread anew once a resize has settled
};

} // namespace mailtls
