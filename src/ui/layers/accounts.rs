//! Accounts (`g a`): every account with its tier, industry, region, owner,
//! open pipeline, won to date and last change; typing filters (fuzzy),
//! `tab` changes the order, `enter` opens the account's page.

use super::input::TextInput;
use super::{LayerContext, Outcome, Request};
use crate::domain::*;
use crate::ui::action::Action;
use crate::ui::keymap::Key;
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;

/// One account with the figures the list shows (amounts in the main currency).
#[derive(Debug, Clone)]
pub struct AccountRow {
    pub id: AccountId,
    pub name: String,
    pub tier: Tier,
    pub industry: String,
    pub region: String,
    pub owner: String,
    pub open_deals: usize,
    pub open_amount: Decimal,
    pub won_amount: Decimal,
    /// The latest change to any of its deals.
    pub last_change: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountSort {
    OpenPipeline,
    WonToDate,
    LastChange,
    Name,
    Tier,
    Industry,
    Region,
    Owner,
}

impl AccountSort {
    const ALL: [AccountSort; 8] = [
        AccountSort::OpenPipeline,
        AccountSort::WonToDate,
        AccountSort::LastChange,
        AccountSort::Name,
        AccountSort::Tier,
        AccountSort::Industry,
        AccountSort::Region,
        AccountSort::Owner,
    ];

    pub fn label(self) -> &'static str {
        crate::i18n::word(match self {
            AccountSort::OpenPipeline => "list-accounts-sort-open-pipeline",
            AccountSort::WonToDate => "list-accounts-sort-won-to-date",
            AccountSort::LastChange => "list-accounts-sort-last-change",
            AccountSort::Name => "list-accounts-sort-name",
            AccountSort::Tier => "list-accounts-sort-tier",
            AccountSort::Industry => "list-accounts-sort-industry",
            AccountSort::Region => "list-accounts-sort-region",
            AccountSort::Owner => "list-accounts-sort-owner",
        })
    }
}

pub struct AccountList {
    pub rows: Vec<AccountRow>,
    pub currency: Currency,
    pub filter: TextInput,
    pub sort: AccountSort,
    /// Indexes into `rows`: those the filter keeps, in the chosen order.
    pub shown: Vec<usize>,
    pub selected: usize,
}

impl AccountList {
    pub fn new(rows: Vec<AccountRow>, currency: Currency) -> Self {
        let mut list = AccountList {
            rows,
            currency,
            filter: TextInput::default(),
            sort: AccountSort::OpenPipeline,
            shown: Vec::new(),
            selected: 0,
        };
        list.arrange();
        list
    }

    /// Filter (fuzzy, best match first when typed) and order.
    fn arrange(&mut self) {
        let query = self.filter.text.trim();
        let haystacks: Vec<String> = self
            .rows
            .iter()
            .map(|r| format!("{} {} {} {}", r.name, r.industry, r.region, r.owner))
            .collect();
        let mut shown: Vec<usize> = if query.is_empty() {
            (0..self.rows.len()).collect()
        } else {
            let mut scored = crate::search::fuzzy_scores(
                query,
                haystacks.iter().enumerate().map(|(i, h)| (i, h.as_str())),
            );
            scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            scored.into_iter().map(|(_, i)| i).collect()
        };
        if query.is_empty() {
            let rows = &self.rows;
            match self.sort {
                AccountSort::OpenPipeline => {
                    shown.sort_by(|a, b| rows[*b].open_amount.cmp(&rows[*a].open_amount))
                }
                AccountSort::WonToDate => {
                    shown.sort_by(|a, b| rows[*b].won_amount.cmp(&rows[*a].won_amount))
                }
                AccountSort::LastChange => {
                    shown.sort_by(|a, b| rows[*b].last_change.cmp(&rows[*a].last_change))
                }
                AccountSort::Name => shown.sort_by_key(|i| rows[*i].name.to_lowercase()),
                AccountSort::Tier => {
                    shown.sort_by_key(|i| (rows[*i].tier, rows[*i].name.to_lowercase()))
                }
                // Grouped by the field, the largest open pipeline first in each group.
                AccountSort::Industry | AccountSort::Region | AccountSort::Owner => {
                    let sort = self.sort;
                    let group = |r: &AccountRow| match sort {
                        AccountSort::Industry => r.industry.to_lowercase(),
                        AccountSort::Region => r.region.to_lowercase(),
                        _ => r.owner.to_lowercase(),
                    };
                    shown.sort_by(|a, b| {
                        group(&rows[*a])
                            .cmp(&group(&rows[*b]))
                            .then(rows[*b].open_amount.cmp(&rows[*a].open_amount))
                    })
                }
            }
        }
        self.shown = shown;
        self.selected = self.selected.min(self.shown.len().saturating_sub(1));
    }

    pub fn current(&self) -> Option<&AccountRow> {
        self.shown
            .get(self.selected)
            .and_then(|i| self.rows.get(*i))
    }
}

impl super::LayerKeys for AccountList {
    /// Typing: every letter goes to the filter (`j` and `k` too, as the
    /// keys line says); arrows, ctrl-j/k and the page keys move.
    fn is_typing(&self) -> bool {
        true
    }

    fn show_error(&mut self, _message: String) {}

    fn handle(&mut self, key: Key, action: Option<Action>, cx: &LayerContext) -> Outcome {
        let motion = matches!(
            action,
            Some(Action::Up | Action::Down | Action::PageUp | Action::PageDown)
        );
        let control = matches!(
            action,
            Some(
                Action::Confirm
                    | Action::Cancel
                    | Action::NextField
                    | Action::PrevField
                    | Action::Quit
            )
        );
        if !motion && !control && self.filter.edit(key) {
            self.selected = 0;
            self.arrange();
            return Outcome::Stay;
        }
        let last = self.shown.len().saturating_sub(1);
        if let Some(to) = action.and_then(|a| a.moved_cursor(self.selected, cx.page_rows, last)) {
            self.selected = to;
            return Outcome::Stay;
        }
        match action {
            Some(Action::NextField | Action::PrevField) => {
                let i = AccountSort::ALL
                    .iter()
                    .position(|s| *s == self.sort)
                    .unwrap_or(0);
                let n = AccountSort::ALL.len();
                let next = if action == Some(Action::NextField) {
                    i + 1
                } else {
                    i + n - 1
                };
                self.sort = AccountSort::ALL[next % n];
                self.arrange();
                Outcome::Stay
            }
            Some(Action::Confirm) => match self.current() {
                Some(row) => Outcome::Request(Request::AccountPage(row.id)),
                None => Outcome::Stay,
            },
            Some(Action::Cancel | Action::Back) => Outcome::Close,
            Some(Action::Quit) => Outcome::Quit,
            _ => Outcome::Stay,
        }
    }
}
