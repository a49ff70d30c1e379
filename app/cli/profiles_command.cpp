#include "app/cli/profiles_command.h"

#include "app/cli/cli.h"
#include "app/policy/evaluation_json.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace mailtls::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::FindingsCommand)
};

} // namespace

int runProfiles(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("List the built-in policy profiles: id (for --profile), version, rules and title."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print the list as JSON."));
    parser.addOption(jsonOption);
    if (const auto done = parseSubcommand(parser, arguments, out, err))
        return *done;
    const QList<Profile> profiles = builtinProfiles();
    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const Profile &p : profiles)
            list.append(profileSummaryToJson(p));
        out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return 0;
    }
    // Columns: id (for --profile), version, rule count, title.
    qsizetype idWidth = 0;
    qsizetype versionWidth = 0;
    for (const Profile &p : profiles) {
        idWidth = std::max(idWidth, p.id.size());
        versionWidth = std::max(versionWidth, p.version.size());
    }
    qsizetype countWidth = 0;
    for (const Profile &p : profiles)
        countWidth = std::max(countWidth, Tr::tr("%n rule(s)", nullptr, static_cast<int>(p.rules.size())).size());
    for (const Profile &p : profiles) {
        out << QStringLiteral("%1  %2  %3  ")
                   .arg(p.id, -int(idWidth))
                   .arg(p.version, -int(versionWidth))
                   .arg(Tr::tr("%n rule(s)", nullptr, static_cast<int>(p.rules.size())), -int(countWidth))
            << p.title.text() << Qt::endl;
    }
    return 0;
}

} // namespace mailtls::cli
