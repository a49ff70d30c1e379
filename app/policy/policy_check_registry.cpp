// The registry of policy checks (policy_check.h): one explicit table, as
// sslyze lists its plugins, of every check a profile's rule may name, with the
// parameters each reads. The order is the order policyCheckNames() gives.

#include "app/policy/policy_check.h"

namespace mailtls {

namespace policy_check {

const QList<RegisteredCheck> &checkRegistry()
{
    using T = ParamType;
    static const QList<RegisteredCheck> table{
        {QStringLiteral("tls_offered"), tlsOffered, {}},
        {QStringLiteral("versions_refused"), versionsRefused, {{QStringLiteral("versions"), T::Versions, true}}},
        {QStringLiteral("versions_supported_any"), versionsSupportedAny,
         {{QStringLiteral("versions"), T::Versions, true}}},
        {QStringLiteral("forward_secrecy"), forwardSecrecy,
         {{QStringLiteral("accepted_severity"), T::Severity, false}}},
        {QStringLiteral("certificate"), certificate, {}},
        {QStringLiteral("cleartext_credentials"), cleartextCredentials, {}},
        {QStringLiteral("https_only"), httpsOnly, {}},
        {QStringLiteral("hsts"), hsts, {}},
        {QStringLiteral("observed_cleartext"), observedCleartext, {}},
        {QStringLiteral("downgrade_protected"), downgradeProtected, {}},
        {QStringLiteral("downgrade_delivery"), downgradeDelivery, {}},
        {QStringLiteral("dane_rollover"), daneRollover, {}},
        {QStringLiteral("tls_rpt_published"), tlsRptPublished, {}},
        {QStringLiteral("suites_allowed"), suitesAllowed, {{QStringLiteral("suites"), T::Suites, true}}},
        {QStringLiteral("suites_min_strength"), suitesMinStrength, {{QStringLiteral("strength"), T::Strength, true}}},
        {QStringLiteral("suites_classified"), suitesClassified,
         {{QStringLiteral("classes"), T::SuiteClasses, true},
          {QStringLiteral("otherwise"), T::ClassName, true},
          {QStringLiteral("class_severity"), T::ClassSeverities, true}}},
        {QStringLiteral("versions_classified"), versionsClassified,
         {{QStringLiteral("classes"), T::VersionClasses, true},
          {QStringLiteral("otherwise"), T::ClassName, true},
          {QStringLiteral("class_severity"), T::ClassSeverities, true}}},
        {QStringLiteral("certificate_key"), certificateKey, {{QStringLiteral("types"), T::KeyTypes, true}}},
        {QStringLiteral("dh_min_bits"), dhMinBits, {{QStringLiteral("bits"), T::Bits, true}}},
        {QStringLiteral("implicit_tls"), implicitTls, {}},
        {QStringLiteral("groups_allowed"), groupsAllowed, {{QStringLiteral("groups"), T::Groups, true}}},
        {QStringLiteral("hygiene"), hygiene,
         {{QStringLiteral("key"), T::HygieneKey, true}, {QStringLiteral("expect"), T::Boolean, true}}},
        {QStringLiteral("outbound_sending"), outboundSending, {{QStringLiteral("check"), T::OutboundCheck, true}}},
    };
    return table;
}

Check checkNamed(const QString &name)
{
    for (const RegisteredCheck &c : checkRegistry()) {
        if (c.name == name)
            return c.check;
    }
    return {};
}

} // namespace policy_check

const QList<CheckSpec> &policyChecks()
{
    static const QList<CheckSpec> specs = [] {
        QList<CheckSpec> list;
        for (const policy_check::RegisteredCheck &c : policy_check::checkRegistry())
            list.append({c.name, c.params});
        return list;
    }();
    return specs;
}

QStringList policyCheckNames()
{
    QStringList names;
    for (const policy_check::RegisteredCheck &c : policy_check::checkRegistry())
        names << c.name;
    return names;
}

} // namespace mailtls
