#pragma once

// The path map page: a toolbar (fit, zoom, "problem links only", legend,
// export, print), the map, and the details of what is selected. The layout
// of a large organisation is computed on a worker thread
// (background::layoutPathMap); exports and prints are rendered here and
// encoded, written or spooled by the services of app/session and app/report,
// so the window never waits on disk or printer.

#include "app/pathmap/path_map.h"

#include <QWidget>

class QAction;
class QLabel;

namespace mailtls {

class PathMapView;

class PathMapWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PathMapWidget(QWidget *parent = nullptr);

    // Builds and lays out the map of a workspace (its dragged positions
    // included) with these link states; mapReady() when it is shown.
    void setWorkspace(const Workspace &workspace,
                      const QHash<QString, MapLinkStatus> &statuses = {});
    // New link states on the map shown (an audit goes on): drawn in place,
    // the zoom and the selection kept. While a layout is on its way they
    // wait for it.
    void setStatuses(const QHash<QString, MapLinkStatus> &statuses);
    PathMapView *view() const { return m_view; }
    QString details() const;

    void exportPng(const QString &path);
    void exportSvg(const QString &path);

Q_SIGNALS:
    void mapReady();
    void linkSelected(const QString &linkId);
    void nodeSelected(const QString &nodeId);
    void nodeMoved(const QString &nodeId, QPointF pos);
    // An export finished: an empty error means the file was written.
    void exported(const QString &path, const QString &error);

private:
    void createActions();
    void chooseExport(const QString &filter, const QString &suffix);
    void print();
    void writeFile(const QString &path, const QByteArray &bytes);

    PathMapView *m_view;
    QLabel *m_details;
    QString m_title;
    int m_generation = 0;
    int m_shownGeneration = 0;
    QHash<QString, MapLinkStatus> m_pendingStatuses; // for the layout on its way
};

} // namespace mailtls
