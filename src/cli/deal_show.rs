//! `dealdeck deal show`: one deal whole — its fields, stage history,
//! activities and quotes — as text or JSON.

use super::Context;
use super::deal::Lookup;
use crate::domain::money::group_thousands;
use crate::domain::*;
use anyhow::anyhow;
use serde::Serialize;
use std::io::Write as _;
use std::process::ExitCode;

#[derive(Serialize)]
struct DealView<'a> {
    deal: &'a Deal,
    account: String,
    owner: String,
    stage: String,
    events: Vec<StageEvent>,
    activities: Vec<Activity>,
    quotes: Vec<Quote>,
}

pub(super) fn show(ctx: &Context, id: DealId, json: bool) -> anyhow::Result<ExitCode> {
    let store = ctx.open_existing()?;
    let deal = store
        .deal(id)?
        .ok_or_else(|| anyhow!(t!("error-not-found", kind = t!("kind-deal"), id = id.0)))?;
    let lookup = Lookup::load(&store)?;
    let view = DealView {
        deal: &deal,
        account: lookup.account(deal.account),
        owner: lookup.owner(deal.owner),
        stage: lookup.stage(deal.stage),
        events: store.events_of(id)?,
        activities: store.activities_of(id)?,
        quotes: store.quotes_of(id)?,
    };
    if json {
        outln!(ctx, "{}", super::json(&view)?);
        return Ok(ExitCode::SUCCESS);
    }
    let s = |t: &str| crate::text::sanitize(t).into_owned();
    // `  account   value`: the labels in a column of their own.
    let field = |key: &str, value: String| format!("  {}{value}", super::label(key, 10));
    outln!(
        ctx,
        "{}",
        t!(
            "climsg-deal-heading",
            id = deal.id.to_string(),
            title = s(&deal.title)
        )
    );
    outln!(
        ctx,
        "{}",
        field("climsg-deal-field-account", s(&view.account))
    );
    outln!(ctx, "{}", field("climsg-deal-field-owner", s(&view.owner)));
    outln!(
        ctx,
        "{}",
        field(
            "climsg-deal-field-stage",
            t!(
                "climsg-deal-stage-value",
                stage = s(&view.stage),
                status = deal.status.label()
            )
        )
    );
    outln!(
        ctx,
        "{}",
        field("climsg-deal-field-amount", deal.amount.to_string())
    );
    let close = match deal.expected_close {
        Some(day) => day.to_string(),
        None => t!("climsg-deal-close-none", id = deal.id.0.to_string()),
    };
    outln!(ctx, "{}", field("climsg-deal-field-close", close));
    outln!(
        ctx,
        "{}",
        field("climsg-deal-field-source", s(&deal.source))
    );
    if !deal.competitors.is_empty() {
        outln!(
            ctx,
            "{}",
            field("climsg-deal-field-compete", s(&deal.competitors.join(", ")))
        );
    }
    if let Some(step) = &deal.next_step {
        let value = t!(
            "climsg-deal-next-step-value",
            step = s(step),
            date = deal
                .next_step_date
                .map(|d| d.to_string())
                .unwrap_or_default()
        );
        outln!(ctx, "{}", field("climsg-deal-field-next-step", value));
    }
    outln!(
        ctx,
        "{}",
        field(
            "climsg-deal-field-scorecard",
            format!("{}/100", deal.scorecard.percent())
        )
    );
    let taxonomy = store.loss_reasons()?;
    if let Some(loss) = &deal.loss {
        let category = s(crate::domain::review::category_name(
            &taxonomy,
            &loss.category,
        ));
        let value = match &loss.competitor {
            Some(c) => t!(
                "climsg-deal-lost-value-to",
                category = category,
                sub = s(&loss.sub_reason),
                competitor = s(c),
                lesson = s(&loss.lesson)
            ),
            None => t!(
                "climsg-deal-lost-value",
                category = category,
                sub = s(&loss.sub_reason),
                lesson = s(&loss.lesson)
            ),
        };
        outln!(ctx, "{}", field("climsg-deal-field-lost", value));
    }
    if let Some(win) = &deal.win {
        outln!(ctx, "{}", field("climsg-deal-field-won", s(&win.reason)));
    }
    outln!(ctx, "{}", t!("climsg-deal-history"));
    for e in &view.events {
        let from = e
            .from
            .map(|f| lookup.stage(f))
            .unwrap_or_else(|| t!("climsg-deal-history-created"));
        let key = if e.reverts.is_some() {
            "climsg-deal-history-line-undo"
        } else {
            "climsg-deal-history-line"
        };
        outln!(
            ctx,
            "  {}",
            t!(
                key,
                at = e.at.format("%Y-%m-%d %H:%M").to_string(),
                from = from,
                to = lookup.stage(e.to),
                by = s(&e.by)
            )
        );
        for o in &e.gate_overrides {
            outln!(
                ctx,
                "      {}",
                t!(
                    "climsg-deal-history-override",
                    criterion = s(&o.criterion),
                    reason = s(&o.reason)
                )
            );
        }
    }
    outln!(ctx, "{}", t!("climsg-deal-activities"));
    for a in &view.activities {
        // The kind in a column of 8 cells (a Chinese word takes two a character).
        let kind = a.kind.label();
        let pad = 8usize.saturating_sub(crate::text::width(kind));
        outln!(
            ctx,
            "  {}  {kind}{} {}",
            a.at.format("%Y-%m-%d"),
            " ".repeat(pad),
            s(&a.summary)
        );
    }
    for q in &view.quotes {
        if let Some(v) = q.latest() {
            let t = quote::totals(&v.lines, q.currency);
            outln!(
                ctx,
                "{}",
                t!(
                    "climsg-deal-quote-line",
                    number = q.number.as_str(),
                    version = v.version.to_string(),
                    status = format!("{:?}", v.status),
                    total = format!(
                        "{} {}",
                        group_thousands(t.total, q.currency.minor_digits()),
                        q.currency
                    ),
                    margin = t
                        .margin_pct
                        .map(|m| m.to_string())
                        .unwrap_or_else(|| "–".into())
                )
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
