//! Fuzzy search over deals, accounts and contacts with nucleo's matcher. The
//! CLI scores synchronously here; the TUI feeds the same items and the same
//! pattern syntax to a background `Nucleo` so typing never waits.

use crate::domain::*;
use nucleo::pattern::{CaseMatching, Normalization, Pattern};
use nucleo::{Config, Matcher, Utf32Str};
use serde::Serialize;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Deal,
    Account,
    Contact,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Kind::Deal => "deal",
            Kind::Account => "account",
            Kind::Contact => "contact",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub kind: Kind,
    pub id: u64,
    pub label: String,
    pub detail: String,
    /// The deal to open; for accounts and contacts, the account's best open deal.
    pub deal: Option<DealId>,
    #[serde(skip)]
    pub haystack: String,
}

/// Builds the searchable items. Deals match on title, account, owner and tags.
pub fn items(
    deals: &[Deal],
    accounts: &[Account],
    contacts: &[Contact],
    owners: &[Owner],
) -> Vec<Item> {
    let account_name: HashMap<AccountId, &str> =
        accounts.iter().map(|a| (a.id, a.name.as_str())).collect();
    let owner_name: HashMap<OwnerId, &str> =
        owners.iter().map(|o| (o.id, o.name.as_str())).collect();
    // The account's largest open deal, else its latest deal.
    let mut best: HashMap<AccountId, &Deal> = HashMap::new();
    for d in deals {
        let better = match best.get(&d.account) {
            None => true,
            Some(b) => (d.is_open(), d.amount.amount, d.id) > (b.is_open(), b.amount.amount, b.id),
        };
        if better {
            best.insert(d.account, d);
        }
    }
    let mut out = Vec::with_capacity(deals.len() + accounts.len() + contacts.len());
    for d in deals {
        let account = account_name.get(&d.account).copied().unwrap_or("");
        let owner = owner_name.get(&d.owner).copied().unwrap_or("");
        let tags: String = d.tags.iter().map(|t| format!(" #{t}")).collect();
        out.push(Item {
            kind: Kind::Deal,
            id: d.id.0,
            label: d.title.clone(),
            detail: format!("{account} · {owner} · {}", d.status.label()),
            deal: Some(d.id),
            haystack: format!("{} {account} {owner}{tags}", d.title),
        });
    }
    for a in accounts {
        out.push(Item {
            kind: Kind::Account,
            id: a.id.0,
            label: a.name.clone(),
            detail: format!("{} · {}", a.industry, a.region),
            deal: best.get(&a.id).map(|d| d.id),
            haystack: format!("{} {} {}", a.name, a.industry, a.region),
        });
    }
    for c in contacts {
        let account = account_name.get(&c.account).copied().unwrap_or("");
        out.push(Item {
            kind: Kind::Contact,
            id: c.id.0,
            label: c.name.clone(),
            detail: format!("{} · {account} · {}", c.title, c.role.label()),
            deal: best.get(&c.account).map(|d| d.id),
            haystack: format!("{} {} {account}", c.name, c.title),
        });
    }
    out
}

pub fn pattern(query: &str) -> Pattern {
    Pattern::parse(query, CaseMatching::Smart, Normalization::Smart)
}

/// Scores every candidate's haystack against `query`, keeping those that match.
/// Empty queries match everything with score 0.
pub fn fuzzy_scores<'a, T>(
    query: &str,
    candidates: impl IntoIterator<Item = (T, &'a str)>,
) -> Vec<(u32, T)> {
    let pattern = pattern(query);
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut buf = Vec::new();
    candidates
        .into_iter()
        .filter_map(|(value, haystack)| {
            pattern
                .score(Utf32Str::new(haystack, &mut buf), &mut matcher)
                .map(|s| (s, value))
        })
        .collect()
}

/// The best `limit` matches, highest score first (ties: deals, then accounts, then contacts, by id).
pub fn search<'a>(items: &'a [Item], query: &str, limit: usize) -> Vec<(u32, &'a Item)> {
    let mut hits = fuzzy_scores(query, items.iter().map(|i| (i, i.haystack.as_str())));
    hits.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then(a.1.kind.cmp(&b.1.kind))
            .then(a.1.id.cmp(&b.1.id))
    });
    hits.truncate(limit);
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fuzzy_matches_rank_closer_text_first() {
        let mk = |id, label: &str| Item {
            kind: Kind::Deal,
            id,
            label: label.into(),
            detail: String::new(),
            deal: Some(DealId(id)),
            haystack: label.into(),
        };
        let items = vec![
            mk(1, "Northwind WMS rollout"),
            mk(2, "Contoso MES"),
            mk(3, "North Harbor energy"),
        ];
        let hits: Vec<u64> = search(&items, "nwms", 10)
            .iter()
            .map(|(_, i)| i.id)
            .collect();
        assert_eq!(hits, [1]);
        let hits: Vec<u64> = search(&items, "north", 10)
            .iter()
            .map(|(_, i)| i.id)
            .collect();
        assert_eq!(hits.len(), 2);
        assert!(search(&items, "zzz", 10).is_empty());
    }
}
