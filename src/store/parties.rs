//! Accounts and owners of an import, found by name or by their CRM id: new
//! ones are handed ids here and written in one batch at the end.

use super::StoreError;
use super::import::{ImportedDeal, at_line, scan};
use super::record::{bump_sequence, insert_batch, peek_next_id};
use crate::domain::*;
use chrono::{DateTime, Utc};
use redb::WriteTransaction;
use std::collections::HashMap;

/// Accounts and owners by name for an import: new ones are handed ids here and kept
/// for one bulk write at the end.
pub(crate) struct Parties {
    accounts: HashMap<String, AccountId>,
    owners: HashMap<String, OwnerId>,
    /// By CRM id (Salesforce's `001…` and `005…`), for API exports.
    account_ids: HashMap<String, AccountId>,
    owner_ids: HashMap<String, OwnerId>,
    /// Industry and region of every account, those this import makes too
    /// (looked up once per deal row: a search of the new ones was quadratic).
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
        let (mut account_ids, mut owner_ids) = (HashMap::new(), HashMap::new());
        scan::<Account>(txn, |a| {
            accounts.entry(key(&a.name)).or_insert(a.id);
            if let Some(crm) = &a.external_id {
                account_ids.insert(crm.clone(), a.id);
            }
            places.insert(a.id, (a.industry, a.region));
        })?;
        let mut owners = HashMap::new();
        scan::<Owner>(txn, |o| {
            owners.entry(key(&o.name)).or_insert(o.id);
            if let Some(crm) = &o.external_id {
                owner_ids.insert(crm.clone(), o.id);
            }
        })?;
        Ok(Parties {
            accounts,
            owners,
            account_ids,
            owner_ids,
            places,
            next_account: peek_next_id::<Account>(txn)?,
            next_owner: peek_next_id::<Owner>(txn)?,
            new_accounts: Vec::new(),
            new_owners: Vec::new(),
            now,
        })
    }

    /// The account's industry and region.
    pub fn place_of(&self, account: AccountId) -> (String, String) {
        self.places.get(&account).cloned().unwrap_or_default()
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
        let account = Account::prospect(AccountId(self.next_account), name, self.now);
        validate_account(&account).map_err(|e| at_line(line, StoreError::from(e)))?;
        self.next_account += 1;
        self.add_account(account);
        Ok(AccountId(self.next_account - 1))
    }

    /// Takes an account built by the caller (its id from `next_account_id`).
    /// The account an API export names by its CRM id.
    pub fn account_by_crm_id(&self, crm: &str) -> Option<AccountId> {
        self.account_ids.get(crm.trim()).copied()
    }

    /// The owner an API export names by their CRM id.
    pub fn owner_by_crm_id(&self, crm: &str) -> Option<OwnerId> {
        self.owner_ids.get(crm.trim()).copied()
    }

    /// Whether a deal row finds its account or owner by CRM id.
    pub fn joins_by_id(&self, row: &ImportedDeal) -> bool {
        let account = row
            .account_id
            .as_deref()
            .and_then(|c| self.account_by_crm_id(c));
        let owner = row
            .owner_id
            .as_deref()
            .and_then(|c| self.owner_by_crm_id(c));
        account.is_some() || owner.is_some()
    }

    /// A deal row's account: by CRM id where an earlier import recorded it
    /// (an API export), else by name, created when missing.
    pub fn account_of(&mut self, row: &ImportedDeal) -> Result<AccountId, StoreError> {
        match row
            .account_id
            .as_deref()
            .and_then(|c| self.account_by_crm_id(c))
        {
            Some(id) => Ok(id),
            None => self.account(&row.account, row.line),
        }
    }

    /// A deal row's owner, by CRM id or by name (made when missing); None
    /// when the row names nobody.
    pub fn owner_of(&mut self, row: &ImportedDeal) -> Option<OwnerId> {
        if let Some(id) = row
            .owner_id
            .as_deref()
            .and_then(|c| self.owner_by_crm_id(c))
        {
            return Some(id);
        }
        row.owner.as_deref().map(|name| self.owner(name))
    }

    /// Records the CRM id of an account already there that has none; true
    /// when it did.
    pub fn give_account_id(
        &mut self,
        txn: &WriteTransaction,
        account: AccountId,
        crm: &str,
    ) -> Result<bool, StoreError> {
        let crm = crm.trim();
        crate::domain::validate::text("id", crm, MAX_TITLE, false)?;
        let mut known: Account = super::record::require(txn, account.0)?;
        if known.external_id.is_some() || crm.is_empty() {
            return Ok(false);
        }
        known.external_id = Some(crm.to_string());
        super::record::put(txn, &known)?;
        self.account_ids.insert(crm.to_string(), account);
        Ok(true)
    }

    /// Records a person's CRM id (a new owner of this import, or one
    /// already there), so deals naming them by id join.
    pub fn set_owner_id(&mut self, owner: OwnerId, crm: &str) {
        self.owner_ids.insert(crm.trim().to_string(), owner);
    }

    pub fn add_account(&mut self, account: Account) {
        if let Some(crm) = &account.external_id {
            self.account_ids.insert(crm.clone(), account.id);
        }
        self.accounts.insert(key(&account.name), account.id);
        let place = (account.industry.clone(), account.region.clone());
        self.places.insert(account.id, place);
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
        let owner = Owner::rep(OwnerId(self.next_owner), name);
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
