//! Rules every stored workspace must satisfy. `dealdeck check` reports any
//! breach; property tests assert none ever appears.

use super::*;
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

/// The events of one deal with undone moves cancelled out: every event that
/// reverts an earlier one is dropped together with the one it reverts.
/// `events` must be in the order they happened (ascending id).
pub fn effective_events<'a>(events: &[&'a StageEvent]) -> Vec<&'a StageEvent> {
    let reverted: HashSet<EventId> = events.iter().filter_map(|e| e.reverts).collect();
    events
        .iter()
        .copied()
        .filter(|e| e.reverts.is_none() && !reverted.contains(&e.id))
        .collect()
}

pub fn check_workspace(ws: &Workspace) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut flag = |record: String, message: String| problems.push(Problem { record, message });

    let stages: HashMap<StageId, (&Pipeline, &Stage)> = ws
        .pipelines
        .iter()
        .flat_map(|p| p.stages.iter().map(move |s| (s.id, (p, s))))
        .collect();
    let accounts: HashSet<AccountId> = ws.accounts.iter().map(|a| a.id).collect();
    let owners: HashSet<OwnerId> = ws.owners.iter().map(|o| o.id).collect();
    let contacts: HashMap<ContactId, &Contact> = ws.contacts.iter().map(|c| (c.id, c)).collect();
    let deal_ids: HashSet<DealId> = ws.deals.iter().map(|d| d.id).collect();

    let mut events_by_deal: HashMap<DealId, Vec<&StageEvent>> = HashMap::new();
    for e in &ws.stage_events {
        events_by_deal.entry(e.deal).or_default().push(e);
        if !deal_ids.contains(&e.deal) {
            flag(
                t!("dom-check-event", id = e.id.to_string()),
                t!("dom-check-missing-deal", deal = e.deal.to_string()),
            );
        }
    }

    for deal in &ws.deals {
        let name = t!("dom-check-deal", id = deal.id.to_string());
        if let Err(e) = validate_deal(deal) {
            flag(name.clone(), e.to_string());
        }
        if !accounts.contains(&deal.account) {
            flag(
                name.clone(),
                t!("dom-check-no-account", id = deal.account.to_string()),
            );
        }
        if !owners.contains(&deal.owner) {
            flag(
                name.clone(),
                t!("dom-check-no-owner", id = deal.owner.to_string()),
            );
        }
        if let Some(c) = deal.primary_contact
            && !contacts.contains_key(&c)
        {
            flag(
                name.clone(),
                t!("dom-check-no-primary-contact", id = c.to_string()),
            );
        }
        let Some(&(pipeline, stage)) = stages.get(&deal.stage) else {
            flag(
                name.clone(),
                t!("dom-check-no-stage", id = deal.stage.to_string()),
            );
            continue;
        };
        if pipeline.id != deal.pipeline {
            flag(
                name.clone(),
                t!(
                    "dom-check-stage-not-in-pipeline",
                    stage = stage.name.as_str(),
                    pipeline = deal.pipeline.to_string()
                ),
            );
        }
        let expected_status = match stage.kind {
            StageKind::Open => DealStatus::Open,
            StageKind::Won => DealStatus::Won,
            StageKind::Lost => DealStatus::Lost,
        };
        if deal.status != expected_status {
            flag(
                name.clone(),
                t!(
                    "dom-check-status-disagrees",
                    status = deal.status.label(),
                    stage = stage.name.as_str()
                ),
            );
        }
        // An imported loss without a reason stays unclassified until triaged.
        if deal.status == DealStatus::Lost && deal.loss.is_none() && deal.external_id.is_none() {
            flag(name.clone(), t!("dom-check-lost-without-record"));
        }

        let mut events = events_by_deal.remove(&deal.id).unwrap_or_default();
        events.sort_by_key(|e| e.id);
        let Some(first) = events.first() else {
            flag(name.clone(), t!("dom-check-no-events"));
            continue;
        };
        if first.from.is_some() {
            flag(name.clone(), t!("dom-check-first-event"));
        }
        for pair in events.windows(2) {
            if pair[1].from != Some(pair[0].to) {
                flag(
                    name.clone(),
                    t!(
                        "dom-check-event-gap",
                        event = pair[1].id.to_string(),
                        previous = pair[0].id.to_string()
                    ),
                );
            }
            if pair[1].at < pair[0].at {
                flag(
                    name.clone(),
                    t!(
                        "dom-check-event-order",
                        event = pair[1].id.to_string(),
                        previous = pair[0].id.to_string()
                    ),
                );
            }
        }
        for e in &events {
            if !stages.contains_key(&e.to) {
                flag(
                    name.clone(),
                    t!(
                        "dom-check-event-unknown-stage",
                        event = e.id.to_string(),
                        stage = e.to.to_string()
                    ),
                );
            }
        }
        if let Some(last) = events.last()
            && last.to != deal.stage
        {
            flag(
                name.clone(),
                t!("dom-check-stage-vs-last-event", stage = stage.name.as_str()),
            );
        }
        let effective = effective_events(&events);
        match effective.last() {
            Some(last) if last.at != deal.stage_entered_at => {
                flag(name.clone(), t!("dom-check-entry-time"))
            }
            None => flag(name.clone(), t!("dom-check-all-undone")),
            _ => {}
        }
    }

    for contact in &ws.contacts {
        if let Err(e) = validate_contact(contact) {
            flag(
                t!("dom-check-contact", id = contact.id.to_string()),
                e.to_string(),
            );
        }
        if !accounts.contains(&contact.account) {
            flag(
                t!("dom-check-contact", id = contact.id.to_string()),
                t!("dom-check-no-account", id = contact.account.to_string()),
            );
        }
    }
    for account in &ws.accounts {
        if let Err(e) = validate_account(account) {
            flag(
                t!("dom-check-account", id = account.id.to_string()),
                e.to_string(),
            );
        }
        if let Some(parent) = account.parent
            && !accounts.contains(&parent)
        {
            flag(
                t!("dom-check-account", id = account.id.to_string()),
                t!("dom-check-no-parent", id = parent.to_string()),
            );
        }
    }
    // A lead's history belongs to a lead.
    let leads: std::collections::HashSet<LeadId> = ws.leads.iter().map(|l| l.id).collect();
    for e in &ws.lead_events {
        if !leads.contains(&e.lead) {
            flag(
                t!("dom-check-lead-event", id = e.id.to_string()),
                t!("dom-check-no-lead", id = e.lead.to_string()),
            );
        }
    }
    // Parent chains must end: a cycle would hang every account tree.
    let parents: HashMap<AccountId, AccountId> = ws
        .accounts
        .iter()
        .filter_map(|a| a.parent.map(|p| (a.id, p)))
        .collect();
    for account in &ws.accounts {
        let mut seen = HashSet::from([account.id]);
        let mut at = account.id;
        while let Some(&parent) = parents.get(&at) {
            if !seen.insert(parent) {
                flag(
                    t!("dom-check-account", id = account.id.to_string()),
                    t!("dom-check-parent-loop"),
                );
                break;
            }
            at = parent;
        }
    }
    for activity in &ws.activities {
        if let Some(d) = activity.deal
            && !deal_ids.contains(&d)
        {
            flag(
                t!("dom-check-activity", id = activity.id.to_string()),
                t!("dom-check-no-deal", id = d.to_string()),
            );
        }
    }
    for quote in &ws.quotes {
        if !deal_ids.contains(&quote.deal) {
            flag(
                t!("dom-check-quote", id = quote.id.to_string()),
                t!("dom-check-no-deal", id = quote.deal.to_string()),
            );
        }
        for v in &quote.versions {
            for line in &v.lines {
                if let Err(e) = validate_quote_line(line) {
                    flag(
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
    let review_ids: HashSet<ReviewId> = ws.reviews.iter().map(|r| r.id).collect();
    for review in &ws.reviews {
        let name = t!("dom-check-review", id = review.id.to_string());
        if !(1..=8).contains(&review.step) {
            flag(
                name.clone(),
                t!("dom-check-review-step", step = review.step.to_string()),
            );
        }
        if review.period_end < review.period_start {
            flag(name.clone(), t!("dom-check-period-order"));
        }
        if review.is_finished() != review.finished_at.is_some() {
            flag(name.clone(), t!("dom-check-finished"));
        }
        for d in &review.lost_deals {
            if !deal_ids.contains(d) {
                flag(
                    name.clone(),
                    t!("dom-check-lists-missing-deal", id = d.to_string()),
                );
            }
        }
        for t in &review.triaged {
            if !review.lost_deals.contains(&t.deal) {
                flag(
                    name.clone(),
                    t!("dom-check-triaged-not-lost", id = t.deal.to_string()),
                );
            }
        }
    }
    for action in &ws.improvement_actions {
        let name = t!("dom-check-action", id = action.id.to_string());
        if !review_ids.contains(&action.review) {
            flag(
                name.clone(),
                t!("dom-check-no-review", id = action.review.to_string()),
            );
        }
        if !owners.contains(&action.owner) {
            flag(
                name.clone(),
                t!("dom-check-no-owner", id = action.owner.to_string()),
            );
        }
        if action
            .history
            .last()
            .is_some_and(|h| h.status != action.status)
        {
            flag(name, t!("dom-check-action-history"));
        }
    }
    problems
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
        let refs: Vec<&StageEvent> = events.iter().collect();
        let ids: Vec<u64> = effective_events(&refs).iter().map(|e| e.id.0).collect();
        assert_eq!(ids, [1, 4]);
    }
}
