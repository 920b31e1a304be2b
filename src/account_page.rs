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
        let account = store.account(id)?.ok_or_else(|| {
            StoreError::Conflict(t!("list-account-not-found", id = id.to_string()))
        })?;
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
        t!(
            "list-account-facts",
            tier = format!("{:?}", a.tier),
            industry = or_none(&a.industry),
            region = or_none(&a.region),
            size = a.size.label(),
            owner = a
                .owner
                .map_or_else(|| t!("list-account-owner-none"), owner_name)
        )
    }

    /// Parent and subsidiaries, if any.
    pub fn family(&self) -> Option<String> {
        let mut parts = Vec::new();
        if let Some(p) = &self.parent {
            parts.push(t!("list-account-part-of", name = p.name.as_str()));
        }
        if !self.children.is_empty() {
            let names: Vec<&str> = self.children.iter().map(|c| c.name.as_str()).collect();
            let names = names.join(&t!("list-account-name-separator"));
            parts.push(t!("list-account-subsidiaries", names = names));
        }
        (!parts.is_empty()).then(|| parts.join(" · "))
    }

    /// A deal in one line: where it is or how it ended.
    pub fn deal_line(&self, d: &Deal) -> String {
        let (name, state) = self.deal_parts(d);
        format!("{name} · {state}")
    }

    /// A deal's line in two parts: its number and title (what a narrow screen
    /// cuts), then its amount and where it is or how it ended (kept whole).
    pub fn deal_parts(&self, d: &Deal) -> (String, String) {
        let day = d.closed_at.map(crate::format::day).unwrap_or_default();
        let how = match d.status {
            DealStatus::Open => t!(
                "list-account-deal-open",
                stage = self.stage_name(d.stage),
                close = crate::format::day_or_none(d.expected_close)
            ),
            DealStatus::Won => match &d.win {
                Some(w) => t!(
                    "list-account-deal-won-why",
                    day = day,
                    reason = w.reason.as_str()
                ),
                None => t!("list-account-deal-won", day = day),
            },
            DealStatus::Lost => match &d.loss {
                Some(l) => {
                    let category =
                        crate::domain::review::category_name(&self.taxonomy, &l.category);
                    let reason = if l.sub_reason.is_empty() {
                        category.to_string()
                    } else {
                        t!(
                            "list-account-loss-sub-reason",
                            category = category.to_string(),
                            sub = l.sub_reason.as_str()
                        )
                    };
                    t!("list-account-deal-lost-why", day = day, reason = reason)
                }
                None => t!("list-account-deal-lost", day = day),
            },
        };
        (
            format!("D-{} {}", d.id, d.title),
            format!("{} · {how}", short_money(d.amount)),
        )
    }

    pub fn contact_line(c: &Contact) -> String {
        let (who, contacted) = Self::contact_parts(c);
        format!("{who} · {contacted}")
    }

    /// A contact's line in two parts: who they are (cut first on a narrow
    /// screen, their title last), then when they were last contacted.
    pub fn contact_parts(c: &Contact) -> (String, String) {
        let who = format!(
            "{} · {} · {} · {}{}",
            c.name,
            c.role.label(),
            c.stance.label(),
            t!("list-account-influence", influence = c.influence),
            if c.title.is_empty() {
                String::new()
            } else {
                format!(" · {}", c.title)
            },
        );
        let contacted = c.last_contacted.map_or_else(
            || t!("list-account-never-contacted"),
            |at| t!("list-account-last-contacted", day = crate::format::day(at)),
        );
        (who, contacted)
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
        let draft = t!("list-account-quote-draft");
        let total = latest
            .map(|v| crate::domain::quote::totals(&v.lines, q.currency).total)
            .unwrap_or_default();
        format!(
            "{} v{} · {} · {} · {}",
            q.number,
            latest.map_or(0, |v| v.version),
            latest.map_or(draft.as_str(), |v| v.status.label()),
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
            t!(
                "list-account-heading",
                name = a.name.as_str(),
                id = a.id.to_string()
            ),
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
        out.push(t!(
            "list-account-deals-summary",
            open = open,
            won = won,
            lost = self.deals.len() - open - won
        ));
        out.extend(
            self.deals
                .iter()
                .map(|d| format!("  {}", self.deal_line(d))),
        );
        out.push(String::new());
        out.push(t!(
            "list-account-contacts-count",
            count = self.contacts.len()
        ));
        out.extend(
            self.contacts
                .iter()
                .map(|c| format!("  {}", Self::contact_line(c))),
        );
        out.push(String::new());
        out.push(t!("list-account-activities"));
        out.extend(
            self.activities
                .iter()
                .map(|x| format!("  {}", self.activity_line(x))),
        );
        out.push(String::new());
        out.push(t!("list-account-quotes-count", count = self.quotes.len()));
        out.extend(
            self.quotes
                .iter()
                .map(|q| format!("  {}", self.quote_line(q))),
        );
        out
    }
}
