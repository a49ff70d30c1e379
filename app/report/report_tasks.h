#pragma once

// The report room's work off the GUI thread, as services for the window: each
// function starts its work on Qt's global thread pool and returns at once with
// a QFuture, which the window continues on its own thread with
// whenFinished(this, future, ...) (probes/when_finished.h). These need
// QtGui (fonts, images, documents, paint devices); the QtCore ones are in
// app/session/background_tasks.h.

#include "app/history/compliance_report.h"

#include <QFuture>
#include <QString>

#include <memory>

class QImage;
class QPaintDevice;
class QPicture;
class QTextDocument;
class QThread;

namespace mailtls::background {

// The compliance report of a stored run built and written to path, as HTML
// when its suffix is .htm or .html, else as PDF (QSaveFile: a failed write
// keeps the old file). An empty string when written, else why, naming the file.
QFuture<QString> exportReport(const ReportInput &input, const Profile &profile,
                              const QString &path);

// The report built and turned into a document for the printer, then moved to
// thread target (the window's: its print preview paints it there).
QFuture<std::shared_ptr<QTextDocument>> printableReport(const ReportInput &input,
                                                        const Profile &profile, QThread *target);

// The image encoded as PNG.
QFuture<QByteArray> encodePng(const QImage &image);
// The image written to a PNG file (QSaveFile): an empty string when written,
// else the file's error (the caller names the file).
QFuture<QString> writePng(const QString &path, const QImage &image);

// A picture recorded on the GUI thread played onto a paint device (a printer:
// QPainter may paint a QPrinter on another thread), so that spooling never
// holds up the window. The work keeps both until it is done.
QFuture<void> paintPicture(const std::shared_ptr<QPaintDevice> &device,
                           const std::shared_ptr<const QPicture> &picture);

} // namespace mailtls::background
