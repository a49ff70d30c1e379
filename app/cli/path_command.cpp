#include "app/cli/path_command.h"

#include "app/cli/cli.h"
#include "app/evidence/evidence_json.h"
#include "app/evidence/observed_path.h"
#include "app/evidence/received.h"
#include "app/inventory/workspace_io.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <variant>

namespace mailtls::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::PathCommand)
};

QString evidenceLabel(const QString &key)
{
    if (key == QLatin1StringView("postfix"))
        return Tr::tr("Postfix TLS comment");
    if (key == QLatin1StringView("exim"))
        return Tr::tr("Exim TLS comment");
    if (key == QLatin1StringView("exim_log"))
        return Tr::tr("Exim X= field");
    if (key == QLatin1StringView("version_fields"))
        return Tr::tr("version= and cipher= fields");
    if (key == QLatin1StringView("protocol"))
        return Tr::tr("protocol name (RFC 3848)");
    if (key == QLatin1StringView("local_protocol"))
        return Tr::tr("local protocol");
    if (key == QLatin1StringView("pickup"))
        return Tr::tr("local submission");
    if (key == QLatin1StringView("no_marker"))
        return Tr::tr("no TLS marker");
    if (key == QLatin1StringView("unknown_protocol"))
        return Tr::tr("unknown protocol");
    return key;
}

QString sender(const ReceivedHop &hop)
{
    QString s = hop.fromName.isEmpty() ? Tr::tr("(local)") : hop.fromName;
    if (!hop.fromAddress.isEmpty() && !hop.fromName.contains(hop.fromAddress))
        s += QStringLiteral(" [") + hop.fromAddress + QLatin1Char(']');
    return s;
}

QString tlsDetails(const ReceivedHop &hop)
{
    QStringList parts;
    if (!hop.tlsVersion.isEmpty())
        parts << hop.tlsVersion;
    if (!hop.cipher.isEmpty())
        parts << hop.cipher;
    if (hop.bits > 0)
        parts << Tr::tr("%1 bits").arg(hop.bits);
    if (hop.forwardSecret)
        parts << (*hop.forwardSecret ? Tr::tr("forward secrecy") : Tr::tr("no forward secrecy"));
    return parts.join(QStringLiteral(", "));
}

void printMessage(QTextStream &out, const MessagePath &m, const QString &where, const Workspace *ws,
                  const PathMatch *match)
{
    out << Tr::tr("Message %1 (%2)").arg(m.messageId.isEmpty() ? Tr::tr("without Message-ID") : m.messageId, where)
        << Qt::endl;
    if (!m.subject.isEmpty())
        out << QStringLiteral("  ") << Tr::tr("Subject: %1").arg(m.subject) << Qt::endl;
    if (!m.sender.isEmpty())
        out << QStringLiteral("  ") << Tr::tr("From: %1").arg(m.sender) << Qt::endl;
    if (m.hops.isEmpty()) {
        out << QStringLiteral("  ") << Tr::tr("No Received: headers.") << Qt::endl;
        return;
    }
    int tls = 0;
    int clear = 0;
    for (qsizetype i = 0; i < m.hops.size(); ++i) {
        const ReceivedHop &hop = m.hops.at(i);
        tls += hop.transport == HopTransport::Tls ? 1 : 0;
        clear += hop.transport == HopTransport::Cleartext ? 1 : 0;
        out << QStringLiteral("  %1. ").arg(i + 1) << sender(hop) << QStringLiteral(" -> ")
            << (hop.byName.isEmpty() ? Tr::tr("(unnamed)") : hop.byName);
        if (!hop.protocol.isEmpty())
            out << QStringLiteral(", ") << hop.protocol;
        if (hop.date.isValid())
            out << QStringLiteral(", ") << hop.date.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        out << Qt::endl;
        out << QStringLiteral("     ") << hopTransportLabel(hop.transport).toUpper();
        if (const QString details = tlsDetails(hop); !details.isEmpty())
            out << QStringLiteral(": ") << details;
        if (hop.authenticated)
            out << QStringLiteral(" (") << Tr::tr("client logged in") << QLatin1Char(')');
        out << QStringLiteral("  [") << evidenceLabel(hop.evidence) << QLatin1Char(']') << Qt::endl;
        if (match && ws) {
            const HopMatch &hm = match->hops.at(i);
            out << QStringLiteral("     ");
            if (!hm.link.isEmpty())
                out << Tr::tr("link %1").arg(hm.link) << (hm.ambiguous ? Tr::tr(" (one of several)") : QString());
            else if (!hm.inside)
                out << Tr::tr("outside the inventory");
            else if (hm.byHost.isEmpty())
                out << Tr::tr("receiver not in the inventory");
            else if (hm.fromNode == hm.byHost || hop.transport == HopTransport::Local)
                out << Tr::tr("inside %1").arg(ws->nodeName(hm.byHost));
            else
                out << Tr::tr("no link from %1 to %2 in the inventory")
                           .arg(ws->nodeName(hm.fromNode), ws->nodeName(hm.byHost));
            out << Qt::endl;
        }
    }
    out << QStringLiteral("  ") << Tr::tr("%n hop(s)", nullptr, static_cast<int>(m.hops.size()))
        << QStringLiteral(": ") << Tr::tr("%1 with TLS, %2 in cleartext").arg(tls).arg(clear) << Qt::endl;
    if (match && !match->unknownHosts.isEmpty())
        out << QStringLiteral("  ")
            << Tr::tr("Hosts inside the organisation that the inventory lacks: %1")
                   .arg(match->unknownHosts.join(QStringLiteral(", ")))
            << Qt::endl;
}

// What the command line asked for.
struct PathRequest
{
    QString file;
    bool json = false;
    std::optional<QString> workspacePath;
    bool record = false;
    bool addUnknown = false;
};

// The request, or the exit code after a message on err.
std::variant<PathRequest, int> parsePath(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Print the hops a real message took, from its Received: headers, with what each used."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("An .eml file or an mbox."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print the hops as JSON."));
    const QCommandLineOption workspace = workspaceOption(Tr::tr("Match the hops to this workspace's hosts and links."));
    const QCommandLineOption recordOption(QStringLiteral("record"),
                                          Tr::tr("Keep what each hop used in the workspace (saved in place)."));
    const QCommandLineOption addUnknownOption(
        QStringLiteral("add-unknown"), Tr::tr("With --record: add hosts inside the organisation that it lacks."));
    parser.addOptions({jsonOption, workspace, recordOption, addUnknownOption});
    if (const auto done = parseSubcommand(parser, arguments, out, err))
        return *done;
    if (parser.positionalArguments().size() != 1) {
        err << Tr::tr("path: one message file (.eml or mbox) is required") << Qt::endl;
        return 2;
    }
    if ((parser.isSet(recordOption) || parser.isSet(addUnknownOption)) && !parser.isSet(workspace)) {
        err << Tr::tr("path: --record and --add-unknown need --workspace FILE") << Qt::endl;
        return 2;
    }
    if (parser.isSet(addUnknownOption) && !parser.isSet(recordOption)) {
        err << Tr::tr("path: --add-unknown needs --record") << Qt::endl;
        return 2;
    }
    PathRequest request;
    request.file = parser.positionalArguments().constFirst();
    request.json = parser.isSet(jsonOption);
    if (parser.isSet(workspace))
        request.workspacePath = parser.value(workspace);
    request.record = parser.isSet(recordOption);
    request.addUnknown = parser.isSet(addUnknownOption);
    return request;
}

void printJson(QTextStream &out, const QString &file, const QList<MessagePath> &messages, const Workspace *ws)
{
    QJsonArray list;
    for (const MessagePath &m : messages) {
        const std::optional<PathMatch> match = ws ? std::optional(matchPath(*ws, m)) : std::nullopt;
        list.append(messagePathToJson(m, match ? &*match : nullptr));
    }
    QJsonObject root;
    root.insert(QLatin1StringView("file"), file);
    root.insert(QLatin1StringView("messages"), list);
    out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

void printRecorded(QTextStream &err, const QString &workspacePath, const ObservationImport &recorded)
{
    err << Tr::tr("Recorded in %1: %2 hops on links (%3 new observations, %4 updated), %5 hops without a "
                  "link, %6 hosts and %7 links added.")
               .arg(workspacePath)
               .arg(recorded.hopsMatched)
               .arg(recorded.observationsAdded)
               .arg(recorded.observationsUpdated)
               .arg(recorded.hopsUnmatched)
               .arg(recorded.hostsAdded)
               .arg(recorded.linksAdded)
        << Qt::endl;
}

} // namespace

int runPath(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const std::variant<PathRequest, int> parsed = parsePath(arguments, out, err);
    if (const int *code = std::get_if<int>(&parsed))
        return *code;
    const PathRequest &request = std::get<PathRequest>(parsed);
    const MessageReadResult read = readMessageFile(request.file);
    for (const QString &w : read.warnings)
        err << Tr::tr("path: warning: %1").arg(w) << Qt::endl;
    if (!read.error.isEmpty()) {
        err << Tr::tr("path: %1").arg(read.error) << Qt::endl;
        return ExitFileError;
    }
    std::optional<Workspace> ws;
    if (request.workspacePath) {
        WorkspaceReadResult loaded = loadWorkspaceFile(*request.workspacePath);
        if (!loaded.workspace) {
            err << loaded.error << Qt::endl;
            return ExitFileError;
        }
        ws = std::move(loaded.workspace);
    }
    std::optional<ObservationImport> recorded;
    if (request.record) {
        recorded = recordObservations(&*ws, read.messages, QFileInfo(request.file).fileName(), request.addUnknown);
        if (const QString e = saveWorkspaceFile(*ws, *request.workspacePath); !e.isEmpty()) {
            err << Tr::tr("path: %1").arg(e) << Qt::endl;
            return ExitFileError;
        }
    }
    if (request.json) {
        printJson(out, request.file, read.messages, ws ? &*ws : nullptr);
    } else {
        for (const MessagePath &m : read.messages) {
            const std::optional<PathMatch> match = ws ? std::optional(matchPath(*ws, m)) : std::nullopt;
            printMessage(out, m, QStringLiteral("%1:%2").arg(request.file).arg(m.line), ws ? &*ws : nullptr,
                         match ? &*match : nullptr);
        }
    }
    if (recorded)
        printRecorded(err, *request.workspacePath, *recorded);
    return 0;
}

} // namespace mailtls::cli
