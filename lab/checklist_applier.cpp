#include "lab/checklist_applier.h"

#include "app/inventory/workspace.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

namespace mailtls::lab {

namespace {

QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 %2: %3")
            .arg(program, args.join(u' '), QString::fromLocal8Bit(p.readAll()).trimmed());
    return {};
}

} // namespace

// "name = value" lines (Postfix main.cf, Dovecot), blank lines skipped.
QList<std::pair<QString, QString>> settingLines(const QString &config)
{
    QList<std::pair<QString, QString>> settings;
    for (const QString &line : config.split(u'\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype eq = line.indexOf(u'=');
        settings.append({line.left(eq).trimmed(), eq < 0 ? QString() : line.mid(eq + 1).trimmed()});
    }
    return settings;
}

// The master.cf service the remedy writes ("submission inet ...") and its "-o name=value" options.
QList<std::pair<QString, QString>> masterOptions(const QString &config)
{
    QList<std::pair<QString, QString>> options;
    static const QRegularExpression option(QStringLiteral(R"(^\s+-o\s+([a-z0-9_]+)=(.*)$)"));
    for (const QString &line : config.split(u'\n')) {
        const QRegularExpressionMatch m = option.match(line);
        if (m.hasMatch())
            options.append({m.captured(1), m.captured(2).trimmed()});
    }
    return options;
}

// Applies remedies' steps to the running lab, as an admin would edit the files.
class ChecklistApplier::Impl
{
public:
    Impl(Lab &lab, const Workspace &ws) : m_lab(lab), m_ws(ws), m_services(lab.running()) {}

    QStringList touched() const { return m_touched.values(); }
    QStringList applied() const { return m_applied; }
    void setDnsStage(DnsStage stage) { m_dnsStage = stage; }

    QString apply(const ChecklistItem &item)
    {
        if (!item.remedy)
            return QStringLiteral("no remedy");
        // Measure 4 on the MX hosts is the domain's DNS; on an outbound link it
        // is the relay's own client settings, applied as any other.
        if (item.finding.measure == 4 && !item.finding.kinds.contains(LinkKind::Outbound))
            return applyByDnsStage(item);
        if (QString e = applyToServers(item); !e.isEmpty())
            return e;
        m_applied.append(item.finding.ruleId + u'@' + item.finding.endpoint);
        return {};
    }

private:
    // The domain's defences: published by the DNS stage the caller sets next.
    QString applyByDnsStage(const ChecklistItem &item)
    {
        if (m_lab.dnsServer().isEmpty())
            return QStringLiteral("%1: the lab serves no DNS (no \"dns\" in its description)").arg(item.finding.ruleId);
        const DnsStage needed =
            item.finding.ruleId == QLatin1StringView("M4.3") ? DnsStage::Testing : DnsStage::Enforce;
        if (m_dnsStage >= needed)
            m_applied.append(item.finding.ruleId + u'@' + item.finding.endpoint);
        return {};
    }

    QString applyToServers(const ChecklistItem &item)
    {
        const std::optional<EndpointRef> ref = EndpointRef::parse(item.finding.endpoint);
        const lab::Service *endpointService = ref ? serviceOfHost(ref->hostId) : nullptr;
        if (!endpointService)
            return QStringLiteral("no lab service serves %1").arg(item.finding.endpoint);
        for (const RemedyStep &step : item.remedy->steps) {
            QList<const lab::Service *> targets{endpointService};
            if (step.onSender) {
                targets.clear();
                for (const Link &l : m_ws.links) {
                    if (item.finding.links.contains(l.id)) {
                        const lab::Service *s = serviceOfHost(l.from);
                        if (!s)
                            return QStringLiteral("no lab service sends over %1").arg(l.id);
                        if (!targets.contains(s))
                            targets.append(s);
                    }
                }
            }
            for (const lab::Service *target : std::as_const(targets)) {
                if (QString e = applyStep(step, *target, *ref); !e.isEmpty())
                    return QStringLiteral("%1 on %2: %3").arg(item.finding.ruleId, target->id, e);
            }
        }
        return {};
    }

    const lab::Service *serviceOfHost(const QString &hostId) const
    {
        const Host *h = m_ws.host(hostId);
        if (!h)
            return nullptr;
        for (const lab::Service &s : m_services) {
            if (h->addresses.contains(s.address))
                return &s;
        }
        return nullptr;
    }

    QString servicePath(const lab::Service &s, const QString &file) const
    {
        return m_lab.stateDir() + u'/' + s.id + u'/' + file;
    }

    // The one mapping of the remedies' text: the admin's certificate paths to the lab's files.
    QString mapPaths(const lab::Service &s, QString value) const
    {
        static const QRegularExpression chain(QStringLiteral(R"(/[^\s,;]*/tls/fullchain\.pem)"));
        static const QRegularExpression key(QStringLiteral(R"(/[^\s,;]*/tls/key\.pem)"));
        value.replace(chain, servicePath(s, QStringLiteral("chain.pem")));
        value.replace(key, servicePath(s, QStringLiteral("key.pem")));
        return value;
    }

    QString applyStep(const RemedyStep &step, const lab::Service &s, const EndpointRef &endpoint)
    {
        if (step.action == QLatin1StringView("install-certificate")) {
            lab::IssuedFiles files;
            if (QString e = m_lab.issueCertificate(s.id, &files); !e.isEmpty())
                return e;
            m_touched.insert(s.id);
        }
        if (step.config.isEmpty())
            return {}; // a command (reload, check): the lab reloads every touched service after all
                       // items
        const QString format = step.format;
        const bool postfix = format.startsWith(QLatin1StringView("postfix-"));
        if ((postfix && s.kind != lab::ServerKind::Postfix) ||
            (format == QLatin1StringView("dovecot") && s.kind != lab::ServerKind::Dovecot) ||
            (format == QLatin1StringView("nginx") && s.kind != lab::ServerKind::Nginx))
            return QStringLiteral("a %1 step for a server of another kind").arg(format);
        m_touched.insert(s.id);
        const QString configPath = m_lab.configPath(s.id);
        if (format == QLatin1StringView("postfix-main")) {
            for (const auto &[name, value] : settingLines(step.config)) {
                if (QString e = runTool(QStringLiteral("/usr/sbin/postconf"),
                                        {QStringLiteral("-c"), configPath, QStringLiteral("-e"),
                                         name + QStringLiteral(" = ") + mapPaths(s, value)});
                    !e.isEmpty())
                    return e;
            }
            return {};
        }
        if (format == QLatin1StringView("postfix-master")) {
            // The remedy's service ("submission inet") is the lab's ADDRESS:PORT inet service.
            const QString service = QStringLiteral("%1:%2/inet/").arg(s.address).arg(endpoint.port);
            for (const auto &[name, value] : masterOptions(step.config)) {
                if (QString e = runTool(QStringLiteral("/usr/sbin/postconf"),
                                        {QStringLiteral("-c"), configPath, QStringLiteral("-P"),
                                         service + name + u'=' + mapPaths(s, value)});
                    !e.isEmpty())
                    return e;
            }
            return {};
        }
        QFile f(configPath);
        if (!f.open(QIODevice::ReadOnly))
            return f.errorString();
        QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
        f.close();
        if (format == QLatin1StringView("dovecot")) {
            for (const auto &[name, value] : settingLines(step.config))
                setDovecot(lines, name, mapPaths(s, value));
        } else if (format == QLatin1StringView("nginx")) {
            for (const QString &directive : step.config.split(u'\n')) {
                if (QString e = setNginx(lines, step.context, mapPaths(s, directive.trimmed()),
                                         endpoint.port);
                    !e.isEmpty())
                    return e;
            }
        } else {
            return QStringLiteral("config of unknown format '%1'").arg(format);
        }
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return f.errorString();
        f.write(lines.join(u'\n').toUtf8());
        return {};
    }

    // Replaces the top-level setting, or adds it at the end (still the top level).
    static void setDovecot(QStringList &lines, const QString &name, const QString &value)
    {
        const QString line = name + QStringLiteral(" = ") + value;
        int depth = 0;
        for (QString &l : lines) {
            const QString t = l.trimmed();
            if (depth == 0 &&
                (t.startsWith(name + QStringLiteral(" =")) || t.startsWith(name + u'='))) {
                l = line;
                return;
            }
            depth += int(t.count(u'{')) - int(t.count(u'}'));
        }
        lines.append(line);
    }

    // Sets a directive in the http block, or in the server block that listens on port: the
    // same directive (add_header: with the same header name) is replaced, else it is added.
    static QString setNginx(QStringList &lines, const QString &context, const QString &directive,
                            quint16 port)
    {
        const QStringList words = directive.split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            return {};
        const bool byHeader = words.first() == QLatin1StringView("add_header") && words.size() > 1;
        // Find the block: its opening line and the line that closes it.
        const QRegularExpression listensOnPort(
            QStringLiteral(R"(^listen\s+\S*:%1[\s;])").arg(port));
        qsizetype open = -1;
        qsizetype close = -1;
        for (qsizetype i = 0; i < lines.size() && open < 0; ++i) {
            const QString t = lines.at(i).trimmed();
            if (!t.endsWith(u'{') || t.section(u' ', 0, 0) != context)
                continue;
            bool wanted = context == QLatin1StringView("http");
            int depth = 0;
            for (qsizetype j = i; j < lines.size(); ++j) {
                const QString u = lines.at(j).trimmed();
                if (depth == 1 && listensOnPort.match(u).hasMatch())
                    wanted = true;
                depth += int(u.count(u'{')) - int(u.count(u'}'));
                if (depth == 0) {
                    if (wanted) {
                        open = i;
                        close = j;
                    }
                    break;
                }
            }
        }
        if (open < 0)
            return QStringLiteral("no %1 block for port %2").arg(context).arg(port);
        // Directly in the block (not in a nested location).
        int inner = 0;
        for (qsizetype i = open + 1; i < close; ++i) {
            const QString t = lines.at(i).trimmed();
            if (inner == 0) {
                const QStringList have = t.split(u' ', Qt::SkipEmptyParts);
                if (!have.isEmpty() && have.first() == words.first() &&
                    (!byHeader || (have.size() > 1 &&
                                   have.at(1).compare(words.at(1), Qt::CaseInsensitive) == 0))) {
                    lines[i] = QStringLiteral("    ") + directive;
                    return {};
                }
            }
            if (t.endsWith(u'{'))
                ++inner;
            else if (t == QLatin1StringView("}"))
                --inner;
        }
        lines.insert(open + 1, QStringLiteral("    ") + directive);
        return {};
    }

    lab::Lab &m_lab;
    const Workspace m_ws;
    const QList<lab::Service> m_services;
    QSet<QString> m_touched;
    QStringList m_applied;
    DnsStage m_dnsStage = DnsStage::None;
};

ChecklistApplier::ChecklistApplier(Lab &lab, const Workspace &workspace)
    : d(std::make_unique<Impl>(lab, workspace))
{
}

ChecklistApplier::~ChecklistApplier() = default;

QString ChecklistApplier::apply(const ChecklistItem &item)
{
    return d->apply(item);
}

void ChecklistApplier::setDnsStage(DnsStage stage)
{
    d->setDnsStage(stage);
}

QStringList ChecklistApplier::applied() const
{
    return d->applied();
}

QStringList ChecklistApplier::touched() const
{
    QStringList ids = d->touched();
    ids.sort();
    return ids;
}

} // namespace mailtls::lab
