//! `dealdeck product list` and `dealdeck quote list|show`: the catalogue with its
//! tier prices, and quotes as the customer reads them (Markdown, text) or as data
//! (JSON with totals, guards, revisions and the time from needs confirmed to the
//! first quote sent).

use super::Context;
use crate::domain::money::group_thousands;
use crate::domain::quote::{needs_confirmed_at, totals};
use crate::domain::*;
use crate::quote_doc::{DocFormat, QuoteDoc};
use crate::table::Table;
use anyhow::{Context as _, bail};
use clap::{Subcommand, ValueEnum};
use std::collections::HashMap;
use std::io::Write as _;
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum ProductCommand {
    /// Every product: SKU, unit, list price, unit cost, margin at list, tier prices
    List {
        #[arg(long)]
        json: bool,
    },
    /// Add a product (admin): --name, --list-price and --unit-cost needed
    Add(super::product_edit::ProductArgs),
    /// Change a product's name, unit, currency, prices or whether it is offered (admin)
    Edit(super::product_edit::ProductArgs),
}

#[derive(Debug, Subcommand)]
pub enum QuoteCommand {
    /// Quotes, newest first: number, deal, version, status, total, margin
    List {
        /// Only this deal's quotes
        #[arg(long)]
        deal: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// One quote: Markdown or plain text to paste into an email, or JSON
    Show {
        /// The quote: its number as the app shows it (`Q-2026-00307`), or its id (`307`)
        id: String,
        #[arg(long, value_enum, default_value = "md")]
        format: QuoteFormat,
        /// A version other than the latest
        #[arg(long)]
        version: Option<u32>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QuoteFormat {
    Md,
    Txt,
    Json,
}

pub fn run_products(ctx: &Context, command: ProductCommand) -> anyhow::Result<ExitCode> {
    let json = match command {
        ProductCommand::List { json } => json,
        ProductCommand::Add(args) => return super::product_edit::save(ctx, args, true),
        ProductCommand::Edit(args) => return super::product_edit::save(ctx, args, false),
    };
    let store = ctx.open_existing()?;
    let products = store.products()?;
    let lists = store.price_lists()?;
    if json {
        outln!(
            ctx,
            "{}",
            super::json(&serde_json::json!({
                "products": products,
                "price_lists": lists,
            }))?
        );
        return Ok(ExitCode::SUCCESS);
    }
    let mut t = Table::new(&[
        super::col("climsg-product-col-sku"),
        super::col("climsg-product-col-product"),
        super::col("climsg-product-col-unit"),
        super::num("climsg-product-col-list"),
        super::num("climsg-product-col-cost"),
        super::num("climsg-product-col-margin"),
        super::num("climsg-product-col-tier-a"),
        super::num("climsg-product-col-tier-b"),
        super::num("climsg-product-col-tier-c"),
    ]);
    let tier = |tier: Tier, p: &Product| {
        lists
            .iter()
            .find(|l| l.tier == Some(tier))
            .and_then(|l| l.price_for(p.id, rust_decimal::Decimal::ONE))
            .map_or("—".into(), |d| group_thousands(d, 2))
    };
    for p in &products {
        let margin = p.list_margin_pct().map_or("—".into(), |m| format!("{m} %"));
        t.row(vec![
            p.sku.clone(),
            p.name.clone(),
            p.unit.clone(),
            group_thousands(p.list_price, 2),
            group_thousands(p.unit_cost, 2),
            margin,
            tier(Tier::A, p),
            tier(Tier::B, p),
            tier(Tier::C, p),
        ]);
    }
    out!(ctx, "{}", t.render(40));
    outln!(ctx, "{}", t!("climsg-product-volume-breaks"));
    Ok(ExitCode::SUCCESS)
}

pub fn run_quotes(ctx: &Context, command: QuoteCommand) -> anyhow::Result<ExitCode> {
    let store = ctx.open_existing()?;
    match command {
        QuoteCommand::List { deal, json } => {
            let quotes = match deal {
                Some(d) => {
                    let id: DealId = d
                        .parse()
                        .with_context(|| t!("climsg-not-a-deal-id", given = d.as_str()))?;
                    store.quotes_of(id)?
                }
                None => store.load_workspace()?.quotes,
            };
            let mut quotes = quotes;
            quotes.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(b.id.cmp(&a.id)));
            if json {
                outln!(ctx, "{}", super::json(&quotes)?);
                return Ok(ExitCode::SUCCESS);
            }
            let mut t = Table::new(&[
                super::num("climsg-quote-col-id"),
                super::col("climsg-quote-col-number"),
                super::num("climsg-quote-col-deal"),
                super::num("climsg-quote-col-version"),
                super::col("climsg-quote-col-status"),
                super::num("climsg-quote-col-total"),
                super::num("climsg-quote-col-margin"),
            ]);
            for q in &quotes {
                let Some(v) = q.latest() else { continue };
                let tt = totals(&v.lines, q.currency);
                t.row(vec![
                    q.id.to_string(),
                    q.number.clone(),
                    q.deal.to_string(),
                    v.version.to_string(),
                    v.status.label().into(),
                    format!(
                        "{} {}",
                        group_thousands(tt.total, q.currency.minor_digits()),
                        q.currency
                    ),
                    tt.margin_pct.map_or("—".into(), |m| format!("{m} %")),
                ]);
            }
            out!(ctx, "{}", t.render(40));
        }
        QuoteCommand::Show {
            id,
            format,
            version,
        } => {
            let wanted = id.trim();
            let quote = match wanted.trim_start_matches("Q-").parse::<QuoteId>() {
                Ok(number) => store.quote(number)?,
                // The number the app and the documents show, `Q-<year>-<id>`.
                Err(_) => match wanted.rsplit('-').next().map(str::parse::<QuoteId>) {
                    Some(Ok(number)) => store
                        .quote(number)?
                        .filter(|q| q.number.eq_ignore_ascii_case(wanted)),
                    _ => None,
                },
            };
            let Some(quote) = quote else {
                bail!(t!("climsg-quote-not-found", given = id.as_str()));
            };
            let shown = match version {
                Some(n) => quote
                    .versions
                    .iter()
                    .find(|v| v.version == n)
                    .with_context(|| {
                        t!(
                            "climsg-quote-versions",
                            number = quote.number.as_str(),
                            count = quote.versions.len().to_string()
                        )
                    })?,
                None => quote
                    .latest()
                    .with_context(|| t!("climsg-quote-no-version"))?,
            };
            let deal = store
                .deal(quote.deal)?
                .with_context(|| t!("climsg-quote-deal-gone"))?;
            let account = store.account(deal.account)?.map_or_else(
                || t!("climsg-account-fallback", id = deal.account.to_string()),
                |a| a.name,
            );
            let owners: HashMap<OwnerId, String> = store
                .owners()?
                .into_iter()
                .map(|o| (o.id, o.name))
                .collect();
            let products: HashMap<ProductId, Product> =
                store.products()?.into_iter().map(|p| (p.id, p)).collect();
            let settings = ctx.settings();
            let doc = QuoteDoc {
                quote: &quote,
                version: shown,
                deal_title: &deal.title,
                account: &account,
                prepared_by: owners.get(&deal.owner).map_or("", String::as_str),
                products: &products,
                not_approved: shown.status == QuoteStatus::Draft
                    && store
                        .quote_guards(&quote, &settings.pricing)?
                        .can_send()
                        .is_err(),
            };
            match format {
                QuoteFormat::Md => out!(ctx, "{}", doc.render(DocFormat::Markdown)),
                QuoteFormat::Txt => out!(ctx, "{}", doc.render(DocFormat::Text)),
                QuoteFormat::Json => {
                    let guards = store.quote_guards(&quote, &settings.pricing)?;
                    let t = totals(&shown.lines, quote.currency);
                    let pipeline = store
                        .pipelines()?
                        .into_iter()
                        .find(|p| p.id == deal.pipeline);
                    let needs = pipeline.as_ref().and_then(|p| {
                        needs_confirmed_at(p, &store.events_of(deal.id).unwrap_or_default())
                    });
                    let first_sent = quote.first_sent_at();
                    let days = needs
                        .zip(first_sent)
                        .map(|(n, s)| crate::analytics::days_between(n, s));
                    let value = serde_json::json!({
                        "quote": quote,
                        "shown_version": shown.version,
                        "totals": {
                            "subtotal": t.subtotal.to_string(),
                            "discount": t.discount.to_string(),
                            "total": t.total.to_string(),
                            "cost": t.cost.to_string(),
                            "margin_pct": t.margin_pct.map(|m| m.to_string()),
                        },
                        "guards": guards,
                        "can_send": guards.can_send().err().map_or(serde_json::json!(true), serde_json::Value::from),
                        "revisions": quote.revisions(),
                        "needs_confirmed_at": needs,
                        "first_sent_at": first_sent,
                        "needs_confirmed_to_first_sent_days": days,
                    });
                    outln!(ctx, "{}", super::json(&value)?);
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
