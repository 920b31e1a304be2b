//! Fuzzy search over deals, accounts and contacts with nucleo's matcher.
//! Items are listed in the order people look for them — open deals, then
//! accounts, contacts, and closed deals newest first — and that order breaks
//! ties. The CLI ranks synchronously through [`Index::search`]; the TUI runs
//! the same ranking on a background thread so typing never waits.

pub mod chinese;
pub mod fuzzy_list;
pub mod index;

pub use index::Index;

use crate::domain::*;
use chrono::{DateTime, Utc};
use nucleo::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
use nucleo::{Config, Matcher, Utf32Str};
use rust_decimal::Decimal;
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
    /// The kind as people read it in the results (JSON keeps the snake_case name).
    pub fn label(self) -> &'static str {
        crate::i18n::word(match self {
            Kind::Deal => "kind-deal",
            Kind::Account => "kind-account",
            Kind::Contact => "kind-contact",
        })
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
    pipelines: &[Pipeline],
) -> Vec<Item> {
    let mut builder = ItemsBuilder::new(accounts, owners, pipelines);
    for d in deals {
        builder.add_deal(d);
    }
    builder.finish(accounts, contacts)
}

/// Collects items one deal at a time, so a caller can stream deals from the
/// store without holding every record in memory at once.
pub struct ItemsBuilder<'a> {
    account_name: HashMap<AccountId, &'a str>,
    owner_name: HashMap<OwnerId, &'a str>,
    stage_name: HashMap<StageId, &'a str>,
    /// Per account, its largest open deal, else its latest: (open, amount, id).
    best: HashMap<AccountId, (bool, Decimal, DealId)>,
    open: Vec<Item>,
    /// Closed deals with when they closed, listed newest first at the end.
    closed: Vec<(Option<DateTime<Utc>>, DealId, Item)>,
}

impl<'a> ItemsBuilder<'a> {
    pub fn new(accounts: &'a [Account], owners: &'a [Owner], pipelines: &'a [Pipeline]) -> Self {
        ItemsBuilder {
            account_name: accounts.iter().map(|a| (a.id, a.name.as_str())).collect(),
            owner_name: owners.iter().map(|o| (o.id, o.name.as_str())).collect(),
            stage_name: pipelines
                .iter()
                .flat_map(|p| p.stages.iter().map(|s| (s.id, s.name.as_str())))
                .collect(),
            best: HashMap::new(),
            open: Vec::new(),
            closed: Vec::new(),
        }
    }

    pub fn add_deal(&mut self, d: &Deal) {
        let rank = (d.is_open(), d.amount.amount, d.id);
        if self.best.get(&d.account).is_none_or(|b| rank > *b) {
            self.best.insert(d.account, rank);
        }
        let account = self.account_name.get(&d.account).copied().unwrap_or("");
        let owner = self.owner_name.get(&d.owner).copied().unwrap_or("");
        let tags: String = d.tags.iter().map(|t| format!(" #{t}")).collect();
        let item = Item {
            kind: Kind::Deal,
            id: d.id.0,
            label: d.title.clone(),
            // Enough to tell deals of one name apart: where, how much, whose.
            detail: format!(
                "{account} · {} · {}{} · {owner}",
                if d.is_open() {
                    self.stage_name.get(&d.stage).copied().unwrap_or("?")
                } else {
                    d.status.label()
                },
                d.amount.currency.symbol(),
                crate::format::compact_amount(d.amount.amount)
            ),
            deal: Some(d.id),
            haystack: format!("{} {account} {owner}{tags}", d.title),
        };
        if d.is_open() {
            self.open.push(item);
        } else {
            self.closed.push((d.closed_at, d.id, item));
        }
    }

    /// Open deals, accounts, contacts, then closed deals newest first.
    pub fn finish(mut self, accounts: &[Account], contacts: &[Contact]) -> Vec<Item> {
        let best = |account: AccountId| self.best.get(&account).map(|b| b.2);
        let mut out = std::mem::take(&mut self.open);
        out.reserve(accounts.len() + contacts.len() + self.closed.len());
        for a in accounts {
            out.push(Item {
                kind: Kind::Account,
                id: a.id.0,
                label: a.name.clone(),
                detail: format!("{} · {}", a.industry, a.region),
                deal: best(a.id),
                haystack: format!("{} {} {}", a.name, a.industry, a.region),
            });
        }
        for c in contacts {
            let account = self.account_name.get(&c.account).copied().unwrap_or("");
            out.push(Item {
                kind: Kind::Contact,
                id: c.id.0,
                label: c.name.clone(),
                detail: format!("{} · {account} · {}", c.title, c.role.label()),
                deal: best(c.account),
                haystack: format!("{} {} {account}", c.name, c.title),
            });
        }
        let mut closed = std::mem::take(&mut self.closed);
        closed.sort_by_key(|(at, id, _)| std::cmp::Reverse((*at, *id)));
        out.extend(closed.into_iter().map(|(_, _, item)| item));
        out
    }
}

/// A query as the matcher takes it: fuzzy against the text (traditional
/// Chinese simplified, as every haystack is: see [`chinese::searchable`]),
/// and as unbroken runs against a name's pinyin readings — a reading is long
/// and made of few letters, so a fuzzy `heng` would find nearly every name.
pub struct Query {
    text: Pattern,
    /// None when the query itself has Han characters (no reading to match).
    reading: Option<Pattern>,
}

pub fn pattern(query: &str) -> Query {
    let query = chinese::query(query);
    let reading = (!chinese::has_han(&query)).then(|| {
        Pattern::new(
            &query,
            CaseMatching::Ignore,
            Normalization::Smart,
            AtomKind::Substring,
        )
    });
    Query {
        text: Pattern::parse(&query, CaseMatching::Smart, Normalization::Smart),
        reading,
    }
}

impl Query {
    /// The text's score, else the reading's (counted for less: a match in the
    /// name itself ranks first); None when neither matches.
    pub fn score(
        &self,
        text: Utf32Str<'_>,
        reading: Option<Utf32Str<'_>>,
        matcher: &mut Matcher,
    ) -> Option<u32> {
        self.text.score(text, matcher).or_else(|| {
            self.reading
                .as_ref()?
                .score(reading?, matcher)
                .map(chinese::reading_score)
        })
    }
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
            let (text, reading) = chinese::searchable(haystack);
            let mut reading_buf = Vec::new();
            let reading = reading
                .as_deref()
                .map(|r| Utf32Str::new(r, &mut reading_buf));
            pattern
                .score(Utf32Str::new(&text, &mut buf), reading, &mut matcher)
                .map(|s| (s, value))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::index::better;
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
        let index = Index::new(vec![
            mk(1, "Northwind WMS rollout"),
            mk(2, "Contoso MES"),
            mk(3, "North Harbor energy"),
        ]);
        let ids = |query: &str| -> Vec<u64> {
            index.search(query, 10).iter().map(|(_, i)| i.id).collect()
        };
        assert_eq!(ids("nwms"), [1]);
        assert_eq!(ids("north").len(), 2);
        assert!(ids("zzz").is_empty());
    }

    #[test]
    fn chinese_names_are_found_by_pinyin_initials_and_traditional_forms() {
        let mk = |id, label: &str| Item {
            kind: Kind::Account,
            id,
            label: label.into(),
            detail: String::new(),
            deal: None,
            haystack: label.into(),
        };
        let index = Index::new(vec![
            mk(1, "Henrik Industries"),
            mk(2, "浙江恒通机械"),
            mk(3, "张敏"),
            mk(4, "Zhang Min Trading"),
            mk(5, "恒通 Logistics"),
            mk(6, "何国庆"),
        ]);
        let ids = |query: &str| -> Vec<u64> {
            index.search(query, 10).iter().map(|(_, i)| i.id).collect()
        };
        assert_eq!(ids("hengtong"), [5, 2]);
        // A reading matches as an unbroken run: `heng` is not h…e…n…g in heguoqing.
        assert_eq!(ids("heng"), [5, 2]);
        // Initials find every name with them.
        let initials = ids("ht");
        assert!(
            initials.contains(&5) && initials.contains(&2),
            "{initials:?}"
        );
        // A Latin query's own matches first, then names read that way.
        assert_eq!(ids("zhangmin"), [4, 3]);
        // Traditional finds simplified; an exact Chinese query finds only Chinese.
        assert_eq!(ids("張敏"), [3]);
        assert_eq!(ids("恒通"), [5, 2]);
        // And the text as it is still ranks first for a Latin query.
        assert_eq!(ids("henrik"), [1]);
    }

    fn many(n: u64) -> Index {
        let words = [
            "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
        ];
        Index::new(
            (0..n)
                .map(|i| {
                    let label = format!(
                        "{} {} {i}",
                        words[(i % 7) as usize],
                        words[(i / 7 % 7) as usize]
                    );
                    Item {
                        kind: Kind::Deal,
                        id: i,
                        label: label.clone(),
                        detail: String::new(),
                        deal: Some(DealId(i)),
                        haystack: label,
                    }
                })
                .collect(),
        )
    }

    #[test]
    fn ranking_in_slices_on_threads_matches_one_pass_and_narrows_exactly() {
        let index = many(40_000);
        let short = pattern("al");
        let mut slices = 0;
        let full = index
            .rank(&short, None, 2, |r| {
                slices += 1;
                assert!(r.top.windows(2).all(|w| better(&w[0], &w[1]).is_le()));
                true
            })
            .unwrap();
        assert!(slices >= 2, "progress is reported per slice");
        let one = index.rank(&short, None, 1, |_| true).unwrap();
        assert_eq!(full.top, one.top);
        assert_eq!(full.matched, one.matched);
        assert_eq!(full.top.len(), index::TOP);
        // A longer query ranked over the shorter one's matches equals a full run.
        let long = pattern("alph");
        let narrowed = index.rank(&long, Some(&full.matched), 2, |_| true).unwrap();
        let fresh = index.rank(&long, None, 2, |_| true).unwrap();
        assert_eq!(narrowed.top, fresh.top);
        assert_eq!(narrowed.matched, fresh.matched);
        // Stopping mid-run gives nothing.
        assert!(index.rank(&long, None, 1, |_| false).is_none());
    }
}
