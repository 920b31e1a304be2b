//! The lead pool (`g l`, 公海): leads with score (fit + behaviour), channel,
//! age, owner and warnings; the selected lead's parts, duplicates and history
//! below. `tab` changes which leads (the pool, mine, every open one, all),
//! `f` filters, and the keys act: claim, assign, follow up, qualify,
//! disqualify, return to the pool — each one undoable change.

use super::form::{Check, Field, Form};
use super::input::TextInput;
use super::{LayerContext, Outcome, Request};
use crate::domain::lead_pool::{PoolRow, deal_title, with_duplicates};
use crate::domain::*;
use crate::search::fuzzy_list::FuzzyList;
use crate::store::LeadChange;
use crate::ui::action::Action;
use crate::ui::keymap::{Key, Scope};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Pool,
    Mine,
    Open,
    All,
}

impl Which {
    const ALL: [Which; 4] = [Which::Pool, Which::Mine, Which::Open, Which::All];

    pub fn label(self) -> &'static str {
        crate::i18n::word(match self {
            Which::Pool => "list-leads-which-pool",
            Which::Mine => "list-leads-which-mine",
            Which::Open => "list-leads-which-open",
            Which::All => "list-leads-which-all",
        })
    }
}

/// What the open form asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeadForm {
    FollowUp,
    Assign,
    Qualify,
    Disqualify,
    Return,
}

/// What the lead pool asks the app to do.
#[derive(Debug, Clone)]
pub enum LeadRequest {
    Change(LeadId, LeadChange),
    Convert {
        lead: LeadId,
        title: String,
        /// As typed: the app parses it in the workspace's main currency.
        amount: String,
    },
    OpenDeal(DealId),
}

pub struct LeadPool {
    pub rows: Vec<PoolRow>,
    pub which: Which,
    pub filter: TextInput,
    /// Keys go into the filter (after `f`, until enter or esc).
    pub filtering: bool,
    /// Indexes into `rows`: those shown, best score first.
    pub shown: Vec<usize>,
    pub selected: usize,
    /// The signed-in person's name: "mine" are theirs.
    pub me: String,
    /// Reps a lead can be assigned to.
    pub reps: Vec<String>,
    pub form: Option<(LeadForm, Form)>,
    pub notice: Option<String>,
    /// Hours after assignment a lead is flagged without a follow-up.
    pub follow_up_hours: i64,
    pub today: chrono::NaiveDate,
    /// The duplicates were looked for (they are found on a thread).
    pub duplicates_checked: bool,
    /// Each row's text (company, contact, industry, region, owner) for the filter.
    fuzzy: FuzzyList,
}

impl LeadPool {
    pub fn new(
        rows: Vec<PoolRow>,
        me: String,
        reps: Vec<String>,
        follow_up_hours: i64,
        today: chrono::NaiveDate,
    ) -> Self {
        let mut pool = LeadPool {
            rows,
            which: Which::Pool,
            filter: TextInput::default(),
            filtering: false,
            shown: Vec::new(),
            selected: 0,
            me,
            reps,
            form: None,
            notice: None,
            follow_up_hours,
            today,
            duplicates_checked: false,
            fuzzy: FuzzyList::new([]),
        };
        pool.fuzzy = Self::fuzzy_of(&pool.rows);
        pool.arrange();
        pool
    }

    fn fuzzy_of(rows: &[PoolRow]) -> FuzzyList {
        let texts: Vec<String> = rows
            .iter()
            .map(|r| {
                let l = &r.lead;
                format!(
                    "L-{} {} {} {} {} {}",
                    l.id, l.company, l.contact_name, l.industry, l.region, r.owner
                )
            })
            .collect();
        FuzzyList::new(texts.iter().map(String::as_str))
    }

    /// The duplicates, found.
    pub fn set_duplicates(&mut self, warnings: HashMap<LeadId, Vec<String>>) {
        with_duplicates(&mut self.rows, warnings);
        self.duplicates_checked = true;
    }

    /// The rows after a change: the cursor stays on the same lead while it is
    /// shown, else on the row that took its place.
    pub fn refreshed(&mut self, mut rows: Vec<PoolRow>, note: String) {
        let keep = self.current().map(|r| r.lead.id);
        // The duplicates found before stay until they are looked for again.
        let known: HashMap<LeadId, Vec<String>> = self
            .rows
            .iter_mut()
            .filter(|r| r.lead.status.is_open())
            .map(|r| (r.lead.id, std::mem::take(&mut r.duplicates)))
            .collect();
        with_duplicates(&mut rows, known);
        self.fuzzy = Self::fuzzy_of(&rows);
        self.rows = rows;
        self.form = None;
        self.notice = Some(note);
        self.arrange();
        if let Some(i) =
            keep.and_then(|id| self.shown.iter().position(|i| self.rows[*i].lead.id == id))
        {
            self.selected = i;
        }
    }

    fn arrange(&mut self) {
        let me = self.me.as_str();
        let which = self.which;
        let keep: Vec<usize> = self
            .rows
            .iter()
            .enumerate()
            .filter(|(_, r)| match which {
                Which::Pool => r.lead.status.is_open() && r.lead.owner.is_none(),
                Which::Mine => r.lead.status.is_open() && r.owner == me,
                Which::Open => r.lead.status.is_open(),
                Which::All => true,
            })
            .map(|(i, _)| i)
            .collect();
        let query = self.filter.text.trim();
        self.shown = if query.is_empty() {
            let mut shown = keep;
            let rows = &self.rows;
            shown.sort_by_key(|i| (std::cmp::Reverse(rows[*i].lead.score), rows[*i].lead.id));
            shown
        } else {
            let mut kept = vec![false; self.rows.len()];
            for i in keep {
                kept[i] = true;
            }
            self.fuzzy
                .matches(query)
                .into_iter()
                .filter(|i| kept.get(*i).copied().unwrap_or(false))
                .collect()
        };
        self.selected = self.selected.min(self.shown.len().saturating_sub(1));
    }

    /// Puts the cursor on that lead, among every lead when it is not shown.
    pub fn show_lead(&mut self, id: LeadId) {
        let find = |p: &LeadPool| p.shown.iter().position(|i| p.rows[*i].lead.id == id);
        if find(self).is_none() {
            self.which = Which::All;
            self.filter = TextInput::default();
            self.arrange();
        }
        if let Some(i) = find(self) {
            self.selected = i;
        }
    }

    pub fn current(&self) -> Option<&PoolRow> {
        self.shown
            .get(self.selected)
            .and_then(|i| self.rows.get(*i))
    }

    fn open_form(&mut self, kind: LeadForm) {
        let Some(row) = self.current() else {
            self.notice = Some(t!("list-leads-no-lead"));
            return;
        };
        let company = row.lead.company.clone();
        let word = crate::i18n::word;
        let why = || Field::text("note", word("list-leads-field-why"), "", Check::Required);
        let fields = match kind {
            LeadForm::FollowUp => {
                let outcome = word("list-leads-field-outcome");
                vec![Field::text("note", outcome, "", Check::Required).tall(3)]
            }
            LeadForm::Disqualify => vec![why()],
            LeadForm::Return => vec![why()],
            LeadForm::Assign => {
                if self.reps.is_empty() {
                    self.notice = Some(t!("list-leads-no-reps"));
                    return;
                }
                let now = self.reps.iter().position(|r| *r == row.owner).unwrap_or(0);
                let to = word("list-leads-field-to");
                vec![Field::choice("to", to, self.reps.clone(), now)]
            }
            LeadForm::Qualify => vec![
                Field::text(
                    "title",
                    word("list-leads-field-title"),
                    &deal_title(&row.lead),
                    Check::Required,
                ),
                Field::text(
                    "amount",
                    word("list-leads-field-amount"),
                    "0",
                    Check::Amount,
                ),
            ],
        };
        let title = t!(match kind {
            LeadForm::FollowUp => "list-leads-form-follow-up",
            LeadForm::Assign => "list-leads-form-assign",
            LeadForm::Qualify => "list-leads-form-qualify",
            LeadForm::Disqualify => "list-leads-form-disqualify",
            LeadForm::Return => "list-leads-form-return",
        });
        self.form = Some((kind, Form::new(title, company, fields, self.today)));
    }

    /// The request the submitted form makes.
    fn submitted(&self) -> Option<Request> {
        let (kind, form) = self.form.as_ref()?;
        let id = self.current()?.lead.id;
        let change = match kind {
            LeadForm::FollowUp => LeadChange::FollowUp(form.text("note")),
            LeadForm::Disqualify => LeadChange::Disqualify(form.text("note")),
            LeadForm::Return => LeadChange::Return(form.text("note")),
            LeadForm::Assign => LeadChange::Assign(self.reps.get(form.choice("to"))?.clone()),
            LeadForm::Qualify => {
                return Some(Request::Lead(LeadRequest::Convert {
                    lead: id,
                    title: form.text("title"),
                    amount: form.text("amount"),
                }));
            }
        };
        Some(Request::Lead(LeadRequest::Change(id, change)))
    }

    fn filter_key(&mut self, key: Key, action: Option<Action>) -> Outcome {
        match action {
            Some(Action::Confirm) => self.filtering = false,
            Some(Action::Cancel) => {
                self.filtering = false;
                self.filter = TextInput::default();
                self.arrange();
            }
            _ => {
                if self.filter.edit(key) {
                    self.selected = 0;
                    self.arrange();
                }
            }
        }
        Outcome::Stay
    }
}

impl LeadPool {
    /// Keys go into the filter (after `f`).
    fn typing_elsewhere(&self) -> bool {
        self.filtering
    }

    /// A key for the pool itself, no form open.
    fn list_key(&mut self, key: Key, action: Option<Action>, cx: &LayerContext) -> Outcome {
        if self.filtering {
            return self.filter_key(key, action);
        }
        self.notice = None;
        let last = self.shown.len().saturating_sub(1);
        if let Some(to) = action.and_then(|a| a.moved_cursor(self.selected, cx.page_rows, last)) {
            self.selected = to;
            return Outcome::Stay;
        }
        let id = self.current().map(|r| r.lead.id);
        match (action, id) {
            (Some(Action::NextTab | Action::PrevTab), _) => {
                let i = Which::ALL
                    .iter()
                    .position(|w| *w == self.which)
                    .unwrap_or(0);
                let n = Which::ALL.len();
                let next = if action == Some(Action::NextTab) {
                    i + 1
                } else {
                    i + n - 1
                };
                self.which = Which::ALL[next % n];
                self.selected = 0;
                self.arrange();
                Outcome::Stay
            }
            (Some(Action::Filter), _) => {
                self.filtering = true;
                Outcome::Stay
            }
            (Some(Action::ClaimLead), Some(id)) => {
                Outcome::Request(Request::Lead(LeadRequest::Change(id, LeadChange::Claim)))
            }
            (Some(Action::AssignLead), Some(_)) => {
                self.open_form(LeadForm::Assign);
                Outcome::Stay
            }
            (Some(Action::LogActivity), Some(_)) => {
                self.open_form(LeadForm::FollowUp);
                Outcome::Stay
            }
            (Some(Action::QualifyLead), Some(_)) => {
                self.open_form(LeadForm::Qualify);
                Outcome::Stay
            }
            (Some(Action::DisqualifyLead), Some(_)) => {
                self.open_form(LeadForm::Disqualify);
                Outcome::Stay
            }
            (Some(Action::ReturnLead), Some(_)) => {
                self.open_form(LeadForm::Return);
                Outcome::Stay
            }
            (Some(Action::OpenDetail | Action::Confirm), Some(_)) => {
                match self.current().and_then(|r| r.lead.converted_deal) {
                    Some(deal) => Outcome::Request(Request::Lead(LeadRequest::OpenDeal(deal))),
                    None => {
                        self.notice = Some(t!("list-leads-no-deal-yet"));
                        Outcome::Stay
                    }
                }
            }
            (Some(Action::Undo), _) => Outcome::Request(Request::Undo),
            (Some(Action::Back | Action::Cancel), _) => Outcome::Close,
            (Some(Action::Quit), _) => Outcome::Quit,
            (Some(_), None) => {
                self.notice = Some(t!("list-leads-no-lead-tab", which = self.which.label()));
                Outcome::Stay
            }
            _ => Outcome::Stay,
        }
    }
}

impl super::LayerKeys for LeadPool {
    super::form_over_list_keys!(Scope::Leads);
}
