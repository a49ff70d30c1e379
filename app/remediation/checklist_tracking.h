#pragma once

// Checklist items carried from one audit to the next. Each finding (a rule on
// an endpoint, for one profile) becomes an item; people move it through
// open -> in progress -> done, and the audits decide the rest:
//   - a later audit where the rule passes on that endpoint verifies it;
//   - a later audit that finds it again after it was verified reopens it
//     (a regression, counted), and so does one that still finds it after it
//     was marked done;
//   - a finding accepted in the exceptions register is "accepted risk" until
//     the acceptance lapses, then open again.
// A rule that could not be decided (incomplete) changes nothing. Every change
// is an event, kept by the store, so the history shows when each item moved.
//
// Pure functions over values; the store (AuditStore::checklist*) keeps them.

#include "app/remediation/risk_register.h"

#include <QDateTime>

namespace mailtls {

enum class ItemState { Open, InProgress, Done, Verified, AcceptedRisk };

QString itemStateKey(ItemState state); // "open", "in_progress", "done", "verified", "accepted_risk"
std::optional<ItemState> itemStateFromKey(QStringView key);
QString itemStateLabel(ItemState state); // translated
QList<ItemState> allItemStates();
// The states people set by hand: verified comes from audits, accepted risk from the register.
bool isSettableByUser(ItemState state);

struct TrackedItem
{
    QString profile;
    QString rule;
    QString endpoint;          // EndpointRef text as findings name it
    ItemState state = ItemState::Open;
    QString note;              // the last note someone wrote
    qint64 firstSeenRun = 0;   // the run that found it first
    qint64 lastSeenRun = 0;    // the latest run that found it
    qint64 verifiedRun = 0;    // the run that verified it (0: not verified)
    int regressions = 0;       // times it came back after being verified
    QDateTime updatedAt;       // UTC, the last change of state

    // "M1.6@mx2/smtp:25": how people name an item on the command line.
    QString key() const { return rule + u'@' + endpoint; }
    bool operator==(const TrackedItem &) const = default;
};

// Why an item changed.
enum class ItemChange { Found, Verified, Regressed, StillFound, Accepted, AcceptanceLapsed, SetByUser };
QString itemChangeKey(ItemChange change); // "found", "verified", ...
std::optional<ItemChange> itemChangeFromKey(QStringView key);
QString itemChangeLabel(ItemChange change); // translated

struct ItemEvent
{
    QString profile;
    QString rule;
    QString endpoint;
    QDateTime at;   // UTC
    qint64 run = 0; // the audit run that caused it; 0 when a person did
    std::optional<ItemState> from; // none for a new item
    ItemState to = ItemState::Open;
    ItemChange change = ItemChange::Found;
    QString note;
    bool operator==(const ItemEvent &) const = default;
};

struct Reconciliation
{
    QList<TrackedItem> items;  // every item, changed or not
    QList<ItemEvent> events;   // what changed, in order
    QList<TrackedItem> changed() const; // the items an event names
};

// Brings the items of one profile up to date with an audit run's evaluation.
// run and runStarted: the run the evaluation checked; a mark of "done" counts
// only against runs that started after it. today decides lapsed acceptances.
Reconciliation reconcileChecklist(const QList<TrackedItem> &items, const Evaluation &evaluation, qint64 run,
                                  const QDateTime &runStarted, const QList<RiskAcceptance> &register_, QDate today);

// A person's change: open, in progress or done, with a note. Returns the
// event, or nothing and *error (translated) when the state is not one a person sets.
std::optional<ItemEvent> setItemState(TrackedItem &item, ItemState state, const QString &note, const QDateTime &now,
                                      QString *error);

} // namespace mailtls
