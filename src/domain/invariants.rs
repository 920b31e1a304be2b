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
        write!(f, "{}: {}", self.record, self.message)
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
                format!("event {}", e.id),
                format!("belongs to missing deal {}", e.deal),
            );
        }
    }

    for deal in &ws.deals {
        let name = format!("deal {}", deal.id);
        if let Err(e) = validate_deal(deal) {
            flag(name.clone(), e.to_string());
        }
        if !accounts.contains(&deal.account) {
            flag(
                name.clone(),
                format!("account {} does not exist", deal.account),
            );
        }
        if !owners.contains(&deal.owner) {
            flag(name.clone(), format!("owner {} does not exist", deal.owner));
        }
        if let Some(c) = deal.primary_contact
            && !contacts.contains_key(&c)
        {
            flag(name.clone(), format!("primary contact {c} does not exist"));
        }
        let Some(&(pipeline, stage)) = stages.get(&deal.stage) else {
            flag(name.clone(), format!("stage {} does not exist", deal.stage));
            continue;
        };
        if pipeline.id != deal.pipeline {
            flag(
                name.clone(),
                format!("stage {} is not in pipeline {}", stage.name, deal.pipeline),
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
                format!(
                    "status {} disagrees with stage {}",
                    deal.status.label(),
                    stage.name
                ),
            );
        }
        // An imported loss without a reason stays unclassified until triaged.
        if deal.status == DealStatus::Lost && deal.loss.is_none() && deal.external_id.is_none() {
            flag(name.clone(), "lost without a loss record".into());
        }

        let mut events = events_by_deal.remove(&deal.id).unwrap_or_default();
        events.sort_by_key(|e| e.id);
        let Some(first) = events.first() else {
            flag(name.clone(), "has no stage events".into());
            continue;
        };
        if first.from.is_some() {
            flag(
                name.clone(),
                "first stage event does not start the deal".into(),
            );
        }
        for pair in events.windows(2) {
            if pair[1].from != Some(pair[0].to) {
                flag(
                    name.clone(),
                    format!(
                        "event {} does not start where event {} ended",
                        pair[1].id, pair[0].id
                    ),
                );
            }
            if pair[1].at < pair[0].at {
                flag(
                    name.clone(),
                    format!("event {} is dated before event {}", pair[1].id, pair[0].id),
                );
            }
        }
        for e in &events {
            if !stages.contains_key(&e.to) {
                flag(
                    name.clone(),
                    format!("event {} moves to unknown stage {}", e.id, e.to),
                );
            }
        }
        if let Some(last) = events.last()
            && last.to != deal.stage
        {
            flag(
                name.clone(),
                format!("current stage {} disagrees with its last event", stage.name),
            );
        }
        let effective = effective_events(&events);
        match effective.last() {
            Some(last) if last.at != deal.stage_entered_at => flag(
                name.clone(),
                "stage entry time disagrees with its stage events".into(),
            ),
            None => flag(name.clone(), "every stage event of it was undone".into()),
            _ => {}
        }
    }

    for contact in &ws.contacts {
        if let Err(e) = validate_contact(contact) {
            flag(format!("contact {}", contact.id), e.to_string());
        }
        if !accounts.contains(&contact.account) {
            flag(
                format!("contact {}", contact.id),
                format!("account {} does not exist", contact.account),
            );
        }
    }
    for account in &ws.accounts {
        if let Err(e) = validate_account(account) {
            flag(format!("account {}", account.id), e.to_string());
        }
        if let Some(parent) = account.parent
            && !accounts.contains(&parent)
        {
            flag(
                format!("account {}", account.id),
                format!("parent account {parent} does not exist"),
            );
        }
    }
    // A lead's history belongs to a lead.
    let leads: std::collections::HashSet<LeadId> = ws.leads.iter().map(|l| l.id).collect();
    for e in &ws.lead_events {
        if !leads.contains(&e.lead) {
            flag(
                format!("lead event {}", e.id),
                format!("lead {} does not exist", e.lead),
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
                    format!("account {}", account.id),
                    "its parent chain loops back on itself".into(),
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
                format!("activity {}", activity.id),
                format!("deal {d} does not exist"),
            );
        }
    }
    for quote in &ws.quotes {
        if !deal_ids.contains(&quote.deal) {
            flag(
                format!("quote {}", quote.id),
                format!("deal {} does not exist", quote.deal),
            );
        }
        for v in &quote.versions {
            for line in &v.lines {
                if let Err(e) = validate_quote_line(line) {
                    flag(format!("quote {} v{}", quote.id, v.version), e.to_string());
                }
            }
        }
    }
    let review_ids: HashSet<ReviewId> = ws.reviews.iter().map(|r| r.id).collect();
    for review in &ws.reviews {
        let name = format!("review R-{}", review.id);
        if !(1..=8).contains(&review.step) {
            flag(
                name.clone(),
                format!("step {} is not one of 1–8", review.step),
            );
        }
        if review.period_end < review.period_start {
            flag(name.clone(), "its period ends before it starts".into());
        }
        if review.is_finished() != review.finished_at.is_some() {
            flag(name.clone(), "finished and finished_at disagree".into());
        }
        for d in &review.lost_deals {
            if !deal_ids.contains(d) {
                flag(name.clone(), format!("lists missing deal {d}"));
            }
        }
        for t in &review.triaged {
            if !review.lost_deals.contains(&t.deal) {
                flag(
                    name.clone(),
                    format!("triaged deal {} is not among its lost deals", t.deal),
                );
            }
        }
    }
    for action in &ws.improvement_actions {
        let name = format!("improvement action IA-{}", action.id);
        if !review_ids.contains(&action.review) {
            flag(
                name.clone(),
                format!("review R-{} does not exist", action.review),
            );
        }
        if !owners.contains(&action.owner) {
            flag(
                name.clone(),
                format!("owner {} does not exist", action.owner),
            );
        }
        if action
            .history
            .last()
            .is_some_and(|h| h.status != action.status)
        {
            flag(
                name,
                "its status differs from the last entry of its history".into(),
            );
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
