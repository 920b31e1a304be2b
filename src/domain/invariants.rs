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
        if deal.status == DealStatus::Lost && deal.loss.is_none() {
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
    problems
}
