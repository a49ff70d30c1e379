#include "probes/domain/mta_sts_json.h"

#include "probes/result_json.h"

#include <QJsonArray>

namespace mailtls {

namespace {

QLatin1StringView key(const char *k)
{
    return QLatin1StringView(k);
}

QJsonValue stringOrNull(const std::optional<QString> &s)
{
    return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
}

QStringList readStrings(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &e : v.toArray())
        list.append(e.toString());
    return list;
}

// Extensions keep their order: an array of {"name", "value"}.
QJsonArray extensionsJson(const QList<QPair<QString, QString>> &extensions)
{
    QJsonArray out;
    for (const auto &[name, value] : extensions)
        out.append(QJsonObject{{key("name"), name}, {key("value"), value}});
    return out;
}

QList<QPair<QString, QString>> readExtensions(const QJsonValue &v)
{
    QList<QPair<QString, QString>> out;
    for (const QJsonValue &e : v.toArray()) {
        const QJsonObject o = e.toObject();
        out.append({o.value(key("name")).toString(), o.value(key("value")).toString()});
    }
    return out;
}

} // namespace

QJsonObject stsRecordResultToJson(const StsRecordResult &result)
{
    QJsonObject o;
    o.insert(key("txt"), QJsonArray::fromStringList(result.candidates));
    o.insert(key("id"), result.record ? QJsonValue(result.record->id) : QJsonValue(QJsonValue::Null));
    o.insert(key("extensions"), extensionsJson(result.record ? result.record->extensions
                                                             : QList<QPair<QString, QString>>{}));
    o.insert(key("errors"), QJsonArray::fromStringList(result.errors));
    return o;
}

StsRecordResult stsRecordResultFromJson(const QJsonObject &json)
{
    StsRecordResult r;
    r.candidates = readStrings(json.value(key("txt")));
    r.errors = readStrings(json.value(key("errors")));
    if (json.value(key("id")).isString()) {
        StsRecord record;
        record.text = r.candidates.value(0);
        record.id = json.value(key("id")).toString();
        record.extensions = readExtensions(json.value(key("extensions")));
        r.record = record;
    }
    return r;
}

QJsonObject stsPolicyToJson(const StsPolicy &policy)
{
    QJsonObject o;
    o.insert(key("version"), stringOrNull(policy.version));
    o.insert(key("mode"), policy.mode ? QJsonValue(stsModeKey(*policy.mode)) : QJsonValue(QJsonValue::Null));
    o.insert(key("mx"), QJsonArray::fromStringList(policy.mx));
    o.insert(key("max_age"), policy.maxAge ? QJsonValue(*policy.maxAge) : QJsonValue(QJsonValue::Null));
    o.insert(key("extensions"), extensionsJson(policy.extensions));
    QJsonArray errors;
    for (const StsPolicyError &e : policy.errors)
        errors.append(QJsonObject{{key("line"), e.line}, {key("message"), e.message}, {key("fatal"), e.fatal}});
    o.insert(key("errors"), errors);
    o.insert(key("usable"), policy.usable());
    o.insert(key("lines"), policy.lineCount);
    return o;
}

StsPolicy stsPolicyFromJson(const QJsonObject &json)
{
    StsPolicy p;
    if (json.value(key("version")).isString())
        p.version = json.value(key("version")).toString();
    p.mode = stsModeFromKey(json.value(key("mode")).toString());
    p.mx = readStrings(json.value(key("mx")));
    if (json.value(key("max_age")).isDouble())
        p.maxAge = json.value(key("max_age")).toInteger();
    p.extensions = readExtensions(json.value(key("extensions")));
    for (const QJsonValue &v : json.value(key("errors")).toArray()) {
        const QJsonObject e = v.toObject();
        p.errors.append({e.value(key("line")).toInt(), e.value(key("message")).toString(),
                         e.value(key("fatal")).toBool()});
    }
    p.lineCount = json.value(key("lines")).toInt();
    return p;
}

QJsonObject policyFetchToJson(const PolicyFetchResult &r)
{
    QJsonObject o;
    o.insert(key("status"), policyFetchStatusKey(r.status));
    o.insert(key("url"), r.url);
    o.insert(key("host"), r.host);
    o.insert(key("addresses"), QJsonArray::fromStringList(r.addresses));
    o.insert(key("address"), r.address.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.address));
    o.insert(key("certificate"),
             r.certificate ? QJsonValue(certificateToJson(*r.certificate)) : QJsonValue(QJsonValue::Null));
    o.insert(key("http_status"), r.httpStatus > 0 ? QJsonValue(r.httpStatus) : QJsonValue(QJsonValue::Null));
    if (!r.location.isEmpty())
        o.insert(key("location"), r.location);
    o.insert(key("content_type"), r.httpStatus > 0 ? QJsonValue(r.contentType) : QJsonValue(QJsonValue::Null));
    o.insert(key("body"), r.httpStatus > 0 ? QJsonValue(QString::fromUtf8(r.body)) : QJsonValue(QJsonValue::Null));
    o.insert(key("policy"), r.policy ? QJsonValue(stsPolicyToJson(*r.policy)) : QJsonValue(QJsonValue::Null));
    o.insert(key("elapsed_ms"), r.elapsedMs);
    if (!r.note.isEmpty())
        o.insert(key("note"), r.note);
    return o;
}

std::optional<PolicyFetchResult> policyFetchFromJson(const QJsonObject &json)
{
    const auto status = policyFetchStatusFromKey(json.value(key("status")).toString());
    if (!status)
        return std::nullopt;
    PolicyFetchResult r;
    r.status = *status;
    r.url = json.value(key("url")).toString();
    r.host = json.value(key("host")).toString();
    r.addresses = readStrings(json.value(key("addresses")));
    r.address = json.value(key("address")).toString();
    if (json.value(key("certificate")).isObject())
        r.certificate = certificateFromJson(json.value(key("certificate")).toObject());
    r.httpStatus = json.value(key("http_status")).toInt();
    r.location = json.value(key("location")).toString();
    r.contentType = json.value(key("content_type")).toString();
    r.body = json.value(key("body")).toString().toUtf8();
    if (json.value(key("policy")).isObject())
        r.policy = stsPolicyFromJson(json.value(key("policy")).toObject());
    r.elapsedMs = json.value(key("elapsed_ms")).toInteger();
    r.note = json.value(key("note")).toString();
    return r;
}

} // namespace mailtls
