//! Accounts and contacts from import files, in one transaction each: rows naming an
//! account (or a contact of an account) that is already there are left alone.

use super::Touched;
use super::import::{at_line, scan};
use super::parties::Parties;
use super::record::{bump_sequence, insert_batch, peek_next_id};
use super::{Store, StoreError};
use crate::domain::*;
use chrono::{DateTime, Utc};
use std::collections::HashSet;

/// One checked row of an accounts file.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedAccount {
    pub line: u64,
    pub name: String,
    pub industry: String,
    pub region: String,
    pub size: Option<CompanySize>,
    pub tier: Option<Tier>,
    pub lifecycle: Option<Lifecycle>,
    pub owner: Option<String>,
    /// The parent account's name: in the workspace or earlier in the file.
    pub parent: Option<String>,
    /// Its id in the CRM, for deals that name their account by id.
    pub external_id: Option<String>,
}

/// One checked row of a contacts file.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedContact {
    pub line: u64,
    pub name: String,
    /// Matched by name; created as a prospect when missing.
    pub account: String,
    pub title: String,
    pub role: DecisionRole,
    pub stance: Stance,
    pub influence: u8,
    pub email: String,
    pub phone: String,
}

/// What an accounts or contacts import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PartiesSummary {
    pub created: usize,
    pub already_there: usize,
    pub new_accounts: usize,
    pub new_owners: usize,
    /// Accounts already there that had no CRM id and took the file's.
    pub given_id: usize,
}

impl Store {
    pub fn import_accounts(
        &self,
        rows: &[ImportedAccount],
        now: DateTime<Utc>,
        dry_run: bool,
    ) -> Result<PartiesSummary, StoreError> {
        let txn = self.begin_write()?;
        let mut parties = Parties::load(&txn, now)?;
        let mut summary = PartiesSummary::default();
        let mut wanted_parents: Vec<(usize, &ImportedAccount)> = Vec::new();
        for row in rows {
            if let Some(id) = parties.existing_account(&row.name) {
                summary.already_there += 1;
                if let Some(crm_id) = &row.external_id {
                    summary.given_id += usize::from(parties.give_account_id(&txn, id, crm_id)?);
                }
                continue;
            }
            let owner = row.owner.as_deref().map(|o| parties.owner(o));
            if row.parent.is_some() {
                wanted_parents.push((parties.new_accounts.len(), row));
            }
            let account = Account {
                id: parties.next_account_id(),
                name: row.name.trim().to_string(),
                industry: row.industry.clone(),
                region: row.region.clone(),
                size: row.size.unwrap_or(CompanySize::Small),
                tier: row.tier.unwrap_or(Tier::C),
                parent: None,
                lifecycle: row.lifecycle.unwrap_or(Lifecycle::Prospect),
                owner,
                created_at: now,
                updated_at: now,
                external_id: row.external_id.clone(),
            };
            validate_account(&account).map_err(|e| at_line(row.line, StoreError::from(e)))?;
            parties.add_account(account);
            summary.created += 1;
        }
        // Parents once every name of the file is known: a parent may come after its child.
        for (at, row) in wanted_parents {
            let name = row.parent.as_deref().unwrap_or_default();
            let parent = parties
                .existing_account(name)
                .ok_or_else(|| at_line(row.line, t!("store-import-no-parent", name = name)))?;
            parties.new_accounts[at].parent = Some(parent);
        }
        let (_, new_owners) = parties.write(&txn)?;
        summary.new_owners = new_owners;
        finish(self, txn, dry_run)?;
        Ok(summary)
    }

    pub fn import_contacts(
        &self,
        rows: &[ImportedContact],
        now: DateTime<Utc>,
        dry_run: bool,
    ) -> Result<PartiesSummary, StoreError> {
        let txn = self.begin_write()?;
        let mut parties = Parties::load(&txn, now)?;
        let mut known: HashSet<(AccountId, String)> = HashSet::new();
        scan::<Contact>(&txn, |c| {
            known.insert((c.account, c.name.trim().to_lowercase()));
        })?;
        let mut next = peek_next_id::<Contact>(&txn)?;
        let mut contacts = Vec::new();
        let mut summary = PartiesSummary::default();
        for row in rows {
            let account = parties.account(&row.account, row.line)?;
            if !known.insert((account, row.name.trim().to_lowercase())) {
                summary.already_there += 1;
                continue;
            }
            let contact = Contact {
                id: ContactId(next),
                name: row.name.trim().to_string(),
                title: row.title.clone(),
                account,
                role: row.role,
                stance: row.stance,
                influence: row.influence,
                email: row.email.clone(),
                phone: row.phone.clone(),
                last_contacted: None,
                created_at: now,
                updated_at: now,
            };
            validate_contact(&contact)
                .and_then(|()| crate::domain::validate::email(&contact.email))
                .map_err(|e| at_line(row.line, StoreError::from(e)))?;
            next += 1;
            contacts.push(contact);
        }
        summary.created = contacts.len();
        (summary.new_accounts, summary.new_owners) = parties.write(&txn)?;
        insert_batch(&txn, &contacts)?;
        bump_sequence::<Contact>(&txn, next - 1)?;
        finish(self, txn, dry_run)?;
        Ok(summary)
    }
}

fn finish(store: &Store, txn: redb::WriteTransaction, dry_run: bool) -> Result<(), StoreError> {
    if dry_run {
        txn.abort()?;
    } else {
        store.commit(txn, "", Touched::Everything)?;
    }
    Ok(())
}

/// One checked row of an activities file.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedActivity {
    pub line: u64,
    pub kind: ActivityKind,
    pub at: DateTime<Utc>,
    /// The deal's external id, or its title.
    pub deal: Option<String>,
    pub account: Option<String>,
    /// Contact names (of the deal's or the named account).
    pub contacts: Vec<String>,
    pub owner: Option<String>,
    pub summary: String,
    pub due: Option<chrono::NaiveDate>,
    pub done: bool,
}

impl Store {
    /// Activities joined to deals (external id, else title) and contacts (by name,
    /// on the activity's account); an activity already there (same kind, time, deal and
    /// summary) is left alone. Calls, meetings, emails and demos update the contacts'
    /// last-contacted date as logging them does.
    pub fn import_activities(
        &self,
        rows: &[ImportedActivity],
        by: &str,
        now: DateTime<Utc>,
        dry_run: bool,
    ) -> Result<PartiesSummary, StoreError> {
        use std::collections::HashMap;
        let txn = self.begin_write()?;
        let mut parties = Parties::load(&txn, now)?;
        let mut deals_by_key: HashMap<String, (DealId, AccountId)> = HashMap::new();
        scan::<Deal>(&txn, |d| {
            if let Some(id) = &d.external_id {
                deals_by_key.insert(id.clone(), (d.id, d.account));
            }
            deals_by_key
                .entry(d.title.trim().to_lowercase())
                .or_insert((d.id, d.account));
        })?;
        let mut contacts: HashMap<ContactId, Contact> = HashMap::new();
        scan::<Contact>(&txn, |c| {
            contacts.insert(c.id, c);
        })?;
        let by_name: HashMap<(AccountId, String), ContactId> = contacts
            .values()
            .map(|c| ((c.account, c.name.trim().to_lowercase()), c.id))
            .collect();
        let mut known: HashSet<(String, i64, Option<DealId>, String)> = HashSet::new();
        scan::<Activity>(&txn, |a| {
            known.insert((
                a.kind.code().to_string(),
                a.at.timestamp(),
                a.deal,
                a.summary,
            ));
        })?;
        let mut next = peek_next_id::<Activity>(&txn)?;
        let mut new = Vec::new();
        let mut touched: HashSet<ContactId> = HashSet::new();
        let mut summary = PartiesSummary::default();
        for row in rows {
            let deal = match &row.deal {
                None => None,
                Some(key) => Some(
                    deals_by_key
                        .get(key.trim())
                        .or_else(|| deals_by_key.get(&key.trim().to_lowercase()))
                        .copied()
                        .ok_or_else(|| {
                            at_line(row.line, t!("store-import-no-deal", key = key.as_str()))
                        })?,
                ),
            };
            let account = match (&row.account, deal) {
                (Some(name), _) => Some(parties.account(name, row.line)?),
                (None, Some((_, account))) => Some(account),
                (None, None) => None,
            };
            let deal = deal.map(|(id, _)| id);
            if !known.insert((
                row.kind.code().to_string(),
                row.at.timestamp(),
                deal,
                row.summary.clone(),
            )) {
                summary.already_there += 1;
                continue;
            }
            let mut ids = Vec::new();
            for name in &row.contacts {
                let id = account
                    .and_then(|a| by_name.get(&(a, name.trim().to_lowercase())))
                    .ok_or_else(|| {
                        at_line(
                            row.line,
                            t!("store-import-no-contact", name = name.as_str()),
                        )
                    })?;
                ids.push(*id);
            }
            let touches = !matches!(row.kind, ActivityKind::Note | ActivityKind::Task);
            for id in &ids {
                if let Some(c) = contacts.get_mut(id)
                    && touches
                    && c.last_contacted.is_none_or(|t| t < row.at)
                {
                    c.last_contacted = Some(row.at);
                    c.updated_at = now;
                    touched.insert(*id);
                }
            }
            let owner = parties.owner(row.owner.as_deref().unwrap_or(by));
            new.push(Activity {
                id: ActivityId(next),
                kind: row.kind,
                at: row.at,
                deal,
                account,
                contacts: ids,
                owner,
                summary: row.summary.trim().to_string(),
                due: row.due,
                done: row.done,
                created_at: now,
                updated_at: now,
            });
            next += 1;
        }
        summary.created = new.len();
        (summary.new_accounts, summary.new_owners) = parties.write(&txn)?;
        insert_batch(&txn, &new)?;
        bump_sequence::<Activity>(&txn, next - 1)?;
        for id in touched {
            if let Some(contact) = contacts.get(&id) {
                super::record::put(&txn, contact)?;
            }
        }
        finish(self, txn, dry_run)?;
        Ok(summary)
    }
}
