#include "app/models/run_history_model.h"

namespace mailtls {

namespace {

QString share(const RunFigures &f, int measure)
{
    const double s = f.encryptedShare(measure);
    if (s < 0)
        return QStringLiteral("-");
    return RunHistoryModel::tr("%1% (%2 of %3)")
        .arg(QString::number(s, 'f', 0))
        .arg(f.measureEncrypted[measure - 1])
        .arg(f.measureLinks[measure - 1]);
}

// Measure 4: the MX hosts protected, with what is undecided or at risk.
QString downgrade(const RunFigures &f, bool details)
{
    const double s = f.mxProtectedShare();
    if (s < 0)
        return details ? RunHistoryModel::tr("No domain was checked in this run.") : QStringLiteral("-");
    QString text = RunHistoryModel::tr("%1% (%2 of %3 MX)")
                       .arg(QString::number(s, 'f', 0))
                       .arg(f.mxProtected)
                       .arg(f.mxHosts);
    if (f.mxUndecided > 0)
        text += RunHistoryModel::tr(", %n undecided", nullptr, f.mxUndecided);
    if (!details)
        return text;
    QStringList lines{text};
    if (f.mxAtRisk > 0)
        lines << RunHistoryModel::tr("%n MX host(s) whose published defence validating senders would fail",
                                     nullptr, f.mxAtRisk);
    lines << RunHistoryModel::tr("Domains: %1 checked, MTA-STS enforced %2, testing %3, DANE on every MX %4, "
                                 "TLS-RPT %5")
                 .arg(f.domains)
                 .arg(f.domainsStsEnforced)
                 .arg(f.domainsStsTesting)
                 .arg(f.domainsDane)
                 .arg(f.domainsTlsRpt);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

RunHistoryModel::RunHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void RunHistoryModel::setHistory(const QList<RunFigures> &history)
{
    beginResetModel();
    m_history = history;
    endResetModel();
}

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_history.size());
}

int RunHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunFigures &f = m_history.at(index.row());
    if (role == RunIdRole)
        return f.run;
    if (role == Qt::TextAlignmentRole)
        return index.column() == DateColumn || index.column() == StateColumn
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case RunColumn:
        return f.run;
    case DateColumn:
        return f.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case StateColumn:
        return f.state == u"complete" ? tr("complete") : tr("interrupted");
    case Measure1Column:
        return share(f, 1);
    case Measure2Column:
        return share(f, 2);
    case Measure3Column:
        return share(f, 3);
    case Measure4Column:
        return downgrade(f, role == Qt::ToolTipRole);
    case OpenColumn:
        return f.openTotal();
    case ChecklistColumn:
        return tr("%1 of %2").arg(f.checklistDone).arg(f.checklistItems);
    default:
        return {};
    }
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RunColumn:
        return tr("Run");
    case DateColumn:
        return tr("Started");
    case StateColumn:
        return tr("State");
    case Measure1Column:
        return tr("Measure 1");
    case Measure2Column:
        return tr("Measure 2");
    case Measure3Column:
        return tr("Measure 3");
    case Measure4Column:
        return tr("Measure 4");
    case OpenColumn:
        return tr("Open findings");
    case ChecklistColumn:
        return tr("Checklist done");
    default:
        return {};
    }
}

} // namespace mailtls
