//! The lead pool: adding leads (with their duplicates named), claiming,
//! assigning, following up, disqualifying, returning to the pool, converting
//! into an account, a contact and a deal, and the pool's rules. Every change
//! is one undoable transaction and leaves a line in the lead's history.

use super::lead_checks::{
    checked_text, dedup_in, known_contact, may_assign, may_work, owner_name, record_event,
};
use super::mutate::{DealDraft, ensure_owner, find_owner, insert_deal};
use super::read::all_or_none;
use super::record::{Record, insert_new, next_id, put, require};
use super::undo::{Before, push_undo};
use super::{AccountRef, Stamp, Store, StoreError, Touched};
use crate::domain::lead_pool::{Duplicate, LeadRules, RuleAssignment};
use crate::domain::*;

/// What a new lead needs; its score is the profile fit plus `behaviour`.
#[derive(Debug, Clone)]
pub struct LeadDraft {
    pub company: String,
    pub contact_name: String,
    pub phone: String,
    pub email: String,
    pub channel: Channel,
    pub industry: String,
    pub region: String,
    pub size: CompanySize,
    /// 0–50: what the lead did (visits, downloads, replies).
    pub behaviour: u8,
}

/// One change to a lead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeadChange {
    /// From the pool to the person making the change.
    Claim,
    /// To the owner of that name (managers and directors).
    Assign(String),
    FollowUp(String),
    Disqualify(String),
    /// Back to the pool, with why.
    Return(String),
}

/// The deal a qualified lead becomes.
#[derive(Debug, Clone)]
pub struct Conversion {
    pub title: String,
    pub amount: Money,
    pub pipeline: PipelineId,
}

/// What a conversion made or reused.
#[derive(Debug, Clone)]
pub struct Converted {
    pub account: Account,
    /// An account of the same company was there and is used.
    pub account_reused: bool,
    pub contact: Contact,
    pub contact_reused: bool,
    pub deal: Deal,
}

impl Converted {
    /// What became of the lead's person, in words: a new contact's place in
    /// the power map was chosen for them, so it is named.
    pub fn contact_said(&self) -> String {
        let c = &self.contact;
        if self.contact_reused {
            t!("store-lead-contact-reused", name = c.name.as_str())
        } else if c.name.trim().is_empty() {
            t!("store-lead-no-contact")
        } else {
            t!(
                "store-lead-contact-added",
                name = c.name.as_str(),
                role = c.role.label().to_lowercase(),
                stance = c.stance.label(),
                influence = c.influence.to_string()
            )
        }
    }
}

/// What the pool's rules did (or would do, in a dry run).
#[derive(Debug, Clone, Default)]
pub struct RulesOutcome {
    /// Leads back in the pool: (lead, company, whose it was).
    pub returned: Vec<(LeadId, String, OwnerId)>,
    pub assigned: Vec<RuleAssignment>,
}

impl RulesOutcome {
    pub fn is_empty(&self) -> bool {
        self.returned.is_empty() && self.assigned.is_empty()
    }
}

impl Store {
    /// Every lead event, oldest first (none in a workspace older than them).
    pub fn lead_events(&self) -> Result<Vec<LeadEvent>, StoreError> {
        let txn = self.read()?;
        let mut events: Vec<LeadEvent> = all_or_none(&txn)?;
        events.sort_by_key(|e| (e.at, e.id));
        Ok(events)
    }

    /// Adds a lead to the pool; returns it with whatever it may duplicate
    /// (kept all the same: a warning, not a refusal).
    pub fn add_lead(
        &self,
        draft: LeadDraft,
        rules: &LeadRules,
        stamp: Stamp,
    ) -> Result<(Lead, Vec<Duplicate>), StoreError> {
        let mut added = self.add_leads(vec![draft], rules, stamp)?;
        added
            .pop()
            .ok_or_else(|| StoreError::Conflict(t!("store-lead-none-added")))
    }

    /// Adds leads in one transaction (an import): all or none. Each is
    /// checked for duplicates against what was there and the rows before it.
    pub fn add_leads(
        &self,
        drafts: Vec<LeadDraft>,
        rules: &LeadRules,
        stamp: Stamp,
    ) -> Result<Vec<(Lead, Vec<Duplicate>)>, StoreError> {
        let txn = self.begin_write()?;
        let mut dedup = dedup_in(&txn)?;
        let mut undo = Vec::new();
        let mut added = Vec::new();
        for draft in drafts {
            let behaviour = draft.behaviour.min(crate::domain::lead_pool::MAX_PART);
            let lead = Lead {
                id: LeadId(next_id::<Lead>(&txn)?),
                score: rules.fit(&draft.industry, draft.size) + behaviour,
                company: draft.company.trim().to_string(),
                contact_name: draft.contact_name.trim().to_string(),
                phone: draft.phone.trim().to_string(),
                email: draft.email.trim().to_string(),
                channel: draft.channel,
                industry: draft.industry.trim().to_string(),
                region: draft.region.trim().to_string(),
                size: draft.size,
                owner: None,
                assigned_at: None,
                last_follow_up: None,
                status: LeadStatus::New,
                converted_deal: None,
                created_at: stamp.at,
                updated_at: stamp.at,
            };
            validate_lead(&lead)?;
            let duplicates = dedup.duplicates_of(&lead);
            dedup.add_lead(&lead);
            insert_new(&txn, &lead)?;
            undo.push(Before::Lead(lead.id.0, None));
            added.push((lead, duplicates));
        }
        let label = match added.as_slice() {
            [(one, _)] => t!("store-undo-add-lead", lead = one.company.as_str()),
            many => t!("store-undo-import-leads", count = many.len()),
        };
        push_undo(&txn, label, stamp, undo, vec![])?;
        self.commit(txn, stamp.by, Touched::Nothing)?;
        Ok(added)
    }

    /// Claims, assigns, follows up, disqualifies or returns a lead.
    pub fn change_lead(
        &self,
        id: LeadId,
        change: LeadChange,
        stamp: Stamp,
    ) -> Result<Lead, StoreError> {
        let txn = self.begin_write()?;
        let before: Lead = require(&txn, id.0)?;
        let mut undo = vec![Before::Lead(id.0, Some(Box::new(before.clone())))];
        let mut lead = before.clone();
        if !lead.status.is_open() {
            return Err(StoreError::Conflict(t!(
                "store-lead-closed",
                id = format!("{}-{id}", LeadId::PREFIX),
                company = lead.company.as_str(),
                status = lead.status.label()
            )));
        }
        let (kind, label) = match change {
            LeadChange::Claim => {
                if let Some(owner) = lead.owner {
                    return Err(StoreError::Conflict(t!(
                        "store-lead-claimed-already",
                        id = format!("{}-{id}", LeadId::PREFIX),
                        company = lead.company.as_str(),
                        owner = owner_name(&txn, owner)?
                    )));
                }
                let me = ensure_owner(&txn, stamp.by, &mut undo)?;
                lead.owner = Some(me.id);
                lead.assigned_at = Some(stamp.at);
                (
                    LeadEventKind::Claimed,
                    t!("store-undo-claim-lead", lead = lead.company.as_str()),
                )
            }
            LeadChange::Assign(name) => {
                may_assign(&txn, stamp)?;
                let to = find_owner(&txn, &name)?;
                if lead.owner == Some(to.id) {
                    return Err(StoreError::Conflict(t!(
                        "store-lead-theirs-already",
                        id = format!("{}-{id}", LeadId::PREFIX),
                        owner = to.name.as_str()
                    )));
                }
                lead.owner = Some(to.id);
                lead.assigned_at = Some(stamp.at);
                let label = t!(
                    "store-undo-assign-lead",
                    lead = lead.company.as_str(),
                    owner = to.name.as_str()
                );
                (
                    LeadEventKind::Assigned {
                        to: to.id,
                        by_rule: false,
                    },
                    label,
                )
            }
            LeadChange::FollowUp(note) => {
                may_work(&txn, stamp, &lead)?;
                let note = checked_text("follow-up note", &note)?;
                // Whoever follows up a pool lead is working it: it is theirs.
                if lead.owner.is_none() {
                    let me = ensure_owner(&txn, stamp.by, &mut undo)?;
                    lead.owner = Some(me.id);
                    lead.assigned_at = Some(stamp.at);
                    record_event(&txn, id, LeadEventKind::Claimed, stamp.by, stamp, &mut undo)?;
                }
                lead.last_follow_up = Some(stamp.at);
                lead.status = LeadStatus::Working;
                (
                    LeadEventKind::FollowUp { note },
                    t!("store-undo-follow-up-lead", lead = lead.company.as_str()),
                )
            }
            LeadChange::Disqualify(reason) => {
                may_work(&txn, stamp, &lead)?;
                let reason = checked_text("reason", &reason)?;
                lead.status = LeadStatus::Disqualified;
                (
                    LeadEventKind::Disqualified { reason },
                    t!("store-undo-disqualify-lead", lead = lead.company.as_str()),
                )
            }
            LeadChange::Return(why) => {
                may_work(&txn, stamp, &lead)?;
                if lead.owner.is_none() {
                    return Err(StoreError::Conflict(t!(
                        "store-lead-in-pool-already",
                        id = format!("{}-{id}", LeadId::PREFIX),
                        company = lead.company.as_str()
                    )));
                }
                let why = checked_text("why", &why)?;
                lead.owner = None;
                lead.assigned_at = None;
                lead.status = LeadStatus::New;
                (
                    LeadEventKind::Returned {
                        why,
                        by_rule: false,
                    },
                    t!("store-undo-return-lead", lead = lead.company.as_str()),
                )
            }
        };
        lead.updated_at = stamp.at.max(before.updated_at);
        put(&txn, &lead)?;
        record_event(&txn, id, kind, stamp.by, stamp, &mut undo)?;
        push_undo(&txn, label, stamp, undo, vec![])?;
        self.commit(txn, stamp.by, Touched::Nothing)?;
        Ok(lead)
    }

    /// Qualifies a lead: its account (the one already there for the same
    /// company, else a new one), its contact (one of that account's with the
    /// same email, phone or name, else a new one) and a deal in the pipeline's
    /// first stage, owned by the lead's owner (or whoever converts a pool lead).
    /// One transaction: a refusal anywhere leaves nothing made.
    pub fn convert_lead(
        &self,
        id: LeadId,
        conversion: Conversion,
        stamp: Stamp,
    ) -> Result<Converted, StoreError> {
        let txn = self.begin_write()?;
        let before: Lead = require(&txn, id.0)?;
        if !(before.status.is_open() || before.status == LeadStatus::Qualified) {
            return Err(StoreError::Conflict(t!(
                "store-lead-cannot-convert",
                id = format!("{}-{id}", LeadId::PREFIX),
                company = before.company.as_str(),
                status = before.status.label()
            )));
        }
        may_work(&txn, stamp, &before)?;
        let mut undo = vec![Before::Lead(id.0, Some(Box::new(before.clone())))];
        let dedup = dedup_in(&txn)?;
        let (account, account_reused) = match dedup.account_for(&before.company) {
            Some(a) => (require::<Account>(&txn, a.0)?, true),
            None => {
                let mut a = Account::prospect(
                    AccountId(next_id::<Account>(&txn)?),
                    &before.company,
                    stamp.at,
                );
                a.industry = before.industry.clone();
                a.region = before.region.clone();
                a.size = before.size;
                a.owner = before.owner;
                validate_account(&a)?;
                insert_new(&txn, &a)?;
                undo.push(Before::Account(a.id.0, None));
                (a, false)
            }
        };
        let (contact, contact_reused) = match known_contact(&txn, &account, &before)? {
            Some(c) => (c, true),
            None => {
                let c = Contact {
                    id: ContactId(next_id::<Contact>(&txn)?),
                    name: before.contact_name.clone(),
                    title: String::new(),
                    account: account.id,
                    role: DecisionRole::Influencer,
                    stance: Stance::Neutral,
                    influence: 3,
                    email: before.email.clone(),
                    phone: before.phone.clone(),
                    last_contacted: before.last_follow_up,
                    created_at: stamp.at,
                    updated_at: stamp.at,
                };
                if !c.name.trim().is_empty() {
                    validate_contact(&c)?;
                    insert_new(&txn, &c)?;
                    undo.push(Before::Contact(c.id.0, None));
                }
                (c, false)
            }
        };
        let owner = match before.owner {
            Some(o) => owner_name(&txn, o)?,
            None => ensure_owner(&txn, stamp.by, &mut undo)?.name,
        };
        let draft = DealDraft {
            title: conversion.title,
            account: AccountRef::Id(account.id),
            owner: Some(owner),
            amount: conversion.amount,
            expected_close: None,
            pipeline: conversion.pipeline,
            stage: None,
            source: format!("lead {id} ({})", before.channel.code()),
            tags: Vec::new(),
            next_step: None,
            next_step_date: None,
        };
        let (mut deal, event) = insert_deal(&txn, draft, stamp, &mut undo)?;
        if contact_reused || !contact.name.trim().is_empty() {
            deal.primary_contact = Some(contact.id);
            put(&txn, &deal)?;
        }
        let mut lead = before.clone();
        lead.status = LeadStatus::Converted;
        lead.converted_deal = Some(deal.id);
        lead.owner = Some(deal.owner);
        lead.assigned_at = lead.assigned_at.or(Some(stamp.at));
        lead.updated_at = stamp.at.max(before.updated_at);
        put(&txn, &lead)?;
        record_event(
            &txn,
            id,
            LeadEventKind::Converted { deal: deal.id },
            stamp.by,
            stamp,
            &mut undo,
        )?;
        push_undo(
            &txn,
            t!(
                "store-undo-convert-lead",
                lead = before.company.as_str(),
                deal = deal.title.as_str()
            ),
            stamp,
            undo,
            vec![event.id],
        )?;
        self.commit(txn, stamp.by, Touched::Deals(vec![deal.id]))?;
        Ok(Converted {
            account,
            account_reused,
            contact,
            contact_reused,
            deal,
        })
    }

    /// The pool's rules at `stamp.at`: assigned leads nobody followed up for
    /// `recycle_days` go back to the pool, then leads in the pool scoring at
    /// least `auto_assign_score` are assigned. One undoable change; with
    /// `dry_run` nothing is written and the outcome says what would happen.
    pub fn apply_lead_rules(
        &self,
        rules: &LeadRules,
        stamp: Stamp,
        dry_run: bool,
    ) -> Result<RulesOutcome, StoreError> {
        // Most of the time nothing is due: find that out reading, without
        // holding the writer or reading every account.
        {
            let read = self.read()?;
            let mut due = false;
            super::record::each_in(&read.open_table(Lead::TABLE)?, |l: Lead| {
                due |= rules.due_for_pool(&l, stamp.at) || rules.hot(&l);
            })?;
            if !due {
                return Ok(RulesOutcome::default());
            }
        }
        let txn = self.begin_write()?;
        let mut leads: Vec<Lead> = Vec::new();
        super::record::each_in(&txn.open_table(Lead::TABLE)?, |l: Lead| leads.push(l))?;
        let mut outcome = RulesOutcome::default();
        let mut undo = Vec::new();
        for lead in leads.iter_mut() {
            if !rules.due_for_pool(lead, stamp.at) {
                continue;
            }
            let Some(was) = lead.owner else { continue };
            undo.push(Before::Lead(lead.id.0, Some(Box::new(lead.clone()))));
            outcome.returned.push((lead.id, lead.company.clone(), was));
            lead.owner = None;
            lead.assigned_at = None;
            lead.status = LeadStatus::New;
            lead.updated_at = stamp.at.max(lead.updated_at);
        }
        let owners = super::mutate::all_owners(&txn)?;
        let mut accounts: Vec<Account> = Vec::new();
        super::record::each_in(&txn.open_table(Account::TABLE)?, |a: Account| {
            accounts.push(a)
        })?;
        // A lead a person put back in the pool stays there; a recycled one
        // goes to someone else than whom it was taken from.
        let mut latest: std::collections::HashMap<LeadId, (chrono::DateTime<chrono::Utc>, bool)> =
            std::collections::HashMap::new();
        super::record::each_in(&txn.open_table(LeadEvent::TABLE)?, |e: LeadEvent| {
            let by_hand = matches!(e.kind, LeadEventKind::Returned { by_rule: false, .. });
            let slot = latest.entry(e.lead).or_insert((e.at, by_hand));
            if e.at >= slot.0 {
                *slot = (e.at, by_hand);
            }
        })?;
        let returned_by_hand = latest
            .into_iter()
            .filter(|(_, (_, by_hand))| *by_hand)
            .map(|(id, _)| id)
            .collect();
        let last_owner = outcome
            .returned
            .iter()
            .map(|(id, _, was)| (*id, *was))
            .collect();
        outcome.assigned = crate::domain::lead_pool::assign_hot_leads(
            rules,
            &leads,
            &owners,
            &accounts,
            &returned_by_hand,
            &last_owner,
        );
        if dry_run || outcome.is_empty() {
            txn.abort()?;
            return Ok(outcome);
        }
        let why = t!(
            "store-lead-rule-returned-why",
            days = rules.recycle_days.to_string()
        );
        // Leads were read in key order: found by search, not by a scan per
        // lead (a million-deal workspace returns thousands at once).
        let at = |leads: &[Lead], id: LeadId| leads.binary_search_by_key(&id, |l| l.id).ok();
        let mut saved: std::collections::HashSet<LeadId> =
            outcome.returned.iter().map(|(id, _, _)| *id).collect();
        for (id, _, _) in &outcome.returned {
            if let Some(i) = at(&leads, *id) {
                put(&txn, &leads[i])?;
            }
            let kind = LeadEventKind::Returned {
                why: why.clone(),
                by_rule: true,
            };
            record_event(&txn, *id, kind, "rule", stamp, &mut undo)?;
        }
        for a in &outcome.assigned {
            let Some(i) = at(&leads, a.lead) else {
                continue;
            };
            let lead = &mut leads[i];
            if saved.insert(lead.id) {
                undo.push(Before::Lead(lead.id.0, Some(Box::new(lead.clone()))));
            }
            lead.owner = Some(a.to);
            lead.assigned_at = Some(stamp.at);
            lead.updated_at = stamp.at.max(lead.updated_at);
            put(&txn, lead)?;
            let kind = LeadEventKind::Assigned {
                to: a.to,
                by_rule: true,
            };
            record_event(&txn, a.lead, kind, "rule", stamp, &mut undo)?;
        }
        let label = t!(
            "store-undo-lead-rules",
            returned = outcome.returned.len(),
            assigned = outcome.assigned.len()
        );
        push_undo(&txn, label, stamp, undo, vec![])?;
        self.commit(txn, stamp.by, Touched::Nothing)?;
        Ok(outcome)
    }
}
