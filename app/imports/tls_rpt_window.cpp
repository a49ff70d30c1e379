#include "app/imports/tls_rpt_window.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::TlsRptReport)
};

QString normalName(QString name)
{
    name = name.trimmed().toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

void addCounts(TlsRptCounts &to, const TlsRptCounts &from)
{
    to.successful += from.successful;
    to.failed += from.failed;
    for (auto it = from.failedByType.constBegin(); it != from.failedByType.constEnd(); ++it)
        to.failedByType[it.key()] += it.value();
}

// Notes a report's day and organisations on a host's figures.
void noteReporters(TlsRptHostFigures &f, const TlsRptMxRow &row, QDate day)
{
    for (const QString &o : row.organizations) {
        if (!f.organizations.contains(o))
            f.organizations.append(o);
    }
    if (!f.days.contains(day))
        f.days.append(day);
}

} // namespace

void TlsRptCounts::add(const TlsRptMxRow &row)
{
    successful += row.successful;
    failed += row.failed;
    for (auto it = row.failedByType.constBegin(); it != row.failedByType.constEnd(); ++it)
        failedByType[it.key()] += it.value();
}

qint64 TlsRptHostFigures::failed() const
{
    qint64 n = own.failed;
    for (const TlsRptSharedCounts &s : shared)
        n += s.counts.failed;
    return n;
}

qint64 TlsRptHostFigures::sessions() const
{
    qint64 n = own.sessions();
    for (const TlsRptSharedCounts &s : shared)
        n += s.counts.sessions();
    return n;
}

QMap<QString, qint64> TlsRptHostFigures::failedByType() const
{
    TlsRptCounts all = own;
    for (const TlsRptSharedCounts &s : shared)
        addCounts(all, s.counts);
    return all.failedByType;
}

const TlsRptHostFigures *TlsRptWindow::host(const QString &name) const
{
    const QString n = normalName(name);
    for (const TlsRptHostFigures &f : hosts) {
        if (f.host == n)
            return &f;
    }
    return nullptr;
}

QStringList workspaceMxHostNames(const Workspace &workspace)
{
    QStringList names;
    for (const Domain &d : workspace.domains) {
        for (const QString &id : d.mxHosts) {
            if (const Host *h = workspace.host(id)) {
                const QString n = normalName(h->name);
                if (!n.isEmpty() && !names.contains(n))
                    names.append(n);
            }
        }
    }
    return names;
}

TlsRptWindow tlsRptWindow(const QList<TlsRptReport> &reports, const Workspace &workspace,
                          const QDateTime &to, int days)
{
    TlsRptWindow w;
    w.to = to.toUTC();
    w.from = w.to.addDays(-days);
    w.days = days;
    const QStringList names = workspaceMxHostNames(workspace);
    QHash<QString, qsizetype> index;
    for (const QString &n : names) {
        index.insert(n, w.hosts.size());
        w.hosts.append(TlsRptHostFigures{n, {}, {}, {}, {}});
    }
    // The MX hosts of each domain of ours: a policy that names no MX host counts for them all.
    QHash<QString, QStringList> domainHosts;
    for (const Domain &d : workspace.domains) {
        QStringList &hosts = domainHosts[normalName(d.name)];
        for (const QString &id : d.mxHosts) {
            if (const Host *h = workspace.host(id); h && !hosts.contains(normalName(h->name)))
                hosts.append(normalName(h->name));
        }
    }
    // Day by day, so that each host knows the days that counted for it.
    QMap<QDate, QList<TlsRptReport>> byDay;
    for (const TlsRptReport &r : reports) {
        if (r.start >= w.from && r.start < w.to) {
            byDay[r.day()].append(r);
            ++w.reports;
        }
    }
    for (auto day = byDay.constBegin(); day != byDay.constEnd(); ++day) {
        for (const TlsRptMxRow &row : tlsRptByMxHost(day.value(), names)) {
            if (row.organizations.isEmpty())
                continue; // a host of ours no report of the day named
            if (row.kind == TlsRptMxRow::Kind::Host) {
                if (!row.ours)
                    continue; // a receiving-mx-hostname that is none of ours
                TlsRptHostFigures &f = w.hosts[index.value(row.name)];
                f.own.add(row);
                noteReporters(f, row, day.key());
                continue;
            }
            const QStringList hosts =
                row.kind == TlsRptMxRow::Kind::Patterns ? row.hosts : domainHosts.value(row.name);
            for (const QString &h : hosts) {
                const auto at = index.constFind(h);
                if (at == index.constEnd())
                    continue;
                TlsRptHostFigures &f = w.hosts[*at];
                auto shared = std::find_if(
                    f.shared.begin(), f.shared.end(),
                    [&row](const TlsRptSharedCounts &s) { return s.name == row.name; });
                if (shared == f.shared.end()) {
                    f.shared.append(TlsRptSharedCounts{row.name, hosts, {}});
                    shared = f.shared.end() - 1;
                }
                shared->counts.add(row);
                for (const QString &other : hosts) {
                    if (!shared->hosts.contains(other))
                        shared->hosts.append(other);
                }
                noteReporters(f, row, day.key());
            }
        }
    }
    for (TlsRptHostFigures &f : w.hosts) {
        std::sort(f.organizations.begin(), f.organizations.end());
        std::sort(f.shared.begin(), f.shared.end(),
                  [](const TlsRptSharedCounts &a, const TlsRptSharedCounts &b) {
                      return a.name < b.name;
                  });
    }
    return w;
}

QList<TlsRptReport> readStoredTlsRptReports(const QList<QByteArray> &jsons, int *unreadable)
{
    QList<TlsRptReport> out;
    int bad = 0;
    for (const QByteArray &json : jsons) {
        QString error;
        if (std::optional<TlsRptReport> r = parseTlsRptReport(json, QString(), &error))
            out.append(*r);
        else
            ++bad;
    }
    if (unreadable)
        *unreadable = bad;
    return out;
}

QList<TlsRptDay> tlsRptDays(const QList<TlsRptReport> &reports, const Workspace &workspace)
{
    QStringList domains;
    for (const Domain &d : workspace.domains) {
        const QString domain = normalName(d.name);
        if (!domain.isEmpty() && !domains.contains(domain))
            domains.append(domain);
    }
    QMap<QDate, TlsRptDay> days;
    for (const QString &domain : std::as_const(domains)) {
        for (const TlsRptDailyRow &row : tlsRptDaily(reports, domain)) {
            TlsRptDay &day = days[row.day];
            day.day = row.day;
            day.successful += row.successful;
            day.failed += row.failed;
        }
    }
    // A report counts once on its day, however many of the domains it covers.
    for (const TlsRptReport &r : reports) {
        const auto day = days.find(r.day());
        if (day == days.end())
            continue;
        const bool ours = std::any_of(r.policies.cbegin(), r.policies.cend(),
                                      [&domains](const TlsRptPolicyResult &p) {
                                          return domains.contains(normalName(p.policyDomain));
                                      });
        day->reports += ours ? 1 : 0;
    }
    return days.values();
}

QByteArray tlsRptDaysCsv(const QList<TlsRptDay> &days)
{
    QByteArray out("day,reports,successful,failed\n");
    for (const TlsRptDay &d : days) {
        out += d.day.toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(d.reports) + ',' +
               QByteArray::number(d.successful) + ',' + QByteArray::number(d.failed) + '\n';
    }
    return out;
}

TlsRptOverview tlsRptOverview(const QList<QByteArray> &jsons, const Workspace &workspace,
                              const QDateTime &to, int days)
{
    TlsRptOverview o;
    const QList<TlsRptReport> reports = readStoredTlsRptReports(jsons, &o.unreadable);
    o.window = tlsRptWindow(reports, workspace, to, days);
    o.days = tlsRptDays(reports, workspace);
    return o;
}

QString tlsRptFailureTypesText(const QMap<QString, qint64> &failedByType)
{
    QStringList parts;
    for (auto it = failedByType.constBegin(); it != failedByType.constEnd(); ++it)
        parts.append(QStringLiteral("%1 %L2").arg(it.key()).arg(it.value()));
    return parts.join(QStringLiteral(", "));
}

QString tlsRptSummaryText(const TlsRptHostFigures *figures, const TlsRptWindow &window)
{
    if (!figures || !figures->reported()) {
        return Tr::tr("TLS-RPT: no reports imported for the %n day(s) before %1", nullptr,
                      window.days)
            .arg(window.to.date().toString(Qt::ISODate));
    }
    const qint64 failed = figures->failed();
    if (failed == 0)
        return Tr::tr("TLS-RPT: %L1 session(s) reported, none failed").arg(figures->sessions());
    return Tr::tr("TLS-RPT: %L1 of %L2 session(s) failed (%3)")
        .arg(failed)
        .arg(figures->sessions())
        .arg(tlsRptFailureTypesText(figures->failedByType()));
}

QStringList tlsRptDetailLines(const TlsRptHostFigures *figures, const TlsRptWindow &window)
{
    QStringList lines{tlsRptSummaryText(figures, window)};
    if (!figures || !figures->reported())
        return lines;
    lines.append(
        Tr::tr("Reports of %n day(s) between %1 and %2", nullptr, int(figures->days.size()))
            .arg(window.from.date().toString(Qt::ISODate),
                 window.to.addSecs(-1).date().toString(Qt::ISODate)));
    if (figures->own.sessions() > 0) {
        QString own = Tr::tr("For this host alone: %L1 successful, %L2 failed")
                          .arg(figures->own.successful)
                          .arg(figures->own.failed);
        if (!figures->own.failedByType.isEmpty())
            own += QStringLiteral(" (%1)").arg(tlsRptFailureTypesText(figures->own.failedByType));
        lines.append(own);
    } else {
        lines.append(Tr::tr("No report names this host alone."));
    }
    for (const TlsRptSharedCounts &s : figures->shared) {
        QString text = Tr::tr("Counted for %1 together under %2 (not split between them): %L3 "
                              "successful, %L4 failed")
                           .arg(s.hosts.join(QStringLiteral(", ")), s.name)
                           .arg(s.counts.successful)
                           .arg(s.counts.failed);
        if (!s.counts.failedByType.isEmpty())
            text += QStringLiteral(" (%1)").arg(tlsRptFailureTypesText(s.counts.failedByType));
        lines.append(text);
    }
    lines.append(Tr::tr("Reported by %1").arg(figures->organizations.join(QStringLiteral(", "))));
    return lines;
}

QString tlsRptMarkText(const TlsRptHostFigures *figures)
{
    if (!figures || figures->failed() == 0)
        return {};
    return Tr::tr("TLS-RPT: %L1 failed").arg(figures->failed());
}

} // namespace mailtls
