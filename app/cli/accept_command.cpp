#include "app/cli/accept_command.h"

#include "app/cli/cli.h"
#include "app/remediation/risk_register.h"
#include "app/inventory/workspace_io.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace mailtls::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::AcceptCommand)
};

// "M1.6@mx2/smtp:25" into rule and endpoint; nullopt when it is not that shape.
std::optional<std::pair<QString, QString>> splitKey(const QString &key)
{
    const qsizetype at = key.indexOf(u'@');
    if (at <= 0 || at == key.size() - 1)
        return std::nullopt;
    return std::make_pair(key.left(at), key.mid(at + 1));
}

void printRegister(QTextStream &out, const Workspace &ws, QDate today)
{
    if (ws.acceptedRisks.isEmpty()) {
        out << Tr::tr("%1 has no accepted risks.").arg(ws.name) << Qt::endl;
        return;
    }
    for (const RiskAcceptance &a : ws.acceptedRisks) {
        const bool lapsed = today > a.expires;
        out << QStringLiteral("%1@%2  [%3]  ").arg(a.rule, a.endpoint, a.profile)
            << (lapsed ? Tr::tr("lapsed on %1").arg(a.expires.toString(Qt::ISODate))
                       : Tr::tr("until %1").arg(a.expires.toString(Qt::ISODate)))
            << QStringLiteral("  ") << Tr::tr("owner: %1").arg(a.owner) << Qt::endl;
        out << QStringLiteral("    ") << a.justification << Qt::endl;
    }
}

// `--revoke RULE@ENDPOINT`: the entry out of the register; 0, or the exit code after a message on err.
int revokeAcceptance(Workspace &ws, const QString &path, const QString &item, const QString &profileId,
                     QTextStream &err)
{
    const auto key = splitKey(item);
    const qsizetype before = ws.acceptedRisks.size();
    if (key) {
        ws.acceptedRisks.removeIf([&](const RiskAcceptance &a) {
            return a.profile == profileId && a.rule == key->first && a.endpoint == key->second;
        });
    }
    if (ws.acceptedRisks.size() == before) {
        err << Tr::tr("accept: %1 has no accepted risk '%2' for profile %3").arg(path, item, profileId) << Qt::endl;
        return ExitUsage;
    }
    return 0;
}

// What --reason, --owner and --until said.
struct AcceptFields
{
    QString reason;
    QString owner;
    QString until;
    bool untilSet = false;
};

// `RULE@ENDPOINT --reason ... --owner ... --until ...`: the entry into the register; 0, or the
// exit code after a message on err.
int addAcceptance(Workspace &ws, const QString &path, const QStringList &positional, const QString &profileId,
                  const AcceptFields &fields, QDate today, QTextStream &err)
{
    const auto key = positional.size() == 1 ? splitKey(positional.first()) : std::nullopt;
    if (!key) {
        err << Tr::tr("accept: name one finding as RULE@ENDPOINT, e.g. M1.6@mx2/smtp:25") << Qt::endl;
        return 2;
    }
    const std::optional<Profile> profile = builtinProfile(profileId);
    if (!profile) {
        err << Tr::tr("accept: unknown profile '%1'").arg(profileId) << Qt::endl;
        return 2;
    }
    RiskAcceptance a;
    a.profile = profileId;
    a.rule = key->first;
    a.endpoint = key->second;
    a.justification = fields.reason.trimmed();
    a.owner = fields.owner.trimmed();
    a.expires = QDate::fromString(fields.until, Qt::ISODate);
    a.acceptedAt = QDateTime::currentDateTimeUtc();
    if (fields.untilSet && !a.expires.isValid()) {
        err << Tr::tr("accept: --until takes a date YYYY-MM-DD, not '%1'").arg(fields.until) << Qt::endl;
        return 2;
    }
    if (!a.endpoint.isEmpty() && ws.host(a.endpoint.section(u'/', 0, 0)) == nullptr) {
        err << Tr::tr("accept: %1 has no host '%2'").arg(path, a.endpoint.section(u'/', 0, 0)) << Qt::endl;
        return ExitUsage;
    }
    QString error;
    if (!recordAcceptance(ws.acceptedRisks, a, *profile, today, &error)) {
        err << Tr::tr("accept: %1").arg(error) << Qt::endl;
        return 2;
    }
    return 0;
}

} // namespace

int runAccept(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Accept a finding as a risk, with a justification, an owner and an expiry date, in the workspace's "
               "exceptions register. After the expiry date the finding counts again."));
    parser.addHelpOption();
    const QCommandLineOption workspace = workspaceOption(Tr::tr("The workspace file that keeps the register."));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), Tr::tr("Why the risk is accepted."),
                                          Tr::tr("text"));
    const QCommandLineOption ownerOption(QStringLiteral("owner"), Tr::tr("Who answers for it."), Tr::tr("name"));
    const QCommandLineOption untilOption(QStringLiteral("until"), Tr::tr("The last day it holds."),
                                         Tr::tr("YYYY-MM-DD"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           Tr::tr("The profile the rule belongs to (default: m3aawg)."),
                                           Tr::tr("id"));
    const QCommandLineOption listOption(QStringLiteral("list"), Tr::tr("Print the register."));
    const QCommandLineOption revokeOption(QStringLiteral("revoke"), Tr::tr("Remove the entry for an item."),
                                          Tr::tr("rule@endpoint"));
    parser.addOptions({workspace, reasonOption, ownerOption, untilOption, profileOption, listOption,
                       revokeOption});
    parser.addPositionalArgument(QStringLiteral("item"), Tr::tr("The finding, as RULE@ENDPOINT (see 'checklist')."));
    if (const auto done = parseSubcommand(parser, arguments, out, err))
        return *done;
    if (!parser.isSet(workspace)) {
        err << Tr::tr("accept: --workspace FILE is required") << Qt::endl;
        return 2;
    }
    const QString path = parser.value(workspace);
    const WorkspaceReadResult loaded = loadWorkspaceFile(path);
    if (!loaded.workspace) {
        err << loaded.error << Qt::endl;
        return ExitFileError;
    }
    Workspace ws = *loaded.workspace;
    const QDate today = QDate::currentDate();
    const QString profileId = parser.isSet(profileOption) ? parser.value(profileOption) : QStringLiteral("m3aawg");

    if (parser.isSet(listOption)) {
        printRegister(out, ws, today);
        return 0;
    }
    const int status =
        parser.isSet(revokeOption)
            ? revokeAcceptance(ws, path, parser.value(revokeOption), profileId, err)
            : addAcceptance(ws, path, parser.positionalArguments(), profileId,
                            {parser.value(reasonOption), parser.value(ownerOption), parser.value(untilOption),
                             parser.isSet(untilOption)},
                            today, err);
    if (status != 0)
        return status;
    if (const QString e = saveWorkspaceFile(ws, path); !e.isEmpty()) {
        err << e << Qt::endl;
        return ExitFileError;
    }
    printRegister(out, ws, today);
    return 0;
}

} // namespace mailtls::cli
