//! An account whole, as `account show` prints it and the app's account page
//! (`enter` in `g a`) shows it: its facts, parent and subsidiaries, its deals
//! (open first, then closed newest first, each with how it ended), its
//! contacts as a power map, its deals' latest activities and their quotes.

use crate::domain::*;
use crate::store::{Store, StoreError};

/// How many of the deals' activities the page lists (newest first).
const RECENT_ACTIVITIES: usize = 12;

#[derive(Debug, Clone)]
pub struct AccountPage {
    pub account: Account,
    pub parent: Option<Account>,
    pub children: Vec<Account>,
    /// Open deals by expected close, then closed ones newest first.
    pub deals: Vec<Deal>,
    /// By role, then the most influential first.
    pub contacts: Vec<Contact>,
    /// The deals' latest activities, newest first.
    pub activities: Vec<Activity>,
    /// Every quote on its deals, newest first.
    pub quotes: Vec<Quote>,
    /// Stage names by id, loss reasons by key: what the lines need to say.
    stages: Vec<(StageId, String)>,
    taxonomy: Vec<LossCategory>,
}

/// An amount as a line has room for: `23.4k USD`.
fn short_money(m: Money) -> String {
    format!("{} {}", crate::format::compact_amount(m.amount), m.currency)
}

impl AccountPage {
    pub fn load(store: &Store, id: AccountId) -> Result<AccountPage, StoreError> {
        let account = store
            .account(id)?
            .ok_or_else(|| StoreError::Conflict(format!("no account with id {id}")))?;
        let accounts = store.accounts()?;
        let parent = account
            .parent
            .and_then(|p| accounts.iter().find(|a| a.id == p).cloned());
        let mut children: Vec<Account> = accounts
            .into_iter()
            .filter(|a| a.parent == Some(id))
            .collect();
        children.sort_by(|a, b| a.name.cmp(&b.name));
        let mut deals = store.deals_of_account(id)?;
        deals.sort_by_key(|d| {
            (
                !d.is_open(),
                d.expected_close.filter(|_| d.is_open()),
                std::cmp::Reverse(d.closed_at),
                d.id,
            )
        });
        let mut contacts = store.contacts_of(id)?;
        contacts.sort_by_key(|c| (c.role, std::cmp::Reverse(c.influence), c.id));
        let mut activities = Vec::new();
        let mut quotes = Vec::new();
        for d in &deals {
            activities.extend(store.activities_of(d.id)?);
            quotes.extend(store.quotes_of(d.id)?);
        }
        activities.sort_by_key(|a| std::cmp::Reverse((a.at, a.id)));
        activities.truncate(RECENT_ACTIVITIES);
        quotes.sort_by_key(|q| std::cmp::Reverse((q.updated_at, q.id)));
        let stages = store
            .pipelines()?
            .into_iter()
            .flat_map(|p| p.stages.into_iter().map(|s| (s.id, s.name)))
            .collect();
        Ok(AccountPage {
            account,
            parent,
            children,
            deals,
            contacts,
            activities,
            quotes,
            stages,
            taxonomy: store.loss_reasons()?,
        })
    }

    fn stage_name(&self, id: StageId) -> &str {
        self.stages
            .iter()
            .find(|(s, _)| *s == id)
            .map_or("?", |(_, n)| n.as_str())
    }

    /// The account's facts in one line.
    pub fn facts(&self, owner_name: &dyn Fn(OwnerId) -> String) -> String {
        let a = &self.account;
        let or_none = |s: &str| {
            if s.is_empty() {
                "–".to_string()
            } else {
                s.to_string()
            }
        };
        format!(
            "tier {:?} · {} · {} · {} employees · owner {}",
            a.tier,
            or_none(&a.industry),
            or_none(&a.region),
            a.size.label(),
            a.owner.map_or_else(|| "none".to_string(), owner_name)
        )
    }

    /// Parent and subsidiaries, if any.
    pub fn family(&self) -> Option<String> {
        let mut parts = Vec::new();
        if let Some(p) = &self.parent {
            parts.push(format!("part of {}", p.name));
        }
        if !self.children.is_empty() {
            let names: Vec<&str> = self.children.iter().map(|c| c.name.as_str()).collect();
            parts.push(format!("subsidiaries: {}", names.join(", ")));
        }
        (!parts.is_empty()).then(|| parts.join(" · "))
    }

    /// A deal in one line: where it is or how it ended.
    pub fn deal_line(&self, d: &Deal) -> String {
        let how = match d.status {
            DealStatus::Open => format!(
                "open · {} · close {}",
                self.stage_name(d.stage),
                crate::format::day_or_none(d.expected_close)
            ),
            DealStatus::Won => format!(
                "won {}{}",
                d.closed_at.map(crate::format::day).unwrap_or_default(),
                d.win
                    .as_ref()
                    .map(|w| format!(" · {}", w.reason))
                    .unwrap_or_default()
            ),
            DealStatus::Lost => format!(
                "lost {}{}",
                d.closed_at.map(crate::format::day).unwrap_or_default(),
                d.loss
                    .as_ref()
                    .map(|l| format!(
                        " · {}{}",
                        crate::domain::review::category_name(&self.taxonomy, &l.category),
                        if l.sub_reason.is_empty() {
                            String::new()
                        } else {
                            format!(": {}", l.sub_reason)
                        }
                    ))
                    .unwrap_or_default()
            ),
        };
        format!("D-{} {} · {} · {how}", d.id, d.title, short_money(d.amount))
    }

    pub fn contact_line(c: &Contact) -> String {
        format!(
            "{} · {} · {} · influence {}{}{}",
            c.name,
            c.role.label(),
            c.stance.label(),
            c.influence,
            if c.title.is_empty() {
                String::new()
            } else {
                format!(" · {}", c.title)
            },
            c.last_contacted
                .map(|at| format!(" · last contacted {}", crate::format::day(at)))
                .unwrap_or_else(|| " · never contacted".into())
        )
    }

    pub fn activity_line(&self, a: &Activity) -> String {
        let deal = a
            .deal
            .and_then(|d| self.deals.iter().find(|x| x.id == d))
            .map(|d| d.title.as_str())
            .unwrap_or("");
        format!(
            "{} {} · {} · {}",
            crate::format::day(a.at),
            a.kind.label(),
            deal,
            a.summary
        )
    }

    pub fn quote_line(&self, q: &Quote) -> String {
        let latest = q.latest();
        let total = latest
            .map(|v| crate::domain::quote::totals(&v.lines, q.currency).total)
            .unwrap_or_default();
        format!(
            "{} v{} · {} · {} · {}",
            q.number,
            latest.map_or(0, |v| v.version),
            latest.map_or("draft", |v| v.status.label()),
            short_money(Money::new(total, q.currency)),
            self.deals
                .iter()
                .find(|d| d.id == q.deal)
                .map_or("", |d| d.title.as_str())
        )
    }

    /// The page as text (`account show`).
    pub fn lines(&self, owner_name: &dyn Fn(OwnerId) -> String) -> Vec<String> {
        let a = &self.account;
        let mut out = vec![
            format!("{} (account {})", a.name, a.id),
            self.facts(owner_name),
        ];
        out.extend(self.family());
        let open = self.deals.iter().filter(|d| d.is_open()).count();
        let won = self
            .deals
            .iter()
            .filter(|d| d.status == DealStatus::Won)
            .count();
        out.push(String::new());
        out.push(format!(
            "Deals: {open} open, {won} won, {} lost",
            self.deals.len() - open - won
        ));
        out.extend(
            self.deals
                .iter()
                .map(|d| format!("  {}", self.deal_line(d))),
        );
        out.push(String::new());
        out.push(format!("Contacts ({})", self.contacts.len()));
        out.extend(
            self.contacts
                .iter()
                .map(|c| format!("  {}", Self::contact_line(c))),
        );
        out.push(String::new());
        out.push("Latest activities".into());
        out.extend(
            self.activities
                .iter()
                .map(|x| format!("  {}", self.activity_line(x))),
        );
        out.push(String::new());
        out.push(format!("Quotes ({})", self.quotes.len()));
        out.extend(
            self.quotes
                .iter()
                .map(|q| format!("  {}", self.quote_line(q))),
        );
        out
    }
}
