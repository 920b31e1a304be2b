//! The product catalogue (`g p`): list price, unit cost, margin at list, and
//! each tier list's price with its volume breaks for the selected product.
//! `n` adds a product, `e` edits the selected one, `p` sets its price on a
//! list (a volume break) — each saved at once and quotable at once.

use super::form::{Check, Field, Form};
use super::{LayerContext, Outcome, Request};
use crate::domain::*;
use crate::i18n::word;
use crate::store::{ImportedPrice, ImportedProduct};
use crate::ui::action::Action;
use crate::ui::keymap::{Key, Scope};
use rust_decimal::Decimal;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProductForm {
    New,
    Edit,
    Price,
}

pub struct ProductList {
    pub products: Vec<Product>,
    pub lists: Vec<PriceList>,
    pub selected: usize,
    pub form: Option<(ProductForm, Form)>,
    pub notice: Option<String>,
    /// The workspace's main currency: a new product's default.
    pub currency: Currency,
    pub today: chrono::NaiveDate,
}

/// The tiers a new list may take, in words (the form hands back an index).
fn tiers() -> Vec<String> {
    vec![t!("prod-tier-general"), "A".into(), "B".into(), "C".into()]
}

fn amount_text(d: Decimal) -> String {
    d.normalize().to_string()
}

impl ProductList {
    pub fn new(
        products: Vec<Product>,
        lists: Vec<PriceList>,
        currency: Currency,
        today: chrono::NaiveDate,
    ) -> Self {
        ProductList {
            products,
            lists,
            selected: 0,
            form: None,
            notice: None,
            currency,
            today,
        }
    }

    /// The catalogue as stored after a change; the cursor on `sku`.
    pub fn saved(
        &mut self,
        products: Vec<Product>,
        lists: Vec<PriceList>,
        sku: &str,
        note: String,
    ) {
        self.products = products;
        self.lists = lists;
        self.form = None;
        self.notice = Some(note);
        if let Some(i) = self
            .products
            .iter()
            .position(|p| p.sku.eq_ignore_ascii_case(sku))
        {
            self.selected = i;
        }
    }

    fn open_form(&mut self, kind: ProductForm) {
        let current = self.products.get(self.selected);
        let fields = match (kind, current) {
            (ProductForm::New, _) => vec![
                Field::text("sku", word("prod-field-sku"), "", Check::Required),
                Field::text("name", word("prod-field-name"), "", Check::Required),
                Field::text(
                    "unit",
                    word("prod-field-unit"),
                    &t!("prod-default-unit"),
                    Check::Required,
                ),
                Field::text(
                    "currency",
                    word("prod-field-currency"),
                    &self.currency.to_string(),
                    Check::Currency,
                ),
                Field::text("list", word("prod-field-list-price"), "", Check::Amount),
                Field::text("cost", word("prod-field-cost"), "", Check::Amount),
            ],
            (ProductForm::Edit, Some(p)) => vec![
                Field::text("name", word("prod-field-name"), &p.name, Check::Required),
                Field::text("unit", word("prod-field-unit"), &p.unit, Check::Required),
                Field::text(
                    "list",
                    word("prod-field-list-price"),
                    &amount_text(p.list_price),
                    Check::Amount,
                ),
                Field::text(
                    "cost",
                    word("prod-field-cost"),
                    &amount_text(p.unit_cost),
                    Check::Amount,
                ),
                Field::choice(
                    "active",
                    word("prod-field-offered"),
                    vec![t!("prod-offered-yes"), t!("prod-offered-retired")],
                    usize::from(!p.active),
                ),
            ],
            (ProductForm::Price, Some(p)) => {
                let mut lists: Vec<String> = self
                    .lists
                    .iter()
                    .filter(|l| l.currency == p.currency)
                    .map(|l| l.name.clone())
                    .collect();
                // Last: a new list (the form hands back an index past the lists).
                lists.push(t!("prod-new-list"));
                vec![
                    Field::choice("list", word("prod-field-price-list"), lists, 0),
                    Field::text("new_list", word("prod-field-new-list"), "", Check::Optional),
                    Field::choice("tier", word("prod-field-tier"), tiers(), 0),
                    Field::text("min_qty", word("prod-field-min-qty"), "1", Check::Amount),
                    Field::text(
                        "price",
                        word("prod-field-unit-price"),
                        &amount_text(p.list_price),
                        Check::Amount,
                    ),
                ]
            }
            _ => {
                self.notice = Some(t!("prod-none-yet"));
                return;
            }
        };
        let (title, subtitle) = match (kind, current) {
            (ProductForm::New, _) => (t!("prod-form-new"), String::new()),
            (ProductForm::Edit, Some(p)) => {
                (t!("prod-form-edit"), format!("{} · {}", p.sku, p.currency))
            }
            (_, Some(p)) => (t!("prod-form-price"), format!("{} · {}", p.sku, p.currency)),
            _ => return,
        };
        self.form = Some((kind, Form::new(title, subtitle, fields, self.today)));
    }

    /// The row for the store that the submitted form describes.
    fn submitted(&mut self) -> Option<Request> {
        let (kind, form) = self.form.as_ref()?;
        if *kind == ProductForm::New {
            let sku = form.text("sku");
            if let Some(p) = self
                .products
                .iter()
                .find(|p| p.sku.trim().eq_ignore_ascii_case(sku.trim()))
            {
                let taken = t!(
                    "prod-sku-taken",
                    sku = p.sku.as_str(),
                    name = p.name.as_str()
                );
                if let Some((_, form)) = self.form.as_mut() {
                    form.error = Some(taken);
                }
                return None;
            }
        }
        let (kind, form) = self.form.as_ref()?;
        let amount = |key: &str| crate::domain::money::parse_amount(&form.text(key)).ok();
        let row = match kind {
            ProductForm::New => ImportedProduct {
                line: 0,
                sku: form.text("sku"),
                name: form.text("name"),
                unit: form.text("unit"),
                currency: form
                    .text("currency")
                    .trim()
                    .to_ascii_uppercase()
                    .parse()
                    .ok()?,
                list_price: amount("list")?,
                unit_cost: amount("cost")?,
                active: true,
                price: None,
            },
            ProductForm::Edit => {
                let p = self.products.get(self.selected)?;
                ImportedProduct {
                    line: 0,
                    sku: p.sku.clone(),
                    name: form.text("name"),
                    unit: form.text("unit"),
                    currency: p.currency,
                    list_price: amount("list")?,
                    unit_cost: amount("cost")?,
                    active: form.choice("active") == 0,
                    price: None,
                }
            }
            ProductForm::Price => {
                let p = self.products.get(self.selected)?;
                let names: Vec<&PriceList> = self
                    .lists
                    .iter()
                    .filter(|l| l.currency == p.currency)
                    .collect();
                let list = match names.get(form.choice("list")) {
                    Some(l) => l.name.clone(),
                    None => form.text("new_list"),
                };
                if list.trim().is_empty() {
                    if let Some((_, form)) = self.form.as_mut() {
                        form.error = Some(t!("prod-name-new-list"));
                    }
                    return None;
                }
                let tier = match form.choice("tier") {
                    1 => Some(Tier::A),
                    2 => Some(Tier::B),
                    3 => Some(Tier::C),
                    _ => None,
                };
                ImportedProduct {
                    line: 0,
                    sku: p.sku.clone(),
                    name: p.name.clone(),
                    unit: p.unit.clone(),
                    currency: p.currency,
                    list_price: p.list_price,
                    unit_cost: p.unit_cost,
                    active: p.active,
                    price: Some(ImportedPrice {
                        list,
                        tier,
                        min_qty: amount("min_qty")?,
                        unit_price: amount("price")?,
                    }),
                }
            }
        };
        Some(Request::SaveProduct(Box::new(row)))
    }
}

impl ProductList {
    /// Whether the list takes text itself (outside its forms).
    fn typing_elsewhere(&self) -> bool {
        false
    }

    /// A key for the list itself, no form open.
    fn list_key(&mut self, _key: Key, action: Option<Action>, cx: &LayerContext) -> Outcome {
        self.notice = None;
        let last = self.products.len().saturating_sub(1);
        if let Some(to) = action.and_then(|a| a.moved_cursor(self.selected, cx.page_rows, last)) {
            self.selected = to;
            return Outcome::Stay;
        }
        match action {
            Some(Action::NewProduct) => self.open_form(ProductForm::New),
            Some(Action::EditProduct | Action::Confirm) => self.open_form(ProductForm::Edit),
            Some(Action::SetPrice) => self.open_form(ProductForm::Price),
            Some(Action::Undo) => return Outcome::Request(Request::Undo),
            Some(Action::Back | Action::Cancel) => return Outcome::Close,
            Some(Action::Quit) => return Outcome::Quit,
            _ => {}
        }
        Outcome::Stay
    }
}

impl super::LayerKeys for ProductList {
    super::form_over_list_keys!(Scope::Products);
}
