#include "probes/receiver/received_session.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>
#include <utility>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::ReceiverScenario)
};

constexpr std::array<std::pair<ReceiverScenario, const char *>, 6> kScenarios{{
    {ReceiverScenario::Normal, "normal"},
    {ReceiverScenario::NoStartTls, "no-starttls"},
    {ReceiverScenario::StartTlsRefused, "starttls-refused"},
    {ReceiverScenario::Stripped, "stripped"},
    {ReceiverScenario::BadCertificate, "bad-certificate"},
    {ReceiverScenario::LegacyOnly, "legacy-only"},
}};

} // namespace

QString receiverScenarioKey(ReceiverScenario s)
{
    for (const auto &[scenario, key] : kScenarios) {
        if (scenario == s)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<ReceiverScenario> receiverScenarioFromKey(QStringView key)
{
    for (const auto &[scenario, name] : kScenarios) {
        if (key == QLatin1StringView(name))
            return scenario;
    }
    return std::nullopt;
}

QStringList receiverScenarioKeys()
{
    QStringList keys;
    for (const auto &[scenario, key] : kScenarios)
        keys.append(QString::fromLatin1(key));
    return keys;
}

QString receiverScenarioLabel(ReceiverScenario s)
{
    switch (s) {
    case ReceiverScenario::Normal: return Tr::tr("STARTTLS offered, TLS 1.2 and 1.3");
    case ReceiverScenario::NoStartTls: return Tr::tr("no STARTTLS (a server without TLS)");
    case ReceiverScenario::StartTlsRefused: return Tr::tr("STARTTLS offered, then refused with 454");
    case ReceiverScenario::Stripped: return Tr::tr("STARTTLS stripped on the path (XXXXXXXA)");
    case ReceiverScenario::BadCertificate:
        return Tr::tr("STARTTLS with a bad certificate (self-signed, expired, another name)");
    case ReceiverScenario::LegacyOnly: return Tr::tr("STARTTLS with TLS 1.0 and 1.1 only");
    }
    return {};
}

bool advertisesStartTls(ReceiverScenario s)
{
    return s != ReceiverScenario::NoStartTls && s != ReceiverScenario::Stripped;
}

QString sessionEndKey(SessionEnd e)
{
    switch (e) {
    case SessionEnd::DeliveredTls: return QStringLiteral("delivered_tls");
    case SessionEnd::DeliveredCleartext: return QStringLiteral("delivered_cleartext");
    case SessionEnd::NoMessage: return QStringLiteral("no_message");
    case SessionEnd::TlsFailed: return QStringLiteral("tls_failed");
    case SessionEnd::ProtocolError: return QStringLiteral("protocol_error");
    case SessionEnd::TimedOut: return QStringLiteral("timed_out");
    }
    return {};
}

QJsonObject receivedSessionToJson(const ReceivedSession &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), s.id);
    o.insert(QStringLiteral("listener"), s.listener);
    o.insert(QStringLiteral("scenario"), receiverScenarioKey(s.scenario));
    o.insert(QStringLiteral("client_address"), s.clientAddress);
    o.insert(QStringLiteral("client_port"), s.clientPort);
    o.insert(QStringLiteral("started"), s.started.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("ended"), s.ended.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("ehlo"), s.ehloName.isEmpty() ? QJsonValue() : QJsonValue(s.ehloName));
    o.insert(QStringLiteral("esmtp"), s.esmtp);
    o.insert(QStringLiteral("starttls_advertised"), advertisesStartTls(s.scenario));
    o.insert(QStringLiteral("starttls_asked"), s.startTlsAsked);
    o.insert(QStringLiteral("starttls_reply"), s.startTlsReply ? QJsonValue(s.startTlsReply) : QJsonValue());
    o.insert(QStringLiteral("client_max_version"),
             s.clientMaxVersion ? QJsonValue(tlsVersionName(*s.clientMaxVersion)) : QJsonValue());
    if (s.tls) {
        QJsonObject tls;
        tls.insert(QStringLiteral("version"), tlsVersionName(s.tls->version));
        tls.insert(QStringLiteral("cipher"), s.tls->cipher);
        tls.insert(QStringLiteral("group"), s.tls->group.isEmpty() ? QJsonValue() : QJsonValue(s.tls->group));
        tls.insert(QStringLiteral("sni"), s.tls->serverName.isEmpty() ? QJsonValue() : QJsonValue(s.tls->serverName));
        tls.insert(QStringLiteral("client_certificate"),
                   s.tls->clientCertificate.isEmpty() ? QJsonValue() : QJsonValue(s.tls->clientCertificate));
        o.insert(QStringLiteral("tls"), tls);
    } else {
        o.insert(QStringLiteral("tls"), QJsonValue());
    }
    o.insert(QStringLiteral("tls_failure"), s.tlsFailure.isEmpty() ? QJsonValue() : QJsonValue(s.tlsFailure));
    o.insert(QStringLiteral("tls_failure_alert"), s.tlsFailureAlert);
    o.insert(QStringLiteral("tls_ended_by_client"),
             s.tlsEndedByClient.isEmpty() ? QJsonValue() : QJsonValue(s.tlsEndedByClient));
    o.insert(QStringLiteral("mail_over_tls"), s.mailOverTls);
    o.insert(QStringLiteral("quit"), s.quit);
    o.insert(QStringLiteral("mail_from"), s.mailFrom.isEmpty() && !s.messageReceived ? QJsonValue()
                                                                                      : QJsonValue(s.mailFrom));
    o.insert(QStringLiteral("recipients"), QJsonArray::fromStringList(s.recipients));
    o.insert(QStringLiteral("message_received"), s.messageReceived);
    o.insert(QStringLiteral("message_over_tls"), s.messageOverTls);
    o.insert(QStringLiteral("messages_cleartext"), s.messagesCleartext);
    o.insert(QStringLiteral("messages_tls"), s.messagesTls);
    o.insert(QStringLiteral("message_bytes"), s.messageBytes);
    o.insert(QStringLiteral("headers"), QJsonArray::fromStringList(s.headers));
    o.insert(QStringLiteral("end"), sessionEndKey(s.end));
    o.insert(QStringLiteral("note"), s.note.isEmpty() ? QJsonValue() : QJsonValue(s.note));
    QJsonArray transcript;
    for (const QString &line : s.transcript.toText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        transcript.append(line);
    o.insert(QStringLiteral("transcript"), transcript);
    return o;
}

} // namespace mailtls
