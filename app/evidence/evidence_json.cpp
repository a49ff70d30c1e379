#include "app/evidence/evidence_json.h"

#include <QJsonArray>

namespace mailtls {

namespace {

QJsonObject observedUseJson(const ObservedUse &seen)
{
    QJsonObject o;
    o.insert(QLatin1StringView("transport"), seen.transport);
    o.insert(QLatin1StringView("tls_version"), seen.tlsVersion);
    o.insert(QLatin1StringView("cipher"), seen.cipher);
    o.insert(QLatin1StringView("last_seen"), seen.lastSeen.toString(Qt::ISODate));
    o.insert(QLatin1StringView("message_id"), seen.messageId);
    o.insert(QLatin1StringView("cleartext_seen"), seen.cleartextSeen);
    return o;
}

} // namespace

QJsonObject linkAssessmentToJson(const Link &link, const LinkAssessment &assessment)
{
    QJsonObject o;
    o.insert(QLatin1StringView("id"), link.id);
    o.insert(QLatin1StringView("kind"), linkKindKey(link.kind));
    o.insert(QLatin1StringView("from"), link.from);
    o.insert(QLatin1StringView("endpoint"), link.endpoint.toString());
    o.insert(QLatin1StringView("state"), linkStateKey(assessment.state));
    o.insert(QLatin1StringView("reasons"), QJsonArray::fromStringList(assessment.reasons));
    o.insert(QLatin1StringView("incomplete"), assessment.incomplete);
    if (assessment.observed)
        o.insert(QLatin1StringView("observed"), observedUseJson(*assessment.observed));
    return o;
}

QJsonObject observedHopToJson(const ReceivedHop &hop, const HopMatch *match)
{
    QJsonObject o;
    o.insert(QLatin1StringView("from"), hop.fromName);
    o.insert(QLatin1StringView("from_reverse"), hop.fromReverse);
    o.insert(QLatin1StringView("from_address"), hop.fromAddress);
    o.insert(QLatin1StringView("by"), hop.byName);
    o.insert(QLatin1StringView("protocol"), hop.protocol);
    o.insert(QLatin1StringView("id"), hop.id);
    o.insert(QLatin1StringView("date"), hop.date.isValid() ? hop.date.toString(Qt::ISODate) : QString());
    o.insert(QLatin1StringView("transport"), hopTransportKey(hop.transport));
    o.insert(QLatin1StringView("evidence"), hop.evidence);
    o.insert(QLatin1StringView("tls_version"), hop.tlsVersion);
    o.insert(QLatin1StringView("cipher"), hop.cipher);
    o.insert(QLatin1StringView("bits"), hop.bits);
    o.insert(QLatin1StringView("forward_secret"),
             hop.forwardSecret ? QJsonValue(*hop.forwardSecret) : QJsonValue());
    o.insert(QLatin1StringView("authenticated"), hop.authenticated);
    o.insert(QLatin1StringView("raw"), hop.raw);
    if (match) {
        o.insert(QLatin1StringView("from_node"), match->fromNode);
        o.insert(QLatin1StringView("by_host"), match->byHost);
        o.insert(QLatin1StringView("link"), match->link);
        o.insert(QLatin1StringView("ambiguous"), match->ambiguous);
        o.insert(QLatin1StringView("inside"), match->inside);
    }
    return o;
}

QJsonObject messagePathToJson(const MessagePath &message, const PathMatch *match)
{
    QJsonObject o;
    o.insert(QLatin1StringView("message_id"), message.messageId);
    o.insert(QLatin1StringView("subject"), message.subject);
    o.insert(QLatin1StringView("from"), message.sender);
    o.insert(QLatin1StringView("date"), message.date.isValid() ? message.date.toString(Qt::ISODate) : QString());
    o.insert(QLatin1StringView("line"), message.line);
    QJsonArray hops;
    for (qsizetype i = 0; i < message.hops.size(); ++i)
        hops.append(observedHopToJson(message.hops.at(i), match ? &match->hops.at(i) : nullptr));
    o.insert(QLatin1StringView("hops"), hops);
    if (match)
        o.insert(QLatin1StringView("unknown_hosts"), QJsonArray::fromStringList(match->unknownHosts));
    return o;
}

} // namespace mailtls
