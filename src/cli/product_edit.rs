//! The catalogue from the command line: `import products FILE`, `product add`
//! and `product edit SKU` — one path into the store (products matched by SKU).

use super::Context;
use super::import::{ProductsArgs, delimiter, encoding, maps, read_file};
use crate::domain::money::parse_amount;
use crate::domain::*;
use crate::io::products_in::{ProductField, read_products};
use crate::store::{ImportedProduct, ProductsSummary};
use anyhow::{Context as _, anyhow};
use clap::Args;
use std::io::Write as _;
use std::process::ExitCode;

fn currency(text: &str) -> anyhow::Result<Currency> {
    text.to_ascii_uppercase()
        .parse()
        .map_err(|_| anyhow!(t!("climsg-bad-currency", given = text)))
}

/// What an import of products from `file` did (or would do).
fn said(ctx: &Context, file: &std::path::Path, s: &ProductsSummary, dry_run: bool) {
    outln!(
        ctx,
        "{}",
        t!(
            if dry_run {
                "climsg-products-imported-dry"
            } else {
                "climsg-products-imported"
            },
            file = file.display().to_string(),
            created = s.created.to_string(),
            updated = s.updated.to_string(),
            unchanged = s.unchanged.to_string(),
            prices = s.prices,
            lists = s.new_lists
        )
    );
}

pub fn import(ctx: &Context, args: ProductsArgs) -> anyhow::Result<ExitCode> {
    let sheet = read_file(
        &args.file,
        delimiter(args.delimiter.as_deref())?,
        encoding(args.encoding),
    )?;
    let map = maps::<ProductField>(&args.map)?;
    let rows = read_products(&sheet, &map, currency(&args.currency)?)?;
    let store = ctx.open_or_create()?;
    let summary = store.import_products(&rows, ctx.stamp(), args.dry_run)?;
    said(ctx, &args.file, &summary, args.dry_run);
    Ok(ExitCode::SUCCESS)
}

#[derive(Debug, Args)]
pub struct ProductArgs {
    /// Product code
    pub sku: String,
    #[arg(long)]
    name: Option<String>,
    /// Unit of sale (licence, unit, day…)
    #[arg(long)]
    unit: Option<String>,
    #[arg(long)]
    currency: Option<String>,
    #[arg(long)]
    list_price: Option<String>,
    #[arg(long)]
    unit_cost: Option<String>,
    /// false retires the product (kept on old quotes, not offered on new lines)
    #[arg(long)]
    active: Option<bool>,
}

/// `product add` (every field needed) and `product edit` (what is given changes).
pub fn save(ctx: &Context, args: ProductArgs, new: bool) -> anyhow::Result<ExitCode> {
    let store = ctx.open_existing()?;
    let current = store
        .products()?
        .into_iter()
        .find(|p| p.sku.eq_ignore_ascii_case(args.sku.trim()));
    let base = match (current, new) {
        (Some(p), false) => p,
        (Some(p), true) => anyhow::bail!(t!("climsg-product-exists", sku = p.sku.as_str())),
        (None, false) => {
            anyhow::bail!(t!("climsg-product-not-found", sku = args.sku.as_str()))
        }
        (None, true) => Product {
            id: ProductId(0),
            sku: args.sku.trim().to_string(),
            name: args
                .name
                .clone()
                .ok_or_else(|| anyhow!(t!("climsg-product-needs", flag = "--name")))?,
            unit: "unit".into(),
            currency: Currency::USD,
            list_price: Default::default(),
            unit_cost: Default::default(),
            active: true,
        },
    };
    let amount =
        |given: &Option<String>, flag: &str, was| -> anyhow::Result<rust_decimal::Decimal> {
            match given {
                Some(text) => parse_amount(text).with_context(|| flag.to_string()),
                None if new => Err(anyhow!(t!("climsg-product-needs", flag = flag))),
                None => Ok(was),
            }
        };
    let row = ImportedProduct {
        line: 0,
        sku: base.sku.clone(),
        name: args.name.unwrap_or(base.name),
        unit: args.unit.unwrap_or(base.unit),
        currency: match &args.currency {
            Some(c) => currency(c)?,
            None => base.currency,
        },
        list_price: amount(&args.list_price, "--list-price", base.list_price)?,
        unit_cost: amount(&args.unit_cost, "--unit-cost", base.unit_cost)?,
        active: args.active.unwrap_or(base.active),
        price: None,
    };
    let summary = store.import_products(&[row], ctx.stamp(), false)?;
    let said = match (new, summary.updated + summary.created) {
        (true, _) => "climsg-product-added",
        (false, 0) => "climsg-product-unchanged",
        (false, _) => "climsg-product-saved",
    };
    outln!(
        ctx,
        "{}",
        t!(said, sku = crate::text::sanitize(&base.sku).into_owned())
    );
    Ok(ExitCode::SUCCESS)
}
