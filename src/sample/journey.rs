//! Deals and their journeys: stage events simulated through the funnel,
//! activities along the way, and for lost deals a reason the data agrees with
//! (price losses have thin margins, decision-chain losses an untouched decision
//! maker, stalled deals a silent last month, …).

use super::Gen;
use super::commerce::{self, QuoteShape};
use super::orgs::{sellers, team_of};
use super::path::{LossPlan, Outcome, deal_title, plan_loss, simulate};
use crate::domain::*;
use chrono::{DateTime, Duration, Utc};
use rust_decimal::Decimal;
use std::collections::BTreeSet;

/// Median days and chance to move on, per open stage of the renewal pipeline.
const RENEWAL_FLOW: [(f64, f64); 3] = [(28.0, 0.86), (21.0, 0.82), (16.0, 0.8)];

pub fn build(g: &mut Gen) {
    let mut contacts_by_account: Vec<Vec<usize>> = vec![Vec::new(); g.ws.accounts.len() + 1];
    for (i, c) in g.ws.contacts.iter().enumerate() {
        contacts_by_account[c.account.0 as usize].push(i);
    }
    let mut next_event = 0u64;
    for n in 0..g.deals {
        let deal_id = DealId(n as u64 + 1);
        deal(g, deal_id, &contacts_by_account, &mut next_event);
    }
    // Accounts existed before their first deal.
    let mut first_deal: Vec<Option<DateTime<Utc>>> = vec![None; g.ws.accounts.len() + 1];
    for d in &g.ws.deals {
        let slot = &mut first_deal[d.account.0 as usize];
        if slot.is_none_or(|t| t > d.created_at) {
            *slot = Some(d.created_at);
        }
    }
    for a in &mut g.ws.accounts {
        if let Some(first) = first_deal[a.id.0 as usize]
            && a.created_at > first
        {
            a.created_at = first - Duration::days(3);
            a.updated_at = a.created_at;
        }
    }
    // Contacts: last contacted is the latest touch that reached them.
    let mut last: Vec<Option<DateTime<Utc>>> = vec![None; g.ws.contacts.len() + 1];
    for act in &g.ws.activities {
        if matches!(act.kind, ActivityKind::Note | ActivityKind::Task) {
            continue;
        }
        for c in &act.contacts {
            let slot = &mut last[c.0 as usize];
            if slot.is_none_or(|t| t < act.at) {
                *slot = Some(act.at);
            }
        }
    }
    for c in &mut g.ws.contacts {
        c.last_contacted = last[c.id.0 as usize];
        if c.created_at > c.last_contacted.unwrap_or(c.created_at) {
            c.created_at = c.last_contacted.unwrap_or(c.created_at) - Duration::days(1);
        }
        c.updated_at = c.last_contacted.unwrap_or(c.created_at).max(c.created_at);
    }
}

/// Creation instants grow denser towards today (a growing business).
fn creation_time(g: &mut Gen) -> DateTime<Utc> {
    let u = g.unit();
    // Inverse CDF of a density ∝ 1 + 2x over the history (x from 0 to 1).
    let x = (-1.0 + (1.0 + 8.0 * u).sqrt()) / 2.0;
    let span = (g.now - g.start).num_minutes() as f64;
    g.start + Duration::minutes((span * x.clamp(0.0, 1.0)) as i64)
}

fn deal(g: &mut Gen, id: DealId, contacts_by_account: &[Vec<usize>], next_event: &mut u64) {
    let created = creation_time(g);
    let account = {
        let i = g.pick_index(g.ws.accounts.len());
        g.ws.accounts[i].clone()
    };
    let team = team_of(g, &account.region);
    let owner = match account.owner {
        Some(o) if g.chance(0.85) => o,
        _ => {
            let s = sellers(g, team);
            *g.pick(&s)
        }
    };
    let renewal = account.lifecycle != Lifecycle::Churned && g.chance(0.12);
    let pipeline = g.ws.pipelines[usize::from(renewal)].clone();
    let open_idx: Vec<usize> = pipeline
        .stages
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind == StageKind::Open)
        .map(|(i, _)| i)
        .collect();
    let flow: Vec<(f64, f64)> = if renewal {
        RENEWAL_FLOW.to_vec()
    } else {
        // Matched by stage name, so the config and the pipeline cannot drift apart silently.
        pipeline
            .open_stages()
            .map(|s| {
                g.data
                    .generator
                    .stage_flow
                    .iter()
                    .find(|f| f.stage == s.name)
                    .map(|f| (f.median_days, f.advance))
                    .unwrap_or((10.0, 0.7))
            })
            .collect()
    };

    // How winnable this deal is: its own quality, the owner, the industry and the source.
    let quality = (g.unit() + g.unit()) / 2.0;
    let skill = g
        .data
        .generator
        .team
        .iter()
        .flat_map(|t| &t.owners)
        .nth(owner.0 as usize - 1)
        .map(|m| m.skill)
        .unwrap_or(1.0);
    let industry = g
        .data
        .generator
        .industry
        .iter()
        .find(|i| i.name == account.industry)
        .map(|i| i.win_factor)
        .unwrap_or(1.0);
    let source_weights: Vec<f64> = g
        .data
        .generator
        .sources
        .iter()
        .map(|s| f64::from(s.weight))
        .collect();
    let source_idx = g.weighted(&source_weights);
    let source = &g.data.generator.sources[source_idx];
    let per_stage = (0.8 + 0.4 * quality) * (skill * industry * source.win_factor).powf(0.25);
    let source_name = source.name.clone();

    let mut competitors: Vec<String> = Vec::new();
    for _ in 0..[0, 0, 0, 1, 1, 1, 1, 2][g.pick_index(8)] {
        let c = g
            .pick(g.data.catalogue.competitors_for(&account.industry))
            .clone();
        if !competitors.contains(&c) {
            competitors.push(c);
        }
    }
    let stuck = g
        .chance(0.08)
        .then(|| (g.pick_index(open_idx.len()), 4.0 + 4.0 * g.unit()));

    let journey = simulate(
        g,
        created,
        &open_idx,
        &flow,
        per_stage * if competitors.is_empty() { 1.0 } else { 0.98 },
        stuck,
        &pipeline,
    );
    let (last_idx, last_at, _) =
        journey
            .path
            .last()
            .cloned()
            .unwrap_or((open_idx[0], created, Vec::new()));
    let closed_at = (!matches!(journey.outcome, Outcome::Open)).then_some(last_at);
    // The open stage the deal was last in (where it was won or lost from).
    let last_open = journey
        .path
        .iter()
        .rev()
        .map(|p| p.0)
        .find(|i| pipeline.stages[*i].kind == StageKind::Open)
        .unwrap_or(open_idx[0]);
    // When the deal first entered the proposal stage (the second-to-last open
    // stage); only deals that got there have a quote and can be lost on price.
    let proposal_at = journey
        .path
        .iter()
        .find(|p| {
            open_idx
                .iter()
                .position(|o| *o == p.0)
                .is_some_and(|pos| pos + 2 >= open_idx.len())
        })
        .map(|p| p.1);
    let proposal_reached = proposal_at.is_some();

    let loss = matches!(journey.outcome, Outcome::Lost).then(|| {
        plan_loss(
            g,
            &account.industry,
            &competitors,
            proposal_reached,
            created,
            last_at,
        )
    });
    if let Some(LossPlan {
        competitor: Some(c),
        ..
    }) = &loss
        && !competitors.contains(c)
    {
        competitors.push(c.clone());
    }

    // Events.
    let owner_name = g.ws.owners[owner.0 as usize - 1].name.clone();
    let mut gates_met = BTreeSet::new();
    let mut prev: Option<StageId> = None;
    for (i, (stage_idx, at, overrides)) in journey.path.iter().enumerate() {
        let stage = &pipeline.stages[*stage_idx];
        if i > 0 && stage.kind != StageKind::Lost {
            let from = prev.unwrap_or(stage.id);
            for c in pipeline.gates_between(from, stage.id) {
                if !overrides.iter().any(|o| o.criterion == c) {
                    gates_met.insert(c.to_string());
                }
            }
        }
        *next_event += 1;
        g.ws.stage_events.push(StageEvent {
            id: EventId(*next_event),
            deal: id,
            from: prev,
            to: stage.id,
            at: *at,
            by: owner_name.clone(),
            gate_overrides: overrides.clone(),
            reverts: None,
            imported: false,
        });
        prev = Some(stage.id);
    }

    let status = match journey.outcome {
        Outcome::Open => DealStatus::Open,
        Outcome::Won => DealStatus::Won,
        Outcome::Lost => DealStatus::Lost,
    };
    let requirement_changes = match &loss {
        Some(l) if l.sub_reason == "Needs misread" => g.range(4, 7) as u32,
        _ => [0, 0, 0, 1, 1, 2, 3][g.pick_index(7)],
    };

    // Activities, with the silences the loss reason calls for.
    let end = closed_at.unwrap_or(g.now);
    let dormant = matches!(journey.outcome, Outcome::Open)
        && g.now - last_at > Duration::days(30)
        && g.chance(0.7);
    let quiet_from = match &loss {
        Some(l) if l.sub_reason == "Stalled / no follow-up" => {
            end - Duration::days(g.range(32, 55))
        }
        _ if dormant => last_at.min(g.now - Duration::days(31)),
        _ => end,
    };
    let dm_until = match &loss {
        Some(l) if l.sub_reason == "Decision chain broken" => {
            Some(end - Duration::days(g.range(38, 70)))
        }
        Some(l) if l.sub_reason == "Wrong or absent decision maker" => {
            Some(created - Duration::days(1))
        }
        _ => None,
    };
    let contacts: Vec<usize> = contacts_by_account[account.id.0 as usize].clone();
    let visits = journey.path.len() as i64;
    let count = 1 + visits / 2 + g.range(0, 1);
    let mut times: Vec<DateTime<Utc>> = (0..count)
        .map(|_| g.between(created, quiet_from.max(created)))
        .collect();
    times.sort();
    let mut deal_contacts_seen = Vec::new();
    for at in times {
        if at > quiet_from {
            continue;
        }
        let kind = match g.weighted(&[30.0, 20.0, 30.0, 8.0, 12.0]) {
            0 => ActivityKind::Call,
            1 => ActivityKind::Meeting,
            2 => ActivityKind::Email,
            3 => ActivityKind::Demo,
            _ => ActivityKind::Note,
        };
        let mut who = Vec::new();
        if !contacts.is_empty() && kind != ActivityKind::Note {
            let c = {
                let i = contacts[g.pick_index(contacts.len())];
                &g.ws.contacts[i]
            };
            let dm_allowed = dm_until.is_none_or(|until| at < until);
            let pick = if c.role == DecisionRole::DecisionMaker && !dm_allowed {
                contacts
                    .iter()
                    .map(|&i| &g.ws.contacts[i])
                    .find(|c| c.role != DecisionRole::DecisionMaker)
            } else {
                Some(c)
            };
            if let Some(c) = pick {
                who.push(c.id);
                if !deal_contacts_seen.contains(&c.id) {
                    deal_contacts_seen.push(c.id);
                }
            }
        }
        let summary = g
            .data
            .lessons
            .activities
            .get(kind.code())
            .map(|s| g.pick(s).clone())
            .unwrap_or_default();
        g.ws.activities.push(Activity {
            id: ActivityId(g.ws.activities.len() as u64 + 1),
            kind,
            at,
            deal: Some(id),
            account: Some(account.id),
            contacts: who,
            owner,
            summary,
            due: None,
            done: false,
            created_at: at,
            updated_at: at,
        });
    }

    // Open deals carry a next step (some overdue) and a task for it.
    let (next_step, next_step_date) = if status == DealStatus::Open {
        let step = g
            .data
            .lessons
            .activities
            .get("next_step")
            .map(|s| g.pick(s).clone())
            .unwrap_or_default();
        let offset = if g.chance(0.2) {
            -g.range(1, 12)
        } else {
            g.range(1, 14)
        };
        let due = g.today + Duration::days(offset);
        let set_at = (g.now - Duration::days(g.range(1, 20))).max(created);
        g.ws.activities.push(Activity {
            id: ActivityId(g.ws.activities.len() as u64 + 1),
            kind: ActivityKind::Task,
            at: set_at,
            deal: Some(id),
            account: Some(account.id),
            contacts: Vec::new(),
            owner,
            summary: step.clone(),
            due: Some(due),
            done: false,
            created_at: set_at,
            updated_at: set_at,
        });
        (Some(step), Some(due))
    } else {
        (None, None)
    };

    // Scorecard: follows the deal's quality, with the weak spots its loss reason names.
    let mut scorecard = Scorecard::default();
    for d in Dimension::ALL {
        let noise = g.unit() * 1.6 - 0.8;
        scorecard.set(d, (quality * 3.0 + noise).round().clamp(0.0, 3.0) as u8);
    }
    if let Some(l) = &loss {
        let weak: &[Dimension] = match l.sub_reason.as_str() {
            "Needs misread" => &[Dimension::NeedClarity, Dimension::ValueFit],
            "Wrong or absent decision maker" => &[Dimension::Authority],
            "Decision chain broken" => &[Dimension::DecisionChain, Dimension::Authority],
            "Price too high" | "Discount approval too slow" => {
                &[Dimension::CommercialTerms, Dimension::ValueFit]
            }
            "Lost to named competitor" => &[Dimension::CompetitivePosition],
            "Budget cut" => &[Dimension::Budget],
            _ => &[Dimension::Timeline],
        };
        for d in weak {
            scorecard.set(*d, g.range(0, 1) as u8);
        }
    }

    // Amount, then the quote that backs it for deals that reached a proposal.
    let median = match account.size {
        CompanySize::Small => 9_000.0,
        CompanySize::Medium => 32_000.0,
        CompanySize::Large => 95_000.0,
        CompanySize::Enterprise => 260_000.0,
    };
    let raw = g.lognormal(median, 0.55).max(2_000.0);
    let mut amount = Decimal::from(((raw / 500.0).round() as i64) * 500);
    if let Some(proposal_at) = proposal_at {
        let shape = match &loss {
            Some(l) if l.sub_reason == "Price too high" => QuoteShape::ThinMargin,
            Some(l) if l.sub_reason == "Discount approval too slow" => QuoteShape::AwaitingApproval,
            _ => QuoteShape::Normal,
        };
        let quote_status = match journey.outcome {
            Outcome::Won => QuoteStatus::Accepted,
            Outcome::Lost => QuoteStatus::Rejected,
            Outcome::Open => QuoteStatus::Sent,
        };
        let manager =
            g.ws.owners
                .iter()
                .find(|o| {
                    o.team == g.ws.owners[owner.0 as usize - 1].team && o.role == OwnerRole::Manager
                })
                .map(|o| o.name.clone())
                .unwrap_or_default();
        let quote = commerce::quote_for(
            g,
            commerce::QuoteSpec {
                deal: id,
                tier: account.tier,
                target: amount,
                shape,
                status: quote_status,
                revisions: 1 + (requirement_changes / 2).min(2),
                at: proposal_at,
                until: end,
                approver: manager,
            },
        );
        if let Some(v) = quote.latest() {
            amount = quote::totals(&v.lines, quote.currency).total.round();
        }
        g.ws.quotes.push(quote);
    }

    let probability_override =
        (status == DealStatus::Open && g.chance(0.05)).then(|| g.range(5, 95) as u8);
    let forecast = match (status, pipeline.stages[last_open].probability) {
        (DealStatus::Open, p) if p >= 75 && g.chance(0.6) => ForecastCategory::Commit,
        (DealStatus::Open, p) if p >= 50 && g.chance(0.5) => ForecastCategory::BestCase,
        _ => ForecastCategory::Pipeline,
    };
    let expected_close = match closed_at {
        Some(at) => (at + Duration::days(g.range(-10, 20))).date_naive(),
        None if g.chance(0.12) => g.today - Duration::days(g.range(1, 25)),
        None => (created + Duration::days(g.range(45, 120)))
            .date_naive()
            .max(g.today + Duration::days(g.range(3, 75))),
    };
    let mut tags = Vec::new();
    if g.chance(0.35) {
        tags.push(g.pick(&g.data.generator.tags).clone());
    }
    let mut title = deal_title(g, &account, renewal);
    // One owner never has two open deals of the same name on an account: a
    // second one is the next phase.
    if status == DealStatus::Open {
        let base = title.clone();
        let mut phase = 2;
        while g.open_titles.contains(&(owner, account.id, title.clone())) {
            title = format!("{base} phase {phase}");
            phase += 1;
        }
        g.open_titles.insert((owner, account.id, title.clone()));
    }
    let loss_record = loss.map(|l| LossRecord {
        category: l.category.to_string(),
        lesson: g
            .data
            .lessons
            .lessons
            .get(&l.sub_reason)
            .map(|s| g.pick(s).clone())
            .unwrap_or_default(),
        sub_reason: l.sub_reason,
        competitor: l.competitor,
        controllable: !matches!(l.category, "customer_risk" | "no_decision"),
        stage_lost_at: Some(pipeline.stages[last_open].id),
        recorded_at: last_at,
        recorded_by: owner_name.clone(),
    });
    // Chosen from the deal's id, not the random stream: adding win reasons
    // left every other generated value as it was.
    let reasons = crate::settings::WinReasons::default().0;
    let win = (status == DealStatus::Won).then(|| WinRecord {
        reason: reasons[id.0 as usize % reasons.len()].clone(),
        recorded_at: last_at,
        recorded_by: owner_name.clone(),
    });
    g.ws.deals.push(Deal {
        id,
        title,
        account: account.id,
        primary_contact: deal_contacts_seen
            .first()
            .copied()
            .or_else(|| contacts.first().map(|&i| g.ws.contacts[i].id)),
        owner,
        amount: Money::new(amount, g.currency),
        expected_close: Some(expected_close),
        product: None,
        pipeline: pipeline.id,
        stage: pipeline.stages[last_idx].id,
        stage_entered_at: last_at,
        probability_override,
        source: source_name,
        industry: account.industry.clone(),
        region: account.region.clone(),
        tags,
        competitors,
        next_step,
        next_step_date,
        scorecard,
        requirement_changes,
        gates_met,
        forecast,
        status,
        closed_at,
        loss: loss_record.map(Box::new),
        win: win.map(Box::new),
        external_id: None,
        created_at: created,
        updated_at: last_at,
    });
}
