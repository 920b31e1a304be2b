//! Rules every stored workspace must satisfy. `dealdeck check` reports any
//! breach; property tests assert none ever appears.

use super::*;
use chrono::{DateTime, Utc};
use std::collections::{HashMap, HashSet};
use std::fmt;

/// One breached rule, named by the record it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub record: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}",
            t!(
                "dom-check-problem",
                record = self.record.as_str(),
                message = self.message.as_str()
            )
        )
    }
}

/// What the rules read of a stage event: small enough that a check can hold
/// every event of a million-deal workspace at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventStep {
    pub id: EventId,
    pub deal: DealId,
    pub from: Option<StageId>,
    pub to: StageId,
    pub at: DateTime<Utc>,
    pub reverts: Option<EventId>,
}

impl From<&StageEvent> for EventStep {
    fn from(e: &StageEvent) -> Self {
        EventStep {
            id: e.id,
            deal: e.deal,
            from: e.from,
            to: e.to,
            at: e.at,
            reverts: e.reverts,
        }
    }
}

/// The events of one deal with undone moves cancelled out: every event that
/// reverts an earlier one is dropped together with the one it reverts.
/// `events` must be in the order they happened (ascending id).
pub fn effective_events(events: &[EventStep]) -> Vec<&EventStep> {
    let reverted: HashSet<EventId> = events.iter().filter_map(|e| e.reverts).collect();
    events
        .iter()
        .filter(|e| e.reverts.is_none() && !reverted.contains(&e.id))
        .collect()
}

/// Stage events by deal, handed out deal by deal: deals asked for in
/// ascending order are found by stepping forward, others by search.
pub struct EventsByDeal {
    steps: Vec<EventStep>,
    next: usize,
}

impl EventsByDeal {
    pub fn new(mut steps: Vec<EventStep>) -> Self {
        steps.sort_unstable_by_key(|e| (e.deal, e.id));
        EventsByDeal { steps, next: 0 }
    }

    /// Every event, by deal.
    pub fn all(&self) -> &[EventStep] {
        &self.steps
    }

    /// The deal's events in the order they happened.
    pub fn of(&mut self, deal: DealId) -> &[EventStep] {
        let steps = &self.steps;
        let behind = self.next > 0 && steps[self.next - 1].deal >= deal;
        let mut start = if behind { 0 } else { self.next };
        // A few steps forward find the next deal; further away, a search.
        let near = steps[start..].iter().take(16).position(|e| e.deal >= deal);
        start = match near {
            Some(ahead) => start + ahead,
            None => start + steps[start..].partition_point(|e| e.deal < deal),
        };
        let end = start + steps[start..].partition_point(|e| e.deal == deal);
        self.next = end;
        &steps[start..end]
    }
}

/// Every rule over a whole workspace.
pub fn check_workspace(ws: &Workspace) -> Vec<Problem> {
    let mut check = WorkspaceCheck::new(&ws.pipelines, &ws.owners);
    ws.accounts.iter().for_each(|a| check.account(a));
    ws.contacts.iter().for_each(|c| check.contact(c));
    let mut events = EventsByDeal::new(ws.stage_events.iter().map(EventStep::from).collect());
    for deal in &ws.deals {
        check.deal(deal, events.of(deal.id));
    }
    events.all().iter().for_each(|e| check.stage_event(e));
    ws.activities.iter().for_each(|a| check.activity(a));
    ws.quotes.iter().for_each(|q| check.quote(q));
    ws.leads.iter().for_each(|l| check.lead(l));
    ws.lead_events.iter().for_each(|e| check.lead_event(e));
    ws.reviews.iter().for_each(|r| check.review(r));
    ws.improvement_actions
        .iter()
        .for_each(|a| check.improvement_action(a));
    check.finish()
}

/// The workspace's rules, fed one record at a time so a store can check a
/// workspace larger than it would hold in memory. Records go in kind by kind,
/// in the order of the methods (each kind's rules look up the kinds before
/// it): accounts, contacts, deals with their events, the events again, then
/// activities, quotes, leads, lead events, reviews, improvement actions.
pub struct WorkspaceCheck<'a> {
    stages: HashMap<StageId, (&'a Pipeline, &'a Stage)>,
    owners: HashSet<OwnerId>,
    accounts: HashSet<AccountId>,
    /// Accounts in the order they came, with their parents.
    account_order: Vec<(AccountId, Option<AccountId>)>,
    parents: HashMap<AccountId, AccountId>,
    contacts: HashSet<ContactId>,
    deals: HashSet<DealId>,
    leads: HashSet<LeadId>,
    reviews: HashSet<ReviewId>,
    /// Each with where it stands in the report (see [`Part`]).
    problems: Vec<(Part, u64, Problem)>,
}

/// The order `check` lists problems in, part by part (within a part, in the
/// order the records came, events by id, accounts with their parents).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Part {
    EventsWithoutDeal,
    Deals,
    Contacts,
    Accounts,
    LeadEvents,
    ParentLoops,
    Activities,
    Quotes,
    Reviews,
    Actions,
}

impl<'a> WorkspaceCheck<'a> {
    pub fn new(pipelines: &'a [Pipeline], owners: &[Owner]) -> Self {
        WorkspaceCheck {
            stages: pipelines
                .iter()
                .flat_map(|p| p.stages.iter().map(move |s| (s.id, (p, s))))
                .collect(),
            owners: owners.iter().map(|o| o.id).collect(),
            accounts: HashSet::new(),
            account_order: Vec::new(),
            parents: HashMap::new(),
            contacts: HashSet::new(),
            deals: HashSet::new(),
            leads: HashSet::new(),
            reviews: HashSet::new(),
            problems: Vec::new(),
        }
    }

    fn flag(&mut self, part: Part, record: String, message: String) {
        self.flag_at(part, 0, record, message);
    }

    fn flag_at(&mut self, part: Part, place: u64, record: String, message: String) {
        self.problems
            .push((part, place, Problem { record, message }));
    }

    /// Flags each message against one record, naming it only when there is
    /// something to say (a name is worded per record, a million times a check).
    fn flag_all(&mut self, part: Part, record: impl Fn() -> String, messages: Vec<String>) {
        for message in messages {
            self.flag(part, record(), message);
        }
    }

    pub fn account(&mut self, account: &Account) {
        let place = self.account_order.len() as u64;
        self.accounts.insert(account.id);
        self.account_order.push((account.id, account.parent));
        if let Some(parent) = account.parent {
            self.parents.insert(account.id, parent);
        }
        if let Err(e) = validate_account(account) {
            let record = t!("dom-check-account", id = account.id.to_string());
            self.flag_at(Part::Accounts, place, record, e.to_string());
        }
    }

    pub fn contact(&mut self, contact: &Contact) {
        self.contacts.insert(contact.id);
        let name = || t!("dom-check-contact", id = contact.id.to_string());
        if let Err(e) = validate_contact(contact) {
            self.flag(Part::Contacts, name(), e.to_string());
        }
        if !self.accounts.contains(&contact.account) {
            let message = t!("dom-check-no-account", id = contact.account.to_string());
            self.flag(Part::Contacts, name(), message);
        }
    }

    /// A deal with its stage events, in the order they happened.
    pub fn deal(&mut self, deal: &Deal, events: &[EventStep]) {
        // A second record with the same id has no events of its own.
        let events = if self.deals.insert(deal.id) {
            events
        } else {
            &[]
        };
        let mut found = Vec::new();
        if let Err(e) = validate_deal(deal) {
            found.push(e.to_string());
        }
        if !self.accounts.contains(&deal.account) {
            found.push(t!("dom-check-no-account", id = deal.account.to_string()));
        }
        if !self.owners.contains(&deal.owner) {
            found.push(t!("dom-check-no-owner", id = deal.owner.to_string()));
        }
        if let Some(c) = deal.primary_contact
            && !self.contacts.contains(&c)
        {
            found.push(t!("dom-check-no-primary-contact", id = c.to_string()));
        }
        self.deal_stage_and_events(deal, events, &mut found);
        let name = || t!("dom-check-deal", id = deal.id.to_string());
        self.flag_all(Part::Deals, name, found);
    }

    fn deal_stage_and_events(&self, deal: &Deal, events: &[EventStep], found: &mut Vec<String>) {
        let Some(&(pipeline, stage)) = self.stages.get(&deal.stage) else {
            found.push(t!("dom-check-no-stage", id = deal.stage.to_string()));
            return;
        };
        if pipeline.id != deal.pipeline {
            found.push(t!(
                "dom-check-stage-not-in-pipeline",
                stage = stage.name.as_str(),
                pipeline = deal.pipeline.to_string()
            ));
        }
        let expected_status = match stage.kind {
            StageKind::Open => DealStatus::Open,
            StageKind::Won => DealStatus::Won,
            StageKind::Lost => DealStatus::Lost,
        };
        if deal.status != expected_status {
            found.push(t!(
                "dom-check-status-disagrees",
                status = deal.status.label(),
                stage = stage.name.as_str()
            ));
        }
        // An imported loss without a reason stays unclassified until triaged.
        if deal.status == DealStatus::Lost && deal.loss.is_none() && deal.external_id.is_none() {
            found.push(t!("dom-check-lost-without-record"));
        }
        let Some(first) = events.first() else {
            found.push(t!("dom-check-no-events"));
            return;
        };
        if first.from.is_some() {
            found.push(t!("dom-check-first-event"));
        }
        for pair in events.windows(2) {
            let (event, previous) = (pair[1].id.to_string(), pair[0].id.to_string());
            if pair[1].from != Some(pair[0].to) {
                found.push(t!(
                    "dom-check-event-gap",
                    event = event.as_str(),
                    previous = previous.as_str()
                ));
            }
            if pair[1].at < pair[0].at {
                found.push(t!(
                    "dom-check-event-order",
                    event = event,
                    previous = previous
                ));
            }
        }
        for e in events {
            if !self.stages.contains_key(&e.to) {
                found.push(t!(
                    "dom-check-event-unknown-stage",
                    event = e.id.to_string(),
                    stage = e.to.to_string()
                ));
            }
        }
        if let Some(last) = events.last()
            && last.to != deal.stage
        {
            found.push(t!(
                "dom-check-stage-vs-last-event",
                stage = stage.name.as_str()
            ));
        }
        match effective_events(events).last() {
            Some(last) if last.at != deal.stage_entered_at => {
                found.push(t!("dom-check-entry-time"))
            }
            None => found.push(t!("dom-check-all-undone")),
            _ => {}
        }
    }

    /// Every stage event, once all deals are in: its deal must exist.
    pub fn stage_event(&mut self, event: &EventStep) {
        if !self.deals.contains(&event.deal) {
            self.flag_at(
                Part::EventsWithoutDeal,
                event.id.0,
                t!("dom-check-event", id = event.id.to_string()),
                t!("dom-check-missing-deal", deal = event.deal.to_string()),
            );
        }
    }

    pub fn activity(&mut self, activity: &Activity) {
        if let Some(d) = activity.deal
            && !self.deals.contains(&d)
        {
            self.flag(
                Part::Activities,
                t!("dom-check-activity", id = activity.id.to_string()),
                t!("dom-check-no-deal", id = d.to_string()),
            );
        }
    }

    pub fn quote(&mut self, quote: &Quote) {
        if !self.deals.contains(&quote.deal) {
            self.flag(
                Part::Quotes,
                t!("dom-check-quote", id = quote.id.to_string()),
                t!("dom-check-no-deal", id = quote.deal.to_string()),
            );
        }
        for v in &quote.versions {
            for line in &v.lines {
                if let Err(e) = validate_quote_line(line) {
                    self.flag(
                        Part::Quotes,
                        t!(
                            "dom-check-quote-version",
                            id = quote.id.to_string(),
                            version = v.version.to_string()
                        ),
                        e.to_string(),
                    );
                }
            }
        }
    }

    pub fn lead(&mut self, lead: &Lead) {
        self.leads.insert(lead.id);
    }

    /// A lead's history belongs to a lead.
    pub fn lead_event(&mut self, event: &LeadEvent) {
        if !self.leads.contains(&event.lead) {
            self.flag(
                Part::LeadEvents,
                t!("dom-check-lead-event", id = event.id.to_string()),
                t!("dom-check-no-lead", id = event.lead.to_string()),
            );
        }
    }

    pub fn review(&mut self, review: &Review) {
        self.reviews.insert(review.id);
        let mut found = Vec::new();
        if !(1..=8).contains(&review.step) {
            found.push(t!("dom-check-review-step", step = review.step.to_string()));
        }
        if review.period_end < review.period_start {
            found.push(t!("dom-check-period-order"));
        }
        if review.is_finished() != review.finished_at.is_some() {
            found.push(t!("dom-check-finished"));
        }
        for d in &review.lost_deals {
            if !self.deals.contains(d) {
                found.push(t!("dom-check-lists-missing-deal", id = d.to_string()));
            }
        }
        let lost: HashSet<DealId> = review.lost_deals.iter().copied().collect();
        for t in &review.triaged {
            if !lost.contains(&t.deal) {
                found.push(t!("dom-check-triaged-not-lost", id = t.deal.to_string()));
            }
        }
        let name = || t!("dom-check-review", id = review.id.to_string());
        self.flag_all(Part::Reviews, name, found);
    }

    pub fn improvement_action(&mut self, action: &ImprovementAction) {
        let mut found = Vec::new();
        if !self.reviews.contains(&action.review) {
            found.push(t!("dom-check-no-review", id = action.review.to_string()));
        }
        if !self.owners.contains(&action.owner) {
            found.push(t!("dom-check-no-owner", id = action.owner.to_string()));
        }
        if action
            .history
            .last()
            .is_some_and(|h| h.status != action.status)
        {
            found.push(t!("dom-check-action-history"));
        }
        let name = || t!("dom-check-action", id = action.id.to_string());
        self.flag_all(Part::Actions, name, found);
    }

    /// The rules that need every account: parents exist, and parent chains
    /// end (a cycle would hang every account tree). Then every problem, in
    /// the order `check` lists them.
    pub fn finish(mut self) -> Vec<Problem> {
        let order = std::mem::take(&mut self.account_order);
        for (place, (account, parent)) in order.into_iter().enumerate() {
            let Some(parent) = parent else { continue };
            let name = || t!("dom-check-account", id = account.to_string());
            if !self.accounts.contains(&parent) {
                let message = t!("dom-check-no-parent", id = parent.to_string());
                self.flag_at(Part::Accounts, place as u64, name(), message);
            }
            let mut seen = HashSet::from([account]);
            let mut at = account;
            while let Some(&next) = self.parents.get(&at) {
                if !seen.insert(next) {
                    let message = t!("dom-check-parent-loop");
                    self.flag_at(Part::ParentLoops, place as u64, name(), message);
                    break;
                }
                at = next;
            }
        }
        // Stable: problems of one place keep the order they were found in.
        self.problems
            .sort_by_key(|(part, place, _)| (*part, *place));
        self.problems.into_iter().map(|(_, _, p)| p).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn account(id: u64, parent: Option<u64>) -> Account {
        let t = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        Account {
            parent: parent.map(AccountId),
            ..Account::prospect(AccountId(id), &format!("Account {id}"), t)
        }
    }

    #[test]
    fn parent_cycles_and_missing_parents_are_reported() {
        let ws = Workspace {
            accounts: vec![
                account(1, Some(2)),
                account(2, Some(1)),
                account(3, Some(9)),
                account(4, Some(3)),
            ],
            ..Workspace::default()
        };
        let problems: Vec<String> = check_workspace(&ws).iter().map(|p| p.to_string()).collect();
        assert!(problems.contains(&"account 1: its parent chain loops back on itself".to_string()));
        assert!(problems.contains(&"account 2: its parent chain loops back on itself".to_string()));
        assert!(problems.contains(&"account 3: parent account 9 does not exist".to_string()));
        assert_eq!(problems.len(), 3, "{problems:?}");
    }

    #[test]
    fn undone_moves_cancel_out() {
        let t = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let ev = |id: u64, from: Option<u64>, to: u64, reverts: Option<u64>| StageEvent {
            id: EventId(id),
            deal: DealId(1),
            from: from.map(StageId),
            to: StageId(to),
            at: t,
            by: String::new(),
            gate_overrides: vec![],
            reverts: reverts.map(EventId),
            imported: false,
        };
        let events = [
            ev(1, None, 1, None),
            ev(2, Some(1), 2, None),
            ev(3, Some(2), 1, Some(2)),
            ev(4, Some(1), 3, None),
        ];
        let steps: Vec<EventStep> = events.iter().map(EventStep::from).collect();
        let ids: Vec<u64> = effective_events(&steps).iter().map(|e| e.id.0).collect();
        assert_eq!(ids, [1, 4]);
    }
}
