//! `dealdeck account`: accounts with their figures, one account whole (its
//! deals with how they ended, contacts, recent activities, quotes, parent and
//! subsidiaries), and an account's facts changed — undoable.

use super::Context;
use crate::domain::money::group_thousands;
use crate::domain::*;
use crate::store::Store;
use crate::table::Table;
use anyhow::anyhow;
use clap::Subcommand;
use std::collections::HashMap;
use std::io::Write as _;
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Accounts with tier, industry, region, owner, open deals and pipeline, won to date
    List {
        #[arg(long)]
        json: bool,
    },
    /// One account: deals (open, won, lost with reasons), contacts, activities, quotes
    Show { account: String },
    /// Change an account's name, industry, region, size, tier, owner or parent
    Edit {
        account: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        industry: Option<String>,
        #[arg(long)]
        region: Option<String>,
        /// small, medium, large, enterprise
        #[arg(long)]
        size: Option<String>,
        /// A, B or C
        #[arg(long)]
        tier: Option<String>,
        /// An owner's name, or "none"
        #[arg(long)]
        owner: Option<String>,
        /// The parent account (name or id), or "none"
        #[arg(long)]
        parent: Option<String>,
    },
}

/// The account a person names: its id (`12`, `A-12`) or its name (any case).
pub(super) fn account_named(store: &Store, given: &str) -> anyhow::Result<Account> {
    let accounts = store.accounts()?;
    if let Ok(id) = given.parse::<AccountId>()
        && let Some(a) = accounts.iter().find(|a| a.id == id)
    {
        return Ok(a.clone());
    }
    accounts
        .into_iter()
        .find(|a| a.name.eq_ignore_ascii_case(given.trim()))
        .ok_or_else(|| anyhow!(t!("climsg-account-not-found", given = given)))
}

fn main_currency(deals: &[Deal]) -> Currency {
    let mut counts: HashMap<Currency, usize> = HashMap::new();
    for d in deals {
        *counts.entry(d.amount.currency).or_default() += 1;
    }
    crate::domain::money::most_common_currency(counts)
}

pub fn run(ctx: &Context, command: AccountCommand) -> anyhow::Result<ExitCode> {
    let store = ctx.open_existing()?;
    let owners: HashMap<OwnerId, String> = store
        .owners()?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let owner_name =
        |o: Option<OwnerId>| o.and_then(|o| owners.get(&o).cloned()).unwrap_or_default();
    match command {
        AccountCommand::List { json } => {
            let deals = store.deals()?;
            let currency = main_currency(&deals);
            let mut figures = HashMap::new();
            for d in &deals {
                AccountFigures::count(&mut figures, d, currency);
            }
            let accounts = store.accounts()?;
            if json {
                let rows: Vec<serde_json::Value> = accounts
                    .iter()
                    .map(|a| {
                        serde_json::json!({
                            "account": a,
                            "figures": figures.get(&a.id).copied().unwrap_or_default(),
                            "currency": currency,
                        })
                    })
                    .collect();
                outln!(ctx, "{}", super::json(&rows)?);
                return Ok(ExitCode::SUCCESS);
            }
            let mut t = Table::new(&[
                super::col("climsg-col-id"),
                super::col("climsg-col-account"),
                super::col("climsg-col-tier"),
                super::col("climsg-col-industry"),
                super::col("climsg-col-region"),
                super::col("climsg-col-owner"),
                super::num("climsg-col-open"),
                super::num("climsg-col-pipeline"),
                super::num("climsg-col-won"),
            ]);
            for a in &accounts {
                let f = figures.get(&a.id).copied().unwrap_or_default();
                t.row(vec![
                    a.id.to_string(),
                    a.name.clone(),
                    format!("{:?}", a.tier),
                    a.industry.clone(),
                    a.region.clone(),
                    owner_name(a.owner),
                    f.open_deals.to_string(),
                    group_thousands(f.open_amount, 0),
                    group_thousands(f.won_amount, 0),
                ]);
            }
            out!(ctx, "{}", t.render(30));
            errln!(
                ctx,
                "{}",
                t!(
                    "climsg-account-count",
                    count = accounts.len(),
                    currency = currency.to_string()
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        AccountCommand::Show { account } => {
            let a = account_named(&store, &account)?;
            for line in crate::account_page::AccountPage::load(&store, a.id)?
                .lines(&|o| owner_name(Some(o)))
            {
                outln!(ctx, "{line}");
            }
            Ok(ExitCode::SUCCESS)
        }
        AccountCommand::Edit {
            account,
            name,
            industry,
            region,
            size,
            tier,
            owner,
            parent,
        } => {
            let mut a = account_named(&store, &account)?;
            if let Some(n) = name {
                a.name = n;
            }
            if let Some(i) = industry {
                a.industry = i;
            }
            if let Some(r) = region {
                a.region = r;
            }
            if let Some(s) = size {
                a.size = crate::io::parties_in::size_named(&s)
                    .ok_or_else(|| anyhow!(t!("climsg-bad-size", given = s.as_str())))?;
            }
            if let Some(t) = tier {
                a.tier = match t.trim().to_ascii_uppercase().as_str() {
                    "A" => Tier::A,
                    "B" => Tier::B,
                    "C" => Tier::C,
                    _ => anyhow::bail!(t!("climsg-bad-tier", given = t.as_str())),
                };
            }
            if let Some(o) = owner {
                a.owner = if o.eq_ignore_ascii_case("none") {
                    None
                } else {
                    Some(
                        owners
                            .iter()
                            .find(|(_, n)| n.eq_ignore_ascii_case(o.trim()))
                            .map(|(id, _)| *id)
                            .ok_or_else(|| {
                                anyhow!(t!("climsg-owner-nobody", given = o.as_str()))
                            })?,
                    )
                };
            }
            if let Some(p) = parent {
                a.parent = if p.eq_ignore_ascii_case("none") {
                    None
                } else {
                    Some(account_named(&store, &p)?.id)
                };
            }
            let saved = store.update_account(&a, ctx.stamp())?;
            let parent = match saved.parent {
                Some(p) => t!(
                    "climsg-account-part-of",
                    parent = store.account(p)?.map_or_else(
                        || t!("climsg-account-fallback", id = p.to_string()),
                        |p| p.name
                    )
                ),
                None => String::new(),
            };
            let or_none = |value: &str, key: &str| {
                if value.is_empty() {
                    t!(key)
                } else {
                    value.to_string()
                }
            };
            outln!(
                ctx,
                "{}",
                t!(
                    "climsg-account-saved",
                    id = saved.id.to_string(),
                    name = saved.name.as_str(),
                    tier = format!("{:?}", saved.tier),
                    industry = or_none(&saved.industry, "climsg-account-no-industry"),
                    region = or_none(&saved.region, "climsg-account-no-region"),
                    size = saved.size.label(),
                    owned = saved
                        .owner
                        .map(|o| t!("climsg-account-owned-by", owner = owner_name(Some(o))))
                        .unwrap_or_default(),
                    parent = parent
                )
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}
