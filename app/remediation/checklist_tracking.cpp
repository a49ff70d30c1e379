#include "app/remediation/checklist_tracking.h"

#include <QCoreApplication>
#include <QHash>

namespace mailtls {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mailtls::ChecklistTracking)
};

struct StateName
{
    ItemState state;
    const char *key;
};

constexpr StateName kStates[] = {
    {ItemState::Open, "open"},           {ItemState::InProgress, "in_progress"},
    {ItemState::Done, "done"},           {ItemState::Verified, "verified"},
    {ItemState::AcceptedRisk, "accepted_risk"},
};

struct ChangeName
{
    ItemChange change;
    const char *key;
};

constexpr ChangeName kChanges[] = {
    {ItemChange::Found, "found"},
    {ItemChange::Verified, "verified"},
    {ItemChange::Regressed, "regressed"},
    {ItemChange::StillFound, "still_found"},
    {ItemChange::Accepted, "accepted"},
    {ItemChange::AcceptanceLapsed, "acceptance_lapsed"},
    {ItemChange::SetByUser, "set_by_user"},
};

QString itemKey(const QString &rule, const QString &endpoint) { return rule + u'@' + endpoint; }

} // namespace

QString itemStateKey(ItemState state)
{
    for (const StateName &s : kStates) {
        if (s.state == state)
            return QString::fromLatin1(s.key);
    }
    return {};
}

std::optional<ItemState> itemStateFromKey(QStringView key)
{
    for (const StateName &s : kStates) {
        if (key == QLatin1StringView(s.key))
            return s.state;
    }
    return std::nullopt;
}

QString itemStateLabel(ItemState state)
{
    switch (state) {
    case ItemState::Open:
        return Tr::tr("open");
    case ItemState::InProgress:
        return Tr::tr("in progress");
    case ItemState::Done:
        return Tr::tr("done");
    case ItemState::Verified:
        return Tr::tr("verified");
    case ItemState::AcceptedRisk:
        return Tr::tr("accepted risk");
    }
    return {};
}

QList<ItemState> allItemStates()
{
    QList<ItemState> list;
    for (const StateName &s : kStates)
        list.append(s.state);
    return list;
}

bool isSettableByUser(ItemState state)
{
    return state == ItemState::Open || state == ItemState::InProgress || state == ItemState::Done;
}

QString itemChangeKey(ItemChange change)
{
    for (const ChangeName &c : kChanges) {
        if (c.change == change)
            return QString::fromLatin1(c.key);
    }
    return {};
}

std::optional<ItemChange> itemChangeFromKey(QStringView key)
{
    for (const ChangeName &c : kChanges) {
        if (key == QLatin1StringView(c.key))
            return c.change;
    }
    return std::nullopt;
}

QString itemChangeLabel(ItemChange change)
{
    switch (change) {
    case ItemChange::Found:
        return Tr::tr("found by an audit");
    case ItemChange::Verified:
        return Tr::tr("verified: the audit no longer finds it");
    case ItemChange::Regressed:
        return Tr::tr("regression: found again after it was verified");
    case ItemChange::StillFound:
        return Tr::tr("still found after it was marked done");
    case ItemChange::Accepted:
        return Tr::tr("accepted as a risk");
    case ItemChange::AcceptanceLapsed:
        return Tr::tr("the accepted risk lapsed");
    case ItemChange::SetByUser:
        return Tr::tr("changed by hand");
    }
    return {};
}

QList<TrackedItem> Reconciliation::changed() const
{
    QSet<QString> keys;
    for (const ItemEvent &e : events)
        keys.insert(itemKey(e.rule, e.endpoint));
    QList<TrackedItem> list;
    for (const TrackedItem &item : items) {
        if (keys.contains(item.key()))
            list.append(item);
    }
    return list;
}

Reconciliation reconcileChecklist(const QList<TrackedItem> &items, const Evaluation &evaluation, qint64 run,
                                  const QDateTime &runStarted, const QList<RiskAcceptance> &register_, QDate today)
{
    Reconciliation out;
    out.items = items;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < out.items.size(); ++i) {
        if (out.items.at(i).profile == evaluation.profileId)
            index.insert(out.items.at(i).key(), i);
    }
    const auto move = [&](TrackedItem &item, ItemState to, ItemChange change) {
        out.events.append({item.profile, item.rule, item.endpoint, runStarted, run, item.state, to, change, {}});
        item.state = to;
        item.updatedAt = runStarted;
    };

    // Findings: new items, regressions, acceptances.
    QSet<QString> failing;
    for (const TriagedFinding &t : triageFindings(evaluation, register_, today)) {
        const RuleResult &f = t.finding;
        const QString key = itemKey(f.ruleId, f.endpoint);
        failing.insert(key);
        const ItemState wanted = t.accepted() ? ItemState::AcceptedRisk : ItemState::Open;
        auto it = index.constFind(key);
        if (it == index.cend()) {
            TrackedItem item{evaluation.profileId, f.ruleId, f.endpoint, wanted, {}, run, run, 0, 0, runStarted};
            out.events.append({item.profile, item.rule, item.endpoint, runStarted, run, std::nullopt, wanted,
                               t.accepted() ? ItemChange::Accepted : ItemChange::Found, {}});
            index.insert(key, out.items.size());
            out.items.append(item);
            continue;
        }
        TrackedItem &item = out.items[*it];
        // An older run than the item already knows tells nothing new.
        if (run < item.lastSeenRun || (item.verifiedRun && run < item.verifiedRun))
            continue;
        item.lastSeenRun = run;
        if (t.accepted()) {
            if (item.state != ItemState::AcceptedRisk)
                move(item, ItemState::AcceptedRisk, ItemChange::Accepted);
            continue;
        }
        switch (item.state) {
        case ItemState::Verified:
            item.regressions += 1;
            item.verifiedRun = 0;
            move(item, ItemState::Open, ItemChange::Regressed);
            break;
        case ItemState::AcceptedRisk:
            move(item, ItemState::Open, ItemChange::AcceptanceLapsed);
            break;
        case ItemState::Done:
            // Only an audit that started after the mark judges the fix.
            if (!item.updatedAt.isValid() || runStarted > item.updatedAt)
                move(item, ItemState::Open, ItemChange::StillFound);
            break;
        case ItemState::Open:
        case ItemState::InProgress:
            break;
        }
    }

    // Passing rules verify the items they name.
    for (const RuleResult &r : evaluation.results) {
        if (r.verdict != Verdict::Pass && r.verdict != Verdict::NotApplicable)
            continue;
        const QString key = itemKey(r.ruleId, r.endpoint);
        if (failing.contains(key))
            continue;
        auto it = index.constFind(key);
        if (it == index.cend())
            continue;
        TrackedItem &item = out.items[*it];
        if (item.state == ItemState::Verified || run < item.lastSeenRun)
            continue;
        item.verifiedRun = run;
        move(item, ItemState::Verified, ItemChange::Verified);
    }
    return out;
}

std::optional<ItemEvent> setItemState(TrackedItem &item, ItemState state, const QString &note, const QDateTime &now,
                                      QString *error)
{
    if (!isSettableByUser(state)) {
        *error = state == ItemState::Verified
                     ? Tr::tr("'verified' is set by an audit that no longer finds the item")
                     : Tr::tr("a risk is accepted in the exceptions register (the 'accept' command), with a "
                              "justification, an owner and an expiry date");
        return std::nullopt;
    }
    ItemEvent e{item.profile, item.rule, item.endpoint, now, 0, item.state, state, ItemChange::SetByUser, note};
    item.state = state;
    item.note = note;
    item.updatedAt = now;
    return e;
}

} // namespace mailtls
