//! An account's page: opened from the accounts list, its changes saved and
//! the page read again; a deal opened from it comes back to it.

use super::app::App;
use super::layers::Layer;
use super::layers::account::{AccountRequest, AccountView};
use crate::account_page::AccountPage;
use crate::domain::*;

impl App {
    /// The account's page over what is on top (the accounts list).
    pub(super) fn open_account_page(&mut self, id: AccountId) {
        let owners = match self.store.owners() {
            Ok(o) => {
                let mut o: Vec<(OwnerId, String)> = o.into_iter().map(|o| (o.id, o.name)).collect();
                o.sort_by(|a, b| a.1.cmp(&b.1));
                o
            }
            Err(e) => return self.set_error(e.to_string()),
        };
        match AccountPage::load(&self.store, id) {
            Ok(page) => self.layers.push(Layer::Account(Box::new(AccountView::new(
                page,
                owners,
                self.now.date_naive(),
            )))),
            Err(e) => self.set_error(e.to_string()),
        }
    }

    pub(super) fn answer_account_request(&mut self, request: AccountRequest) {
        let user = self.user.clone();
        let stamp = crate::store::Stamp {
            by: &user,
            at: self.now,
        };
        let Some(Layer::Account(view)) = self.layers.last() else {
            return;
        };
        let id = view.page.account.id;
        let name_of = |accounts: &[Account], name: &str| {
            accounts
                .iter()
                .find(|a| a.name.eq_ignore_ascii_case(name.trim()))
                .map(|a| a.id)
                .ok_or_else(|| t!("list-account-no-such", name = name.trim()))
        };
        let mut added = None;
        let done: Result<String, String> = match request {
            AccountRequest::OpenDeal(deal) => {
                if let Err(e) = self.execute(super::layers::Command::OpenDeal(deal)) {
                    self.set_error(e);
                }
                return;
            }
            AccountRequest::SaveAccount {
                mut account,
                parent,
            } => (|| {
                account.parent = if parent.trim().is_empty() {
                    None
                } else {
                    let accounts = self.store.accounts().map_err(|e| e.to_string())?;
                    Some(name_of(&accounts, &parent)?)
                };
                let saved = self
                    .store
                    .update_account(&account, stamp)
                    .map_err(|e| e.to_string())?;
                Ok(t!("list-account-saved", name = saved.name))
            })(),
            AccountRequest::AddContact(c) => self
                .store
                .add_contact(&c, stamp)
                .map(|c| {
                    added = Some(c.id);
                    t!("list-account-contact-added", name = c.name)
                })
                .map_err(|e| e.to_string()),
            AccountRequest::SaveContact(c) => self
                .store
                .update_contact(&c, stamp)
                .map(|c| t!("list-account-saved", name = c.name))
                .map_err(|e| e.to_string()),
            AccountRequest::MoveContact { contact, to } => (|| {
                let accounts = self.store.accounts().map_err(|e| e.to_string())?;
                let to_id = name_of(&accounts, &to)?;
                if to_id == id {
                    return Err(t!("list-account-already-there"));
                }
                let mut c = self
                    .store
                    .contact(contact)
                    .map_err(|e| e.to_string())?
                    .ok_or_else(|| t!("list-account-contact-gone"))?;
                c.account = to_id;
                let saved = self
                    .store
                    .update_contact(&c, stamp)
                    .map_err(|e| e.to_string())?;
                Ok(t!(
                    "list-account-contact-moved",
                    name = saved.name,
                    to = to.trim()
                ))
            })(),
        };
        match done {
            Ok(note) => {
                self.jobs.changes += 1;
                self.refresh_top_layer(note);
                // A contact just added is shown where it is, selected.
                if let (Some(id), Some(Layer::Account(view))) = (added, self.layers.last_mut()) {
                    view.show_contact(id);
                }
            }
            Err(e) => {
                if let Some(Layer::Account(view)) = self.layers.last_mut() {
                    super::layers::LayerKeys::show_error(view.as_mut(), e);
                }
            }
        }
    }
}
