//! Writing checked import rows in one transaction: all of them or none. Accounts and
//! owners are matched by name (created when missing), deals already imported (same
//! external id) are left alone, and each new deal gets a synthetic stage history
//! marked `imported` so analytics can tell it from a recorded one.

use super::Touched;
use super::mutate::prospect;
use super::record::{Record, bump_sequence, each_in, insert_batch, peek_next_id};
use super::{Store, StoreError};
use crate::domain::*;
use chrono::{DateTime, NaiveDate, Utc};
use redb::WriteTransaction;
use std::collections::HashMap;

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
        match self {
            Correction::DefaultAccount => "blank account set by --default-account",
            Correction::DefaultCreated => "blank created date set by --default-created",
            Correction::ClosedOn => "missing close date set by --closed-on",
            Correction::SwappedDates => "close before created: dates swapped (--fix-dates swap)",
            Correction::CloseMovedToCreated => {
                "close before created: closed on the created date (--fix-dates created)"
            }
        }
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
        lesson: format!("imported reason: {text}"),
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
    StoreError::Import(format!("line {line}: {e}"))
}

/// Accounts and owners by name for an import: new ones are handed ids here and kept
/// for one bulk write at the end.
pub(crate) struct Parties {
    accounts: HashMap<String, AccountId>,
    owners: HashMap<String, OwnerId>,
    /// Industry and region of the accounts already in the workspace.
    places: HashMap<AccountId, (String, String)>,
    next_account: u64,
    next_owner: u64,
    pub new_accounts: Vec<Account>,
    pub new_owners: Vec<Owner>,
    now: DateTime<Utc>,
}

fn key(name: &str) -> String {
    name.trim().to_lowercase()
}

impl Parties {
    pub fn load(txn: &WriteTransaction, now: DateTime<Utc>) -> Result<Parties, StoreError> {
        let (mut accounts, mut places) = (HashMap::new(), HashMap::new());
        scan::<Account>(txn, |a| {
            accounts.entry(key(&a.name)).or_insert(a.id);
            places.insert(a.id, (a.industry, a.region));
        })?;
        let mut owners = HashMap::new();
        scan::<Owner>(txn, |o| {
            owners.entry(key(&o.name)).or_insert(o.id);
        })?;
        Ok(Parties {
            accounts,
            owners,
            places,
            next_account: peek_next_id::<Account>(txn)?,
            next_owner: peek_next_id::<Owner>(txn)?,
            new_accounts: Vec::new(),
            new_owners: Vec::new(),
            now,
        })
    }

    /// The account's industry and region (empty for one made by this import).
    pub fn place_of(&self, account: AccountId) -> (String, String) {
        if let Some(place) = self.places.get(&account) {
            return place.clone();
        }
        self.new_accounts
            .iter()
            .find(|a| a.id == account)
            .map(|a| (a.industry.clone(), a.region.clone()))
            .unwrap_or_default()
    }

    pub fn existing_owner(&self, name: &str) -> Option<OwnerId> {
        self.owners.get(&key(name)).copied()
    }

    pub fn existing_account(&self, name: &str) -> Option<AccountId> {
        self.accounts.get(&key(name)).copied()
    }

    /// The account of that name, a new prospect when there is none.
    pub fn account(&mut self, name: &str, line: u64) -> Result<AccountId, StoreError> {
        if let Some(id) = self.existing_account(name) {
            return Ok(id);
        }
        let account = prospect(AccountId(self.next_account), name, self.now);
        validate_account(&account).map_err(|e| at_line(line, StoreError::from(e)))?;
        self.next_account += 1;
        self.add_account(account);
        Ok(AccountId(self.next_account - 1))
    }

    /// Takes an account built by the caller (its id from `next_account_id`).
    pub fn add_account(&mut self, account: Account) {
        self.accounts.insert(key(&account.name), account.id);
        self.new_accounts.push(account);
    }

    pub fn next_account_id(&mut self) -> AccountId {
        self.next_account += 1;
        AccountId(self.next_account - 1)
    }

    /// The owner of that name, a new rep when there is none.
    pub fn owner(&mut self, name: &str) -> OwnerId {
        if let Some(id) = self.owners.get(&key(name)) {
            return *id;
        }
        let owner = Owner {
            id: OwnerId(self.next_owner),
            name: name.trim().to_string(),
            team: String::new(),
            role: OwnerRole::Rep,
            email: String::new(),
        };
        self.next_owner += 1;
        self.owners.insert(key(name), owner.id);
        let id = owner.id;
        self.new_owners.push(owner);
        id
    }

    /// Sets the owner's team when they have none (a new owner, or one already
    /// there); true when it did.
    pub fn give_team(
        &mut self,
        txn: &WriteTransaction,
        owner: OwnerId,
        team: &str,
    ) -> Result<bool, StoreError> {
        let team = team.trim();
        crate::domain::validate::text("team", team, MAX_TITLE, false)?;
        if let Some(o) = self.new_owners.iter_mut().find(|o| o.id == owner) {
            let empty = o.team.is_empty() && !team.is_empty();
            if empty {
                o.team = team.to_string();
            }
            return Ok(empty);
        }
        let mut known: Owner = super::record::require(txn, owner.0)?;
        if !known.team.is_empty() || team.is_empty() {
            return Ok(false);
        }
        known.team = team.to_string();
        super::record::put(txn, &known)?;
        Ok(true)
    }

    /// Writes the new accounts and owners; returns how many of each.
    pub fn write(self, txn: &WriteTransaction) -> Result<(usize, usize), StoreError> {
        insert_batch(txn, &self.new_accounts)?;
        insert_batch(txn, &self.new_owners)?;
        bump_sequence::<Account>(txn, self.next_account - 1)?;
        bump_sequence::<Owner>(txn, self.next_owner - 1)?;
        Ok((self.new_accounts.len(), self.new_owners.len()))
    }
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
        let txn = self.db.begin_write()?;
        let mut known: HashMap<String, DealId> = HashMap::new();
        scan::<Deal>(&txn, |d| {
            if let Some(id) = d.external_id {
                known.insert(id, d.id);
            }
        })?;
        let mut changed: Vec<Deal> = Vec::new();
        let mut parties = Parties::load(&txn, now)?;
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
        let (mut new_deals, mut new_events) = (Vec::new(), Vec::new());
        let mut summary = ImportSummary::default();
        for row in rows {
            let pipeline = pipelines
                .get(&row.pipeline)
                .ok_or_else(|| at_line(row.line, format!("pipeline {} is gone", row.pipeline)))?;
            if let Some(id) = known.get(&row.external_id).copied() {
                summary.already_there += 1;
                let current = (update && id.0 != 0)
                    .then(|| super::record::get::<Deal>(&txn, id.0))
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
                        new_events.extend(events);
                        changed.push(deal);
                    }
                }
                continue;
            }
            // Later rows with this id are repeats within the file.
            known.insert(row.external_id.clone(), DealId(0));
            let account = parties.account(&row.account, row.line)?;
            // As `deal new` does: the account says the deal's industry and region.
            let (industry, region) = parties.place_of(account);
            let owner = parties.owner(row.owner.as_deref().unwrap_or(by));
            if let Some(team) = &row.team {
                summary.owners_given_team += usize::from(parties.give_team(&txn, owner, team)?);
            }
            let closing = match row.outcome {
                DealStatus::Open => None,
                DealStatus::Won => pipeline.outcome(StageKind::Won),
                DealStatus::Lost => pipeline.outcome(StageKind::Lost),
            };
            let closed_at = row.closed_at.filter(|_| closing.is_some());
            for c in &row.corrections {
                *summary.corrections.entry(*c).or_default() += 1;
            }
            // A loss without a reason stays unclassified: the review triages it.
            let reason = row.loss_reason.clone().filter(|r| !r.trim().is_empty());
            if row.outcome == DealStatus::Lost && reason.is_none() {
                summary.unclassified += 1;
            }
            let loss = imported_loss(row, &taxonomy, closed_at, by);
            let deal = Deal {
                title: row.title.trim().to_string(),
                account,
                owner,
                amount: row.amount,
                expected_close: row.expected_close,
                probability_override: row.probability,
                source: row.source.clone(),
                next_step: row.next_step.clone(),
                forecast: row.forecast,
                status: row.outcome,
                closed_at,
                loss,
                external_id: Some(row.external_id.clone()),
                created_at: row.created_at,
                updated_at: now,
                industry,
                region,
                ..Deal::entering(
                    DealId(take(0)),
                    row.pipeline,
                    closing.map_or(row.stage, |s| s.id),
                    closed_at.unwrap_or(row.created_at),
                )
            };
            validate_deal(&deal).map_err(|e| at_line(row.line, StoreError::from(e)))?;
            let mut history = vec![(None, row.stage, row.created_at)];
            if let (Some(done), Some(at)) = (closing, closed_at) {
                history.push((Some(row.stage), done.id, at));
            }
            for (from, to, at) in history {
                new_events.push(StageEvent::imported(
                    EventId(take(1)),
                    deal.id,
                    from,
                    to,
                    at,
                    by,
                ));
            }
            new_deals.push(deal);
            summary.created += 1;
            match row.outcome {
                DealStatus::Won => summary.won += 1,
                DealStatus::Lost => summary.lost += 1,
                DealStatus::Open => {}
            }
        }
        (summary.new_accounts, summary.new_owners) = parties.write(&txn)?;
        for deal in &changed {
            super::record::put(&txn, deal)?;
        }
        insert_batch(&txn, &new_deals)?;
        insert_batch(&txn, &new_events)?;
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
