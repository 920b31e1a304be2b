//! Writing checked import rows in one transaction: all of them or none. Accounts and
//! owners are matched by name (created when missing), deals already imported (same
//! external id) are left alone, and each new deal gets a synthetic stage history
//! marked `imported` so analytics can tell it from a recorded one.

use super::mutate::prospect;
use super::record::{Record, bump_sequence, each_in, insert_batch, peek_next_id};
use super::{Store, StoreError};
use crate::domain::*;
use chrono::{DateTime, NaiveDate, Utc};
use redb::WriteTransaction;
use std::collections::{HashMap, HashSet};

/// One checked row of a deals file.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedDeal {
    /// Line of the file, for messages.
    pub line: u64,
    /// The CRM's id, or one derived from name, account and created date.
    pub external_id: String,
    pub title: String,
    pub account: String,
    pub owner: Option<String>,
    pub amount: Money,
    pub pipeline: PipelineId,
    /// The open stage the deal is in, or was last in before it closed.
    pub stage: StageId,
    pub outcome: DealStatus,
    pub created_at: DateTime<Utc>,
    pub closed_at: Option<DateTime<Utc>>,
    pub expected_close: NaiveDate,
    pub probability: Option<u8>,
    pub source: String,
    pub next_step: Option<String>,
    pub loss_reason: Option<String>,
    pub forecast: ForecastCategory,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub created: usize,
    /// Rows whose external id is already in the workspace (or earlier in the file).
    pub already_there: usize,
    pub won: usize,
    pub lost: usize,
    pub new_accounts: usize,
    pub new_owners: usize,
}

/// Loss taxonomy category for a CRM's free-text loss reason: a sub-reason or category
/// named in it, else a keyword, else "no decision" (the review reclassifies it).
pub fn classify_loss(text: &str, taxonomy: &[LossCategory]) -> (String, String) {
    let t = text.to_lowercase();
    for c in taxonomy {
        if let Some(sub) = c.sub_reasons.iter().find(|s| t.contains(&s.to_lowercase())) {
            return (c.key.clone(), sub.clone());
        }
    }
    for c in taxonomy {
        if t.contains(&c.name.to_lowercase()) || t.contains(&c.key.replace('_', " ")) {
            return (c.key.clone(), String::new());
        }
    }
    let keywords: [(&str, &[&str]); 4] = [
        (
            "pricing",
            &["price", "budget", "cost", "expensive", "discount"],
        ),
        ("competition", &["compet", "went with", "chose", "vendor"]),
        ("deal_management", &["follow", "stall", "momentum"]),
        ("customer_insight", &["requirement", "need", "fit"]),
    ];
    for (key, words) in keywords {
        if words.iter().any(|w| t.contains(w)) && taxonomy.iter().any(|c| c.key == key) {
            return (key.to_string(), String::new());
        }
    }
    let fallback = taxonomy
        .iter()
        .find(|c| c.key == "no_decision")
        .or(taxonomy.first())
        .map_or_else(|| "no_decision".to_string(), |c| c.key.clone());
    (fallback, String::new())
}

fn scan<R: Record>(txn: &WriteTransaction, visit: impl FnMut(R)) -> Result<(), StoreError> {
    each_in(&txn.open_table(R::TABLE)?, visit)
}

impl Store {
    /// Writes the rows in one durable transaction; with `dry_run` the transaction is
    /// dropped and only the summary returned. Any failure leaves the workspace as it was.
    pub fn import_deals(
        &self,
        rows: &[ImportedDeal],
        by: &str,
        now: DateTime<Utc>,
        dry_run: bool,
    ) -> Result<ImportSummary, StoreError> {
        let taxonomy = self.loss_reasons()?;
        let txn = self.db.begin_write()?;
        let mut known_ids: HashSet<String> = HashSet::new();
        scan::<Deal>(&txn, |d| {
            if let Some(id) = d.external_id {
                known_ids.insert(id);
            }
        })?;
        let mut accounts: HashMap<String, AccountId> = HashMap::new();
        scan::<Account>(&txn, |a| {
            accounts.entry(a.name.trim().to_lowercase()).or_insert(a.id);
        })?;
        let mut owners: HashMap<String, OwnerId> = HashMap::new();
        scan::<Owner>(&txn, |o| {
            owners.entry(o.name.trim().to_lowercase()).or_insert(o.id);
        })?;
        let mut pipelines: HashMap<PipelineId, Pipeline> = HashMap::new();
        scan::<Pipeline>(&txn, |p| {
            pipelines.insert(p.id, p);
        })?;

        // Ids are handed out here and the records written in bulk at the end.
        let mut ids = [
            peek_next_id::<Account>(&txn)?,
            peek_next_id::<Owner>(&txn)?,
            peek_next_id::<Deal>(&txn)?,
            peek_next_id::<StageEvent>(&txn)?,
        ];
        let mut take = |kind: usize| {
            ids[kind] += 1;
            ids[kind] - 1
        };
        let (mut new_accounts, mut new_owners) = (Vec::new(), Vec::new());
        let (mut new_deals, mut new_events) = (Vec::new(), Vec::new());
        let mut summary = ImportSummary::default();
        for row in rows {
            if !known_ids.insert(row.external_id.clone()) {
                summary.already_there += 1;
                continue;
            }
            let line_error = |e: StoreError| StoreError::Import(format!("line {}: {e}", row.line));
            let pipeline = pipelines.get(&row.pipeline).ok_or_else(|| {
                StoreError::Move(format!(
                    "line {}: pipeline {} is gone",
                    row.line, row.pipeline
                ))
            })?;
            let account = match accounts.get(&row.account.trim().to_lowercase()) {
                Some(id) => *id,
                None => {
                    let account = prospect(AccountId(take(0)), &row.account, now);
                    validate_account(&account).map_err(|e| line_error(e.into()))?;
                    accounts.insert(row.account.trim().to_lowercase(), account.id);
                    let id = account.id;
                    new_accounts.push(account);
                    id
                }
            };
            let owner_name = row.owner.as_deref().unwrap_or(by).trim();
            let owner = match owners.get(&owner_name.to_lowercase()) {
                Some(id) => *id,
                None => {
                    let owner = Owner {
                        id: OwnerId(take(1)),
                        name: owner_name.to_string(),
                        team: String::new(),
                        role: OwnerRole::Rep,
                        email: String::new(),
                    };
                    owners.insert(owner_name.to_lowercase(), owner.id);
                    let id = owner.id;
                    new_owners.push(owner);
                    id
                }
            };
            let closing = match row.outcome {
                DealStatus::Open => None,
                DealStatus::Won => pipeline.outcome(StageKind::Won),
                DealStatus::Lost => pipeline.outcome(StageKind::Lost),
            };
            let closed_at = row.closed_at.filter(|_| closing.is_some());
            let loss = (row.outcome == DealStatus::Lost).then(|| {
                let text = row.loss_reason.clone().unwrap_or_default();
                let (category, sub_reason) = classify_loss(&text, &taxonomy);
                let controllable = taxonomy
                    .iter()
                    .find(|c| c.key == category)
                    .is_some_and(|c| c.controllable);
                LossRecord {
                    category,
                    sub_reason,
                    competitor: None,
                    controllable,
                    lesson: if text.is_empty() {
                        String::new()
                    } else {
                        format!("imported reason: {text}")
                    },
                    stage_lost_at: row.stage,
                    recorded_at: closed_at.unwrap_or(row.created_at),
                    recorded_by: by.to_string(),
                }
            });
            let deal = Deal {
                id: DealId(take(2)),
                title: row.title.trim().to_string(),
                account,
                primary_contact: None,
                owner,
                amount: row.amount,
                expected_close: row.expected_close,
                pipeline: row.pipeline,
                stage: closing.map_or(row.stage, |s| s.id),
                stage_entered_at: closed_at.unwrap_or(row.created_at),
                probability_override: row.probability,
                source: row.source.clone(),
                industry: String::new(),
                region: String::new(),
                tags: Vec::new(),
                competitors: Vec::new(),
                next_step: row.next_step.clone(),
                next_step_date: None,
                scorecard: Scorecard::default(),
                requirement_changes: 0,
                gates_met: Default::default(),
                forecast: row.forecast,
                status: row.outcome,
                closed_at,
                loss,
                external_id: Some(row.external_id.clone()),
                created_at: row.created_at,
                updated_at: now,
            };
            validate_deal(&deal).map_err(|e| line_error(e.into()))?;
            let mut history = vec![(None, row.stage, row.created_at)];
            if let (Some(done), Some(at)) = (closing, closed_at) {
                history.push((Some(row.stage), done.id, at));
            }
            for (from, to, at) in history {
                new_events.push(StageEvent {
                    id: EventId(take(3)),
                    deal: deal.id,
                    from,
                    to,
                    at,
                    by: by.to_string(),
                    gate_overrides: Vec::new(),
                    reverts: None,
                    imported: true,
                });
            }
            new_deals.push(deal);
            summary.created += 1;
            match row.outcome {
                DealStatus::Won => summary.won += 1,
                DealStatus::Lost => summary.lost += 1,
                DealStatus::Open => {}
            }
        }
        summary.new_accounts = new_accounts.len();
        summary.new_owners = new_owners.len();
        insert_batch(&txn, &new_accounts)?;
        insert_batch(&txn, &new_owners)?;
        insert_batch(&txn, &new_deals)?;
        insert_batch(&txn, &new_events)?;
        bump_sequence::<Account>(&txn, ids[0] - 1)?;
        bump_sequence::<Owner>(&txn, ids[1] - 1)?;
        bump_sequence::<Deal>(&txn, ids[2] - 1)?;
        bump_sequence::<StageEvent>(&txn, ids[3] - 1)?;
        if dry_run {
            txn.abort()?;
        } else {
            txn.commit()?;
        }
        Ok(summary)
    }
}
