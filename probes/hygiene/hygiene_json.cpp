#include "probes/hygiene/hygiene_json.h"

#include <QJsonArray>

namespace mailtls {

namespace {

QJsonValue optionalBool(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<bool> readOptionalBool(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    return std::nullopt;
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject checkJson(const HygieneCheck &c)
{
    QJsonObject o;
    o.insert(u"value", optionalBool(c.value));
    o.insert(u"evidence", QJsonArray::fromStringList(c.evidence));
    if (!c.note.isEmpty())
        o.insert(u"note", c.note);
    return o;
}

void readCheck(const QJsonObject &o, HygieneCheck *c)
{
    c->value = readOptionalBool(o.value(u"value"));
    for (const QJsonValue &line : o.value(u"evidence").toArray())
        c->evidence.append(line.toString());
    c->note = o.value(u"note").toString();
}

} // namespace

QJsonObject hygieneToJson(const HygieneResult &h)
{
    QJsonObject out;
    for (const HygieneResult::Entry &e : h.entries())
        out.insert(QLatin1StringView(e.key), checkJson(*e.check));

    QJsonObject resumption = out.value(u"session_resumption").toObject();
    resumption.insert(u"ids", optionalBool(h.resumption.ids));
    resumption.insert(u"tickets", optionalBool(h.resumption.tickets));
    resumption.insert(u"ticket_lifetime_hint",
                      h.resumption.ticketLifetimeHint >= 0 ? QJsonValue(h.resumption.ticketLifetimeHint)
                                                           : QJsonValue(QJsonValue::Null));
    out.insert(u"session_resumption", resumption);

    QJsonObject ocsp = out.value(u"ocsp_stapling").toObject();
    ocsp.insert(u"response_status", textOrNull(h.ocsp.responseStatus));
    ocsp.insert(u"cert_status", textOrNull(h.ocsp.certStatus));
    ocsp.insert(u"signature_valid", optionalBool(h.ocsp.signatureValid));
    ocsp.insert(u"fresh", optionalBool(h.ocsp.fresh));
    ocsp.insert(u"for_certificate", optionalBool(h.ocsp.forCertificate));
    ocsp.insert(u"this_update", timeOrNull(h.ocsp.thisUpdate));
    ocsp.insert(u"next_update", timeOrNull(h.ocsp.nextUpdate));
    ocsp.insert(u"responder_named", optionalBool(h.ocsp.responderNamed));
    out.insert(u"ocsp_stapling", ocsp);

    QJsonObject dh = out.value(u"dh").toObject();
    QJsonArray primes;
    for (const DhPrime &p : h.dhPrimes) {
        QJsonObject o;
        o.insert(u"bits", p.bits);
        o.insert(u"well_known", textOrNull(p.wellKnown));
        o.insert(u"suites", QJsonArray::fromStringList(p.suites));
        primes.append(o);
    }
    dh.insert(u"primes", primes);
    out.insert(u"dh", dh);
    return out;
}

HygieneResult hygieneFromJson(const QJsonObject &json)
{
    HygieneResult h;
    for (const QString &key : hygieneKeys())
        readCheck(json.value(key).toObject(), h.check(key));

    const QJsonObject resumption = json.value(u"session_resumption").toObject();
    h.resumption.ids = readOptionalBool(resumption.value(u"ids"));
    h.resumption.tickets = readOptionalBool(resumption.value(u"tickets"));
    h.resumption.ticketLifetimeHint = resumption.value(u"ticket_lifetime_hint").toInt(-1);

    const QJsonObject ocsp = json.value(u"ocsp_stapling").toObject();
    h.ocsp.responseStatus = ocsp.value(u"response_status").toString();
    h.ocsp.certStatus = ocsp.value(u"cert_status").toString();
    h.ocsp.signatureValid = readOptionalBool(ocsp.value(u"signature_valid"));
    h.ocsp.fresh = readOptionalBool(ocsp.value(u"fresh"));
    h.ocsp.forCertificate = readOptionalBool(ocsp.value(u"for_certificate"));
    h.ocsp.thisUpdate = QDateTime::fromString(ocsp.value(u"this_update").toString(), Qt::ISODate);
    h.ocsp.nextUpdate = QDateTime::fromString(ocsp.value(u"next_update").toString(), Qt::ISODate);
    h.ocsp.responderNamed = readOptionalBool(ocsp.value(u"responder_named"));

    for (const QJsonValue &v : json.value(u"dh").toObject().value(u"primes").toArray()) {
        const QJsonObject o = v.toObject();
        DhPrime p;
        p.bits = o.value(u"bits").toInt();
        p.wellKnown = o.value(u"well_known").toString();
        for (const QJsonValue &s : o.value(u"suites").toArray())
            p.suites.append(s.toString());
        h.dhPrimes.append(p);
    }
    return h;
}

} // namespace mailtls
