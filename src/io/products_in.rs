//! The product catalogue from CSV: one row per product, or per product and
//! price-list entry (volume break) — the columns of `dealdeck product list
//! --json` flattened, or `--map`.

use super::columns::{Columns, RowReader, import_fields};
use super::parties_in::each_row;
use super::sheet::Sheet;
use super::values::parse_amount_cell;
use super::{Expected, ImportError};
use crate::domain::*;
use crate::store::{ImportedPrice, ImportedProduct};
use rust_decimal::Decimal;

import_fields! {
    pub enum ProductField {
        Sku = "sku",
        Name = "name",
        Unit = "unit",
        Currency = "currency",
        ListPrice = "list_price",
        UnitCost = "unit_cost",
        Active = "active",
        PriceList = "price_list",
        Tier = "tier",
        MinQty = "min_qty",
        UnitPrice = "unit_price",
    }
}

/// Our own column names (and common spellings of them).
const PRESET: &[(ProductField, &[&str])] = &[
    (
        ProductField::Sku,
        &["sku", "SKU", "Product Code", "ProductCode"],
    ),
    (ProductField::Name, &["name", "Product Name", "Name"]),
    (
        ProductField::Unit,
        &["unit", "Quantity Unit Of Measure", "Unit"],
    ),
    (
        ProductField::Currency,
        &["currency", "Currency", "CurrencyIsoCode"],
    ),
    (
        ProductField::ListPrice,
        &["list_price", "List Price", "UnitPrice"],
    ),
    (ProductField::UnitCost, &["unit_cost", "Cost", "Unit Cost"]),
    (ProductField::Active, &["active", "Active", "IsActive"]),
    (
        ProductField::PriceList,
        &["price_list", "Price Book", "Price List"],
    ),
    (ProductField::Tier, &["tier", "Tier"]),
    (
        ProductField::MinQty,
        &["min_qty", "Min Quantity", "From Quantity"],
    ),
    (
        ProductField::UnitPrice,
        &["unit_price", "Tier Price", "List Unit Price"],
    ),
];

/// An amount cell; `expected` is the catalogue's words for it.
fn amount(
    r: &mut RowReader<ProductField>,
    field: ProductField,
    expected: &'static str,
) -> Option<Decimal> {
    match parse_amount_cell(r.text(field)) {
        Some(a) if a >= Decimal::ZERO => Some(a),
        _ => {
            r.problem(field, Expected::new(expected));
            None
        }
    }
}

pub fn read_products(
    sheet: &Sheet,
    explicit: &[(ProductField, String)],
    currency: Currency,
) -> Result<Vec<ImportedProduct>, ImportError> {
    use ProductField as F;
    let columns = Columns::resolve(sheet, explicit, PRESET)?;
    columns.require(
        sheet,
        &[
            ("sku", &[F::Sku]),
            ("name", &[F::Name]),
            ("list_price", &[F::ListPrice]),
        ],
        true,
    )?;
    each_row(sheet, &columns, |r| {
        let sku = r.text(F::Sku).to_string();
        let name = r.text(F::Name).to_string();
        if sku.is_empty() {
            r.problem(F::Sku, "io-expected-sku");
        }
        if name.is_empty() {
            r.problem(F::Name, "io-expected-product-name");
        }
        let currency = match r.optional(F::Currency) {
            None => Some(currency),
            Some(code) => code.to_ascii_uppercase().parse().ok().or_else(|| {
                r.problem(F::Currency, "io-expected-currency");
                None
            }),
        };
        let list_price = amount(r, F::ListPrice, "io-expected-list-price");
        let unit_cost = if r.text(F::UnitCost).is_empty() {
            r.problem(F::UnitCost, "io-expected-unit-cost-needed");
            None
        } else {
            amount(r, F::UnitCost, "io-expected-unit-cost")
        };
        let active = match r.text(F::Active).to_ascii_lowercase().as_str() {
            "" | "true" | "yes" | "1" | "active" => Some(true),
            "false" | "no" | "0" | "inactive" => Some(false),
            _ => {
                r.problem(F::Active, "io-expected-true-false");
                None
            }
        };
        let price = match r.optional(F::PriceList) {
            None => Some(None),
            Some(list) => {
                let tier = r
                    .choice(F::Tier, &[("A", Tier::A), ("B", Tier::B), ("C", Tier::C)])
                    .ok();
                let min_qty = if r.text(F::MinQty).is_empty() {
                    Some(Decimal::ONE)
                } else {
                    amount(r, F::MinQty, "io-expected-min-qty")
                };
                let unit_price = amount(r, F::UnitPrice, "io-expected-unit-price");
                match (tier, min_qty, unit_price) {
                    (Some(tier), Some(min_qty), Some(unit_price)) => Some(Some(ImportedPrice {
                        list,
                        tier,
                        min_qty,
                        unit_price,
                    })),
                    _ => None,
                }
            }
        };
        let (Some(currency), Some(list_price), Some(unit_cost), Some(active), Some(price)) =
            (currency, list_price, unit_cost, active, price)
        else {
            return None;
        };
        Some(ImportedProduct {
            line: r.line,
            sku,
            name,
            unit: r.optional(F::Unit).unwrap_or_else(|| "unit".into()),
            currency,
            list_price,
            unit_cost,
            active,
            price,
        })
    })
}
