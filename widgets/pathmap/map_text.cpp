#include "widgets/pathmap/map_text.h"

#include "app/inventory/labels.h"

#include <QCoreApplication>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::PathMapText)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString roles(const MapNode &n)
{
    QStringList list;
    for (HostRole r : n.roles)
        list.append(hostRoleLabel(r));
    return list.join(QStringLiteral(", "));
}

QString problemCount(const PathMap &map, int node)
{
    int problems = 0;
    for (int e : map.edgesOf(node))
        problems += map.edges().at(e).isProblem() ? 1 : 0;
    return Tr::tr("%n link(s)", nullptr, static_cast<int>(map.edgesOf(node).size())) +
           QStringLiteral(", ") + Tr::tr("%n with a problem", nullptr, problems);
}

// The TLS-RPT lines of the Internet-inbound links into a node (an MX host): those of its first such link.
QStringList inboundTlsRpt(const PathMap &map, int node)
{
    for (int e : map.edgesOf(node)) {
        const MapEdge &edge = map.edges().at(e);
        if (edge.to == node && edge.kind == LinkKind::InternetInbound && !edge.status.tlsRpt.isEmpty())
            return edge.status.tlsRpt;
    }
    return {};
}

QString observedText(const MapLinkStatus &s)
{
    if (!s.observed)
        return Tr::tr("not seen in real messages");
    return s.cleartextSeen ? Tr::tr("seen in real messages, some in cleartext")
                           : Tr::tr("seen in real messages");
}

QString incompleteText()
{
    return Tr::tr("Incomplete: some of the server's answers were undecided, so the link may be weaker than "
                  "shown.");
}

} // namespace

QString mapStateText(const MapLinkStatus &status)
{
    return status.incomplete ? Tr::tr("%1 (incomplete)").arg(linkStateLabel(status.state))
                             : linkStateLabel(status.state);
}

QString mapEdgeLabel(const MapLinkStatus &status)
{
    QString label = status.tlsLabel;
    // "?" marks a label that rests on undecided answers (the legend says so).
    if (status.incomplete && status.state != LinkState::NotProbed)
        label = label.isEmpty() ? QStringLiteral("?") : label + QStringLiteral(" ?");
    // The defence against downgrade of an inbound MX link, by name.
    if (!status.defence.isEmpty())
        label += (label.isEmpty() ? QString() : QStringLiteral(" · ")) + status.defence;
    // Sessions that senders reported failed at the MX (TLS-RPT).
    if (!status.tlsRptMark.isEmpty())
        label += (label.isEmpty() ? QString() : QStringLiteral(" · ")) + status.tlsRptMark;
    return label;
}

QString nodeCaption(const MapNode &n)
{
    if (n.kind == MapNodeKind::Internet)
        return Tr::tr("outside the organisation");
    if (n.kind == MapNodeKind::Users)
        return Tr::tr("mail clients and browsers");
    const QString r = roles(n);
    return (r.isEmpty() ? Tr::tr("no role") : r) + QStringLiteral(" · ") + zoneLabel(n.zone);
}

QString nodeSummaryHtml(const PathMap &map, int node)
{
    const MapNode &n = map.nodes().at(node);
    QString html =
        QStringLiteral("<qt><b>") + esc(n.name) + QStringLiteral("</b><br>") + esc(nodeCaption(n));
    if (!n.site.isEmpty())
        html += QStringLiteral("<br>") + esc(Tr::tr("Site: %1").arg(n.site));
    if (!n.software.isEmpty())
        html += QStringLiteral("<br>") + esc(Tr::tr("Software: %1").arg(n.software));
    html += QStringLiteral("<br>") + esc(problemCount(map, node));
    if (const QStringList rpt = inboundTlsRpt(map, node); !rpt.isEmpty())
        html += QStringLiteral("<br>") + esc(rpt.constFirst());
    html += QStringLiteral("</qt>");
    return html;
}

QString edgeSummaryHtml(const PathMap &map, int edge)
{
    const MapEdge &e = map.edges().at(edge);
    const QString from = map.nodes().at(e.from).name;
    const QString to = map.nodes().at(e.to).name;
    QString html =
        QStringLiteral("<qt><b>") + esc(Tr::tr("%1 to %2").arg(from, to)) +
        QStringLiteral("</b><br>") +
        esc(Tr::tr("M%1 · %2 · %3").arg(e.measure).arg(linkKindLabel(e.kind), e.endpoint)) +
        QStringLiteral("<br><b>") + esc(mapStateText(e.status)) + QStringLiteral("</b>");
    if (!e.status.tlsLabel.isEmpty())
        html += QStringLiteral(" · ") + esc(e.status.tlsLabel);
    if (e.status.incomplete)
        html += QStringLiteral("<br><i>") + esc(incompleteText()) + QStringLiteral("</i>");
    if (!e.status.defence.isEmpty())
        html += QStringLiteral("<br>") + esc(Tr::tr("Protected against downgrade by %1").arg(e.status.defence));
    if (!e.status.tlsRpt.isEmpty()) {
        const QString line = esc(e.status.tlsRpt.constFirst());
        html += QStringLiteral("<br>") +
                (e.status.tlsRptMark.isEmpty() ? line : QStringLiteral("<b>") + line + QStringLiteral("</b>"));
    }
    for (const QString &r : e.status.reasons.mid(0, 3))
        html += QStringLiteral("<br>• ") + esc(r);
    if (e.status.reasons.size() > 3)
        html += QStringLiteral("<br>") +
                esc(Tr::tr("(%n more)", nullptr, static_cast<int>(e.status.reasons.size() - 3)));
    html += QStringLiteral("<br>") + esc(observedText(e.status));
    if (!e.note.isEmpty())
        html += QStringLiteral("<br><i>") + esc(e.note) + QStringLiteral("</i>");
    return html + QStringLiteral("</qt>");
}

QString nodeDetails(const PathMap &map, int node)
{
    const MapNode &n = map.nodes().at(node);
    QStringList lines{n.name, nodeCaption(n)};
    if (!n.site.isEmpty())
        lines.append(Tr::tr("Site: %1").arg(n.site));
    if (!n.software.isEmpty())
        lines.append(Tr::tr("Software: %1").arg(n.software));
    lines.append(problemCount(map, node));
    lines += inboundTlsRpt(map, node);
    return lines.join(QLatin1Char('\n'));
}

QString edgeDetails(const PathMap &map, int edge)
{
    const MapEdge &e = map.edges().at(edge);
    QStringList lines{
        Tr::tr("%1 to %2").arg(map.nodes().at(e.from).name, map.nodes().at(e.to).name),
        Tr::tr("M%1 · %2 · %3").arg(e.measure).arg(linkKindLabel(e.kind), e.endpoint)};
    QString state = mapStateText(e.status);
    if (!e.status.tlsLabel.isEmpty())
        state += QStringLiteral(" · ") + e.status.tlsLabel;
    lines.append(state);
    if (e.status.incomplete)
        lines.append(incompleteText());
    if (!e.status.defence.isEmpty())
        lines.append(Tr::tr("Protected against downgrade by %1").arg(e.status.defence));
    lines += e.status.tlsRpt;
    for (const QString &r : e.status.reasons)
        lines.append(QStringLiteral("• ") + r);
    lines.append(observedText(e.status));
    if (!e.note.isEmpty())
        lines.append(Tr::tr("Note: %1").arg(e.note));
    return lines.join(QLatin1Char('\n'));
}

} // namespace mailtls
