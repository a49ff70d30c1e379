// The check of an outbound link's sending side: what its relay did as a
// client of the test receiver (app/evidence/outbound_verdict.h), as recorded
// in the workspace's outbound tests. The relay's newest test that decided
// the check speaks; a relay never tested, a check no test asked (the
// fallback and certificate checks need a test toward a destination that
// requires TLS) and a check its tests left undecided are incomplete, never
// a pass. The receiving endpoint's probe result plays no part: a relay's
// server side says nothing of what it does as a client.

#include "app/policy/policy_check.h"

#include "app/evidence/outbound_verdict.h"

#include <QCoreApplication>

namespace mailtls::policy_check {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Policy)
};

const QString kKind = QStringLiteral("outbound");

Outcome incomplete(const QString &why)
{
    return Outcome{Verdict::Incomplete, {{kKind, why}}, {}};
}

} // namespace

Outcome outboundSending(const CheckInput &in)
{
    if (in.link.kind != LinkKind::Outbound)
        return Outcome{Verdict::NotApplicable, {}, {}};
    const std::optional<OutboundCheckId> id =
        outboundCheckFromKey(in.rule.params.value(QLatin1StringView("check")).toString());
    if (!id)
        return incomplete(Tr::tr("the rule names no outbound check"));
    const QList<OutboundTest> tests = in.index.outboundTests(in.link.from);
    if (tests.isEmpty())
        return incomplete(Tr::tr("the relay was never tested as a sender: run 'mailtls-auditor receiver "
                                 "--workspace' and send a message through the relay to it"));
    const SendingCheck c = sendingCheck(tests, *id);
    if (!c.record) {
        const bool needsPolicy =
            *id == OutboundCheckId::NoFallbackWhenRequired || *id == OutboundCheckId::ChecksCertificateWhenRequired;
        return incomplete(needsPolicy ? Tr::tr("the relay was not tested toward a destination that requires TLS "
                                               "(the receiver's --policy requires-tls)")
                                      : Tr::tr("no test of the relay asked this"));
    }
    const QString when = c.test->testedAt.toString(Qt::ISODate);
    const QString from = c.test->ehlo.isEmpty() ? c.test->clientAddress
                                                : Tr::tr("%1, EHLO %2").arg(c.test->clientAddress, c.test->ehlo);
    const QString line = Tr::tr("%1 (test receiver, %2, from %3)").arg(outboundEvidenceText(*c.record), when, from);
    if (!c.record->passed)
        return incomplete(Tr::tr("undecided: %1").arg(line));
    return Outcome{*c.record->passed ? Verdict::Pass : Verdict::Fail, {{kKind, line}}, {}};
}

} // namespace mailtls::policy_check
