#include "app/cli/checklist_command.h"

#include "app/cli/checked_run.h"
#include "app/cli/cli.h"
#include "app/remediation/checklist_tracking.h"
#include "app/remediation/findings_json.h"
#include "app/remediation/remediation.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace mailtls::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::FindingsCommand)
};

void printHistory(QTextStream &out, const QList<ItemEvent> &events)
{
    for (const ItemEvent &e : events) {
        out << e.at.toString(Qt::ISODate) << QStringLiteral("  ")
            << (e.run ? Tr::tr("run %1").arg(e.run) : Tr::tr("by hand")) << QStringLiteral("  ") << e.rule
            << u'@' << e.endpoint << QStringLiteral("  ")
            << (e.from ? itemStateLabel(*e.from) + QStringLiteral(" -> ") : QString()) << itemStateLabel(e.to)
            << QStringLiteral("  (") << itemChangeLabel(e.change) << u')';
        if (!e.note.isEmpty())
            out << QStringLiteral(": ") << e.note;
        out << Qt::endl;
    }
}

// `--set KEY=STATE`: a person's change, kept in the store with its note.
int setState(CheckedRun &c, const QString &assignment, const QString &note, QTextStream &out, QTextStream &err)
{
    const qsizetype eq = assignment.lastIndexOf(u'=');
    const QString key = assignment.left(eq);
    const std::optional<ItemState> state =
        eq > 0 ? itemStateFromKey(assignment.mid(eq + 1)) : std::optional<ItemState>();
    if (!state) {
        err << Tr::tr("checklist: --set takes RULE@ENDPOINT=STATE, STATE one of open, in_progress, done "
                      "(got '%1')")
                   .arg(assignment)
            << Qt::endl;
        return 2;
    }
    QString error;
    const QList<TrackedItem> items = c.store->checklistItems(c.workspace.name, c.profile.id);
    const auto it = std::find_if(items.cbegin(), items.cend(), [&](const TrackedItem &t) { return t.key() == key; });
    const ItemState before = it != items.cend() ? it->state : ItemState::Open;
    if (!setChecklistItemState(*c.store, c.workspace.name, c.profile.id, key, *state, note,
                               QDateTime::currentDateTimeUtc(), &error)) {
        err << Tr::tr("checklist: %1").arg(error) << Qt::endl;
        return ExitUsage; // no such item, or a state only an audit sets
    }
    out << Tr::tr("%1: %2 -> %3").arg(key, itemStateLabel(before), itemStateLabel(*state)) << Qt::endl;
    return 0;
}

} // namespace

int runChecklist(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Print the remediation checklist of a stored audit run: for each finding, the steps with the "
               "configuration for the software found, the command that verifies it, and the item's state, "
               "carried from one audit to the next."));
    parser.addHelpOption();
    const RunOptions options;
    options.addTo(parser);
    const QCommandLineOption csvOption(QStringLiteral("csv"), Tr::tr("Print CSV instead of Markdown."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print JSON instead of Markdown."));
    const QCommandLineOption setOption(
        QStringLiteral("set"), Tr::tr("Set an item's state: RULE@ENDPOINT=open, in_progress or done."),
        Tr::tr("item=state"));
    const QCommandLineOption noteOption(QStringLiteral("note"), Tr::tr("A note kept with --set."), Tr::tr("text"));
    const QCommandLineOption historyOption(QStringLiteral("history"),
                                           Tr::tr("Print every change of the items, oldest first."));
    parser.addOptions({csvOption, jsonOption, setOption, noteOption, historyOption});
    if (const auto done = parseSubcommand(parser, arguments, out, err))
        return *done;
    auto loaded = options.load(parser, QStringLiteral("checklist"), err);
    if (const int *code = std::get_if<int>(&loaded))
        return *code;
    CheckedRun &c = std::get<CheckedRun>(loaded);

    // The checklist catches up with the run first (a run newer than it has seen).
    QString error;
    const std::optional<Reconciliation> update =
        updateChecklist(*c.store, c.workspace, c.evaluation, c.run, c.today, &error);
    if (!update) {
        err << Tr::tr("checklist: %1").arg(error) << Qt::endl;
        return ExitFileError;
    }
    if (parser.isSet(setOption))
        return setState(c, parser.value(setOption), parser.value(noteOption), out, err);
    if (parser.isSet(historyOption)) {
        printHistory(out, c.store->checklistEvents(c.workspace.name, c.profile.id));
        return 0;
    }

    QList<ChecklistItem> items =
        buildChecklist(c.evaluation, c.workspace, c.results, c.domains.domains.isEmpty() ? nullptr : &c.domains);
    attachTracking(items, c.profile.id, update->items, c.workspace.acceptedRisks, c.today);
    QList<TrackedItem> verified;
    for (const TrackedItem &t : update->items) {
        if (t.state == ItemState::Verified)
            verified.append(t);
    }
    if (parser.isSet(jsonOption)) {
        out << QString::fromUtf8(QJsonDocument(checklistToJson(c.workspace.name, c.run.id, c.profile, items, verified))
                                     .toJson(QJsonDocument::Indented));
        return 0;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (parser.isSet(csvOption))
        writeChecklistCsv(buffer, items, c.profile, verified);
    else
        writeChecklistMarkdown(buffer, items, c.profile,
                               Tr::tr("Remediation checklist: %1, run %2").arg(c.workspace.name).arg(c.run.id),
                               verified);
    out << QString::fromUtf8(buffer.data());
    return 0;
}

} // namespace mailtls::cli
