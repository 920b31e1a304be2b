//! Writing checked import rows in one transaction: all of them or none. Accounts and
//! owners are matched by name (created when missing), deals already imported (same
//! external id) are left alone, and each new deal gets a synthetic stage history
//! marked `imported` so analytics can tell it from a recorded one.

use super::Touched;
use super::parties::Parties;
use super::record::{BulkInsert, Record, bump_sequence, each_in, peek_next_id};
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
    /// The account's CRM id (API exports): joins an account imported with it.
    pub account_id: Option<String>,
    pub owner: Option<String>,
    /// The owner's CRM id: joins an owner imported with it.
    pub owner_id: Option<String>,
    /// The main product, found in the catalogue by SKU or name.
    pub product: Option<ProductId>,
    pub amount: Money,
    pub pipeline: PipelineId,
    /// The open stage the deal is in, or was last in before it closed; None
    /// for a closed deal whose file does not say (its loss stage is unknown).
    pub stage: Option<StageId>,
    pub outcome: DealStatus,
    pub created_at: DateTime<Utc>,
    pub closed_at: Option<DateTime<Utc>>,
    /// None: an open deal the CRM gave no expected close.
    pub expected_close: Option<NaiveDate>,
    pub probability: Option<u8>,
    pub source: String,
    pub next_step: Option<String>,
    pub loss_reason: Option<String>,
    pub forecast: ForecastCategory,
    /// Defaults and corrections applied to this row, each one asked for by an option.
    pub corrections: Vec<Correction>,
    /// The owner's team, from a `--map team=Column`.
    pub team: Option<String>,
}

/// A value the file lacked or had wrong, filled in or corrected because an
/// option said how — never silently; the summary counts each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Correction {
    /// A blank account became `--default-account`.
    DefaultAccount,
    /// A blank created date came from `--default-created`.
    DefaultCreated,
    /// A closed deal without a close date closed on `--closed-on`.
    ClosedOn,
    /// A close before the created date: the two swapped (`--fix-dates swap`).
    SwappedDates,
    /// A close before the created date: closed on the created date (`--fix-dates created`).
    CloseMovedToCreated,
}

impl Correction {
    /// Its name in `--summary-json`.
    pub fn key(self) -> &'static str {
        match self {
            Correction::DefaultAccount => "default_account",
            Correction::DefaultCreated => "default_created",
            Correction::ClosedOn => "closed_on",
            Correction::SwappedDates => "dates_swapped",
            Correction::CloseMovedToCreated => "closed_on_created",
        }
    }

    pub fn describe(self) -> &'static str {
        crate::i18n::word(match self {
            Correction::DefaultAccount => "store-correction-default-account",
            Correction::DefaultCreated => "store-correction-default-created",
            Correction::ClosedOn => "store-correction-closed-on",
            Correction::SwappedDates => "store-correction-dates-swapped",
            Correction::CloseMovedToCreated => "store-correction-closed-on-created",
        })
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub created: usize,
    /// Rows whose external id is already in the workspace (left as they are
    /// unless updating).
    pub already_there: usize,
    /// With `--update`: deals the file changed, and how many of those moved stage.
    pub updated: usize,
    pub stage_changes: usize,
    pub won: usize,
    pub lost: usize,
    pub new_accounts: usize,
    pub new_owners: usize,
    /// Rows of each correction, in a stable order.
    pub corrections: std::collections::BTreeMap<Correction, usize>,
    /// Lost deals without a reason in the file: left unclassified for the review.
    pub unclassified: usize,
    /// Owners without a team given the one the file names.
    pub owners_given_team: usize,
    /// Open deals without an expected close date (kept without one).
    pub undated: usize,
    /// Closed deals whose file names no open stage: lost (or won) at an unknown stage.
    pub stage_unknown: usize,
    /// Deals naming a main product, and open ones of those without an amount
    /// (valued at the product's list price in the reports).
    pub with_product: usize,
    pub at_list_price: usize,
    /// Deals joined to their account or owner by CRM id.
    pub joined_by_id: usize,
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

/// Rows that name their account or owner only by a CRM id nobody imported:
/// refused together, before anything is written, naming the import to run first.
fn unjoined(rows: &[ImportedDeal], parties: &Parties) -> Result<(), StoreError> {
    let mut lines = Vec::new();
    let mut missing = std::collections::BTreeSet::new();
    for row in rows {
        let account = row.account.trim().is_empty()
            && row
                .account_id
                .as_deref()
                .is_some_and(|c| parties.account_by_crm_id(c).is_none());
        let owner = row.owner.is_none()
            && row
                .owner_id
                .as_deref()
                .is_some_and(|c| parties.owner_by_crm_id(c).is_none());
        if account {
            missing.insert("accounts");
        }
        if owner {
            missing.insert("users");
        }
        if account || owner {
            lines.push(row.line.to_string());
        }
    }
    if lines.is_empty() {
        return Ok(());
    }
    let total = lines.len();
    lines.truncate(10);
    let missing = if missing.len() > 1 {
        "both"
    } else {
        missing.into_iter().next().unwrap_or("both")
    };
    Err(StoreError::Import(t!(
        "store-import-unjoined",
        rows = total,
        lines = crate::domain::list(&lines),
        more = if total > 10 { "yes" } else { "no" },
        missing = missing
    )))
}

/// The loss record of a lost row with a reason (None: not lost, or no reason —
/// then it stays unclassified until the review triages it).
pub(super) fn imported_loss(
    row: &ImportedDeal,
    taxonomy: &[LossCategory],
    closed_at: Option<DateTime<Utc>>,
    by: &str,
) -> Option<LossRecord> {
    let text = row
        .loss_reason
        .clone()
        .filter(|r| !r.trim().is_empty() && row.outcome == DealStatus::Lost)?;
    let (category, sub_reason) = classify_loss(&text, taxonomy);
    let controllable = taxonomy
        .iter()
        .find(|c| c.key == category)
        .is_some_and(|c| c.controllable);
    Some(LossRecord {
        category,
        sub_reason,
        competitor: None,
        controllable,
        lesson: t!("store-import-lesson", reason = text.as_str()),
        stage_lost_at: row.stage,
        recorded_at: closed_at.unwrap_or(row.created_at),
        recorded_by: by.to_string(),
    })
}

pub(super) fn scan<R: Record>(
    txn: &WriteTransaction,
    visit: impl FnMut(R),
) -> Result<(), StoreError> {
    each_in(&txn.open_table(R::TABLE)?, visit)
}

/// The error of one row of an import file.
pub(super) fn at_line(line: u64, e: impl std::fmt::Display) -> StoreError {
    StoreError::Import(t!(
        "store-import-at-line",
        line = line.to_string(),
        error = e.to_string()
    ))
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
        self.import_deals_with(rows, by, now, dry_run, false)
    }

    /// As [`Store::import_deals`]; with `update`, deals already imported take
    /// the file's values (the CRM wins), stage changes becoming imported events.
    pub fn import_deals_with(
        &self,
        rows: &[ImportedDeal],
        by: &str,
        now: DateTime<Utc>,
        dry_run: bool,
        update: bool,
    ) -> Result<ImportSummary, StoreError> {
        let taxonomy = self.loss_reasons()?;
        let txn = self.begin_write()?;
        let mut known: HashMap<String, DealId> = HashMap::new();
        scan::<Deal>(&txn, |d| {
            if let Some(id) = d.external_id {
                known.insert(id, d.id);
            }
        })?;
        let mut changed: Vec<Deal> = Vec::new();
        let mut parties = Parties::load(&txn, now)?;
        unjoined(rows, &parties)?;
        let mut pipelines: HashMap<PipelineId, Pipeline> = HashMap::new();
        scan::<Pipeline>(&txn, |p| {
            pipelines.insert(p.id, p);
        })?;

        // Ids are handed out here and the records written in bulk at the end.
        let mut ids = [
            peek_next_id::<Deal>(&txn)?,
            peek_next_id::<StageEvent>(&txn)?,
        ];
        let mut take = |kind: usize| {
            ids[kind] += 1;
            ids[kind] - 1
        };
        // Written as they are made: a million rows are not held twice.
        let mut new_deals = BulkInsert::<Deal>::open(&txn)?;
        let mut new_events = BulkInsert::<StageEvent>::open(&txn)?;
        // Ids met earlier in this file (later rows with one are repeats).
        let mut seen: HashSet<&str> = HashSet::new();
        let mut summary = ImportSummary::default();
        for row in rows {
            let pipeline = pipelines.get(&row.pipeline).ok_or_else(|| {
                at_line(
                    row.line,
                    t!(
                        "store-import-pipeline-gone",
                        pipeline = row.pipeline.to_string()
                    ),
                )
            })?;
            let repeat = seen.contains(row.external_id.as_str()).then_some(DealId(0));
            if let Some(id) = known.get(&row.external_id).copied().or(repeat) {
                summary.already_there += 1;
                let current = (update && id.0 != 0)
                    .then(|| new_deals.get(id.0))
                    .transpose()?
                    .flatten();
                if let Some(current) = current {
                    let next_event = || take(1);
                    let run = super::import_update::ImportRun {
                        taxonomy: &taxonomy,
                        by,
                        now,
                    };
                    if let Some((deal, events)) = super::import_update::updated(
                        &run,
                        &current,
                        row,
                        pipeline,
                        &mut parties,
                        next_event,
                    )? {
                        summary.updated += 1;
                        summary.stage_changes += events.len();
                        for event in &events {
                            new_events.push(event)?;
                        }
                        changed.push(deal);
                    }
                }
                continue;
            }
            seen.insert(row.external_id.as_str());
            if parties.joins_by_id(row) {
                summary.joined_by_id += 1;
            }
            let account = parties.account_of(row)?;
            let owner = match parties.owner_of(row) {
                Some(owner) => owner,
                None => parties.owner(by),
            };
            // As `deal new` does: the account says the deal's industry and region.
            let (industry, region) = parties.place_of(account);
            if let Some(team) = &row.team {
                summary.owners_given_team += usize::from(parties.give_team(&txn, owner, team)?);
            }
            let closing = match row.outcome {
                DealStatus::Open => None,
                DealStatus::Won => pipeline.outcome(StageKind::Won),
                DealStatus::Lost => pipeline.outcome(StageKind::Lost),
            };
            let closed_at = row.closed_at.filter(|_| closing.is_some());
            let Some(stage) = closing.map(|s| s.id).or(row.stage) else {
                return Err(at_line(row.line, t!("store-import-open-without-stage")));
            };
            for c in &row.corrections {
                *summary.corrections.entry(*c).or_default() += 1;
            }
            // A loss without a reason stays unclassified: the review triages it.
            let reason = row.loss_reason.clone().filter(|r| !r.trim().is_empty());
            if row.outcome == DealStatus::Lost && reason.is_none() {
                summary.unclassified += 1;
            }
            let loss = imported_loss(row, &taxonomy, closed_at, by);
            if row.outcome == DealStatus::Open && row.expected_close.is_none() {
                summary.undated += 1;
            }
            if row.outcome != DealStatus::Open && row.stage.is_none() {
                summary.stage_unknown += 1;
            }
            if row.product.is_some() {
                summary.with_product += 1;
                if row.outcome == DealStatus::Open && row.amount.amount.is_zero() {
                    summary.at_list_price += 1;
                }
            }
            let deal = Deal {
                title: row.title.trim().to_string(),
                account,
                owner,
                amount: row.amount,
                expected_close: row.expected_close,
                product: row.product,
                probability_override: row.probability,
                source: row.source.clone(),
                next_step: row.next_step.clone(),
                forecast: row.forecast,
                status: row.outcome,
                closed_at,
                loss: loss.map(Box::new),
                external_id: Some(row.external_id.clone()),
                created_at: row.created_at,
                updated_at: now,
                industry,
                region,
                ..Deal::entering(
                    DealId(take(0)),
                    row.pipeline,
                    stage,
                    closed_at.unwrap_or(row.created_at),
                )
            };
            validate_deal(&deal).map_err(|e| at_line(row.line, StoreError::from(e)))?;
            // Created in its open stage, then closed; a closed deal whose file
            // names no open stage has only its close (nothing to say where it
            // was lost).
            let mut history = Vec::new();
            if let Some(open) = row.stage {
                history.push((None, open, row.created_at));
            }
            if let (Some(done), Some(at)) = (closing, closed_at) {
                history.push((row.stage, done.id, at));
            }
            for (from, to, at) in history {
                let event = StageEvent::imported(EventId(take(1)), deal.id, from, to, at, by);
                new_events.push(&event)?;
            }
            new_deals.push(&deal)?;
            summary.created += 1;
            match row.outcome {
                DealStatus::Won => summary.won += 1,
                DealStatus::Lost => summary.lost += 1,
                DealStatus::Open => {}
            }
        }
        (summary.new_accounts, summary.new_owners) = parties.write(&txn)?;
        new_deals.finish()?;
        new_events.finish()?;
        for deal in &changed {
            super::record::put(&txn, deal)?;
        }
        bump_sequence::<Deal>(&txn, ids[0] - 1)?;
        bump_sequence::<StageEvent>(&txn, ids[1] - 1)?;
        if dry_run {
            txn.abort()?;
        } else {
            self.commit(txn, "", Touched::Everything)?;
        }
        Ok(summary)
    }
}
