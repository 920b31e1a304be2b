//! `dealdeck search QUERY`

use super::Context;
use crate::search;
use crate::table::Table;
use clap::Args;
use std::io::Write as _;
use std::process::ExitCode;

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to look for (fuzzy: `nwms` finds "Northwind WMS rollout")
    query: String,
    /// Most results to show
    #[arg(long, default_value_t = 20)]
    limit: usize,
    #[arg(long)]
    json: bool,
}

pub fn run(ctx: &Context, args: SearchArgs) -> anyhow::Result<ExitCode> {
    let store = ctx.open_existing()?;
    let items = search::items(
        &store.deals()?,
        &store.accounts()?,
        &store.contacts()?,
        &store.owners()?,
        &store.pipelines()?,
    );
    let index = search::Index::new(items);
    let hits = index.search(&args.query, args.limit);
    if args.json {
        let rows: Vec<serde_json::Value> = hits
            .iter()
            .map(|(score, item)| serde_json::json!({ "score": score, "kind": item.kind, "id": item.id, "label": item.label, "detail": item.detail, "deal": item.deal }))
            .collect();
        outln!(ctx, "{}", super::json(&rows)?);
    } else {
        let mut t = Table::new(&[
            super::col("climsg-col-kind"),
            super::num("climsg-col-id"),
            super::col("climsg-search-col-name"),
            super::col("climsg-col-detail"),
        ]);
        for (_, item) in &hits {
            t.row(vec![
                item.kind.label().into(),
                item.id.to_string(),
                item.label.clone(),
                item.detail.clone(),
            ]);
        }
        out!(ctx, "{}", t.render(48));
    }
    Ok(if hits.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
