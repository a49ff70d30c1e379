#include "widgets/pathmap/path_map_widget.h"

#include "widgets/pathmap/map_text.h"
#include "widgets/pathmap/path_map_scene.h"
#include "widgets/pathmap/path_map_view.h"
#include "app/report/report_tasks.h"
#include "app/session/background_tasks.h"
#include "probes/when_finished.h"

#include <QAction>
#include <QBuffer>
#include <QFileDialog>
#include <QLabel>
#include <QPicture>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QToolBar>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace mailtls {

PathMapWidget::PathMapWidget(QWidget *parent) : QWidget(parent), m_view(new PathMapView)
{
    setObjectName(QStringLiteral("pathMap"));
    m_details = new QLabel(tr("Select a host or a link to see its details."));
    m_details->setObjectName(QStringLiteral("pathMapDetails"));
    m_details->setTextFormat(
        Qt::PlainText); // host names, notes and server answers are never markup
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setMargin(6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    createActions();
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);

    PathMapScene *scene = m_view->mapScene();
    connect(scene, &PathMapScene::linkSelected, this, [this](const QString &id) {
        const PathMap &map = m_view->mapScene()->map();
        m_details->setText(edgeDetails(map, map.edgeIndex(id)));
        Q_EMIT linkSelected(id);
    });
    connect(scene, &PathMapScene::nodeSelected, this, [this](const QString &id) {
        const PathMap &map = m_view->mapScene()->map();
        m_details->setText(nodeDetails(map, map.nodeIndex(id)));
        Q_EMIT nodeSelected(id);
    });
    connect(scene, &PathMapScene::selectionCleared, this,
            [this] { m_details->setText(tr("Select a host or a link to see its details.")); });
    connect(scene, &PathMapScene::nodeMoved, this, &PathMapWidget::nodeMoved);
}

void PathMapWidget::createActions()
{
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("pathMapToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout()->addWidget(bar);
    auto add = [this, bar](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        QAction *a = bar->addAction(text);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    add(tr("Fit"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] {
        m_view->fitAll();
    })->setObjectName(QStringLiteral("fitAction"));
    add(tr("Zoom In"), {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn}, [this] {
        m_view->zoomIn();
    })->setObjectName(QStringLiteral("zoomInAction"));
    add(tr("Zoom Out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut}, [this] {
        m_view->zoomOut();
    })->setObjectName(QStringLiteral("zoomOutAction"));
    bar->addSeparator();
    QAction *problems = add(tr("Problem Links Only"), {},
                            [this](bool on) { m_view->mapScene()->setProblemsOnly(on); });
    problems->setCheckable(true);
    problems->setObjectName(QStringLiteral("problemsOnlyAction"));
    QAction *legend = add(tr("Legend"), {}, [this](bool on) { m_view->setLegendVisible(on); });
    legend->setCheckable(true);
    legend->setChecked(true);
    bar->addSeparator();
    add(tr("Export PNG..."), {},
        [this] { chooseExport(tr("PNG images (*.png)"), QStringLiteral("png")); });
    add(tr("Export SVG..."), {},
        [this] { chooseExport(tr("SVG drawings (*.svg)"), QStringLiteral("svg")); });
    add(tr("Print..."), {QKeySequence::Print}, [this] { print(); });
}

void PathMapWidget::setWorkspace(const Workspace &workspace,
                                 const QHash<QString, MapLinkStatus> &statuses)
{
    m_title = workspace.organisation.isEmpty() ? workspace.name : workspace.organisation;
    const int generation = ++m_generation;
    m_pendingStatuses.clear();
    // The layout of thousands of hosts takes a while: a worker computes it,
    // the GUI thread only builds the items. A newer workspace wins.
    whenFinished(this, background::layoutPathMap(workspace, statuses),
                 [this, generation](PathMap map) {
                     if (generation != m_generation)
                         return;
                     m_shownGeneration = generation;
                     m_view->setMap(std::move(map));
                     if (!m_pendingStatuses.isEmpty())
                         m_view->mapScene()->updateStatuses(std::exchange(m_pendingStatuses, {}));
                     Q_EMIT mapReady();
                 });
}

void PathMapWidget::setStatuses(const QHash<QString, MapLinkStatus> &statuses)
{
    if (m_shownGeneration != m_generation) {
        m_pendingStatuses.insert(statuses);
        return;
    }
    m_view->mapScene()->updateStatuses(statuses);
}

QString PathMapWidget::details() const
{
    return m_details->text();
}

void PathMapWidget::chooseExport(const QString &filter, const QString &suffix)
{
    auto *dialog = new QFileDialog(this, tr("Export Path Map"), {}, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, suffix](const QString &path) {
        if (suffix == QLatin1StringView("svg"))
            exportSvg(path);
        else
            exportPng(path);
    });
    dialog->open(); // never exec(): no nested event loop
}

void PathMapWidget::exportPng(const QString &path)
{
    // Rendered here (the scene lives on this thread), encoded and written by a worker.
    const QImage image = m_view->renderImage();
    whenFinished(this, background::encodePng(image),
                 [this, path](const QByteArray &png) { writeFile(path, png); });
}

void PathMapWidget::exportSvg(const QString &path)
{
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    m_view->exportSvg(&buffer, m_title);
    writeFile(path, svg);
}

void PathMapWidget::writeFile(const QString &path, const QByteArray &bytes)
{
    whenFinished(this, background::writeFile(path, bytes),
                 [this, path](const QString &error) { Q_EMIT exported(path, error); });
}

void PathMapWidget::print()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageOrientation(QPageLayout::Landscape);
    printer->setDocName(m_title);
    auto *dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, qOverload<>(&QDialog::accepted), this, [this, printer] {
        // Recorded here, played onto the printer by a worker (QPainter may
        // paint a QPrinter on another thread): spooling never blocks the window.
        auto picture = std::make_shared<QPicture>();
        const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
        m_view->renderPicture(picture.get(), QRectF(QPointF(0, 0), page.size()));
        // The future is not kept: the work owns the printer and the picture until it is done.
        (void)background::paintPicture(printer, picture);
    });
    dialog->open();
}

} // namespace mailtls
