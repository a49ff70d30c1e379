#include "app/session/background_tasks.h"

#include "probes/result_json.h"

#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace mailtls::background {

QFuture<WorkspaceReadResult> loadWorkspace(const QString &path)
{
    return QtConcurrent::run([path] { return loadWorkspaceFile(path); });
}

QFuture<QString> saveWorkspace(const Workspace &workspace, const QString &path)
{
    return QtConcurrent::run([workspace, path] { return saveWorkspaceFile(workspace, path); });
}

QFuture<FileImport> runImport(const std::function<FileImport(const Workspace &)> &import,
                              const Workspace &into)
{
    return QtConcurrent::run(import, into);
}

QFuture<AuditSnapshot> snapshotFromStored(const Workspace &workspace, const Profile &profile,
                                          const QList<StoredResult> &stored, qint64 latestRun,
                                          const QList<TrackedItem> &tracked, const QList<DomainDefence> &domains)
{
    return QtConcurrent::run([workspace, profile, stored, latestRun, tracked, domains] {
        QHash<QString, EndpointResult> results;
        QHash<QString, QDateTime> times;
        for (const StoredResult &s : stored) {
            if (std::optional<EndpointResult> r = endpointResultFromJson(s.result)) {
                results.insert(s.endpoint, *r);
                times.insert(s.endpoint, s.completedAt);
            }
        }
        AuditSnapshot snapshot =
            buildSnapshot(workspace, profile, results, tracked, QDate::currentDate(), DomainDefences{domains});
        snapshot.resultTimes = times;
        snapshot.latestRun = latestRun;
        return snapshot;
    });
}

QFuture<AuditSnapshot> rebuildSnapshot(const Workspace &workspace, const Profile &profile,
                                       const AuditSnapshot &previous,
                                       const QList<TrackedItem> &tracked)
{
    return QtConcurrent::run([workspace, profile, previous, tracked] {
        AuditSnapshot s =
            buildSnapshot(workspace, profile, previous.results, tracked, QDate::currentDate(), previous.domains);
        s.resultTimes = previous.resultTimes;
        s.latestRun = previous.latestRun;
        return s;
    });
}

QFuture<ComparedRuns> compareRuns(const ReportInput &before, const ReportInput &after,
                                  const Profile &profile)
{
    return QtConcurrent::run([before, after, profile] {
        ComparedRuns c;
        c.profile = std::make_shared<const Profile>(profile);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        c.before = buildComplianceReport(before, *c.profile, {}, now, ReportParts::FiguresOnly);
        c.after = buildComplianceReport(after, *c.profile, {}, now, ReportParts::FiguresOnly);
        c.diff = diffRuns(c.before, c.after);
        return c;
    });
}

QFuture<PathMap> layoutPathMap(const Workspace &workspace,
                               const QHash<QString, MapLinkStatus> &statuses)
{
    return QtConcurrent::run([workspace, statuses] {
        PathMap map = PathMap::build(workspace, statuses);
        map.layout(workspace.layout);
        return map;
    });
}

QFuture<QString> writeFile(const QString &path, const QByteArray &bytes)
{
    return QtConcurrent::run([path, bytes]() -> QString {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return file.errorString();
        if (file.write(bytes) != bytes.size() || !file.commit())
            return file.errorString();
        return {};
    });
}

} // namespace mailtls::background
