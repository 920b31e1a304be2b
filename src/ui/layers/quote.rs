//! The quote editor (`o` on a deal): a table of lines edited in place — product
//! picked by fuzzy search, quantity, unit price (prefilled from the deal's price
//! list, following volume breaks until overridden), discount — with live totals
//! and the pricing guards. Every change is handed to the app to save at once; the
//! guards are recomputed here, purely, after each.

use super::Outcome;
use super::form::Form;
use super::input::TextInput;
use crate::domain::money::parse_amount;
use crate::domain::pricing::{GuardReport, PriceHistory, PricingPolicy, check};
use crate::domain::quote::list_prices;
use crate::domain::*;
use crate::ui::action::Action;
use crate::ui::keymap::Key;
use chrono::NaiveDate;
use ratatui::crossterm::event::KeyCode;
use rust_decimal::Decimal;
use std::collections::HashMap;

/// The editable columns, left to right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Product,
    Qty,
    Price,
    Discount,
}

impl Column {
    pub const ALL: [Column; 4] = [
        Column::Product,
        Column::Qty,
        Column::Price,
        Column::Discount,
    ];

    pub fn label(self) -> &'static str {
        crate::i18n::word(match self {
            Column::Product => "quote-cell-product",
            Column::Qty => "quote-cell-qty",
            Column::Price => "quote-cell-price",
            Column::Discount => "quote-cell-discount",
        })
    }
}

/// The approval levels one may record, as stored (`Approval::level`).
pub(super) const LEVELS: [&str; 2] = ["manager", "director"];

/// An approval level in words, for the editor's sentences.
pub fn level_word(level: crate::domain::pricing::ApprovalLevel) -> String {
    use crate::domain::pricing::ApprovalLevel;
    match level {
        ApprovalLevel::None => t!("quote-level-none"),
        ApprovalLevel::Manager => t!("quote-level-manager"),
        ApprovalLevel::Director => t!("quote-level-director"),
    }
}

/// A recorded approval's level (`Approval::level`, as stored) in words; as
/// stored when it names no level.
pub fn stored_level_word(level: &str) -> String {
    crate::domain::pricing::ApprovalLevel::parse(level)
        .map_or_else(|| level.to_string(), level_word)
}

/// Fuzzy product pick: a query and the products matching it, best first.
pub struct ProductPicker {
    pub query: TextInput,
    pub matches: Vec<usize>,
    pub selected: usize,
    /// Replace the product of this line; None adds a line.
    pub for_line: Option<usize>,
}

/// What the editor asks of the app.
pub enum QuoteRequest {
    SaveLines(Vec<QuoteLine>),
    Approve(Approval),
    Send,
    Close {
        accepted: bool,
    },
    Export,
    /// Another quote on the same deal.
    New,
    /// The deal's next quote (by number, cycling).
    Other,
}

pub struct QuoteEditor {
    pub quote: Quote,
    pub deal: Deal,
    pub account: String,
    pub owner: String,
    pub list: Option<PriceList>,
    pub products: Vec<Product>,
    /// Won-at prices per product.
    pub history: HashMap<ProductId, PriceHistory>,
    /// Whether `history` has been read (it loads after the editor opens).
    pub history_loaded: bool,
    pub policy: PricingPolicy,
    pub guards: GuardReport,
    pub row: usize,
    pub column: Column,
    /// The cell being typed into.
    pub editing: Option<TextInput>,
    /// A line was just added: once it is saved, its quantity is asked for.
    ask_qty: bool,
    pub picker: Option<ProductPicker>,
    pub approval: Option<Form>,
    pub notice: Option<String>,
    pub error: Option<String>,
    pub today: NaiveDate,
    pub user: String,
    /// A signed-in user approves as themselves, up to this level; None: the
    /// workspace has no users and the approver is typed.
    pub approves_up_to: Option<crate::domain::pricing::ApprovalLevel>,
}

impl QuoteEditor {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        quote: Quote,
        deal: Deal,
        account: String,
        owner: String,
        list: Option<PriceList>,
        products: Vec<Product>,
        history: HashMap<ProductId, PriceHistory>,
        policy: PricingPolicy,
        today: NaiveDate,
        user: String,
    ) -> QuoteEditor {
        let mut editor = QuoteEditor {
            guards: check(&[], &[], None, quote.currency, &policy),
            quote,
            deal,
            account,
            owner,
            list,
            products,
            history_loaded: !history.is_empty(),
            history,
            policy,
            row: 0,
            column: Column::Product,
            editing: None,
            ask_qty: false,
            picker: None,
            approval: None,
            notice: None,
            error: None,
            approves_up_to: None,
            today,
            user,
        };
        editor.recheck();
        editor
    }

    pub fn version(&self) -> Option<&QuoteVersion> {
        self.quote.latest()
    }

    pub fn lines(&self) -> &[QuoteLine] {
        self.version().map_or(&[], |v| v.lines.as_slice())
    }

    pub fn list_price(&self, line: &QuoteLine) -> Option<Decimal> {
        self.list
            .as_ref()
            .and_then(|l| l.price_for(line.product, line.qty))
    }

    pub fn product(&self, id: ProductId) -> Option<&Product> {
        self.products.iter().find(|p| p.id == id)
    }

    /// The guards of the lines as they are now.
    pub fn recheck(&mut self) {
        let lines = self.lines().to_vec();
        let prices = list_prices(self.list.as_ref(), &lines);
        let approval = self.version().and_then(|v| v.approval.clone());
        self.guards = check(
            &lines,
            &prices,
            approval.as_ref(),
            self.quote.currency,
            &self.policy,
        );
        self.row = self.row.min(lines.len().saturating_sub(1));
    }

    /// The app saved: the quote as stored now.
    pub fn saved(&mut self, quote: Quote) {
        let before = self.quote.versions.len();
        // Another quote, not this one being kept with its first line.
        if quote.id != self.quote.id && self.quote.is_saved() {
            self.row = 0;
            self.column = Column::Product;
        } else if quote.versions.len() > before {
            let status = self.version().map_or(QuoteStatus::Sent, |v| v.status);
            self.notice = Some(t!(
                "quote-version-started",
                before = before.to_string(),
                status = status.label(),
                version = quote.versions.len().to_string()
            ));
        }
        self.quote = quote;
        self.error = None;
        self.approval = None;
        self.recheck();
        if std::mem::take(&mut self.ask_qty) {
            self.column = Column::Qty;
            self.editing = Some(TextInput::default());
            self.notice = Some(t!("quote-ask-qty"));
        }
    }

    /// The cursor one column right (or left), stopping at the ends.
    fn step_column(&mut self, right: bool) {
        let i = Column::ALL
            .iter()
            .position(|c| *c == self.column)
            .unwrap_or(0);
        let to = if right {
            (i + 1).min(Column::ALL.len() - 1)
        } else {
            i.saturating_sub(1)
        };
        self.column = Column::ALL[to];
    }

    pub fn refused(&mut self, message: String) {
        self.ask_qty = false;
        match &mut self.approval {
            Some(form) => form.error = Some(message),
            None => self.error = Some(message),
        }
    }

    fn begin_edit(&mut self) {
        let Some(line) = self.lines().get(self.row).cloned() else {
            self.open_picker(None);
            return;
        };
        let text = match self.column {
            Column::Product => return self.open_picker(Some(self.row)),
            Column::Qty => line.qty.normalize().to_string(),
            Column::Price => line.unit_price.normalize().to_string(),
            Column::Discount => line.discount_pct.normalize().to_string(),
        };
        self.editing = Some(TextInput::with(&text));
    }

    fn cell_key(&mut self, key: Key, action: Option<Action>) -> Outcome {
        match action {
            Some(Action::Cancel) => {
                self.editing = None;
                self.notice = None;
                return Outcome::Stay;
            }
            Some(Action::Confirm | Action::NextField) => {
                let text = self
                    .editing
                    .as_ref()
                    .map(|t| t.text.clone())
                    .unwrap_or_default();
                // Nothing typed changes nothing (a new line keeps its quantity of 1).
                if text.trim().is_empty() {
                    self.editing = None;
                    self.notice = None;
                    return Outcome::Stay;
                }
                return match self.apply_cell(&text) {
                    Ok(lines) => {
                        self.editing = None;
                        // The quantity's question is answered.
                        self.notice = None;
                        if action == Some(Action::NextField) {
                            self.step_column(true);
                        }
                        Outcome::quote(QuoteRequest::SaveLines(lines))
                    }
                    Err(message) => {
                        self.error = Some(message);
                        Outcome::Stay
                    }
                };
            }
            Some(Action::Quit) => return Outcome::Quit,
            _ => {}
        }
        if let Some(input) = &mut self.editing
            && input.edit(key)
        {
            self.error = None;
        }
        Outcome::Stay
    }

    /// The lines with the typed cell applied, or what is wrong with it.
    fn apply_cell(&self, text: &str) -> Result<Vec<QuoteLine>, String> {
        let mut lines = self.lines().to_vec();
        let Some(line) = lines.get_mut(self.row) else {
            return Err(t!("quote-no-line-here"));
        };
        let number = |what: &str| {
            parse_amount(text)
                .map_err(|_| t!("quote-not-a-number", what = t!(what), text = text.trim()))
        };
        match self.column {
            Column::Qty => {
                let qty = number("quote-what-qty")?;
                if qty <= Decimal::ZERO {
                    return Err(t!("quote-qty-positive"));
                }
                // The price follows the list's volume breaks unless it was set by hand.
                let old_list = self.list_price(line);
                let follows = old_list.is_none_or(|p| p == line.unit_price);
                line.qty = qty;
                if follows && let Some(p) = self.list_price(line) {
                    line.unit_price = p;
                }
            }
            Column::Price => {
                let price = number("quote-what-price")?;
                if price < Decimal::ZERO {
                    return Err(t!("quote-price-negative"));
                }
                line.unit_price = price;
            }
            Column::Discount => {
                let pct = number("quote-what-discount")?;
                if pct < Decimal::ZERO || pct > Decimal::ONE_HUNDRED {
                    return Err(t!("quote-discount-range"));
                }
                line.discount_pct = pct;
            }
            Column::Product => return Err(t!("quote-pick-with-enter")),
        }
        Ok(lines)
    }

    fn open_picker(&mut self, for_line: Option<usize>) {
        let mut picker = ProductPicker {
            query: TextInput::with(""),
            matches: Vec::new(),
            selected: 0,
            for_line,
        };
        picker.matches = self.rank("");
        self.picker = Some(picker);
    }

    /// Active products matching `query` (fuzzy over name and SKU), best first.
    fn rank(&self, query: &str) -> Vec<usize> {
        let haystacks: Vec<(usize, String)> = self
            .products
            .iter()
            .enumerate()
            .filter(|(_, p)| p.active)
            .map(|(i, p)| (i, format!("{} {}", p.name, p.sku)))
            .collect();
        let mut scored =
            crate::search::fuzzy_scores(query, haystacks.iter().map(|(i, h)| (*i, h.as_str())));
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.into_iter().map(|(_, i)| i).collect()
    }

    fn picker_key(&mut self, key: Key, action: Option<Action>) -> Outcome {
        let Some(p) = self.picker.as_mut() else {
            return Outcome::Stay;
        };
        match action {
            Some(Action::Cancel) => self.picker = None,
            Some(Action::Down) => {
                p.selected = (p.selected + 1).min(p.matches.len().saturating_sub(1))
            }
            Some(Action::Up) => p.selected = p.selected.saturating_sub(1),
            Some(Action::Quit) => return Outcome::Quit,
            Some(Action::Confirm) => {
                let Some(product) = p
                    .matches
                    .get(p.selected)
                    .and_then(|i| self.products.get(*i))
                    .cloned()
                else {
                    return Outcome::Stay;
                };
                let for_line = p.for_line;
                self.picker = None;
                return Outcome::quote(QuoteRequest::SaveLines(
                    self.with_product(product, for_line),
                ));
            }
            _ => {
                if p.query.edit(key) || key.code == KeyCode::Backspace {
                    let query = p.query.text.clone();
                    let matches = self.rank(&query);
                    if let Some(p) = self.picker.as_mut() {
                        p.matches = matches;
                        p.selected = 0;
                    }
                }
            }
        }
        Outcome::Stay
    }

    /// The lines with `product` added (qty 1, the list's price) or put on a line.
    fn with_product(&mut self, product: Product, for_line: Option<usize>) -> Vec<QuoteLine> {
        let mut lines = self.lines().to_vec();
        let mut line = QuoteLine {
            product: product.id,
            description: product.name.clone(),
            qty: Decimal::ONE,
            unit_price: product.list_price,
            discount_pct: Decimal::ZERO,
            unit_cost: product.unit_cost,
        };
        match for_line.and_then(|i| lines.get(i).map(|l| (i, l.clone()))) {
            Some((i, old)) => {
                line.qty = old.qty;
                line.discount_pct = old.discount_pct;
                line.unit_price = self.list_price(&line).unwrap_or(product.list_price);
                lines[i] = line;
                self.row = i;
            }
            None => {
                line.unit_price = self.list_price(&line).unwrap_or(product.list_price);
                lines.push(line);
                self.row = lines.len() - 1;
                // The quantity is what is typed next, once the line is kept.
                self.column = Column::Qty;
                self.ask_qty = true;
            }
        }
        lines
    }
}

impl super::LayerKeys for QuoteEditor {
    fn scopes(&self) -> &'static [crate::ui::keymap::Scope] {
        use crate::ui::keymap::Scope;
        if self.is_typing() {
            &[Scope::Dialog]
        } else {
            &[Scope::Quote, Scope::Global]
        }
    }

    /// Keys go to a text field (letters are typing).
    fn is_typing(&self) -> bool {
        self.editing.is_some() || self.picker.is_some() || self.approval.is_some()
    }

    fn has_unsaved_text(&self) -> bool {
        self.approval
            .as_ref()
            .is_some_and(super::form_has_unsaved_text)
    }

    fn help_scope(&self) -> crate::ui::keymap::Scope {
        crate::ui::keymap::Scope::Quote
    }

    fn show_error(&mut self, message: String) {
        self.refused(message);
    }

    fn handle(&mut self, key: Key, action: Option<Action>, _cx: &super::LayerContext) -> Outcome {
        if self.approval.is_some() {
            return self.approval_key(key, action);
        }
        if self.picker.is_some() {
            return self.picker_key(key, action);
        }
        if self.editing.is_some() {
            return self.cell_key(key, action);
        }
        self.notice = None;
        self.error = None;
        let count = self.lines().len();
        match action {
            Some(Action::Down) => self.row = (self.row + 1).min(count.saturating_sub(1)),
            Some(Action::Up) => self.row = self.row.saturating_sub(1),
            Some(Action::First) => self.row = 0,
            Some(Action::Last) => self.row = count.saturating_sub(1),
            Some(Action::Right | Action::NextField) => self.step_column(true),
            Some(Action::Left | Action::PrevField) => self.step_column(false),
            Some(Action::Confirm | Action::OpenDetail) => self.begin_edit(),
            Some(Action::AddLine) => self.open_picker(None),
            // Quote edits are not on the undo list (its versions are its history): say so.
            Some(Action::Undo) => self.notice = Some(t!("quote-no-undo")),
            Some(Action::DeleteLine) if count > 0 => {
                let mut lines = self.lines().to_vec();
                lines.remove(self.row.min(count - 1));
                self.row = self.row.min(lines.len().saturating_sub(1));
                return Outcome::quote(QuoteRequest::SaveLines(lines));
            }
            Some(Action::LineUp) if self.row > 0 && self.row < count => {
                let mut lines = self.lines().to_vec();
                lines.swap(self.row, self.row - 1);
                self.row -= 1;
                return Outcome::quote(QuoteRequest::SaveLines(lines));
            }
            Some(Action::LineDown) if self.row + 1 < count => {
                let mut lines = self.lines().to_vec();
                lines.swap(self.row, self.row + 1);
                self.row += 1;
                return Outcome::quote(QuoteRequest::SaveLines(lines));
            }
            Some(Action::RecordApproval) => self.open_approval(),
            Some(Action::SendQuote) => return Outcome::quote(QuoteRequest::Send),
            Some(Action::QuoteAccepted) => {
                return Outcome::quote(QuoteRequest::Close { accepted: true });
            }
            Some(Action::QuoteRejected) => {
                return Outcome::quote(QuoteRequest::Close { accepted: false });
            }
            Some(Action::ExportQuote) => return Outcome::quote(QuoteRequest::Export),
            Some(Action::NewQuote) => return Outcome::quote(QuoteRequest::New),
            Some(Action::OtherQuote) => return Outcome::quote(QuoteRequest::Other),
            Some(Action::Help) => return Outcome::Help,
            Some(Action::Back | Action::Cancel) => return Outcome::Close,
            Some(Action::Quit) => return Outcome::Quit,
            _ => {}
        }
        Outcome::Stay
    }
}
