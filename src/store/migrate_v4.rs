//! Schema 4: deals may have no expected close and may name a main product, a
//! won deal keeps why it was won, a loss may not know the stage it happened at,
//! a review's triage keeps the reason it changed, accounts and owners keep their
//! CRM ids, owners their manager. Values are postcard (field order is the
//! layout), so the schema 3 shapes are spelled out here once, read, and
//! written back in the new ones: nothing in a record changes meaning.

use super::StoreError;
use super::record::{decode, encode};
use super::tables::{ACCOUNTS, DEALS, OWNERS, REVIEWS, RecordTable, UNDO};
use super::undo::{Before, UndoEntry};
use crate::domain::*;
use chrono::{DateTime, NaiveDate, Utc};
use redb::{ReadableTable, WriteTransaction};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use std::collections::BTreeSet;

pub(super) fn upgrade(txn: &WriteTransaction) -> Result<(), StoreError> {
    rewrite::<DealV3, Deal>(txn, DEALS, "deal")?;
    rewrite::<AccountV3, Account>(txn, ACCOUNTS, "account")?;
    rewrite::<OwnerV3, Owner>(txn, OWNERS, "owner")?;
    rewrite::<UndoEntryV3, UndoEntry>(txn, UNDO, "undo")?;
    rewrite::<ReviewV3, Review>(txn, REVIEWS, "review")?;
    Ok(())
}

fn rewrite<Old, New>(
    txn: &WriteTransaction,
    table: RecordTable,
    kind: &'static str,
) -> Result<(), StoreError>
where
    Old: DeserializeOwned + Into<New>,
    New: serde::Serialize,
{
    let rows: Vec<(u64, Vec<u8>)> = txn
        .open_table(table)?
        .iter()?
        .map(|row| row.map(|(k, v)| (k.value(), v.value().to_vec())))
        .collect::<Result<_, _>>()?;
    let mut t = txn.open_table(table)?;
    for (key, bytes) in rows {
        let old: Old = decode(kind, key, &bytes)?;
        t.insert(key, encode(&old.into())?.as_slice())?;
    }
    Ok(())
}

#[derive(Deserialize)]
struct DealV3 {
    id: DealId,
    title: String,
    account: AccountId,
    primary_contact: Option<ContactId>,
    owner: OwnerId,
    amount: Money,
    #[serde(with = "crate::domain::wire::date")]
    expected_close: NaiveDate,
    pipeline: PipelineId,
    stage: StageId,
    #[serde(with = "crate::domain::wire::instant")]
    stage_entered_at: DateTime<Utc>,
    probability_override: Option<u8>,
    source: String,
    industry: String,
    region: String,
    tags: Vec<String>,
    competitors: Vec<String>,
    next_step: Option<String>,
    #[serde(with = "crate::domain::wire::opt_date")]
    next_step_date: Option<NaiveDate>,
    scorecard: Scorecard,
    requirement_changes: u32,
    gates_met: BTreeSet<String>,
    forecast: ForecastCategory,
    status: DealStatus,
    #[serde(with = "crate::domain::wire::opt_instant")]
    closed_at: Option<DateTime<Utc>>,
    loss: Option<LossRecordV3>,
    external_id: Option<String>,
    #[serde(with = "crate::domain::wire::instant")]
    created_at: DateTime<Utc>,
    #[serde(with = "crate::domain::wire::instant")]
    updated_at: DateTime<Utc>,
}

#[derive(Deserialize)]
struct LossRecordV3 {
    category: String,
    sub_reason: String,
    competitor: Option<String>,
    controllable: bool,
    lesson: String,
    stage_lost_at: StageId,
    #[serde(with = "crate::domain::wire::instant")]
    recorded_at: DateTime<Utc>,
    recorded_by: String,
}

impl From<DealV3> for Deal {
    fn from(d: DealV3) -> Deal {
        Deal {
            id: d.id,
            title: d.title,
            account: d.account,
            primary_contact: d.primary_contact,
            owner: d.owner,
            amount: d.amount,
            expected_close: Some(d.expected_close),
            product: None,
            pipeline: d.pipeline,
            stage: d.stage,
            stage_entered_at: d.stage_entered_at,
            probability_override: d.probability_override,
            source: d.source,
            industry: d.industry,
            region: d.region,
            tags: d.tags,
            competitors: d.competitors,
            next_step: d.next_step,
            next_step_date: d.next_step_date,
            scorecard: d.scorecard,
            requirement_changes: d.requirement_changes,
            gates_met: d.gates_met,
            forecast: d.forecast,
            status: d.status,
            closed_at: d.closed_at,
            loss: d.loss.map(|l| {
                Box::new(LossRecord {
                    category: l.category,
                    sub_reason: l.sub_reason,
                    competitor: l.competitor,
                    controllable: l.controllable,
                    lesson: l.lesson,
                    stage_lost_at: Some(l.stage_lost_at),
                    recorded_at: l.recorded_at,
                    recorded_by: l.recorded_by,
                })
            }),
            win: None,
            external_id: d.external_id,
            created_at: d.created_at,
            updated_at: d.updated_at,
        }
    }
}

#[derive(Deserialize)]
struct AccountV3 {
    id: AccountId,
    name: String,
    industry: String,
    region: String,
    size: CompanySize,
    tier: Tier,
    parent: Option<AccountId>,
    lifecycle: Lifecycle,
    owner: Option<OwnerId>,
    #[serde(with = "crate::domain::wire::instant")]
    created_at: DateTime<Utc>,
    #[serde(with = "crate::domain::wire::instant")]
    updated_at: DateTime<Utc>,
}

impl From<AccountV3> for Account {
    fn from(a: AccountV3) -> Account {
        Account {
            id: a.id,
            name: a.name,
            industry: a.industry,
            region: a.region,
            size: a.size,
            tier: a.tier,
            parent: a.parent,
            lifecycle: a.lifecycle,
            owner: a.owner,
            created_at: a.created_at,
            updated_at: a.updated_at,
            external_id: None,
        }
    }
}

#[derive(Deserialize)]
struct OwnerV3 {
    id: OwnerId,
    name: String,
    team: String,
    role: OwnerRole,
    email: String,
}

impl From<OwnerV3> for Owner {
    fn from(o: OwnerV3) -> Owner {
        Owner {
            id: o.id,
            name: o.name,
            team: o.team,
            role: o.role,
            email: o.email,
            manager: None,
            external_id: None,
        }
    }
}

/// Undo entries keep copies of the records a change touched: they are
/// upgraded with them, so `u` still works after the upgrade.
#[derive(Deserialize)]
enum BeforeV3 {
    Deal(u64, Option<Box<DealV3>>),
    Account(u64, Option<Box<AccountV3>>),
    Contact(u64, Option<Box<Contact>>),
    Activity(u64, Option<Box<Activity>>),
    Owner(u64, Option<Box<OwnerV3>>),
    Quote(u64, Option<Box<Quote>>),
    Lead(u64, Option<Box<Lead>>),
    Event(u64, Option<Box<StageEvent>>),
}

#[derive(Deserialize)]
struct UndoEntryV3 {
    id: u64,
    label: String,
    #[serde(with = "crate::domain::wire::instant")]
    at: DateTime<Utc>,
    by: String,
    before: Vec<BeforeV3>,
    events: Vec<EventId>,
}

fn upgraded<Old: Into<New>, New>(old: Option<Box<Old>>) -> Option<Box<New>> {
    old.map(|o| Box::new((*o).into()))
}

impl From<UndoEntryV3> for UndoEntry {
    fn from(e: UndoEntryV3) -> UndoEntry {
        let before = e
            .before
            .into_iter()
            .map(|b| match b {
                BeforeV3::Deal(k, v) => Before::Deal(k, upgraded(v)),
                BeforeV3::Account(k, v) => Before::Account(k, upgraded(v)),
                BeforeV3::Contact(k, v) => Before::Contact(k, v),
                BeforeV3::Activity(k, v) => Before::Activity(k, v),
                BeforeV3::Owner(k, v) => Before::Owner(k, upgraded(v)),
                BeforeV3::Quote(k, v) => Before::Quote(k, v),
                BeforeV3::Lead(k, v) => Before::Lead(k, v),
                BeforeV3::Event(k, v) => Before::Event(k, v),
            })
            .collect();
        UndoEntry {
            id: e.id,
            label: e.label,
            at: e.at,
            by: e.by,
            before,
            events: e.events,
        }
    }
}

#[derive(Deserialize)]
struct TriagedLossV3 {
    deal: DealId,
    category: String,
    sub_reason: String,
    competitor: Option<String>,
    controllable: bool,
    lesson: String,
}

#[derive(Deserialize)]
struct ReviewV3 {
    id: ReviewId,
    #[serde(with = "crate::domain::wire::date")]
    period_start: NaiveDate,
    #[serde(with = "crate::domain::wire::date")]
    period_end: NaiveDate,
    participants: Vec<String>,
    status: ReviewStatus,
    step: u8,
    lost_deals: Vec<DealId>,
    triage_cursor: usize,
    triaged: Vec<TriagedLossV3>,
    skipped: Vec<DealId>,
    report_path: Option<String>,
    created_by: String,
    #[serde(with = "crate::domain::wire::instant")]
    created_at: DateTime<Utc>,
    #[serde(with = "crate::domain::wire::instant")]
    updated_at: DateTime<Utc>,
    #[serde(with = "crate::domain::wire::opt_instant")]
    finished_at: Option<DateTime<Utc>>,
}

impl From<ReviewV3> for Review {
    fn from(r: ReviewV3) -> Review {
        Review {
            id: r.id,
            period_start: r.period_start,
            period_end: r.period_end,
            participants: r.participants,
            status: r.status,
            step: r.step,
            lost_deals: r.lost_deals,
            triage_cursor: r.triage_cursor,
            // What a triage changed was not kept before schema 4.
            triaged: r
                .triaged
                .into_iter()
                .map(|t| TriagedLoss {
                    deal: t.deal,
                    category: t.category,
                    sub_reason: t.sub_reason,
                    competitor: t.competitor,
                    controllable: t.controllable,
                    lesson: t.lesson,
                    before: None,
                })
                .collect(),
            skipped: r.skipped,
            report_path: r.report_path,
            created_by: r.created_by,
            created_at: r.created_at,
            updated_at: r.updated_at,
            finished_at: r.finished_at,
        }
    }
}
