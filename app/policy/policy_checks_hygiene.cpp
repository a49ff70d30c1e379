// The check of the TLS hygiene answers (policy_check.h): one answer of the
// probe's hygiene checks (probes/hygiene/hygiene.h), by its key, against the
// good value a rule expects. An undecided answer, or a result without the
// hygiene checks (probed before they existed, or with them off), is
// incomplete, never a pass. For OCSP stapling, a stapled response passes only
// when it is good: signed, fresh, for this certificate and not revoked.

#include "app/policy/policy_check.h"

#include "app/evidence/hygiene_labels.h"

#include <QCoreApplication>

namespace mailtls::policy_check {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::Policy)
};

const QString kKind = QStringLiteral("hygiene");

// The check's evidence lines, each after the check's name; its value in words when it kept none.
QList<Evidence> linesOf(const QString &label, const HygieneCheck &c)
{
    QList<Evidence> out;
    for (const QString &line : c.evidence)
        out.append({kKind, Tr::tr("%1: %2").arg(label, line)});
    if (out.isEmpty())
        out.append({kKind, Tr::tr("%1: %2").arg(label, hygieneValueText(c.value))});
    return out;
}

} // namespace

Outcome hygiene(const CheckInput &in)
{
    if (auto o = notAskedOrNoTls(in.result))
        return *o;
    const EndpointResult &r = *in.result;
    const QString key = in.rule.params.value(QLatin1StringView("key")).toString();
    const bool expect = in.rule.params.value(QLatin1StringView("expect")).toBool();
    const QString label = hygieneLabel(key);
    if (!r.hygiene)
        return {Verdict::Incomplete,
                {{kKind, Tr::tr("%1: not checked: this result has no TLS hygiene checks (probed before they "
                                "existed, with them off, or stopped before them)")
                             .arg(label)}},
                {}};
    const HygieneCheck *c = r.hygiene->check(key);
    if (!c || !c->value) {
        Outcome o{Verdict::Incomplete, {}, {}};
        const QString why = c && !c->note.isEmpty() ? c->note : Tr::tr("no answer");
        o.evidence.append({kKind, Tr::tr("%1: undecided: %2").arg(label, why)});
        if (c) {
            for (const QString &line : c->evidence)
                o.evidence.append({kKind, Tr::tr("%1: %2").arg(label, line)});
        }
        return o;
    }
    // Nothing stapled by a certificate that names no OCSP responder: there is
    // nothing the server could staple (CAs that dropped OCSP).
    if (key == QLatin1StringView("ocsp_stapling") && expect && !*c->value &&
        r.hygiene->ocsp.responderNamed == std::optional<bool>(false))
        return {Verdict::NotApplicable, linesOf(label, *c), {}};
    if (*c->value != expect)
        return {Verdict::Fail, linesOf(label, *c), {}};
    // A stapled response is good only when it is an answer, signed, fresh, for
    // this certificate and saying "good": a revoked or stale staple fails.
    if (key == QLatin1StringView("ocsp_stapling") && expect) {
        const StapleJudgement j = judgeStaple(r.hygiene->ocsp);
        if (!j.problems.isEmpty() || !j.undecided.isEmpty()) {
            Outcome o{j.problems.isEmpty() ? Verdict::Incomplete : Verdict::Fail, {}, {}};
            for (const QString &p : j.problems.isEmpty() ? j.undecided : j.problems)
                o.evidence.append({kKind, Tr::tr("%1: %2").arg(label, p)});
            return o;
        }
    }
    Outcome o{Verdict::Pass, linesOf(label, *c), {}};
    if (!c->note.isEmpty())
        o.evidence.append({kKind, Tr::tr("%1: %2").arg(label, c->note)});
    return o;
}

} // namespace mailtls::policy_check
