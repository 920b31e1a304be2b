//! The product catalogue from a file or the command line: products matched by
//! SKU (created, or brought up to date), and price-list entries with volume
//! breaks, each list in one currency — never mixed with another's.

use super::Touched;
use super::import::{at_line, scan};
use super::record::{bump_sequence, get, insert_new, peek_next_id, put};
use super::undo::{Before, push_undo};
use super::users::authorize_admin;
use super::{Stamp, Store, StoreError};
use crate::domain::*;
use redb::WriteTransaction;
use rust_decimal::Decimal;

/// One checked row of a products file: a product, and maybe one entry of a
/// price list (`list` named) for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedProduct {
    pub line: u64,
    pub sku: String,
    pub name: String,
    pub unit: String,
    pub currency: Currency,
    pub list_price: Decimal,
    pub unit_cost: Decimal,
    pub active: bool,
    pub price: Option<ImportedPrice>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedPrice {
    pub list: String,
    pub tier: Option<Tier>,
    pub min_qty: Decimal,
    pub unit_price: Decimal,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProductsSummary {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub new_lists: usize,
    pub prices: usize,
}

fn same_sku(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

impl Store {
    /// Writes the rows in one transaction (admin): a product per SKU, each
    /// price entry into its list (made when missing).
    pub fn import_products(
        &self,
        rows: &[ImportedProduct],
        stamp: Stamp,
        dry_run: bool,
    ) -> Result<ProductsSummary, StoreError> {
        let txn = self.begin_write()?;
        authorize_admin(&txn, stamp)?;
        let mut products: Vec<Product> = Vec::new();
        scan::<Product>(&txn, |p| products.push(p))?;
        let mut lists: Vec<PriceList> = Vec::new();
        scan::<PriceList>(&txn, |l| lists.push(l))?;
        let known = products.len();
        let mut next_product = peek_next_id::<Product>(&txn)?;
        let mut next_list = peek_next_id::<PriceList>(&txn)?;
        let mut summary = ProductsSummary::default();
        let mut touched: Vec<usize> = Vec::new();
        let mut named: Vec<usize> = Vec::new();
        for row in rows {
            let wanted = Product {
                id: ProductId(0),
                sku: row.sku.trim().to_string(),
                name: row.name.trim().to_string(),
                unit: row.unit.trim().to_string(),
                currency: row.currency,
                list_price: row.list_price,
                unit_cost: row.unit_cost,
                active: row.active,
            };
            let at = match products.iter().position(|p| same_sku(&p.sku, &row.sku)) {
                Some(i) => {
                    named.push(i);
                    let id = products[i].id;
                    let updated = Product { id, ..wanted };
                    if products[i] != updated && !touched.contains(&i) {
                        touched.push(i);
                    }
                    products[i] = updated;
                    i
                }
                None => {
                    products.push(Product {
                        id: ProductId(next_product),
                        ..wanted
                    });
                    next_product += 1;
                    touched.push(products.len() - 1);
                    products.len() - 1
                }
            };
            validate_product(&products[at]).map_err(|e| at_line(row.line, StoreError::from(e)))?;
            if let Some(price) = &row.price {
                let product = &products[at];
                let list = match lists
                    .iter()
                    .position(|l| l.name.eq_ignore_ascii_case(price.list.trim()))
                {
                    Some(i) => i,
                    None => {
                        crate::domain::validate::text("price list", &price.list, MAX_TITLE, true)
                            .map_err(|e| at_line(row.line, StoreError::from(e)))?;
                        lists.push(PriceList {
                            id: PriceListId(next_list),
                            name: price.list.trim().to_string(),
                            tier: price.tier,
                            currency: product.currency,
                            entries: Vec::new(),
                        });
                        next_list += 1;
                        summary.new_lists += 1;
                        lists.len() - 1
                    }
                };
                if lists[list].currency != product.currency {
                    return Err(at_line(
                        row.line,
                        t!(
                            "store-import-list-currency",
                            sku = product.sku.as_str(),
                            currency = product.currency.to_string(),
                            list = lists[list].name.as_str(),
                            list_currency = lists[list].currency.to_string()
                        ),
                    ));
                }
                let entry = PriceEntry {
                    product: product.id,
                    min_qty: price.min_qty,
                    unit_price: price.unit_price,
                };
                validate_price_entry(&entry).map_err(|e| at_line(row.line, StoreError::from(e)))?;
                let entries = &mut lists[list].entries;
                entries.retain(|e| !(e.product == entry.product && e.min_qty == entry.min_qty));
                entries.push(entry);
                entries.sort_by_key(|e| (e.product, e.min_qty));
                summary.prices += 1;
            }
        }
        let mut undo = Vec::new();
        for i in &touched {
            if *i < known {
                summary.updated += 1;
            } else {
                summary.created += 1;
            }
            let id = products[*i].id.0;
            undo.push(Before::Product(id, get::<Product>(&txn, id)?.map(Box::new)));
            put(&txn, &products[*i])?;
        }
        named.sort_unstable();
        named.dedup();
        summary.unchanged = named.iter().filter(|i| !touched.contains(i)).count();
        for list in &lists {
            let was = get::<PriceList>(&txn, list.id.0)?;
            if was.as_ref() != Some(list) {
                undo.push(Before::PriceList(list.id.0, was.map(Box::new)));
            }
        }
        write_lists(&txn, &lists)?;
        if !undo.is_empty() {
            let label = match rows {
                [one] => t!("store-undo-save-product", sku = one.sku.trim()),
                many => t!("store-undo-import-products", count = many.len()),
            };
            push_undo(&txn, label, stamp, undo, vec![])?;
        }
        bump_sequence::<Product>(&txn, next_product - 1)?;
        bump_sequence::<PriceList>(&txn, next_list - 1)?;
        if dry_run {
            txn.abort()?;
        } else {
            self.commit(txn, stamp.by, Touched::Everything)?;
        }
        Ok(summary)
    }
}

fn write_lists(txn: &WriteTransaction, lists: &[PriceList]) -> Result<(), StoreError> {
    for list in lists {
        if super::record::get::<PriceList>(txn, list.id.0)?.is_some() {
            put(txn, list)?;
        } else {
            insert_new(txn, list)?;
        }
    }
    Ok(())
}
